"""What the Fleet tab's miner actions (managing, maintenance) share: the selection they act on, the form a
change is typed in, and one user action's change run in its own transaction off the GUI thread, then
announced (or why it was refused; if the database did not take it, the form back and Retry: ui.save_retry)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.save_retry import offer_retry

D = TypeVar("D", bound=QDialog)


class MinerChangeActions(QObject):
    changed = Signal(str)  # what was done (the tab reloads and says it)

    def __init__(
        self, context: AppContext, principal: Principal, selected: Callable[[], list[MinerRow]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context, self._principal, self._selected, self._parent = context, principal, selected, parent
        self.can_operate = principal.can(Permission.FLEET_OPERATE)
        self.task: asyncio.Task[None] | None = None
        self.dialog: QWidget | None = None  # the form open now (one at a time)
        self._submitting: QDialog | None = None  # the form whose OK is being handled

    def update_enabled(self, count: int) -> None:
        raise NotImplementedError

    def open_form(self, dialog: D, on_ok: Callable[[], object]) -> D:
        """Show ``dialog``; its OK runs ``on_ok`` (which reads it and calls run_change)."""

        def submit() -> None:
            self._submitting = dialog
            try:
                on_ok()
            finally:
                self._submitting = None

        self.dialog = dialog
        dialog.accepted.connect(submit)
        dialog.finished.connect(self._form_closed)
        dialog.open()  # not exec(): qasync cannot nest event loops
        self.update_enabled(len(self._selected()))
        return dialog

    def _form_closed(self) -> None:
        self.dialog = None
        if shiboken6.isValid(self._parent):
            self.update_enabled(len(self._selected()))

    def run_change(self, done: str, change: Callable[[Any], object], refused_title: str) -> asyncio.Task[None]:
        """``change(session)`` in one transaction on a worker thread; ``changed(done)`` once it committed. A
        database that did not take it: the form it came from opened again as it was, and Retry offered."""
        form = self._submitting

        async def run() -> None:
            def work() -> None:
                with unit_of_work(self._context.database.session_factory, "miner") as session:
                    change(session)

            try:
                await asyncio.to_thread(work)
            except ServiceError as exc:
                if shiboken6.isValid(self._parent):
                    show_error(self._parent, refused_title, render_error(exc, QCoreApplication.translate))
                return
            except SQLAlchemyError as exc:
                if shiboken6.isValid(self._parent):
                    if form is not None:
                        self.dialog = form  # open again: no second form meanwhile
                    retry = form.accept if form is not None else lambda: self.run_change(done, change, refused_title)
                    offer_retry(self._parent, refused_title, exc, retry, form=form)
                return
            finally:
                self.task = None
                if shiboken6.isValid(self._parent):
                    self.update_enabled(len(self._selected()))
            self.changed.emit(done)

        self.task = asyncio.ensure_future(run())  # the qasync loop
        self.update_enabled(len(self._selected()))
        return self.task
