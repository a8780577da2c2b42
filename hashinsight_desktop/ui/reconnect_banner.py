"""The line over the console's tabs while the database cannot be reached: since when, for how long, and the
last error, in one line; it goes away when the database answers again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from hashinsight_desktop.services.database_health import RECONNECTING, Health
from hashinsight_desktop.ui.fleet.formatting import local_time
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


def elapsed_text(seconds: float) -> str:
    """4 s, 2 min 5 s, 1 h 3 min: how long the database has been gone."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


class ReconnectBanner(QFrame):
    """Hidden while the database answers. ``clock``: the context's, for the time elapsed (refreshed each second)."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconnectBanner")
        self._clock = clock
        self.health: Health | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # set apart from the window around it, in either theme
        self.label = QLabel()
        self.label.setObjectName("reconnectText")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # one line, cut if narrow
        set_tone(self.label, BAD_COLOR, bold=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self._ticker = QTimer(self, interval=1000, timeout=self._show_text)
        self.hide()

    def show_health(self, health: Health) -> None:
        self.health = health
        if health.state != RECONNECTING:
            self._ticker.stop()
            self.hide()
            return
        self._show_text()
        self._ticker.start()
        self.show()

    def _show_text(self) -> None:
        health = self.health
        if health is None or health.since is None:
            return
        text = self.tr(
            "Reconnecting to the database… unreachable since {since} ({elapsed}); last error: {error}"
        ).format(
            since=local_time(health.since),
            elapsed=elapsed_text((self._clock() - health.since).total_seconds()),
            error=health.error,
        )
        self.label.setText(text)
        self.label.setToolTip(text + "\n" + self.tr("What you type is kept; saves made meanwhile can be retried."))
