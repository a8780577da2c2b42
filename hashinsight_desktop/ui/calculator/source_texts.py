"""Where the calculator's figures come from and what its payback says, in the reader's language.

The services word these in English for the command line and the JSON (``GrowthEstimate.brief``, ``format_age``,
``Payback.detail``); the console writes the same sentences from the same fields through Qt's translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.calculator.bitcoin import DAYS_PER_MONTH
from hashinsight_desktop.services.calculator.difficulty_trend import MIN_SPAN_DAYS, GrowthEstimate
from hashinsight_desktop.services.calculator.payback import BEYOND, NEVER, NO_COST, WITHIN, Payback
from hashinsight_desktop.services.market_data import MANUAL_SOURCE, MarketValue
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.age_text import age_text


def _t(text: str) -> str:
    return QCoreApplication.translate("CalculatorSources", text)


def describe_source(value: MarketValue, now: datetime) -> str:
    """``coingecko · 3 min ago``, ``last known (mempool.space) · 2 h ago``, ``manual · typed 2 d ago``."""
    age = age_text(value.age_s(now))
    if value.source == MANUAL_SOURCE:
        return _t("manual · typed {age}").format(age=age)
    if value.stale:
        return _t("last known ({source}) · {age}").format(source=value.source, age=age)
    return _t("{source} · {age}").format(source=value.source, age=age)


def describe_value_source(value: MarketValue, now: datetime) -> str:
    """For a tooltip: ``coingecko, 3 min ago`` or ``last known (mempool.space, 2 h ago)``."""
    text = _t("{source}, {age}").format(source=value.source, age=age_text(value.age_s(now)))
    return _t("last known ({text})").format(text=text) if value.stale else text


def describe_sources(values: Iterable[MarketValue], now: datetime) -> str:
    """``mempool.space (3 h ago), manual (typed 2 d ago)``: each source with its oldest value's age."""
    oldest: dict[str, float] = {}
    for value in values:
        oldest[value.source] = max(oldest.get(value.source, 0.0), value.age_s(now))
    return ", ".join(
        _t("manual (typed {age})").format(age=age_text(age))
        if source == MANUAL_SOURCE
        else _t("{source} ({age})").format(source=source, age=age_text(age))
        for source, age in sorted(oldest.items())
    )


def growth_brief(growth: GrowthEstimate) -> str:
    """``3.1 %/month, measured (94 d)`` or ``3 %/month, stated default``: one line under the field."""
    if growth.days is None:
        return _t("{pct} %/month, stated default").format(pct=f"{growth.pct_month:f}")
    return _t("{pct} %/month, measured ({days} d)").format(
        pct=f"{growth.pct_month:f}", days=locale_format.number(growth.days, 0)
    )


def growth_describe(growth: GrowthEstimate) -> str:
    """``3.1 %/month, measured over 94 days of stored difficulty (coingecko)`` or the stated default."""
    if growth.days is None:
        return _t("{pct} %/month: the stated default (no stored difficulty history of {span} days to measure)").format(
            pct=f"{growth.pct_month:f}", span=MIN_SPAN_DAYS
        )
    text = _t("{pct} %/month, {origin}").format(pct=f"{growth.pct_month:f}", origin=growth_origin(growth))
    return f"{text} ({', '.join(growth.sources)})" if growth.sources else text


def growth_origin(growth: GrowthEstimate) -> str:
    """``measured over 94 days of stored difficulty``, or ``default``: where an empty field's growth came from."""
    if growth.days is None:
        return _t("default")
    return _t("measured over {days} days of stored difficulty").format(days=locale_format.number(growth.days, 0))


def payback_value(found: Payback) -> str:
    """``412 days``, ``n/a``, ``> 24 months``, ``never``."""
    if found.kind == WITHIN:
        return _t("{days} days").format(days=locale_format.number(found.days or 0, 0))
    if found.kind == BEYOND:
        return _t("> {months} months").format(months=found.horizon_months)
    if found.kind == NO_COST:
        return _t("n/a")
    return _t("never")


def payback_detail(found: Payback) -> str:
    """Why the payback is what it is (empty within the horizon: the card says the day)."""
    if found.kind == BEYOND and found.days is not None:
        days = locale_format.number(found.days, 0)
        if found.days <= round(found.horizon_months * DAYS_PER_MONTH):  # only the growth keeps it out
            return _t("≈ {days} days at today's figures; difficulty growth delays it").format(days=days)
        return _t("≈ {days} days at today's figures").format(days=days)
    if found.kind == NO_COST:
        return _t("no hardware cost entered")
    if found.kind == NEVER:
        return _t("no profit at today's figures")
    return ""
