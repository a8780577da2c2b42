"""Control faults of the simulator: commands counted, rejected (firmware error) or ignored (OK, no effect)."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.cgminer import ControlChannel, MinerCommandRejected, Timeouts, poll_miner
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network

FAST = Timeouts(connect=0.5, deadline=1.5)


def test_rejected_then_ignored_then_applied() -> None:
    async def main() -> None:
        async with SimulatedFarm(
            2, bind=loopback_network(), mix=["Antminer S19 Pro", "Whatsminer M30S++"], seed=3, warmup_s=0
        ) as farm:
            channel = ControlChannel(FAST)
            farm.set_control_faults(0, reject=1, ignore=1)
            miner = farm.simulated[0]
            host, port = farm.targets[0]
            command = ("power_off", None) if miner.dialect == "whatsminer" else ("ascset", "0,softoff")

            with pytest.raises(MinerCommandRejected):
                await channel.send(host, port, *command)
            assert (await poll_miner(host, port, timeouts=FAST)).status == "hashing"  # not applied

            await channel.send(host, port, *command)  # says OK…
            assert (await poll_miner(host, port, timeouts=FAST)).status == "hashing"  # …and does nothing

            await channel.send(host, port, *command)
            assert (await poll_miner(host, port, timeouts=FAST)).status == "sleeping"
            assert farm.control_counts() == [3, 0]  # polls are not control commands
            assert miner.last_control == command
            assert (miner.reject_control, miner.ignore_control) == (0, 0)

            farm.set_control_faults(1, ignore=2)
            other = farm.targets[1]
            for _ in range(2):
                await channel.send(*other, "set_power_pct", "50")
            assert farm.simulated[1].power_pct == 100
            await channel.send(*other, "set_power_pct", "50")
            assert farm.simulated[1].power_pct == 50
            assert farm.control_counts() == [3, 3]

            farm.set_control_faults(1, reject=5)
            farm.set_control_faults(1, reject=0)  # cleared while running
            await channel.send(*other, "set_power_pct", "70")
            assert farm.simulated[1].power_pct == 70

    asyncio.run(main())


def test_a_hung_miner_never_counts_a_command() -> None:
    async def main() -> None:
        async with SimulatedFarm(1, bind=loopback_network(), seed=4, warmup_s=0, faults={"hang": 100}) as farm:
            with pytest.raises(Exception, match="no complete reply"):
                await ControlChannel(Timeouts(connect=0.5, deadline=0.3)).send(*farm.targets[0], "restart")
            assert farm.control_counts() == [0]

    asyncio.run(main())
