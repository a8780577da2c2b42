"""Stopping a running plan from any console or command line.

A stop is a request written on the plan row (audited, with an outbox event): the plan's live executor,
wherever it runs, reads it back at its next lease renewal (a few seconds at most), lets the commands
in flight finish and be logged, sends nothing more and leaves the plan ``stopped`` with what took
effect. A plan whose executor is gone (no owner, or an expired lease) is stopped at once, here, from
its command log: nothing is sent either way; recovering the miners already changed is a separate,
explicit action.
"""

from __future__ import annotations

import uuid
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.curtailment.command_log import ItemState
from hashinsight_desktop.services.curtailment.executor_lease import claim, live_holder, new_owner
from hashinsight_desktop.services.curtailment.plan_states import LABELS, PlanState, plan_state, transition
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.stored_text import InSentence
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work

_RUNNING = (PlanState.EXECUTING, PlanState.RECOVERING)
_TOOK = (ItemState.CONFIRMED, ItemState.ACCEPTED, ItemState.SENDING)


def request_stop(
    session_factory: sessionmaker[Session], principal: Principal, plan_id: uuid.UUID, *, clock: Clock = system_clock
) -> Text:
    """Ask the plan's run to stop (or stop a run whose executor is gone); a line saying what happens."""
    with unit_of_work(session_factory, "curtailment plan") as session:
        plan = session.get(CurtailmentPlan, plan_id)
        if plan is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That curtailment plan no longer exists."))
        require_site(principal, Permission.FLEET_OPERATE, plan.site_id, "stop curtailment plans at this site")
        state = PlanState(plan.state)
        if state not in _RUNNING:
            cancel = state in (PlanState.PENDING, PlanState.APPROVED)
            hint = QT_TRANSLATE_NOOP("Errors", " (cancel it instead)") if cancel else ""
            raise ValidationError(
                "state",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "a plan that is {value} is not running{hint}"),
                    value=LABELS[state].lower(),
                    hint=hint,
                ),
            )
        holder = live_holder(session, plan)
        if holder is not None:
            if plan.stop_requested_at is not None:
                asked = plan.stop_requested_by
                return Text(
                    QT_TRANSLATE_NOOP(
                        "Curtailment", "A stop of plan {name!r} was already asked by {asked}; {holder} is ending it."
                    ),
                    name=plan.name,
                    asked=asked,
                    holder=holder,
                )
            before = plan_state(plan)
            plan.stop_requested_at = clock()
            plan.stop_requested_by = principal.username
            session.flush()
            audit.append(
                session,
                principal,
                "curtailment.stop_requested",
                "curtailment_plan",
                plan.id,
                before=before,
                after=plan_state(plan),
                summary=Text(
                    QT_TRANSLATE_NOOP("Audit", "plan {name!r}: stop asked while {state} by {holder}"),
                    name=plan.name,
                    state=InSentence(LABELS[state]),
                    holder=holder,
                ),
                clock=clock,
            )
            outbox.emit(session, "curtailment_plan.changed", "curtailment_plan", plan.id, {"stop_requested": True})
            return Text(
                QT_TRANSLATE_NOOP(
                    "Curtailment",
                    "Stop asked: plan {name!r} ends after the commands in flight ({holder} runs it); "
                    "nothing more is sent.",
                ),
                name=plan.name,
                holder=holder,
            )
        return _stop_orphan(session, principal, plan, state, clock)


def _stop_orphan(session: Session, principal: Principal, plan: CurtailmentPlan, state: PlanState, clock: Clock) -> Text:
    """Nobody runs the plan (its executor died): take it, so no resumer can, and stop it from the log."""
    owner = new_owner()
    epoch = claim(session, plan, owner, lease_s=60.0)
    column = CurtailmentItem.state if state is PlanState.EXECUTING else CurtailmentItem.recovery_state
    counts = Counter(
        state or ItemState.PLANNED.value
        for state in session.scalars(select(column).where(CurtailmentItem.plan_id == plan.id))
    )
    took = sum(counts[s.value] for s in _TOOK)
    now = clock()
    stopped = {"stopped_by": principal.username, "took_effect_total": took, "counts": dict(counts), "orphaned": True}
    if state is PlanState.EXECUTING:
        result = {**plan.result, **stopped}
    else:
        result = {**plan.result, "recovery": dict(plan.result.get("recovery") or {}) | stopped}
    transition(
        session,
        principal,
        plan,
        PlanState.STOPPED,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "plan {name!r}: stopped by {username} (its executor was gone, epoch {epoch})"),
            name=plan.name,
            username=principal.username,
            epoch=epoch,
        ),
        clock=clock,
        stop_requested_at=now,
        stop_requested_by=principal.username,
        stopped_at=now,
        result=result,
        executor_owner=None,
        lease_expires_at=None,
    )
    return Text(
        QT_TRANSLATE_NOOP(
            "Curtailment",
            "Plan {name!r} stopped: its executor was gone; {took:,} miners had been sent their command "
            "(recover them to bring them back).",
        ),
        name=plan.name,
        took=took,
    )
