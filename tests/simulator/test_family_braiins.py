"""Braiins OS+ (BOSer): identification over the cgminer API, control over gRPC on 50051, via pyasic."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.simulator import braiins_grpc
from tests.simulator.families import deadline, family_farm, identify, read

MIX = ["Antminer S19 Pro"]


def test_identified_as_boser_with_its_model() -> None:
    async def main() -> None:
        async with family_farm("braiins", MIX) as farm:
            found = await identify(farm.simulated[0])
            assert type(found).__name__ == "BOSMinerS19Pro"
            assert type(found.web).__name__ == "BOSerWebAPI"  # the gRPC client

    asyncio.run(main())


def test_pause_resume_power_target_reboot_pools_take_effect() -> None:
    async def main() -> None:
        async with family_farm("braiins", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and (await read(sim)).status == "sleeping"
            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping and (await read(sim)).status == "hashing"

            assert await deadline(miner.set_power_limit(2400)) is True
            assert sim.power_limit_w == 2400
            assert (await read(sim)).power_w == pytest.approx(2400, rel=0.05)
            config = await deadline(miner.web.get_miner_configuration())
            assert config["tuner"]["powerTarget"]["watt"] == 2400

            assert await deadline(miner.fault_light_on()) is True and sim.light

            sim.started -= 3600
            assert await deadline(miner.reboot()) is True
            uptime = (await read(sim)).uptime_s
            assert uptime is not None and uptime < 60

            from pyasic.config import MinerConfig
            from pyasic.config.pools import Pool, PoolConfig

            pools = PoolConfig.simple([Pool(url="stratum+tcp://bos.pool:3333", user="bos.1", password="x")])
            await deadline(miner.send_config(MinerConfig(pools=pools)))
            assert sim.pool_url == "stratum+tcp://bos.pool:3333" and sim.worker == "bos.1"
            assert (await deadline(miner.rpc.pools()))["POOLS"][0]["URL"] == "stratum+tcp://bos.pool:3333"

    asyncio.run(main())


def test_wrong_password_and_out_of_range_power_are_refused() -> None:
    async def main() -> None:
        async with family_farm("braiins", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            low, high = braiins_grpc.power_range(sim)
            assert await deadline(miner.set_power_limit(high + 100)) is False
            assert await deadline(miner.set_power_limit(low - 100)) is False
            assert sim.power_limit_w is None and sim.power_pct == 100

            farm.set_credentials(0, password="not-root")
            other = await identify(sim)
            from grpclib import GRPCError

            # pyasic logs in before its try block: the refused login escapes stop_mining() as a GRPCError.
            with pytest.raises(GRPCError):
                await deadline(other.stop_mining())
            assert not sim.sleeping and sim.control_commands == 0
            # A control call without a token is refused too.
            from pyasic.errors import APIError
            from pyasic.web.braiins_os.proto.braiins.bos.v1 import PauseMiningRequest

            with pytest.raises(APIError):
                await deadline(other.web.send_command("pause_mining", message=PauseMiningRequest()))
            assert not sim.sleeping

    asyncio.run(main())
