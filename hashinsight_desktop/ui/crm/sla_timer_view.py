"""A ticket's two SLA clocks (response, resolution) as read from services.crm.sla_timers: business time used of
the target, what is left, why a clock is not counting (waiting for the customer, outside working hours,
stopped), the due moment and a breach. A running clock ticks on screen between reads (one second of business
time per second while it counts); everything else is the service's."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QWidget

from hashinsight_desktop.services.crm.sla_timers import (
    NO_TARGET,
    OFF_HOURS,
    PAUSED,
    RUNNING,
    STOPPED,
    TicketTimers,
    Timer,
)
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone


def _t(text: str) -> str:
    return QCoreApplication.translate("SlaTimerView", text)


def duration_text(seconds: float) -> str:
    """Business time as read: 45 min, 3 h, 3 h 20 min, 2 d 4 h (days of 24 hours of counted time)."""
    seconds = abs(seconds)
    minutes = round(seconds / 60)  # to the nearest minute: a clock read a moment ago stays whole
    if minutes < 60:
        return _t("%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        if not minutes:
            return _t("%1 h").replace("%1", str(hours))
        return _t("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
    days, hours = divmod(hours, 24)
    return _t("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))


def state_text(timer: Timer) -> str:
    return {
        RUNNING: _t("counting"),
        OFF_HOURS: _t("paused: outside business hours"),
        PAUSED: _t("paused: waiting for the customer"),
        STOPPED: _t("stopped"),
        NO_TARGET: _t("no SLA target"),
    }.get(timer.state, timer.state)


class TimerRow:
    """One clock: a bar of business time used of the target and a line of words."""

    def __init__(self, title: str, grid: QGridLayout, row: int, name: str) -> None:
        self.title = QLabel(f"<b>{title}</b>")
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{name}Bar")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.text = QLabel()
        self.text.setObjectName(f"{name}Text")
        self.text.setWordWrap(True)
        grid.addWidget(self.title, row, 0)
        grid.addWidget(self.bar, row, 1)
        grid.addWidget(self.text, row + 1, 0, 1, 2)

    def show(self, timer: Timer, extra_s: float) -> None:
        elapsed = timer.elapsed_s + (extra_s if timer.state == RUNNING else 0.0)
        if timer.target_s is None:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.text.setText(state_text(timer))
            set_tone(self.text, None)
            return
        self.bar.setRange(0, max(1, int(timer.target_s)))
        self.bar.setValue(min(int(elapsed), int(timer.target_s)))
        remaining = timer.target_s - elapsed
        breached = timer.breached or remaining < 0
        parts = [
            _t("%1 of %2 used").replace("%1", duration_text(elapsed)).replace("%2", duration_text(timer.target_s)),
            _t("over by %1").replace("%1", duration_text(remaining))
            if breached
            else _t("%1 left").replace("%1", duration_text(remaining)),
            state_text(timer),
        ]
        if timer.due_at is not None and timer.state != STOPPED:
            parts.append(_t("due %1").replace("%1", locale_format.named(timer.due_at, "weekday_time")))
        if breached:
            parts.insert(0, _t("BREACHED"))
        self.text.setText(" · ".join(parts))
        tone = BAD_COLOR if breached else NOTE_COLOR if timer.paused else OK_COLOR if timer.state == RUNNING else None
        set_tone(self.text, tone, bold=breached)


class SlaTimerView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("SLA"))
        self.setObjectName("slaTimers")
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.response = TimerRow(self.tr("First response"), grid, 0, "response")
        self.resolution = TimerRow(self.tr("Resolution"), grid, 2, "resolution")
        self.timers: TicketTimers | None = None
        self._read_at = 0.0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._redraw)

    def show_timers(self, timers: TicketTimers) -> None:
        """The service's figures as of now; a running clock then ticks on until the next read."""
        self.timers, self._read_at = timers, time.monotonic()
        self._redraw()
        running = RUNNING in (timers.response.state, timers.resolution.state)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def _redraw(self) -> None:
        if self.timers is None:
            return
        extra = time.monotonic() - self._read_at
        self.response.show(self.timers.response, extra)
        self.resolution.show(self.timers.resolution, extra)
