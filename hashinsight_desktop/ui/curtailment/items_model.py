"""A plan's miners as the executor left them: each command's state, attempts, recovery and detail.
Re-read every second while the plan runs; rows update in place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.curtailment.plans import ItemRow
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.common import Column
from hashinsight_desktop.ui.curtailment.table_base import (
    ITEM_STATE_COLORS,
    ITEM_STATE_LABELS,
    KeyedRecordModel,
    host_text,
    kw,
    level_text,
    natural_text,
    state_color,
)
from hashinsight_desktop.ui.locale_format import grouped, number

(
    COL_BATCH,
    COL_MINER,
    COL_HOST,
    COL_LEVEL,
    COL_SHED_KW,
    COL_LOST_THS,
    COL_STATE,
    COL_ATTEMPTS,
    COL_RECOVERY,
    COL_DETAIL,
) = range(10)
COLUMN_COUNT = 10

WIDTH_SAMPLES = {
    COL_BATCH: "Batch",
    COL_MINER: "rig-0000-00",
    COL_HOST: "255.255.255.255",
    COL_LEVEL: "Level",
    COL_SHED_KW: "Shed kW",
    COL_LOST_THS: "Lost TH/s",
    COL_STATE: "Unconfirmed",
    COL_ATTEMPTS: "Tries",
    COL_RECOVERY: "Unconfirmed",
}
# Order of progress: a sort on the state column reads planned → … → failed.
STATE_ORDER = {s: i for i, s in enumerate(("planned", "sending", "accepted", "confirmed", "unconfirmed", "failed"))}
ANSWERED_STATES = frozenset({"accepted", "confirmed", "unconfirmed", "failed"})  # the command went out


# "3 unconfirmed": a count of miners in one command state, in the run's progress lines.
STATE_COUNTS = {
    "planned": QT_TRANSLATE_NOOP("PlanProgress", "{n} planned"),
    "sending": QT_TRANSLATE_NOOP("PlanProgress", "{n} sending"),
    "accepted": QT_TRANSLATE_NOOP("PlanProgress", "{n} accepted"),
    "confirmed": QT_TRANSLATE_NOOP("PlanProgress", "{n} confirmed"),
    "unconfirmed": QT_TRANSLATE_NOOP("PlanProgress", "{n} unconfirmed"),
    "failed": QT_TRANSLATE_NOOP("PlanProgress", "{n} failed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanProgress", text)


def state_count(state: str, n: int) -> str:
    """``3 unconfirmed``, in the console's language and number format."""
    return _tr(STATE_COUNTS[state]).format(n=grouped(n))  # literals marked QT_TRANSLATE_NOOP above


def level_tooltip(power_w: float, hashrate_ths: float, full_power_w: float, full_hashrate_ths: float) -> str:
    """A miner's level against its full power: ``2,100 W, 58.0 TH/s (full: 3,250 W, 104.0 TH/s)``."""
    return _tr("{power} W, {hashrate} TH/s (full: {full_power} W, {full_hashrate} TH/s)").format(
        power=number(power_w),
        hashrate=number(hashrate_ths, 1),
        full_power=number(full_power_w),
        full_hashrate=number(full_hashrate_ths, 1),
    )


def _state_label(state: str | None) -> str:
    if state is None:
        return "—"
    return _tr(ITEM_STATE_LABELS[state]) if state in ITEM_STATE_LABELS else state.capitalize()  # QT_TRANSLATE_NOOP


def _host_sort(item: ItemRow) -> str:
    host, _, port = item.host.rpartition(":")
    return host_text(host or item.host, int(port) if port.isdigit() else 0)


def item_detail(item: ItemRow) -> str:
    """What happened to the miner's command, in the console's language (older rows: as stored, in English)."""
    return render(item.detail or "", QCoreApplication.translate)


ITEM_COLUMNS: list[Column[ItemRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Batch"), lambda i: i.batch + 1, align_right=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Miner"), lambda i: i.miner_name, sort_value=lambda i: natural_text(i.miner_name)
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Host"), lambda i: i.host.removesuffix(":4028"), sort_value=_host_sort),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Level"),
        lambda i: level_text(i.level, i.power_pct, i.level_power_w),
        sort_value=lambda i: i.level_power_w / i.full_power_w if i.full_power_w else 0.0,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Shed kW"),
        lambda i: kw((i.full_power_w - i.level_power_w) / 1000, 2),
        lambda i: i.full_power_w - i.level_power_w,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Lost TH/s"),
        lambda i: kw(i.full_hashrate_ths - i.level_hashrate_ths, 1),
        lambda i: i.full_hashrate_ths - i.level_hashrate_ths,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "State"),
        lambda i: _state_label(i.state),
        sort_value=lambda i: STATE_ORDER.get(i.state, 99),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Tries"), lambda i: i.attempts, align_right=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Recovery"),
        lambda i: _state_label(i.recovery_state),
        sort_value=lambda i: -1 if i.recovery_state is None else STATE_ORDER.get(i.recovery_state, 99),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Detail"), item_detail),
]


class PlanItemsModel(KeyedRecordModel[ItemRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ITEM_COLUMNS, key=lambda i: i.id, parent=parent)

    def foreground(self, record: ItemRow, column: int) -> QColor | None:
        if column == COL_STATE:
            return state_color(record.state, ITEM_STATE_COLORS)
        if column == COL_RECOVERY:
            return state_color(record.recovery_state, ITEM_STATE_COLORS)
        return None

    def state(self, record: ItemRow, column: int) -> str | None:
        if column == COL_STATE:
            return record.state
        if column == COL_RECOVERY:
            return record.recovery_state
        return None

    def tooltip(self, record: ItemRow, column: int) -> str | None:
        if column == COL_DETAIL and record.detail:
            return item_detail(record)
        if column == COL_LEVEL:
            return level_tooltip(
                record.level_power_w, record.level_hashrate_ths, record.full_power_w, record.full_hashrate_ths
            )
        return None


@dataclass(frozen=True)
class Progress:
    """How far one phase (shedding or recovery) of a plan has got."""

    total: int
    counts: Counter[str]
    batches: int = 1
    next_batch: int | None = None  # the first ramp batch still waiting, when one is

    @property
    def done(self) -> int:
        """Commands that went out and were answered (a ramp can hold the rest back for minutes)."""
        return sum(self.counts[s] for s in ANSWERED_STATES)

    @property
    def started(self) -> bool:
        return any(state != "planned" and n for state, n in self.counts.items())

    def describe(self) -> str:
        parts = [
            state_count(s, self.counts[s]) for s in ("unconfirmed", "failed", "sending", "planned") if self.counts[s]
        ]
        text = _tr("{done} of {total} sent, {confirmed} confirmed").format(
            done=grouped(self.done), total=grouped(self.total), confirmed=grouped(self.counts["confirmed"])
        )
        text += f" ({', '.join(parts)})" if parts else ""
        if self.next_batch is not None and self.started and self.batches > 1:
            text += _tr(" · ramp batch {batch} of {batches} next").format(
                batch=grouped(self.next_batch + 1), batches=grouped(self.batches)
            )
        return text


def shed_progress(items: Sequence[ItemRow]) -> Progress:
    waiting = [i.batch for i in items if i.state == "planned"]
    batches = len({i.batch for i in items})
    return Progress(len(items), Counter(i.state for i in items), batches, min(waiting) if waiting else None)


def left_full_level(item: ItemRow) -> bool:
    """Whether a command may have moved the miner (what recovery brings back): anything sent."""
    return item.state != "planned" and not (item.state == "failed" and item.attempts == 0)


def recovery_progress(items: Sequence[ItemRow]) -> Progress:
    """Recovery of the miners that left their full level (a miner never sent a command needs none);
    those not reached yet count as planned."""
    moved = [i for i in items if left_full_level(i) or i.recovery_state is not None]
    return Progress(len(moved), Counter(i.recovery_state or "planned" for i in moved))
