"""Open views follow what any console or agent commits, within a second, without polling the database.

The outbox listener (``workers/outbox_listener.py``) hands every committed event to the bridge; this piece
turns them into refreshes. A view registers once — ``follow_changes(widget, topics, refresh)`` — with the
entities it shows (an event's topic up to its first dot: ``miner``, ``alert``, ``telemetry``,
``curtailment_plan``…). Events are coalesced by one timer: a burst of changes refreshes each view once, and only
views whose topics changed. A hidden view (a tab not shown) is not refreshed: it is marked and refreshes when it is
shown. ``refresh_all`` marks every view, for when events may have been missed (the listener starting, the
database back after an outage). Views re-read off the GUI thread as they always do; ``refresh`` only asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow

log = logging.getLogger(__name__)
COALESCE_MS = 100  # events committed this close together refresh a view once

FLEET_TOPICS = frozenset(
    {"miner", "site", "alert", "alert_threshold", "telemetry", "customer", "miner_model", "curtailment_plan"}
)
CURTAILMENT_TOPICS = frozenset({"curtailment_plan", "power_price", "site", "miner", "customer", "telemetry"})


def topic_root(topic: str) -> str:
    return topic.split(".", 1)[0]


@dataclass
class _View:
    widget: QWidget
    topics: frozenset[str]
    refresh: Callable[[], None]
    pending: bool = False


class LiveRefresh(QObject):
    """One per application (``instance()``); the console connects the bridge's outbox events to ``on_events``."""

    _instance: LiveRefresh | None = None
    resync_requested = Signal()  # from any thread: events may have been missed, every view re-reads

    def __init__(self, parent: QObject | None = None, delay_ms: int = COALESCE_MS) -> None:
        super().__init__(parent)
        self._views: dict[int, _View] = {}
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._flush)
        self.resync_requested.connect(self.refresh_all)

    @classmethod
    def instance(cls) -> LiveRefresh:
        if cls._instance is None or not shiboken6.isValid(cls._instance):
            cls._instance = LiveRefresh()
        return cls._instance

    def register(self, widget: QWidget, topics: Iterable[str], refresh: Callable[[], None]) -> None:
        key = id(widget)
        self._views[key] = _View(widget, frozenset(topics), refresh)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda _obj=None, k=key: self._views.pop(k, None))

    def on_events(self, rows: list[OutboxRow]) -> None:
        roots = {topic_root(row.topic) for row in rows}
        marked = False
        for view in self._views.values():
            if view.topics & roots:
                view.pending = marked = True
        if marked and not self._timer.isActive():  # not restarted by later events: the delay stays bounded
            self._timer.start()

    def refresh_all(self) -> None:
        for view in self._views.values():
            view.pending = True
        if self._views and not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        for view in list(self._views.values()):
            if view.pending and shiboken6.isValid(view.widget) and view.widget.isVisible():
                self._run(view)

    def _run(self, view: _View) -> None:
        view.pending = False
        try:
            view.refresh()
        except Exception:  # one view's fault must not keep the others stale
            log.exception("live refresh of %s failed", type(view.widget).__name__)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            view = self._views.get(id(watched))
            if view is not None and view.pending:  # changed while hidden: now that it shows
                QTimer.singleShot(0, lambda v=view: self._run(v) if v.pending else None)
        return False


def follow_changes(widget: QWidget, topics: Iterable[str], refresh: Callable[[], None]) -> None:
    """The one line a view needs to follow other consoles' changes."""
    LiveRefresh.instance().register(widget, topics, refresh)
