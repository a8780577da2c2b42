"""Every calculation a user runs is kept in their own history (not in the audit log: it changes nothing)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CalculationRecord
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.permissions import Permission, Principal, require

HISTORY_LIMIT = 200


def save_calculation(
    session: Session,
    principal: Principal,
    *,
    kind: str,
    label: str,
    inputs: dict[str, Any],
    results: dict[str, Any],
    clock: Clock = system_clock,
) -> CalculationRecord:
    require(principal, Permission.CALCULATOR_USE, "use the calculator")
    record = CalculationRecord(
        user_id=principal.user_id, created_at=clock(), kind=kind, label=label[:200], inputs=inputs, results=results
    )
    session.add(record)
    session.flush()
    # Not audited: a calculation changes nothing of the farm, it is the user's own scratch work (kept with its
    # owner and time here). In the audit log, hundreds a day would drown the security events, each append
    # would queue on the log's lock, and a filter could not take them out of the chain again.
    return record


def list_history(session: Session, principal: Principal, limit: int = HISTORY_LIMIT) -> list[CalculationRecord]:
    """The acting user's own calculations, newest first (nobody sees another user's history)."""
    require(principal, Permission.CALCULATOR_USE, "use the calculator")
    query = select(CalculationRecord).order_by(CalculationRecord.created_at.desc()).limit(limit)
    if principal.user_id is None:
        query = query.where(CalculationRecord.user_id.is_(None))
    else:
        query = query.where(CalculationRecord.user_id == principal.user_id)
    return list(session.scalars(query))
