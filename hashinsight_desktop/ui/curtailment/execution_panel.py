"""One plan as it runs: its state, how many miners are done (shedding, then recovery), the
reconciliation result once finished, and every miner's command state, attempts and detail.

The panel only shows a PlanDetail; the tab re-reads it from the database every second while the
plan executes or recovers — whichever console or background runner drives it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from hashinsight_desktop.services.curtailment.plans import PlanDetail
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.common import FilterProxy, record_table
from hashinsight_desktop.ui.curtailment.items_model import (
    COL_BATCH,
    WIDTH_SAMPLES,
    PlanItemsModel,
    Progress,
    recovery_progress,
    shed_progress,
)
from hashinsight_desktop.ui.curtailment.plans_model import release_text, trigger_text, when
from hashinsight_desktop.ui.curtailment.table_base import PLAN_STATE_COLORS, size_columns, state_color
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, tone_color

RUNNING_STATES = frozenset({"executing", "recovering"})
_SKIP = {"unconfirmed", "finished_at", "started_at", "items", "miners"}


def _humanise(key: str) -> str:
    return key.replace("_", " ").replace(" kw", " kW").replace(" ths", " TH/s").replace(" pct", " %")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) >= 10 else f"{value:,.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _leg_text(leg: dict[str, Any], done_word: str) -> str:
    """One leg of the executor's report (execution or recovery) as a sentence."""
    counts = leg.get("counts")
    if not isinstance(counts, dict):  # not the executor's shape: its figures as written
        return " · ".join(
            f"{_humanise(str(k))}: {_value(v)}"
            for k, v in leg.items()
            if k not in _SKIP and not isinstance(v, dict | list) and v is not None
        )
    total = sum(int(v) for v in counts.values() if isinstance(v, int | float))
    confirmed = int(counts.get("confirmed", 0))
    others = [
        f"{int(counts[s]):,} {s}" for s in ("unconfirmed", "failed", "accepted", "sending", "planned") if counts.get(s)
    ]
    text = f"{confirmed:,} of {total:,} miners {done_word}" + (f" ({', '.join(others)})" if others else "")
    if isinstance(leg.get("commands"), int):
        resends = leg.get("resends") or 0
        text += f" · {leg['commands']:,} commands" + (f" ({resends:,} re-sent)" if resends else "")
    if isinstance(leg.get("send_s"), int | float) and isinstance(leg.get("confirm_s"), int | float):
        text += f" · sent in {leg['send_s']:,.1f} s, reconciled in {leg['confirm_s']:,.1f} s"
    if leg.get("resumed"):
        text += " · resumed after an interruption"
    return text


def describe_result(result: dict[str, Any] | None) -> str:
    """The executor's reconciliation report (``plan.result``) as one line per leg."""
    if not result:
        return ""
    lines = []
    execution = {k: v for k, v in result.items() if k != "recovery"}
    if execution:
        lines.append("Execution: " + _leg_text(execution, "confirmed at their level"))
    recovery = result.get("recovery")
    if isinstance(recovery, dict) and "counts" in recovery:
        lines.append("Recovery: " + _leg_text(recovery, "confirmed back at full power"))
    return "\n".join(line for line in lines if line.split(": ", 1)[1])


class PhaseProgress(QWidget):
    """A title, a bar and a count line for one phase (shedding or recovery)."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("Recovery") + 12)
        self.bar = QProgressBar()
        self.bar.setObjectName(object_name)
        self.bar.setFormat("%v / %m")
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.text, 3)

    def show_progress(self, progress: Progress) -> None:
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.text.setText(progress.describe())


class ExecutionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PlanDetail | None = None
        self.title = QLabel("No plan opened")
        self.title.setObjectName("executionTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.facts = QLabel("Double-click a plan in History, or save a preview, to follow it here.")
        self.facts.setObjectName("executionFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.live = QLabel()
        self.live.setObjectName("liveLabel")
        self.actions_row = QHBoxLayout()  # the tab puts the plan actions here
        self.shed = PhaseProgress("Shedding", "shedProgress")
        self.recovery = PhaseProgress("Recovery", "recoveryProgress")
        self.result = QLabel()
        self.result.setObjectName("resultLabel")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = PlanItemsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.setObjectName("itemsTable")
        size_columns(self.table, WIDTH_SAMPLES)
        self.table.sortByColumn(COL_BATCH, Qt.SortOrder.AscendingOrder)
        self.filter_box = QLineEdit(placeholderText="Filter miners (name, host, state, detail)")
        self.filter_box.setClearButtonEnabled(True)
        self.count_label = QLabel()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.live)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 2)
        filters.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.shed)
        layout.addWidget(self.recovery)
        layout.addWidget(self.result)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_box.textChanged.connect(self._update_count)
        self.show_detail(None)

    def show_detail(self, detail: PlanDetail | None) -> None:
        same_plan = detail is not None and self.detail is not None and detail.summary.id == self.detail.summary.id
        self.detail = detail
        for widget in (self.shed, self.recovery, self.result, self.filter_box, self.count_label, self.table):
            widget.setVisible(detail is not None)
        if detail is None:
            self.title.setText("<b>No plan opened</b>")
            self.facts.setText("Double-click a plan in History, or save a preview, to follow it here.")
            self.model.set_records([])
            self.live.setText("")
            return
        s, plan = detail.summary, detail.plan
        color = state_color(s.state, PLAN_STATE_COLORS)
        state = f'<span style="color: {color.name() if color else ""};">{html.escape(s.state_label)}</span>'
        self.title.setText(
            f'<span style="font-size: 11pt;"><b>{html.escape(s.name)}</b> at {html.escape(s.site)} — {state}</span>'
        )
        facts = [
            f"target {s.target_kw:,.1f} kW, planned shed {s.shed_kw:,.1f} kW, lost {s.lost_ths:,.1f} TH/s",
            f"{s.miners:,} miners",
            f"{s.strategy} strategy",
            f"created {when(s.created_at)} by {s.created_by}",
        ]
        if s.approved_by:
            facts.append(f"approved by {s.approved_by}")
        price = s.price_trigger if s.trigger == "price" else None
        if s.executed_at is None and s.trigger != "manual":
            starts = trigger_text(s.trigger, s.start_at, price)
            facts.append(f"starts {starts}" if price is not None else starts)
        if s.executed_at is not None:
            facts.append(f"executed {when(s.executed_at)}")
        if s.recover_at is not None:
            recovers = f"recovers at {when(s.recover_at)}"
        elif plan.get("recover_after_h"):
            recovers = f"recovers {plan['recover_after_h']:g} h after execution"
        else:
            recovers = "" if price is not None else "manual recovery"
        if price is not None:  # the price brings it back too (whichever comes first)
            recovers += (" or " if recovers else "recovers ") + release_text(price)
        facts.append(recovers)
        if s.completed_at is not None:
            facts.append(f"finished {when(s.completed_at)}")
        self.facts.setText(" · ".join(facts))
        if same_plan:
            self.model.update_records(detail.items)
        else:
            self.model.set_records(detail.items)
        shed = shed_progress(detail.items)
        self.shed.show_progress(shed)
        recovery = recovery_progress(detail.items)
        recovering = s.state in ("recovering", "completed") or any(i.recovery_state for i in detail.items)
        self.recovery.setVisible(recovering)
        self.recovery.show_progress(recovery)
        self._show_result(detail)
        running = s.state in RUNNING_STATES
        self.live.setText("● live" if running else "")
        self.live.setStyleSheet(f"color: {tone_color(self.window(), OK_COLOR)}; font-weight: 600;" if running else "")
        self._update_count()

    def _show_result(self, detail: PlanDetail) -> None:
        text = describe_result(detail.plan.get("result"))
        state = detail.summary.state
        if not text:
            if state in RUNNING_STATES:
                text = "Running: the result appears here once every command has been reconciled."
            elif state in ("pending", "approved"):
                text = "Not executed yet: nothing has been sent to the miners."
            elif state == "cancelled":
                text = "Cancelled: nothing was sent to the miners."
        tone = {"executed": OK_COLOR, "completed": OK_COLOR, "partially_executed": NOTE_COLOR, "failed": BAD_COLOR}
        color = tone_color(self.window(), tone[state]) if state in tone else muted_color()
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {color};")
        self.result.setVisible(bool(text))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{total:,} miners" if shown == total else f"showing {shown:,} of {total:,} miners")
