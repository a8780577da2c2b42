"""A curtailment recorded by the poller (status ``curtailed``) reaches the bill through the roll-ups: a month
with ten days of curtailment counts them as uptime only when the contract says so."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.billing.contract_terms import (
    ContractedMiner,
    ContractTerms,
    billing_period,
    site_zone,
)
from hashinsight_desktop.services.billing.rollup_usage import Window, usage_from_rollups
from hashinsight_desktop.services.billing.usage import bill
from hashinsight_desktop.services.cgminer.sample import HASHING, OFFLINE, SLEEPING, MinerSample
from hashinsight_desktop.services.telemetry.alert_rules import COMMANDED_SLEEP
from hashinsight_desktop.services.telemetry.buffer import sample_row
from hashinsight_desktop.services.telemetry.health import Commanded, PlannedLevel
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from hashinsight_desktop.workers.telemetry_poller import held_by_plan
from tests.services.telemetry.conftest import Fleet

PERIOD = billing_period("2026-11", site_zone("UTC"))  # 30 days
SLEEP = Commanded(
    COMMANDED_SLEEP, "Sleep", 0.0, uuid.uuid4(), "Peak", "confirmed", None, PlannedLevel("sleep", 15.0, 3250.0, 0, 100)
)
ASLEEP = MinerSample(SLEEPING, 0.0, power_w=15.0)
RUNNING = MinerSample(HASHING, 100.0, power_w=3250.0)


def test_only_a_miner_a_plan_holds_where_the_poll_shows_it_is_recorded_curtailed() -> None:
    assert held_by_plan(SLEEP, ASLEEP)
    assert held_by_plan(SLEEP, MinerSample.failed(OFFLINE, "refused"))  # a slept miner may stop answering
    assert not held_by_plan(None, ASLEEP)  # asleep by itself (or by hand): sleeping
    assert not held_by_plan(SLEEP, RUNNING)  # the poll shows it at full power: not curtailed
    assert not held_by_plan(dataclasses.replace(SLEEP, state="failed"), ASLEEP)
    assert sample_row(uuid.uuid4(), ASLEEP, PERIOD.start, curtailed=True)[2] == "curtailed"
    assert sample_row(uuid.uuid4(), ASLEEP, PERIOD.start)[2] == "sleeping"


def test_a_month_with_a_curtailment_billed_from_the_rollups(fleet: Fleet) -> None:
    miner = fleet.miners[0]
    rows, at = [], PERIOD.start
    while at < PERIOD.end:  # a poll every 5 minutes; the plan slept it for the first ten days
        command = SLEEP if at < PERIOD.start + timedelta(days=10) else None
        sample = ASLEEP if command else RUNNING
        rows.append(sample_row(miner, sample, at, curtailed=held_by_plan(command, sample)))
        at += timedelta(seconds=300)
    write_samples(fleet.engine, rows)
    for resolution in (FIVE_MINUTES, HOUR):
        roll_up(fleet.engine, resolution_s=resolution, since=PERIOD.start, until=PERIOD.end)
    window = Window(miner, PERIOD.start, PERIOD.end)
    for counts, uptime in ((True, Fraction(1)), (False, Fraction(20, 30))):
        terms = ContractTerms(
            basis="metered",
            gap_policy="zero",
            miners=(ContractedMiner(str(miner), Decimal(3250)),),
            rate_usd_per_kwh=Decimal("0.05"),
            curtailed_counts_as_uptime=counts,
        )
        with fleet.session_factory() as session:
            billed = bill(terms, PERIOD, usage_from_rollups(session, [window]))
        assert billed.uptime == uptime, counts
        assert billed.miners[0].status_us["curtailed"] == 10 * 86_400 * 1_000_000
