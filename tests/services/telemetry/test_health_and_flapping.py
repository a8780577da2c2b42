"""Against the simulator, polled by the real poller: a dead-board miner is Degraded, and its alert
stays one alert, with its raise time, through a curtailment that slept it and the recovery after."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from hashinsight_desktop.db.models import Alert
from hashinsight_desktop.services.curtailment.executor import execute_plan, recover_plan
from hashinsight_desktop.services.fleet.miners import list_miners
from hashinsight_desktop.services.telemetry.alert_rules import DEAD_BOARD, AlertThresholds
from hashinsight_desktop.services.telemetry.health import DEGRADED, fleet_health, with_degraded
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller
from tests.services.curtailment.test_executor import QUICK, Level, add_farm_miners, make_farm, make_plan
from tests.workers.test_telemetry_poller import FAST

ONE_MODEL = ["Antminer S19 Pro"]
NO_WAIT = dataclasses.replace(QUICK, batch_interval_s=0.0)  # recovery batches back to back


def test_a_dead_board_miner_is_degraded_not_hashing(session_factory) -> None:
    from tests.support.factories import make_people

    people = make_people(session_factory)

    async def scenario() -> dict[uuid.UUID, str]:
        async with make_farm(3, mix=ONE_MODEL, faults={"deadboard": 34}) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            poller = TelemetryPoller(session_factory, interval_s=0.05, timeouts=FAST)
            await poller.cycle()
            poller.roles.release()
            return {i: m.fault for i, m in zip(ids, farm.simulated, strict=True)}

    faults = asyncio.run(scenario())
    with session_factory() as session:
        rows = list_miners(session, people.owner)
        health = fleet_health(session, rows, datetime.now(UTC))
    shown = {r.id: r.status for r in with_degraded(rows, health)}
    assert sorted(faults.values()) == ["deadboard", "none", "none"]
    for miner_id, fault in faults.items():
        assert shown[miner_id] == (DEGRADED if fault == "deadboard" else "hashing")
        assert (health[miner_id].degraded == "1 of 3 hash boards dead") == (fault == "deadboard")
        assert health[miner_id].boards_total == 3


def test_a_dead_board_alert_does_not_reraise_through_curtailment_and_recovery(session_factory) -> None:
    from tests.support.factories import make_people

    people = make_people(session_factory)
    # No hold time: what keeps the alerts is that a slept (commanded) or waking miner does not settle them.
    poller_options = {"interval_s": 0.05, "timeouts": FAST, "thresholds": AlertThresholds(hold_s=0)}

    async def scenario() -> datetime:
        async with make_farm(3, mix=ONE_MODEL, faults={"deadboard": 100}) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            poller = TelemetryPoller(session_factory, **poller_options)  # type: ignore[arg-type]
            await poller.cycle()
            raised_at = poller.clock()
            plan_id = make_plan(session_factory, people, farm, ids, [Level("sleep")] * 3, recover_after_h=1)
            assert (await execute_plan(session_factory, people.owner, plan_id, options=QUICK)).state == "executed"
            assert all(m.sleeping for m in farm.simulated)
            for _ in range(2):
                report = await poller.cycle()
                assert report.alerts_cleared == 0 and report.alerts_raised == 0
            assert (await recover_plan(session_factory, people.owner, plan_id, options=NO_WAIT)).state == "completed"
            for _ in range(2):
                report = await poller.cycle()
                assert report.alerts_cleared == 0 and report.alerts_raised == 0
            poller.roles.release()
            return raised_at

    raised_by = asyncio.run(scenario())
    with session_factory() as session:
        alerts = session.scalars(select(Alert).where(Alert.kind == DEAD_BOARD)).all()
    assert len(alerts) == 3  # one raise per miner, none cleared and raised anew
    assert all(a.cleared_at is None for a in alerts)
    assert all(a.raised_at <= raised_by and raised_by - a.raised_at < timedelta(seconds=30) for a in alerts)
    assert all(a.current_message == "1 of 3 hash boards dead (no hashrate)" for a in alerts)


def test_thresholds_per_site_and_model_and_maintenance_silence(session_factory) -> None:
    import pytest

    from hashinsight_desktop.services.errors import ValidationError
    from hashinsight_desktop.services.telemetry.alert_settings import (
        end_maintenance,
        list_thresholds,
        load_thresholds,
        miners_in_maintenance,
        save_thresholds,
        set_maintenance,
    )
    from tests.support.factories import make_people

    people = make_people(session_factory)
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    with unit_of_work(session_factory) as session:
        save_thresholds(session, people.owner, site_id=None, model_id=None, values={"temp_critical_c": 90})
        save_thresholds(
            session, people.owner, site_id=people.site_id, model_id=None, values={"hashrate_min_pct": 70, "hold_s": 60}
        )
    with pytest.raises(ValidationError) as bad, unit_of_work(session_factory) as session:
        save_thresholds(
            session,
            people.owner,
            site_id=people.site_id,
            model_id=None,
            values={"temp_warning_c": 99, "temp_critical_c": 98, "hold_s": "soon"},
        )
    assert "hold_s: 'soon' is not a number" in str(bad.value) and "temp_critical_c: must be above" in str(bad.value)
    with session_factory() as session:
        book = load_thresholds(session)
        assert len(list_thresholds(session, people.owner)) == 2
    here, elsewhere = book.for_miner(people.site_id, None), book.for_miner(uuid.uuid4(), None)
    assert (here.temp_critical_c, here.hashrate_min_pct, here.hold_s) == (90, 70, 60)
    assert (elsewhere.temp_critical_c, elsewhere.hashrate_min_pct, elsewhere.hold_s) == (90, 80, 180)

    from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners

    with unit_of_work(session_factory) as session:
        miner = add_miners(session, people.owner, people.site_id, [NewMiner(ip_address="127.0.0.9")])[0].id
        set_maintenance(session, people.owner, [miner], until=now + timedelta(hours=2), note="fans", clock=lambda: now)
    with session_factory() as session:
        held = miners_in_maintenance(session, now + timedelta(hours=1))
        assert held[miner].set_by == "owner" and held[miner].note == "fans"
        assert miners_in_maintenance(session, now + timedelta(hours=3)) == {}
    with unit_of_work(session_factory) as session:
        assert end_maintenance(session, people.owner, [miner], clock=lambda: now) == 1
