"""The optimiser's view of a site: measured over nominal, who is left out and why, locked miners."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan, MinerModel
from hashinsight_desktop.services.curtailment.site_fleet import (
    PRESET_HASHRATE_EXPONENT,
    LevelOptions,
    load_site_fleet,
    site_power_now_kw,
)
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_levels_come_from_measured_power_and_the_presets(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    add_site_miners(database.session_factory, people.site_id, [MinerSpec(3000.0, 100.0)], NOW - timedelta(minutes=1))
    with database.session_factory() as session:
        site = load_site_fleet(session, people.site_id, LevelOptions(presets_pct=(75,), sleep_w=20.0), NOW)
    (miner,) = site.miners
    assert miner.measured and not miner.locked
    kinds = [(lv.kind, lv.power_pct) for lv in miner.levels]
    assert kinds == [("full", None), ("preset", 75), ("sleep", None)]
    preset = miner.levels[1]
    assert preset.power_w == pytest.approx(2250.0)
    assert preset.hashrate_ths == pytest.approx(100.0 * 0.75**PRESET_HASHRATE_EXPONENT) and preset.estimated
    assert miner.levels[2].power_w == 20.0 and miner.levels[2].hashrate_ths == 0.0
    assert site.site_power_kw == pytest.approx(3.0)


def test_stale_poll_falls_back_to_the_catalogue_and_non_hashing_miners_are_left_out(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    with unit_of_work(database.session_factory) as session:
        model = MinerModel(
            manufacturer="Bitmain",
            name="Test S1",
            lookup_key="tests1",
            hashrate_ths=200.0,
            power_w=3500.0,
            efficiency_j_per_th=17.5,
            power_modes=[{"name": "low", "power_w": 2800.0, "hashrate_ths": 180.0}],
        )
        session.add(model)
        session.flush()
        model_id = model.id
    stale = NOW - timedelta(hours=2)
    add_site_miners(database.session_factory, people.site_id, [MinerSpec(3400.0, 190.0, model_id=model_id)], stale)
    add_site_miners(
        database.session_factory,
        people.site_id,
        [MinerSpec(3000.0, 100.0, status="sleeping"), MinerSpec(3000.0, 100.0, status="offline")],
        NOW,
        name_prefix="z",
        network="10.8",
    )
    with database.session_factory() as session:
        site = load_site_fleet(session, people.site_id, LevelOptions(presets_pct=()), NOW)
        power_now = site_power_now_kw(session, people.site_id, NOW)
    (miner,) = site.miners
    assert not miner.measured and miner.full.power_w == 3500.0
    preset = miner.levels[1]
    assert (preset.power_pct, preset.power_w, preset.hashrate_ths) == (80, 2800.0, pytest.approx(180.0))
    assert not preset.estimated  # the catalogue gives this mode's figures
    assert site.excluded == {"not hashing (sleeping)": 1, "not hashing (offline)": 1}
    # what their deepest level would shed, from what they drew at the last poll: at 25 W, nothing (no presets,
    # and sleep draws 30 W)
    assert site.excluded_kw == {"not hashing (sleeping)": 0.0, "not hashing (offline)": 0.0}
    assert power_now == pytest.approx(0.05)  # two fresh polls of 25 W; the stale one is not "now"


def test_protected_and_recently_changed_miners_are_locked_and_busy_ones_left_out(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    ids = add_site_miners(database.session_factory, people.site_id, [MinerSpec(3000.0, 100.0)] * 4, NOW)
    with unit_of_work(database.session_factory) as session:
        for miner_id, state, changed in ((ids[1], "completed", NOW - timedelta(minutes=5)), (ids[2], "executed", NOW)):
            plan = CurtailmentPlan(
                site_id=people.site_id, name="old", state=state, target_kw=1.0, created_by="owner", options={}
            )
            session.add(plan)
            session.flush()
            session.add(
                CurtailmentItem(
                    plan_id=plan.id,
                    miner_id=miner_id,
                    miner_name="x",
                    host="10.0.0.1",
                    port=4028,
                    level="sleep",
                    full_power_w=3000.0,
                    full_hashrate_ths=100.0,
                    level_power_w=30.0,
                    level_hashrate_ths=0.0,
                    state="confirmed",
                    updated_at=changed,
                )
            )
    options = LevelOptions(protected=frozenset({ids[0]}), anti_flap_minutes=15.0)
    with database.session_factory() as session:
        site = load_site_fleet(session, people.site_id, options, NOW)
        assert session.scalar(select(CurtailmentPlan.state).where(CurtailmentPlan.name == "old").limit(1))
    by_id = {m.miner_id: m for m in site.miners}
    # locked miners keep their levels (to say what the lock withholds); the plan passes them as protected
    assert by_id[ids[0]].locked and by_id[ids[0]].lock_reason == "protected" and len(by_id[ids[0]].levels) == 4
    assert by_id[ids[1]].locked and by_id[ids[1]].lock_reason == "anti-flap"  # changed 5 minutes ago
    assert by_id[ids[1]].free_at == NOW + timedelta(minutes=10)
    assert by_id[ids[0]].free_at is None
    assert ids[2] not in by_id and site.excluded == {"already in an active plan": 1}
    assert not by_id[ids[3]].locked
    with database.session_factory() as session:
        relaxed = load_site_fleet(session, people.site_id, LevelOptions(anti_flap_minutes=0), NOW)
    assert not {m.miner_id: m for m in relaxed.miners}[ids[1]].locked


def test_a_sleeping_miner_at_0_w_only_with_power_off_allowed(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    add_site_miners(database.session_factory, people.site_id, [MinerSpec(3000.0, 100.0)], NOW)
    with database.session_factory() as session:
        off = load_site_fleet(session, people.site_id, LevelOptions(presets_pct=(), sleep_w=0.0), NOW)
        allowed = LevelOptions(presets_pct=(), sleep_w=0.0, allow_power_off=True)
        powered_off = load_site_fleet(session, people.site_id, allowed, NOW)
    assert [lv.kind for lv in off.miners[0].levels] == ["full"]  # never planned at 0 W without the option
    assert [(lv.kind, lv.power_w) for lv in powered_off.miners[0].levels] == [("full", 3000.0), ("sleep", 0.0)]
