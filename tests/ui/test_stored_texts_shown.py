"""Sentences the services stored (an alert's messages, an audit summary) are shown in the console's language, with
their figures; rows stored before their templates were kept show their English. A small translation built here
stands in for the shipped one; no database: the rows are built as the services read them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from hashinsight_desktop.db.models import AuditRecord, CurtailProposal
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.telemetry.alert_list import AlertRow
from hashinsight_desktop.services.telemetry.miner_records import AlertRecord
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.ui.admin.audit_page import AUDIT_COLUMNS, COL_SUMMARY, AuditTableModel
from hashinsight_desktop.ui.common import RecordTableModel
from hashinsight_desktop.ui.crm.billing_page import PROPOSALS
from hashinsight_desktop.ui.fleet import miner_records_view
from hashinsight_desktop.ui.fleet.alerts_panel import ALERT_COLUMNS, COL_MESSAGE, AlertsModel
from tests.support.small_qm import build_qm, console_in_chinese

TEMPERATURE = QT_TRANSLATE_NOOP("Alerts", "chip temperature {temp:g} °C (limit {limit:g} °C)")
CREATED = QT_TRANSLATE_NOOP("Audit", "created {username} ({role})")
UNPAID = QT_TRANSLATE_NOOP("Billing", "invoice {number} ({total} USD) unpaid since {due}")
DEMO_LOGINS = QT_TRANSLATE_NOOP("Demo", "the demo's throwaway logins; this computer has no keyring")
CHINESE = {
    "Alerts": {str(TEMPERATURE): "芯片温度 {temp:g} °C（上限 {limit:g} °C）"},
    "AlertsPanel": {"{raised} — now: {now}": "{raised}——现在：{now}"},
    "Audit": {str(CREATED): "创建了用户 {username}（{role}）"},
    "Billing": {str(UNPAID): "发票 {number}（{total} 美元）自 {due} 起未付"},
    "Demo": {str(DEMO_LOGINS): "演示的临时登录；本机没有密钥环"},
}
T0 = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def chinese_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_qm(tmp_path_factory.mktemp("i18n"), CHINESE)


@pytest.fixture
def chinese(qapp: QApplication, chinese_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with console_in_chinese(chinese_dir, monkeypatch):
        yield


def temperature(temp: float, limit: float) -> tuple[str, dict[str, object] | None]:
    text = Text(TEMPERATURE, temp=temp, limit=limit)
    return str(text), to_stored(text)


def shown(model: RecordTableModel, column: int) -> list[str]:  # type: ignore[type-arg]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_alert_messages_in_the_consoles_language(chinese: None) -> None:
    (raised, raised_text), (now, now_text) = temperature(88, 85), temperature(96.5, 95)
    ids = (uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    row = AlertRow(*ids, "m1", "10.0.0.1", "Texas", "over_temperature", "critical", raised, T0, None, now)
    new = AlertRow(*ids, "m1", "10.0.0.1", "Texas", "over_temperature", "critical", raised, T0, None, now, None, None,
                   raised_text, now_text)  # fmt: skip
    panel = AlertsModel(ALERT_COLUMNS)
    panel.set_records([new, row])
    assert shown(panel, COL_MESSAGE) == [
        "芯片温度 88 °C（上限 85 °C）——现在：芯片温度 96.5 °C（上限 95 °C）",
        "chip temperature 88 °C (limit 85 °C)——现在：chip temperature 96.5 °C (limit 95 °C)",  # raised before templates
    ]
    record = AlertRecord("over_temperature", "critical", raised, now, T0, None, None, None, raised_text, now_text)
    history = RecordTableModel(miner_records_view.ALERT_COLUMNS)
    history.set_records([record])
    assert shown(history, 4) == ["芯片温度 88 °C（上限 85 °C）"] and shown(history, 5) == [
        "芯片温度 96.5 °C（上限 95 °C）"
    ]


def test_audit_summaries_in_the_consoles_language(chinese: None) -> None:
    created = Text(CREATED, username="ann", role="guest")
    fields = {
        "recorded_at": T0,
        "actor": "boss",
        "action": "user.create",
        "entity_type": "user",
        "record_hash": "0" * 64,
    }
    records = [
        AuditRecord(seq=2, summary=str(created), summary_text=to_stored(created), **fields),
        AuditRecord(seq=1, summary="created boss (owner)", summary_text=None, **fields),
    ]
    model = AuditTableModel(AUDIT_COLUMNS)
    model.set_records(records)
    assert shown(model, COL_SUMMARY) == ["创建了用户 ann（guest）", "created boss (owner)"]
    assert QCoreApplication.translate("Audit", str(CREATED)) == "创建了用户 {username}（{role}）"


def test_a_curtailment_proposals_reason_in_the_consoles_language(chinese: None) -> None:
    unpaid = Text(UNPAID, number="INV-7", total=Decimal("1200.50"), due=date(2026, 11, 30))
    why = next(column for column in PROPOSALS.columns if column.title == "Why")
    new = CurtailProposal(reason=str(unpaid), reason_text=to_stored(unpaid))
    old = CurtailProposal(reason="invoice INV-6 (10 USD) unpaid since 2026-10-31", reason_text=None)
    assert why.value((new, "Acme", "INV-7")) == "发票 INV-7（1200.50 美元）自 2026-11-30 起未付"
    assert why.value((old, "Acme", "INV-6")) == "invoice INV-6 (10 USD) unpaid since 2026-10-31"


def test_the_demos_session_only_keyring_says_why_in_the_consoles_language(chinese: None) -> None:
    from hashinsight_desktop.services.secret_store import SecretStore
    from hashinsight_desktop.ui.keyring_status import keyring_status_text

    shown_text = keyring_status_text(SecretStore.for_this_session(DEMO_LOGINS).status())
    assert "演示的临时登录；本机没有密钥环" in shown_text and "throwaway" not in shown_text
