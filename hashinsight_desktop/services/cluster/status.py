"""What the control room is doing now, read in one place for the Admin → Control room page, `cluster status`
and the status bar: every console and agent with its heartbeat's age, who leads which role under which epoch
until when, each periodic job's last tick and the next, each console's listener lag, and the dead letters.

Ages and states are measured on the database's clock, the one heartbeats, leases and ticks are written in
(consoles' own clocks may disagree). A node whose heartbeat is older than ``GONE_AFTER_S`` is *gone*, not online:
it crashed, froze or lost the network (a clean exit marks it *stopped*)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from hashinsight_desktop.db.models import ClusterNode, ConsumerFailure, JobTick, NotificationDelivery, RoleLease, Site
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.nodes import HEARTBEAT_S
from hashinsight_desktop.services.cluster.ticks import ON_DEMAND_PREFIXES, on_demand
from hashinsight_desktop.services.market_data.quantities import LABELS, Quantity
from hashinsight_desktop.services.notifications.delivery import FAILED as DELIVERY_FAILED
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.stored_text import as_text
from hashinsight_desktop.services.texts import Text

GONE_AFTER_S = 4 * HEARTBEAT_S  # four beats missed: gone, whatever the reason
GONE_LISTED_FOR = timedelta(days=1)  # a crash is worth seeing the next morning
STOPPED_LISTED_FOR = timedelta(hours=1)  # a clean exit (every restart of an agent leaves one) is not
FAILURES_OVER = timedelta(days=1)  # a job's failures are counted over the last day
ONLINE, GONE, STOPPED = "online", "gone", "stopped"
HELD, EXPIRED, RELEASED = "held", "expired", "released"
RUNNING, FAILED = "running", "failed"

# What an operator calls each job (by the part of its name before ':'); the page shows them through Qt
# translation, `cluster status` as they are. A job not listed is shown by its name.
JOB_TITLES: dict[str, str] = {
    "telemetry-rollups": "Telemetry averages (5-minute, hourly)",
    "telemetry-retention": "Old telemetry removed",
    "notifications-prune": "Old notification log removed",
    "job-ticks-prune": "Old job runs removed",
    "outbox-prune": "Old change events removed",
    "curtailment-due-plans": "Curtailment plans due to start or recover",
    "market-snapshots": "Market data refresh",
    "market-history": "Market history (exchange prices, network, Fear & Greed)",
    "telemetry-anomalies": "Telemetry anomaly scores and alerts",
    "poller": "Miner polling",
}


@dataclass(frozen=True)
class NodeStatus:
    id: uuid.UUID
    kind: str  # console, agent
    host: str
    pid: int
    username: str
    version: str
    parent_id: uuid.UUID | None  # the console that started this agent
    started_at: datetime
    heartbeat_at: datetime
    stopped_at: datetime | None
    listener_lag_ms: float | None
    heartbeat_age_s: float
    state: str  # online, gone, stopped

    @property
    def online(self) -> bool:
        return self.state == ONLINE


@dataclass(frozen=True)
class RoleStatus:
    role: str  # poller:<site id>
    kind: str  # poller
    subject: str  # the site's name where the role names a site, else what follows the colon
    epoch: int
    holder_node_id: uuid.UUID | None
    holder_host: str | None
    holder_pid: int | None
    lease_s: float
    acquired_at: datetime  # held since (this epoch)
    renewed_at: datetime
    expires_at: datetime
    left_s: float  # until expires_at; negative once past
    state: str  # held, expired (its holder stopped renewing and nobody took over yet), released

    @property
    def label(self) -> str:
        """'poller · Texas North': what people call it (the page, the status bar, `cluster status`)."""
        return _label(self.role, self.subject)


@dataclass(frozen=True)
class JobStatus:
    job: str
    title: str  # what it does, in words (JOB_TITLES): 'Miner polling'
    subject: str  # what it is for: the site's name, the market quantity, or ''
    interval_s: float
    last_tick_start: datetime
    claimed_at: datetime
    finished_at: datetime | None
    outcome: str  # running, ok, failed
    duration_ms: float | None
    items: int | None
    detail: str | Text | None  # a text when its template was kept (render it in the reader's language); else English
    node_id: uuid.UUID | None
    next_tick: datetime  # the tick after the last one claimed
    on_demand: bool  # claimed when someone asks (a market refresh), not on a clock: no next tick to wait for
    overdue: bool  # its next tick should have been claimed by now
    failures_last_day: int
    runs_last_day: int

    @property
    def label(self) -> str:
        """'Miner polling · Texas North', 'Market data refresh · network difficulty'."""
        return f"{self.title} · {self.subject}" if self.subject else self.title


@dataclass(frozen=True)
class ClusterStatus:
    now: datetime  # the database's clock when read
    gone_after_s: float
    nodes: list[NodeStatus]
    roles: list[RoleStatus]
    jobs: list[JobStatus]
    dead_letters: int  # consumer failures and notification deliveries given up on, not yet retried or discarded
    _by_id: dict[uuid.UUID, NodeStatus] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {node.id: node for node in self.nodes})

    def node(self, node_id: uuid.UUID | None) -> NodeStatus | None:
        return self._by_id.get(node_id) if node_id is not None else None

    def online(self, kind: str | None = None) -> list[NodeStatus]:
        return [n for n in self.nodes if n.online and (kind is None or n.kind == kind)]

    def roles_held_by(self, node_id: uuid.UUID) -> list[RoleStatus]:
        return [r for r in self.roles if r.state == HELD and r.holder_node_id == node_id]

    def as_json(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "gone_after_s": self.gone_after_s,
            "nodes": [_jsonable(n, roles=[r.role for r in self.roles_held_by(n.id)]) for n in self.nodes],
            "roles": [_jsonable(r, label=r.label) for r in self.roles],
            "jobs": [_jsonable(j, label=j.label) for j in self.jobs],
            "dead_letters": self.dead_letters,
        }


@dataclass(frozen=True)
class OwnRoles:
    """What the status bar says about this process: its node (None: not registered yet), the agents it started
    and the roles it or they lead now."""

    node: NodeStatus | None
    children: list[NodeStatus]
    roles: list[RoleStatus]


def cluster_status(session: Session, principal: Principal) -> ClusterStatus:
    """The whole control room; administrators and owners only (it names hosts, accounts and processes)."""
    require(principal, Permission.SETTINGS_MANAGE, "see the control room")
    now = database_now(session)
    dead = session.scalar(
        select(func.count())
        .select_from(ConsumerFailure)
        .where(ConsumerFailure.dead_at.is_not(None), ConsumerFailure.resolved_at.is_(None))
    )
    dead_deliveries = session.scalar(
        select(func.count()).select_from(NotificationDelivery).where(NotificationDelivery.status == DELIVERY_FAILED)
    )
    return ClusterStatus(
        now=now,
        gone_after_s=GONE_AFTER_S,
        nodes=_nodes(
            session,
            now,
            or_(
                and_(ClusterNode.stopped_at.is_(None), ClusterNode.heartbeat_at >= now - GONE_LISTED_FOR),
                ClusterNode.stopped_at >= now - STOPPED_LISTED_FOR,
            ),
        ),
        roles=_roles(session, now),
        jobs=_jobs(session, now),
        dead_letters=int(dead or 0) + int(dead_deliveries or 0),
    )


def own_roles(session: Session, host: str, pid: int) -> OwnRoles:
    """The roles this process (found by host and pid) and the agents it started lead now. Everyone may see
    their own console's: nothing of other machines is read."""
    now = database_now(session)
    mine = _nodes(session, now, ClusterNode.host == host, ClusterNode.pid == pid, ClusterNode.stopped_at.is_(None))
    node = max(mine, key=lambda n: n.started_at, default=None)  # a reused pid: the newest row is this process
    if node is None:
        return OwnRoles(None, [], [])
    running = _nodes(session, now, ClusterNode.parent_id == node.id, ClusterNode.stopped_at.is_(None))
    # Only the newest child is this console's agent: an older one was replaced (killed, crashed) and may have
    # died before its supervisor could mark it stopped.
    children = [max(running, key=lambda n: n.started_at)] if running else []
    ids = {node.id, *(child.id for child in children)}
    roles = [r for r in _roles(session, now, RoleLease.holder_node_id.in_(ids)) if r.state == HELD]
    return OwnRoles(node, children, roles)


def _nodes(session: Session, now: datetime, *where: Any) -> list[NodeStatus]:
    rows = session.scalars(select(ClusterNode).where(*where).order_by(ClusterNode.kind, ClusterNode.host))
    nodes = []
    for row in rows:
        age = (now - row.heartbeat_at).total_seconds()
        state = STOPPED if row.stopped_at is not None else ONLINE if age <= GONE_AFTER_S else GONE
        nodes.append(
            NodeStatus(
                id=row.id,
                kind=row.kind,
                host=row.host,
                pid=row.pid,
                username=row.username,
                version=row.version,
                parent_id=row.parent_id,
                started_at=row.started_at,
                heartbeat_at=row.heartbeat_at,
                stopped_at=row.stopped_at,
                listener_lag_ms=row.listener_lag_ms,
                heartbeat_age_s=age,
                state=state,
            )
        )
    return nodes


def _roles(session: Session, now: datetime, *where: Any) -> list[RoleStatus]:
    leases = list(session.scalars(select(RoleLease).where(*where).order_by(RoleLease.role)))
    names = _subjects(session, [lease.role for lease in leases])
    roles = []
    for lease in leases:
        kind = lease.role.partition(":")[0]
        left = (lease.expires_at - now).total_seconds()
        state = RELEASED if lease.holder_node_id is None else HELD if left > 0 else EXPIRED
        roles.append(
            RoleStatus(
                role=lease.role,
                kind=kind,
                subject=names[lease.role],
                epoch=lease.epoch,
                holder_node_id=lease.holder_node_id,
                holder_host=lease.holder_host,
                holder_pid=lease.holder_pid,
                lease_s=lease.lease_s,
                acquired_at=lease.acquired_at,
                renewed_at=lease.renewed_at,
                expires_at=lease.expires_at,
                left_s=left,
                state=state,
            )
        )
    return roles


def _subjects(session: Session, names: list[str]) -> dict[str, str]:
    """What each role or job is for: 'poller:<site id>' is for the site's name, 'market' for nothing."""
    site_ids = {_site_id(name) for name in names} - {None}
    sites: dict[uuid.UUID | None, str] = {
        site_id: name for site_id, name in session.execute(select(Site.id, Site.name).where(Site.id.in_(site_ids)))
    }
    return {name: sites.get(_site_id(name), name.partition(":")[2]) for name in names}


def job_title(job: str) -> str:
    """The job's title in words (JOB_TITLES), else its name."""
    kind = job.partition(":")[0]
    return JOB_TITLES.get(kind, kind)


def _job_subject(job: str, subject: str) -> str:
    """A market quantity by its label ('network difficulty'), anything else as _subjects found it."""
    try:
        return LABELS[Quantity(subject)] if job.startswith(ON_DEMAND_PREFIXES) else subject
    except ValueError:
        return subject


def _label(name: str, subject: str) -> str:
    """'poller · Texas North': a role's or job's kind and what it is for."""
    kind = name.partition(":")[0]
    return f"{kind} · {subject}" if subject else kind


def _site_id(role: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(role.partition(":")[2])
    except ValueError:
        return None


def _jobs(session: Session, now: datetime) -> list[JobStatus]:
    """Each job's newest tick and its runs and failures of the last day, read on the key (job, tick_start) only:
    a week of a poller's ticks per site is ~10,000 rows, and a GROUP BY over the table took 160-240 ms."""
    newest = _newest_ticks(session)
    # Two plain INs on the key, the few extra rows dropped here: a row-value IN scanned the table on SQLite.
    wanted = set(newest)
    latest = [
        tick
        for tick in session.scalars(
            select(JobTick)
            .where(JobTick.job.in_([job for job, _ in newest]), JobTick.tick_start.in_({start for _, start in newest}))
            .order_by(JobTick.job)
        )
        if (tick.job, tick.tick_start) in wanted
    ]
    subjects = _subjects(session, [tick.job for tick in latest])
    since = now - FAILURES_OVER
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for job, outcome, count in session.execute(
        select(JobTick.job, JobTick.outcome, func.count())
        .where(JobTick.job.in_([job for job, _start in newest]), JobTick.tick_start >= since)
        .group_by(JobTick.job, JobTick.outcome)
    ):
        counts[job][outcome] = count
    jobs = []
    for tick in latest:
        next_tick = tick.tick_start + timedelta(seconds=tick.interval_s)
        grace = timedelta(seconds=min(tick.interval_s, 60.0))
        jobs.append(
            JobStatus(
                job=tick.job,
                title=job_title(tick.job),
                subject=_job_subject(tick.job, subjects[tick.job]),
                interval_s=tick.interval_s,
                last_tick_start=tick.tick_start,
                claimed_at=tick.claimed_at,
                finished_at=tick.finished_at,
                outcome=tick.outcome,
                duration_ms=tick.duration_ms,
                items=tick.items,
                detail=None if tick.detail is None else as_text(tick.detail, tick.detail_text),
                node_id=tick.node_id,
                next_tick=next_tick,
                on_demand=on_demand(tick.job),
                overdue=not on_demand(tick.job) and now > next_tick + grace,
                failures_last_day=counts[tick.job].get(FAILED, 0),
                runs_last_day=sum(counts[tick.job].values()),
            )
        )
    return jobs


def _newest_ticks(session: Session) -> list[tuple[str, datetime]]:
    """(job, its newest tick_start) for every job: a skip scan of the key (the next job name after the last,
    recursively; each with its MAX on the index), never a scan of every tick."""
    later = aliased(JobTick)
    names = select(func.min(JobTick.job).label("job")).cte("job_names", recursive=True)
    names = names.union_all(
        select(select(func.min(later.job)).where(later.job > names.c.job).scalar_subquery()).where(
            names.c.job.is_not(None)
        )
    )
    newest = select(func.max(later.tick_start)).where(later.job == names.c.job).scalar_subquery()
    return [(job, start) for job, start in session.execute(select(names.c.job, newest).where(names.c.job.is_not(None)))]


def _jsonable(item: Any, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in item.__dataclass_fields__:
        if name.startswith("_"):
            continue
        value = getattr(item, name)
        out[name] = (
            value.isoformat()
            if isinstance(value, datetime)
            else str(value)
            if isinstance(value, uuid.UUID | Text)  # a text: its English, as the command line's --json says texts
            else value
        )
    return {**out, **extra}
