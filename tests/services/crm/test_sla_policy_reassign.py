"""Saving an SLA policy moves the running tickets it now governs onto it: a ticket opened before any policy
gets targets, a customer given a policy of their own has their open tickets re-timed under it; resolved
tickets keep the policy that judged them, other customers' tickets stay where they were."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop import cli
from hashinsight_desktop.services.crm import sla_policies, tickets
from hashinsight_desktop.services.crm.sla_calendar import office_hours
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.crm.test_tickets import SQLITE, STAFF, T0, Clock, _farm, _move, _open


@SQLITE
def test_saving_a_policy_re_times_the_open_tickets_it_now_governs(session_factory: sessionmaker[Session]) -> None:
    _, _, acme, bolt = _farm(session_factory)
    clock = Clock()  # Monday 09:00 UTC, office hours 09:00-17:00
    early = _open(session_factory, STAFF, acme, subject="before any policy", clock=clock)
    done = _open(session_factory, STAFF, acme, subject="resolved", clock=clock)
    other = _open(session_factory, STAFF, bolt, subject="another customer", clock=clock)
    with unit_of_work(session_factory) as session:
        calendar = sla_policies.save_calendar(session, STAFF, name="Office", timezone="UTC", hours=office_hours())
        default = sla_policies.save_policy(session, STAFF, name="Default", calendar_id=calendar.id,
                                           targets={"normal": [60, 480]}, clock=clock)  # fmt: skip
        ids = calendar.id, default.id
    with session_factory() as session:
        for ticket_id in (early, done, other):  # opened before any policy: now timed by the default
            ticket = tickets.get_ticket(session, STAFF, ticket_id)
            assert (ticket.policy_id, ticket.response_due_at) == (ids[1], T0 + timedelta(hours=1))
    clock.now = T0 + timedelta(minutes=20)
    _move(session_factory, done, "resolved", clock)
    with unit_of_work(session_factory) as session:  # Acme moves to Gold
        gold = sla_policies.save_policy(session, STAFF, name="Gold", calendar_id=ids[0], customer_id=acme,
                                        targets={"normal": [30, 120]}, clock=clock)  # fmt: skip
        gold_id = gold.id
    with session_factory() as session:
        moved = tickets.get_ticket(session, STAFF, early)
        assert (moved.policy_id, moved.response_due_at, moved.resolution_due_at) == (
            gold_id,
            T0 + timedelta(minutes=30),
            T0 + timedelta(hours=2),
        )
        assert tickets.get_ticket(session, STAFF, done).policy_id == ids[1]  # judged by the default: kept
        assert tickets.get_ticket(session, STAFF, other).policy_id == ids[1]  # Bolt has no policy of its own


def test_ticket_policy_help_says_open_tickets_are_re_timed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["ticket", "policy", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "re-times the open tickets it now governs" in shown
    assert "resolved and closed tickets keep the policy they were judged by" in shown
