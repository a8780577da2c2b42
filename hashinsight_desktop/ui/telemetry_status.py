"""The status bar's telemetry line: whose poll it shows, when it was polled and how long ago ("Your agent polled
90 at 01:12:05 (40 s ago): 90 hashing · 0 offline · 0 error"), the console's agent when it is not running, and
while the database is away that the figures are as of the last poll heard (the agent reports only through the
database, so nothing newer can arrive)."""

from __future__ import annotations

import os
import socket
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.clock import Clock
from hashinsight_desktop.ui.age_text import duration
from hashinsight_desktop.ui.elided_label import ElidedLabel
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone
from hashinsight_desktop.workers.agent_supervisor import AgentState
from hashinsight_desktop.workers.cycle_report import CycleReport

AGE_REFRESH_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("TelemetryStatus", text)


def poller_name(report: CycleReport, agent_pid: int | None) -> str:
    """Who polled: this console (in-process workers), its agent, another node, or several."""
    here = socket.gethostname()[:255]
    if report.poller_host == here and report.poller_pid == os.getpid():
        return _tr("this console")
    if report.poller_host == here and agent_pid is not None and report.poller_pid == agent_pid:
        return _tr("your agent")
    if report.poller_host:
        return _tr("the agent on {host} (pid {pid})").format(host=report.poller_host, pid=report.poller_pid)
    if report.sites > 1:
        return _tr("the agents of {sites} sites").format(sites=report.sites)
    return _tr("an agent")


def telemetry_text(report: CycleReport, now: datetime, who: str, *, database_away: bool) -> str:
    """The poll's counts with its time and age; while the database is away nothing newer can arrive, so the line
    opens with the time its figures are as of."""
    at = f"{report.started_at.astimezone():%H:%M:%S}"
    age = duration((now - report.started_at).total_seconds())
    counts = _tr("{hashing} hashing · {offline} offline · {errors} error").format(
        hashing=report.hashing, offline=report.offline, errors=report.errors
    )
    if database_away:
        text = _tr("Database away: telemetry as of {at} ({age} ago), {who} polled {polled}: {counts}")
    else:
        text = _tr("{who} polled {polled} at {at} ({age} ago): {counts}")
    text = text.format(at=at, age=age, who=who, polled=report.polled, counts=counts)
    if report.database_error:
        text += _tr(" · {count} samples waiting for the database").format(count=grouped(report.pending))
        if report.dropped:
            text += _tr(", {count} lost").format(count=grouped(report.dropped))
    return text[:1].upper() + text[1:]  # the poller's name opens the line


class TelemetryStatusLabel(ElidedLabel):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum_chars=36)
        self.setObjectName("telemetryStatus")
        self._clock = clock
        self._report: CycleReport | None = None
        self._agent: AgentState | None = None
        self._database_away = False
        self._tone: str | None = None
        self.timer = QTimer(self, interval=AGE_REFRESH_MS)  # the age of the poll shown
        self.timer.timeout.connect(self._show)
        self.timer.start()
        self._show()

    def show_cycle(self, report: CycleReport) -> None:
        self._report = report
        self._show()

    def show_agent_state(self, state: AgentState) -> None:
        self._agent = state
        if state.phase == "running":
            tip = _tr("Polling, curtailment and periodic jobs run in this console's agent, process {pid}.")
            self.setToolTip(tip.format(pid=state.pid))
        self._show()

    def set_database_away(self, away: bool) -> None:
        self._database_away = away
        self._show()

    def _show(self) -> None:
        agent, report = self._agent, self._report
        tone: str | None = None
        if agent is not None and agent.phase != "running":
            text, tone = _agent_text(agent), BAD_COLOR if agent.phase == "restarting" else None
        elif report is None:
            text = _tr("Waiting for the first poll")
        elif not report.leader:
            text = _tr("Telemetry: another desktop polls")
        else:
            who = poller_name(report, agent.pid if agent is not None else None)
            text = telemetry_text(report, self._clock(), who, database_away=self._database_away)
            tone = BAD_COLOR if report.database_error else NOTE_COLOR if self._database_away else None
        if text != self.text():
            self.setText(text)
        if tone != self._tone:
            self._tone = tone
            set_tone(self, tone)


def _agent_text(state: AgentState) -> str:
    if state.phase == "restarting":
        code = state.last_exit
        how = (
            _tr("killed by signal {signal}").format(signal=-code)
            if code is not None and code < 0
            else _tr("exit code {code}").format(code=code)
        )
        return _tr("Agent ended ({how}); restarting in {delay} s").format(how=how, delay=f"{state.retry_in_s:g}")
    if state.phase == "starting":
        return _tr("Agent starting…")
    return _tr("Agent stopped")
