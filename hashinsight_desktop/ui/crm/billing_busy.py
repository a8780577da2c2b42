"""One billing transaction off the GUI thread, with a busy bar and a Cancel. The services cannot be interrupted
mid-way, so Cancel stops the wait at once and the transaction, when the service returns, is rolled back instead of
committed: nothing of an abandoned run is kept. With no running event loop (the smoke test) the work runs at once."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.transaction import unit_of_work

T = TypeVar("T")
_ALIVE: set[asyncio.Task[None]] = set()  # asyncio holds tasks weakly: an abandoned run is kept until it rolls back


class Abandoned(Exception):
    """Raised inside the transaction of a cancelled run so that it rolls back."""


class BusyRun(QWidget, Generic[T]):
    """``start(work, done, failed)``: ``work(session)`` runs in a worker thread inside one transaction; ``done`` gets
    its result on the GUI thread, ``failed`` its exception. ``cancel()`` abandons it (``done`` is never called)."""

    changed = Signal()  # started or ended: the page's Next / Finish follow ``running()``

    def __init__(self, session_factory: sessionmaker[Session], entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_factory, self._entity = session_factory, entity
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the service reports no progress of its own
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("billingCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: asyncio.Task[None] | None = None
        self._stop: threading.Event | None = None
        self.hide()

    def running(self) -> bool:
        return self.task is not None

    def start(
        self, text: str, work: Callable[[Session], T], done: Callable[[T], None], failed: Callable[[Exception], None]
    ) -> None:
        stop = threading.Event()

        def in_thread() -> T:
            with unit_of_work(self._session_factory, self._entity) as session:
                result = work(session)
                if stop.is_set():
                    raise Abandoned  # rolls the whole run back
                return result

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            try:
                outcome = in_thread()
            except Exception as exc:  # handed to the caller, which says what failed
                failed(exc)
                return
            done(outcome)
            return
        self._stop = stop
        self.label.setText(text)
        self.show()

        async def run() -> None:
            try:
                outcome = await asyncio.to_thread(in_thread)
            except Abandoned:
                return
            except Exception as exc:
                if not stop.is_set() and shiboken6.isValid(self):
                    self._finish()
                    failed(exc)
                return
            if not stop.is_set() and shiboken6.isValid(self):
                self._finish()
                done(outcome)

        self.task = asyncio.ensure_future(run())
        _ALIVE.add(self.task)
        self.task.add_done_callback(_ALIVE.discard)
        self.changed.emit()

    def cancel(self) -> None:
        """Stop waiting now; the service's transaction rolls back when it returns."""
        if self._stop is not None:
            self._stop.set()
        self._finish()

    def _finish(self) -> None:
        self.task, self._stop = None, None
        self.hide()
        self.changed.emit()
