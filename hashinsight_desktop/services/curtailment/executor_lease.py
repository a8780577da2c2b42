"""One live executor per plan, across every console, agent and command line, on either engine.

A run (execution or recovery) takes the plan by a compare-and-set on its row: the UPDATE matches only
when the row still has the version the taker read and no live lease (no owner, or a lease that has
expired by the *database's* clock). Taking it raises the plan's fencing epoch by one. The holder
renews the lease every quarter of its length; every write of its command log first renews it in the
same transaction, matching only its own owner and epoch and an unexpired lease — so an executor that
lost the plan (expired, or taken over) writes nothing and, since commands go out only after their
``sending`` row is committed, sends nothing. A holder that has not managed to renew for
:data:`CLIENT_DEADLINE` of the lease stops acting on its own, before its lease could pass to anyone.

A run that ends (finished, stopped, cancelled) clears the owner, so a successor needs no waiting; a
run whose process died leaves a lease that expires: that is the proof a resumer needs.

The run also holds its site's executor role (:mod:`.site_guard`): the same fence matches only while the
run's role epoch still holds it (:func:`~hashinsight_desktop.services.cluster.roles.fenced`, in the same
UPDATE), and the run stops acting once the role's own client-side deadline passes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Table, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentPlan
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.roles import FencedRole, fenced
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)

DEFAULT_LEASE_S = 15.0
CLIENT_DEADLINE = 0.6  # of the lease: a holder that could not renew for this long stops acting
_PLANS = cast(Table, CurtailmentPlan.__table__)


class PlanBusy(ServiceError):
    """Another live executor holds the plan: nothing was sent."""


class LeaseLost(ServiceError):
    """This executor no longer holds the plan (its lease expired or was taken over): it stops sending."""


def new_owner() -> str:
    """Who a run is: the machine, the process and the run (two runs of one process differ too)."""
    return f"{socket.gethostname()[:80]} pid {os.getpid()} run {uuid.uuid4().hex[:8]}"


def describe_holder(owner: str | None, expires_at: datetime | None, now: datetime) -> str:
    if owner is None or expires_at is None:
        return "another executor"
    left = max(0.0, (expires_at - now).total_seconds())
    return f"{owner} (its lease runs {left:,.0f} s more unless renewed)"


def live_holder(session: Session, plan: CurtailmentPlan) -> str | None:
    """Who holds ``plan`` now, or None when nobody does (no owner, or the lease has expired)."""
    if plan.executor_owner is None or plan.lease_expires_at is None:
        return None
    now = database_now(session)
    if plan.lease_expires_at <= now:
        return None
    return describe_holder(plan.executor_owner, plan.lease_expires_at, now)


def claim(session: Session, plan: CurtailmentPlan, owner: str, lease_s: float) -> int:
    """Take ``plan`` for ``owner`` in the caller's transaction: the new fencing epoch, or
    :class:`PlanBusy` when another live executor holds it or the row changed since it was read."""
    now = database_now(session)
    taken = session.execute(
        update(_PLANS)
        .where(
            _PLANS.c.id == plan.id,
            _PLANS.c.version == plan.version,
            or_(
                _PLANS.c.executor_owner.is_(None),
                _PLANS.c.lease_expires_at.is_(None),
                _PLANS.c.lease_expires_at <= now,
            ),
        )
        .values(
            executor_owner=owner,
            lease_expires_at=now + timedelta(seconds=lease_s),
            fencing_epoch=_PLANS.c.fencing_epoch + 1,
            version=_PLANS.c.version + 1,
        )
        .returning(_PLANS.c.fencing_epoch)
    ).first()
    if taken is None:
        current = session.execute(
            select(_PLANS.c.executor_owner, _PLANS.c.lease_expires_at).where(_PLANS.c.id == plan.id)
        ).first()
        holder = describe_holder(*current, now) if current is not None else "another executor"
        raise plan_busy(plan.name, holder)
    session.refresh(plan)
    return int(taken[0])


def plan_busy(name: str, holder: str) -> PlanBusy:
    """The refusal when another process runs the plan (holds its executor lease): nothing was sent."""
    return PlanBusy(
        Text(
            QT_TRANSLATE_NOOP(
                "Errors",
                (
                    "Plan {name!r} is being run by {holder}; nothing was sent. "
                    "Stop it with 'curtail stop' or wait for it to finish."
                ),
            ),
            name=name,
            holder=holder,
        )
    )


@dataclass(frozen=True)
class Fenced:
    """What a renewal read back: whether a stop was asked, and by whom."""

    stop_requested_by: str | None


def fence(
    session: Session,
    plan_id: uuid.UUID,
    owner: str,
    epoch: int,
    lease_s: float,
    role: tuple[str, int] | None = None,
) -> Fenced:
    """Renew the lease in the caller's transaction, or raise :class:`LeaseLost` (and the caller's
    transaction rolls back: a stale executor's write changes nothing). ``role``: the site's executor role
    and the run's epoch of it, which must still hold it (checked in the same statement)."""
    now = database_now(session)
    row = session.execute(
        update(_PLANS)
        .where(
            _PLANS.c.id == plan_id,
            _PLANS.c.executor_owner == owner,
            _PLANS.c.fencing_epoch == epoch,
            _PLANS.c.lease_expires_at > now,
            *([fenced(*role)] if role is not None else []),
        )
        .values(lease_expires_at=now + timedelta(seconds=lease_s))
        .returning(_PLANS.c.stop_requested_by, _PLANS.c.stop_requested_at)
    ).first()
    if row is None:
        raise LeaseLost(
            QT_TRANSLATE_NOOP(
                "Errors",
                (
                    "this executor lost the plan or its site (its lease expired "
                    "or another executor took over); it sent nothing more"
                ),
            )
        )
    return Fenced(row[0] or ("someone" if row[1] is not None else None))


def release(session: Session, plan_id: uuid.UUID, owner: str, epoch: int) -> bool:
    """Give the plan up in the caller's transaction (only if still ours); whether it was."""
    result = cast(
        CursorResult[Any],
        session.execute(
            update(_PLANS)
            .where(_PLANS.c.id == plan_id, _PLANS.c.executor_owner == owner, _PLANS.c.fencing_epoch == epoch)
            .values(executor_owner=None, lease_expires_at=None)
        ),
    )
    return bool(result.rowcount)


class LeaseKeeper:
    """A run's hold on its plan: a heartbeat task, the fence every command-log write goes through,
    and the stop request the heartbeat reads back."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        plan_id: uuid.UUID,
        owner: str,
        epoch: int,
        lease_s: float,
        *,
        role: FencedRole | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """``role``: the site's executor role the run holds (its epoch now is the run's, for every write)."""
        self.session_factory = session_factory
        self.plan_id = plan_id
        self.owner = owner
        self.epoch = epoch
        self.lease_s = lease_s
        self.monotonic = monotonic
        self.renewed_at = monotonic()  # the claim's transaction has just committed
        self.lost: str | Text | None = None  # why this run no longer holds the plan (said in the reader's language)
        self.stop_requested_by: str | None = None
        self._beat: asyncio.Task[None] | None = None
        self.wake = asyncio.Event()  # set on the run's loop when it must stop waiting: a stop, a lost lease
        self.role = role
        self.role_epoch = (role.role, role.epoch) if role is not None and role.epoch is not None else None
        if role is not None and self.role_epoch is None:
            self.lost = QT_TRANSLATE_NOOP("Errors", "lost its site's executor role before it began")

    # --- the fence ------------------------------------------------------------------------------
    def fence(self, session: Session) -> None:
        """Renew in ``session``'s transaction (the first statement of every command-log write)."""
        asked = self.monotonic()
        try:
            renewed = fence(session, self.plan_id, self.owner, self.epoch, self.lease_s, self.role_epoch)
        except LeaseLost as exc:
            self.lost = exc.text or str(exc)
            raise
        self.renewed_at = max(self.renewed_at, asked)
        if renewed.stop_requested_by is not None:
            self.stop_requested_by = renewed.stop_requested_by

    def renew(self) -> None:
        with unit_of_work(self.session_factory, "curtailment plan") as session:
            self.fence(session)

    def check(self) -> None:
        """Raise :class:`LeaseLost` when this run may no longer act: lost, or not renewed in time."""
        if self.lost is not None:
            raise LeaseLost(self.lost)
        if self.role is not None and not (self.role.acting and self.role.epoch == self.epoch_of_role):
            self.lost = (
                f"lost its site's executor role ({self.role.role}): it could not renew it in time, or another "
                "executor took the site over"
            )
            raise LeaseLost(self.lost)
        silent_s = self.monotonic() - self.renewed_at
        if silent_s > CLIENT_DEADLINE * self.lease_s:
            self.lost = (
                f"could not renew its lease for {silent_s:,.1f} s (of {self.lease_s:,.0f} s); "
                "stopped acting before another executor could take over"
            )
            raise LeaseLost(self.lost)

    @property
    def epoch_of_role(self) -> int | None:
        return self.role_epoch[1] if self.role_epoch is not None else None

    @property
    def stopping(self) -> bool:
        return self.stop_requested_by is not None

    # --- the heartbeat --------------------------------------------------------------------------
    async def _heartbeat(self) -> None:
        while self.lost is None:
            await asyncio.sleep(self.lease_s / 4)
            try:
                await asyncio.to_thread(self.renew)
            except LeaseLost:
                log.warning("curtailment plan %s: %s", self.plan_id, self.lost)
                self.wake.set()
                return
            except DBAPIError as exc:  # an outage: the client-side deadline decides
                log.warning("curtailment plan %s: lease renewal failed: %s", self.plan_id, type(exc).__name__)
                if self.monotonic() - self.renewed_at > CLIENT_DEADLINE * self.lease_s:
                    self.wake.set()
            if self.stopping or (self.role is not None and not self.role.acting):
                self.wake.set()

    def start(self) -> None:
        self._beat = asyncio.get_running_loop().create_task(self._heartbeat(), name=f"lease-{self.plan_id}")

    async def close(self) -> None:
        """Stop the heartbeat and give the plan up if it is still ours (a run that ended or was
        cancelled: its successor need not wait for the lease to expire)."""
        if self._beat is not None:
            self._beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._beat
        # Not in a thread: a second cancellation must not skip the release (one short statement).
        try:
            with unit_of_work(self.session_factory, "curtailment plan") as session:
                release(session, self.plan_id, self.owner, self.epoch)
        except DBAPIError as exc:
            log.warning("curtailment plan %s: release failed (%s); its lease expires", self.plan_id, exc)
