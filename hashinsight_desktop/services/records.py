"""The shared steps of editing a versioned record: validate, apply, audit, publish."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from hashinsight_desktop.db.base import EntityMixin
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import Text
from hashinsight_desktop.services.transaction import check_version, flush

E = TypeVar("E", bound=EntityMixin)


def save_new(
    session: Session,
    principal: Principal,
    entity: E,
    kind: str,
    state: Callable[[E], Mapping[str, Any]],
    summary: str | Text,
    *,
    unique_field: str | None = None,
    clock: Clock = system_clock,
) -> E:
    session.add(entity)
    flush(session, kind, unique_field=unique_field)
    audit.append(
        session, principal, f"{kind}.create", kind, entity.id, after=state(entity), summary=summary, clock=clock
    )
    outbox.emit(session, f"{kind}.changed", kind, entity.id)
    return entity


def save_changes(
    session: Session,
    principal: Principal,
    entity: E,
    kind: str,
    state: Callable[[E], Mapping[str, Any]],
    changes: Mapping[str, Any],
    expected_version: int,
    summary: str | Text,
    *,
    unique_field: str | None = None,
    clock: Clock = system_clock,
) -> E:
    check_version(kind, entity.version, expected_version)
    before = state(entity)
    for name, value in changes.items():
        setattr(entity, name, value)
    flush(session, kind, unique_field=unique_field)
    after = state(entity)
    if after == before:
        return entity  # nothing changed: no audit record, no event
    audit.append(
        session,
        principal,
        f"{kind}.update",
        kind,
        entity.id,
        before=before,
        after=after,
        summary=summary,
        clock=clock,
    )
    outbox.emit(session, f"{kind}.changed", kind, entity.id)
    return entity


def delete(
    session: Session,
    principal: Principal,
    entity: E,
    kind: str,
    state: Callable[[E], Mapping[str, Any]],
    expected_version: int,
    summary: str | Text,
    *,
    clock: Clock = system_clock,
) -> None:
    check_version(kind, entity.version, expected_version)
    before, entity_id = state(entity), entity.id
    session.delete(entity)
    flush(session, kind)
    audit.append(session, principal, f"{kind}.delete", kind, entity_id, before=before, summary=summary, clock=clock)
    outbox.emit(session, f"{kind}.changed", kind, entity_id)
