"""Hardware errors, rejected shares and the power target, as every dialect's replies give them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hashinsight_desktop.services.cgminer.normalise import normalise

OK = [{"STATUS": "S"}]
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cgminer"


def test_counters_from_the_summary() -> None:
    summary = {"MHS av": 1e8, "Accepted": 90, "Rejected": 10, "Hardware Errors": 7, "Power Limit": "3200 W"}
    sample = normalise({"summary": {"STATUS": OK, "SUMMARY": [summary]}})
    assert (sample.hw_errors, sample.rejected_pct, sample.power_limit_w) == (7, pytest.approx(10.0), 3200.0)
    stated = normalise({"summary": {"STATUS": OK, "SUMMARY": [summary | {"Pool Rejected%": 0.25}]}})
    assert stated.rejected_pct == 0.25


def test_without_a_summary_rejects_come_from_the_pools_and_errors_are_unknown() -> None:
    """A poll with neither a summary nor bmminer's per-board counters has no hardware error count."""
    pools = [
        {"URL": "stratum+tcp://a:3333", "Accepted": 900, "Rejected": 5},
        {"URL": "b", "Accepted": 90, "Rejected": 5},
    ]
    sample = normalise({"pools": {"STATUS": OK, "POOLS": pools}})
    assert sample.hw_errors is None and sample.rejected_pct == pytest.approx(1.0)


def test_stock_antminer_stats_give_the_boards_hardware_errors() -> None:
    """bmminer's stats (a real S19 reply) count hardware errors per hash board: chain_hw1..4."""
    stats = json.loads((FIXTURES / "antminer_s19_stats.json").read_text())
    sample = normalise({"stats": stats})
    assert sample.hw_errors == 371 + 402 + 354 + 0
