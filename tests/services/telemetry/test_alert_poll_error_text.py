"""An offline or not-hashing alert quotes the poll's own reason, kept as a text since the poller stores one: a Chinese
reader sees it in Chinese inside the alert's sentence (pure: no database)."""

from __future__ import annotations

from hashinsight_desktop.db.models import MinerState
from hashinsight_desktop.services.cgminer.reasons import CONNECTION_REFUSED
from hashinsight_desktop.services.cgminer.sample import OFFLINE, MinerSample
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.telemetry.alert_rules import evaluate
from hashinsight_desktop.services.texts import render

SAID = {
    ("Alerts", "no answer to {count} polls: {error}"): "连续 {count} 次轮询无应答：{error}",
    ("Devices", "connection refused"): "连接被拒绝",
}


def test_an_offline_alert_says_the_polls_error_in_the_readers_language() -> None:
    sample = MinerSample.failed(OFFLINE, CONNECTION_REFUSED, "127.0.0.1", 4028)
    state = MinerState(status=OFFLINE, consecutive_failures=3, error="connection refused")
    state.error_text = to_stored(CONNECTION_REFUSED)
    older = MinerState(status=OFFLINE, consecutive_failures=3, error="connection refused")  # stored before texts
    for source, chinese in ((sample, "连接被拒绝"), (state, "连接被拒绝"), (older, "connection refused")):
        (condition,) = evaluate(source, nominal_hashrate_ths=100.0, consecutive_failures=3)
        assert str(condition.message) == "no answer to 3 polls: connection refused"
        assert render(condition.message, lambda c, s: SAID.get((c, s), "")) == f"连续 3 次轮询无应答：{chinese}"
