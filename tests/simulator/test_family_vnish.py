"""VNish: the web API with an unlock token on port 80 (presets in watts), via pyasic."""

from __future__ import annotations

import asyncio
import warnings

import httpx
import pytest

from hashinsight_desktop.simulator import vnish_web
from tests.simulator.families import deadline, family_farm, identify, needs_port_80, read

pytestmark = needs_port_80
MIX = ["Antminer S19 Pro"]


def test_identified_as_vnish_with_its_model() -> None:
    async def main() -> None:
        async with family_farm("vnish", MIX) as farm:
            found = await identify(farm.simulated[0])
            assert type(found).__name__ == "VNishS19Pro"

    asyncio.run(main())


def test_stop_resume_preset_reboot_pools_light_take_effect() -> None:
    async def main() -> None:
        async with family_farm("vnish", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and (await read(sim)).status == "sleeping"
            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping and (await read(sim)).status == "hashing"

            watts = sorted(int(p["name"]) for p in vnish_web.presets(sim))
            # pyasic 0.79.0's VNish.set_power_limit() never sends: MiningModeConfig.from_vnish calls
            # cls.preset.from_vnish, which on the enum member is MiningModeConfig.from_vnish again, fed
            # the overclock dict -> KeyError -> "normal" mode -> "no presets" -> False.
            assert await deadline(miner.set_power_limit(watts[1] + 20)) is False
            assert sim.power_limit_w is None
            # Its web client's own call works: the preset named by its watts.
            await deadline(miner.web.set_power_limit(watts[1]))
            assert sim.power_limit_w == watts[1]
            assert (await read(sim)).power_w == pytest.approx(watts[1], rel=0.05)

            assert await deadline(miner.fault_light_on()) is True and sim.light

            sim.started -= 3600
            assert await deadline(miner.reboot()) is True
            uptime = (await read(sim)).uptime_s
            assert uptime is not None and uptime < 60

            from pyasic.config import MinerConfig
            from pyasic.config.pools import Pool, PoolConfig

            config = await deadline(miner.get_config())
            config.pools = PoolConfig.simple([Pool(url="stratum+tcp://vn.pool:3333", user="vn.1", password="x")])
            await deadline(miner.send_config(config))
            assert sim.pool_url == "stratum+tcp://vn.pool:3333" and sim.worker == "vn.1"
            assert isinstance(config, MinerConfig)

    asyncio.run(main())


def test_wrong_password_and_unknown_preset_are_refused() -> None:
    async def main() -> None:
        async with family_farm("vnish", MIX) as farm:
            sim = farm.simulated[0]
            farm.set_credentials(0, password="not-admin")
            miner = await identify(sim)
            from pyasic.errors import APIError

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # pyasic warns that it could not authenticate
                with pytest.raises(APIError):
                    await deadline(miner.stop_mining())
            assert not sim.sleeping and sim.control_commands == 0

            farm.set_credentials(0, password="admin")
            async with httpx.AsyncClient(base_url=f"http://{sim.host}") as client:
                token = (await client.post("/api/v1/unlock", json={"pw": "admin"})).json()["token"]
                reply = await client.post(
                    "/api/v1/settings",
                    json={"miner": {"overclock": {"preset": "9999"}}},
                    headers={"Authorization": token},
                )
                assert reply.status_code == 400
                assert (await client.post("/api/v1/mining/stop")).status_code == 401  # no token
            assert not sim.sleeping and sim.power_limit_w is None

    asyncio.run(main())
