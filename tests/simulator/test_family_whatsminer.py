"""Whatsminer (btminer API 2.x): token handshake and AES-encrypted privileged commands, via pyasic."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.simulator import btminer_api
from tests.simulator.families import deadline, family_farm, identify, read

MIX = ["Whatsminer M30S++"]


def test_identified_as_a_v2_btminer_with_its_model() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", MIX) as farm:
            found = await identify(farm.simulated[0])
            assert type(found).__name__ == "BTMinerM30SPlusPlusVH40"
            assert "M30S++ VH40" in str(found.model)
            assert type(found.rpc).__name__ == "BTMinerRPCAPI"  # API v2 on 4028, not v3 on 4433

    asyncio.run(main())


def test_sleep_wake_power_limit_reboot_pools_take_effect() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and sim.mode == "sleep"
            assert (await read(sim)).status == "sleeping"

            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping and sim.mode == "normal"
            assert (await read(sim)).status == "hashing"

            assert await deadline(miner.set_power_limit(2600)) is True
            assert sim.power_limit_w == 2600
            sample = await read(sim)
            assert sample.power_w == pytest.approx(2600, rel=0.05)

            assert (await deadline(miner.rpc.set_power_pct(50)))["Msg"] == "API command OK"
            assert sim.power_pct == 50 and sim.power_limit_w is None

            sim.started -= 3600
            assert await deadline(miner.reboot()) is True
            uptime = (await read(sim)).uptime_s
            assert uptime is not None and uptime < 60

            from pyasic.config import MinerConfig
            from pyasic.config.pools import Pool, PoolConfig

            config = MinerConfig(
                pools=PoolConfig.simple([Pool(url="stratum+tcp://new.pool:3333", user="w.1", password="x")])
            )
            await deadline(miner.send_config(config))
            assert sim.pool_url == "stratum+tcp://new.pool:3333" and sim.worker == "w.1"
            pools = await deadline(miner.rpc.pools())
            assert pools["POOLS"][0]["URL"] == "stratum+tcp://new.pool:3333"

    asyncio.run(main())


def test_wrong_password_refused_and_nothing_changes() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", MIX) as farm:
            farm.set_credentials(0, password="not-admin")
            sim = farm.simulated[0]
            miner = await identify(sim)  # identification needs no password
            assert await deadline(miner.stop_mining()) is False
            assert await deadline(miner.set_power_limit(2000)) is False
            assert not sim.sleeping and sim.power_limit_w is None and sim.power_pct == 100
            assert sim.control_commands == 0

            from pyasic.errors import APIError

            with pytest.raises(APIError, match="invalid JSON message"):
                await deadline(miner.rpc.power_off())

    asyncio.run(main())


def test_what_the_firmware_refuses() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            from pyasic.errors import APIError

            # A privileged command in clear, without the token: permission denied.
            with pytest.raises(APIError, match="Permission denied"):
                await deadline(miner.rpc.send_command("power_off"))
            # A power limit out of the firmware's range.
            low, high = btminer_api.power_limit_range(sim)
            with pytest.raises(APIError):
                await deadline(miner.rpc.adjust_power_limit(high + 500))
            # The generic simulator command is not a btminer command.
            with pytest.raises(APIError, match="invalid cmd"):
                await deadline(miner.rpc.send_privileged_command("ascset", parameter="0,softoff"))
            assert not sim.sleeping and sim.power_limit_w is None
            assert low < sim.nominal_w < high

    asyncio.run(main())
