"""Curtailment levels learned from measured telemetry: a plan executed against the simulator (real commands),
the miners polled for real while at their levels and recovered; each model's W and TH/s per level come out
within 2 % of what the simulator draws and hashes there, and the curtailment preview's levels say so."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Miner, MinerModel
from hashinsight_desktop.db.telemetry_store import write_samples
from hashinsight_desktop.services.cgminer import MinerSample, poll_many
from hashinsight_desktop.services.curtailment import learned_levels
from hashinsight_desktop.services.curtailment.executor import execute_plan, recover_plan
from hashinsight_desktop.services.curtailment.learned_levels import MIN_SAMPLES, learn_levels, level_key
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions, load_site_fleet
from hashinsight_desktop.simulator.miner import SLEEP_POWER_W
from tests.services.curtailment.test_executor import FAST, QUICK, Level, add_farm_miners, make_farm, make_plan
from tests.support.factories import make_people

PLAN = [Level("preset", 75)] * 3 + [Level("preset", 50)] * 3 + [Level("sleep")] * 2
AT_ONCE = dataclasses.replace(QUICK, batch_interval_s=0.0)  # recovery: no pause between batches
POLLS = 5  # at the levels: 3 miners × 5 polls = 15 samples per preset (MIN_SAMPLES is 10)


def _write(session_factory: sessionmaker[Session], ids: list[uuid.UUID], samples: list[MinerSample]) -> None:
    at = datetime.now(UTC)
    rows = [
        (miner_id, at, s.status, s.hashrate_ths, s.power_w, s.max_chip_temp_c, max(s.fans_rpm, default=None))
        for miner_id, s in zip(ids, samples, strict=True)
    ]
    bind = session_factory.kw["bind"]
    write_samples(bind, rows)


def test_levels_learned_from_simulator_telemetry_match_the_simulator(  # type: ignore[no-untyped-def]
    session_factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = make_people(session_factory)
    with session_factory.begin() as session:
        model = MinerModel(
            manufacturer="Bitmain",
            name="Antminer S19 Pro (learning)",
            lookup_key="s19prolearning",
            hashrate_ths=110.0,
            power_w=3250.0,
            efficiency_j_per_th=29.5,
        )
        session.add(model)
        session.flush()
        model_id = model.id

    async def scenario() -> tuple[list[float], list[float]]:
        async with make_farm(len(PLAN), mix=["Antminer S19 Pro"]) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            with session_factory.begin() as session:
                session.execute(update(Miner).where(Miner.id.in_(ids)).values(model_id=model_id))
            plan_id = make_plan(session_factory, people, farm, ids, PLAN)
            report = await execute_plan(session_factory, people.site_manager, plan_id, QUICK)
            assert report.counts == {"confirmed": len(PLAN)}
            for _ in range(POLLS):
                _write(session_factory, ids, await poll_many(farm.targets, timeouts=FAST))
            recovered = await recover_plan(session_factory, people.site_manager, plan_id, AT_ONCE)
            assert recovered.counts == {"confirmed": len(PLAN)}
            for _ in range(2):  # back at full power: after the recovery's command, so not at the levels
                _write(session_factory, ids, await poll_many(farm.targets, timeouts=FAST))
            return [m.nominal_w for m in farm.simulated], [m.nominal_ths for m in farm.simulated]

    nominal_w, nominal_ths = asyncio.run(scenario())
    assert len(set(nominal_w)) == 1 and len(set(nominal_ths)) == 1  # one model: one truth per level
    now = datetime.now(UTC)
    with session_factory() as session:
        learned = learn_levels(session, now, settle=timedelta(0))[model_id]  # the simulator changes level at once
    assert set(learned) == {"75%", "50%", "sleep"}
    for pct in (75, 50):
        level = learned[level_key("preset", pct) or ""]
        assert level.samples == 3 * POLLS and level.miners == 3 and level.samples >= MIN_SAMPLES
        # The simulator's physics at a power target: the wall draw scales with it, hashrate as power^0.85.
        assert level.power_w == pytest.approx(nominal_w[0] * pct / 100, rel=0.02)
        assert level.hashrate_ths == pytest.approx(nominal_ths[0] * (pct / 100) ** 0.85, rel=0.02)
    assert learned["sleep"].hashrate_ths == 0 and learned["sleep"].power_w == pytest.approx(SLEEP_POWER_W, rel=0.1)

    # With the default settle time, samples taken seconds after the command are not trusted yet.
    with session_factory() as session:
        assert learn_levels(session, now) == {}

    # The preview's levels: the measured ones say from how many samples; a preset never seen stays estimated.
    options = LevelOptions(presets_pct=(75, 60, 50), anti_flap_minutes=0)
    monkeypatch.setattr(learned_levels, "SETTLE", timedelta(0))
    with session_factory() as session:
        fleet = load_site_fleet(session, people.site_id, options, now)  # type: ignore[arg-type]
    levels = {lv.power_pct: lv for lv in fleet.miners[0].levels if lv.kind == "preset"}
    assert levels[75].samples == 15 and levels[75].source_text == "measured from 15 samples"
    assert levels[75].hashrate_ths == pytest.approx(learned["75%"].hashrate_ths)
    assert levels[60].samples == 0 and levels[60].source_text == "estimated"
