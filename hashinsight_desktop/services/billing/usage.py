"""The usage engine: a hosting contract's bill for a month, from its miners' power and status over time.

One engine serves the console, the command line (``billing draft``) and the tests, in two steps:

1. **Usage per miner** (:func:`usage_from_samples`): each sample's power and status count from its time until the
   next sample, for at most the contract's ``max_gap_s``; time not covered that way is a :class:`Gap`, which
   remembers the last sample before it (its power and status, or none). The result is a :class:`UsageBucket`:
   over [start, end), the covered time per status, the measured energy (W·µs) and the gaps. A sample just before
   ``start`` covers the first seconds (within ``max_gap_s``); uncovered time at ``start`` is a gap like any other.
2. **The bill** (:func:`bill`) sums each contracted miner's buckets over its contracted time in the period, bills
   the gaps by the gap policy (``zero``: nothing; ``last``: the last sample's power holds, zero when there was
   none; ``nameplate``: the miner's nameplate W), and prices energy, fees and the SLA credit.

**Buckets from a database.** ``bill`` does not care how a miner's time is cut: one bucket for the whole period
(the CLI) or one per 5 minutes (roll-ups kept as samples arrive) give the same cents, because every figure of a
bucket is an exact sum — whole microseconds per status, W·µs as a Decimal, the gaps — and adjacent pieces of one gap
(same last sample) are joined again. A roll-up writer computes each bucket as ``usage_from_samples(samples,
bucket_start, bucket_end, max_gap_s)`` given the bucket's samples plus the last one before it and the first one
after it (the next sample bounds the last one's coverage); a bucket whose next sample has not arrived yet is
recomputed when it does. The buckets of a miner must tile its contracted time exactly (aligned to the period's
local midnights: 5-minute buckets are aligned in every time zone) and ``max_gap_s`` must be the contract's.
:func:`bill` refuses buckets that leave a hole or overlap. A month of 5-minute buckets for thousands of miners is
too many Python objects: the database sums them per miner in SQL (exact when time is stored as integer µs and
energy as a numeric W·µs) and passes one bucket per miner with its gaps; that is the same sum.

Energy per basis: ``metered`` the measured W·s; ``spec`` the nameplate W for ``hashing`` time only ("operational":
a curtailed, sleeping or offline miner draws little, so nameplate would overcharge it); ``fixed`` the contract's
monthly amount (energy still reported). Uptime is a miner's ``hashing`` time (plus ``curtailed`` when the contract
counts it) over its contracted time; gap time is not up. The contract's uptime is the mean over its miners,
compared exactly (fractions) with the tiers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from hashinsight_desktop.services.billing.contract_terms import (
    BillingPeriod,
    ContractedMiner,
    ContractTerms,
    CreditTier,
)
from hashinsight_desktop.services.billing.line_texts import credit_text, energy_text, fee_text, fixed_text
from hashinsight_desktop.services.billing.money import (
    WATT_MICROSECONDS_PER_KWH,
    cents,
    round_half_up,
    seconds,
    usd_text,
)
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

HASHING, SLEEPING, CURTAILED, OFFLINE = "hashing", "sleeping", "curtailed", "offline"
STATUSES = (HASHING, SLEEPING, CURTAILED, OFFLINE)
MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True)
class Sample:
    at: datetime  # aware
    power_w: Decimal
    status: str  # one of STATUSES


@dataclass(frozen=True)
class Gap:
    """Time no sample covered; what it is billed at depends on the gap policy and the last sample before it."""

    miner_id: str
    start: datetime
    length_us: int
    last_power_w: Decimal | None = None  # None: no sample before the gap
    last_status: str | None = None

    @property
    def end(self) -> datetime:
        return self.start + self.length_us * MICROSECOND


@dataclass(frozen=True)
class UsageBucket:
    """A miner's usage over [start, end): covered time per status, measured energy over it, and the gaps."""

    miner_id: str
    start: datetime
    end: datetime
    status_us: Mapping[str, int]
    energy_wus: Decimal
    gaps: tuple[Gap, ...] = ()


def _us(delta: timedelta) -> int:
    return delta // MICROSECOND


def usage_from_samples(
    miner_id: str, samples: Sequence[Sample], start: datetime, end: datetime, max_gap_s: int
) -> UsageBucket:
    """The miner's usage over [start, end) from its samples (any order; those outside the range only bound
    coverage: the last one before ``start`` may cover its first seconds and names the power of a gap there)."""
    ordered = sorted(samples, key=lambda sample: sample.at)
    max_gap = timedelta(seconds=max_gap_s)
    status_us: dict[str, int] = defaultdict(int)
    energy = Decimal(0)
    gaps: list[Gap] = []
    cursor, last = start, None
    for index, sample in enumerate(ordered):
        if sample.at >= end:
            break
        covered_to = sample.at + max_gap
        if index + 1 < len(ordered):
            covered_to = min(covered_to, ordered[index + 1].at)
        begin, finish = max(sample.at, start), min(covered_to, end)
        if finish > begin:
            if begin > cursor:
                gaps.append(_gap(miner_id, cursor, begin, last))
            length = _us(finish - begin)
            status_us[sample.status] += length
            energy += sample.power_w * length
            cursor = finish
        last = sample
    if cursor < end:
        gaps.append(_gap(miner_id, cursor, end, last))
    return UsageBucket(miner_id, start, end, dict(status_us), energy, tuple(gaps))


def _gap(miner_id: str, start: datetime, end: datetime, last: Sample | None) -> Gap:
    if last is None:
        return Gap(miner_id, start, _us(end - start))
    return Gap(miner_id, start, _us(end - start), last.power_w, last.status)


@dataclass(frozen=True)
class BilledGap:
    gap: Gap
    billed_w: Decimal
    kwh: Fraction


@dataclass(frozen=True)
class MinerBill:
    miner: ContractedMiner
    start: datetime  # its contracted time in the period
    end: datetime
    status_us: Mapping[str, int]
    up_us: int
    gaps: tuple[BilledGap, ...]
    measured_kwh: Fraction  # metered and fixed: from the meter; spec: nameplate × hashing time
    gap_kwh: Fraction
    amount_usd: Decimal

    @property
    def contracted_us(self) -> int:
        return _us(self.end - self.start)

    @property
    def gap_us(self) -> int:
        return sum(billed.gap.length_us for billed in self.gaps)

    @property
    def kwh(self) -> Fraction:
        return self.measured_kwh + self.gap_kwh

    @property
    def uptime(self) -> Fraction:
        return Fraction(self.up_us, self.contracted_us)


@dataclass(frozen=True)
class Line:
    kind: str  # energy (one per miner), fixed, hosting_fee, sla_credit
    description: Text  # English by str(); stored beside its English for the customer's language
    amount_usd: Decimal
    quantity: Decimal = Decimal(1)
    unit_price_usd: Decimal = Decimal(0)
    miner_id: str | None = None


@dataclass(frozen=True)
class Bill:
    terms: ContractTerms
    period: BillingPeriod
    miners: tuple[MinerBill, ...]
    lines: tuple[Line, ...]
    energy_usd: Decimal
    fees_usd: Decimal
    subtotal_usd: Decimal
    uptime: Fraction  # the mean over the miners, 0..1
    tier: CreditTier | None
    sla_credit_usd: Decimal  # positive, subtracted
    total_usd: Decimal
    gaps: tuple[BilledGap, ...] = field(default=())

    @property
    def kwh(self) -> Fraction:
        return sum((miner.kwh for miner in self.miners), Fraction(0))

    @property
    def gap_kwh(self) -> Fraction:
        return sum((miner.gap_kwh for miner in self.miners), Fraction(0))


def bill(terms: ContractTerms, period: BillingPeriod, usage: Iterable[UsageBucket]) -> Bill:
    """The bill of ``terms`` for ``period`` from the buckets of its miners (see the module's docstring)."""
    if not terms.miners:
        raise ValidationError("contract", QT_TRANSLATE_NOOP("Errors", "lists no miners: there is nothing to bill"))
    by_miner: dict[str, list[UsageBucket]] = defaultdict(list)
    contracted = {miner.miner_id for miner in terms.miners}
    for bucket in usage:
        if bucket.miner_id not in contracted:
            raise ValueError(f"usage of miner {bucket.miner_id}, which the contract does not list")
        by_miner[bucket.miner_id].append(bucket)
    miners = tuple(_miner_bill(terms, period, miner, by_miner[miner.miner_id]) for miner in terms.miners)
    lines = [_energy_line(terms, miner) for miner in miners]
    if terms.basis == "fixed":
        lines.append(
            Line(
                "fixed",
                fixed_text(period.label),
                cents(terms.fixed_usd_month),
                Decimal(1),
                terms.fixed_usd_month,
            )
        )
    energy_usd = sum((line.amount_usd for line in lines), Decimal(0))
    count = Decimal(len(miners))
    fees_usd = cents(count * terms.fee_usd_per_miner_month)
    lines.append(
        Line(
            "hosting_fee",
            fee_text(len(miners), terms.fee_usd_per_miner_month, period.label),
            fees_usd,
            count,
            terms.fee_usd_per_miner_month,
        )
    )
    subtotal = energy_usd + fees_usd
    uptime = sum((miner.uptime for miner in miners), Fraction(0)) / len(miners)
    tier = credit_tier(uptime, terms.sla_credit_tiers)
    credit = min(cents(Fraction(subtotal) * Fraction(tier.credit_pct) / 100), subtotal) if tier else Decimal("0.00")
    explained = credit_text(_pct_text(uptime), terms.sla_uptime_pct, tier, subtotal)
    lines.append(Line("sla_credit", explained, -credit, Decimal(1), -credit))
    return Bill(
        terms=terms,
        period=period,
        miners=miners,
        lines=tuple(lines),
        energy_usd=energy_usd,
        fees_usd=fees_usd,
        subtotal_usd=subtotal,
        uptime=uptime,
        tier=tier,
        sla_credit_usd=credit,
        total_usd=subtotal - credit,
        gaps=tuple(gap for miner in miners for gap in miner.gaps),
    )


def credit_tier(uptime: Fraction, tiers: Iterable[CreditTier]) -> CreditTier | None:
    """The deepest tier whose threshold the uptime (0..1) is below, strictly; None when it is below none."""
    below = [tier for tier in tiers if uptime * 100 < Fraction(tier.below_pct)]
    return min(below, key=lambda tier: tier.below_pct) if below else None


def _miner_bill(
    terms: ContractTerms, period: BillingPeriod, miner: ContractedMiner, buckets: list[UsageBucket]
) -> MinerBill:
    start, end = period.miner_window(miner)
    if start >= end:
        raise ValidationError(
            "contract",
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    (
                        "miner {miner_id} has no contracted time in {label} (from "
                        "{value}, to {value2}): leave it out of this period's "
                        "contract"
                    ),
                ),
                miner_id=miner.miner_id,
                label=period.label,
                value=miner.from_date or "-",
                value2=miner.to_date or "-",
            ),
        )
    buckets = sorted((b for b in buckets if b.end > start and b.start < end), key=lambda b: b.start)
    cursor = start
    status_us: dict[str, int] = defaultdict(int)
    energy = Decimal(0)
    pieces: list[Gap] = []
    for bucket in buckets:
        if bucket.start != cursor or bucket.end > end:
            raise ValueError(f"buckets of miner {miner.miner_id} do not tile {start}..{end} (at {bucket.start})")
        for status, length in bucket.status_us.items():
            status_us[status] += length
        energy += bucket.energy_wus
        pieces.extend(bucket.gaps)
        cursor = bucket.end
    if cursor != end:
        raise ValueError(f"buckets of miner {miner.miner_id} end at {cursor}, not at {end}")
    gaps = tuple(_billed(terms, miner, gap) for gap in _joined(pieces))
    hashing_us = status_us.get(HASHING, 0)
    up_us = hashing_us + (status_us.get(CURTAILED, 0) if terms.curtailed_counts_as_uptime else 0)
    measured = Fraction(miner.nameplate_w * hashing_us if terms.basis == "spec" else energy) / WATT_MICROSECONDS_PER_KWH
    gap_kwh = sum((billed.kwh for billed in gaps), Fraction(0))
    amount = Decimal("0.00")
    if terms.basis != "fixed":
        amount = cents((measured + gap_kwh) * Fraction(unit_price(terms)))
    return MinerBill(miner, start, end, dict(status_us), up_us, gaps, measured, gap_kwh, amount)


def unit_price(terms: ContractTerms) -> Decimal:
    """USD per kWh with the overhead: rate × (1 + overhead/100), exact."""
    return terms.rate_usd_per_kwh * (1 + terms.overhead_pct / 100)


def _joined(pieces: list[Gap]) -> list[Gap]:
    """Pieces of one gap cut by bucket boundaries joined again (the same last sample, one ending where the next
    starts): the gap list reads the same from buckets as from raw samples."""
    joined: list[Gap] = []
    for piece in sorted(pieces, key=lambda gap: gap.start):
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.end == piece.start
            and (previous.last_power_w, previous.last_status) == (piece.last_power_w, piece.last_status)
        ):
            joined[-1] = Gap(
                piece.miner_id,
                previous.start,
                previous.length_us + piece.length_us,
                piece.last_power_w,
                piece.last_status,
            )
        else:
            joined.append(piece)
    return joined


def _billed(terms: ContractTerms, miner: ContractedMiner, gap: Gap) -> BilledGap:
    """The gap at the policy's watts. Under ``spec`` the last sample's power is what spec billed it at: the
    nameplate if it was hashing, else nothing."""
    watts = Decimal(0)
    if terms.gap_policy == "nameplate":
        watts = miner.nameplate_w
    elif terms.gap_policy == "last" and gap.last_status is not None:
        if terms.basis == "spec":
            watts = miner.nameplate_w if gap.last_status == HASHING else Decimal(0)
        else:
            watts = gap.last_power_w or Decimal(0)
    return BilledGap(gap, watts, Fraction(watts * gap.length_us) / WATT_MICROSECONDS_PER_KWH)


def _energy_line(terms: ContractTerms, miner: MinerBill) -> Line:
    kwh, miner_id = miner.kwh, miner.miner.miner_id
    text = energy_text(
        terms.basis,
        miner_id,
        _kwh_text(kwh),
        gap_kwh=_kwh_text(miner.gap_kwh) if miner.gaps and miner.gap_kwh else None,
        gap_policy=terms.gap_policy,
        nameplate_w=miner.miner.nameplate_w,
        rate_usd_per_kwh=terms.rate_usd_per_kwh,
        overhead_pct=terms.overhead_pct,
    )
    if terms.basis == "fixed":
        return Line("energy", text, Decimal("0.00"), Decimal(0), Decimal(0), miner_id)
    # the quantity is shown to the Wh; the amount is from the exact energy
    return Line("energy", text, miner.amount_usd, round_half_up(kwh, 3), unit_price(terms), miner_id)


def bill_document(bill: Bill) -> dict[str, object]:
    """The bill as the CLI prints it and an invoice stores it: money as strings of two decimals, kWh to the Wh
    and percentages to 0.001 as strings (exact decimals, rounded half-up for showing only), times in the site's
    zone, durations in seconds. ``kwh`` is all billed energy, gaps included; the credit is positive, subtracted.
    A line's ``description`` is English; ``description_text`` its template and figures (services.stored_text), which
    readers render in their language (an invoice issued before it has none: its English is shown as stored)."""
    zone = bill.period.zone
    lines: list[dict[str, object]] = []
    by_id = {miner.miner.miner_id: miner for miner in bill.miners}
    for line in bill.lines:
        # The English for old readers and exports; the template and figures for the customer's language.
        item: dict[str, object] = {
            "kind": line.kind,
            "description": str(line.description),
            "description_text": to_stored(line.description),
        }
        if line.miner_id is not None:
            miner = by_id[line.miner_id]
            item |= {
                "miner_id": line.miner_id,
                "contracted_start": miner.start.astimezone(zone).isoformat(),
                "contracted_end": miner.end.astimezone(zone).isoformat(),
                "nameplate_w": f"{miner.miner.nameplate_w}",
                "kwh": _kwh_text(miner.kwh),
                "gap_kwh": _kwh_text(miner.gap_kwh),
                "contracted_s": seconds(miner.contracted_us),
                "status_s": {status: seconds(miner.status_us.get(status, 0)) for status in STATUSES},
                "gap_s": seconds(miner.gap_us),
                "up_s": seconds(miner.up_us),
                "uptime_pct": _pct_text(miner.uptime),
            }
        elif line.kind == "sla_credit":
            item |= {
                "uptime_pct": _pct_text(bill.uptime),
                "promised_pct": f"{bill.terms.sla_uptime_pct}",
                "tier": None
                if bill.tier is None
                else {"below_pct": f"{bill.tier.below_pct}", "credit_pct": f"{bill.tier.credit_pct}"},
            }
        item |= {
            "quantity": f"{line.quantity}",
            "unit_price_usd": f"{line.unit_price_usd}",
            "amount_usd": usd_text(line.amount_usd),
        }
        lines.append(item)
    return {
        "lines": lines,
        "kwh": _kwh_text(bill.kwh),
        "gap_kwh": _kwh_text(bill.gap_kwh),
        "energy_usd": usd_text(bill.energy_usd),
        "fees_usd": usd_text(bill.fees_usd),
        "subtotal_usd": usd_text(bill.subtotal_usd),
        "uptime_pct": _pct_text(bill.uptime),
        "sla_credit_usd": usd_text(bill.sla_credit_usd),
        "total_usd": usd_text(bill.total_usd),
        "gaps": [
            {
                "miner_id": billed.gap.miner_id,
                "start": billed.gap.start.astimezone(zone).isoformat(),
                "length_s": seconds(billed.gap.length_us),
                "billed_w": f"{billed.billed_w}",
                "kwh": _kwh_text(billed.kwh),
            }
            for billed in bill.gaps
        ],
    }


def _kwh_text(value: Fraction) -> str:
    return f"{round_half_up(value, 3)}"


def _pct_text(share: Fraction) -> str:
    return f"{round_half_up(share * 100, 3)}"
