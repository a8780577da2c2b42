"""Miner detail: its latest state, charts of hashrate, hottest chip, power and fans over a chosen range
(1 h to 30 days; the last 30 days when the range is empty), its hash boards, alerts and commands, and
maintenance (alerts silenced) — all read off the GUI thread."""

from __future__ import annotations

import asyncio
import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
import pyqtgraph as pg
import qasync
import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.telemetry.alert_settings import end_maintenance, set_maintenance
from hashinsight_desktop.services.telemetry.miner_records import MinerRecords, miner_records
from hashinsight_desktop.services.telemetry.series import Series, miner_detail_series, stored_history
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.chart_style import BITCOIN_ORANGE, FAN_GREEN, POWER_BLUE, TEMPERATURE_RED
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.fleet.action_gate import capabilities_of, family_label
from hashinsight_desktop.ui.fleet.formatting import efficiency, local_time, short_pool, status_color
from hashinsight_desktop.ui.fleet.miner_columns import capabilities_tooltip, status_label
from hashinsight_desktop.ui.fleet.miner_records_view import MinerRecordsView
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

log = logging.getLogger(__name__)

# field of Point and series colour, top to bottom (titles: MinerDetailDialog._chart_titles)
CHARTS = (
    ("hashrate_ths", BITCOIN_ORANGE),
    ("max_chip_temp_c", TEMPERATURE_RED),
    ("power_w", POWER_BLUE),
    ("fan_rpm_max", FAN_GREEN),
)
FEW_POINTS = 48
RELOAD_MS = 60_000
Y_SCALES = ((True, 1.0), (False, 10.0), (True, 100.0), (False, 500.0))  # (from zero, minimum span) per chart
RESOLUTION_TEXT = {0: "raw samples", 300: "5-minute averages", 3600: "hourly averages"}
RANGES = (timedelta(hours=1), timedelta(hours=6), timedelta(hours=24), timedelta(days=7), timedelta(days=30))
DEFAULT_RANGE = 2  # 24 h: the longest a range is chosen by itself (a longer history shows its last day)


def range_for_history(history: timedelta | None) -> int:
    """The smallest range that spans the miner's stored history (a new farm's data fills the axis, not a
    dot at its right edge), at most the default 24 h."""
    if history is None:
        return DEFAULT_RANGE
    return next((i for i, window in enumerate(RANGES[:DEFAULT_RANGE]) if history <= window), DEFAULT_RANGE)


@dataclass(frozen=True)
class DetailData:
    series: Series
    records: MinerRecords
    range_index: int  # the range the series spans


def window_text(window: timedelta) -> str:
    hours = window.total_seconds() / 3600
    if hours < 48:
        return QCoreApplication.translate("MinerDetailDialog", "Last {hours} hours").format(hours=f"{hours:g}")
    return QCoreApplication.translate("MinerDetailDialog", "Last {days} days").format(days=window.days)


def _value(value: float | None, unit: str, decimals: int = 0) -> str:
    return "—" if value is None else f"{number(value, decimals)} {unit}"


def _x(moment: datetime) -> float:
    return moment.timestamp()


def status_caption(row: MinerRow) -> str:
    """The status and the last poll's error, both in the reader's language."""
    error = render(row.error, QCoreApplication.translate) if row.error else ""
    return status_label(row.status) + (f" — {error}" if error else "")


class MinerDetailDialog(QDialog):
    """Non-modal (``show()``): an operator keeps several open side by side while working the table."""

    def __init__(self, context: AppContext, principal: Principal, row: MinerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.row = row
        self.series: Series | None = None
        self._ready = False
        self.load_task: asyncio.Task[None] | None = None
        self.range_chosen = False  # the user picked a range: kept; until then it follows the stored history
        self.setWindowTitle(self.tr("Miner {name} — {site}").format(name=row.name, site=row.site))
        self.resize(900, 780)

        self.header = QGridLayout()
        self.header.setHorizontalSpacing(18)
        self.header.setColumnStretch(4, 1)  # the two label/value pairs stay together on the left
        self.status_label = QLabel()
        self.fields: dict[str, QLabel] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.window_label = QLabel()  # "Last 24 hours · 5-minute averages"
        self.window_label.setEnabled(False)
        self.range_combo = QComboBox()
        range_labels = (self.tr("1 h"), self.tr("6 h"), self.tr("24 h"), self.tr("7 d"), self.tr("30 d"))
        for text, window in zip(range_labels, RANGES, strict=True):
            self.range_combo.addItem(text, window)
        self.range_combo.setCurrentIndex(DEFAULT_RANGE)
        self.range_combo.setToolTip(self.tr("The charts' time range: the axis spans it whole"))
        self.range_combo.currentIndexChanged.connect(self._range_changed)
        self.records_view = MinerRecordsView()
        self.health_label = QLabel()
        self.health_label.setWordWrap(True)
        set_tone(self.health_label, NOTE_COLOR, bold=True)
        self.health_label.hide()
        self.maintenance_label = QLabel()
        self.maintenance_label.setWordWrap(True)
        set_tone(self.maintenance_label, NOTE_COLOR)
        self.maintenance_label.hide()
        self.maintenance_button = QPushButton(self.tr("Maintenance…"))
        self.maintenance_button.setToolTip(self.tr("Silence this miner's alerts while it is worked on, or end that"))
        self.maintenance_button.setVisible(principal.can(Permission.FLEET_OPERATE))
        self.maintenance_button.clicked.connect(self.toggle_maintenance)
        self.records: MinerRecords | None = None
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.ci.setSpacing(4)
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        for index, title in enumerate(self._chart_titles()):
            plot = self.graphics.addPlot(row=index, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
            plot.setTitle(title, size="9pt", justify="left")
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.getAxis("left").setWidth(56)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getViewBox().setMouseEnabled(x=True, y=False)
            if self.plots:
                plot.setXLink(self.plots[0])
                self.plots[-1].getAxis("bottom").setStyle(showValues=False)
            self.plots.append(plot)
            self.curves.append(plot.plot(connect="finite", antialias=True))
        # The catalogue's nominal hashrate, a dashed reference on the hashrate chart.
        self.nominal_line = pg.InfiniteLine(
            angle=0, movable=False, label=self.tr("nominal"), labelOpts={"position": 0.99, "anchors": [(1, 0), (1, 0)]}
        )
        self.nominal_line.setVisible(False)
        self.plots[0].addItem(self.nominal_line)
        self.empty_label = QLabel(
            self.tr("No telemetry recorded for this miner yet.\nCharts appear after its first polls.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label = QLabel(self.tr("Loading telemetry…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.loading_label, self.graphics, self.empty_label):
            self.stack.addWidget(page)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the charts again (F5)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.maintenance_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.reload_button.clicked.connect(self.start_load)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.start_load)
        self.reload_timer = QTimer(self, interval=RELOAD_MS)  # new samples arrive every poll interval
        self.reload_timer.timeout.connect(self.start_load)

        range_row = QHBoxLayout()
        range_row.addWidget(self.window_label, 1)
        range_row.addWidget(QLabel(self.tr("Range")))
        range_row.addWidget(self.range_combo)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stack)
        split.addWidget(self.records_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.health_label)
        layout.addWidget(self.maintenance_label)
        layout.addWidget(self.note)
        layout.addLayout(range_row)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.show_row(row)
        self._ready = True  # palette changes during construction restyle nothing
        self.apply_palette()

    # -- header ---------------------------------------------------------------------------------------
    def show_row(self, row: MinerRow) -> None:
        self.row = row
        address = row.ip_address if row.port == 4028 else f"{row.ip_address}:{row.port}"
        eff = efficiency(row)
        items = [
            # Keys in English (marked for lupdate), captions translated where they are shown.
            (
                QT_TRANSLATE_NOOP("MinerDetailDialog", "Status"),
                status_caption(row),
            ),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Model"), row.model or self.tr("unknown")),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "IP address"), address),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Pool"), short_pool(row.pool_url)),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Last seen"), local_time(row.last_seen_at, today_short=False)),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Site"), row.site),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Customer"), row.customer or "—"),
            (
                QT_TRANSLATE_NOOP("MinerDetailDialog", "Hashrate"),
                _value(row.hashrate_ths, "TH/s", 1)
                + (self.tr(" (nominal {ths})").format(ths=f"{row.nominal_ths:g}") if row.nominal_ths else ""),
            ),
            (
                QT_TRANSLATE_NOOP("MinerDetailDialog", "Power"),
                _value(row.power_w, "W") + (f" · {number(eff, 1)} J/TH" if eff is not None else ""),
            ),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Hottest chip"), _value(row.max_chip_temp_c, "°C")),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Fastest fan"), _value(row.fan_rpm_max, "RPM")),
            (
                QT_TRANSLATE_NOOP("MinerDetailDialog", "Firmware"),
                family_label(row) + (f" · {row.firmware}" if row.firmware else ""),
            ),
            (QT_TRANSLATE_NOOP("MinerDetailDialog", "Control"), capabilities_of(row).describe()),
        ]
        for position, (name, text) in enumerate(items):
            label = self.fields.get(name)
            if label is None:
                caption = QLabel(self.tr(name))  # names marked QT_TRANSLATE_NOOP above
                caption.setEnabled(False)  # secondary text in the theme's disabled colour
                label = self.fields[name] = QLabel()
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(name in ("Status", "Control"))
                self.header.addWidget(caption, position % 7, (position // 7) * 2)
                self.header.addWidget(label, position % 7, (position // 7) * 2 + 1)
            label.setText(text)
        # What the firmware can do and why something is missing, whole, on both firmware lines.
        for name in ("Firmware", "Control"):
            self.fields[name].setToolTip(capabilities_tooltip(row))
        status = self.fields["Status"]
        status.setStyleSheet(f"color: {status_color(row.status).name()}; font-weight: 600;")

    # -- loading --------------------------------------------------------------------------------------
    def _chart_titles(self) -> tuple[str, ...]:
        """The charts' titles with their units, in CHARTS order."""
        return (
            self.tr("Hashrate (TH/s)"),
            self.tr("Hottest chip (°C)"),
            self.tr("Power (W)"),
            self.tr("Fastest fan (RPM)"),
        )

    def _range_changed(self, _index: int) -> None:
        self.range_chosen = True
        self.start_load()

    def start_load(self) -> asyncio.Task[None] | None:
        if self.load_task is None and self.isVisible():
            self.load_task = self.load()
        return self.load_task

    @qasync.asyncSlot()
    async def load(self) -> None:
        self.load_task = asyncio.current_task()
        if shiboken6.isValid(self) and self.series is None:
            self.stack.setCurrentWidget(self.loading_label)
        try:
            chosen = self.range_chosen
            data = await asyncio.to_thread(self._load_in_thread, self.range_combo.currentIndex() if chosen else None)
        except Exception as exc:  # a lost connection must end in a message, not "Loading…" for ever
            log.exception("miner detail series failed")
            if shiboken6.isValid(self):
                self._set_note(
                    self.tr("Charts could not be read: {error}").format(error=database_error_text(exc)), BAD_COLOR
                )
            return
        finally:
            self.load_task = None
        if shiboken6.isValid(self):
            if not self.range_chosen:  # the range the history called for, shown without loading again
                self.range_combo.blockSignals(True)
                self.range_combo.setCurrentIndex(data.range_index)
                self.range_combo.blockSignals(False)
            self.show_records(data.records)
            self.show_series(data.series)

    def _load_in_thread(self, range_index: int | None) -> DetailData:
        """The series over the range at ``range_index`` (None: the one the miner's stored history calls for)."""
        now = self._context.clock()
        with self._context.database.session_factory() as session:
            if range_index is None:
                range_index = range_for_history(stored_history(session, self._principal, self.row.id, now))
            return DetailData(
                miner_detail_series(session, self._principal, self.row.id, now, RANGES[range_index]),
                miner_records(session, self._principal, self.row.id, now),
                range_index,
            )

    def show_records(self, records: MinerRecords) -> None:
        self.records = records
        self.records_view.show_records(records)
        self.maintenance_label.setText(
            self.tr("Under {what}: its alerts are silenced").format(
                what=render(records.maintenance, QCoreApplication.translate)
            )
            if records.maintenance
            else ""
        )
        self.maintenance_label.setVisible(bool(records.maintenance))
        health = [render(text, QCoreApplication.translate) for text in (records.degraded, records.curtailment) if text]
        self.health_label.setText(
            self.tr("{status}: {why}").format(status=status_label(self.row.status), why="; ".join(health))
        )
        self.health_label.setVisible(bool(health))  # why it is Degraded, and the plan holding it
        self.maintenance_button.setText(self.tr("End maintenance") if records.maintenance else self.tr("Maintenance…"))

    def toggle_maintenance(self) -> None:
        """Start maintenance (for how many hours, with a note) or end it; audited by the service."""
        ending = self.records is not None and self.records.maintenance is not None
        if not ending:
            hours, ok = QInputDialog.getInt(
                self,
                self.tr("Maintenance"),
                self.tr("Silence this miner's alerts for how many hours (0: until ended)?"),
                4,
                0,
                24 * 30,
            )
            if not ok:
                return
            note, ok = QInputDialog.getText(self, self.tr("Maintenance"), self.tr("What is being done (optional):"))
            if not ok:
                return
        clock = self._context.clock

        def write() -> None:
            try:
                with unit_of_work(self._context.database.session_factory) as session:
                    if ending:
                        end_maintenance(session, self._principal, [self.row.id], clock=clock)
                    else:
                        until = clock() + timedelta(hours=hours) if hours else None
                        set_maintenance(session, self._principal, [self.row.id], until=until, note=note, clock=clock)
            except ServiceError as exc:
                show_error(self, self.tr("Maintenance not changed"), render_error(exc, QCoreApplication.translate))
                return
            except SQLAlchemyError as exc:  # the hours and note typed are kept for Retry
                offer_retry(self, self.tr("Maintenance not changed"), exc, write)
                return
            self.start_load()

        write()

    # -- charts ---------------------------------------------------------------------------------------
    def show_series(self, series: Series) -> None:
        self.series = series
        if series.empty:
            self.stack.setCurrentWidget(self.empty_label)
            self._set_note("", None)
            self.window_label.clear()
            return
        resolution = RESOLUTION_TEXT.get(series.resolution_s, f"{series.resolution_s} s averages")
        if series.fallback:
            days = series.window.days
            chosen = window_text(self.range_combo.currentData()).lower()
            self._set_note(
                self.tr("No telemetry in the {chosen}: showing the last {days} days. Last sample {when}.").format(
                    chosen=chosen, days=days, when=local_time(series.points[-1].t, today_short=False)
                ),
                NOTE_COLOR,
            )
        else:
            self._set_note("", None)
        x = np.fromiter((_x(p.t) for p in series.points), dtype=np.float64, count=len(series.points))
        # A few points (a miner just added) are dots: a line needs two neighbours to be seen at all.
        dots = len(series.points) <= FEW_POINTS
        for (field, color), curve, plot, (from_zero, min_span) in zip(
            CHARTS, self.curves, self.plots, Y_SCALES, strict=True
        ):
            y = np.fromiter(
                (math.nan if getattr(p, field) is None else float(getattr(p, field)) for p in series.points),
                dtype=np.float64,
                count=len(series.points),
            )
            curve.setData(x, y, connect="finite", symbol="o" if dots else None, symbolSize=5, symbolPen=None)
            curve.setSymbolBrush(pg.mkBrush(color))
            nominal = self.row.nominal_ths if field == "hashrate_ths" and self.row.nominal_ths else None
            self._set_y_range(plot, y if nominal is None else np.append(y, nominal), from_zero, min_span)
        if self.row.nominal_ths:  # what the catalogue says this model should do
            self.nominal_line.setPos(self.row.nominal_ths)
        self.nominal_line.setVisible(bool(self.row.nominal_ths))
        end = _x(self._context.clock())
        self.plots[0].setXRange(end - series.window.total_seconds(), end, padding=0.01)
        self.window_label.setText(f"{window_text(series.window)} · {resolution}")
        self.stack.setCurrentWidget(self.graphics)

    def _set_y_range(self, plot: pg.PlotItem, y: np.ndarray, from_zero: bool, min_span: float) -> None:
        """Hashrate and power from zero (a drop reads as a drop, noise as noise); temperature and
        fans around their values, never narrower than ``min_span`` (a flat line is not magnified)."""
        finite = y[np.isfinite(y)]
        if not len(finite):
            plot.setYRange(0, 1)
            return
        high = float(finite.max())
        if from_zero:
            low, high = 0.0, max(high, min_span)
        else:
            low = float(finite.min())
            if high - low < min_span:
                middle = (high + low) / 2
                low, high = middle - min_span / 2, middle + min_span / 2
        plot.setYRange(low, high + (high - low) * 0.08, padding=0)

    def _set_note(self, text: str, tone: str | None) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        if tone is not None:
            set_tone(self.note, tone, bold=True)

    def apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.graphics.setBackground(base)
        for plot, title in zip(self.plots, self._chart_titles(), strict=True):
            plot.setTitle(title, size="9pt", justify="left", color=text.name())
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(muted))
                axis.setTextPen(pg.mkPen(text))
        self.nominal_line.setPen(pg.mkPen(muted, width=1, style=Qt.PenStyle.DashLine))
        self.nominal_line.label.setColor(muted)
        for curve, (_field, color) in zip(self.curves, CHARTS, strict=True):
            curve.setPen(pg.mkPen(color, width=1.6))
        if self.note.isVisible() and self.series is not None and self.series.fallback:
            set_tone(self.note, NOTE_COLOR, bold=True)
        self.show_row(self.row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.reload_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if getattr(self, "_ready", False) and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.apply_palette()
        super().changeEvent(event)
