"""`alerts list|ack|thresholds|maintenance` headless against the default SQLite file: the first call a real process,
the others cli.main in process (the same parser and error handling)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import Alert, MinerMaintenance
from hashinsight_desktop.services import auth, sites
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.telemetry import alert_rules
from hashinsight_desktop.services.transaction import unit_of_work
from tests.cli.test_cli import assert_one_line_error, run_cli
from tests.support.cli_in_process import run_main

PASSWORD = "correct horse battery"


def cli(home: Path, *args: str, process: bool = False):  # type: ignore[no-untyped-def]
    return (run_cli if process else run_main)(*args, "--as", "boss", home=home, env={"HASHINSIGHT_PASSWORD": PASSWORD})


def test_alerts_from_the_command_line(app_home: Path) -> None:
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        boss = auth.create_first_owner(session, "boss", PASSWORD)
        site = sites.create_site(session, boss, name="Texas North")
        miner = add_miners(session, boss, site.id, [NewMiner(ip_address="10.0.0.7", name="rig-7")])[0]
        hot = alert_rules.AlertCondition(alert_rules.OVER_TEMPERATURE, alert_rules.CRITICAL, "chip 97 °C")
        alert_rules.apply_alerts(session, miner.id, site.id, [hot], datetime.now(UTC))
    context.database.close()

    listed = json.loads(cli(app_home, "alerts", "list", "--json", process=True).stdout)
    assert [(a["miner"], a["kind"]) for a in listed] == [("rig-7", "over_temperature")]
    acked = cli(app_home, "alerts", "ack", listed[0]["id"], "--note", "fans ordered")
    assert "acknowledged 1 alerts" in acked.stdout, acked.stderr

    shown = json.loads(
        cli(app_home, "alerts", "thresholds", "--site", "Texas North", "--temp-critical", "90", "--json").stdout
    )
    assert (shown["temp_critical_c"], shown["temp_warning_c"]) == (90, 85)
    listed = cli(app_home, "alerts", "thresholds", "--site", "Texas North").stdout  # each limit by its title
    assert "alert limits in force for Texas North · every model:" in listed
    assert "\n  Chip temperature critical (°C): 90\n" in listed and "Hold before clearing (s): 180" in listed
    assert_one_line_error(cli(app_home, "alerts", "thresholds", "--hold-s", "-5"), "error: --hold-s: -5 is outside")
    assert_one_line_error(  # the warning level inherited from the farm (85 °C) is above it
        cli(app_home, "alerts", "thresholds", "--site", "Texas North", "--temp-critical", "70"),
        "error: --temp-critical: the critical temperature (70 °C) must be above the warning temperature (85 °C)",
    )

    held = cli(app_home, "alerts", "maintenance", "rig-7", "--hours", "2", "--note", "new fans")
    assert "1 miners under maintenance until" in held.stdout, held.stderr
    context = build_context(None, process_name="test")
    with context.database.session_factory() as session:
        assert session.scalars(select(Alert.acknowledged_note)).one() == "fans ordered"
        assert session.scalars(select(MinerMaintenance.note)).one() == "new fans"
    context.database.close()
    assert "1 miners out of maintenance" in cli(app_home, "alerts", "maintenance", "10.0.0.7", "--end").stdout
