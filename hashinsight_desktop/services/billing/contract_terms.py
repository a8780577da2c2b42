"""What the usage engine needs of a hosting contract, and the billing period, read from a contract file.

A contract file is one JSON object with these fields (the names of the issue):

- ``basis``: ``metered`` (energy from measured power), ``spec`` (the miner's nameplate W for each second it was
  hashing: curtailed, sleeping and offline time draws little and is not billed as nameplate) or ``fixed``
  (``fixed_usd_month`` for the month, whatever the energy);
- ``rate_usd_per_kwh`` (required unless fixed), ``overhead_pct`` (default 0), ``fee_usd_per_miner_month``
  (default 0), ``fixed_usd_month`` (the fixed basis only);
- ``sla_uptime_pct`` (the promise shown on the invoice, default 100), ``sla_credit_tiers``: a list of
  ``{"below_pct": 95, "credit_pct": 10}`` (the tiers decide the credit), ``curtailed_counts_as_uptime``
  (default false);
- ``gap_policy``: ``zero``, ``last`` or ``nameplate`` (required), ``max_gap_s`` (default 300);
- ``miners``: a list of ``{"miner_id", "nameplate_w"}`` with optional ``from`` and ``to`` dates (YYYY-MM-DD, in the
  site's time zone): ``from`` is the first contracted day, ``to`` the last one (inclusive: a miner ``to``
  2026-11-15 is contracted until midnight starting the 16th).

Other fields a contract holds (customer, site, deposit, payment terms, version...) are left to the database's
contract and ignored here, unless a name is so close to one of the fields above that it is surely a typo.
Numbers may be JSON numbers or numeric strings; they are read exactly (no binary floating point).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hashinsight_desktop.services.errors import FIELD_AND_MESSAGE, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

BASES = ("metered", "spec", "fixed")
GAP_POLICIES = ("zero", "last", "nameplate")
DEFAULT_MAX_GAP_S = 300
MAX_MAX_GAP_S = 86_400
MAX_WATTS = Decimal(100_000)
ENGINE_FIELDS = (
    "basis",
    "rate_usd_per_kwh",
    "overhead_pct",
    "fee_usd_per_miner_month",
    "fixed_usd_month",
    "sla_uptime_pct",
    "sla_credit_tiers",
    "curtailed_counts_as_uptime",
    "gap_policy",
    "max_gap_s",
    "miners",
)
MINER_FIELDS = ("miner_id", "nameplate_w", "from", "to")
TYPO_CUTOFF = 0.8

T = TypeVar("T")


@dataclass(frozen=True)
class CreditTier:
    below_pct: Decimal  # the tier applies when the uptime is below this
    credit_pct: Decimal  # of the subtotal


@dataclass(frozen=True)
class ContractedMiner:
    miner_id: str
    nameplate_w: Decimal
    from_date: date | None = None  # first contracted day; None: from the period's start
    to_date: date | None = None  # last contracted day, inclusive; None: to the period's end


@dataclass(frozen=True)
class ContractTerms:
    basis: str
    gap_policy: str
    miners: tuple[ContractedMiner, ...]
    rate_usd_per_kwh: Decimal = Decimal(0)
    overhead_pct: Decimal = Decimal(0)
    fee_usd_per_miner_month: Decimal = Decimal(0)
    fixed_usd_month: Decimal = Decimal(0)
    sla_uptime_pct: Decimal = Decimal(100)
    sla_credit_tiers: tuple[CreditTier, ...] = ()
    curtailed_counts_as_uptime: bool = False
    max_gap_s: int = DEFAULT_MAX_GAP_S

    def nameplate(self) -> dict[str, Decimal]:
        return {miner.miner_id: miner.nameplate_w for miner in self.miners}


@dataclass(frozen=True)
class BillingPeriod:
    """A calendar month in the site's time zone: [start, end) as UTC instants, so a month with a DST change has
    its true length (Europe/Oslo, March 2026: 743 hours)."""

    label: str  # "2026-11"
    zone: ZoneInfo
    start: datetime
    end: datetime

    def local_midnight(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=self.zone).astimezone(UTC)

    def miner_window(self, miner: ContractedMiner) -> tuple[datetime, datetime]:
        """The miner's contracted time within the period (possibly empty: start >= end)."""
        start = self.start if miner.from_date is None else max(self.start, self.local_midnight(miner.from_date))
        end = self.end if miner.to_date is None else min(self.end, self.local_midnight(miner.to_date + timedelta(1)))
        return start, end


def site_zone(name: str, field_name: str = "--tz") -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field_name,
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name!r} is not a time zone (e.g. Europe/Oslo, America/Chicago, UTC)"),
                name=name,
            ),
        ) from None


def billing_period(text: str, zone: ZoneInfo, field_name: str = "--period") -> BillingPeriod:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValidationError(
            field_name,
            Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a month; write it as YYYY-MM (e.g. 2026-11)"), text=text),
        )
    year, month = int(match[1]), int(match[2])
    following = date(year + month // 12, month % 12 + 1, 1)
    first = date(year, month, 1)
    start = datetime(first.year, first.month, 1, tzinfo=zone).astimezone(UTC)
    end = datetime(following.year, following.month, 1, tzinfo=zone).astimezone(UTC)
    return BillingPeriod(f"{year:04d}-{month:02d}", zone, start, end)


class _Errors:
    """Every bad field of a file, reported at once in one line: each "field: problem" a marked text, so a form can
    name the field by its label (`services.validation.labelled`) and the problem is said in the reader's language."""

    def __init__(self) -> None:
        self.found: list[Text] = []

    def add(self, where: str, problem: str | Text) -> None:
        self.found.append(Text(FIELD_AND_MESSAGE, field=where, message=problem))

    def read(self, where: str, parse: Callable[..., T], *args: object) -> T | None:
        try:
            return parse(*args)
        except ValueError as exc:  # the parsers' problems are marked texts (a ValueError's first argument)
            problem = exc.args[0] if exc.args and isinstance(exc.args[0], str | Text) else str(exc)
            self.add(where, problem)
            return None


def _json(value: object) -> str:
    return json.dumps(value, default=str)


def _number(value: object, low: Decimal, high: Decimal | None = None) -> Decimal:
    if value is None:
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "is required"))
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise ValueError(Text(QT_TRANSLATE_NOOP("Errors", "{value} is not a number"), value=_json(value)))
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise ValueError(Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number"), value=value)) from None
    if not number.is_finite() or number < low or (high is not None and number > high):
        raise ValueError(
            Text(QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high}"), low=low, high=high)
            if high is not None
            else Text(QT_TRANSLATE_NOOP("Errors", "must be at least {low}"), low=low)
        )
    return number


def _choice(value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value.strip().lower() not in choices:
        not_one = QT_TRANSLATE_NOOP("Errors", "{value} is not one of {choices}")
        raise ValueError(Text(not_one, value=_json(value), choices=", ".join(choices)))
    return value.strip().lower()


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(Text(QT_TRANSLATE_NOOP("Errors", "{value} is not true or false"), value=_json(value)))
    return value


def _day(value: object) -> date:
    try:
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise ValueError
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            Text(QT_TRANSLATE_NOOP("Errors", "{value} is not a date (YYYY-MM-DD)"), value=_json(value))
        ) from None


def _text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "is required (the miner's id as the usage file writes it)"))
    return str(value).strip()


def _typos(data: dict[str, Any], known: tuple[str, ...], where: str, errors: _Errors) -> None:
    for name in data:
        if name not in known and (close := difflib.get_close_matches(name, known, n=1, cutoff=TYPO_CUTOFF)):
            typo = QT_TRANSLATE_NOOP("Errors", "not a contract field; did you mean {name}?")
            errors.add(f"{where}{name}", Text(typo, name=close[0]))


def parse_contract(data: object) -> ContractTerms:
    """The contract's terms, or a ValidationError naming every bad field (``miners[2].nameplate_w: ...``)."""
    if not isinstance(data, dict):
        raise ValidationError(
            "contract", QT_TRANSLATE_NOOP("Errors", "must be a JSON object with the contract's fields")
        )
    errors = _Errors()
    _typos(data, ENGINE_FIELDS, "", errors)

    def required(name: str) -> object:
        if name not in data:
            raise ValueError(QT_TRANSLATE_NOOP("Errors", "is required"))
        return data[name]

    basis = errors.read("basis", lambda: _choice(required("basis"), BASES))
    policy = errors.read("gap_policy", lambda: _choice(required("gap_policy"), GAP_POLICIES))
    money: dict[str, Decimal | None] = {}
    for name in ("rate_usd_per_kwh", "overhead_pct", "fee_usd_per_miner_month", "fixed_usd_month"):
        if name in data:
            high = Decimal(1000) if name == "overhead_pct" else None
            money[name] = errors.read(name, _number, data[name], Decimal(0), high)
    if basis in ("metered", "spec") and "rate_usd_per_kwh" not in data:
        errors.add(
            "rate_usd_per_kwh", Text(QT_TRANSLATE_NOOP("Errors", "is required for the {basis} basis"), basis=basis)
        )
    if basis == "fixed" and "fixed_usd_month" not in data:
        errors.add("fixed_usd_month", QT_TRANSLATE_NOOP("Errors", "is required for the fixed basis"))
    if basis in ("metered", "spec") and "fixed_usd_month" in data:
        only_fixed = QT_TRANSLATE_NOOP("Errors", "only a fixed basis has one (this contract's basis is {basis})")
        errors.add("fixed_usd_month", Text(only_fixed, basis=basis))
    promise = errors.read("sla_uptime_pct", lambda: _number(data.get("sla_uptime_pct", 100), Decimal(0), Decimal(100)))
    counts = errors.read("curtailed_counts_as_uptime", lambda: _boolean(data.get("curtailed_counts_as_uptime", False)))
    max_gap = errors.read(
        "max_gap_s", lambda: _number(data.get("max_gap_s", DEFAULT_MAX_GAP_S), Decimal(1), Decimal(MAX_MAX_GAP_S))
    )
    if max_gap is not None and max_gap != max_gap.to_integral_value():
        errors.add("max_gap_s", QT_TRANSLATE_NOOP("Errors", "must be whole seconds"))
    tiers = _tiers(data.get("sla_credit_tiers", []), errors)
    miners = _miners(data.get("miners"), errors)
    if errors.found:
        raise ValidationError(
            "contract",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{n_found} bad field(s): {value}"),
                n_found=len(errors.found),
                value=Joined(QT_TRANSLATE_NOOP("Errors", "; "), errors.found),
            ),
        )
    assert basis is not None and policy is not None and promise is not None and counts is not None
    return ContractTerms(
        basis=basis,
        gap_policy=policy,
        miners=tuple(miners),
        **{name: value for name, value in money.items() if value is not None},
        sla_uptime_pct=promise,
        sla_credit_tiers=tuple(sorted(tiers, key=lambda tier: tier.below_pct, reverse=True)),
        curtailed_counts_as_uptime=counts,
        max_gap_s=int(max_gap or DEFAULT_MAX_GAP_S),
    )


def _tiers(value: object, errors: _Errors) -> list[CreditTier]:
    if not isinstance(value, list):
        errors.add(
            "sla_credit_tiers", QT_TRANSLATE_NOOP("Errors", 'must be a list of {"below_pct": 95, "credit_pct": 10}')
        )
        return []
    tiers: list[CreditTier] = []
    for index, item in enumerate(value):
        where = f"sla_credit_tiers[{index}]"
        if not isinstance(item, dict):
            errors.add(where, QT_TRANSLATE_NOOP("Errors", 'must be {"below_pct": 95, "credit_pct": 10}'))
            continue
        _typos(item, ("below_pct", "credit_pct"), f"{where}.", errors)
        below = errors.read(f"{where}.below_pct", _number, item.get("below_pct"), Decimal(0), Decimal(100))
        credit = errors.read(f"{where}.credit_pct", _number, item.get("credit_pct"), Decimal(0))
        if below is not None and any(tier.below_pct == below for tier in tiers):
            errors.add(
                f"{where}.below_pct", Text(QT_TRANSLATE_NOOP("Errors", "a second tier below {below} %"), below=below)
            )
        elif below is not None and credit is not None:
            tiers.append(CreditTier(below, credit))
    return tiers


def _miners(value: object, errors: _Errors) -> list[ContractedMiner]:
    if not isinstance(value, list) or not value:
        every_miner = QT_TRANSLATE_NOOP(
            "Errors", 'is required: a list of {"miner_id", "nameplate_w"} (optional "from", "to")'
        )
        errors.add("miners", every_miner)
        return []
    miners: list[ContractedMiner] = []
    seen: set[str] = set()
    for index, item in enumerate(value):
        where = f"miners[{index}]"
        if not isinstance(item, dict):
            errors.add(where, QT_TRANSLATE_NOOP("Errors", 'must be {"miner_id": ..., "nameplate_w": ...}'))
            continue
        _typos(item, MINER_FIELDS, f"{where}.", errors)
        miner_id = errors.read(f"{where}.miner_id", _text, item.get("miner_id"))
        watts = errors.read(f"{where}.nameplate_w", _number, item.get("nameplate_w"), Decimal(1), MAX_WATTS)
        first = errors.read(f"{where}.from", _day, item["from"]) if "from" in item else None
        last = errors.read(f"{where}.to", _day, item["to"]) if "to" in item else None
        if first is not None and last is not None and last < first:
            before = QT_TRANSLATE_NOOP("Errors", "{last} is before its from date {first}")
            errors.add(f"{where}.to", Text(before, last=last, first=first))
        if miner_id is not None and miner_id in seen:
            errors.add(
                f"{where}.miner_id", Text(QT_TRANSLATE_NOOP("Errors", "{miner_id} is listed twice"), miner_id=miner_id)
            )
        elif miner_id is not None and watts is not None:
            seen.add(miner_id)
            miners.append(ContractedMiner(miner_id, watts, first, last))
    return miners


def load_contract_file(path: Path) -> ContractTerms:
    """A contract file's terms; a file that is not JSON is refused naming the line and column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(
            "--contract",
            Text(QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {value}"), path=path, value=exc.strerror or exc),
        ) from None
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            path.name,
            Text(
                QT_TRANSLATE_NOOP("Errors", "not valid JSON: {msg} at line {lineno}, column {colno}"),
                msg=exc.msg,
                lineno=exc.lineno,
                colno=exc.colno,
            ),
        ) from None
    try:
        return parse_contract(data)
    except ValidationError as exc:
        raise ValidationError(path.name, exc.message_text) from None
