"""A customer's own view ("My account", customer-role users only): their miners' live status and hashrate, the
total hashrate of the last 24 hours, each miner's detail and charts (the Fleet tab's dialog), their assets and
their tickets (open one, reply). Every read goes through scoped services: this view filters nothing itself,
so it shows exactly what the services let this user see."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miners import MinerRow, list_miners
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry.series import miner_series
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, chart_colors, style_axes
from hashinsight_desktop.ui.common import record_table
from hashinsight_desktop.ui.crm.customer_sections import ASSET_COLUMNS, assets_source
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.paged_table import PagedTable
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.fleet.formatting import format_hashrate, format_power_kw
from hashinsight_desktop.ui.fleet.miner_columns import COL_CUSTOMER, COL_NAME
from hashinsight_desktop.ui.fleet.miner_detail import MinerDetailDialog
from hashinsight_desktop.ui.fleet.miners_filter import MinersFilterProxy
from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel
from hashinsight_desktop.ui.fleet.miners_table_layout import configure_view
from hashinsight_desktop.ui.live_refresh import FLEET_TOPICS, follow_changes
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone

CHART_WINDOW = timedelta(hours=24)
REFRESH_MS = 30_000  # live status between outbox events (a poll lands every 10 s or so)
CHART_EVERY = timedelta(minutes=5)  # the chart's buckets are 5 minutes: reading it more often shows nothing new
HASHING = frozenset({"hashing", "degraded"})


@dataclass(frozen=True)
class OwnFleet:
    rows: list[MinerRow]
    read_at: datetime


@dataclass(frozen=True)
class OwnChart:
    miners: int
    hashrate: list[tuple[float, float]]  # (unix time, TH/s summed over the miners) oldest first
    read_at: datetime


def total_hashrate(series: list[list[tuple[datetime, float | None]]]) -> list[tuple[float, float]]:
    """Per bucket time, the sum of the miners' hashrate there (a miner without a point adds nothing: it did
    not hash)."""
    buckets: dict[datetime, float] = {}
    for points in series:
        for t, ths in points:
            buckets[t] = buckets.get(t, 0.0) + (ths or 0.0)
    return [(t.timestamp(), total) for t, total in sorted(buckets.items())]


class CustomerView(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.fleet: OwnFleet | None = None
        self.details: dict[Any, MinerDetailDialog] = {}
        self.kpis = QLabel(self.tr("Loading your miners…"))
        self.kpis.setObjectName("ownKpis")
        self.kpis.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel()
        self.state.setObjectName("ownState")
        self.chart_title = QLabel()
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.setMinimumHeight(170)
        self.plot.setMaximumHeight(260)
        self.plot.getAxis("left").setLabel(self.tr("TH/s"))
        self.model = MinersTableModel(self)
        self.proxy = MinersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = configure_view(record_table(self.proxy))
        self.table.setObjectName("ownMinersTable")
        self.table.setColumnHidden(COL_CUSTOMER, True)  # all theirs
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setToolTip(self.tr("Double-click a miner for its charts and records"))
        self.table.doubleClicked.connect(lambda index: self.open_miner(self.proxy.mapToSource(index).row()))
        self.assets = PagedTable(context, principal, assets_source(None, ASSET_COLUMNS))
        self.sections = QTabWidget()
        self.sections.setObjectName("ownSections")
        self.sections.addTab(self.table, self.tr("Miners"))
        self.sections.addTab(self.assets, self.tr("Assets"))
        self.tickets = self._tickets()
        self.sections.addTab(_own_billing(context, principal), self.tr("Billing"))  # helper J's pages
        header = QHBoxLayout()
        header.addWidget(self.kpis, 1)
        header.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.plot)
        layout.addWidget(self.sections, 1)
        self._reader: FreshRead[Any] = FreshRead(self, self._read, self._show)
        self.chart: OwnChart | None = None
        self._chart_miners: list[Any] = []
        self._chart_reader: FreshRead[OwnChart | None] = FreshRead(self, self._read_chart, self._chart)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        follow_changes(self, FLEET_TOPICS, self.reload)
        self.reload()

    def _tickets(self) -> QWidget:
        from hashinsight_desktop.ui.crm.tickets_page import OwnTickets

        tickets = OwnTickets(self.context, self.principal)
        self.sections.addTab(tickets, self.tr("Tickets"))
        return tickets

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def reload(self) -> None:
        self._reader.request()
        self.assets.reload()

    def _read(self) -> Any:
        try:
            with self.context.database.session_factory() as session:
                # a customer's own only (the service scopes it)
                return OwnFleet(list_miners(session, self.principal), self.context.clock())
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return database_error_text(exc)

    def _read_chart(self) -> OwnChart | None:
        """The 24-hour total of the miners last listed (a query per miner, 5-minute buckets); None if it fails
        (the status line says why the miners could not be read, the chart keeps what it showed)."""
        miners, now = self._chart_miners, self.context.clock()
        try:
            with self.context.database.session_factory() as session:
                series = [
                    [
                        (p.t, p.hashrate_ths)
                        for p in miner_series(session, self.principal, miner, window=CHART_WINDOW, now=now).points
                    ]
                    for miner in miners
                ]
        except SQLAlchemyError:
            return None
        return OwnChart(len(miners), total_hashrate(series), now)

    def _show(self, fleet: Any) -> None:
        if isinstance(fleet, str):
            self.state.setText(self.tr("Could not read your miners: %1").replace("%1", fleet))
            set_tone(self.state, BAD_COLOR)
            return
        self.fleet = fleet
        rows = fleet.rows
        self.model.set_rows(rows)
        statuses = Counter(row.status for row in rows)
        hashing = sum(statuses[s] for s in HASHING)
        offline = statuses["offline"]
        hashrate = sum(row.hashrate_ths or 0.0 for row in rows if row.status in HASHING)
        power_kw = sum(row.power_w or 0.0 for row in rows if row.status != "offline") / 1000
        self.kpis.setText(
            self.tr("<b>%1 miners</b> · %2 hashing · %3 offline · %4 other · now %5 · %6")
            .replace("%1", grouped(len(rows)))
            .replace("%2", grouped(hashing))
            .replace("%3", grouped(offline))
            .replace("%4", grouped(len(rows) - hashing - offline))
            .replace("%5", format_hashrate(hashrate if rows else None))
            .replace("%6", format_power_kw(power_kw if rows else None))
        )
        self.state.setText(self.tr("as of %1").replace("%1", fleet.read_at.astimezone().strftime("%H:%M:%S")))
        set_tone(self.state, None)
        miners = [row.id for row in rows]
        stale = self.chart is None or fleet.read_at - self.chart.read_at >= CHART_EVERY
        if miners != self._chart_miners or stale:  # the chart follows, read on its own: the table need not wait
            self._chart_miners = miners
            self._chart_reader.request()

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch: the chart is drawn again in the new palette's colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and getattr(
            self, "chart", None
        ):
            self._chart(self.chart)
        super().changeEvent(event)

    def _chart(self, chart: OwnChart | None) -> None:
        if chart is None:
            return
        self.chart = chart
        self.plot.clear()
        colors = chart_colors(self.plot)
        self.plot.setBackground(colors.base)
        style_axes(self.plot.getPlotItem(), colors)
        self.chart_title.setText(
            self.tr("Total hashrate of your %1 miners, last 24 hours").replace("%1", grouped(chart.miners))
            if chart.hashrate
            else self.tr("No hashrate recorded in the last 24 hours.")
        )
        if chart.hashrate:
            xs, ys = zip(*chart.hashrate, strict=True)
            self.plot.plot(list(xs), list(ys), pen=pg.mkPen(BITCOIN_ORANGE, width=2))

    def open_miner(self, source_row: int) -> MinerDetailDialog:
        row = self.model.row(source_row)
        dialog = self.details.get(row.id)
        if dialog is None:
            dialog = MinerDetailDialog(self.context, self.principal, row, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None, key=row.id: self.details.pop(key, None))
            self.details[row.id] = dialog
        dialog.show()
        dialog.raise_()
        return dialog


def _own_billing(context: AppContext, principal: Principal) -> QWidget:
    from hashinsight_desktop.ui.crm.customer_billing import CustomerBilling

    return CustomerBilling(context, principal)
