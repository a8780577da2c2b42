"""Bulk actions through the control service against the simulator: results, operation log, audit."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, OperationLogEntry
from hashinsight_desktop.services.cgminer import ControlChannel, Timeouts, poll_many
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.fleet.control import Action, ControlTarget, command_for, run_action
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners, list_miners
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

FAST = Timeouts(connect=0.5, deadline=1.5)


def test_command_per_dialect() -> None:
    assert command_for(Action.SLEEP, "whatsminer", None) == ("power_off", None)
    assert command_for(Action.SLEEP, "antminer", None) == ("ascset", "0,softoff")
    assert command_for(Action.REBOOT, None, None) == ("restart", None)
    assert command_for(Action.POWER_TARGET, "antminer", 80) == ("set_power_pct", "80")
    with pytest.raises(ValidationError, match="power_target"):
        command_for(Action.POWER_TARGET, "antminer", 500)


def test_sleep_then_wake_with_per_miner_results(session_factory) -> None:
    people = make_people(session_factory)

    async def scenario() -> None:
        async with SimulatedFarm(
            6,
            bind=loopback_network(),
            mix=["Antminer S19 Pro", "Whatsminer M30S++"],
            faults={"offline": 17},
            seed=5,
            warmup_s=0,
        ) as farm:
            with unit_of_work(session_factory) as session:
                miners = add_miners(
                    session,
                    people.owner,
                    people.site_id,
                    [NewMiner(ip_address=host, port=port) for host, port in farm.targets],
                )
                assert len(miners) == 6
            samples = await poll_many(farm.targets, timeouts=FAST)
            targets = [
                ControlTarget(m.id, people.site_id, m.ip_address, m.port, s.dialect)
                for m, s in zip(miners, samples, strict=True)
            ]
            results = await run_action(
                session_factory, people.site_manager, targets, Action.SLEEP, channel=ControlChannel(FAST)
            )
            offline = {e.host for e in farm.miners if e.fault == "offline"}
            assert {r.host for r in results if not r.ok} == offline
            after = await poll_many(farm.targets, timeouts=FAST)
            for sample in after:
                if sample.host not in offline:
                    assert sample.status == "sleeping" and sample.power_w is not None and sample.power_w < 40
            await run_action(session_factory, people.owner, targets, Action.WAKE, channel=ControlChannel(FAST))
            woken = await poll_many(farm.targets, timeouts=FAST)
            assert all(s.status != "sleeping" for s in woken)

    asyncio.run(scenario())
    with session_factory() as session:
        log = session.scalars(select(OperationLogEntry)).all()
        assert len(log) == 12 and all(entry.outcome in ("ok", "failed") and entry.finished_at for entry in log)
        assert sum(entry.outcome == "failed" for entry in log) == 2  # the offline miner, twice
        actions = [r.action for r in session.scalars(select(AuditRecord))]
        assert actions.count("miner.sleep") == 6 and actions.count("miner.wake") == 6


def test_out_of_scope_is_refused_before_anything_is_sent(session_factory) -> None:
    people = make_people(session_factory)
    target = ControlTarget(people.guest.user_id, people.other_site_id, "127.0.0.1", 1, None)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied, match="outside your scope"):
        asyncio.run(run_action(session_factory, people.site_manager, [target], Action.REBOOT))
    with session_factory() as session:
        assert session.scalars(select(OperationLogEntry)).all() == []


def test_miners_are_listed_by_scope(session_factory) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        add_miners(session, people.owner, people.site_id, [NewMiner("10.0.0.1"), NewMiner("10.0.0.2")])
        add_miners(session, people.owner, people.other_site_id, [NewMiner("10.1.0.1")])
        again = add_miners(session, people.owner, people.site_id, [NewMiner("10.0.0.1")])
        assert again == []  # already there: skipped
        with pytest.raises(ValidationError, match="miner 1: ip_address"):
            add_miners(session, people.owner, people.site_id, [NewMiner("10.0.0.300")])
    with session_factory() as session:
        assert len(list_miners(session, people.owner)) == 3
        assert {m.ip_address for m in list_miners(session, people.site_manager)} == {"10.0.0.1", "10.0.0.2"}
        assert list_miners(session, people.customer) == []
