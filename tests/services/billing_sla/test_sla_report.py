"""The monthly SLA report: built from the month's invoice (uptime per miner, curtailment hours, credits) with the
incidents on the customer's miners, signed with the site's Ed25519 key (kept in the keyring, its public half in the
audit log); `sla report` writes it and `sla verify` proves it unaltered, and refuses one changed byte, a report
re-signed with another key, and a file that is no report. `invoice pdf|statement-pdf|send` run from the
command line too. SQLite only: the figures are the stored invoice's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hashinsight_desktop import cli
from hashinsight_desktop.db.models import Incident, IncidentMiner
from hashinsight_desktop.services import auth, passwords
from hashinsight_desktop.services.billing.credit_notes import issue_credit_note
from hashinsight_desktop.services.billing.invoices import issue_invoice
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.billing.sla_report import build_report, signed_report
from hashinsight_desktop.services.billing.sla_signing import ReportNotVerified, file_bytes, published_keys, sign, verify
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.billing_db.kit import NOV, Billing, billing_on_sqlite, clock_at
from tests.support.memory_keyring import MemoryKeyring

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)
PASSWORD = "correct horse battery"


@pytest.fixture
def billing(sqlite_template: Path, tmp_path: Path) -> Iterator[Billing]:
    with billing_on_sqlite(sqlite_template, tmp_path) as billing:
        yield billing


def _invoice_with_incident(billing: Billing) -> None:
    owner = billing.people.owner
    with unit_of_work(billing.session_factory) as session:
        with pytest.raises(ValidationError, match="no invoice for 2026-11: run billing"):
            build_report(session, owner, billing.people.customer_id, "2026-11")
        draft = run_billing(session, owner, "2026-11", clock_at(DAY)).drafts[0]
        invoice = issue_invoice(session, owner, draft.id, clock=clock_at(DAY))
        issue_credit_note(session, owner, invoice.id, amount=Decimal("10.00"), reason="fan outage", clock=clock_at(DAY))
        for title, start in (("Cooling loss", NOV + timedelta(days=3)), ("Last month", NOV - timedelta(days=9))):
            incident = Incident(
                kind="cooling",
                title=title,
                started_at=start,
                ended_at=start + timedelta(hours=2),
                opened_by="owner",
                site_id=billing.people.site_id,
            )
            session.add(incident)
            session.flush()
            session.add(IncidentMiner(incident_id=incident.id, miner_id=billing.miners[0]))


def test_report_figures_come_from_the_invoice_and_the_signature_catches_changes(billing: Billing) -> None:
    _invoice_with_incident(billing)
    owner, secrets = billing.people.owner, SecretStore(MemoryKeyring())
    with unit_of_work(billing.session_factory) as session:
        report, _site = build_report(session, billing.people.customer, billing.people.customer_id, "2026-11")
        data = signed_report(session, owner, secrets, billing.people.customer_id, "2026-11", clock=clock_at(DAY))
        again = signed_report(session, owner, secrets, billing.people.customer_id, "2026-11", clock=clock_at(DAY))
        keys = published_keys(session)
    assert data == again and len(keys) == 1  # one key per site, made once
    (contract,) = report["contracts"]
    assert [m["name"] for m in contract["miners"]] == ["r1", "r2"]
    # samples each minute for an hour a day, the last one holding max_gap_s (300 s): 64 min a day, 30 days
    assert contract["miners"][0]["hashing_h"] == "32.000"
    assert report["credits"] == {"sla_credit_usd": contract["sla_credit_usd"], "credit_notes_usd": "10.00"}
    assert [i["title"] for i in report["incidents"]] == ["Cooling loss"]
    assert report["curtailment_hours"] == "0.000"

    assert verify(data, keys).report["period"] == "2026-11"
    figure = data.replace(b'"hashing_h": "32.000"', b'"hashing_h": "31.000"', 1)
    with pytest.raises(
        ReportNotVerified,
        match=r"ALTERED: the signature of key \w+ does not match the report.s content \(a figure was changed\)",
    ):
        verify(figure, keys)
    with pytest.raises(ReportNotVerified, match="the file's bytes were changed around them"):
        verify(data.replace(b"\n", b"\r\n", 1), keys)
    forged = file_bytes(sign(json.loads(figure)["report"], Ed25519PrivateKey.generate()))
    with pytest.raises(ReportNotVerified, match="which this site never published"):
        verify(forged, keys)


def test_sla_report_and_verify_from_the_command_line(
    billing: Billing,
    tmp_path: Path,
    app_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _invoice_with_incident(billing)
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    with unit_of_work(billing.session_factory) as session:
        auth.create_first_owner(session, "boss", PASSWORD)
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        url = ["--database-url", str(billing.database.engine.url)]
        out = tmp_path / "acme-2026-11.json"
        base = [*url, "sla", "report", "--customer", "Acme Hosting", "--as", "boss", "--out", str(out)]
        assert cli.main([*base, "--period", "2026-13"]) == 1
        assert "--period: '2026-13' is not a month" in capsys.readouterr().err
        assert cli.main([*base, "--period", "2026-11"]) == 0, capsys.readouterr().err
        assert "signed by key" in capsys.readouterr().out
    finally:
        keyring.set_keyring(previous)
    assert cli.main([*url, "sla", "verify", str(out)]) == 0
    assert "unaltered" in capsys.readouterr().out
    pdf = tmp_path / "invoice.pdf"
    as_boss = ["--as", "boss", "--json"]
    assert cli.main([*url, "invoice", "pdf", "INV-2026-000001", "--out", str(pdf), *as_boss]) == 0
    assert json.loads(capsys.readouterr().out)["number"] == "INV-2026-000001"
    assert pdf.read_bytes()[:4] == b"%PDF"
    statement = tmp_path / "statement.pdf"
    assert cli.main([*url, "invoice", "statement-pdf", "Acme Hosting", "--out", str(statement), *as_boss]) == 0
    assert json.loads(capsys.readouterr().out)["balance_usd"] and statement.exists()
    assert cli.main([*url, "invoice", "send", "INV-2026-000001", *as_boss]) == 0
    assert json.loads(capsys.readouterr().out)["to"] == ["ops@acme.example"]  # no billing contact: the customer's
    data = out.read_bytes()
    at = data.index(b'"uptime_pct": "') + len(b'"uptime_pct": "')
    out.write_bytes(data[:at] + (b"9" if data[at : at + 1] != b"9" else b"8") + data[at + 1 :])  # one byte
    assert cli.main([*url, "sla", "verify", str(out)]) == 1
    err = capsys.readouterr().err
    assert "REPORT:" in err and "ALTERED" in err and "a figure was changed" in err, err
    out.write_text("not json", encoding="utf-8")
    assert cli.main([*url, "sla", "verify", str(out)]) == 1
    assert "not a signed SLA report" in capsys.readouterr().err
