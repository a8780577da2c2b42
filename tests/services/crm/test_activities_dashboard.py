"""Activities on a customer, lead, deal or ticket; my open tasks with the overdue first; the commission report per
person and month; the dashboard's funnel, won value by month and sales cycle against hand-computed figures."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Deal, Lead
from hashinsight_desktop.services.crm import activities, commissions, conversion, dashboard, deals, tickets
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.crm.pipeline_kit import NOW, cheap_passwords, clock, new_lead
from tests.support.factories import People, make_people

pytestmark = [
    pytest.mark.parametrize("database", ["sqlite"], indirect=True),  # no engine-specific SQL here
    pytest.mark.usefixtures(cheap_passwords.__name__),
]


def test_activities_on_every_kind_of_subject_and_my_open_tasks_overdue_first(
    session_factory: sessionmaker[Session],
) -> None:
    people = make_people(session_factory)
    lead_id = new_lead(session_factory, people.owner)
    with unit_of_work(session_factory) as session:
        ticket = tickets.open_ticket(session, people.owner, subject="Fan noise", customer_id=people.customer_id)
        deal = deals.add_deal(session, people.owner, customer_id=people.customer_id, title="Expansion")
        subjects = {"customer": people.customer_id, "lead": lead_id, "deal": deal.id, "ticket": ticket.id}
        for n, (kind, subject_id) in enumerate(subjects.items()):
            activities.add_activity(
                session, people.owner, kind="call", subject_kind=kind, subject_id=subject_id, title=f"call {n}"
            )
        for title, due in (("later", NOW + timedelta(days=2)), ("late", NOW - timedelta(days=1)), ("soon", NOW)):
            activities.add_activity(
                session, people.owner, kind="task", subject_kind="deal", subject_id=deal.id, title=title, due_at=due
            )
        activities.add_activity(  # someone else's task is not in my list
            session, people.owner, kind="task", subject_kind="deal", subject_id=deal.id, title="theirs",
            due_at=NOW - timedelta(days=9), owner_id=people.admin.user_id,
        )  # fmt: skip
        with pytest.raises(ValidationError, match="due_at: a task needs a due date"):
            activities.add_activity(
                session, people.owner, kind="task", subject_kind="deal", subject_id=deal.id, title="x"
            )
        with pytest.raises(NotFound, match="That ticket does not exist"):
            activities.add_activity(
                session, people.owner, kind="note", subject_kind="ticket", subject_id=uuid.uuid4(), title="x"
            )
    with session_factory() as session:
        mine = activities.my_open_tasks(session, people.owner, clock=lambda: NOW + timedelta(minutes=1))
        assert [(t.title, t.overdue) for t in mine] == [("late", True), ("soon", True), ("later", False)]
        on_ticket = activities.list_activities(session, people.owner, subject_kind="ticket", subject_id=ticket.id)
        assert [(a.title, a.customer_id) for a in on_ticket.items] == [("call 3", people.customer_id)]
        of_customer = activities.list_activities(session, people.owner, customer_id=people.customer_id)
        assert of_customer.total == 7  # the customer's own, its ticket's and deal's (the lead has no customer yet)
        assert activities.list_activities(session, people.customer).total == 0  # customers see none of it
    late = mine[0]
    with unit_of_work(session_factory) as session:
        activities.complete_task(session, people.owner, late.id, expected_version=late.version)
    with pytest.raises(ValidationError, match="the task was already done"), unit_of_work(session_factory) as session:
        activities.complete_task(session, people.owner, late.id, expected_version=None)
    with session_factory() as session:
        assert [t.title for t in activities.my_open_tasks(session, people.owner, clock=clock)] == ["soon", "later"]


def _deal_through(session_factory: sessionmaker[Session], people: People, stages: tuple[str, ...], **deal: Any) -> Any:
    """A deal added at ``created`` and moved through ``stages`` a day apart (lost with a reason)."""
    created: datetime = deal.pop("created", NOW)
    with unit_of_work(session_factory) as session:
        made = deals.add_deal(session, people.owner, customer_id=people.customer_id, clock=lambda: created, **deal)
        session.flush()
        made.created_at = created  # the row's own timestamp is the real time of the insert
        for day, stage in enumerate(stages, start=1):
            at = created + timedelta(days=day)
            deals.move_deal(
                session, people.owner, made.id, stage, expected_version=None, reason="price", clock=lambda at=at: at
            )
        return made.id


def test_funnel_won_by_month_sales_cycle_and_commissions_as_computed_by_hand(
    session_factory: sessionmaker[Session],
) -> None:
    people = make_people(session_factory)
    jan, feb = NOW.replace(month=1, day=5), NOW.replace(month=2, day=3)
    _deal_through(session_factory, people, (), title="A", value="100")  # draft
    _deal_through(session_factory, people, ("lost",), title="B", value="100")  # lost from draft
    _deal_through(session_factory, people, ("pending", "lost"), title="C", value="100")  # lost from pending
    _deal_through(session_factory, people, ("pending", "approved", "signed"), title="D", value="1000", created=jan)
    _deal_through(  # signed Feb 6 (3 days after), completed Feb 7: 5 % of 2000
        session_factory, people, ("pending", "approved", "signed", "completed"), title="E", value="2000",
        commission_rate_pct="5", created=feb,
    )  # fmt: skip
    _deal_through(session_factory, people, ("pending", "approved", "signed", "lost"), title="F", value="500")
    with session_factory() as session:
        funnel = {s.stage: s for s in dashboard.funnel(session, people.owner)}
        # reached: draft 6; pending 4 (C, D, E, F); approved 3; signed 3; completed 1
        assert [(s.reached, s.advanced, s.lost, s.current) for s in funnel.values()] == [
            (6, 4, 1, 1),
            (4, 3, 1, 0),
            (3, 3, 0, 0),
            (3, 1, 1, 1),
            (1, 0, 0, 1),
        ]
        assert (funnel["draft"].conversion_pct, funnel["draft"].drop_off_pct) == (66.7, 16.7)
        assert (funnel["signed"].conversion_pct, funnel["completed"].conversion_pct) == (33.3, None)
        won = dashboard.won_by_month(session, people.owner, months=3, clock=clock)
        assert [(m.month, m.deals, m.value) for m in won] == [
            ("2026-01", 1, Decimal("1000.00")),  # D, signed Jan 8
            ("2026-02", 1, Decimal("2000.00")),  # E, signed Feb 6; F was signed but lost: not won
            ("2026-03", 0, Decimal("0")),
        ]
        cycle = dashboard.sales_cycle(session, people.owner, clock=clock)
        assert (cycle.deals, cycle.mean_days, cycle.shortest_days, cycle.longest_days) == (2, 3.0, 3.0, 3.0)
        (line,) = commissions.commission_report(session, people.owner)
        assert (line.month, line.deals, line.deal_value, line.amount, line.owner_name) == (
            "2026-02",
            1,
            Decimal("2000.00"),
            Decimal("100.00"),
            "Olivia Owner",
        )
        assert commissions.commission_report(session, people.owner, month_from="2026-03") == []
        with pytest.raises(ValidationError, match="month_from: '2026-13' is not a month"):
            commissions.commission_report(session, people.owner, month_from="2026-13")


def test_the_sales_cycle_starts_at_the_lead(session_factory: sessionmaker[Session]) -> None:
    people = make_people(session_factory)
    lead_id = new_lead(session_factory, people.owner, "qualified")  # created at NOW
    with unit_of_work(session_factory) as session:
        session.get(Lead, lead_id).created_at = NOW  # the row's own timestamp is the real time of the insert
        made = conversion.convert_lead(session, people.owner, lead_id, expected_version=None, clock=clock)
        deal = session.get(Deal, made.deal.id)
        for day, stage in enumerate(("pending", "approved", "signed"), start=10):
            at = NOW + timedelta(days=day)
            deals.move_deal(session, people.owner, deal.id, stage, expected_version=None, clock=lambda at=at: at)
    with session_factory() as session:
        cycle = dashboard.sales_cycle(session, people.owner, clock=lambda: NOW + timedelta(days=30))
        assert (cycle.deals, cycle.median_days) == (1, 12.0)
        leads_funnel = [(s.stage, s.reached) for s in dashboard.funnel(session, people.owner, pipeline="leads")]
        assert leads_funnel == [("new", 1), ("contacted", 1), ("qualified", 1), ("won", 1)]
