"""Put the selected miners on a power feed: what curtailment's per-feed limits group by. The feed is one
of the site's, or a new one created on purpose (a typo never creates a feed)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.management import place_miners, site_feeds
from hashinsight_desktop.services.fleet.miner_refs import MinerRef
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.fleet.management_dialogs import FeedDialog
from hashinsight_desktop.ui.save_retry import offer_retry


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
        self.dialog: FeedDialog | None = None
        self.task: asyncio.Task[None] | None = None
        self.action = QAction(self.tr("Power feed…"), self)
        self.action.setIconText(self.tr("Power feed"))
        self.action.triggered.connect(self.request)
        self.update_enabled(0)

    def update_enabled(self, selected_count: int) -> None:
        self.action.setEnabled(self.can_operate and selected_count > 0 and self.task is None)
        self.action.setToolTip(
            self.tr(
                "Put the selected miners on a power feed of their site (curtailment can limit what each feed sheds)"
            )
            if self.can_operate
            else self.tr("Your role (%1) may not change miners").replace("%1", self._principal.role.value)
        )

    def request(self) -> asyncio.Task[None] | None:
        """Read the site's feeds, then ask: a feed of the site, none, or a new one created on purpose."""
        rows = self._selected()
        if not self.can_operate or not rows or self.task is not None:
            return None
        sites = {row.site_id: row.site for row in rows}
        if len(sites) > 1:
            show_error(
                self._parent, self.tr("Power feed"), self.tr("Select miners of one site: feeds belong to a site.")
            )
            return None
        ((site_id, site_name),) = sites.items()

        async def ask() -> None:
            def read() -> list[str]:
                with self._context.database.session_factory() as session:
                    return site_feeds(session, self._principal, site_id)

            try:
                feeds = await asyncio.to_thread(read)
            finally:
                self.task = None
            if not shiboken6.isValid(self._parent):
                return
            current = {row.power_feed for row in rows}
            dialog = FeedDialog(len(rows), site_name, feeds, current.pop() if len(current) == 1 else None, self._parent)
            dialog.accepted.connect(lambda: self.start(rows, *dialog.chosen(), form=dialog))
            self.dialog = dialog
            dialog.open()  # not exec(): qasync cannot nest event loops

        self.task = asyncio.ensure_future(ask())  # the qasync loop
        return self.task

    def start(
        self, rows: list[MinerRow], feed: str, new_feed: bool = False, *, form: FeedDialog | None = None
    ) -> asyncio.Task[None]:
        """``form``: the dialog it was chosen in, brought back as it was if the database does not take it."""
        self.dialog = None
        self.task = asyncio.ensure_future(self._save(rows, feed, new_feed, form))
        self.update_enabled(len(rows))
        return self.task

    async def _save(self, rows: list[MinerRow], feed: str, new_feed: bool, form: FeedDialog | None) -> None:
        miners = [MinerRef(row.id, row.version) for row in rows]

        def work() -> int:
            with unit_of_work(self._context.database.session_factory, "miner") as session:
                return place_miners(
                    session, self._principal, miners, power_feed=feed, new_feed=new_feed, clock=self._context.clock
                )

        try:
            changed = await asyncio.to_thread(work)
        except ServiceError as exc:
            if shiboken6.isValid(self._parent):
                show_error(
                    self._parent, self.tr("Power feed not changed"), render_error(exc, QCoreApplication.translate)
                )
            return
        except SQLAlchemyError as exc:
            if shiboken6.isValid(self._parent):
                self.dialog = form
                retry = form.accept if form is not None else lambda: self.start(rows, feed, new_feed)
                offer_retry(self._parent, self.tr("Power feed not changed"), exc, retry, form=form)
            return
        finally:
            self.task = None
            if shiboken6.isValid(self._parent):
                self.update_enabled(len(self._selected()))
        self.changed.emit(changed)
