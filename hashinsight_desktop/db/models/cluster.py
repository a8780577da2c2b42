"""The control room's own tables: who is connected, who leads which role, which job ticks ran, and
which outbox events each consumer has applied (or gave up on)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hashinsight_desktop.db.base import Base, BigIntPK


class ClusterNode(Base):
    """One running console, agent or command line, with its heartbeat (the database's clock)."""

    __tablename__ = "cluster_nodes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # console, agent
    host: Mapped[str] = mapped_column(String(255), nullable=False)
    pid: Mapped[int] = mapped_column(Integer, nullable=False)
    username: Mapped[str] = mapped_column(String(255), nullable=False)  # the OS account, or the logged-in user
    version: Mapped[str] = mapped_column(String(32), nullable=False)
    parent_id: Mapped[uuid.UUID | None] = mapped_column()  # the console that started this agent
    started_at: Mapped[datetime] = mapped_column(nullable=False)
    heartbeat_at: Mapped[datetime] = mapped_column(nullable=False)
    stopped_at: Mapped[datetime | None] = mapped_column()  # a clean exit; a crash leaves the heartbeat to age
    listener_lag_ms: Mapped[float | None] = mapped_column(Float)  # commit-to-seen of the last outbox event


class RoleLease(Base):
    """A fenced singleton role (``poller:<site>``, ``executor:<site>``). ``epoch`` rises by one at every
    takeover (the first holder has 1); a write that carries an older epoch is refused."""

    __tablename__ = "role_leases"

    role: Mapped[str] = mapped_column(String(128), primary_key=True)
    epoch: Mapped[int] = mapped_column(BigInteger, nullable=False)
    holder_node_id: Mapped[uuid.UUID | None] = mapped_column()  # None: released
    holder_host: Mapped[str | None] = mapped_column(String(255))
    holder_pid: Mapped[int | None] = mapped_column(Integer)
    lease_s: Mapped[float] = mapped_column(Float, nullable=False)
    acquired_at: Mapped[datetime] = mapped_column(nullable=False)
    renewed_at: Mapped[datetime] = mapped_column(nullable=False)
    expires_at: Mapped[datetime] = mapped_column(nullable=False)


class JobTick(Base):
    """One run of a periodic job: claimed by inserting this row (the key refuses a second claimer)."""

    __tablename__ = "job_ticks"

    job: Mapped[str] = mapped_column(String(128), primary_key=True)
    tick_start: Mapped[datetime] = mapped_column(primary_key=True)  # a multiple of the interval, database clock
    interval_s: Mapped[float] = mapped_column(Float, nullable=False)
    node_id: Mapped[uuid.UUID | None] = mapped_column()
    epoch: Mapped[int | None] = mapped_column(BigInteger)  # the role's epoch, for jobs a fenced role runs
    claimed_at: Mapped[datetime] = mapped_column(nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)  # running, ok, failed
    duration_ms: Mapped[float | None] = mapped_column(Float)
    items: Mapped[int | None] = mapped_column(Integer)  # rows written, plans started…
    detail: Mapped[str | None] = mapped_column(Text)  # the failure's reason
    detail_text: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # services/stored_text.py


class InboxEntry(Base):
    """An outbox event a consumer has applied: written in the same transaction as its effect."""

    __tablename__ = "inbox"

    consumer: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(nullable=False)


class ConsumerPosition(Base):
    """Where a consumer's search for unapplied events starts (see services/cluster/consumers.py): events at
    or below ``after_id`` came before the consumer (or, on SQLite, are all applied); on PostgreSQL every
    event whose writing transaction is older than ``horizon_txid`` is applied or failed."""

    __tablename__ = "consumer_positions"

    consumer: Mapped[str] = mapped_column(String(64), primary_key=True)
    after_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    horizon_txid: Mapped[int | None] = mapped_column(BigInteger)  # PostgreSQL only; None: not yet known


class ConsumerFailure(Base):
    """An event a consumer failed to apply: retried with back-off, dead after N attempts until an
    administrator retries or discards it (audited)."""

    __tablename__ = "consumer_failures"
    __table_args__ = (UniqueConstraint("consumer", "event_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    consumer: Mapped[str] = mapped_column(String(64), nullable=False)
    event_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    topic: Mapped[str] = mapped_column(String(64), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False)
    last_error: Mapped[str] = mapped_column(Text, nullable=False)
    first_failed_at: Mapped[datetime] = mapped_column(nullable=False)
    next_attempt_at: Mapped[datetime | None] = mapped_column()  # None once dead
    dead_at: Mapped[datetime | None] = mapped_column(index=True)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by: Mapped[str | None] = mapped_column(String(255))
    resolution: Mapped[str | None] = mapped_column(String(16))  # retried, discarded
