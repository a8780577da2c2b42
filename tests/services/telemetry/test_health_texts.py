"""Why a miner is Degraded, and its maintenance, said in the reader's language (English by str(), as before)."""

from __future__ import annotations

from datetime import UTC, datetime

from hashinsight_desktop.db.models import MinerMaintenance
from hashinsight_desktop.services.cgminer.sample import HASHING
from hashinsight_desktop.services.telemetry.alert_rules import AlertThresholds
from hashinsight_desktop.services.telemetry.health import degraded_reason, describe_maintenance

CHINESE = {
    ("Health", "{dead} of {total} hash boards dead"): "{total} 块哈希板中 {dead} 块失效",
    ("Health", "chip {temp:g} °C (limit {limit:g} °C)"): "芯片 {temp:g} °C（上限 {limit:g} °C）",
    ("Health", "; "): "；",
    (
        "Health",
        "maintenance until {until:%Y-%m-%d %H:%M} UTC (set by {who} at {since:%Y-%m-%d %H:%M} UTC: {note})",
    ): "维护至 {until:%Y-%m-%d %H:%M} UTC（{who} 于 {since:%Y-%m-%d %H:%M} UTC 设置：{note}）",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_degraded_reasons_and_maintenance_in_the_readers_language() -> None:
    reason = degraded_reason(
        status=HASHING,
        hashrate_ths=190.0,
        expected_ths=200.0,
        boards_total=3,
        boards_dead=1,
        max_chip_temp_c=96.5,
        thresholds=AlertThresholds(),
    )
    assert reason is not None
    assert str(reason) == "1 of 3 hash boards dead; chip 96.5 °C (limit 95 °C)"
    assert reason.render(chinese) == "3 块哈希板中 1 块失效；芯片 96.5 °C（上限 95 °C）"
    since, until = datetime(2026, 12, 5, 8, 0, tzinfo=UTC), datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
    held = describe_maintenance(MinerMaintenance(since=since, until=until, set_by="ops", note="new fans"))
    assert str(held) == "maintenance until 2026-12-05 14:00 UTC (set by ops at 2026-12-05 08:00 UTC: new fans)"
    assert held.render(chinese) == "维护至 2026-12-05 14:00 UTC（ops 于 2026-12-05 08:00 UTC 设置：new fans）"
