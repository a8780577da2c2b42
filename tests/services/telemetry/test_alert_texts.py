"""An alert's messages are kept with their templates and figures: a Chinese reader sees them in Chinese (the list,
the miner's records, the audit of an acknowledgement), alerts raised before that keep their English. SQLite only:
the JSON round trip on both engines is covered by the audit chain test (tests/services/test_audit_texts.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from hashinsight_desktop.db.models import Alert, AuditRecord
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.telemetry.alert_list import open_alerts
from hashinsight_desktop.services.telemetry.alert_rules import acknowledge, apply_alerts, checked_kinds, evaluate
from hashinsight_desktop.services.telemetry.miner_records import miner_records
from tests.services.telemetry.conftest import NOMINAL_THS, T0, Fleet, principal
from tests.services.telemetry.test_alert_rules import healthy

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

CHINESE = {
    ("Alerts", "chip temperature {temp:g} °C (limit {limit:g} °C)"): "芯片温度 {temp:g} °C（上限 {limit:g} °C）",
    (
        "Audit",
        "acknowledged {severity} {kind} alert: {message} ({note})",
    ): "已确认{severity} {kind} 警报：{message}（{note}）",
    ("NotificationDialogs", "critical"): "严重",  # the kind and severity by their labels, not their codes
    ("NotificationDialogs", "over temperature"): "过温",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def poll(fleet: Fleet, temp: float, minutes: int) -> None:
    sample = healthy(max_chip_temp_c=temp)
    conditions = evaluate(sample, nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=0)
    with fleet.session_factory.begin() as session:
        now = T0 + timedelta(minutes=minutes)
        apply_alerts(
            session,
            fleet.miners[0],
            fleet.site_id,
            conditions,
            now,
            checked=checked_kinds(sample, consecutive_failures=0),
        )


def test_an_alert_reads_in_the_readers_language_with_its_figures(fleet: Fleet) -> None:
    poll(fleet, 88.0, 0)
    poll(fleet, 96.5, 1)  # escalates: the latest reading changes, the message as raised stays
    owner = principal(Role.OWNER)
    with fleet.session_factory() as session:
        (row,) = open_alerts(session, owner)
        (record,) = miner_records(session, owner, fleet.miners[0], T0).alerts
    for alert in (row, record):
        assert alert.message == alert.message_in(None) == "chip temperature 88 °C (limit 85 °C)"
        assert alert.message_in(chinese) == "芯片温度 88 °C（上限 85 °C）"
        assert alert.current_message_in(chinese) == "芯片温度 96.5 °C（上限 95 °C）"
    with fleet.session_factory.begin() as session:
        acknowledge(session, owner, row.id, note="on it")
    with fleet.session_factory() as session:
        ack = session.scalars(select(AuditRecord).where(AuditRecord.action == "alert.acknowledge")).one()
        assert (
            ack.summary == "acknowledged critical over temperature alert: chip temperature 88 °C (limit 85 °C) (on it)"
        )
        assert audit.summary_of(ack, chinese) == "已确认严重 过温 警报：芯片温度 88 °C（上限 85 °C）（on it）"


def test_an_alert_raised_before_texts_were_kept_shows_its_english(fleet: Fleet) -> None:
    poll(fleet, 88.0, 0)
    with fleet.session_factory.begin() as session:
        session.execute(update(Alert).values(message_text=None, current_message_text=None))
    with fleet.session_factory() as session:
        (row,) = open_alerts(session, principal(Role.OWNER))
    assert row.message_in(chinese) == "chip temperature 88 °C (limit 85 °C)"
    assert row.current_message_in(chinese) == "chip temperature 88 °C (limit 85 °C)"
