"""Contracts (versioned), billing run from the roll-ups, invoices issued with numbers, credit notes, partial
payments, statement, reminders with late fees at most once, overdue proposals decided by an operator."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import (
    AuditRecord,
    BillingContractVersion,
    CustomerContact,
    EmailLog,
    Invoice,
    ReminderStep,
)
from hashinsight_desktop.services.billing import contracts, invoices
from hashinsight_desktop.services.billing.contracts import read_details
from hashinsight_desktop.services.billing.credit_notes import issue_credit_note
from hashinsight_desktop.services.billing.document import invoice_document
from hashinsight_desktop.services.billing.payments import customer_balance, record_payment, statement
from hashinsight_desktop.services.billing.proposals import decide_proposal, list_proposals
from hashinsight_desktop.services.billing.reminders import run_reminders
from hashinsight_desktop.services.billing.run import recompute, run_billing
from hashinsight_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.billing_db.kit import (
    CONTRACT,
    EXPECTED_TOTAL,
    NOV,
    Billing,
    billing_on_sqlite,
    clock_at,
)

ISSUE_DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)


@pytest.fixture
def billing(sqlite_template: Path, tmp_path: Path) -> Iterator[Billing]:
    """On SQLite only: engine-neutral service logic (the roll-up SQL and the numbering locks, which differ per
    engine, are tested on both in test_rollup_billing.py and test_numbering.py)."""
    with billing_on_sqlite(sqlite_template, tmp_path) as billing:
        yield billing


def _run_and_issue(billing: Billing) -> Invoice:
    owner = billing.people.owner
    with unit_of_work(billing.session_factory) as session:
        result = run_billing(session, owner, "2026-11", clock_at(ISSUE_DAY))
        assert [draft.total_usd for draft in result.drafts] == [EXPECTED_TOTAL]
        draft_id = result.drafts[0].id
    with unit_of_work(billing.session_factory) as session:
        return invoices.issue_invoice(session, owner, draft_id, clock=clock_at(ISSUE_DAY))


def test_billing_run_drafts_from_the_rollups_with_inputs_that_recompute_the_same_cents(billing: Billing) -> None:
    owner = billing.people.owner
    with unit_of_work(billing.session_factory) as session:
        # a customer sees their own contract; another customer gets "not found", as for a missing one
        assert [v.contract.reference for v in contracts.list_contracts(session, billing.people.customer)] == [
            "C-ACME-1"
        ]
        stranger = Principal(uuid.uuid4(), "other", Role.CUSTOMER, customer_id=uuid.uuid4())
        assert contracts.list_contracts(session, stranger) == []
        with pytest.raises(NotFound):
            contracts.get_contract(session, stranger, billing.contract.contract.id)
        first = run_billing(session, owner, "2026-11", clock_at(ISSUE_DAY)).drafts[0]
        assert first.total_usd == EXPECTED_TOTAL and first.status == "draft" and first.number is None
        assert first.document["sla_credit_usd"] == "16.04" and first.document["fees_usd"] == "40.00"
        assert first.inputs["contract_version"] == 1 and first.inputs["sample_window"]["max_gap_s"] == 300
        assert set(first.inputs["uptime_per_miner"]) == {str(m) for m in billing.miners}
        assert recompute(first) == first.document  # a reprint from the stored inputs alone
        # the contract changes: a new version; the re-run rebuilds the same draft at it
        edited = CONTRACT | {"fee_usd_per_miner_month": "25", "miners": first.inputs["terms"]["miners"]}
        view = contracts.edit_contract(
            session,
            owner,
            billing.contract.contract.id,
            expected_version=None,
            terms=edited,
            details=read_details(CONTRACT),
        )
        assert view.version.number == 2
    with unit_of_work(billing.session_factory) as session:
        again = run_billing(session, owner, "2026-11", clock_at(ISSUE_DAY)).drafts
        assert [d.id for d in again] == [first.id] and again[0].inputs["contract_version"] == 2
        assert again[0].total_usd == EXPECTED_TOTAL + Decimal("9.00")  # fees +10.00, credit −1.00 of it
        versions = session.scalar(select(func.count()).select_from(BillingContractVersion))
        assert versions == 2


def test_issue_pay_credit_and_statement(billing: Billing) -> None:
    owner = billing.people.owner
    issued = _run_and_issue(billing)
    assert issued.number == "INV-2026-000001" and issued.due_on == date(2026, 12, 16)
    left = "more than what is left of invoice INV-2026-000001"
    with pytest.raises(ValidationError, match=left), unit_of_work(billing.session_factory) as session:
        issue_credit_note(session, owner, issued.id, amount=EXPECTED_TOTAL + Decimal("0.01"), reason="x")
    with unit_of_work(billing.session_factory) as session:
        note = issue_credit_note(session, owner, issued.id, amount=Decimal("10.00"), reason="rack fan outage")
        assert note.number == "CN-2026-000001"
        record_payment(session, owner, issued.id, amount=Decimal("100.00"), paid_on=date(2026, 12, 10))
    with (
        pytest.raises(ValidationError, match=r"more than the 34\.34 USD owed"),
        unit_of_work(billing.session_factory) as session,
    ):
        record_payment(session, owner, issued.id, amount=Decimal("40"), paid_on=date(2026, 12, 11))
    with unit_of_work(billing.session_factory) as session:
        record_payment(session, owner, issued.id, amount=Decimal("34.34"), paid_on=date(2026, 12, 11))
        assert session.get(Invoice, issued.id).status == "paid"  # type: ignore[union-attr]
        entries = statement(session, owner, billing.people.customer_id)
        assert [(e.kind, e.amount_usd, e.balance_usd) for e in entries] == [
            ("invoice", EXPECTED_TOTAL, EXPECTED_TOTAL),
            ("credit_note", Decimal("-10.00"), Decimal("134.34")),
            ("payment", Decimal("-100.00"), Decimal("34.34")),
            ("payment", Decimal("-34.34"), Decimal("0.00")),
        ]
        # the customer sees their own, and only through the same services
        customer = billing.people.customer
        assert customer_balance(session, customer, billing.people.customer_id) == 0
        assert [row.invoice.number for row in invoices.list_invoices(session, customer)] == ["INV-2026-000001"]
        with pytest.raises(PermissionDenied):
            issue_credit_note(session, customer, issued.id, amount=Decimal(1), reason="please")
        with pytest.raises(PermissionDenied):
            invoices.get_invoice(session, billing.people.guest, issued.id)
        document = invoice_document(session, customer, issued.id)
        assert document["totals"]["total_usd"] == "144.34" and document["totals"]["balance_usd"] == "0.00"
        assert document["customer"]["name"] == "Acme Hosting" and len(document["usage_per_miner"]) == 2


def test_reminder_job_run_ten_times_charges_each_fee_once_and_proposes_curtailing(billing: Billing) -> None:
    issued = _run_and_issue(billing)
    with unit_of_work(billing.session_factory) as session:
        session.add(
            CustomerContact(
                customer_id=billing.people.customer_id,
                name="Ann Payable",
                email="ap@acme.example",
                role="billing",
                is_billing=True,
            )
        )
    late = ISSUE_DAY + timedelta(days=14 + 31)  # past every step: -3, +7 (25 USD), +30 (50 USD)
    reports = []
    for _ in range(10):
        with unit_of_work(billing.session_factory) as session:
            reports.append(run_reminders(session, clock_at(late)))
    assert [(r.steps, r.fees_usd, r.overdue, r.proposals) for r in reports[:2]] == [
        (3, Decimal("75.00"), 1, 1),
        (0, Decimal("0.00"), 0, 0),
    ]
    assert all(r.work == 0 for r in reports[1:])
    with unit_of_work(billing.session_factory) as session:
        steps = session.execute(
            select(ReminderStep.step, ReminderStep.fee_usd).where(ReminderStep.invoice_id == issued.id)
        ).all()
        assert sorted(steps) == [(0, Decimal("0.00")), (1, Decimal("25.00")), (2, Decimal("50.00"))]
        assert invoices.owed(session, issued.id).balance_usd == EXPECTED_TOTAL + 75
        mails = session.scalars(select(EmailLog).where(EmailLog.related_id == str(issued.id))).all()
        assert sorted(mail.recipients[0] for mail in mails) == ["ap@acme.example"] * 3  # one per step, once
        assert any("late fee of 50.00 USD" in mail.body for mail in mails)
        (proposal,) = list_proposals(session, billing.people.owner)
        assert proposal.status == "open" and len(proposal.miner_ids) == 2
        decided = decide_proposal(session, billing.people.owner, proposal.id, approve=True, action="disconnect")
        assert decided.status == "approved" and decided.decided_by == "owner"
        actions = set(session.scalars(select(AuditRecord.action).where(AuditRecord.entity_id == str(proposal.id))))
        assert actions == {"billing.proposal", "billing.proposal.approved"}
