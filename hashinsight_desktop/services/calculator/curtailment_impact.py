"""What switching miners off costs and saves: by hours per month, or against a power price series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from hashinsight_desktop.services.calculator.bitcoin import DAYS_PER_MONTH
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs, parse_number
from hashinsight_desktop.services.calculator.profitability import daily_figures, fixed, money
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

HOURS_PER_MONTH = DAYS_PER_MONTH * 24


@dataclass(frozen=True)
class CurtailmentImpact:
    hours_curtailed: Decimal
    revenue_lost_usd: Decimal
    power_cost_saved_usd: Decimal
    net_usd: Decimal  # saved − lost: positive means switching off paid
    switch_off_above_usd_per_kwh: Decimal  # the power price above which an hour off pays
    energy_not_used_mwh: Decimal


def _hourly(inputs: CalculatorInputs) -> tuple[float, float]:
    """Revenue per running hour, and kWh per running hour, of the whole quantity."""
    day = daily_figures(inputs)
    running_hours = 24.0 * float(inputs.uptime_pct) / 100.0
    return day.revenue_usd / running_hours, day.kwh / running_hours


def impact_of_hours(inputs: CalculatorInputs, hours_per_month: object) -> CurtailmentImpact:
    """Hours switched off per month at the inputs' flat electricity price."""
    hours = parse_hours(hours_per_month)
    revenue_hour, kwh_hour = _hourly(inputs)
    price = float(inputs.electricity_usd_per_kwh)
    lost, saved = revenue_hour * float(hours), kwh_hour * price * float(hours)
    return CurtailmentImpact(
        hours,
        money(lost),
        money(saved),
        money(saved - lost),
        fixed(revenue_hour / kwh_hour, 5),
        fixed(kwh_hour * float(hours) / 1000.0, 3),
    )


def impact_of_price_series(inputs: CalculatorInputs, hourly_prices_usd_per_kwh: Sequence[object]) -> CurtailmentImpact:
    """Switch off in every hour whose price is above the break-even; each row of the series is one hour."""
    if not hourly_prices_usd_per_kwh:
        raise ValidationError("price series", QT_TRANSLATE_NOOP("Errors", "is empty: give one price per hour"))
    prices = [float(parse_number("electricity_usd_per_kwh", p)) for p in hourly_prices_usd_per_kwh]
    revenue_hour, kwh_hour = _hourly(inputs)
    threshold = revenue_hour / kwh_hour
    off = [p for p in prices if p > threshold]
    lost = revenue_hour * len(off)
    saved = sum(p * kwh_hour for p in off)
    return CurtailmentImpact(
        Decimal(len(off)),
        money(lost),
        money(saved),
        money(saved - lost),
        fixed(threshold, 5),
        fixed(kwh_hour * len(off) / 1000.0, 3),
    )


def parse_hours(value: object) -> Decimal:
    try:
        hours = Decimal(str(value).strip())
    except ArithmeticError:
        raise ValidationError(
            "hours_per_month", Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number"), value=value)
        ) from None
    if not hours.is_finite() or hours < 0 or hours > Decimal(str(round(HOURS_PER_MONTH, 2))):
        raise ValidationError(
            "hours_per_month",
            Text(
                QT_TRANSLATE_NOOP("Errors", "must be between 0 and {HOURS_PER_MONTH:.0f}"),
                HOURS_PER_MONTH=HOURS_PER_MONTH,
            ),
        )
    return hours
