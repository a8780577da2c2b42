"""Deals and leads move only where the rules allow: each legal move audited and announced, each illegal one
refused with one line and nothing saved; two sessions editing one deal give "changed by someone else"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, Commission, Deal, Lead, OutboxEvent
from hashinsight_desktop.services.crm import commissions, deals, leads
from hashinsight_desktop.services.errors import ConcurrentModificationError, NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.crm.pipeline_kit import cheap_passwords, clock, counts, new_lead, snapshot
from tests.support.factories import make_people

pytestmark = [
    pytest.mark.parametrize("database", ["sqlite"], indirect=True),  # no engine-specific SQL here
    pytest.mark.usefixtures(cheap_passwords.__name__),
]


def _deal(session_factory, people, **fields):  # type: ignore[no-untyped-def]
    values = {"title": "200 S21 hosting", "value": "250000.00", "commission_rate_pct": "2.5"} | fields
    with unit_of_work(session_factory) as session:
        return deals.add_deal(session, people.owner, customer_id=people.customer_id, clock=clock, **values).id


def _move(session_factory, principal, deal_id, stage, reason=None):  # type: ignore[no-untyped-def]
    with unit_of_work(session_factory) as session:
        deal = session.get(Deal, deal_id)
        return deals.move_deal(
            session, principal, deal_id, stage, expected_version=deal.version, reason=reason, clock=clock
        ).stage


def test_a_deal_walks_forward_to_completed_audited_announced_and_earns_its_commission(session_factory) -> None:
    people = make_people(session_factory)
    deal_id = _deal(session_factory, people)
    for stage in ("pending", "approved", "signed", "completed"):
        assert _move(session_factory, people.admin, deal_id, stage) == stage
    with session_factory() as session:
        moves = session.scalars(select(AuditRecord).where(AuditRecord.action == "deal.move")).all()
        assert [m.summary for m in moves] == [
            "deal 200 S21 hosting: draft → pending",
            "deal 200 S21 hosting: pending → approved",
            "deal 200 S21 hosting: approved → signed",
            "deal 200 S21 hosting: signed → completed",
        ]
        events = session.scalars(select(OutboxEvent).where(OutboxEvent.entity_id == str(deal_id))).all()
        assert [(e.payload.get("from"), e.payload.get("to")) for e in events if "to" in e.payload][-1] == (
            "signed",
            "completed",
        )
        commission = session.scalars(select(Commission)).one()
        assert (commission.amount, commission.month, commission.owner_id) == (
            Decimal("6250.00"),
            "2026-03",
            people.owner.user_id,
        )
        deal = session.get(Deal, deal_id)
        assert deal.signed_at is not None and deal.closed_at is not None
    report = _report(session_factory, people)
    assert [(line.month, line.deals, line.amount) for line in report] == [("2026-03", 1, Decimal("6250.00"))]


def _report(session_factory, people):  # type: ignore[no-untyped-def]
    with session_factory() as session:
        return commissions.commission_report(session, people.admin)


@pytest.mark.parametrize(
    ("walk", "target", "reason", "message"),
    [
        (
            ("pending", "approved", "signed"),
            "pending",
            None,
            "stage: deal signed → pending: deals never move backwards",
        ),
        ((), "approved", None, "stage: deal draft → approved: deals move one stage at a time (next: pending)"),
        (("pending",), "lost", "", "reason: deal pending → lost: say why it was lost"),
        (("lost",), "pending", None, "stage: deal lost → pending: a lost deal is closed"),
        ((), "won", None, "stage: 'won' is not a stage; one of draft, pending, approved, signed, completed, lost"),
    ],
)
def test_an_illegal_deal_move_is_refused_in_one_line_and_saves_nothing(
    session_factory, walk, target, reason, message
) -> None:
    people = make_people(session_factory)
    deal_id = _deal(session_factory, people)
    for stage in walk:
        _move(session_factory, people.owner, deal_id, stage, reason="budget cut")
    before, written = snapshot(session_factory, Deal, deal_id), counts(session_factory)
    with pytest.raises(ValidationError) as refused:
        _move(session_factory, people.owner, deal_id, target, reason=reason)
    assert str(refused.value) == message
    assert snapshot(session_factory, Deal, deal_id) == before
    assert counts(session_factory) == written


def test_an_illegal_lead_move_is_refused_and_a_lost_lead_keeps_its_reason(session_factory) -> None:
    people = make_people(session_factory)
    lead_id = new_lead(session_factory, people.owner, "contacted")
    before, written = snapshot(session_factory, Lead, lead_id), counts(session_factory)
    for target, message in (
        ("new", "stage: lead contacted → new: leads never move backwards"),
        ("won", "stage: lead contacted → won: a lead is won by converting it into a deal (lead convert)"),
        ("lost", "reason: lead contacted → lost: say why it was lost"),
    ):
        with pytest.raises(ValidationError) as refused, unit_of_work(session_factory) as session:
            leads.move_lead(session, people.owner, lead_id, target, expected_version=before["version"], clock=clock)
        assert str(refused.value) == message
    assert snapshot(session_factory, Lead, lead_id) == before
    assert counts(session_factory) == written
    with unit_of_work(session_factory) as session:
        lost = leads.move_lead(
            session, people.owner, lead_id, "lost", expected_version=before["version"], reason="chose a rival farm"
        )
        assert (lost.status, lost.lost_reason, lost.lost_from) == ("lost", "chose a rival farm", "contacted")
    with session_factory() as session:
        (record,) = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "lead.move").order_by(AuditRecord.seq.desc()).limit(1)
        )
        event = session.scalars(
            select(OutboxEvent).where(OutboxEvent.entity_id == str(lead_id)).order_by(OutboxEvent.id.desc())
        ).first()
    assert record.summary == "lead Hosting for 200 S21: contacted → lost"
    assert (event.topic, event.payload) == ("lead.changed", {"change": "updated", "from": "contacted", "to": "lost"})


def test_two_sessions_editing_one_deal_the_second_is_told_it_changed(session_factory) -> None:
    people = make_people(session_factory)
    deal_id = _deal(session_factory, people)
    with session_factory() as session:
        opened = session.get(Deal, deal_id).version  # both desktops open the deal
    with unit_of_work(session_factory) as session:  # the first saves a new value
        deals.update_deal(
            session,
            people.admin,
            deal_id,
            expected_version=opened,
            title="200 S21 hosting",
            value="260000",
            owner_id=None,
            expected_close=None,
            commission_rate_pct="2.5",
        )
    # the second saves from its old copy
    with (
        pytest.raises(ConcurrentModificationError, match="changed by someone else"),
        unit_of_work(session_factory) as session,
    ):
        deals.move_deal(session, people.owner, deal_id, "pending", expected_version=opened)
    # a race: both read the same version in open sessions; the later UPDATE matches no row
    with session_factory() as first, session_factory() as second:
        deal_a = deals.get_deal(first, people.owner, deal_id)
        deal_b = deals.get_deal(second, people.admin, deal_id)
        deals.move_deal(first, people.owner, deal_id, "pending", expected_version=deal_a.version)
        first.commit()
        with pytest.raises(ConcurrentModificationError, match="changed by someone else"):
            deals.move_deal(second, people.admin, deal_id, "lost", expected_version=deal_b.version, reason="x")
    with session_factory() as session:
        deal = session.get(Deal, deal_id)
        assert (deal.stage, deal.value) == ("pending", Decimal("260000.00"))


def test_customers_see_none_of_the_pipeline_and_other_staff_may_not(session_factory) -> None:
    people = make_people(session_factory)
    deal_id = _deal(session_factory, people)
    new_lead(session_factory, people.owner)
    with session_factory() as session:
        assert deals.list_deals(session, people.customer).items == []
        assert leads.list_leads(session, people.customer).total == 0
        with pytest.raises(NotFound, match=r"^That deal does not exist"):
            deals.get_deal(session, people.customer, deal_id)
        with pytest.raises(PermissionDenied):
            deals.list_deals(session, people.site_manager)
        assert [row.id for row in deals.list_deals(session, people.admin).items] == [deal_id]
    with pytest.raises(PermissionDenied), unit_of_work(session_factory) as session:
        deals.move_deal(session, people.customer, deal_id, "pending", expected_version=None)


def test_lists_page_search_and_sort_in_the_database_and_the_board_weighs_by_stage(session_factory) -> None:
    people = make_people(session_factory)
    ids = [_deal(session_factory, people, title=f"Deal {n:02d}", value=f"{n}000") for n in range(1, 13)]
    _move(session_factory, people.owner, ids[0], "pending")
    with session_factory() as session:
        page = deals.list_deals(session, people.owner, order_by="value", descending=False, limit=5, offset=5)
        assert ([r.title for r in page.items], page.total) == ([f"Deal {n:02d}" for n in range(6, 11)], 12)
        found = deals.list_deals(session, people.owner, search="deal 1")
        assert sorted(r.title for r in found.items) == ["Deal 10", "Deal 11", "Deal 12"]
        assert deals.list_deals(session, people.owner, search="100%").total == 0  # % is literal
        with pytest.raises(ValidationError, match=r"^order_by: 'secret' is not sortable"):
            deals.list_deals(session, people.owner, order_by="secret")
    with unit_of_work(session_factory) as session:
        pending = next(p for p in deals.list_stage_probabilities(session, people.owner) if p.stage == "pending")
        deals.set_stage_probability(session, people.owner, "pending", "40", expected_version=pending.version)
        with pytest.raises(ValidationError, match="only an open stage's probability"):
            deals.set_stage_probability(session, people.owner, "completed", "50", expected_version=None)
    with session_factory() as session:
        board = {column.stage: column for column in deals.pipeline_board(session, people.owner, cards_per_stage=3)}
    assert (board["draft"].count, board["draft"].value, len(board["draft"].cards)) == (11, Decimal("77000"), 3)
    assert board["draft"].weighted_value == Decimal("7700.00")  # 10 % as seeded
    assert (board["pending"].count, board["pending"].weighted_value) == (1, Decimal("400.00"))  # 40 % as edited
    assert board["draft"].moves == ("pending", "lost") and board["completed"].moves == ()
    with session_factory() as session:  # a search: the same figures over the matching deals only
        found = {c.stage: c for c in deals.pipeline_board(session, people.owner, search="deal 1", cards_per_stage=2)}
        everything = deals.pipeline_board(session, people.owner, search="acme")  # the customer's name matches
    assert (found["draft"].count, found["draft"].value, found["pending"].count) == (3, Decimal("33000"), 0)
    assert {card.title for card in found["draft"].cards} < {"Deal 10", "Deal 11", "Deal 12"}  # two of the three
    assert sum(column.count for column in everything) == 12
