"""Canaan Avalon (cgminer): ``ascset|0,softoff``/``softon``, work levels, LED and ``restart``, via pyasic."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.simulator.rpc import AVALON_LEVELS
from tests.simulator.families import deadline, family_farm, identify, read
from tests.simulator.loopback import loopback_network

MIX = ["Avalon A1246"]


def test_identified_as_an_avalon_with_its_model() -> None:
    async def main() -> None:
        async with family_farm("avalon", MIX) as farm:
            found = await identify(farm.simulated[0])
            assert type(found).__name__ == "CGMinerAvalon1246"

    asyncio.run(main())


def test_sleep_wake_work_level_reboot_light_take_effect() -> None:
    async def main() -> None:
        async with family_farm("avalon", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and (await read(sim)).status == "sleeping"
            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping and (await read(sim)).status == "hashing"

            # pyasic's set_power_limit passes a value under 3 through as the work level.
            assert await deadline(miner.set_power_limit(2)) is True
            assert sim.work_level == 2 and sim.power_pct == AVALON_LEVELS[2]
            # ...but level 0 never leaves pyasic: its ascset drops a falsy value ("0,worklevel,set"),
            # which the firmware refuses. The device layer sends the level as a string.
            assert await deadline(miner.set_power_limit(0)) is False
            assert sim.work_level == 2
            await deadline(miner.rpc.ascset(0, "worklevel,set", "0"))
            assert sim.work_level == 0 and sim.power_pct == AVALON_LEVELS[0]
            assert (await read(sim)).power_w == pytest.approx(sim.nominal_w * AVALON_LEVELS[0] / 100, rel=0.05)
            stats = await deadline(miner.rpc.send_command("estats"))
            assert "WORKMODE[0]" in stats["STATS"][0]["MM ID0"]

            assert await deadline(miner.fault_light_on()) is True and sim.light

            sim.started -= 3600
            assert await deadline(miner.reboot()) is True
            uptime = (await read(sim)).uptime_s
            assert uptime is not None and uptime < 60

    asyncio.run(main())


def test_what_the_firmware_refuses() -> None:
    async def main() -> None:
        async with family_farm("avalon", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            from pyasic.errors import APIError

            with pytest.raises(APIError, match="invalid worklevel"):
                await deadline(miner.rpc.ascset(0, "worklevel,set", 7))
            with pytest.raises(APIError, match="Invalid ASC id"):
                await deadline(miner.rpc.ascset(3, "softoff", "1:0"))
            for command, parameter in (("set_power_pct", "50"), ("power_off", None)):
                with pytest.raises(APIError, match="Invalid command"):
                    await deadline(miner.rpc.send_command(command, parameter))
            assert not sim.sleeping and sim.work_level == 1 and sim.power_pct == 100

    asyncio.run(main())


def test_an_avalon_in_a_farm_without_families_obeys_canaan_commands() -> None:
    """A farm started without --families still has Canaan hardware: identified as an Avalon, it must
    take the Avalon commands (it answered "ascset: Invalid command" to the timestamped softoff)."""

    async def main() -> None:
        options = {"bind": loopback_network(), "mix": MIX, "seed": 5, "warmup_s": 0, "join_refusal_pct": 0}
        async with SimulatedFarm(1, **options) as farm:
            sim = farm.simulated[0]
            assert sim.family == "generic"
            miner = await identify(sim)
            assert type(miner).__name__ == "CGMinerAvalon1246"
            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and (await read(sim)).status == "sleeping"
            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping

    asyncio.run(main())
