"""A user's "execute now" / "recover now" goes through the database to the agent that runs curtailment
(the console's own roles run in a child agent process): the console writes a request row (with an
outbox event, whose NOTIFY wakes the agent), one agent takes it (``pending → running``: a single
UPDATE, so one taker), starts the run through its runner and writes how it ended; the console reads
that back. A request nobody takes in time expires, so it can never start long after the user gave up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CurtailmentPlan, CurtailmentRunRequest, User
from hashinsight_desktop.services import outbox
from hashinsight_desktop.services.auth import principal_for
from hashinsight_desktop.services.errors import PermissionDenied, ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.stored_text import as_text, to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

TOPIC = "curtailment.run_request"
PENDING, RUNNING = "pending", "running"
DONE, FAILED, STOPPED, REFUSED, EXPIRED = "done", "failed", "stopped", "refused", "expired"
FINAL = frozenset({DONE, FAILED, STOPPED, REFUSED, EXPIRED})


class RunNotDone(ServiceError):
    """The requested run was refused by the agent, failed, stopped or was never taken: the message says which."""

    def __init__(self, message: str | Text, error_kind: str | None = None) -> None:
        super().__init__(message)
        self.error_kind = error_kind


@dataclass(frozen=True)
class RunRequest:
    id: uuid.UUID
    plan_id: uuid.UUID
    kind: str  # execution, recovery
    user_id: uuid.UUID | None
    username: str
    state: str
    message: str | Text | None = None  # a text when its template was kept (the reader's language); else English
    error_kind: str | None = None


def request_run(
    session: Session, principal: Principal, plan_id: uuid.UUID, kind: str, *, node_id: uuid.UUID | None, now: datetime
) -> uuid.UUID:
    """Ask for ``kind`` of ``plan_id`` for ``principal`` (the caller checked they may: ``authorise_run``)."""
    if principal.user_id is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only a logged-in user can ask the agent to run a plan."))
    request = CurtailmentRunRequest(
        plan_id=plan_id,
        kind=kind,
        user_id=principal.user_id,
        username=principal.username,
        requested_by_node=node_id,
        requested_at=now,
        state=PENDING,
    )
    session.add(request)
    session.flush()
    outbox.emit(session, TOPIC, "curtailment_run_request", request.id, {"plan_id": str(plan_id), "kind": kind})
    return request.id


def pending(session: Session, site_id: uuid.UUID | None = None) -> list[RunRequest]:
    """Requests nobody took yet, oldest first; ``site_id``: only plans at that site (an agent for one site)."""
    query = (
        select(CurtailmentRunRequest)
        .where(CurtailmentRunRequest.state == PENDING)
        .order_by(CurtailmentRunRequest.requested_at)
    )
    if site_id is not None:
        query = query.join(CurtailmentPlan, CurtailmentPlan.id == CurtailmentRunRequest.plan_id).where(
            CurtailmentPlan.site_id == site_id
        )
    return [_view(row) for row in session.scalars(query)]


def read(session: Session, request_id: uuid.UUID) -> RunRequest | None:
    row = session.get(CurtailmentRunRequest, request_id)
    return None if row is None else _view(row)


def take(session: Session, request_id: uuid.UUID, node_id: uuid.UUID | None, now: datetime) -> bool:
    """Take a pending request for this agent; False: another agent took it, or it expired."""
    changed = session.execute(
        update(CurtailmentRunRequest)
        .where(CurtailmentRunRequest.id == request_id, CurtailmentRunRequest.state == PENDING)
        .values(state=RUNNING, taken_by_node=node_id, taken_at=now)
    )
    return bool(changed.rowcount)  # type: ignore[attr-defined]


def requester(session: Session, request: RunRequest) -> Principal:
    """Who asked, as they are now (a role lowered since is honoured); a removed or disabled user is refused."""
    user = session.get(User, request.user_id) if request.user_id is not None else None
    if user is None or not user.is_active:
        raise PermissionDenied(
            Text(
                QT_TRANSLATE_NOOP("Errors", "The user {username!r} who asked for this run no longer may."),
                username=request.username,
            )
        )
    return principal_for(user)


def finish(
    session: Session,
    request_id: uuid.UUID,
    state: str,
    now: datetime,
    *,
    message: str | Text | None = None,
    error_kind: str | None = None,
    only_if: str | None = None,
) -> bool:
    """Record how the request ended (``only_if``: only from that state; False when it was not in it). A text
    ``message`` is kept as its English and, beside it, its template and figures (the asking console's language)."""
    query = update(CurtailmentRunRequest).where(CurtailmentRunRequest.id == request_id)
    if only_if is not None:
        query = query.where(CurtailmentRunRequest.state == only_if)
    changed = session.execute(
        query.values(
            state=state,
            finished_at=now,
            message=str(message or "")[:2000] or None,
            message_text=to_stored(message),
            error_kind=error_kind,
        )
    )
    if not changed.rowcount:  # type: ignore[attr-defined]
        return False
    outbox.emit(session, TOPIC, "curtailment_run_request", request_id, {"state": state})
    return True


def _view(row: CurtailmentRunRequest) -> RunRequest:
    message = None if row.message is None else as_text(row.message, row.message_text)
    return RunRequest(row.id, row.plan_id, row.kind, row.user_id, row.username, row.state, message, row.error_kind)
