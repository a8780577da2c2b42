"""One plan as it runs: its state, how many miners are done (shedding, then recovery), the
reconciliation result once finished, and every miner's command state, attempts and detail.

The panel only shows a PlanDetail; the tab re-reads it from the database every second while the
plan executes or recovers — whichever console or background runner drives it."""

from __future__ import annotations

import dataclasses
import html
from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.curtailment.plans import ItemRow, PlanDetail
from hashinsight_desktop.services.curtailment.run_figures import RunFigures
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.common import FilterProxy, record_table
from hashinsight_desktop.ui.curtailment.items_model import (
    COL_BATCH,
    WIDTH_SAMPLES,
    PlanItemsModel,
    Progress,
    left_full_level,
    recovery_progress,
    shed_progress,
    state_count,
)
from hashinsight_desktop.ui.curtailment.plans_model import release_text, trigger_text, when
from hashinsight_desktop.ui.curtailment.table_base import plan_color, size_columns
from hashinsight_desktop.ui.locale_format import grouped, number, significant
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, NOTE_COLOR, OK_COLOR, set_tone

RUNNING_STATES = frozenset({"executing", "recovering"})
_SKIP = {
    "unconfirmed",
    "finished_at",
    "started_at",
    "items",
    "miners",
    "outcome",
    "batches",
    "batches_detail",
    "stopped_by",
    "power_before_kw",
    "site_target_kw",
    "tolerance_kw",
}
SHORT_MINERS_SHOWN = 8  # in the line; every one in its tooltip and in the table's detail


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExecutionPanel", text)


def batch_counts(items: Sequence[ItemRow], result: dict[str, Any] | None) -> list[tuple[int, int, Counter[str]]]:
    """(1-based batch, items, item states) per ramp batch: from the items as the executor logs them
    (any console sees them), or the executor's per-batch figures when the items have none."""
    per: dict[int, Counter[str]] = {}
    for item in items:
        per.setdefault(item.batch + 1, Counter())[item.state] += 1
    detail = result.get("batches_detail", result.get("batches")) if isinstance(result, dict) else None
    if not per and isinstance(detail, list):
        for row in detail:
            if isinstance(row, dict) and isinstance(row.get("batch"), int):
                counts = Counter(
                    {k: int(v) for k, v in row.items() if k not in ("batch", "items") and isinstance(v, int)}
                )
                per[row["batch"]] = counts
    return [(batch, sum(c.values()), c) for batch, c in sorted(per.items())]


def batches_text(rows: list[tuple[int, int, Counter[str]]], running: bool = True) -> str:
    """Per ramp batch: how many of its miners are confirmed, as they are confirmed (a batch not sent
    is waiting while the run goes on, and never sent once it ended)."""
    parts = []
    for batch, total, counts in rows:
        confirmed = counts["confirmed"]
        if counts["planned"] == total:
            parts.append((_tr("{b}: waiting") if running else _tr("{b}: not sent")).format(b=batch))
            continue
        text = _tr("{b}: {c} of {n} confirmed").format(b=batch, c=grouped(confirmed), n=grouped(total))
        pending = counts["sending"] + counts["accepted"] if running else 0  # awaiting only while it runs
        short = counts["unconfirmed"] + counts["failed"] + (0 if running else counts["sending"] + counts["accepted"])
        extras = []
        if pending:
            extras.append(_tr("{n} awaiting").format(n=grouped(pending)))
        if short:
            extras.append(_tr("{n} not confirmed").format(n=grouped(short)))
        parts.append(text + (f" ({', '.join(extras)})" if extras else "") + (" ✓" if confirmed == total else ""))
    return _tr("Batches — ") + " · ".join(parts) if parts else ""


def outcome_text(figures: RunFigures) -> tuple[str, bool | None]:
    """The run's end against the plan's fixed target: (sentence, reached)."""
    measured = figures.measured_kw
    facts = _tr("power before {p0} · target ≤ {target} · measured {now}").format(
        p0=f"{number(figures.power_before_kw, 1)} kW",
        target=f"{number(figures.site_target_kw, 1)} kW",
        now=f"{number(measured, 1)} kW" if measured is not None else _tr("not measured"),
    )
    if figures.reached is True:
        return _tr("Target reached: ") + facts, True
    if figures.reached is False:
        short = _tr("Short by {short}: ").format(short=f"{number(figures.short_kw, 1)} kW")
        tolerance = (
            _tr(" (tolerance {tol})").format(tol=f"{number(figures.tolerance_kw, 1)} kW")
            if figures.tolerance_kw is not None
            else ""
        )
        return short + facts + tolerance, False
    return "", None


def short_miners_text(figures: RunFigures) -> tuple[str, str]:
    """The miners that fell short: a line with the first few, and a tooltip with every one."""

    def one(m: Any) -> str:
        measured = f"{number(m.measured_w)} W" if m.measured_w is not None else _tr("no reading")
        return _tr("{miner} ({host}): {measured} on a {level} level").format(
            miner=m.miner, host=m.host.removesuffix(":4028"), measured=measured, level=f"{number(m.level_w)} W"
        )

    miners = figures.short_miners
    if not miners:
        return "", ""
    shown = "; ".join(one(m) for m in miners[:SHORT_MINERS_SHOWN])
    total = max(figures.short_total, len(miners))
    more = total - min(len(miners), SHORT_MINERS_SHOWN)
    line = _tr("Fell short ({n}): ").format(n=grouped(total)) + shown
    if more > 0:
        line += _tr(" … and {n} more").format(n=grouped(more))
    return line, "\n".join(one(m) for m in miners)


def _humanise(key: str) -> str:
    return key.replace("_", " ").replace(" kw", " kW").replace(" ths", " TH/s").replace(" pct", " %")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, float):
        return number(value, 1) if abs(value) >= 10 else significant(value, 3)
    if isinstance(value, int):
        return grouped(value)
    return str(value)


def _leg_text(leg: dict[str, Any], recovery: bool) -> str:
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
        state_count(s, int(counts[s]))
        for s in ("unconfirmed", "failed", "accepted", "sending", "planned")
        if counts.get(s)
    ]
    done = (
        _tr("{confirmed} of {total} miners confirmed back at full power")
        if recovery
        else _tr("{confirmed} of {total} miners confirmed at their level")
    )
    text = done.format(confirmed=grouped(confirmed), total=grouped(total))
    text += f" ({', '.join(others)})" if others else ""
    if isinstance(leg.get("commands"), int):
        resends = leg.get("resends") or 0
        text += _tr(" · {n} commands").format(n=grouped(leg["commands"]))
        text += _tr(" ({n} re-sent)").format(n=grouped(resends)) if resends else ""
    if isinstance(leg.get("send_s"), int | float) and isinstance(leg.get("confirm_s"), int | float):
        text += _tr(" · sent in {send} s, reconciled in {confirm} s").format(
            send=number(leg["send_s"], 1), confirm=number(leg["confirm_s"], 1)
        )
    if leg.get("resumed"):
        text += _tr(" · resumed after an interruption")
    return text


def describe_result(result: dict[str, Any] | None) -> str:
    """The executor's reconciliation report (``plan.result``) as one line per leg."""
    if not result:
        return ""
    lines = []
    execution = {k: v for k, v in result.items() if k != "recovery"}
    if execution and (leg := _leg_text(execution, recovery=False)):
        lines.append(_tr("Execution: {report}").format(report=leg))
    recovery = result.get("recovery")
    if isinstance(recovery, dict) and "counts" in recovery and (leg := _leg_text(recovery, recovery=True)):
        lines.append(_tr("Recovery: {report}").format(report=leg))
    return "\n".join(lines)


class PhaseProgress(QWidget):
    """A title, a bar and a count line for one phase (shedding or recovery)."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setMinimumWidth(self.fontMetrics().horizontalAdvance("Recovery") + 12)
        self.bar = QProgressBar()
        self.bar.setObjectName(object_name)
        self.bar.setTextVisible(False)  # the line beside it says the numbers (the bar's text hid under its chunk)
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
    shed_rest_requested = Signal(object, float)  # the plan's summary, the kW it fell short by

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PlanDetail | None = None
        self.title = QLabel(self.tr("No plan opened"))
        self.title.setObjectName("executionTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.facts = QLabel(self.tr("Double-click a plan in History, or save a preview, to follow it here."))
        self.facts.setObjectName("executionFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.live = QLabel()
        self.live.setObjectName("liveLabel")
        self.actions_row = QHBoxLayout()  # the tab puts the plan actions here
        self.shed = PhaseProgress(self.tr("Shedding"), "shedProgress")
        self.batches = QLabel()
        self.batches.setObjectName("batchesLabel")
        self.batches.setWordWrap(True)
        self.batches.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery = PhaseProgress(self.tr("Recovery"), "recoveryProgress")
        self.outcome = QLabel()
        self.outcome.setObjectName("outcomeLabel")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.short_miners = QLabel()
        self.short_miners.setObjectName("shortMinersLabel")
        self.short_miners.setWordWrap(True)
        self.short_miners.setTextFormat(Qt.TextFormat.PlainText)
        self.shed_rest_button = QPushButton(self.tr("Shed the rest…"))
        self.shed_rest_button.setObjectName("shedRestButton")
        self.shed_rest_button.setToolTip(
            self.tr(
                "Open the plan form for a follow-up plan at this site that sheds what this run fell short by; "
                "it is previewed first, and nothing is sent until it is saved, approved and executed"
            )
        )
        self.shed_rest_button.clicked.connect(self._shed_rest)
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
        self.filter_box = QLineEdit(placeholderText=self.tr("Filter miners (name, host, state, detail)"))
        self.filter_box.setClearButtonEnabled(True)
        self.count_label = QLabel()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.live)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.shed_rest_button, 0, Qt.AlignmentFlag.AlignTop)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 2)
        filters.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.shed)
        layout.addWidget(self.batches)
        layout.addWidget(self.recovery)
        layout.addLayout(outcome_row)
        layout.addWidget(self.short_miners)
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
            self.title.setText(self.tr("<b>No plan opened</b>"))
            self.facts.setText(self.tr("Double-click a plan in History, or save a preview, to follow it here."))
            self.model.set_records([])
            self.live.setText("")
            for widget in (self.batches, self.outcome, self.short_miners, self.shed_rest_button):
                widget.hide()
            return
        s, plan = detail.summary, detail.plan
        color = plan_color(s)
        label = html.escape(render(s.state_label, QCoreApplication.translate))
        state = f'<span style="color: {color.name() if color else ""};">{label}</span>'
        self.title.setText(
            '<span style="font-size: 11pt;">'
            + self.tr("<b>{name}</b> at {site} — {state}").format(
                name=html.escape(s.name), site=html.escape(s.site), state=state
            )
            + "</span>"
        )
        facts = [
            self.tr("target {target} kW, planned shed {shed} kW, lost {lost} TH/s").format(
                target=number(s.target_kw, 1), shed=number(s.shed_kw, 1), lost=number(s.lost_ths, 1)
            ),
            self.tr("{count} miners").format(count=grouped(s.miners)),
            self.tr("{strategy} strategy").format(strategy=s.strategy),
            self.tr("created {when} by {who}").format(when=when(s.created_at), who=s.created_by),
        ]
        if s.approved_by:
            facts.append(self.tr("approved by {who}").format(who=s.approved_by))
        price = s.price_trigger if s.trigger == "price" else None
        if s.executed_at is None and s.trigger != "manual":
            starts = trigger_text(s.trigger, s.start_at, price, s.site_timezone)
            facts.append(self.tr("starts {when}").format(when=starts) if price is not None else starts)
        if s.executed_at is not None:
            facts.append(self.tr("executed {when}").format(when=when(s.executed_at)))
        if s.state == "stopped":  # nothing brings a stopped plan back by itself
            recovers = self.tr("no automatic recovery after a stop: Recover now brings the miners back")
        elif s.recover_at is not None:
            recovers = self.tr("recovers at {when}").format(when=when(s.recover_at))
        elif plan.get("recover_after_h"):
            recovers = self.tr("recovers {hours} h after execution").format(hours=f"{plan['recover_after_h']:g}")
        else:
            recovers = "" if price is not None else self.tr("manual recovery")
        if price is not None:  # the price brings it back too (whichever comes first)
            recovers += (self.tr(" or ") if recovers else self.tr("recovers ")) + release_text(price)
        facts.append(recovers)
        if s.completed_at is not None:
            facts.append(self.tr("finished {when}").format(when=when(s.completed_at)))
        self.facts.setText(" · ".join(f for f in facts if f))
        if same_plan:
            self.model.update_records(detail.items)
        else:
            self.model.set_records(detail.items)
        shed = shed_progress(detail.items)
        if s.state != "executing":  # no ramp batch comes next once the run has ended (or stopped)
            shed = dataclasses.replace(shed, next_batch=None)
        self.shed.show_progress(shed)
        rows = batch_counts(detail.items, plan.get("result"))
        started = shed.started or s.state not in ("pending", "approved", "cancelled")
        running = s.state in RUNNING_STATES
        self.batches.setText(batches_text(rows, running) if started and len(rows) > 1 else "")
        self.batches.setVisible(bool(self.batches.text()))
        recovery = recovery_progress(detail.items)
        recovering = s.state in ("recovering", "completed") or any(i.recovery_state for i in detail.items)
        self.recovery.setVisible(recovering)
        self.recovery.show_progress(recovery)
        self._show_outcome(detail)
        self._show_result(detail)
        self.live.setText(self.tr("● live") if running else "")
        set_tone(self.live, OK_COLOR if running else "", bold=True)
        self._update_count()

    def _show_outcome(self, detail: PlanDetail) -> None:
        """Target reached (success colour) or short by X kW (warning colour), the miners that fell short
        and Shed the rest…; nothing before the run ends."""
        figures = detail.summary.figures
        text, reached = outcome_text(figures) if figures is not None else ("", None)
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
        set_tone(self.outcome, OK_COLOR if reached else NOTE_COLOR if reached is False else "", bold=True)
        line, tip = short_miners_text(figures) if figures is not None and reached is False else ("", "")
        self.short_miners.setText(line)
        self.short_miners.setToolTip(tip)
        self.short_miners.setVisible(bool(line))
        set_tone(self.short_miners, NOTE_COLOR if line else "")
        offer = (
            reached is False and figures is not None and figures.short_kw > 0 and detail.summary.state != "completed"
        )
        self.shed_rest_button.setVisible(offer)

    def _shed_rest(self) -> None:
        detail = self.detail
        if detail is None or detail.summary.figures is None:
            return
        self.shed_rest_requested.emit(detail.summary, detail.summary.figures.short_kw)

    def _show_result(self, detail: PlanDetail) -> None:
        text = describe_result(detail.plan.get("result"))
        s = detail.summary
        state = s.state
        if state == "stopped":
            text = self.stopped_text(detail) + ("\n" + text if text else "")
        if not text:
            if state in RUNNING_STATES and s.stop_requested_at is not None:
                text = self.tr(
                    "Stop requested by {who}: the run halts once the commands in flight are answered."
                ).format(who=s.stop_requested_by or "?")
            elif state in RUNNING_STATES:
                text = self.tr("Running: the result appears here once every command has been reconciled.")
            elif state in ("pending", "approved"):
                text = self.tr("Not executed yet: nothing has been sent to the miners.")
            elif state == "cancelled":
                text = self.tr("Cancelled: nothing was sent to the miners.")
        tone = {
            "executed": OK_COLOR,
            "completed": OK_COLOR,
            "partially_executed": NOTE_COLOR,
            "stopped": NOTE_COLOR,
            "failed": BAD_COLOR,
        }
        self.result.setText(text)
        set_tone(self.result, tone.get(state, MUTED))
        self.result.setVisible(bool(text))

    def stopped_text(self, detail: PlanDetail) -> str:
        """What took effect before a stop, and what Recover now brings back."""
        s = detail.summary
        changed = sum(1 for i in detail.items if left_full_level(i))
        if any(i.recovery_state for i in detail.items):  # a recovery was stopped
            moved = [i for i in detail.items if left_full_level(i)]
            back = Counter(i.recovery_state or "planned" for i in moved)
            who = s.stop_requested_by or "?"
            return self.tr(
                "Recovery stopped by {who}: {back} of {n} miners confirmed back at full power, {other} sent a "
                "command, {unsent} still curtailed and not sent. Recover now resumes the recovery."
            ).format(
                who=who,
                back=grouped(back["confirmed"]),
                n=grouped(len(moved)),
                other=grouped(back["accepted"] + back["sending"] + back["unconfirmed"] + back["failed"]),
                unsent=grouped(back["planned"]),
            )
        counts = Counter(i.state for i in detail.items)
        who = self.tr("Stopped by {who}").format(who=s.stop_requested_by) if s.stop_requested_by else self.tr("Stopped")
        at = s.stopped_at or s.stop_requested_at
        head = who + (self.tr(" at {when}").format(when=when(at)) if at is not None else "")
        parts = [
            (counts["confirmed"], self.tr("{n} miners confirmed at their level")),
            (
                counts["accepted"] + counts["sending"] + counts["unconfirmed"],
                self.tr("{n} accepted but not confirmed"),
            ),
            (counts["failed"], self.tr("{n} sent without effect")),
            (counts["planned"], self.tr("{n} never sent")),
        ]
        took = ", ".join(text.format(n=grouped(n)) for n, text in parts if n) + "."
        then = (
            self.tr("Recover now brings the {n} miners that were sent a command back to full power.").format(
                n=grouped(changed)
            )
            if changed
            else self.tr("No miner was changed: nothing to recover.")
        )
        return f"{head}: {took} {then}"

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{n} miners").format(n=grouped(total))
            if shown == total
            else self.tr("showing {shown} of {total} miners").format(shown=grouped(shown), total=grouped(total))
        )
