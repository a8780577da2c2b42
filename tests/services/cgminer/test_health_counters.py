"""Hardware errors, rejected shares and the power target, as every dialect's replies give them."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services.cgminer.normalise import normalise

OK = [{"STATUS": "S"}]


def test_counters_from_the_summary() -> None:
    summary = {"MHS av": 1e8, "Accepted": 90, "Rejected": 10, "Hardware Errors": 7, "Power Limit": "3200 W"}
    sample = normalise({"summary": {"STATUS": OK, "SUMMARY": [summary]}})
    assert (sample.hw_errors, sample.rejected_pct, sample.power_limit_w) == (7, pytest.approx(10.0), 3200.0)
    stated = normalise({"summary": {"STATUS": OK, "SUMMARY": [summary | {"Pool Rejected%": 0.25}]}})
    assert stated.rejected_pct == 0.25


def test_without_a_summary_rejects_come_from_the_pools_and_errors_are_unknown() -> None:
    pools = [
        {"URL": "stratum+tcp://a:3333", "Accepted": 900, "Rejected": 5},
        {"URL": "b", "Accepted": 90, "Rejected": 5},
    ]
    sample = normalise({"pools": {"STATUS": OK, "POOLS": pools}})
    assert sample.hw_errors is None and sample.rejected_pct == pytest.approx(1.0)
