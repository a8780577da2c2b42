"""Set price… in the Curtailment tab: the site's power price now, typed in $/kWh like every power
price (stored per MWh), recorded in a worker thread through the same audited service as `curtail price`."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Coroutine
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.site_readings import PowerPriceNow, SiteChoice
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.curtailment.plans_model import kwh_price_text
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR

log = logging.getLogger(__name__)
Spawn = Callable[[Coroutine[Any, Any, None]], "asyncio.Task[None]"]


class PriceEntry(QObject):
    notice = Signal(str, str)  # text, tone
    recorded = Signal()  # read again

    def __init__(self, context: AppContext, principal: Principal, spawn: Spawn, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._spawn = spawn
        self._widget = parent  # the dialog opens over it
        self.dialog: QInputDialog | None = None
        self.task: asyncio.Task[None] | None = None

    def open_dialog(self, site: SiteChoice, price: PowerPriceNow | None) -> QInputDialog | None:
        """The price now at ``site``, in $/kWh (prefilled with the latest one, else the site's tariff)."""
        if self.task is not None:
            return None
        dialog = QInputDialog(self._widget)
        dialog.setWindowTitle(self.tr("Set power price"))
        dialog.setLabelText(self.tr("Power price now at {site}, in $/kWh:").format(site=site.name))
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleDecimals(5)
        dialog.setDoubleRange(-10.0, 100.0)
        dialog.setDoubleValue(price.usd_per_mwh / 1000.0 if price is not None else site.electricity_usd_per_kwh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.doubleValueSelected.connect(lambda value, site_id=site.id: self.record(site_id, value))
        self.dialog = dialog
        dialog.open()
        return dialog

    def record(self, site_id: uuid.UUID, usd_per_kwh: float) -> asyncio.Task[None]:
        self.dialog = None
        self.task = self._spawn(self._record(site_id, usd_per_kwh))
        return self.task

    async def _record(self, site_id: uuid.UUID, usd_per_kwh: float) -> None:
        from hashinsight_desktop.services.curtailment.price_trigger import record_price
        from hashinsight_desktop.services.transaction import unit_of_work

        def work() -> None:
            with unit_of_work(self._context.database.session_factory) as session:
                record_price(
                    session,
                    self._principal,
                    site_id,
                    usd_per_kwh * 1000.0,  # stored per MWh; typed and shown per kWh
                    source="console",
                    clock=self._context.clock,
                )

        try:
            await asyncio.to_thread(work)
        except SQLAlchemyError as exc:  # the database did not take it: the typed price is kept for Retry
            if shiboken6.isValid(self):
                title = self.tr("The power price was not recorded")
                offer_retry(self._widget, title, exc, lambda: self.record(site_id, usd_per_kwh))
                self.notice.emit(title, BAD_COLOR)
        except Exception as exc:
            if not isinstance(exc, ServiceError):
                log.exception("recording a power price failed")
            if shiboken6.isValid(self):
                self.notice.emit(self.tr("The power price was not recorded: {error}").format(error=exc), BAD_COLOR)
        else:
            if shiboken6.isValid(self):
                price = kwh_price_text(usd_per_kwh * 1000.0)
                self.notice.emit(self.tr("Recorded a power price of {price}.").format(price=price), OK_COLOR)
        finally:
            self.task = None
        if shiboken6.isValid(self):
            self.recorded.emit()
