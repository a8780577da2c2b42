"""Admin → Control room: every console and agent with its heartbeat, who leads which role under which epoch until
when, each periodic job's last and next tick, listener lag and dead letters — what `cluster status` prints, read by
the same services/cluster/status.py. The page reads again every few seconds while it is shown (off the GUI thread
when an event loop runs), so a console that stops beating turns *gone* within seconds."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster import status as cluster
from hashinsight_desktop.services.cluster.status import ClusterStatus, JobStatus, NodeStatus, RoleStatus
from hashinsight_desktop.services.code_labels import CLUSTER_ROLES, CLUSTER_STATES, NODE_KINDS, cluster_role, label
from hashinsight_desktop.services.durations import seconds_text
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Template, render, render_error
from hashinsight_desktop.ui.admin.admin_widgets import RecordTable
from hashinsight_desktop.ui.age_text import duration
from hashinsight_desktop.ui.background_read import BackgroundRead
from hashinsight_desktop.ui.common import Column, FilterProxy, RecordTableModel
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, NOTE_COLOR, OK_COLOR, TONES, muted_color, set_tone

T = TypeVar("T")
REFRESH_MS = 3000  # ages and states move by the second: a heartbeat is every 5 s, a lease 15 s
NODE_TONES = {cluster.ONLINE: OK_COLOR, cluster.GONE: BAD_COLOR, cluster.STOPPED: MUTED}
ROLE_TONES = {cluster.HELD: OK_COLOR, cluster.EXPIRED: BAD_COLOR, cluster.RELEASED: MUTED}
DEAD_LETTERS_PAGE = "Dead letters"  # the Admin page's title (admin_tab.visible_pages)
NODE_LEADS = 9  # the nodes table's "Leads" column
JOB_TONES = {"ok": OK_COLOR, cluster.FAILED: BAD_COLOR, cluster.RUNNING: NOTE_COLOR}
# cluster.JOB_TITLES' words, marked here for lupdate (no Qt in services) and translated where shown; a test
# keeps the two lists equal.
JOB_TITLES = (
    QT_TRANSLATE_NOOP("ControlRoomPage", "Telemetry averages (5-minute, hourly)"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Old telemetry removed"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Old notification log removed"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Old job runs removed"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Old change events removed"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Curtailment plans due to start or recover"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Market data refresh"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Market history (exchange prices, network, Fear & Greed)"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Telemetry anomaly scores and alerts"),
    QT_TRANSLATE_NOOP("ControlRoomPage", "Miner polling"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ControlRoomPage", text)


def job_detail(job: JobStatus) -> str:
    """What the job's last run said, in the console's language (a run recorded before texts were kept: English)."""
    return render(job.detail or "", QCoreApplication.translate)


def local_time(moment: datetime, now: datetime) -> str:
    """The time in this computer's zone; the date too when it is not today's."""
    local, today = moment.astimezone(), now.astimezone()
    return f"{local:%H:%M:%S}" if local.date() == today.date() else f"{local:%Y-%m-%d %H:%M}"


def process(host: str | None, pid: int | None) -> str:
    """'ops1 pid 4100': a process of the control room."""
    return _tr("{host} pid {pid}").format(host=host, pid=pid)


def when(moment: datetime | None, now: datetime) -> str:
    """'12:00:03 (12 s ago)' or '12:00:30 (in 15 s)'."""
    if moment is None:
        return "—"
    delta = (now - moment).total_seconds()
    age = duration(abs(delta))
    relative = _tr("{age} ago").format(age=age) if delta >= 0 else _tr("in {age}").format(age=age)
    return f"{local_time(moment, now)} ({relative})"


def lag_text(lag_ms: float | None) -> str:
    """'12 ms'; from 10 s on (a listener stuck or cut off, or catching up after it) a duration: '42 s', '3 min'."""
    if lag_ms is None:
        return "—"
    if lag_ms < 10_000:
        return _tr("{ms} ms").format(ms=number(lag_ms))
    return duration(lag_ms / 1000)


def state_text(state: str) -> str:
    """A node's, role's or tick's state in the user's language."""
    return _said(CLUSTER_STATES, state)


def _said(labels: Mapping[str, Template], code: str) -> str:
    """A control-room code (a process's kind, a role's, a state) by its label in the user's language."""
    return render(label(labels, code), QCoreApplication.translate)


def role_text(role: RoleStatus) -> str:
    """'Miner polling · Texas North' in the user's language."""
    return render(cluster_role(role.kind, role.subject), QCoreApplication.translate)


def _replace_rows(view: RecordTable, model: ToneModel[T], records: list[T], key: Callable[[T], object]) -> None:
    """New rows, the selected record still selected (the model was reset)."""
    selected = view.selected_record()
    model.set_records(records)
    if selected is not None:
        view.select_where(lambda record: key(record) == key(selected))


def tone_qcolor(tone: str) -> QColor:
    from hashinsight_desktop.ui.fleet.formatting import is_dark

    return QColor(muted_color() if tone == MUTED else TONES[tone][is_dark()])


class ToneModel(RecordTableModel[T]):
    """A record table whose cells may carry a status tone (``tone(record, column)``) and a tooltip."""

    def __init__(self, columns: list[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self.tone: Callable[[T, int], str | None] = lambda _record, _column: None
        self.tooltip: Callable[[T, int], str | None] = lambda _record, _column: None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            tone = self.tone(self.record(index.row()), index.column())
            return tone_qcolor(tone) if tone else None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self.record(index.row()), index.column())
        return super().data(index, role)


class ControlRoomPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.status: ClusterStatus | None = None
        self._reader = BackgroundRead(self, self.read, self.show_status)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("controlRoomSummary")
        set_tone(self.summary_label, None, bold=True)
        self.read_label = QLabel()
        self.read_label.setObjectName("controlRoomRead")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the control room again (F5); it also refreshes by itself"))
        self.dead_letters_label = QLabel()
        self.dead_letters_label.setObjectName("deadLetters")
        self.dead_letters_button = QPushButton(self.tr("Show dead letters"))
        self.dead_letters_button.setToolTip(self.tr("Open Admin → Dead letters to retry or discard them"))
        self.dead_letters_button.clicked.connect(lambda _checked=False: self.open_dead_letters())
        self.dead_letters_button.hide()

        self.nodes_model: ToneModel[NodeStatus] = ToneModel(self._node_columns(), self)
        self.nodes_model.tone = lambda n, c: NODE_TONES.get(n.state) if c == 7 else None
        self.nodes_model.tooltip = self._node_tooltip
        self.roles_model: ToneModel[RoleStatus] = ToneModel(self._role_columns(), self)
        self.roles_model.tone = lambda r, c: ROLE_TONES.get(r.state) if c == 8 else None
        self.jobs_model: ToneModel[JobStatus] = ToneModel(self._job_columns(), self)
        self.jobs_model.tone = self._job_tone
        self.jobs_model.tooltip = self._job_tooltip
        self.nodes_view = self._table(self.nodes_model, self.tr("No console or agent has connected in the last day."))
        # An agent may lead several roles: that list gives way (elided, whole in its tooltip), not "Started by".
        self.nodes_view.horizontalHeader().setStretchLastSection(False)
        self.nodes_view.horizontalHeader().setSectionResizeMode(NODE_LEADS, QHeaderView.ResizeMode.Stretch)
        self.roles_view = self._table(self.roles_model, self.tr("No role has been taken yet."))
        self.roles_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by site: its poller and executor together
        self.jobs_view = self._table(self.jobs_model, self.tr("No periodic job has run yet."))

        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self._user_sized = False  # once the user drags a divider, the panes stay where they put them
        split.splitterMoved.connect(self._user_moved)
        for title, view in (
            (self.tr("Consoles and agents"), self.nodes_view),
            (self.tr("Roles: who leads what"), self.roles_view),
            (self.tr("Periodic jobs: ticks"), self.jobs_view),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            split.addWidget(box)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)
        footer = QHBoxLayout()
        footer.addWidget(self.dead_letters_label)
        footer.addWidget(self.dead_letters_button)
        footer.addStretch(1)
        footer.addWidget(self.read_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(footer)

        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self._follow_outbox()
        self.show_status(self.read())

    # --- reading -------------------------------------------------------------------------
    def read(self) -> ClusterStatus | str:
        """The control room now, or why it cannot be read (shown, the rows kept)."""
        try:
            with self._context.database.session_factory() as session:
                return cluster.cluster_status(session, self._principal)
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return self.tr("Cannot read the control room: {reason}").format(reason=database_error_text(exc))

    def refresh(self) -> None:
        """Read again, off the GUI thread when an event loop runs."""
        self._reader.request()

    def _follow_outbox(self) -> None:
        """The cluster's own tables write no outbox events (heartbeats and renewals would flood it): the timer
        follows them. A site renamed by another console is an event, and its roles' names follow at once."""
        follow_changes(self, {"site"}, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.timer.stop()

    # --- showing -------------------------------------------------------------------------
    def show_status(self, seen: ClusterStatus | str) -> None:
        if isinstance(seen, str):
            self.read_label.setText(seen)
            set_tone(self.read_label, BAD_COLOR)
            return
        self.status = seen
        _replace_rows(self.nodes_view, self.nodes_model, seen.nodes, lambda n: n.id)
        _replace_rows(self.roles_view, self.roles_model, seen.roles, lambda r: r.role)
        _replace_rows(self.jobs_view, self.jobs_model, seen.jobs, lambda j: j.job)
        self.summary_label.setText(self.summary_text(seen))
        self.fit_panes()
        self.dead_letters_label.setText(
            self.tr("Dead letters: {count}").format(count=seen.dead_letters)
            + (self.tr(" — events a consumer gave up on; retry or discard them") if seen.dead_letters else "")
        )
        set_tone(self.dead_letters_label, BAD_COLOR if seen.dead_letters else None, bold=bool(seen.dead_letters))
        self.dead_letters_button.setVisible(bool(seen.dead_letters) and self._dead_letters_tab() is not None)
        self.read_label.setText(
            self.tr("Gone: no heartbeat for {gone:g} s  ·  database time {time}, refreshed every {seconds} s").format(
                gone=seen.gone_after_s, time=local_time(seen.now, seen.now), seconds=REFRESH_MS // 1000
            )
        )
        set_tone(self.read_label, MUTED)

    def _dead_letters_tab(self) -> tuple[QTabWidget, int] | None:
        """The Admin tab's Dead letters page, where this role has it."""
        pages = self.parentWidget()
        while pages is not None and not (isinstance(pages, QTabWidget) and pages.objectName() == "adminPages"):
            pages = pages.parentWidget()
        if pages is None:
            return None
        titles = [pages.tabText(index).replace("&&", "&") for index in range(pages.count())]
        title = QCoreApplication.translate("AdminTab", DEAD_LETTERS_PAGE)  # QT_TRANSLATE_NOOP in admin_tab: as shown
        return (pages, titles.index(title)) if title in titles else None

    def open_dead_letters(self) -> None:
        found = self._dead_letters_tab()
        if found is not None:
            found[0].setCurrentIndex(found[1])

    def _user_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def fit_panes(self) -> None:
        """Share the height by what each table holds: every row shown where they all fit, else in proportion
        to their rows (the roles of many sites, every site's poll ticks)."""
        total = self.split.height()
        if self._user_sized or total <= 0:
            return
        views = (self.nodes_view, self.roles_view, self.jobs_view)
        needs = []
        for view in views:
            box = view.parentWidget()
            chrome = box.height() - view.viewport().height() if box is not None else 0
            rows = max(2, view.model().rowCount())  # an empty table still says why
            needs.append(chrome + rows * view.verticalHeader().defaultSectionSize())
        spare = total - sum(needs) - self.split.handleWidth() * (len(views) - 1)
        if spare >= 0:
            sizes = [need + spare * need // sum(needs) for need in needs]
        else:
            sizes = [total * need // sum(needs) for need in needs]
        self.split.setSizes(sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_panes()

    def summary_text(self, seen: ClusterStatus) -> str:
        consoles, agents = len(seen.online("console")), len(seen.online("agent"))
        gone = sum(1 for n in seen.nodes if n.state == cluster.GONE)
        held = sum(1 for r in seen.roles if r.state == cluster.HELD)
        failing = sum(1 for j in seen.jobs if j.outcome == cluster.FAILED)
        jobs = len(seen.jobs)
        parts = [
            (self.tr("1 console") if consoles == 1 else self.tr("{n} consoles").format(n=consoles))
            + self.tr(" and ")
            + (self.tr("1 agent online") if agents == 1 else self.tr("{n} agents online").format(n=agents)),
            self.tr("{n} gone").format(n=gone) if gone else "",
            self.tr("1 role held") if held == 1 else self.tr("{n} roles held").format(n=held),
            (self.tr("1 periodic job") if jobs == 1 else self.tr("{n} periodic jobs").format(n=jobs))
            + (self.tr(", {n} failing").format(n=failing) if failing else ""),
        ]
        return "  ·  ".join(part for part in parts if part)

    # --- columns -------------------------------------------------------------------------
    def _now(self) -> datetime:
        assert self.status is not None  # a model has rows only once a status is shown
        return self.status.now

    def _node_columns(self) -> list[Column[NodeStatus]]:
        def leads(node: NodeStatus) -> str:
            held = self.status.roles_held_by(node.id) if self.status else []
            return ", ".join(role_text(r) for r in held) or "—"

        def parent(node: NodeStatus) -> str:
            found = self.status.node(node.parent_id) if self.status else None
            if found is None:
                return "—" if node.parent_id is None else _tr("a console no longer listed")
            kind = _said(NODE_KINDS, found.kind)
            return _tr("{kind} {process}").format(kind=kind, process=process(found.host, found.pid))

        return [
            Column(_tr("Kind"), lambda n: _said(NODE_KINDS, n.kind)),
            Column(_tr("Host"), lambda n: n.host),
            Column(_tr("PID"), lambda n: n.pid, align_right=True),
            Column(_tr("User"), lambda n: n.username),
            Column(_tr("Version"), lambda n: n.version),
            Column(_tr("Started"), lambda n: when(n.started_at, self._now()), sort_value=lambda n: n.started_at),
            Column(_tr("Last heartbeat"), lambda n: when(n.heartbeat_at, self._now()), lambda n: n.heartbeat_at),
            Column(_tr("State"), lambda n: state_text(n.state)),
            Column(
                _tr("Listener lag"),
                lambda n: lag_text(n.listener_lag_ms),
                sort_value=lambda n: -1.0 if n.listener_lag_ms is None else n.listener_lag_ms,
                align_right=True,
            ),
            Column(_tr("Leads"), leads),
            Column(_tr("Started by"), parent),
        ]

    def _node_tooltip(self, node: NodeStatus, column: int) -> str | None:
        if column == NODE_LEADS:
            held = self.status.roles_held_by(node.id) if self.status else []
            return "\n".join(role_text(r) for r in held) or None
        if column == 8:
            if node.listener_lag_ms is None:
                return _tr("This process does not follow the outbox (an agent has no views to refresh)")
            return _tr(
                "From a commit anywhere to this console seeing it, for the last outbox event it read; once its "
                "listener has not read for longer than its poll (stuck, or the database gone), the time since its "
                "last read"
            )
        if column != 7:
            return None
        return {
            cluster.ONLINE: _tr("Its heartbeat is at most {s:g} s old"),
            cluster.GONE: _tr("No heartbeat for more than {s:g} s: it crashed, froze or lost the network"),
            cluster.STOPPED: _tr("It exited cleanly"),
        }[node.state].format(s=self.status.gone_after_s if self.status else cluster.GONE_AFTER_S)

    def _role_columns(self) -> list[Column[RoleStatus]]:
        return [
            Column(_tr("Role"), lambda r: _said(CLUSTER_ROLES, r.kind)),
            Column(_tr("For"), lambda r: r.subject or "—"),
            Column(_tr("Holder"), lambda r: process(r.holder_host, r.holder_pid) if r.holder_host else "—"),
            Column(_tr("Epoch"), lambda r: r.epoch, align_right=True),
            Column(_tr("Since"), lambda r: when(r.acquired_at, self._now()), sort_value=lambda r: r.acquired_at),
            Column(_tr("Renewed"), lambda r: when(r.renewed_at, self._now()), sort_value=lambda r: r.renewed_at),
            Column(_tr("Expires"), lambda r: when(r.expires_at, self._now()), sort_value=lambda r: r.expires_at),
            Column(
                _tr("Lease"),
                lambda r: render(seconds_text(r.lease_s), QCoreApplication.translate),
                sort_value=lambda r: r.lease_s,
                align_right=True,
            ),
            Column(_tr("State"), lambda r: state_text(r.state)),
        ]

    def _job_columns(self) -> list[Column[JobStatus]]:
        def by(job: JobStatus) -> str:
            node = self.status.node(job.node_id) if self.status else None
            return process(node.host, node.pid) if node else "—"

        def job_label(job: JobStatus) -> str:
            title = _tr(job.title)  # QT_TRANSLATE_NOOP: JOB_TITLES (a job not listed keeps its name)
            return f"{title} · {job.subject}" if job.subject else title

        def outcome(job: JobStatus) -> str:
            # A run that went well but says something (a poller's skipped ticks) says it here, not only on hover.
            text = state_text(job.outcome)
            return f"{text} · {job_detail(job)}" if job.outcome == "ok" and job.detail else text

        def next_tick(job: JobStatus) -> str:
            if job.on_demand:
                return _tr("when asked")
            text = when(job.next_tick, self._now())
            return text + _tr(" — overdue") if job.overdue else text

        return [
            Column(_tr("Job"), job_label),
            Column(_tr("Every"), lambda j: duration(j.interval_s), sort_value=lambda j: j.interval_s),
            Column(_tr("Last run"), lambda j: when(j.claimed_at, self._now()), sort_value=lambda j: j.claimed_at),
            Column(
                _tr("Took"),
                lambda j: "—" if j.duration_ms is None else f"{number(j.duration_ms)} ms",
                sort_value=lambda j: -1.0 if j.duration_ms is None else j.duration_ms,
                align_right=True,
            ),
            Column(_tr("Outcome"), outcome),
            Column(_tr("By"), by),
            Column(_tr("Next tick"), next_tick, sort_value=lambda j: j.next_tick),
            Column(
                _tr("Failed (last day)"),
                lambda j: _tr("{failed} of {runs}").format(failed=j.failures_last_day, runs=j.runs_last_day),
                sort_value=lambda j: j.failures_last_day,  # left: the last column stretches to the edge
            ),
        ]

    def _job_tooltip(self, job: JobStatus, column: int) -> str | None:
        if column == 2 and self.status is not None:
            return _tr("The tick of {start}, claimed by one process of the control room").format(
                start=local_time(job.last_tick_start, self.status.now)
            )
        return job_detail(job) if column == 4 and job.detail else None

    @staticmethod
    def _job_tone(job: JobStatus, column: int) -> str | None:
        if column == 4:
            return NOTE_COLOR if job.outcome == "ok" and job.detail else JOB_TONES.get(job.outcome)
        if column == 6 and job.overdue:
            return NOTE_COLOR
        if column == 7 and job.failures_last_day:
            return BAD_COLOR
        return None

    def _table(self, model: ToneModel[Any], empty: str) -> RecordTable:
        proxy = FilterProxy(self)
        proxy.setSourceModel(model)
        view = RecordTable(empty)
        view.setModel(proxy)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view
