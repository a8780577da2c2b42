"""The plans table of the history: one row per plan, newest first, its state coloured."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.curtailment.plans import PlanSummary
from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.common import Column
from hashinsight_desktop.ui.curtailment.table_base import KeyedRecordModel, kw, plan_color
from hashinsight_desktop.ui.fleet.formatting import local_time
from hashinsight_desktop.ui.locale_format import grouped, number

(
    COL_CREATED,
    COL_SITE,
    COL_NAME,
    COL_STATE,
    COL_TRIGGER,
    COL_TARGET,
    COL_SHED,
    COL_LOST,
    COL_GAP,
    COL_MINERS,
    COL_BY,
    COL_APPROVED_BY,
    COL_EXECUTED,
    COL_RECOVER_AT,
) = range(14)
COLUMN_COUNT = 14

STATE_ORDER = {
    s: i
    for i, s in enumerate(
        (
            "pending",
            "approved",
            "executing",
            "executed",
            "partially_executed",
            "failed",
            "stopped",
            "recovering",
            "completed",
            "cancelled",
        )
    )
}


def when(moment: datetime | None) -> str:
    return "—" if moment is None else local_time(moment)


def _stamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else 0.0


def start_time(moment: datetime, zone: str | None = None) -> str:
    """A start time as people say it: "17:00" today, "23 Nov 17:00" another day — on the site's clock
    (``zone``, with its abbreviation: "17:00 CST"), else this computer's."""
    tz = _zone(zone)
    local = moment.astimezone(tz)
    today = datetime.now(tz).astimezone(tz).date() if tz is not None else datetime.now().astimezone().date()
    on_clock = local.replace(tzinfo=None)  # named() turns an aware time into this computer's: keep the site's clock
    text = local.strftime("%H:%M") if local.date() == today else locale_format.named(on_clock, "day_time")
    return f"{text} {local:%Z}" if tz is not None else text


def _zone(zone: str | None) -> ZoneInfo | None:
    if not zone:
        return None
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def kwh_price_text(usd_per_mwh: float, places: int = 4) -> str:
    """A power price as the user reads and types it everywhere: "$0.142/kWh" (stored per MWh)."""
    text = f"{abs(usd_per_mwh) / 1000:,.{places}f}".rstrip("0")
    text += "0" if text.endswith(".") else ""
    return ("−" if usd_per_mwh < 0 else "") + f"${text}/kWh"


def trigger_text(trigger: str, start_at: datetime | None, price: PriceTrigger | None, zone: str | None = None) -> str:
    """How a plan starts: "manual", "scheduled 17:00" or "when price ≥ $0.18/kWh for 15 min"."""
    if trigger == "scheduled" and start_at is not None:
        return QCoreApplication.translate("Curtailment", "scheduled {when}").format(when=start_time(start_at, zone))
    if trigger == "price" and price is not None:
        return QCoreApplication.translate("Curtailment", "when price ≥ {price} for {minutes} min").format(
            price=kwh_price_text(price.threshold_usd_mwh), minutes=f"{price.min_duration_min:g}"
        )
    return trigger


def release_text(price: PriceTrigger) -> str:
    """When a price-triggered plan comes back."""
    release = price.threshold_usd_mwh - price.hysteresis_usd_mwh
    return QCoreApplication.translate("Curtailment", "when price < {price} for {minutes} min").format(
        price=kwh_price_text(release), minutes=f"{price.min_duration_min:g}"
    )


def _trigger(plan: PlanSummary) -> str:
    return trigger_text(plan.trigger, plan.start_at, plan.price_trigger, plan.site_timezone)


def gap_text(plan: PlanSummary) -> str:
    """How far the plan can be from the best possible one, in words (the solver's gap)."""
    if plan.gap_pct < 0.005:
        return QCoreApplication.translate("Curtailment", "best possible")
    return QCoreApplication.translate("Curtailment", "at most {pct} % above best").format(pct=number(plan.gap_pct, 2))


PLAN_COLUMNS: list[Column[PlanSummary]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Created"), lambda p: when(p.created_at), sort_value=lambda p: _stamp(p.created_at)
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Site"), lambda p: p.site, sort_value=lambda p: p.site.casefold()),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name, sort_value=lambda p: p.name.casefold()),
    Column(
        QT_TRANSLATE_NOOP("Columns", "State"),
        lambda p: render(p.state_label, QCoreApplication.translate),
        sort_value=lambda p: STATE_ORDER.get(p.state, 99),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Starts"),
        _trigger,
        sort_value=lambda p: f"{p.trigger} {_stamp(p.start_at):014.0f} {_trigger(p)}",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Target kW"), lambda p: kw(p.target_kw), lambda p: p.target_kw, True),
    Column(QT_TRANSLATE_NOOP("Columns", "Shed kW"), lambda p: kw(p.shed_kw), lambda p: p.shed_kw, True),
    Column(QT_TRANSLATE_NOOP("Columns", "Lost TH/s"), lambda p: kw(p.lost_ths), lambda p: p.lost_ths, True),
    Column(QT_TRANSLATE_NOOP("Columns", "vs best plan"), gap_text, lambda p: p.gap_pct, True),
    Column(QT_TRANSLATE_NOOP("Columns", "Miners"), lambda p: grouped(p.miners), lambda p: p.miners, True),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda p: p.created_by),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Approved by"),
        lambda p: p.approved_by or "—",
        sort_value=lambda p: p.approved_by or "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Executed"),
        lambda p: when(p.executed_at),
        sort_value=lambda p: _stamp(p.executed_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Recover at"),
        lambda p: when(p.recover_at),
        sort_value=lambda p: _stamp(p.recover_at),
    ),
]


class PlansModel(KeyedRecordModel[PlanSummary]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PLAN_COLUMNS, key=lambda p: p.id, parent=parent)

    def foreground(self, record: PlanSummary, column: int) -> QColor | None:
        return plan_color(record) if column == COL_STATE else None

    def state(self, record: PlanSummary, column: int) -> str | None:
        return record.state if column == COL_STATE else None

    def tooltip(self, record: PlanSummary, column: int) -> str | None:
        if column == COL_NAME:
            return QCoreApplication.translate(
                "Curtailment", "{name} · {strategy} strategy · {trigger} · id {id}"
            ).format(name=record.name, strategy=record.strategy, trigger=_trigger(record), id=record.id)
        if column == COL_TRIGGER and record.price_trigger is not None:
            return QCoreApplication.translate("Curtailment", "Starts {trigger}; recovers {release}").format(
                trigger=_trigger(record), release=release_text(record.price_trigger)
            )
        if column == COL_TRIGGER and record.start_at is not None:
            at = record.start_at.astimezone(_zone(record.site_timezone))  # numeric ISO date and time: read alike
            return QCoreApplication.translate(
                "Curtailment", "Starts by itself at {when} ({zone}) once approved"
            ).format(when=at.strftime("%Y-%m-%d %H:%M %Z"), zone=record.site_timezone)
        if column in (COL_CREATED, COL_EXECUTED, COL_RECOVER_AT):
            moment = {COL_CREATED: record.created_at, COL_EXECUTED: record.executed_at}.get(column, record.recover_at)
            return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if moment is not None else None
        return None
