"""Plan state machine: allowed moves, refused moves, one audit record per transition."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import AuditRecord, CurtailmentPlan
from hashinsight_desktop.services.curtailment.plan_states import ALLOWED, PlanState, transition
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people


def test_every_state_is_reachable_and_final_states_are_final() -> None:
    reachable = {PlanState.PENDING} | {s for targets in ALLOWED.values() for s in targets}
    assert reachable == set(PlanState)
    assert not ALLOWED[PlanState.COMPLETED] and not ALLOWED[PlanState.CANCELLED]


def test_transitions_are_audited_and_bad_moves_refused(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    with unit_of_work(database.session_factory) as session:
        plan = CurtailmentPlan(site_id=people.site_id, name="p", target_kw=10.0, created_by="owner", options={})
        session.add(plan)
        session.flush()
        plan_id = plan.id
        before = session.scalar(select(func.count()).select_from(AuditRecord))
        for state in (PlanState.APPROVED, PlanState.EXECUTING, PlanState.EXECUTED, PlanState.RECOVERING):
            transition(session, people.owner, plan, state)
        after = session.scalar(select(func.count()).select_from(AuditRecord))
        assert after - before == 4
    with unit_of_work(database.session_factory) as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None and plan.state == "recovering"
        with pytest.raises(ValidationError, match="recovering cannot become approved"):
            transition(session, people.owner, plan, PlanState.APPROVED)
