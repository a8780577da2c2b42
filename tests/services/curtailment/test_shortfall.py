"""An out-of-reach request names what holds it back: anti-flap (with when it frees, in the site's zone),
protected miners, customer caps, feed limits and the miners left out (offline), each with what it withholds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, Site
from hashinsight_desktop.services.curtailment.plans import PlanRequest, preview_plan
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def _clock() -> datetime:
    return NOW


@pytest.fixture
def site(database):  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    acme = [MinerSpec(3000.0, 100.0, customer_id=people.customer_id)] * 4
    feed_b = [MinerSpec(3000.0, 100.0, power_feed="B")] * 4
    plain = [MinerSpec(3000.0, 100.0)] * 2
    offline = [MinerSpec(3000.0, 100.0, status="offline")] * 2
    ids = add_site_miners(database.session_factory, people.site_id, acme + feed_b + plain + offline, NOW)
    with unit_of_work(database.session_factory) as session:
        session.get(Site, people.site_id).timezone = "America/Chicago"  # type: ignore[union-attr]
        plan = CurtailmentPlan(
            site_id=people.site_id, name="earlier", state="completed", target_kw=3.0, created_by="owner", options={}
        )
        session.add(plan)
        session.flush()
        session.add(
            CurtailmentItem(
                plan_id=plan.id,
                miner_id=ids[9],  # recovered five minutes ago: anti-flap holds it until 12:10 UTC
                miner_name="m0010",
                host="10.9.0.10",
                port=4028,
                level="sleep",
                full_power_w=3000.0,
                full_hashrate_ths=100.0,
                level_power_w=30.0,
                level_hashrate_ths=0.0,
                state="confirmed",
                updated_at=NOW - timedelta(minutes=5),
            )
        )
    return database, people, ids


def test_out_of_reach_names_every_constraint_that_binds(site) -> None:  # type: ignore[no-untyped-def]
    database, people, ids = site
    request = PlanRequest(
        site_id=people.site_id,
        name="too much",
        target_kw=100.0,
        levels=LevelOptions(protected=frozenset({ids[8]}), anti_flap_minutes=15.0),
        customer_caps_pct={people.customer_id: 25.0},
        feed_max_shed_kw={"B": 4.0},
    )
    preview = preview_plan(database.session_factory, people.owner, request, clock=_clock)
    assert not preview.feasible and preview.solution.status == "infeasible_target"
    found = {(w.kind, w.label): w for w in preview.reasons}
    assert set(found) == {
        ("locked", "anti-flap"),
        ("locked", "protected"),
        ("customer cap", "Acme Hosting"),
        ("group limit", "B"),
        ("left out", "not hashing (offline)"),
    }
    asleep = 3000.0 - 30.0  # the default sleep draws 30 W
    assert found["locked", "anti-flap"].miners == 1
    assert found["locked", "anti-flap"].withheld_w == pytest.approx(asleep)
    assert found["locked", "anti-flap"].free_at == NOW + timedelta(minutes=10)
    assert found["locked", "protected"].withheld_w == pytest.approx(asleep)
    # Acme may lose 100 of its 400 TH/s: four miners at 75 % (3 kW shed) instead of all four asleep
    assert found["customer cap", "Acme Hosting"].withheld_w == pytest.approx(4 * asleep - 3000.0, abs=1.0)
    assert found["customer cap", "Acme Hosting"].limit == 25.0
    # feed B sheds at most 4 kW: 3.75 kW of 750 W and 1.5 kW steps (50 %, 50 %, 75 %) fit, 4 asleep would shed 11.9
    assert found["group limit", "B"].withheld_w == pytest.approx(4 * asleep - 3750.0)
    assert found["left out", "not hashing (offline)"].miners == 2
    message = preview.message
    assert message.startswith("cannot shed 100.0 kW: at most")
    assert "anti-flap: 1 miner changed too recently withholds 3.0 kW; all free at 06:10 (America/Chicago)" in message
    assert "protected: 1 miner kept at full power withholds 3.0 kW" in message
    assert "customer cap of 25 % for Acme Hosting (4 miners) withholds 8.9 kW" in message
    assert "feed limit of 4.0 kW on B (4 miners) withholds 8.1 kW" in message
    assert "left out, not hashing (offline): 2 miners" in message
    # without anti-flap the same site frees those kW (the 219 kW against 746 kW)
    relaxed = preview_plan(
        database.session_factory,
        people.owner,
        PlanRequest(**{**request.__dict__, "levels": LevelOptions(protected=frozenset({ids[8]}), anti_flap_minutes=0)}),
        clock=_clock,
    )
    assert relaxed.solution.max_sheddable_w == pytest.approx(preview.solution.max_sheddable_w + asleep, abs=700.0)
    assert ("locked", "anti-flap") not in {(w.kind, w.label) for w in relaxed.reasons}


def test_a_feasible_plan_counts_its_commands_and_keeps_its_options(site) -> None:  # type: ignore[no-untyped-def]
    database, people, _ids = site
    request = PlanRequest(site_id=people.site_id, name="some", target_kw=6.0, switch_cost_ths=10.0)
    preview = preview_plan(database.session_factory, people.owner, request, clock=_clock)
    assert preview.feasible and preview.reasons == ()
    assert preview.commands == len(preview.rows) == preview.solution.commands
    assert preview.message.startswith("costs ")
    assert request.options()["switch_cost_ths"] == 10.0 and request.options()["allow_power_off"] is False


def test_sleep_at_0_w_needs_power_off_allowed(site) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services.errors import ValidationError

    database, people, _ids = site
    request = PlanRequest(site_id=people.site_id, name="off", target_kw=6.0, levels=LevelOptions(sleep_w=0.0))
    with pytest.raises(ValidationError, match="sleep_w: 0 W asleep is a miner switched off"):
        preview_plan(database.session_factory, people.owner, request, clock=_clock)
    allowed = PlanRequest(**{**request.__dict__, "levels": LevelOptions(sleep_w=0.0, allow_power_off=True)})
    preview = preview_plan(database.session_factory, people.owner, allowed, clock=_clock)
    assert preview.feasible
