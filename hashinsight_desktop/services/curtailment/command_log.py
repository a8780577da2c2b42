"""The executor's command log: each item's state, written in one transaction per step of a batch.

An item moves planned → sending → accepted | failed → confirmed | unconfirmed, in ``state`` while a
plan is executed and in ``recovery_state`` while it is recovered. ``sending`` is written (with an
operation-log row per command, outcome pending) before any command leaves; the results after. A run
that died in between left ``sending`` rows: their outcome is unknown, and the next run polls those
miners before deciding whether to send again.

Every write first renews the run's lease through ``fence`` in the same transaction (see
:mod:`.executor_lease`): a run that lost its plan writes nothing, and as commands leave only after
their ``sending`` rows committed, sends nothing either. Each command's operation-log row carries the
epoch of the site's executor role the run holds and is inserted only while that epoch still holds the
role, in the same statement (``INSERT … SELECT … WHERE fenced(role, epoch)``).

Writes are bulk statements (one UPDATE by primary key, one INSERT) so that a 1,500-miner batch costs
two short transactions, not 3,000. Functions here are synchronous: the executor calls them through
``asyncio.to_thread``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.base import utcnow
from hashinsight_desktop.db.models import CurtailmentItem, OperationLogEntry
from hashinsight_desktop.services.cluster.roles import fenced
from hashinsight_desktop.services.curtailment.executor_lease import LeaseLost
from hashinsight_desktop.services.curtailment.level_commands import UnknownLevel, level_request
from hashinsight_desktop.services.devices import DeviceError
from hashinsight_desktop.services.devices.send import check_action
from hashinsight_desktop.services.devices.target import ActionRequest
from hashinsight_desktop.services.fleet.control import ControlTarget, logged_command, stored_detail
from hashinsight_desktop.services.stored_text import as_text
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, Text
from hashinsight_desktop.services.transaction import unit_of_work

_LOG = cast(Table, OperationLogEntry.__table__)

Fence = Callable[[Session], None]  # renews the run's lease in the write's transaction, or raises


class ItemState(StrEnum):
    PLANNED = "planned"
    SENDING = "sending"
    ACCEPTED = "accepted"
    FAILED = "failed"
    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class Leg:
    """Which half of a plan's life a run is: the columns it logs in and the command it sends."""

    name: str  # execution, recovery
    state_column: str
    attempts_column: str


EXECUTION = Leg("execution", "state", "attempts")
RECOVERY = Leg("recovery", "recovery_state", "recovery_attempts")


@dataclass(slots=True)
class ItemView:
    """An item as the executor holds it in memory, kept equal to its row by the writes below."""

    id: uuid.UUID
    miner_id: uuid.UUID | None
    miner_name: str
    host: str
    port: int
    level: str
    full_power_w: float
    level_power_w: float
    full_hashrate_ths: float
    level_hashrate_ths: float
    batch: int
    executed_state: str  # the execution state (what recovery decides from)
    executed_attempts: int
    state: str  # this leg's state
    attempts: int  # this leg's attempts
    detail: str | Text | None  # a text is stored as its English and its template (the reader's language)
    command: ActionRequest | None  # None: nothing can be sent (``problem`` says why)
    target: ControlTarget  # the miner as the device layer reaches it (family, login, capabilities)
    problem: str | Text | None = None
    reported: str | Text = ""  # what the miner said at the last poll
    measured_w: float | None = None  # the power it drew at the last poll (None: no answer, or no power figure)
    resend_reason: str | Text | None = None  # why the next send is a re-send (set by reconciliation)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def said(error: Exception) -> str | Text:
    """What an error says: its marked text when it has one (the reader's language), else its English."""
    text = getattr(error, "text", None)
    return text if isinstance(text, Text | Template) and text else str(error)


def _command(leg: Leg, item: CurtailmentItem, target: ControlTarget) -> tuple[ActionRequest | None, str | Text | None]:
    """The item's request, or why none can go: an unknown level, or one the miner's firmware refuses
    (a capability it lacks, a value out of its range, no login stored) — then nothing is ever sent."""
    try:
        device = target.device()
        profiles = device.effective_capabilities().profiles
        request = level_request(leg.name, item.level, item.power_pct, item.level_power_w, item.full_power_w, profiles)
        check_action(device, request)
    except UnknownLevel as exc:
        return None, said(exc)
    except DeviceError as exc:
        reason: str | Text = said(exc)
        if target.credentials_error:
            reason = Text(QT_TRANSLATE_NOOP("CurtailmentItems", "no login: {error}"), error=target.credentials_error)
        return None, Text(QT_TRANSLATE_NOOP("CurtailmentItems", "not sent: {reason}"), reason=reason)
    return request, None


def _fallback_target(item: CurtailmentItem, site_id: uuid.UUID) -> ControlTarget:
    """A miner no longer in the fleet: reached as it was planned, by the generic commands."""
    return ControlTarget(item.miner_id or uuid.UUID(int=0), site_id, item.host, item.port, item.dialect)


def load_items(
    session: Session,
    plan_id: uuid.UUID,
    leg: Leg,
    targets: Mapping[uuid.UUID, ControlTarget] | None = None,
    site_id: uuid.UUID | None = None,
) -> list[ItemView]:
    """The plan's items for ``leg``, each with its miner's device target from ``targets`` (by miner id;
    a miner missing there is reached by the generic commands, as planned)."""
    items = session.scalars(
        select(CurtailmentItem).where(CurtailmentItem.plan_id == plan_id).order_by(CurtailmentItem.batch)
    )
    views = []
    for item in items:
        found = (targets or {}).get(item.miner_id) if item.miner_id is not None else None
        target = found or _fallback_target(item, site_id or uuid.UUID(int=0))
        if target.dialect is None and item.dialect is not None:
            target = replace(target, dialect=item.dialect)
        command, problem = _command(leg, item, target)
        state = getattr(item, leg.state_column) or ItemState.PLANNED.value
        views.append(
            ItemView(
                id=item.id,
                miner_id=item.miner_id,
                miner_name=item.miner_name,
                host=item.host,
                port=item.port,
                level=item.level,
                full_power_w=item.full_power_w,
                level_power_w=item.level_power_w,
                full_hashrate_ths=item.full_hashrate_ths,
                level_hashrate_ths=item.level_hashrate_ths,
                batch=item.batch,
                executed_state=item.state,
                executed_attempts=item.attempts,
                state=state,
                attempts=getattr(item, leg.attempts_column),
                detail=None if item.detail is None else as_text(item.detail, item.detail_text),
                command=command,
                target=target,
                problem=problem,
            )
        )
    return views


def _item_rows(leg: Leg, items: Sequence[ItemView], now: datetime) -> list[dict[str, Any]]:
    return [
        {
            "id": item.id,
            leg.state_column: item.state,
            leg.attempts_column: item.attempts,
            **stored_detail(item.detail),
            "updated_at": now,  # anti-flap reads it; written explicitly since bulk updates skip onupdate
        }
        for item in items
    ]


def write_items(session: Session, leg: Leg, items: Sequence[ItemView]) -> None:
    """The items' current state, attempts and detail, in the caller's transaction."""
    if items:
        session.execute(update(CurtailmentItem), _item_rows(leg, items, utcnow()))


def write_states(
    session_factory: sessionmaker[Session], leg: Leg, items: Sequence[ItemView], fence: Fence | None = None
) -> None:
    """The items' current state, attempts and detail, in one transaction."""
    if not items:
        return
    with unit_of_work(session_factory, "curtailment item") as session:
        if fence is not None:
            fence(session)
        write_items(session, leg, items)


def write_sending(
    session_factory: sessionmaker[Session],
    actor: str,
    plan_id: uuid.UUID,
    leg: Leg,
    items: Sequence[ItemView],
    entry_ids: Sequence[uuid.UUID],
    requested_at: datetime,
    fence: Fence | None = None,
    role: tuple[str, int] | None = None,
) -> None:
    """Items already set to ``sending`` in memory, and one pending operation-log row per command
    (naming the plan; a re-send says so, with the reason reconciliation found). ``role``: the site's
    executor role and the run's epoch of it: each row carries the epoch and is refused (and the whole
    transaction with it: :class:`.LeaseLost`) when a newer epoch holds the role."""
    with unit_of_work(session_factory, "curtailment item") as session:
        if fence is not None:
            fence(session)
        write_items(session, leg, items)
        entries = []
        for item, entry_id in zip(items, entry_ids, strict=True):
            assert item.command is not None
            command, parameter = logged_command(item.target, item.command, item.command.percent)
            entries.append(
                {
                    "id": entry_id,
                    "miner_id": item.miner_id,
                    "host": item.address,
                    "actor": actor,
                    "command": command,
                    "parameter": parameter,
                    "requested_at": requested_at,
                    "outcome": "pending",
                    **stored_detail(_sending(leg, item.resend_reason)),
                    "plan_id": plan_id,
                    "epoch": role[1] if role is not None else None,
                }
            )
        if entries and role is not None:
            _insert_fenced(session, entries, role)
        elif entries:
            session.execute(insert(OperationLogEntry), entries)


def _sending(leg: Leg, resend_reason: str | Text | None) -> Text:
    """An operation-log row's detail while its command goes out: which leg, and why again when it is a re-send."""
    if leg.name == "recovery":
        if resend_reason:
            template = QT_TRANSLATE_NOOP("CurtailmentItems", "curtailment recovery re-send: {reason}")
            return Text(template, reason=resend_reason)
        return Text(QT_TRANSLATE_NOOP("CurtailmentItems", "curtailment recovery"))
    if resend_reason:
        return Text(
            QT_TRANSLATE_NOOP("CurtailmentItems", "curtailment execution re-send: {reason}"), reason=resend_reason
        )
    return Text(QT_TRANSLATE_NOOP("CurtailmentItems", "curtailment execution"))


def _insert_fenced(session: Session, entries: list[dict[str, Any]], role: tuple[str, int]) -> None:
    """``INSERT … SELECT <row> WHERE fenced(role, epoch)`` for each entry; all written, or :class:`.LeaseLost`."""
    columns = list(entries[0])
    chosen = select(*(bindparam(f"v_{c}", type_=_LOG.c[c].type) for c in columns)).where(fenced(*role))
    statement = insert(_LOG).from_select(columns, chosen).execution_options(preserve_rowcount=True)
    result = cast(CursorResult[Any], session.execute(statement, [{f"v_{c}": e[c] for c in columns} for e in entries]))
    if result.rowcount != len(entries):
        raise LeaseLost(
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    ("another executor holds {value} now (this run's epoch {value2} is stale); it sent nothing more"),
                ),
                value=role[0],
                value2=role[1],
            )
        )


def write_results(
    session_factory: sessionmaker[Session],
    leg: Leg,
    items: Sequence[ItemView],
    entry_ids: Sequence[uuid.UUID],
    finished_at: datetime,
    fence: Fence | None = None,
) -> None:
    """Items set to ``accepted``/``failed`` in memory, and the outcome of their operation-log rows."""
    with unit_of_work(session_factory, "curtailment item") as session:
        if fence is not None:
            fence(session)
        write_items(session, leg, items)
        outcomes = [
            {
                "id": entry_id,
                "outcome": "ok" if item.state == ItemState.ACCEPTED else "failed",
                **stored_detail(
                    Text(
                        QT_TRANSLATE_NOOP("CurtailmentItems", "re-send ({reason}): {detail}"),
                        reason=item.resend_reason,
                        detail=item.detail or "",
                    )
                    if item.resend_reason
                    else item.detail
                ),
                "finished_at": finished_at,
            }
            for item, entry_id in zip(items, entry_ids, strict=True)
        ]
        if outcomes:
            session.execute(update(OperationLogEntry), outcomes)
