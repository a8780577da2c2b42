"""The usage engine against hand-computed bills: gaps under and over max_gap_s under each gap policy, the period's
first seconds, a miner joining mid-month, curtailment counted or not, the bases, a DST month, buckets = raw."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from hashinsight_desktop.services.billing.contract_terms import (
    BillingPeriod,
    ContractedMiner,
    ContractTerms,
    CreditTier,
    billing_period,
)
from hashinsight_desktop.services.billing.usage import (
    Bill,
    Sample,
    UsageBucket,
    bill,
    bill_document,
    usage_from_samples,
)
from hashinsight_desktop.services.errors import ValidationError

UTC_NOV = billing_period("2026-11", ZoneInfo("UTC"))
LAST_DAY = datetime(2026, 11, 30, tzinfo=UTC)  # the one contracted day of most cases: 86,400 s
D = Decimal


def terms(*miners: ContractedMiner, **fields: object) -> ContractTerms:
    base = ContractTerms(
        basis="metered",
        gap_policy="zero",
        miners=miners or (ContractedMiner("m1", D(3500), LAST_DAY.date(), LAST_DAY.date()),),
        rate_usd_per_kwh=D("0.10"),
        overhead_pct=D(10),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def every(start: datetime, end: datetime, step_s: int, watts: int | str, status: str = "hashing") -> list[Sample]:
    count = -(-int((end - start).total_seconds()) // step_s)  # the last one within a step of the end
    return [Sample(start + timedelta(seconds=i * step_s), D(watts), status) for i in range(count)]


def run(contract: ContractTerms, samples: dict[str, list[Sample]], period: BillingPeriod = UTC_NOV) -> Bill:
    buckets = []
    for miner in contract.miners:
        start, end = period.miner_window(miner)
        buckets.append(
            usage_from_samples(miner.miner_id, samples.get(miner.miner_id, []), start, end, contract.max_gap_s)
        )
    return bill(contract, period, buckets)


def document(result: Bill) -> dict[str, object]:
    return bill_document(result)


@pytest.mark.parametrize("policy", ["zero", "last", "nameplate"])
def test_samples_closer_than_max_gap_cover_everything_under_every_policy(policy: str) -> None:
    # every 240 s (< 300 s) at 3,600 W for the whole day: 3.6 kW × 24 h = 86.4 kWh, 86.4 × 0.10 × 1.10 = 9.504
    day = every(LAST_DAY, LAST_DAY + timedelta(days=1), 240, 3600)
    result = document(run(terms(gap_policy=policy), {"m1": day}))
    assert (result["kwh"], result["gap_kwh"], result["energy_usd"]) == ("86.400", "0.000", "9.50")
    assert result["gaps"] == [] and result["uptime_pct"] == "100.000"


@pytest.mark.parametrize(
    ("policy", "kwh", "gap_kwh", "energy_usd"),
    [
        ("zero", "43.200", "0.000", "4.75"),  # half the day covered: 43.2 kWh × 0.11 = 4.752
        ("last", "86.400", "43.200", "9.50"),  # the 3,600 W of the sample before each gap hold: 9.504
        ("nameplate", "85.200", "42.000", "9.37"),  # 3,500 W × 43,200 s = 42 kWh; 85.2 × 0.11 = 9.372
    ],
)
def test_samples_further_apart_than_max_gap_leave_listed_gaps_billed_by_policy(
    policy: str, kwh: str, gap_kwh: str, energy_usd: str
) -> None:
    day = every(LAST_DAY, LAST_DAY + timedelta(days=1), 600, 3600)  # each covers 300 s, then 300 s of gap
    result = document(run(terms(gap_policy=policy), {"m1": day}))
    assert (result["kwh"], result["gap_kwh"], result["energy_usd"]) == (kwh, gap_kwh, energy_usd)
    gaps = result["gaps"]
    assert isinstance(gaps, list) and len(gaps) == 144
    assert gaps[0]["miner_id"] == "m1" and gaps[0]["start"] == "2026-11-30T00:05:00+00:00"
    assert {gap["length_s"] for gap in gaps} == {300}
    assert gaps[-1]["start"] == "2026-11-30T23:55:00+00:00"  # the last sample covers 300 s, then the day ends
    assert result["uptime_pct"] == "50.000"  # gap time is not up


def test_a_sample_just_before_the_start_covers_the_first_seconds_then_the_gap_holds_its_power_under_last() -> None:
    before = Sample(LAST_DAY - timedelta(minutes=2), D(3000), "hashing")  # covers 00:00-00:03 (300 s from 23:58)
    rest = every(LAST_DAY + timedelta(minutes=10), LAST_DAY + timedelta(days=1), 240, 3600)
    result = run(terms(gap_policy="last"), {"m1": [before, *rest]})
    (miner,) = result.miners
    assert miner.status_us["hashing"] == (86_400 - 420) * 10**6
    (gap,) = result.gaps
    assert (gap.gap.start, gap.gap.length_us, gap.billed_w) == (LAST_DAY + timedelta(minutes=3), 420 * 10**6, D(3000))
    # 3,000 W × 600 s (180 covered + 420 gap) + 3,600 W × 85,800 s = 87,600,000 Ws + 1,800,000 = 86.3 kWh
    assert document(result)["kwh"] == "86.300"


@pytest.mark.parametrize(("before_s", "billed_w"), [(None, D(0)), (600, D(2500))])
def test_uncovered_start_is_a_gap_billed_by_the_last_sample_before_it_else_zero(
    before_s: int | None, billed_w: Decimal
) -> None:
    samples = every(LAST_DAY + timedelta(minutes=10), LAST_DAY + timedelta(days=1), 240, 3600)
    if before_s is not None:  # long before: it covers nothing of the day, but its power holds under `last`
        samples.insert(0, Sample(LAST_DAY - timedelta(seconds=before_s), D(2500), "hashing"))
    result = run(terms(gap_policy="last"), {"m1": samples})
    (gap,) = result.gaps
    assert (gap.gap.start, gap.gap.length_us, gap.billed_w) == (LAST_DAY, 600 * 10**6, billed_w)


def test_a_miner_joining_mid_month_is_billed_and_judged_on_its_contracted_time_and_pays_a_full_month_fee() -> None:
    joiner = ContractedMiner("late", D(3000), datetime(2026, 11, 16).date())
    steady = ContractedMiner("steady", D(3000))
    month = every(UTC_NOV.start, UTC_NOV.end, 240, 3000)
    contract = terms(steady, joiner, fee_usd_per_miner_month=D("50.00"), gap_policy="nameplate")
    # the joiner's samples before the 16th (another customer's time) are not billed
    result = document(run(contract, {"steady": month, "late": month}))
    lines = result["lines"]
    assert isinstance(lines, list)
    late = next(line for line in lines if line.get("miner_id") == "late")
    assert late["contracted_s"] == 15 * 86_400 and late["contracted_start"] == "2026-11-16T00:00:00+00:00"
    assert late["kwh"] == "1080.000" and late["uptime_pct"] == "100.000"  # 3 kW × 360 h, all of it hashing
    assert late["amount_usd"] == "118.80"  # 1,080 × 0.11
    assert result["kwh"] == "3240.000"  # + 3 kW × 720 h
    assert result["fees_usd"] == "100.00"  # a full month for each miner listed
    assert result["uptime_pct"] == "100.000"


def test_a_miner_outside_the_period_is_refused_by_name() -> None:
    gone = ContractedMiner("gone", D(3000), None, datetime(2026, 10, 31).date())
    with pytest.raises(ValidationError, match="miner gone has no contracted time in 2026-11"):
        bill(terms(gone), UTC_NOV, [])


CURTAILED_DAY = [
    *every(LAST_DAY, LAST_DAY + timedelta(hours=18), 240, 3000),
    *every(LAST_DAY + timedelta(hours=18), LAST_DAY + timedelta(days=1), 240, 300, "curtailed"),
]
TIERS = (CreditTier(D(99), D(5)), CreditTier(D(95), D(10)), CreditTier(D(80), D(25)), CreditTier(D(50), D(50)))


@pytest.mark.parametrize(
    ("counts", "uptime", "credit"),
    [
        # energy: 3 kW × 18 h + 0.3 kW × 6 h = 55.8 kWh × 0.11 = 6.138 → 6.14; + fee 100.00 = 106.14
        (False, "75.000", "26.54"),  # below 99, 95 and 80: the deepest, 25 % of 106.14 = 26.535 → 26.54
        (True, "100.000", "0.00"),
    ],
)
def test_curtailed_time_counts_as_uptime_only_when_the_contract_says_so(counts: bool, uptime: str, credit: str) -> None:
    contract = terms(curtailed_counts_as_uptime=counts, sla_credit_tiers=TIERS, fee_usd_per_miner_month=D(100))
    result = document(run(contract, {"m1": CURTAILED_DAY}))
    assert (result["kwh"], result["subtotal_usd"]) == ("55.800", "106.14")
    assert (result["uptime_pct"], result["sla_credit_usd"]) == (uptime, credit)
    assert result["total_usd"] == str(D("106.14") - D(credit))


def _bucket_at(uptime_pct: str) -> UsageBucket:
    """One contracted day with ``uptime_pct`` of it hashing (no energy), the rest offline: a bucket fed directly,
    as a database's roll-ups would be."""
    day_us = 86_400 * 10**6
    up = int(D(uptime_pct) * day_us / 100)
    return UsageBucket("m1", LAST_DAY, LAST_DAY + timedelta(days=1), {"hashing": up, "offline": day_us - up}, D(0))


@pytest.mark.parametrize(
    ("uptime", "tier_pct", "credit"),
    [
        ("100", None, "0.00"),
        ("99", None, "0.00"),  # at the threshold is not below it
        ("98.99", D(5), "6.17"),  # 5 % of 123.45 = 6.1725
        ("95", D(5), "6.17"),
        ("94.5", D(10), "12.35"),  # 12.345: half a cent goes up
        ("80", D(10), "12.35"),
        ("79.999", D(25), "30.86"),  # 30.8625
        ("10", D(50), "61.73"),  # 61.725
    ],
)
def test_each_sla_tier_the_deepest_below_wins(uptime: str, tier_pct: Decimal | None, credit: str) -> None:
    contract = terms(rate_usd_per_kwh=D(0), fee_usd_per_miner_month=D("123.45"), sla_credit_tiers=TIERS)
    result = bill(contract, UTC_NOV, [_bucket_at(uptime)])
    assert (result.tier.credit_pct if result.tier else None) == tier_pct
    assert str(result.sla_credit_usd) == credit
    assert result.total_usd == D("123.45") - D(credit)
    assert result.lines[-1].amount_usd == -result.sla_credit_usd  # shown as a line, subtracted


def test_the_credit_is_never_more_than_the_subtotal() -> None:
    contract = terms(
        rate_usd_per_kwh=D(0), fee_usd_per_miner_month=D(80), sla_credit_tiers=(CreditTier(D(90), D(150)),)
    )
    result = document(bill(contract, UTC_NOV, [_bucket_at("50")]))
    assert (result["subtotal_usd"], result["sla_credit_usd"], result["total_usd"]) == ("80.00", "80.00", "0.00")


def test_a_dst_month_has_its_true_length_and_local_midnights() -> None:
    oslo = ZoneInfo("Europe/Oslo")
    march = billing_period("2026-03", oslo)  # clocks go forward on 29 March: 743 hours
    assert (march.start, march.end) == (datetime(2026, 2, 28, 23, tzinfo=UTC), datetime(2026, 3, 31, 22, tzinfo=UTC))
    october = billing_period("2026-10", oslo)
    assert (october.end - october.start) == timedelta(hours=745)
    samples = [
        Sample(march.start - timedelta(minutes=2), D(1000), "hashing"),  # local 23:58 on 28 Feb: covers 3 min
        *every(march.start + timedelta(minutes=3), march.end + timedelta(hours=1), 240, 3600),  # past the end
    ]
    result = run(terms(ContractedMiner("m1", D(3500))), {"m1": samples}, march)
    (miner,) = result.miners
    assert miner.contracted_us == 743 * 3600 * 10**6
    assert miner.gaps == () and miner.uptime == 1
    # 1 kW × 180 s + 3.6 kW × (743 h − 180 s): 0.05 + 2674.62 kWh
    assert document(result)["kwh"] == "2674.670"
    # a miner leaving on the DST day is contracted to the next local midnight: 28 days + 23 hours
    leaving = ContractedMiner("m1", D(3500), None, datetime(2026, 3, 29).date())
    assert march.miner_window(leaving)[1] - march.start == timedelta(hours=28 * 24 + 23)


def test_spec_bills_nameplate_for_hashing_time_only_and_a_gap_after_curtailment_as_nothing_under_last() -> None:
    day = CURTAILED_DAY[:-15]  # no samples in the last hour: 22:56 covers 300 s, then a 3,540 s gap
    result = document(run(terms(basis="spec", gap_policy="last"), {"m1": day}))
    # 3,500 W × 18 h = 63 kWh; curtailed time and the gap after it are billed nothing; 63 × 0.11 = 6.93
    assert (result["kwh"], result["gap_kwh"], result["energy_usd"]) == ("63.000", "0.000", "6.93")
    gaps = result["gaps"]
    assert isinstance(gaps, list) and gaps[0]["length_s"] == 3540 and gaps[0]["billed_w"] == "0"


def test_fixed_bills_the_monthly_amount_and_still_reports_the_energy() -> None:
    contract = terms(basis="fixed", fixed_usd_month=D("1000"), rate_usd_per_kwh=D(0), fee_usd_per_miner_month=D(5))
    result = document(run(contract, {"m1": every(LAST_DAY, LAST_DAY + timedelta(days=1), 240, 3600)}))
    assert (result["kwh"], result["energy_usd"], result["subtotal_usd"]) == ("86.400", "1000.00", "1005.00")
    lines = result["lines"]
    assert isinstance(lines, list) and [line["amount_usd"] for line in lines] == ["0.00", "1000.00", "5.00", "0.00"]


def test_each_line_is_rounded_half_up_once_and_the_total_is_the_sum_of_the_rounded_lines() -> None:
    # each miner 1.25 kWh × 0.10 USD = 0.125 exactly: 0.13 each (half-up, not to even), 0.26 together, not 0.25
    two = (
        ContractedMiner("a", D(1000), LAST_DAY.date(), LAST_DAY.date()),
        ContractedMiner("b", D(1000), LAST_DAY.date(), LAST_DAY.date()),
    )
    day_us = 86_400 * 10**6
    buckets = [
        UsageBucket(m.miner_id, LAST_DAY, LAST_DAY + timedelta(days=1), {"hashing": day_us}, D(1_250) * 3600 * 10**6)
        for m in two
    ]
    result = document(bill(terms(*two, overhead_pct=D(0)), UTC_NOV, buckets))
    assert result["kwh"] == "2.500"
    assert (result["energy_usd"], result["total_usd"]) == ("0.26", "0.26")


def test_bills_from_five_minute_buckets_equal_the_bill_from_the_raw_samples_to_the_cent() -> None:
    """What a database caller does with roll-ups: irregular samples (gaps, a status change, a sample straddling a
    bucket edge) cut into 5-minute buckets give the same document, gaps included."""
    start, moments, status = LAST_DAY, [], "hashing"
    offsets = [0, 170, 333, 1000, 1299, 1301, 5000, 5030, 5333, 9100, 20_000, 40_001, 40_300, 86_000]
    for index, offset in enumerate(offsets):
        status = "curtailed" if index % 5 == 3 else "hashing"
        moments.append(
            Sample(start + timedelta(seconds=offset, microseconds=index * 7), D(3000 + index * 13.5), status)
        )
    before = Sample(start - timedelta(seconds=100), D("2999.5"), "hashing")
    samples = [before, *moments]
    for policy in ("zero", "last", "nameplate"):
        contract = terms(gap_policy=policy, curtailed_counts_as_uptime=True, sla_credit_tiers=TIERS)
        whole = document(run(contract, {"m1": samples}))
        buckets = []
        for offset in range(0, 86_400, 300):
            edge, next_edge = start + timedelta(seconds=offset), start + timedelta(seconds=offset + 300)
            # what a roll-up writer has: the bucket's samples, the last one before it and the first one after it
            inside = [sample for sample in samples if edge <= sample.at < next_edge]
            earlier = [sample for sample in samples if sample.at < edge][-1:]
            later = [sample for sample in samples if sample.at >= next_edge][:1]
            buckets.append(usage_from_samples("m1", earlier + inside + later, edge, next_edge, 300))
        assert document(bill(contract, UTC_NOV, buckets)) == whole


def test_buckets_that_leave_a_hole_are_refused() -> None:
    half = UsageBucket("m1", LAST_DAY, LAST_DAY + timedelta(hours=12), {"hashing": 12 * 3600 * 10**6}, D(0))
    with pytest.raises(ValueError, match="end at"):
        bill(terms(), UTC_NOV, [half])
