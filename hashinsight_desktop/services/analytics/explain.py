"""Why daily profit changed: the change between two sets of calculator inputs split into each input's part by
Shapley attribution over the calculator's own profit formula (profitability.daily_figures, not a copy of it).

Each part is the input's average marginal effect over every order in which the inputs could have moved from
"before" to "after" (all 2^n coalitions, exactly; n ≤ 9, so at most 512 evaluations). An input that did not
change is a null player: its part is exactly 0 and leaving it out of the game changes no other part, so the game
is played over the changed inputs only.

Exactness: every profit the formula gives is a float, i.e. an exact binary fraction; the parts are computed from
them in rational arithmetic (fractions.Fraction), so they sum to profit(after) − profit(before) exactly, not to
within rounding. For people the figures are shown in cents: the profits rounded half up, the change their
difference, and the parts apportioned to cents by largest remainder, so the shown parts still add up to the shown
change to the cent.

Sentences are English templates with named placeholders, kept as data so the tab can pass each template through
Qt translation (context ``TRANSLATION_CONTEXT``) and format it with the same arguments; the CLI prints them as
they are.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from hashinsight_desktop.services.calculator.bitcoin import block_subsidy_btc
from hashinsight_desktop.services.calculator.inputs import DEFAULTS, CalculatorInputs, parse_number
from hashinsight_desktop.services.calculator.profitability import daily_figures
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

TRANSLATION_CONTEXT = "Explain"
CENT = Decimal("0.01")
# The explain keys and the calculator field each one is.
FIELDS: dict[str, str] = {
    "btc_price": "btc_price_usd",
    "difficulty": "difficulty",
    "block_height": "block_height",
    "fees_per_block": "fees_per_block_btc",
    "hashrate_ths": "hashrate_ths",
    "uptime_pct": "uptime_pct",
    "power_w": "power_w",
    "electricity": "electricity_usd_per_kwh",
    "pool_fee_pct": "pool_fee_pct",
}
KEYS = tuple(FIELDS)
OPTIONAL = {"uptime_pct": DEFAULTS["uptime_pct"], "pool_fee_pct": DEFAULTS["pool_fee_pct"]}
# (key, "rose" | "fell" | "went"): the sentence. {pct} is the relative change, {before}/{after} the values.
TEMPLATES: dict[tuple[str, str], str] = {
    ("btc_price", "rose"): "BTC price rose {pct} %: {amount}/day",
    ("btc_price", "fell"): "BTC price fell {pct} %: {amount}/day",
    ("difficulty", "rose"): "Difficulty rose {pct} %: {amount}/day",
    ("difficulty", "fell"): "Difficulty fell {pct} %: {amount}/day",
    ("block_height", "went"): "Block subsidy went from {before} to {after} BTC: {amount}/day",
    ("fees_per_block", "rose"): "Fees per block rose {pct} %: {amount}/day",
    ("fees_per_block", "fell"): "Fees per block fell {pct} %: {amount}/day",
    ("fees_per_block", "went"): "Fees per block went from {before} to {after} BTC: {amount}/day",
    ("hashrate_ths", "rose"): "Hashrate rose {pct} %: {amount}/day",
    ("hashrate_ths", "fell"): "Hashrate fell {pct} %: {amount}/day",
    ("uptime_pct", "went"): "Uptime went from {before} % to {after} %: {amount}/day",
    ("power_w", "rose"): "Power draw rose {pct} %: {amount}/day",
    ("power_w", "fell"): "Power draw fell {pct} %: {amount}/day",
    ("electricity", "rose"): "Electricity price rose {pct} %: {amount}/day",
    ("electricity", "fell"): "Electricity price fell {pct} %: {amount}/day",
    ("electricity", "went"): "Electricity price went from {before} to {after} $/kWh: {amount}/day",
    ("pool_fee_pct", "went"): "Pool fee went from {before} % to {after} %: {amount}/day",
}


@dataclass(frozen=True)
class Sentence:
    key: str
    template: str  # English source text, for translation
    arguments: dict[str, str]

    @property
    def text(self) -> str:
        return self.template.format(**self.arguments)


@dataclass(frozen=True)
class Explanation:
    before: dict[str, Decimal | int]
    after: dict[str, Decimal | int]
    profit_before: Decimal  # USD/day, in cents
    profit_after: Decimal
    change: Decimal  # profit_after − profit_before
    parts: dict[str, Decimal]  # every key; sums to change exactly
    exact_parts: dict[str, Fraction]  # sums to exact_change exactly
    exact_change: Fraction
    sentences: tuple[Sentence, ...]  # the inputs that moved profit, largest effect first

    def as_json(self) -> dict[str, Any]:
        return {
            "profit_before": float(self.profit_before),
            "profit_after": float(self.profit_after),
            "change": float(self.change),
            "parts": {key: float(value) for key, value in self.parts.items()},
            "sentences": [sentence.text for sentence in self.sentences],
            "before": {key: _plain(value) for key, value in self.before.items()},
            "after": {key: _plain(value) for key, value in self.after.items()},
        }


def _plain(value: Decimal | int) -> float | int:
    return value if isinstance(value, int) else float(value)


def parse_inputs(raw: Mapping[str, object], base: Mapping[str, Decimal | int] | None = None) -> dict[str, Any]:
    """Checked inputs by explain key. Without ``base`` every key is needed but uptime_pct and pool_fee_pct
    (calculator defaults); with it, keys not given keep the base's value ("after" lists what changed)."""
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        not_input = QT_TRANSLATE_NOOP("Errors", "not an input; the inputs are {inputs}")
        raise ValidationError(unknown[0], Text(not_input, inputs=", ".join(KEYS)))
    values: dict[str, Any] = {}
    for key, field in FIELDS.items():
        if key in raw:
            try:
                number = parse_number(field, raw[key])
            except ValidationError as exc:
                raise ValidationError(key, exc.message_text) from None
            values[key] = int(number) if key == "block_height" else number
        elif base is not None:
            values[key] = base[key]
        elif key in OPTIONAL:
            values[key] = OPTIONAL[key]
        else:
            raise ValidationError(key, QT_TRANSLATE_NOOP("Errors", "a value is required"))
    return values


def daily_profit(values: Mapping[str, Any]) -> float:
    """USD/day by the calculator's formula (one unit: give a fleet's total hashrate and power)."""
    inputs = CalculatorInputs(**{FIELDS[key]: value for key, value in values.items()})
    day = daily_figures(inputs)
    return day.revenue_usd - day.power_cost_usd


def explain(before: Mapping[str, Any], after: Mapping[str, Any]) -> Explanation:
    moved = [key for key in KEYS if before[key] != after[key]]
    n = len(moved)
    worth: list[Fraction] = []  # by coalition bitmask over ``moved``: those inputs at their "after" values
    for mask in range(1 << n):
        values = dict(before) | {key: after[key] for i, key in enumerate(moved) if mask >> i & 1}
        worth.append(Fraction(daily_profit(values)))
    weight = [Fraction(math.factorial(s) * math.factorial(n - s - 1), math.factorial(n)) for s in range(n)]
    exact = {key: Fraction(0) for key in KEYS}
    for i, key in enumerate(moved):
        bit = 1 << i
        exact[key] = sum(
            (weight[mask.bit_count()] * (worth[mask | bit] - worth[mask]) for mask in range(1 << n) if not mask & bit),
            Fraction(0),
        )
    exact_change = worth[-1] - worth[0]
    profit_before, profit_after = _cents(worth[0]), _cents(worth[-1])
    change = profit_after - profit_before
    parts = _apportion(exact, change)
    return Explanation(
        before=dict(before),
        after=dict(after),
        profit_before=profit_before,
        profit_after=profit_after,
        change=change,
        parts=parts,
        exact_parts=exact,
        exact_change=exact_change,
        sentences=tuple(
            _sentence(key, before[key], after[key], parts[key])
            for key in sorted(moved, key=lambda k: (-abs(exact[k]), KEYS.index(k)))
            if exact[key] != 0
        ),
    )


def _cents(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(CENT, rounding=ROUND_HALF_UP)


def _apportion(exact: Mapping[str, Fraction], total: Decimal) -> dict[str, Decimal]:
    """Cents for each part adding up to ``total``: floors, then the cents left (or taken) by largest remainder."""
    cents = {key: math.floor(value * 100) for key, value in exact.items()}
    remainder = {key: value * 100 - cents[key] for key, value in exact.items()}
    left = int(total / CENT) - sum(cents.values())
    order = sorted((key for key in exact if exact[key] != 0), key=lambda k: remainder[k], reverse=left > 0)
    for key in (order * (abs(left) // max(len(order), 1) + 1))[: abs(left)]:
        cents[key] += 1 if left > 0 else -1
    return {key: Decimal(count) * CENT for key, count in cents.items()}


def _sentence(key: str, before: Decimal | int, after: Decimal | int, amount: Decimal) -> Sentence:
    shown_amount = f"{'+' if amount >= 0 else '−'}${abs(amount):,.2f}"
    if key == "block_height":
        old, new = block_subsidy_btc(int(before)), block_subsidy_btc(int(after))
        arguments = {"before": f"{old:f}", "after": f"{new:f}", "amount": shown_amount}
        return Sentence(key, TEMPLATES[key, "went"], arguments)
    direction = "rose" if after > before else "fell"
    if before == 0 or (key, direction) not in TEMPLATES:
        arguments = {"before": f"{before:f}", "after": f"{after:f}", "amount": shown_amount}
        return Sentence(key, TEMPLATES[key, "went"], arguments)
    pct = abs((Decimal(after) - Decimal(before)) / Decimal(before) * 100)
    shown_pct = f"{pct.quantize(Decimal(1) if pct >= 10 else Decimal('0.1'), rounding=ROUND_HALF_UP)}"
    return Sentence(key, TEMPLATES[key, direction], {"pct": shown_pct, "amount": shown_amount})
