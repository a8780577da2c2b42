"""Billing a month from the roll-ups' billing columns equals billing it from the raw samples, to the cent and the
microsecond (every figure of the bill document, the gap list included), for each basis and gap policy.

The samples are irregular on purpose: jittered times to the microsecond, odd float powers, every status,
gaps under and over 300 s, gaps across 5-minute and hour boundaries and inside an hour, a sample just before
the period (it covers the first seconds), a miner joining mid-month, one never sampled, one silent since
before the period, samples in the DST change, and roll-ups written hour by hour as the job does (one of them
again after a late sample arrived)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import TelemetryRollup, TelemetrySample
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.billing.contract_terms import (
    ContractedMiner,
    ContractTerms,
    CreditTier,
    billing_period,
    site_zone,
)
from hashinsight_desktop.services.billing.rollup_usage import Window, billing_status, usage_from_rollups
from hashinsight_desktop.services.billing.usage import Sample, UsageBucket, bill, bill_document, usage_from_samples
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.telemetry.billing_rollup import MAX_GAP_S
from hashinsight_desktop.services.telemetry.rollups import FIVE_MINUTES, HOUR, roll_up
from tests.services.telemetry.conftest import Fleet

STATUSES = ("hashing", "hashing", "hashing", "sleeping", "curtailed", "error", "offline")
PERIOD = billing_period("2026-03", site_zone("Europe/Oslo"))  # 743 hours: clocks go forward on the 29th


def _spans() -> list[tuple[datetime, datetime]]:
    start = PERIOD.start
    return [
        (start - timedelta(hours=2), start + timedelta(hours=5)),
        (start + timedelta(days=9, hours=22), start + timedelta(days=10, hours=3)),
        (datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 2, 30, tzinfo=UTC)),
        (PERIOD.end - timedelta(hours=1), PERIOD.end + timedelta(minutes=20)),
    ]


def _samples(miners: list[uuid.UUID], rng: random.Random) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for index, miner in enumerate(miners[:3]):
        for span_start, span_end in _spans():
            if index == 2 and span_start < PERIOD.start + timedelta(days=9):
                continue  # joins on the 10th
            at = span_start + timedelta(microseconds=rng.randrange(60_000_000))
            while at < span_end:
                status = rng.choice(STATUSES)
                power = None if status == "offline" else round(rng.uniform(20, 3600), rng.choice((0, 1, 3, 6)))
                rows.append((miner, at, status, 100.0, power, 60.0, 4000))
                step = rng.choice((59, 60, 61, 60, 60, 299, 301, 420, 1900)) if index else 60
                at += timedelta(seconds=step, microseconds=rng.randrange(-500_000, 500_000))
    # the fourth miner last answered long before the period; the fifth never did
    rows.append((miners[3], PERIOD.start - timedelta(days=3), "hashing", 100.0, 3321.123, 60.0, 4000))
    # a sample 100 s before the period covers its first seconds
    rows.append((miners[0], PERIOD.start - timedelta(seconds=100), "hashing", 100.0, 3000.5, 60.0, 4000))
    return rows


def _roll_up_hour_by_hour(fleet: Fleet, spans: list[tuple[datetime, datetime]]) -> None:
    for span_start, span_end in spans:
        at = span_start.replace(minute=0, second=0, microsecond=0)
        while at < span_end + timedelta(hours=1):
            roll_up(fleet.engine, resolution_s=FIVE_MINUTES, since=at, until=at + timedelta(hours=1))
            roll_up(fleet.engine, resolution_s=HOUR, since=at, until=at + timedelta(hours=1))
            at += timedelta(hours=1)


def _terms(miners: list[uuid.UUID], basis: str, policy: str) -> ContractTerms:
    listed = [ContractedMiner(str(miner), Decimal("3250.5")) for miner in miners]
    listed[2] = ContractedMiner(str(miners[2]), Decimal(3400), from_date=PERIOD.start.date() + timedelta(days=10))
    return ContractTerms(
        basis=basis,
        gap_policy=policy,
        miners=tuple(listed),
        rate_usd_per_kwh=Decimal("0.0731"),
        overhead_pct=Decimal("7.5"),
        fee_usd_per_miner_month=Decimal("12.34"),
        sla_credit_tiers=(CreditTier(Decimal(99), Decimal(5)), CreditTier(Decimal(50), Decimal(20))),
        curtailed_counts_as_uptime=True,
        max_gap_s=MAX_GAP_S,
    )


def _raw_buckets(fleet: Fleet, terms: ContractTerms) -> list[UsageBucket]:
    with fleet.session_factory() as session:
        rows = session.execute(select(TelemetrySample).order_by(TelemetrySample.recorded_at)).scalars().all()
    by_miner: dict[str, list[Sample]] = {}
    for row in rows:  # the meter's resolution: a milliwatt
        power = Decimal(int((row.power_w or 0) * 1000 + 0.5)) / 1000
        by_miner.setdefault(str(row.miner_id), []).append(Sample(row.recorded_at, power, billing_status(row.status)))
    buckets = []
    for miner in terms.miners:
        start, end = PERIOD.miner_window(miner)
        buckets.append(usage_from_samples(miner.miner_id, by_miner.get(miner.miner_id, []), start, end, MAX_GAP_S))
    return buckets


def test_a_month_billed_from_the_rollups_equals_the_raw_samples(fleet: Fleet) -> None:
    rng = random.Random(15)
    rows = _samples(fleet.miners, rng)
    late = rows.pop(len(rows) // 3)  # arrives after its hour was rolled up
    write_samples(fleet.engine, rows)
    _roll_up_hour_by_hour(fleet, [*_spans(), (PERIOD.start - timedelta(days=3), PERIOD.start - timedelta(days=3))])
    write_samples(fleet.engine, [late])
    late_at = late[1]
    assert isinstance(late_at, datetime)
    _roll_up_hour_by_hour(fleet, [(late_at - timedelta(hours=1), late_at)])

    checked = 0
    for basis in ("metered", "spec"):
        for policy in ("zero", "last", "nameplate"):
            terms = _terms(fleet.miners, basis, policy)
            windows = [Window(uuid.UUID(m.miner_id), *PERIOD.miner_window(m)) for m in terms.miners]
            with fleet.session_factory() as session:
                from_rollups = bill(terms, PERIOD, usage_from_rollups(session, windows))
            from_raw = bill(terms, PERIOD, _raw_buckets(fleet, terms))
            assert bill_document(from_rollups) == bill_document(from_raw), (basis, policy)
            assert from_rollups.total_usd == from_raw.total_usd
            assert from_rollups.gaps and from_rollups.sla_credit_usd > 0
            checked += 1
    assert checked == 6
    # the test is not vacuous: every status and both kinds of coverage are present
    statuses = {status for miner in from_raw.miners for status, length in miner.status_us.items() if length}
    assert statuses == {"hashing", "sleeping", "curtailed", "offline"}


def test_a_miner_silent_since_before_the_period_is_one_gap_at_its_last_power(fleet: Fleet) -> None:
    silent, never = fleet.miners[3], fleet.miners[4]
    write_samples(fleet.engine, [(silent, PERIOD.start - timedelta(days=3), "hashing", 1.0, 3321.123, 1.0, 1)])
    day = PERIOD.start - timedelta(days=3)
    _roll_up_hour_by_hour(fleet, [(day, day)])
    windows = [Window(silent, PERIOD.start, PERIOD.end), Window(never, PERIOD.start, PERIOD.end)]
    with fleet.session_factory() as session:
        first, second = usage_from_rollups(session, windows)
    assert [(g.start, g.end, g.last_power_w, g.last_status) for g in first.gaps] == [
        (PERIOD.start, PERIOD.end, Decimal("3321.123"), "hashing")
    ]
    assert [(g.start, g.end, g.last_power_w) for g in second.gaps] == [(PERIOD.start, PERIOD.end, None)]
    assert first.energy_wus == second.energy_wus == 0


def test_rollups_written_before_the_billing_columns_are_refused_by_name(fleet: Fleet) -> None:
    miner = fleet.miners[0]
    with fleet.session_factory.begin() as session:  # as schema 0019 wrote it: no billing columns
        session.add(
            TelemetryRollup(miner_id=miner, resolution_s=3600, bucket_start=PERIOD.start, samples=5, online_samples=5)
        )
    with fleet.session_factory() as session, pytest.raises(ValidationError, match="written before billing kept"):
        usage_from_rollups(session, [Window(miner, PERIOD.start, PERIOD.end)])
