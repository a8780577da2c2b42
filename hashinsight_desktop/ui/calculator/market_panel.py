"""The calculator's market data: fetched through the process-wide MarketDataService on the asyncio
loop (never blocking the GUI), with a busy indicator, the sources and ages in view, and a banner
when a value is missing altogether."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from decimal import Decimal

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator.resolution import MARKET_FIELDS
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.market_data import (
    MANUAL_SOURCE,
    MarketDataService,
    MarketDataUnavailable,
    MarketValue,
    Quantity,
    remember_manual,
)
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Text, render
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.age_text import age_text
from hashinsight_desktop.ui.calculator.calculator_form import OPTIONAL_MARKET
from hashinsight_desktop.ui.calculator.field_rows import muted_color, set_style
from hashinsight_desktop.ui.calculator.source_texts import describe_sources
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, tone_color


def _tr(text: str) -> str:
    return QCoreApplication.translate("MarketBar", text)


def _said(text: str | Text) -> str:
    """A service's marked text in the console's language."""
    return render(text, QCoreApplication.translate)


log = logging.getLogger(__name__)

AUTO_REFRESH_S = 300.0  # on show and while shown: ask the market data service again after this long


def running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class MarketBar(QWidget):
    """Refresh button, busy bar and status line (in a toolbar); ``banner`` goes above the tab."""

    market_changed = Signal()  # ``values`` changed (or a fetch ended): show them and recalculate

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.values: dict[Quantity, MarketValue] = {}  # the last known value of each market input
        self.last_fetch: datetime | None = None
        self.task: asyncio.Task[None] | None = None  # a strong reference: asyncio holds tasks weakly
        self.refresh_button = QPushButton(self.tr("Refresh market data"))
        self.refresh_button.setToolTip(self.tr("Fetch BTC price, difficulty, fees, height and hashrate (F5)"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: a fetch cannot report progress
        self.busy.setFixedWidth(90)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("marketStatus")
        self.banner = QLabel()
        self.banner.setObjectName("marketBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.banner_tone = BAD_COLOR
        self.banner_missing: frozenset[Quantity] | None = None  # what a "no value" banner is about
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.status, 1)
        self.refresh_button.clicked.connect(self.start_refresh)
        self.show_status(context.clock())

    def start_refresh(self) -> asyncio.Task[None] | None:
        """The button is disabled at once (not at the task's first step), so a double press fetches once."""
        if self.task is not None:
            return self.task
        self._set_busy(True)
        self.task = self.refresh()
        return self.task

    def refresh_if_due(self) -> None:
        """On show and on the age timer: fetch when the values are older than AUTO_REFRESH_S. Without
        an event loop (a screenshot run) show the stored snapshots instead."""
        now = self._context.clock()
        if self.last_fetch is not None and (now - self.last_fetch).total_seconds() < AUTO_REFRESH_S:
            return
        if running_loop() is not None:
            self.start_refresh()
        elif not self.values:
            self._show_stored_snapshots()

    @qasync.asyncSlot()
    async def refresh(self) -> None:
        self.task = asyncio.current_task()
        if not shiboken6.isValid(self):
            self.task = None
            return  # closed before the task's first step
        self._set_busy(True)
        service = self._context.market_data()
        missing: MarketDataUnavailable | None = None
        failure: Exception | None = None
        values: dict[Quantity, MarketValue] = {}
        try:
            values, missing = await self._get_all(service)
            if any(v.stale for v in values.values()) and shiboken6.isValid(self):
                # Old values are served at once while the service refreshes them: show them now,
                # and the new ones when that refresh has ended (or still the old ones, if it failed).
                self._take(values)
                await service.wait_for_refreshes()
                values, missing = await self._get_all(service)
        except Exception as exc:  # a failure ends in a message, never in a stuck busy bar
            log.exception("calculator: market data refresh failed")
            failure = exc
        finally:
            self.task = None
            if shiboken6.isValid(self):
                self._set_busy(False)
        if not shiboken6.isValid(self):
            return  # the tab was closed while the service fetched
        if failure is not None:
            self.show_banner(self.tr("Market data could not be refreshed: {error}").format(error=failure), BAD_COLOR)
        elif missing is not None and any(q.value not in OPTIONAL_MARKET for q in missing.quantities):
            self._show_unavailable(missing)
        else:
            self._show_fallback(values, service.failure_texts(), missing)
        self._take(values)

    @staticmethod
    async def _get_all(service: MarketDataService) -> tuple[dict[Quantity, MarketValue], MarketDataUnavailable | None]:
        """Every market input; when some have no value at all, the others' values and the error."""
        wanted = list(MARKET_FIELDS.values())
        try:
            return await service.get_many(wanted), None
        except MarketDataUnavailable as exc:
            rest = [q for q in wanted if q not in exc.quantities]
            return (await service.get_many(rest) if rest else {}), exc

    def _take(self, values: dict[Quantity, MarketValue]) -> None:
        now = self._context.clock()
        if values:
            self.values.update(values)
            self.last_fetch = now
        self.show_status(now)
        self.market_changed.emit()

    def _show_stored_snapshots(self) -> None:
        from hashinsight_desktop.services.market_data import latest_snapshots

        try:
            stored = latest_snapshots(self._context.database.session_factory, MARKET_FIELDS.values())
        except SQLAlchemyError:
            return
        self._take(stored)

    def _show_unavailable(self, exc: MarketDataUnavailable) -> None:
        """Required values missing altogether: red, with what happened and what to do."""
        advice = _tr("Type the missing values into the Market fields, or check the connection and press F5.")
        self.show_banner(
            _tr("No {names}: {reason}.").format(names=exc.names, reason=_said(exc.reason_text)) + f" {advice}",
            BAD_COLOR,
        )
        self.banner_missing = frozenset(q for q in exc.quantities if q.value not in OPTIONAL_MARKET)

    def _show_fallback(
        self,
        values: dict[Quantity, MarketValue],
        failures: dict[str, str | Text],
        missing: MarketDataUnavailable | None,
    ) -> None:
        """Every required value known, some perhaps only as stored: which providers failed, why, and
        what is used instead; and whether the optional network hashrate is missing. A note, not an alarm."""
        parts = []
        stored = [v for v in values.values() if v.stale or v.source == MANUAL_SOURCE]  # typed ones are never live
        if stored and failures:
            why = "; ".join(f"{name}: {_said(reason)}" for name, reason in sorted(failures.items()))
            used = describe_sources(stored, self._context.clock())
            parts.append(
                _tr("Market data providers failed ({why}): using stored values from {used}.").format(why=why, used=used)
            )
        if missing is not None:
            reason = "" if parts else f": {_said(missing.reason_text)}"
            advice = _tr("The hashrate-share estimate is left out; type a network hashrate to see it.")
            parts.append(_tr("No {names}{reason}.").format(names=missing.names, reason=reason) + f" {advice}")
        if not parts:
            self.hide_banner()
            return
        self.show_banner(" ".join(parts), NOTE_COLOR)
        if missing is not None:
            self.banner_missing = frozenset(missing.quantities)

    def note_form_missing(self, missing: set[Quantity]) -> None:
        """The form's market fields still without any value: a banner about missing values goes once
        every one of them has been typed."""
        if self.banner_missing is not None and not (self.banner_missing & missing):
            self.hide_banner()

    def hide_banner(self) -> None:
        self.banner.hide()
        self.banner_missing = None

    def remember_manual(self, values: dict[Quantity, Decimal], principal: Principal) -> str | None:
        """Keep typed market values as ``manual`` snapshots (one small insert); the error text, if any.
        They are then the values in use: the status line says so, as it does after a restart."""
        try:
            with unit_of_work(self._context.database.session_factory, "manual market values") as session:
                kept = remember_manual(session, principal, values, clock=self._context.clock)
        except (ServiceError, SQLAlchemyError) as exc:
            log.warning("calculator: typed market values not stored: %s", exc)
            return _tr("Typed market values not stored: {error}").format(error=database_error_text(exc))
        self.values.update((value.quantity, value) for value in kept)
        self.show_status(self._context.clock())
        return None

    def show_banner(self, message: str, tone: str) -> None:
        self.banner_missing = None
        self.banner_tone = tone
        color = tone_color(self.window(), tone)
        self.banner.setText(message)
        set_style(
            self.banner,
            f"QLabel#marketBanner {{ border: 1px solid {color}; border-left: 4px solid {color};"
            f" border-radius: 4px; padding: 6px 8px; color: {color}; font-weight: 600; }}",
        )
        self.banner.show()

    def show_status(self, now: datetime) -> None:
        """``Market data: coingecko, mempool.space · oldest 3 min ago`` (amber when last known); typed
        values kept from an earlier session count as ``manual``."""
        shown = list(self.values.values())
        if not shown:
            self.status.setText(self.tr("Market data: none yet — press F5, or type the values"))
            set_style(self.status, f"color: {tone_color(self.window(), NOTE_COLOR)};")
            return
        sources = ", ".join(sorted({v.source for v in shown}))
        oldest = max(v.age_s(now) for v in shown)
        stale = any(v.stale for v in shown)
        template = (
            self.tr("Market data: last known, {sources} · oldest {age}")
            if stale
            else self.tr("Market data: {sources} · oldest {age}")
        )
        self.status.setText(template.format(sources=sources, age=age_text(oldest)))
        color = tone_color(self.window(), NOTE_COLOR) if stale else muted_color()
        set_style(self.status, f"color: {color};")

    def restyle(self) -> None:
        self.show_status(self._context.clock())
        if not self.banner.isHidden():
            self.show_banner(self.banner.text(), self.banner_tone)

    def _set_busy(self, running: bool) -> None:
        self.refresh_button.setEnabled(not running)
        self.refresh_button.setText(self.tr("Refreshing…") if running else self.tr("Refresh market data"))
        self.busy.setVisible(running)
