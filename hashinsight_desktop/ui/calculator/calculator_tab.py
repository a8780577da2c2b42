"""The calculator tab: inputs on the left, answers and the cumulative-profit chart on the right, the
model ranking, the user's history and the curtailment impact below. Recalculates as the user types
(calculate() takes well under a millisecond, the ranking of the whole catalogue a few); market data
and history saves run on the asyncio loop, off the GUI thread."""

from __future__ import annotations

import asyncio
import html
import logging
import uuid
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.db.models import CalculationRecord, MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator.batch import BatchMarket
from hashinsight_desktop.services.calculator.difficulty_trend import DEFAULT_GROWTH, growth_band, measured_growth
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs, parse_number
from hashinsight_desktop.services.calculator.profitability import ProfitabilityResult, calculate
from hashinsight_desktop.services.calculator.ranking import rank_models
from hashinsight_desktop.services.calculator.resolution import InputSource, resolve_inputs
from hashinsight_desktop.services.errors import FIELD_AND_MESSAGE, ServiceError, ValidationError
from hashinsight_desktop.services.market_data import MANUAL_SOURCE, Quantity
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Text, render, render_error
from hashinsight_desktop.ui.calculator.batch_view import BatchView
from hashinsight_desktop.ui.calculator.calculator_form import CalculatorForm
from hashinsight_desktop.ui.calculator.curtailment_panel import CurtailmentPanel
from hashinsight_desktop.ui.calculator.field_rows import set_style
from hashinsight_desktop.ui.calculator.formatting import local_time, plain
from hashinsight_desktop.ui.calculator.history_panel import HistoryPanel
from hashinsight_desktop.ui.calculator.market_panel import MarketBar
from hashinsight_desktop.ui.calculator.profit_chart import ProfitChart
from hashinsight_desktop.ui.calculator.ranking_table import RankingPanel
from hashinsight_desktop.ui.calculator.result_cards import ResultCards
from hashinsight_desktop.ui.calculator.source_texts import growth_origin
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, tone_color

log = logging.getLogger(__name__)

RECALC_DEBOUNCE_MS = 250
AGE_TICK_MS = 30_000  # source ages ("3 min ago") stay current while the tab is shown
NOTICE_MS = 6_000
SETTINGS_KEY = "calculator"
GROWTH_REMEASURE_S = 3600.0
DEFAULT_MODEL_KEY = "s21xp"
BOTTOM_TABS = (
    QT_TRANSLATE_NOOP("CalculatorTab", "Ranking"),
    QT_TRANSLATE_NOOP("CalculatorTab", "History"),
    QT_TRANSLATE_NOOP("CalculatorTab", "Curtailment impact"),
)


class CalculatorTab(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.inputs: CalculatorInputs | None = None  # the last valid calculation
        self.sources: dict[str, InputSource] = {}
        self.result: ProfitabilityResult | None = None
        self._built = False  # palette changes during construction restyle nothing
        self._remembered: dict[Quantity, Decimal] = {}  # typed market values already kept as snapshots
        self.growth = DEFAULT_GROWTH  # what an empty Difficulty growth stands for
        self._growth_at: datetime | None = None

        self.market_bar = MarketBar(context)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)

        self.form = CalculatorForm()
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = form_scroll.verticalScrollBar().sizeHint().width()
        form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + scrollbar + 2)
        self.result_status = QLabel()
        self.result_status.setObjectName("resultStatus")
        self.result_status.setWordWrap(True)
        self.result_status.setTextFormat(Qt.TextFormat.RichText)  # what users typed is escaped
        self.cards = ResultCards()
        self.chart = ProfitChart()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(4, 0, 0, 0)
        results_layout.addWidget(self.result_status)
        results_layout.addWidget(self.cards)
        results_layout.addWidget(self.chart, 1)
        # Scrolls rather than grows the window: with the banner (two lines after an offline restart) and
        # the note, the cards' wrapped details and the chart made the window's minimum 830 px high.
        self.results_scroll = QScrollArea()
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_scroll.setWidget(results)

        self.ranking = RankingPanel()
        self.history = HistoryPanel(context, principal)
        self.curtailment = CurtailmentPanel()
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setDocumentMode(True)
        for panel, title in zip((self.ranking, self.history, self.curtailment), BOTTOM_TABS, strict=True):
            self.bottom_tabs.addTab(panel, self.tr(title))  # QT_TRANSLATE_NOOP in BOTTOM_TABS
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.results_scroll)
        self.right_splitter.addWidget(self.bottom_tabs)
        self.right_splitter.setSizes([560, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(form_scroll)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 1000])

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.market_bar, 1)
        toolbar.addWidget(self.notice)
        toolbar.addWidget(self.history.save_button)
        toolbar.addWidget(self._build_batch_area())
        layout = QVBoxLayout(self)
        layout.addWidget(self.market_bar.banner)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        self._recalc_timer = QTimer(self, singleShot=True, interval=RECALC_DEBOUNCE_MS, timeout=self.recalculate)
        self._age_timer = QTimer(self, interval=AGE_TICK_MS, timeout=self._tick)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS, timeout=self.notice.clear)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.recalculate).setWhatsThis(self.tr("Calculate now"))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.start_refresh)
        QShortcut(QKeySequence.StandardKey.Save, self, self.start_save)
        self.form.changed.connect(self._recalc_timer.start)
        self.market_bar.market_changed.connect(self._market_changed)
        self.history.save_button.clicked.connect(self.start_save)
        self.history.notice.connect(self._show_notice)
        self.ranking.model_chosen.connect(self.load_model)
        self.history.restore_requested.connect(self.restore)

        self._load_models()
        self._measure_growth()
        self._apply_saved_state()
        self.history.reload()
        self.recalculate()
        self._built = True

    # ---- batch calculator ---------------------------------------------------------------------------
    def _build_batch_area(self) -> QWidget:
        """The batch calculator (CSV/XLSX fleet files, Excel export) opens in its own window, computed
        at the market and farm inputs of this form."""
        self.batch_area = QWidget()
        self.batch_area.setObjectName("batchArea")
        area_layout = QHBoxLayout(self.batch_area)
        area_layout.setContentsMargins(8, 0, 0, 0)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.batch_button = QPushButton(self.tr("Batch…"))
        self.batch_button.setObjectName("batchButton")
        self.batch_button.setToolTip(
            self.tr("Profitability of a whole fleet file (CSV or XLSX), exported to Excel (Ctrl+B)")
        )
        self.batch_button.clicked.connect(self.open_batch)
        QShortcut(QKeySequence("Ctrl+B"), self, self.open_batch)
        area_layout.addWidget(separator)
        area_layout.addWidget(self.batch_button)
        self.batch_window: QDialog | None = None
        return self.batch_area

    def batch_market(self) -> BatchMarket | None:
        """What the batch view computes at: this form's market and farm inputs, when they are valid."""
        return BatchMarket.from_inputs(self.inputs) if self.inputs is not None else None

    def open_batch(self) -> QDialog:
        if self.batch_window is None:
            window = QDialog(self, Qt.WindowType.Window)
            window.setWindowTitle(self.tr("Batch calculator — fleet file"))
            window.resize(1300, 820)
            self.batch_view = BatchView(self._context, self._principal, self.batch_market, window)
            self.batch_view.history_saved.connect(self.history.reload)
            QVBoxLayout(window).addWidget(self.batch_view)
            self.batch_window = window
        self.batch_window.show()
        self.batch_window.raise_()
        return self.batch_window

    # ---- models, state, history ---------------------------------------------------------------------
    def _load_models(self) -> None:
        try:
            with self._context.database.session_factory() as session:
                models = catalogue.list_models(session, self._principal)
        except ServiceError as exc:  # no catalogue permission: custom machines only
            models = []
            self._show_notice(render_error(exc, QCoreApplication.translate), BAD_COLOR)
        except SQLAlchemyError as exc:
            self._show_notice(
                self.tr("Cannot read the miner catalogue: {error}").format(error=database_error_text(exc)), BAD_COLOR
            )
            return
        self.form.set_models(models)

    def _measure_growth(self) -> None:
        """The difficulty growth measured over the stored history; again with market data at most hourly
        (a year of snapshots takes a few hundred ms, and a retarget moves the trend once in two weeks)."""
        now = self._context.clock()
        if self._growth_at is not None and (now - self._growth_at).total_seconds() < GROWTH_REMEASURE_S:
            return
        self._growth_at = now
        try:
            with self._context.database.session_factory() as session:
                self.growth = measured_growth(session, self._context.clock())
        except SQLAlchemyError as exc:
            log.warning("calculator: difficulty history not read: %s", exc)
        self.form.set_growth(self.growth)

    def _default_model(self) -> MinerModel | None:
        by_key = {m.lookup_key: m for m in self.form.models}
        return by_key.get(DEFAULT_MODEL_KEY) or (self.form.models[0] if self.form.models else None)

    def _apply_saved_state(self) -> None:
        state = self._context.settings.extra.get(SETTINGS_KEY)
        state = state if isinstance(state, dict) else {}
        for splitter, key in ((self.splitter, "splitter"), (self.right_splitter, "right_splitter")):
            if isinstance(state.get(key), str):
                splitter.restoreState(QByteArray.fromBase64(state[key].encode()))
        if isinstance(state.get("bottom_tab"), int) and 0 <= state["bottom_tab"] < self.bottom_tabs.count():
            self.bottom_tabs.setCurrentIndex(state["bottom_tab"])
        if isinstance(state.get("chart_units"), str):
            self.chart.set_units(state["chart_units"])
        if isinstance(state.get("curtailment_hours"), str):
            self.curtailment.set_hours(state["curtailment_hours"])
        if isinstance(state.get("form"), dict):
            self.form.apply_state(state["form"])
        if self.form.current_model()[1] is not None and not state.get("form"):
            default = self._default_model()
            self.form.select_model(default.id if default else None)

    def save_state(self) -> None:
        """Splitters, bottom tab, chart units and the form's inputs, in settings.extra["calculator"]."""
        self._context.settings.extra[SETTINGS_KEY] = {
            "splitter": bytes(self.splitter.saveState().toBase64().data()).decode(),
            "right_splitter": bytes(self.right_splitter.saveState().toBase64().data()).decode(),
            "bottom_tab": self.bottom_tabs.currentIndex(),
            "chart_units": self.chart.units,
            "curtailment_hours": self.curtailment.hours(),
            "form": self.form.state(),
        }
        try:
            self._context.save_settings()
        except OSError as exc:
            log.warning("calculator: settings not saved: %s", exc)

    # ---- calculation --------------------------------------------------------------------------------
    def recalculate(self) -> bool:
        """Check every field, resolve the inputs and show the answers; on an error the previous
        answers stay (dimmed) and the field at fault says what is wrong. Returns whether it calculated."""
        self._recalc_timer.stop()
        errors = self.form.field_errors()
        model, _ = self.form.current_model()
        now = self._context.clock()
        if not errors:
            try:
                given, market = self.form.given(), self.form.market_values()
                inputs, sources = resolve_inputs(given, model, market, now, self.growth)
            except ValidationError as exc:
                errors = {exc.field: render(exc.message_text, QCoreApplication.translate)}
        self.form.show_errors(errors)
        self._remember_typed_market(errors)
        self.market_bar.note_form_missing({f.quantity for f in self.form.market.values() if f.missing()})
        if errors:
            self.cards.set_stale(True)
            self._show_result_status(errors)
            return False
        result = calculate(inputs)
        self.inputs, self.sources, self.result = inputs, sources, result
        today = now.astimezone().date()
        self.cards.show_result(result, inputs, today)
        self.chart.show_result(result, inputs, today, growth_band(inputs))
        self.curtailment.set_inputs(inputs)
        self.ranking.show_ranking(rank_models(self.form.models, inputs), inputs)
        self.ranking.set_current(model.id if model is not None else None)
        self._show_result_status({})
        return True

    def _remember_typed_market(self, errors: dict[str, str]) -> None:
        """Market values the user typed (valid ones, each once) become ``manual`` snapshots, so a restart
        without a connection still has them."""
        typed: dict[Quantity, Decimal] = {}
        for field in self.form.market.values():
            if field.overridden and field.override_note == MANUAL_SOURCE and field.field not in errors:
                try:
                    typed[field.quantity] = parse_number(field.field, field.text())
                except ValidationError:
                    continue
        changed = {q: v for q, v in typed.items() if self._remembered.get(q) != v}
        if not changed:
            return
        problem = self.market_bar.remember_manual(changed, self._principal)
        if problem is not None:
            self._show_notice(problem, BAD_COLOR)
        else:
            self._remembered.update(changed)

    def _show_result_status(self, errors: dict[str, str]) -> None:
        missing = [f for f in self.form.market.values() if f.missing() and f.field in errors]
        if errors and len(missing) == len(errors):
            names = html.escape(", ".join(f.label.text() for f in missing), quote=False)
            self.result_status.setText(
                self.tr("No market data yet: refresh it (F5), or type {names} under Market.").format(names=names)
            )
            set_style(self.result_status, f"color: {tone_color(self.window(), NOTE_COLOR)};")
            return
        if errors:
            field, message = next(iter(errors.items()))
            row = (self.form.rows | self.form.market).get(field)
            name = row.label.text() if row is not None else field.replace("_", " ").capitalize()
            more = self.tr(" (and {count} more)").format(count=len(errors) - 1) if len(errors) > 1 else ""
            kept = self.tr(" The figures shown are for the last valid inputs.") if self.result is not None else ""
            problem = render(Text(FIELD_AND_MESSAGE, field=name, message=message), QCoreApplication.translate)
            said = self.tr("{problem}{more}.{kept}").format(
                problem=problem, more=more, kept=kept
            )  # the language's stop
            self.result_status.setText(html.escape(said, quote=False))
            set_style(self.result_status, f"color: {tone_color(self.window(), BAD_COLOR)};")
            return
        inputs = self.inputs
        if inputs is None:
            return
        total_ths = inputs.hashrate_ths * inputs.quantity
        total_kw = inputs.power_w * inputs.quantity / 1000
        name = html.escape(inputs.model_name, quote=False)
        self.result_status.setText(
            self.tr(
                "<b>{name}</b> × {quantity} · {ths} TH/s · {kw} kW · ${price}/kWh · {fee} % pool fee · "
                "{uptime} % uptime · difficulty {growth} %/month ({origin})"
            ).format(
                name=name,
                quantity=grouped(inputs.quantity),
                ths=plain(round(total_ths, 2)),
                kw=plain(round(total_kw, 3)),
                price=plain(inputs.electricity_usd_per_kwh),
                fee=plain(inputs.pool_fee_pct),
                uptime=plain(inputs.uptime_pct),
                growth=plain(inputs.growth_pct_month),
                origin=self._growth_origin(),
            )
        )
        set_style(self.result_status, "")

    def _growth_origin(self) -> str:
        source = self.sources.get("growth_pct_month")
        return self.tr("typed") if source is None or source.source == "user" else growth_origin(self.growth)

    def load_model(self, model_id: uuid.UUID) -> None:
        if self.form.select_model(model_id):
            self.recalculate()

    def restore(self, record: CalculationRecord) -> None:
        when = local_time(record.created_at)
        self.form.restore(record.inputs, when)
        self.recalculate()
        self._show_notice(
            self.tr("Restored the calculation of {when}; its market values are kept (↺ returns to live)").format(
                when=when
            )
        )

    # ---- market data and history ------------------------------------------------------------------
    def start_refresh(self) -> asyncio.Task[None] | None:
        """Refresh market data (F5)."""
        return self.market_bar.start_refresh()

    def _market_changed(self) -> None:
        self._measure_growth()
        self.form.set_market(self.market_bar.values, self._context.clock())
        self.recalculate()

    def _tick(self) -> None:
        now = self._context.clock()
        self.form.refresh_ages(now)
        self.market_bar.show_status(now)
        self.market_bar.refresh_if_due()

    def start_save(self) -> asyncio.Task[None] | None:
        """Save the current calculation (Ctrl+S), after applying any input still being debounced."""
        if self.history.task is not None:
            return self.history.task
        if not self.recalculate() or self.inputs is None or self.result is None:
            self._show_notice("Nothing saved: fix the field marked in red first", BAD_COLOR)
            return None
        return self.history.start_save(self.inputs, self.sources, self.result)

    # ---- notices, events ----------------------------------------------------------------------------
    def _show_notice(self, text: str, tone: str = "") -> None:
        self.notice.setText(text)
        set_style(self.notice, f"color: {tone_color(self.window(), tone)};" if tone else "")
        self._notice_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._age_timer.start()
        self.market_bar.refresh_if_due()

    def hideEvent(self, event: QHideEvent) -> None:
        self._age_timer.stop()
        if self._recalc_timer.isActive():  # typing not yet applied (and typed market values not yet kept)
            self.recalculate()
        self.save_state()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """Theme switched: every colour worked out from the palette is worked out again."""
        if not self._built:
            return
        self.form.refresh_ages(self._context.clock())
        self.market_bar.restyle()
        self.recalculate()  # cards, errors and status lines in the new colours (well under 50 ms)
        self.cards.restyle(force=True)
        self.ranking.table.viewport().update()
