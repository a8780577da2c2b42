"""The dry run of a plan: its totals (shed of target, lost hashrate, the commands it sends), what it loses
against the least any plan can lose (the solver, proof and gap in its tooltip), or, out of reach, each
constraint that holds it back and how much; who was left out and why; the planned power timeline and the
chosen miners. Nothing is saved until Save plan; nothing is sent until the plan is approved and executed."""

from __future__ import annotations

import html
import math
import uuid
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.curtailment.plans import Preview, site_zone
from hashinsight_desktop.services.curtailment.shortfall import CUSTOMER_CAP, GROUP_LIMIT, LOCKED, Withholding
from hashinsight_desktop.services.texts import Text, render
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.common import RECORD_ROLE, FilterProxy, record_table
from hashinsight_desktop.ui.curtailment.preview_model import (
    COL_CUSTOMER,
    COL_FEED,
    COL_MODEL,
    COL_SHED_KW,
    WIDTH_SAMPLES,
    PreviewRowsModel,
)
from hashinsight_desktop.ui.curtailment.table_base import size_columns
from hashinsight_desktop.ui.fleet.formatting import local_time
from hashinsight_desktop.ui.locale_format import grouped, number, significant
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, tone_color


def _miners(n: int) -> str:
    return _tr("1 miner") if n == 1 else _tr("{n} miners").format(n=grouped(n))


def _figure(value: float | None, unit: str) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    decimals = 1 if abs(value) >= 100 else 2 if abs(value) >= 1 else 4
    return f"{number(value, decimals)} {unit}".strip()


SOLVERS = {"fast": "fast path", "cbc": "CBC", "highs": "HiGHS"}


def solver_text(path: str, seconds: float) -> str:
    took = _tr("under 0.01 s") if seconds < 0.01 else _tr("{s} s").format(s=number(seconds, 2))
    return f"{SOLVERS.get(path, path)}, {took}"


def excluded_text(excluded: dict[str | Text, int]) -> str:
    if not excluded:
        return _tr("every miner of the site was a candidate")
    parts = [
        _tr("{miners} {why}").format(miners=_miners(count), why=render(why, QCoreApplication.translate))
        for why, count in sorted(excluded.items(), key=lambda kv: -kv[1])
    ]
    return _tr("left out: {miners}").format(miners="; ".join(parts))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewPanel", text)


def _kw(watts: float) -> str:
    return f"{number(watts / 1000.0, 1)} kW"


def reason_text(w: Withholding, preview: Preview) -> str:
    """One constraint that holds an out-of-reach plan back, and what it withholds, for the operator."""
    miners = _miners(w.miners)
    withheld = _kw(w.withheld_w)
    if w.kind == LOCKED and w.label == "anti-flap":
        zone = site_zone(preview.site)
        text = _tr("Anti-flap: {miners} changed in the last {minutes:g} min, {kw}").format(
            miners=miners, minutes=preview.request.levels.anti_flap_minutes, kw=withheld
        )
        if w.free_at is not None:
            when = w.free_at.astimezone(zone) if zone is not None else w.free_at
            text += _tr(" (all free at {time} {zone})").format(time=f"{when:%H:%M}", zone=preview.site.timezone)
        return text
    if w.kind == LOCKED:
        return _tr("Kept at full power (protected): {miners}, {kw}").format(miners=miners, kw=withheld)
    if w.kind == CUSTOMER_CAP:
        cap = "" if w.limit is None else f" {w.limit:g} %"
        return _tr("Customer cap{cap} of {customer} ({miners}): {kw}").format(
            cap=cap, customer=w.label, miners=miners, kw=withheld
        )
    if w.kind == GROUP_LIMIT:
        limit = "" if w.limit is None else f" {_kw(w.limit)}"
        return _tr("Feed limit{limit} on {feed} ({miners}): {kw}").format(
            limit=limit, feed=w.label, miners=miners, kw=withheld
        )
    why = render(w.label, QCoreApplication.translate)
    if w.withheld_w < 50.0:  # offline miners draw nothing (or nothing known): nothing to shed, still not there
        return _tr("Left out, {why}: {miners}, drawing no power to shed").format(why=why, miners=miners)
    return _tr("Left out, {why}: {miners}, {kw} at their deepest level").format(why=why, miners=miners, kw=withheld)


def solver_tooltip(preview: Preview) -> str:
    """Who solved the plan, whether it is proven, the gap: the detail behind the line an operator reads."""
    solution = preview.solution
    proven = _tr("proven optimal") if solution.proven else _tr("not proven optimal")
    gap = solution.gap_pct
    gap_pct = (
        _tr("gap unknown")
        if gap is None or not math.isfinite(gap)
        else _tr("gap {pct} %").format(pct=significant(gap, 3))
    )
    lines = [f"{solver_text(solution.path, solution.solve_seconds)} · {proven} · {gap_pct}"]
    if solution.lower_bound is not None:
        lines.append(
            _tr("objective {objective} · bound {bound}").format(
                objective=_figure(solution.objective, solution.unit), bound=_figure(solution.lower_bound, solution.unit)
            )
        )
    if solution.solver_detail:
        lines.append(render(solution.solver_detail_text or solution.solver_detail, QCoreApplication.translate))
    return "\n".join(lines)


def preview_lines(preview: Preview) -> tuple[str, str, list[str], str]:
    """(headline, what the plan loses or why it cannot be made, the reasons that hold it back, fleet)."""
    request, solution, site = preview.request, preview.solution, preview.site
    if preview.feasible:
        limit = ""
        if request.tolerance_kw:
            limit = _tr(", at most {most} kW").format(most=number(request.target_kw + request.tolerance_kw, 1))
        headline = _tr(
            "Shed {shed} kW of the {target} kW target{limit} · lost {lost} TH/s · {commands} in {batches}"
        ).format(
            shed=number(preview.shed_kw, 1),
            target=number(request.target_kw, 1),
            limit=limit,
            lost=number(preview.lost_ths, 1),
            commands=_commands(preview.commands),
            batches=_tr("1 batch") if preview.batches == 1 else _tr("{n} batches").format(n=grouped(preview.batches)),
        )
        said = render(preview.solution.message_text or preview.message, QCoreApplication.translate)  # no reasons
        cost = said[:1].upper() + said[1:]
    else:
        most = solution.max_sheddable_w / 1000.0
        within = _tr(" within {kw} kW").format(kw=number(request.tolerance_kw, 1)) if request.tolerance_kw else ""
        headline = _tr("No plan sheds {target} kW{within}: at most {most} kW can be shed now").format(
            target=number(request.target_kw, 1), within=within, most=number(most, 1)
        )
        if not solution.max_sheddable_exact:
            headline += _tr(" (an upper estimate)")
        cost = _tr("Below: the most found that can be shed now, {kw} kW on {miners}; lower the target to save a plan.")
        cost = cost.format(kw=number(preview.shed_kw, 1), miners=_miners(preview.commands))
        if request.target_kw > site.site_power_kw:
            cost += " " + _tr("The request is more than the site draws now ({kw} kW).").format(
                kw=number(site.site_power_kw, 1)
            )
    reasons = [reason_text(w, preview) for w in preview.reasons]
    share = (
        _tr(", {pct}% of the candidates measured").format(pct=number(site.measured_share * 100)) if site.miners else ""
    )
    fleet = _tr("{site} draws {kw} kW now{share} · {excluded}").format(
        site=site.site_name, kw=number(site.site_power_kw, 1), share=share, excluded=excluded_text(site.excluded)
    )
    if request.feed_max_shed_kw:
        fleet += " · " + feeds_text(preview)
    return headline, cost, reasons, fleet


def _commands(n: int) -> str:
    return (
        _tr("1 command (one miner touched)")
        if n == 1
        else _tr("{n} commands (one per miner touched)").format(n=grouped(n))
    )


def feeds_text(preview: Preview) -> str:
    """What the plan sheds on each limited feed, against its limit."""
    shed: dict[str | None, float] = {}
    for row in preview.rows:
        shed[row.miner.power_feed] = shed.get(row.miner.power_feed, 0.0) + row.shed_kw
    limits = preview.request.feed_max_shed_kw
    return "feed limits: " + ", ".join(
        f"{feed} {number(shed.get(feed, 0.0), 1)} of {number(kw, 1)} kW" for feed, kw in limits.items()
    )


class PreviewPanel(QWidget):
    save_requested = Signal(bool)  # approve too
    protect_requested = Signal(object)  # {miner id: name}: keep them at full power and preview again

    def __init__(self, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.previewed_at: datetime | None = None
        self.stale = False
        self.saved_as: uuid.UUID | None = None  # the plan this preview was saved as
        self.chart = chart
        self.headline = QLabel(self.tr("No preview yet: fill in the plan on the left and press Preview (Ctrl+Enter)."))
        self.headline.setObjectName("previewHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.cost = QLabel()  # what the plan loses against the least any plan can; the solver detail as tooltip
        self.cost.setObjectName("previewCost")
        self.cost.setWordWrap(True)
        self.cost.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = QLabel()  # out of reach: each constraint that holds the plan back, and how much
        self.reasons.setObjectName("previewReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("previewDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = PreviewRowsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy)
        self.table.setObjectName("previewTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        size_columns(self.table, WIDTH_SAMPLES)
        self.table.sortByColumn(COL_SHED_KW, Qt.SortOrder.DescendingOrder)
        self.filter_box = QLineEdit(placeholderText=self.tr("Filter miners (name, host, model, customer, feed, level)"))
        self.filter_box.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setObjectName("savePlanButton")
        self.save_button.setToolTip(self.tr("Save this plan pending approval; nothing is sent to the miners (Ctrl+S)"))
        self.approve_button = QPushButton(self.tr("Save and approve…"))
        self.approve_button.setObjectName("saveApproveButton")
        self.approve_button.setToolTip(self.tr("Save this plan approved, ready to execute (asks first)"))
        self._can_approve = False

        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 2)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.approve_button)
        table_layout.addLayout(top)
        table_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(chart)
        self.splitter.addWidget(table_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.headline)
        layout.addWidget(self.cost)
        layout.addWidget(self.reasons)
        layout.addWidget(self.details)
        layout.addWidget(self.splitter, 1)

        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_box.textChanged.connect(self._update_count)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(False))
        self.approve_button.clicked.connect(lambda: self.save_requested.emit(True))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._update_buttons()

    def set_can_approve(self, can: bool, why: str = "") -> None:
        self._can_approve = can
        self._why_not_approve = why  # said in the tooltip when it may not (e.g. the site's four-eyes rule)
        self._update_buttons()

    def show_preview(self, preview: Preview, customers: dict[uuid.UUID, str], at: datetime) -> None:
        self.preview, self.previewed_at, self.stale, self.saved_as = preview, at, False, None
        self.model.customers = customers
        self.model.set_records(preview.rows)
        # columns that would say "—" on every row say nothing
        self.table.setColumnHidden(COL_MODEL, not any(r.miner.model for r in preview.rows))
        self.table.setColumnHidden(COL_CUSTOMER, not any(r.miner.customer_id for r in preview.rows))
        self.table.setColumnHidden(COL_FEED, not any(r.miner.power_feed for r in preview.rows))
        self.restyle()
        self._update_count()
        self._update_buttons()

    def restyle(self) -> None:
        """The texts again, in the current theme's colours."""
        if self.preview is None or self.previewed_at is None:
            return
        headline, cost, reasons, fleet = preview_lines(self.preview)
        tone = tone_color(self.window(), OK_COLOR if self.preview.feasible else BAD_COLOR)
        self.headline.setText(
            f'<span style="font-size: 11pt; font-weight: 600; color: {tone};">{html.escape(headline)}</span>'
        )
        self.cost.setText(html.escape(cost))
        self.cost.setToolTip(solver_tooltip(self.preview))
        self.reasons.setVisible(bool(reasons))
        if reasons:
            note = tone_color(self.window(), NOTE_COLOR)
            items = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
            self.reasons.setText(
                f'<span style="color: {note}; font-weight: 600;">{html.escape(_tr("Held back by:"))}</span>'
                f'<ul style="margin-top: 2px; margin-bottom: 0px; -qt-list-indent: 1;">{items}</ul>'
            )
        muted = muted_color()
        stale = (
            f'<br><span style="color: {tone_color(self.window(), NOTE_COLOR)};">'
            + self.tr(
                "The form changed since this preview: "
                "Preview again (Ctrl+Enter) to use the new values; Save keeps the plan shown."
            )
            + "</span>"
            if self.stale
            else ""
        )
        self.details.setText(
            f'<span style="color: {muted};">'
            + self.tr("{fleet} · previewed {time}").format(fleet=html.escape(fleet), time=local_time(self.previewed_at))
            + f"</span>{stale}"
        )

    def set_stale(self) -> None:
        """The form changed: say so (the preview stays, and saving it saves what is shown)."""
        if self.preview is None or self.stale:
            return
        self.stale = True
        self.restyle()

    def saved(self, plan_id: uuid.UUID) -> None:
        """Saved as a plan: saving it again would make a second plan of the same miners."""
        self.saved_as = plan_id
        self._update_buttons()
        self.save_button.setToolTip(self.tr("Saved: follow it in Execution; preview again for another plan"))

    def clear(self, message: str = "") -> None:
        self.preview = None
        self.saved_as = None
        self.model.set_records([])
        self.headline.setText(html.escape(message) if message else self.tr("No preview yet."))
        self.cost.setText("")
        self.cost.setToolTip("")
        self.reasons.setText("")
        self.reasons.hide()
        self.details.setText("")
        self._update_count()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.preview is not None and self.preview.feasible and bool(self.preview.rows) and self.saved_as is None
        self.save_button.setEnabled(ok)
        self.approve_button.setEnabled(ok and self._can_approve)
        if not self._can_approve:
            self.approve_button.setToolTip(
                getattr(self, "_why_not_approve", "") or _tr("Your role may not approve plans at this site")
            )

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{total} miners").format(total=grouped(total))
            if shown == total
            else self.tr("showing {shown} of {total} miners").format(shown=grouped(shown), total=grouped(total))
        )

    def selected_miners(self) -> dict[uuid.UUID, str]:
        rows = [index.data(RECORD_ROLE) for index in self.table.selectionModel().selectedRows()]
        return {row.miner.miner_id: row.miner.name for row in rows}

    def _context_menu(self, position: QPoint) -> None:
        miners = self.selected_miners()
        if not miners:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(
            self.tr("Keep this miner at full power and preview again")
            if len(miners) == 1
            else self.tr("Keep these {count} miners at full power and preview again").format(count=grouped(len(miners)))
        )
        action.triggered.connect(lambda: self.protect_requested.emit(miners))
        menu.popup(self.table.viewport().mapToGlobal(position))
