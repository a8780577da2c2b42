"""A generic miner that cannot be reached, does not answer or answers gibberish: the command's result (the Fleet
command log, a bulk action's row) says why in the reader's language; what the operating system said stays verbatim
inside. A small test translator stands in for the shipped Chinese."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.cgminer import ControlChannel, Timeouts
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.fleet.control import Action, ControlTarget, run_action
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

FAST = Timeouts(connect=0.3, deadline=0.6)


def chinese(context: str, source: str) -> str:
    return f"[{source}]"  # every marked sentence of the console, as translated


def test_unreachable_generic_miner_in_the_readers_language(database: Database) -> None:
    if database.kind != "SQLite":
        pytest.skip("no database behaviour here: the operation log's columns are tested on both engines elsewhere")
    session_factory = database.session_factory
    people = make_people(session_factory)

    async def scenario() -> list[str]:
        async with SimulatedFarm(3, bind=loopback_network(), seed=5, warmup_s=0) as farm:
            for index, fault in enumerate(("offline", "hang", "garbage")):
                await farm.set_fault(index, fault)
            with unit_of_work(session_factory) as session:
                miners = add_miners(session, people.owner, people.site_id, [NewMiner(*t) for t in farm.targets])
            targets = [ControlTarget(m.id, people.site_id, m.ip_address, m.port, None) for m in miners]
            results = await run_action(
                session_factory, people.owner, targets, Action.SLEEP, channel=ControlChannel(FAST)
            )
        by_host = {result.host: result for result in results}
        assert not any(result.ok for result in results)
        return [render(by_host[m.ip_address].detail, chinese) for m in miners]

    refused, silent, gibberish = asyncio.run(scenario())
    assert refused == "[connection refused]"
    assert silent == "[no complete reply within {seconds} s]".replace("{seconds}", "0.6"), silent
    assert gibberish.startswith("[invalid JSON: ") or gibberish == "[reply cut short (incomplete JSON)]", gibberish
