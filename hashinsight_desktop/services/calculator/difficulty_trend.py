"""The difficulty growth a projection assumes when the user gives none: measured over the stored
difficulty history when it is long enough, else a stated default (0 %/month was optimistic: the
network's difficulty has grown for most of its history). Also the low/base/high band the chart draws."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import MarketSnapshot
from hashinsight_desktop.services.calculator.bitcoin import DAYS_PER_MONTH
from hashinsight_desktop.services.calculator.inputs import DEFAULTS, LIMITS, CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import calculate
from hashinsight_desktop.services.market_data import MANUAL_SOURCE, Quantity

MIN_SPAN_DAYS = 14  # one retarget period: less history measures nothing
WINDOW_DAYS = 365  # the trend of the last year, not of the network's whole life
FIT_POINTS = 500  # evenly picked snapshots the trend is fitted to
BAND_PP = Decimal(2)  # the chart's low and high cases: base growth ∓ 2 percentage points a month


@dataclass(frozen=True)
class GrowthEstimate:
    pct_month: Decimal
    days: int | None  # how many days of stored difficulty it was measured over; None: the stated default
    sources: tuple[str, ...] = ()

    @property
    def measured(self) -> bool:
        return self.days is not None

    def describe(self) -> str:
        """``3.1 %/month, measured over 94 days of stored difficulty`` or the stated default."""
        value = f"{self.pct_month:f} %/month"
        if self.days is None:
            return f"{value}: the stated default (no stored difficulty history of {MIN_SPAN_DAYS} days to measure)"
        origin = f" ({', '.join(self.sources)})" if self.sources else ""
        return f"{value}, measured over {self.days:,} days of stored difficulty{origin}"

    def brief(self) -> str:
        """``3.1 %/month, measured (94 d)`` or ``3 %/month, stated default``: one line under the field."""
        value = f"{self.pct_month:f} %/month"
        return f"{value}, stated default" if self.days is None else f"{value}, measured ({self.days:,} d)"


DEFAULT_GROWTH = GrowthEstimate(DEFAULTS["growth_pct_month"], None)


def measured_growth(session: Session, now: datetime) -> GrowthEstimate:
    """Monthly growth of the fitted exponential trend of the stored difficulty over the last year;
    values typed by hand are what-ifs, not measurements, and are left out."""
    window = (
        MarketSnapshot.quantity == Quantity.DIFFICULTY.value,
        MarketSnapshot.source != MANUAL_SOURCE,
        MarketSnapshot.fetched_at >= now - timedelta(days=WINDOW_DAYS),
        MarketSnapshot.fetched_at <= now,
    )
    first, last, count = session.execute(
        select(func.min(MarketSnapshot.fetched_at), func.max(MarketSnapshot.fetched_at), func.count()).where(*window)
    ).one()
    if first is None or last is None or (last - first).total_seconds() / 86400 < MIN_SPAN_DAYS:
        return DEFAULT_GROWTH
    span = (last - first).total_seconds() / 86400
    # A year of fetches is some 35,000 snapshots: the fit takes every n-th (at most FIT_POINTS), picked
    # in the database, and the last one.
    stride = max(1, count // FIT_POINTS)
    numbered = (
        select(
            MarketSnapshot.fetched_at,
            MarketSnapshot.value,
            func.row_number().over(order_by=(MarketSnapshot.fetched_at, MarketSnapshot.id)).label("n"),
        )
        .where(*window)
        .subquery()
    )
    rows = session.execute(
        select(numbered.c.fetched_at, numbered.c.value)
        .where(((numbered.c.n - 1) % stride == 0) | (numbered.c.n == count))
        .order_by(numbered.c.n)
    ).all()
    sources = session.scalars(select(MarketSnapshot.source).where(*window).distinct()).all()
    points = [(r.fetched_at, float(r.value)) for r in rows]
    days = np.array([(when - first).total_seconds() / 86400 for when, _ in points])
    logs = np.log(np.array([value for _, value in points]))
    slope_per_day = float(np.polyfit(days, logs, 1)[0])
    pct = (math.exp(slope_per_day * DAYS_PER_MONTH) - 1.0) * 100.0
    low, high, _ = LIMITS["growth_pct_month"]
    clamped = min(max(Decimal(f"{pct:.1f}"), low), high)
    return GrowthEstimate(clamped, round(span), tuple(sorted(sources)))


@dataclass(frozen=True)
class GrowthBand:
    low_pct: Decimal
    high_pct: Decimal
    low_curve: tuple[float, ...]  # cumulative profit per day at the low growth (the better case)
    high_curve: tuple[float, ...]


def growth_band(inputs: CalculatorInputs) -> GrowthBand:
    """Cumulative profit at the base growth ∓ BAND_PP (within the field's limits)."""
    low_limit, high_limit, _ = LIMITS["growth_pct_month"]
    low = max(inputs.growth_pct_month - BAND_PP, low_limit)
    high = min(inputs.growth_pct_month + BAND_PP, high_limit)
    low_curve = calculate(replace(inputs, growth_pct_month=low)).cumulative_profit_usd
    high_curve = calculate(replace(inputs, growth_pct_month=high)).cumulative_profit_usd
    return GrowthBand(low, high, low_curve, high_curve)
