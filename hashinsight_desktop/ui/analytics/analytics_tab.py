"""The Analytics tab: the market page (price chart with indicators, signal markers, RSI and MACD, the ensemble
score and the latest quotes), forecasts, the ROI heat-map, historical replay and "why did my profit change".

The stored history is read in a worker thread (BackgroundRead) when the tab is first shown and after an import;
the signals run over all of it there too."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.db.models.market_history import SIMULATED_ORIGIN
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.market_data import latest_snapshots
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.sites import list_sites
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.analytics.chart_export import ExportButtons
from hashinsight_desktop.ui.analytics.explain_panel import ExplainPanel
from hashinsight_desktop.ui.analytics.fleet_choice import FleetData
from hashinsight_desktop.ui.analytics.forecast_panel import ForecastPanel
from hashinsight_desktop.ui.analytics.heatmap_panel import HeatmapPanel
from hashinsight_desktop.ui.analytics.price_chart import PriceChart
from hashinsight_desktop.ui.analytics.replay_panel import ReplayPanel
from hashinsight_desktop.ui.analytics.scenario_form import ModelChoice
from hashinsight_desktop.ui.analytics.signals_panel import SignalsPanel
from hashinsight_desktop.ui.background_read import BackgroundRead, LatestRun
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

if TYPE_CHECKING:
    from hashinsight_desktop.services.analytics import history_import
    from hashinsight_desktop.services.analytics.history import Bar, LatestQuotes
    from hashinsight_desktop.services.analytics.signals.ensemble import Ensemble


@dataclass(frozen=True)
class MarketView:
    bars: list[Bar]
    signals: Ensemble | None
    quotes: LatestQuotes | None
    models: list[ModelChoice] = field(default_factory=list)
    market: dict[str, Decimal] = field(default_factory=dict)  # calculator field → last known value
    sites: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # the fleet choices' site filter


class AnalyticsTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._principal = context, principal
        self.view: MarketView | None = None
        self.import_message = ""  # the last import's outcome, kept above the refreshed history
        self._import_run: LatestRun[history_import.ImportResult] = LatestRun(self, self._imported)
        self.import_button = QPushButton(self.tr("&Import history…"))
        self.import_button.setToolTip(self.tr("A CSV or XLSX file with date, close and optional OHLCV, difficulty"))
        self.import_button.setEnabled(principal.can(Permission.SETTINGS_MANAGE))
        self.import_button.clicked.connect(self._ask_import)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.notice, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.import_button)

        self.chart = PriceChart()
        self.signals = SignalsPanel()
        self.chart_export = ExportButtons("btc_daily", self.chart, self.chart.table)
        market_left = QWidget()
        left = QVBoxLayout(market_left)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.chart, 1)
        left.addWidget(self.chart_export, 0, Qt.AlignmentFlag.AlignLeft)
        self.market_page = QSplitter()
        self.market_page.addWidget(market_left)
        self.market_page.addWidget(self.signals)
        self.market_page.setStretchFactor(0, 3)
        self.market_page.setStretchFactor(1, 1)
        self.forecast = ForecastPanel()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.market_page, self.tr("&Market"))
        self.pages.addTab(self.forecast, self.tr("F&orecast"))
        self.heatmap = HeatmapPanel()
        self.heatmap.data = FleetData(context, principal)
        self.explain = ExplainPanel()
        self.pages.addTab(self.heatmap, self.tr("ROI &heat-map"))
        self.replay = ReplayPanel()
        self.replay.data = FleetData(context, principal)
        self.pages.addTab(self.replay, self.tr("Re&play"))
        self.pages.addTab(self.explain, self.tr("E&xplain"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._reader = BackgroundRead(self, self._read, self.show_view)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self._reader.request()

    def _read(self) -> MarketView:
        # In the worker thread: the history and signals modules load TA-Lib, kept off the console's start.
        from hashinsight_desktop.services.analytics import history
        from hashinsight_desktop.services.analytics.signals.ensemble import ensemble, series_from_bars

        with self._context.database.session_factory() as session:
            bars = history.daily_bars(session)
            quotes = history.latest_quotes(session)
            sites = [(s.id, s.name) for s in list_sites(session, self._principal)]
            fear_greed = history.fear_greed_days(session)
            models = (
                [
                    ModelChoice(f"{m.manufacturer} {m.name}", m.hashrate_ths, m.power_w, m.reference_price_usd)
                    for m in catalogue.list_models(session, self._principal)
                ]
                if self._principal.can(Permission.CATALOGUE_READ)
                else []
            )
        market = {q.value: v.value for q, v in latest_snapshots(self._context.database.session_factory).items()}
        if bars:  # the last daily close is the market's own figure when the calculator has none
            market.setdefault("btc_price_usd", bars[-1].close)
            if bars[-1].difficulty is not None:
                market.setdefault("difficulty", bars[-1].difficulty)
        if not bars:
            return MarketView(bars, None, quotes, models, market, sites)
        series = series_from_bars(
            bars,
            fear_greed,
            funding_8h_pct=quotes.funding_8h_pct if quotes else None,
            basis_pct=quotes.basis_pct if quotes else None,
        )
        return MarketView(bars, ensemble(series), quotes, models, market, sites)

    def show_view(self, view: MarketView) -> None:
        self.view = view
        if view.bars:
            first, last = view.bars[0].day, view.bars[-1].day
            imported = sum(1 for b in view.bars if b.origin == "imported")
            simulated = sum(1 for b in view.bars if b.origin == SIMULATED_ORIGIN)
            self.notice.setText(
                self.tr("{n} daily bars, {first} – {last} ({imported} imported, {collected} collected)").format(
                    n=len(view.bars),
                    first=first,
                    last=last,
                    imported=imported,
                    collected=len(view.bars) - imported - simulated,
                )
            )
            set_tone(self.notice, None)
            if simulated:  # a demo database's made-up prices: said above the chart, in the note's tone
                self.notice.setText(
                    self.tr("Demo: {n} of these days are a simulated market, not real prices.").format(n=simulated)
                    + "\n"
                    + self.notice.text()
                )
                set_tone(self.notice, NOTE_COLOR)
            if self.import_message:
                self.notice.setText(self.import_message + "\n" + self.notice.text())
        else:
            self.notice.setText(self.tr("No market history yet: import a file or wait for the 15-minute collection."))
            set_tone(self.notice, NOTE_COLOR)
        self.chart.set_bars(view.bars)
        self.signals.show_ensemble(view.signals)
        self.signals.show_quotes(view.quotes)
        self.forecast.set_bars(view.bars)
        self.heatmap.form.set_choices(view.models, view.market)
        self.explain.prefill(self.heatmap.form.raw())
        self.replay.form.set_choices(view.models, {})
        self.replay.set_bars(view.bars)
        for page in (self.heatmap, self.replay):
            page.choice.set_sites(view.sites)

    # -- import --

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import market history"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import in a worker thread (at once without an event loop); all bad rows are listed, nothing written."""

        from hashinsight_desktop.services.analytics import history_import

        def work() -> history_import.ImportResult:
            with unit_of_work(self._context.database.session_factory, "market history") as session:
                return history_import.import_history(session, self._principal, path)

        self.import_button.setEnabled(False)
        self.notice.setText(self.tr("Importing {path}…").format(path=path))
        self._import_run.start(work)

    def _imported(self, result: history_import.ImportResult | ServiceError) -> None:
        self.import_button.setEnabled(self._principal.can(Permission.SETTINGS_MANAGE))
        if isinstance(result, ServiceError):
            self.notice.setText(self.tr("Import refused, nothing written:") + "\n" + str(result))
            set_tone(self.notice, BAD_COLOR)
            return
        self.import_message = self.tr(
            "Imported {rows} days {first} – {last}: {written} new, {replaced} replaced, {skipped} collected days kept"
        ).format(
            rows=result.rows,
            first=result.first_day,
            last=result.last_day,
            written=result.written,
            replaced=result.replaced,
            skipped=result.skipped_collected,
        )
        self.refresh()
