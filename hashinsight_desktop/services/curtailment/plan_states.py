"""The life of a curtailment plan: its states, the moves allowed between them, each move audited.

pending → approved → executing → executed | partially_executed | failed → recovering → completed;
a pending or approved plan can be cancelled; a run (executing or recovering) can be stopped, and a
stopped plan is recovered. ``executing`` and ``recovering`` may be entered again (a resumed run after
a crash re-enters the state it was in).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import CurtailmentPlan
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.stored_text import InSentence
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, Translate


class PlanState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    EXECUTING = "executing"
    EXECUTED = "executed"
    PARTIALLY_EXECUTED = "partially_executed"
    FAILED = "failed"
    RECOVERING = "recovering"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    STOPPED = "stopped"


_OUTCOMES = frozenset({PlanState.EXECUTED, PlanState.PARTIALLY_EXECUTED, PlanState.FAILED})
ALLOWED: dict[PlanState, frozenset[PlanState]] = {
    PlanState.PENDING: frozenset({PlanState.APPROVED, PlanState.CANCELLED}),
    PlanState.APPROVED: frozenset({PlanState.EXECUTING, PlanState.CANCELLED}),
    PlanState.EXECUTING: _OUTCOMES | {PlanState.EXECUTING, PlanState.STOPPED},
    PlanState.EXECUTED: frozenset({PlanState.RECOVERING}),
    PlanState.PARTIALLY_EXECUTED: frozenset({PlanState.RECOVERING}),
    PlanState.FAILED: frozenset({PlanState.RECOVERING}),
    PlanState.STOPPED: frozenset({PlanState.RECOVERING}),
    PlanState.RECOVERING: frozenset({PlanState.COMPLETED, PlanState.RECOVERING, PlanState.STOPPED}),
    PlanState.COMPLETED: frozenset(),
    PlanState.CANCELLED: frozenset(),
}
# States in which some miners of the plan may be away from their full level.
ACTIVE = frozenset({PlanState.EXECUTING, *_OUTCOMES, PlanState.STOPPED, PlanState.RECOVERING})
# States a plan's miners are recovered from (a stopped recovery is resumed from its log).
RECOVERABLE = frozenset({*_OUTCOMES, PlanState.STOPPED})
FINISHED = frozenset({PlanState.COMPLETED, PlanState.CANCELLED})

# What a state is called (a Template: the console and the command line say it in the reader's language).
LABELS: dict[PlanState, str] = {
    PlanState.PENDING: QT_TRANSLATE_NOOP("PlanState", "Pending approval"),
    PlanState.APPROVED: QT_TRANSLATE_NOOP("PlanState", "Approved"),
    PlanState.EXECUTING: QT_TRANSLATE_NOOP("PlanState", "Executing"),
    PlanState.EXECUTED: QT_TRANSLATE_NOOP("PlanState", "Executed"),
    PlanState.PARTIALLY_EXECUTED: QT_TRANSLATE_NOOP("PlanState", "Partially executed"),
    PlanState.FAILED: QT_TRANSLATE_NOOP("PlanState", "Failed"),
    PlanState.RECOVERING: QT_TRANSLATE_NOOP("PlanState", "Recovering"),
    PlanState.COMPLETED: QT_TRANSLATE_NOOP("PlanState", "Completed"),
    PlanState.CANCELLED: QT_TRANSLATE_NOOP("PlanState", "Cancelled"),
    PlanState.STOPPED: QT_TRANSLATE_NOOP("PlanState", "Stopped"),
}


class _InSentence(Text):
    """A state's label inside a sentence: lower-case in English (Chinese has no case)."""

    __slots__ = ()

    def render(self, translate: Translate | None = None) -> str:
        return super().render(translate).lower()


def plan_state(plan: CurtailmentPlan) -> dict[str, Any]:
    """What the audit record digests about a plan."""
    return {
        "state": plan.state,
        "site_id": str(plan.site_id),
        "target_kw": plan.target_kw,
        "shed_kw": plan.shed_kw,
        "approved_by": plan.approved_by,
    }


def transition(
    session: Session,
    principal: Principal,
    plan: CurtailmentPlan,
    to: PlanState,
    *,
    summary: str | Text = "",
    clock: Clock = system_clock,
    **fields: Any,
) -> None:
    """Move ``plan`` to ``to`` (with ``fields`` set alongside) in the caller's transaction, audited."""
    current = PlanState(plan.state)
    if to not in ALLOWED[current]:
        raise ValidationError(
            "state",
            Text(
                QT_TRANSLATE_NOOP("Errors", "a plan that is {value} cannot become {value2}"),
                value=_InSentence(LABELS[current]),
                value2=_InSentence(LABELS[to]),
            ),
        )
    before = plan_state(plan)
    plan.state = to.value
    for name, value in fields.items():
        setattr(plan, name, value)
    session.flush()
    audit.append(
        session,
        principal,
        f"curtailment.{to.value}",
        "curtailment_plan",
        plan.id,
        before=before,
        after=plan_state(plan),
        summary=summary
        or Text(
            QT_TRANSLATE_NOOP("Audit", "plan {name!r}: {before} → {after}"),
            name=plan.name,
            before=InSentence(LABELS[current]),
            after=InSentence(LABELS[to]),
        ),
        clock=clock,
    )
    outbox.emit(session, "curtailment_plan.changed", "curtailment_plan", plan.id, {"state": to.value})
