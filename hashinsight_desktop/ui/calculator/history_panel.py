"""The user's own saved calculations, newest first; double-click restores one's inputs. Saving runs
in a worker thread (one transaction; the audit append may wait for another desktop's lock)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.db.models import CalculationRecord
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator import history
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import ProfitabilityResult
from hashinsight_desktop.services.calculator.resolution import InputSource, sources_as_dict
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.calculator.formatting import local_time, plain, usd
from hashinsight_desktop.ui.common import RECORD_ROLE, Column, FilteredTablePanel, RecordTableModel
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR

log = logging.getLogger(__name__)


def _input(record: CalculationRecord, field: str) -> Any:
    entry = record.inputs.get(field) if isinstance(record.inputs, dict) else None
    return entry.get("value") if isinstance(entry, dict) else None


def _number(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def _money(value: Any, places: int = 2) -> str:
    number = _number(value)
    return "" if number is None else usd(number, places)


def _payback(record: CalculationRecord) -> str:
    days = record.results.get("payback_days")
    if days is None:
        cost = _number(_input(record, "hardware_cost_usd"))
        return QCoreApplication.translate("CalculatorSources", "not within horizon") if cost else "—"
    if not days:  # day 0 is a calculation with no hardware cost, not "immediate"
        return QCoreApplication.translate("CalculatorSources", "n/a")
    return QCoreApplication.translate("CalculatorSources", "{days} d").format(days=grouped(days))


HISTORY_COLUMNS: list[Column[CalculationRecord]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Saved"),
        lambda r: local_time(r.created_at),
        sort_value=lambda r: r.created_at.timestamp(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Calculation"), lambda r: r.label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Qty"),
        lambda r: plain(_input(r, "quantity")),
        sort_value=lambda r: float(_input(r, "quantity") or 0),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "$/kWh"),
        lambda r: plain(_input(r, "electricity_usd_per_kwh")),
        sort_value=lambda r: float(_input(r, "electricity_usd_per_kwh") or 0),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "BTC price"),
        lambda r: _money(_input(r, "btc_price_usd"), 0),
        sort_value=lambda r: float(_input(r, "btc_price_usd") or 0),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Profit/day"),
        lambda r: _money(r.results.get("profit_usd_per_day")),
        sort_value=lambda r: float(_number(r.results.get("profit_usd_per_day")) or 0),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Payback"),
        _payback,
        sort_value=lambda r: float(r.results.get("payback_days") or 1e12),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "ROI"),
        lambda r: f"{_number(r.results.get('roi_pct')):+.1f} %" if r.results.get("roi_pct") is not None else "—",
        sort_value=lambda r: float(_number(r.results.get("roi_pct")) or 0),
        align_right=True,
    ),
]
COL_SAVED, COL_LABEL = 0, 1


def calculation_label(inputs: CalculatorInputs) -> str:
    return f"{inputs.model_name} × {grouped(inputs.quantity)} at ${plain(inputs.electricity_usd_per_kwh)}/kWh"


class HistoryPanel(FilteredTablePanel):
    restore_requested = Signal(object)  # the CalculationRecord double-clicked
    notice = Signal(str, str)  # text, tone: what became of a save

    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        model: RecordTableModel[CalculationRecord] = RecordTableModel(HISTORY_COLUMNS)
        super().__init__(
            model,
            placeholder=QCoreApplication.translate("CalculatorHistory", "Filter saved calculations"),
            object_name="historyTable",
            sort_column=COL_SAVED,
            stretch_column=COL_LABEL,
            tooltip=QCoreApplication.translate("CalculatorHistory", "Double-click a calculation to restore its inputs"),
            parent=parent,
        )
        self.model = model
        model.setParent(self)
        self._context = context
        self._principal = principal
        self.task: asyncio.Task[None] | None = None  # the save running, strongly held
        self.save_button = QPushButton(self.tr("Save to history"))  # the tab puts it in its toolbar
        self.save_button.setToolTip(self.tr("Keep this calculation, with every input and its source (Ctrl+S)"))
        self.set_records([])

    def set_records(self, records: Sequence[CalculationRecord]) -> None:
        self.model.set_records(records)
        self.summary.setText(
            (
                self.tr("1 saved calculation (yours only) · Ctrl+S saves the current one · double-click restores")
                if len(records) == 1
                else self.tr(
                    "{count} saved calculations (yours only) · Ctrl+S saves the current one · double-click restores"
                ).format(count=len(records))
            )
            if records
            else self.tr("No saved calculations yet: Ctrl+S saves the current one.")
        )

    def reload(self) -> None:
        """The user's history, read on the GUI thread (one indexed query of at most 200 rows)."""
        try:
            with self._context.database.session_factory() as session:
                records = history.list_history(session, self._principal)
        except (ServiceError, SQLAlchemyError) as exc:
            log.warning("calculator: history not read: %s", exc)
            return
        self.set_records(records)

    def start_save(
        self, inputs: CalculatorInputs, sources: dict[str, InputSource], result: ProfitabilityResult
    ) -> asyncio.Task[None]:
        """Save one calculation; the button is disabled at once, so a double press saves once."""
        if self.task is None:
            self.save_button.setEnabled(False)
            label = calculation_label(inputs)
            self.task = self.save(label, sources_as_dict(sources), result.headline())
        return self.task

    @qasync.asyncSlot(str, object, object)
    async def save(self, label: str, inputs: dict[str, Any], results: dict[str, Any]) -> None:
        self.task = asyncio.current_task()
        if not shiboken6.isValid(self):
            self.task = None
            return
        self.save_button.setEnabled(False)
        outcome: list[CalculationRecord] | Exception
        try:
            outcome = await asyncio.to_thread(self._save_in_thread, label, inputs, results)
        except (ServiceError, SQLAlchemyError) as exc:
            outcome = exc
        except Exception as exc:
            log.exception("calculator: saving to history failed")
            outcome = exc
        finally:
            self.task = None
            if shiboken6.isValid(self):
                self.save_button.setEnabled(True)
        if not shiboken6.isValid(self):
            return  # the tab was closed while the thread saved
        if isinstance(outcome, SQLAlchemyError):  # the calculation stays: Retry saves the same one
            offer_retry(self, self.tr("Not saved to history"), outcome, lambda: self.save(label, inputs, results))
        if isinstance(outcome, Exception):
            message = str(outcome).splitlines()[0] if str(outcome) else type(outcome).__name__
            self.notice.emit(self.tr("Not saved: {error}").format(error=message), BAD_COLOR)
            return
        self.set_records(outcome)
        self.notice.emit(self.tr("Saved to history: {label}").format(label=label), OK_COLOR)

    def _save_in_thread(self, label: str, inputs: dict[str, Any], results: dict[str, Any]) -> list[CalculationRecord]:
        # A worker thread: its own sessions, never the GUI thread's. One transaction for the save.
        factory = self._context.database.session_factory
        with unit_of_work(factory, "calculation") as session:
            history.save_calculation(
                session,
                self._principal,
                kind="single",
                label=label,
                inputs=inputs,
                results=results,
                clock=self._context.clock,
            )
        with factory() as session:
            return history.list_history(session, self._principal)

    def shown_records(self) -> list[CalculationRecord]:
        return [self.proxy.index(row, 0).data(RECORD_ROLE) for row in range(self.proxy.rowCount())]

    def _double_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.restore_requested.emit(record)
