"""`curtail plan` options of the optimiser: fewest miners touched (--switch-cost-ths / --fewest-miners), power-off
(--allow-power-off), the commands counted, and the reasons of an out-of-reach target in --json."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import CurtailmentPlan
from hashinsight_desktop.services.database import open_database
from tests.cli.test_curtail_plan_flags import plan, site_db, site_file

__all__ = ["site_db", "site_file"]


def test_fewest_miners_touched_sends_fewer_commands(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = plan(site_db, capsys, "--dry-run", "--json")
    plain = json.loads(out)
    code, out, _ = plan(site_db, capsys, "--dry-run", "--json", "--fewest-miners")
    fewest = json.loads(out)
    assert code == 0
    assert plain["commands"] == len(plain["miners"]) and fewest["commands"] == len(fewest["miners"])
    assert fewest["commands"] < plain["commands"]
    assert fewest["shed_kw"] >= 15.0 and fewest["lost_ths"] >= plain["lost_ths"]
    assert fewest["message"].startswith("costs ") and "miners touched" in fewest["message"]
    assert "gap" not in plain["message"] and plain["solver_detail"]
    code, out, _ = plan(site_db, capsys, "--json", "--switch-cost-ths", "12.5")
    saved = json.loads(out)
    database = open_database(site_db)
    with database.session_factory() as session:
        options = session.scalars(select(CurtailmentPlan.options)).one()
    database.close()
    assert saved["plan_id"] and options["switch_cost_ths"] == 12.5 and options["allow_power_off"] is False


def test_out_of_reach_json_names_the_reasons(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--dry-run", "--json", "--feed-limit", "feed-A=5", "--target-kw", "100"]
    code, out, _ = plan(site_db, capsys, *base)
    result = json.loads(out)
    assert code == 1 and result["status"] == "infeasible_target"
    kinds = {(r["kind"], r["label"]) for r in result["reasons"]}
    assert ("group limit", "feed-A") in kinds
    assert "held back by feed limit of 5.0 kW on feed-A" in result["message"]


def test_sleep_at_0_w_needs_allow_power_off(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = plan(site_db, capsys, "--dry-run", "--sleep-w", "0")
    assert code == 1 and "--sleep-w: 0 W asleep is a miner switched off" in err
    code, out, _ = plan(site_db, capsys, "--dry-run", "--json", "--sleep-w", "0", "--allow-power-off")
    assert code == 0 and json.loads(out)["shed_kw"] >= 15.0


def test_a_bad_value_names_the_option_typed(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The services' field names (target_kw, tolerance_kw) are not what the user typed: the option is named."""
    code, _out, err = plan(site_db, capsys, "--dry-run", "--target-kw", "-5")
    assert code == 1 and err.endswith("error: --target-kw: the power to shed must be more than 0 kW\n")
    code, _out, err = plan(site_db, capsys, "--dry-run", "--tolerance-kw", "-1")
    assert code == 1 and err.endswith("error: --tolerance-kw: cannot be negative\n")


def test_out_of_reach_text_lists_the_reasons(site_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = plan(site_db, capsys, "--dry-run", "--feed-limit", "feed-A=5", "--target-kw", "100")
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith("  cannot shed 100.0 kW: at most") and "held back" not in line for line in lines)
    assert "  held back: feed limit of 5.0 kW on feed-A (6 miners) withholds" in out
