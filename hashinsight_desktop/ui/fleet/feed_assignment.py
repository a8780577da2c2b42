"""Put the selected miners on a power feed (or rack): what curtailment's per-feed limits group by."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miners import FEED_MAX_CHARS, MinerRow, set_power_feed
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import show_error


class FeedAssignment(QObject):
    changed = Signal(int)  # miners whose feed changed (the tab reloads)

    def __init__(
        self, context: AppContext, principal: Principal, selected: Callable[[], list[MinerRow]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._selected = selected
        self._parent = parent
        self.can_operate = principal.can(Permission.FLEET_OPERATE)
        self.dialog: QInputDialog | None = None
        self.task: asyncio.Task[None] | None = None
        self.action = QAction("Power feed…", self)
        self.action.setIconText("Power feed")
        self.action.triggered.connect(self.request)
        self.update_enabled(0)

    def update_enabled(self, selected_count: int) -> None:
        self.action.setEnabled(self.can_operate and selected_count > 0 and self.task is None)
        self.action.setToolTip(
            "Put the selected miners on a power feed or rack (curtailment can limit what each feed sheds)"
            if self.can_operate
            else f"Your role ({self._principal.role.value}) may not change miners"
        )

    def request(self) -> QInputDialog | None:
        rows = self._selected()
        if not self.can_operate or not rows or self.task is not None:
            return None
        feeds = {row.power_feed or "" for row in rows}
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle("Power feed")
        dialog.setLabelText(
            f"Feed or rack of the {len(rows):,} selected miner{'s' if len(rows) != 1 else ''} (empty: none):"
        )
        dialog.setTextValue(feeds.pop() if len(feeds) == 1 else "")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.findChild(QLineEdit).setMaxLength(FEED_MAX_CHARS)  # type: ignore[union-attr]
        dialog.textValueSelected.connect(lambda text: self.start(rows, text))
        self.dialog = dialog
        dialog.open()  # not exec(): qasync cannot nest event loops
        return dialog

    def start(self, rows: list[MinerRow], feed: str) -> asyncio.Task[None]:
        self.dialog = None
        self.task = asyncio.ensure_future(self._save([row.id for row in rows], feed))  # the qasync loop
        self.update_enabled(len(rows))
        return self.task

    async def _save(self, miner_ids: list[uuid.UUID], feed: str) -> None:
        def work() -> int:
            with unit_of_work(self._context.database.session_factory, "miner") as session:
                return set_power_feed(session, self._principal, miner_ids, feed, clock=self._context.clock)

        try:
            changed = await asyncio.to_thread(work)
        except ServiceError as exc:
            if shiboken6.isValid(self._parent):
                show_error(self._parent, "Power feed not changed", str(exc))
            return
        finally:
            self.task = None
            if shiboken6.isValid(self._parent):
                self.update_enabled(len(self._selected()))
        self.changed.emit(changed)
