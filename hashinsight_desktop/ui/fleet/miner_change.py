"""What the Fleet tab's miner actions (managing, maintenance) share: the selection they act on, and one
user action's change run in its own transaction off the GUI thread, then announced (or why it was refused)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import show_error


class MinerChangeActions(QObject):
    changed = Signal(str)  # what was done (the tab reloads and says it)

    def __init__(
        self, context: AppContext, principal: Principal, selected: Callable[[], list[MinerRow]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context, self._principal, self._selected, self._parent = context, principal, selected, parent
        self.can_operate = principal.can(Permission.FLEET_OPERATE)
        self.task: asyncio.Task[None] | None = None

    def update_enabled(self, count: int) -> None:
        raise NotImplementedError

    def run_change(self, done: str, change: Callable[[Any], object], refused_title: str) -> asyncio.Task[None]:
        """``change(session)`` in one transaction on a worker thread; ``changed(done)`` once it committed."""

        async def run() -> None:
            def work() -> None:
                with unit_of_work(self._context.database.session_factory, "miner") as session:
                    change(session)

            try:
                await asyncio.to_thread(work)
            except ServiceError as exc:
                if shiboken6.isValid(self._parent):
                    show_error(self._parent, refused_title, str(exc))
                return
            finally:
                self.task = None
                if shiboken6.isValid(self._parent):
                    self.update_enabled(len(self._selected()))
            self.changed.emit(done)

        self.task = asyncio.ensure_future(run())  # the qasync loop
        self.update_enabled(len(self._selected()))
        return self.task
