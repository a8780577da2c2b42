"""The dry run of a plan: its totals (shed of target, lost hashrate, bound and gap, proven or not,
the solver's word, who was left out and why), the planned power timeline and the chosen miners.
Nothing is saved until Save plan; nothing is sent until the plan is approved and executed."""

from __future__ import annotations

import html
import math
import uuid
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, Signal
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

from hashinsight_desktop.services.curtailment.plans import Preview
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
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, tone_color


def _miners(n: int) -> str:
    return f"{n:,} miner" + ("" if n == 1 else "s")


def _figure(value: float | None, unit: str) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    decimals = 1 if abs(value) >= 100 else 2 if abs(value) >= 1 else 4
    return f"{value:,.{decimals}f} {unit}".strip()


def gap_text(gap_pct: float | None, proven: bool) -> str:
    if gap_pct is None or not math.isfinite(gap_pct):
        return "gap unknown"
    if proven:
        return "proven optimal" if gap_pct < 0.005 else f"gap {gap_pct:.2f} % (proven within the solver's tolerance)"
    return f"gap {gap_pct:.2f} % (not proven)"


SOLVERS = {"fast": "fast path", "cbc": "CBC", "highs": "HiGHS"}


def solver_text(path: str, seconds: float) -> str:
    took = "under 0.01 s" if seconds < 0.01 else f"{seconds:,.2f} s"
    return f"{SOLVERS.get(path, path)}, {took}"


def excluded_text(excluded: dict[str, int]) -> str:
    if not excluded:
        return "every miner of the site was a candidate"
    parts = [f"{_miners(count)} {why}" for why, count in sorted(excluded.items(), key=lambda kv: -kv[1])]
    return "left out: " + "; ".join(parts)


def preview_lines(preview: Preview) -> tuple[str, str, str, str]:
    """(headline, figures, solver message, fleet) as plain text."""
    request, solution, site = preview.request, preview.solution, preview.site
    if preview.feasible:
        limit = f", at most {request.target_kw + request.tolerance_kw:,.1f} kW" if request.tolerance_kw else ""
        headline = (
            f"Shed {preview.shed_kw:,.1f} kW of the {request.target_kw:,.1f} kW target{limit} · "
            f"lost {preview.lost_ths:,.1f} TH/s · {_miners(len(preview.rows))} in {preview.batches:,} "
            f"batch{'' if preview.batches == 1 else 'es'}"
        )
    else:
        most = solution.max_sheddable_w / 1000.0
        headline = (
            f"No plan sheds {request.target_kw:,.1f} kW"
            + (f" within {request.tolerance_kw:,.1f} kW" if request.tolerance_kw else "")
            + f": at most {most:,.1f} kW can be shed now"
        )
    figures = (
        f"objective {_figure(solution.objective, solution.unit)} · bound {_figure(solution.lower_bound, solution.unit)}"
        f" · {gap_text(solution.gap_pct, solution.proven)} · {solver_text(solution.path, solution.solve_seconds)}"
    )
    share = f", {site.measured_share:.0%} of the candidates measured" if site.miners else ""
    fleet = f"{site.site_name} draws {site.site_power_kw:,.1f} kW now{share} · {excluded_text(site.excluded)}"
    if request.feed_max_shed_kw:
        fleet += " · " + feeds_text(preview)
    return headline, figures, solution.message, fleet


def feeds_text(preview: Preview) -> str:
    """What the plan sheds on each limited feed, against its limit."""
    shed: dict[str | None, float] = {}
    for row in preview.rows:
        shed[row.miner.power_feed] = shed.get(row.miner.power_feed, 0.0) + row.shed_kw
    limits = preview.request.feed_max_shed_kw
    return "feed limits: " + ", ".join(
        f"{feed} {shed.get(feed, 0.0):,.1f} of {kw:,.1f} kW" for feed, kw in limits.items()
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
        self.headline = QLabel("No preview yet: fill in the plan on the left and press Preview (Ctrl+Enter).")
        self.headline.setObjectName("previewHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
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
        self.filter_box = QLineEdit(placeholderText="Filter miners (name, host, model, customer, feed, level)")
        self.filter_box.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.save_button = QPushButton("Save plan")
        self.save_button.setObjectName("savePlanButton")
        self.save_button.setToolTip("Save this plan pending approval; nothing is sent to the miners (Ctrl+S)")
        self.approve_button = QPushButton("Save and approve…")
        self.approve_button.setObjectName("saveApproveButton")
        self.approve_button.setToolTip("Save this plan approved, ready to execute (asks first)")
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
        headline, figures, message, fleet = preview_lines(self.preview)
        tone = tone_color(self.window(), OK_COLOR if self.preview.feasible else BAD_COLOR)
        self.headline.setText(
            f'<span style="font-size: 11pt; font-weight: 600; color: {tone};">{html.escape(headline)}</span>'
        )
        muted = muted_color()
        stale = (
            f'<br><span style="color: {tone_color(self.window(), NOTE_COLOR)};">The form changed since this preview: '
            "Preview again (Ctrl+Enter) to use the new values; Save keeps the plan shown.</span>"
            if self.stale
            else ""
        )
        self.details.setText(
            f"{html.escape(figures)}<br>"
            f"<i>{html.escape(message)}</i><br>"
            f'<span style="color: {muted};">{html.escape(fleet)} · previewed {local_time(self.previewed_at)}</span>'
            f"{stale}"
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
        self.save_button.setToolTip("Saved: follow it in Execution; preview again for another plan")

    def clear(self, message: str = "") -> None:
        self.preview = None
        self.saved_as = None
        self.model.set_records([])
        self.headline.setText(html.escape(message) if message else "No preview yet.")
        self.details.setText("")
        self._update_count()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.preview is not None and self.preview.feasible and bool(self.preview.rows) and self.saved_as is None
        self.save_button.setEnabled(ok)
        self.approve_button.setEnabled(ok and self._can_approve)
        if not self._can_approve:
            self.approve_button.setToolTip(
                getattr(self, "_why_not_approve", "") or "Your role may not approve plans at this site"
            )

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{total:,} miners" if shown == total else f"showing {shown:,} of {total:,} miners")

    def selected_miners(self) -> dict[uuid.UUID, str]:
        rows = [index.data(RECORD_ROLE) for index in self.table.selectionModel().selectedRows()]
        return {row.miner.miner_id: row.miner.name for row in rows}

    def _context_menu(self, position: QPoint) -> None:
        miners = self.selected_miners()
        if not miners:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = f"Keep {'this miner' if len(miners) == 1 else f'these {len(miners):,} miners'} at full power"
        action = menu.addAction(f"{text} and preview again")
        action.triggered.connect(lambda: self.protect_requested.emit(miners))
        menu.popup(self.table.viewport().mapToGlobal(position))
