"""`analytics heatmap --fleet` and `analytics replay --fleet` from the command line, as a user, over the farm of the
fleet-scenario tests (telemetry written and rolled up by the services, a stored market); a model's heat-map needs no
database."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import Miner
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services import auth, passwords
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.analytics.fleet_farm import DAYS, day_of_samples, make_farm, midnight

PASSWORD = "correct horse battery"
MARKET = ["--btc-price", "97000", "--difficulty", "110T", "--fees-per-block", "0.1", "--block-height", "930000"]


@pytest.fixture
def farm_home(app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    context = build_context(None, process_name="test")
    with unit_of_work(context.database.session_factory) as session:
        auth.create_first_owner(session, "boss", PASSWORD)
    make_farm(context.database, tmp_path)
    context.database.close()
    monkeypatch.setenv("HASHINSIGHT_PASSWORD", PASSWORD)
    return app_home


def test_fleet_heat_map_and_replay(farm_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analytics", "heatmap", "--fleet", "--as", "boss", *MARKET, "--cells", "3", "--json"]) == 0
    heat = json.loads(capsys.readouterr().out)
    # today is long after the farm's telemetry: every modelled miner is nameplate, the one without a model left out
    assert heat["scenario"]["kind"] == "fleet"
    assert (heat["scenario"]["miners"], heat["scenario"]["measured"], heat["scenario"]["nameplate"]) == (4, 0, 3)
    assert heat["scenario"]["left_out"] == 1 and heat["scenario"]["hashrate_ths"] == 600.0
    assert len(heat["profit_usd_per_day"]) == 3 and len(heat["profit_usd_per_day"][0]) == 3

    assert cli.main(["analytics", "heatmap", "--fleet", "--as", "boss", "--site", "Quebec East", *MARKET]) == 0
    assert "Fleet at Quebec East: 1 miners: 0 measured, 1 nameplate, 0 left out" in capsys.readouterr().out

    command = ["analytics", "replay", "--fleet", "--as", "boss", "--from", "2026-02-01", "--to", "2026-02-05"]
    assert cli.main([*command, "--json"]) == 0
    played = json.loads(capsys.readouterr().out)
    assert [d["status"] for d in played["days"]] == [
        "covered",
        "no_telemetry",
        "no_market_data",
        "covered",
        "no_telemetry",
    ]
    assert (played["covered_days"], played["days_without_telemetry"], played["days_without_market_data"]) == (2, 2, 1)
    assert played["days"][1]["profit_usd"] is None and played["days"][0]["hashrate_ths"] == pytest.approx(150.0)
    assert played["total_profit_usd"] == pytest.approx(
        played["days"][0]["profit_usd"] + played["days"][3]["profit_usd"]
    )
    assert cli.main(command) == 0
    assert "2 of 5 days covered (2 without telemetry, 1 without market data, not counted)" in capsys.readouterr().out


def test_bad_fleet_options_name_the_option(farm_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analytics", "heatmap", "--fleet", *MARKET]) == 1
    assert "--as: the fleet is the miners a user may see" in capsys.readouterr().err
    assert cli.main(["analytics", "heatmap", "--fleet", "--as", "boss", "--site", "Mars", *MARKET]) == 1
    assert "--site: no site named 'Mars' that you may see" in capsys.readouterr().err
    assert cli.main(["analytics", "replay", "--hashrate-ths", "200", "--power-w", "x", "--from", "2026-02-01",
                     "--to", "2026-02-02"]) == 1  # fmt: skip
    assert "--power-w:" in capsys.readouterr().err


def test_a_day_not_all_rolled_up_yet_is_said_partial(farm_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    context = build_context(None, process_name="test")
    with context.database.session_factory() as session:
        m1 = session.scalars(select(Miner.id).where(Miner.name == "m1")).one()
    write_samples(context.database.engine, day_of_samples(m1, DAYS[4], 100.0, 3000.0, hashing_hours=6))
    six = midnight(DAYS[4]) + timedelta(hours=6)
    for resolution in (FIVE_MINUTES, HOUR):  # D5's first six hours: the roll-ups have not reached its end
        roll_up(context.database.engine, resolution_s=resolution, since=midnight(DAYS[4]), until=six)
    context.database.close()
    command = ["analytics", "replay", "--fleet", "--as", "boss", "--from", "2026-02-04", "--to", "2026-02-05"]
    assert cli.main([*command, "--json"]) == 0
    played = json.loads(capsys.readouterr().out)
    assert [d["status"] for d in played["days"]] == ["covered", "partial"] and played["partial_days"] == ["2026-02-05"]
    assert played["days"][1]["hashrate_ths"] == pytest.approx(100.0 * 6 / 24)  # its hash-time so far over the day
    assert cli.main(command) == 0
    assert "Partial, counted as far as its hours are rolled up: 2026-02-05." in capsys.readouterr().out
