"""The miner detail's command log says the console's own words (a command accepted, refused and why) in the
reader's language; what a firmware answered stays as it answered. A small test translator
stands in for the shipped Chinese."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import pytest

from hashinsight_desktop.services.cgminer import ControlChannel, Timeouts
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.fleet.control import Action, ControlTarget, DeviceAction, run_action
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.telemetry.miner_records import miner_records
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

FAST = Timeouts(connect=0.5, deadline=1.5)
CHINESE = {
    ("Devices", "accepted"): "已接受",
    ("Devices", "not sent: {reason}"): "未发送：{reason}",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), f"[{source}]")  # any other sentence of the console: marked, as translated


def test_command_details_in_the_readers_language(database: Database) -> None:
    if database.kind != "SQLite":
        pytest.skip("the same column on PostgreSQL: tests/services/curtailment/test_executor writes and reads it")
    session_factory = database.session_factory
    people = make_people(session_factory)

    async def scenario() -> uuid.UUID:
        async with SimulatedFarm(1, bind=loopback_network(), seed=3, warmup_s=0) as farm:
            with unit_of_work(session_factory) as session:
                (miner,) = add_miners(session, people.owner, people.site_id, [NewMiner(*farm.targets[0])])
            targets = [ControlTarget(miner.id, people.site_id, miner.ip_address, miner.port, "antminer")]
            await run_action(session_factory, people.owner, targets, Action.SLEEP, channel=ControlChannel(FAST))
            await run_action(session_factory, people.owner, targets, DeviceAction.MODE, mode="low")  # generic: none
            return miner.id

    miner_id = asyncio.run(scenario())
    with session_factory() as session:
        commands = miner_records(session, people.owner, miner_id, datetime.now(UTC)).commands
    refused, accepted = [render(c.detail or "", chinese) for c in commands]  # newest first
    assert accepted == "已接受"
    assert refused.startswith("未发送：[") and refused.endswith("firmware has no power modes]"), refused
    assert [render(c.detail or "") for c in commands] == [  # the English as before
        "not sent: generic (CGMiner commands) firmware has no power modes",
        "accepted",
    ]
