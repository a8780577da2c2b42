"""Plans: a request previewed against the site's fleet, saved with its items, approved, cancelled, listed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import AuditRecord, CurtailmentItem, CurtailmentPlan
from hashinsight_desktop.services.curtailment.plans import (
    PlanRequest,
    approve_plan,
    cancel_plan,
    list_plans,
    load_plan,
    preview_plan,
    save_plan,
)
from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions
from hashinsight_desktop.services.errors import ConcurrentModificationError, PermissionDenied, ValidationError
from hashinsight_desktop.services.stored_text import as_text
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
FLEET = [MinerSpec(3250.0, 95.0), MinerSpec(3010.0, 141.0), MinerSpec(3500.0, 200.0), MinerSpec(3400.0, 88.0)] * 10


def _clock() -> datetime:
    return NOW


@pytest.fixture
def farm(database):  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    add_site_miners(database.session_factory, people.site_id, FLEET, NOW)
    return database, people


def _request(people, **changes) -> PlanRequest:  # type: ignore[no-untyped-def]
    fields = {"site_id": people.site_id, "name": "evening peak", "target_kw": 30.0, "ramp_kw_per_min": 10.0}
    fields.update(changes)
    return PlanRequest(**fields)


def test_preview_meets_the_target_and_explains_itself(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    preview = preview_plan(database.session_factory, people.site_manager, _request(people), clock=_clock)
    assert preview.feasible
    assert preview.shed_kw >= 30.0 - 1e-6
    assert preview.lost_ths == pytest.approx(preview.solution.lost_ths)
    assert preview.solution.lower_bound <= preview.solution.lost_ths + 1e-9
    assert preview.site.site_power_kw == pytest.approx(sum(s.power_w for s in FLEET) / 1000)
    # the least efficient model (3400 W for 88 TH/s) goes first
    assert {row.miner.full.power_w for row in preview.rows} >= {3400.0}
    # ramp: at most 10 kW per batch unless one miner alone is bigger
    per_batch: dict[int, float] = {}
    for row in preview.rows:
        per_batch[row.batch] = per_batch.get(row.batch, 0.0) + row.shed_kw
    assert all(kw <= 10.0 + 1e-9 for kw in per_batch.values())
    assert preview.batches == len(per_batch) >= 3
    # the timeline starts at the site's power, goes down by the shed and comes back
    kws = [kw for _, kw in preview.timeline]
    assert kws[0] == pytest.approx(preview.site.site_power_kw)
    assert min(kws) == pytest.approx(preview.site.site_power_kw - preview.shed_kw)
    assert kws[-1] == pytest.approx(kws[0])


def test_save_writes_the_plan_its_items_and_one_audit_record(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    preview = preview_plan(database.session_factory, people.owner, _request(people), clock=_clock)
    with database.session_factory() as session:
        audits = session.scalar(select(func.count()).select_from(AuditRecord))
    plan_id = save_plan(database.session_factory, people.owner, preview, clock=_clock)
    with database.session_factory() as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None and plan.state == "pending" and plan.created_by == "owner"
        assert plan.shed_kw == pytest.approx(preview.shed_kw)
        assert plan.options["presets_pct"] == [75, 50]
        assert plan.solve_message_text is not None  # its text beside the English, for the reader's language
        assert as_text(plan.solve_message, plan.solve_message_text) == plan.solve_message == preview.solution.message
        items = session.scalars(select(CurtailmentItem).where(CurtailmentItem.plan_id == plan_id)).all()
        assert len(items) == len(preview.rows) and {i.state for i in items} == {"planned"}
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == audits + 1
        detail = load_plan(session, people.owner, plan_id)
        assert detail.summary.miners == len(items) and detail.summary.state_label == "Pending approval"


def test_approve_and_cancel_follow_the_state_machine_and_versions(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    preview = preview_plan(database.session_factory, people.owner, _request(people), clock=_clock)
    plan_id = save_plan(database.session_factory, people.owner, preview, clock=_clock)
    with pytest.raises(ConcurrentModificationError):
        approve_plan(database.session_factory, people.site_manager, plan_id, expected_version=99)
    approve_plan(database.session_factory, people.site_manager, plan_id, expected_version=1, clock=_clock)
    with database.session_factory() as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None and plan.state == "approved" and plan.approved_by == "site-manager"
    with pytest.raises(ValidationError, match="approved cannot become approved"):
        approve_plan(database.session_factory, people.owner, plan_id, None)
    cancel_plan(database.session_factory, people.owner, plan_id, None, clock=_clock)
    with database.session_factory() as session:
        assert [p.state for p in list_plans(session, people.owner)] == ["cancelled"]


def test_scope_and_roles_are_enforced(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    with pytest.raises(PermissionDenied):
        preview_plan(database.session_factory, people.site_manager, _request(people, site_id=people.other_site_id))
    with pytest.raises(PermissionDenied):
        preview_plan(database.session_factory, people.customer, _request(people))
    preview = preview_plan(database.session_factory, people.owner, _request(people), clock=_clock)
    save_plan(database.session_factory, people.owner, preview, clock=_clock)
    with database.session_factory() as session:
        assert len(list_plans(session, people.site_manager)) == 1
        with pytest.raises(PermissionDenied):
            list_plans(session, people.guest)


def test_bad_requests_name_the_field_and_an_impossible_target_is_not_saved(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    with pytest.raises(ValidationError, match="target_kw"):
        preview_plan(database.session_factory, people.owner, _request(people, target_kw=0))
    with pytest.raises(ValidationError, match="start_at"):
        preview_plan(database.session_factory, people.owner, _request(people, trigger="scheduled"))
    with pytest.raises(ValidationError, match="hashprice"):
        preview_plan(database.session_factory, people.owner, _request(people, strategy="revenue"))
    huge = preview_plan(database.session_factory, people.owner, _request(people, target_kw=10_000.0), clock=_clock)
    assert not huge.feasible and huge.solution.status == "infeasible_target"
    assert huge.solution.max_sheddable_w / 1000 < 10_000
    with pytest.raises(ValidationError, match="target_kw"):
        save_plan(database.session_factory, people.owner, huge)
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(CurtailmentPlan)) == 0


def test_protected_miners_and_customer_caps_are_honoured(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    with database.session_factory() as session:
        from hashinsight_desktop.db.models import Miner

        miners = session.scalars(select(Miner).order_by(Miner.name)).all()
        protected = frozenset(m.id for m in miners if m.name.endswith(("4", "8")))
    request = _request(people, levels=LevelOptions(protected=protected))
    preview = preview_plan(database.session_factory, people.owner, request, clock=_clock)
    assert preview.feasible and not {row.miner.miner_id for row in preview.rows} & protected


def test_a_customer_cap_limits_that_customers_lost_hashrate(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    hosted = [MinerSpec(s.power_w, s.hashrate_ths, customer_id=people.customer_id) for s in FLEET[:20]]
    add_site_miners(database.session_factory, people.site_id, hosted + FLEET[20:], NOW)
    request = _request(people, target_kw=40.0, customer_caps_pct={people.customer_id: 10.0})
    preview = preview_plan(database.session_factory, people.owner, request, clock=_clock)
    assert preview.feasible and preview.shed_kw >= 40.0 - 1e-6
    theirs = sum(s.hashrate_ths for s in hosted)
    lost = sum(row.lost_ths for row in preview.rows if row.miner.customer_id == people.customer_id)
    assert lost <= 0.10 * theirs + 1e-6
    uncapped = preview_plan(database.session_factory, people.owner, _request(people, target_kw=40.0), clock=_clock)
    assert sum(r.lost_ths for r in uncapped.rows if r.miner.customer_id == people.customer_id) > 0.10 * theirs


def _shed_on(preview, feed: str) -> float:  # type: ignore[no-untyped-def]
    return sum(row.shed_kw for row in preview.rows if row.miner.power_feed == feed)


def test_a_feed_limit_caps_what_that_feed_sheds(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    # feed A holds the least efficient rigs (3400 W for 88 TH/s): a free plan sheds there first
    on_feeds = [MinerSpec(s.power_w, s.hashrate_ths, power_feed="A" if s.hashrate_ths < 100 else "B") for s in FLEET]
    add_site_miners(database.session_factory, people.site_id, on_feeds, NOW)
    free = preview_plan(database.session_factory, people.owner, _request(people, target_kw=40.0), clock=_clock)
    assert _shed_on(free, "A") > 15.0
    request = _request(people, target_kw=40.0, feed_max_shed_kw={"A": 15.0})
    capped = preview_plan(database.session_factory, people.owner, request, clock=_clock)
    assert capped.feasible and capped.shed_kw >= 40.0 - 1e-6
    assert _shed_on(capped, "A") <= 15.0 + 1e-6 and {r.miner.power_feed for r in capped.rows} == {"A", "B"}
    plan_id = save_plan(database.session_factory, people.owner, capped, clock=_clock)
    with database.session_factory() as session:
        plan = session.get(CurtailmentPlan, plan_id)
        assert plan is not None and plan.options["feed_max_shed_kw"] == {"A": 15.0}
    untouched = _request(people, target_kw=20.0, feed_max_shed_kw={"A": 0.0})
    assert _shed_on(preview_plan(database.session_factory, people.owner, untouched, clock=_clock), "A") == 0.0
    too_tight = _request(people, target_kw=40.0, feed_max_shed_kw={"A": 0.0, "B": 10.0})
    refused = preview_plan(database.session_factory, people.owner, too_tight, clock=_clock)
    assert not refused.feasible and refused.solution.max_sheddable_w <= 10_000.0 + 1e-6
    with pytest.raises(ValidationError, match="feed_limits: feed A"):
        preview_plan(database.session_factory, people.owner, _request(people, feed_max_shed_kw={"A": -1.0}))


def test_a_price_triggered_plan_keeps_its_trigger(farm) -> None:  # type: ignore[no-untyped-def]
    database, people = farm
    with pytest.raises(ValidationError, match="price_trigger"):
        preview_plan(database.session_factory, people.owner, _request(people, trigger="price"))
    with pytest.raises(ValidationError, match="hysteresis"):
        bad = PriceTrigger(180.0, -5.0)
        preview_plan(database.session_factory, people.owner, _request(people, trigger="price", price_trigger=bad))
    trigger = PriceTrigger(180.0, 20.0, 10.0)
    request = _request(people, trigger="price", price_trigger=trigger)
    plan_id = save_plan(
        database.session_factory,
        people.owner,
        preview_plan(database.session_factory, people.owner, request, clock=_clock),
        clock=_clock,
    )
    with database.session_factory() as session:
        (listed,) = list_plans(session, people.owner)
        assert listed.id == plan_id and listed.trigger == "price" and listed.price_trigger == trigger
        assert listed.start_at is None
        assert load_plan(session, people.owner, plan_id).summary.price_trigger == trigger
