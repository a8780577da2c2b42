"""Stock Bitmain Antminer: read API on 4028, control only through the web CGI with digest auth, via pyasic."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.simulator.families import deadline, family_farm, identify, needs_port_80, read

pytestmark = needs_port_80


def test_identified_as_a_stock_antminer_with_its_model() -> None:
    async def main() -> None:
        async with family_farm("antminer", ["Antminer S19 Pro", "Antminer S19j Pro"], count=2) as farm:
            assert farm.web_unavailable is None
            names = {type(await identify(sim)).__name__ for sim in farm.simulated}
            assert names == {"BMMinerS19Pro", "BMMinerS19jPro"}
            # The web root asks for digest credentials in Bitmain's realm (pyasic's web probe).
            async with httpx.AsyncClient() as client:
                page = await client.get(f"http://{farm.simulated[0].host}/", timeout=5)
            assert page.status_code == 401
            assert 'Digest realm="antMiner Configuration"' in page.headers["www-authenticate"]

    asyncio.run(main())


def test_sleep_wake_low_power_reboot_pools_light_take_effect() -> None:
    async def main() -> None:
        async with family_farm("antminer", ["Antminer S19j Pro"]) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            from pyasic.config import MiningModeConfig
            from pyasic.config.pools import Pool, PoolConfig

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and sim.mode == "sleep"
            assert (await read(sim)).status == "sleeping"
            assert (await deadline(miner.get_config())).mining_mode.mode == "sleep"

            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping and sim.mode == "normal"
            assert (await read(sim)).status == "hashing"

            config = await deadline(miner.get_config())
            config.mining_mode = MiningModeConfig.low()
            await deadline(miner.send_config(config))
            assert sim.mode == "low" and not sim.sleeping
            assert (await read(sim)).power_w < sim.nominal_w * 0.8
            config.mining_mode = MiningModeConfig.normal()
            await deadline(miner.send_config(config))
            assert sim.mode == "normal" and sim.power_pct == 100

            config.pools = PoolConfig.simple([Pool(url="stratum+tcp://am.pool:3333", user="am.1", password="x")])
            await deadline(miner.send_config(config))
            assert sim.pool_url == "stratum+tcp://am.pool:3333" and sim.worker == "am.1"
            api_pools = await deadline(miner.rpc.pools())  # what the read API reports now
            assert api_pools["POOLS"][0]["URL"] == "stratum+tcp://am.pool:3333"
            assert api_pools["POOLS"][0]["User"] == "am.1"

            assert await deadline(miner.fault_light_on()) is True and sim.light
            assert await deadline(miner.fault_light_off()) is False and not sim.light  # pyasic returns the light

            sim.started -= 3600
            assert await deadline(miner.reboot()) is True
            uptime = (await read(sim)).uptime_s
            assert uptime is not None and uptime < 60

    asyncio.run(main())


def test_low_power_refused_where_the_model_lacks_it_and_no_power_target() -> None:
    async def main() -> None:
        async with family_farm("antminer", ["Antminer S19 Pro"]) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            from pyasic.config import MiningModeConfig

            reply = await deadline(miner.web.set_miner_conf({"miner-mode": 3}))
            assert reply["code"] == "M001" and sim.mode == "normal" and sim.power_pct == 100
            config = await deadline(miner.get_config())
            config.mining_mode = MiningModeConfig.low()
            await deadline(miner.send_config(config))  # pyasic does not look at the reply
            assert sim.mode == "normal"
            # A stock Antminer has no power target; pyasic knows it and sends nothing.
            assert await deadline(miner.set_power_limit(2500)) is False
            # The API port takes no control command.
            from pyasic.errors import APIError

            for command, parameter in (("ascset", "0,softoff"), ("set_power_pct", "50"), ("power_off", None)):
                with pytest.raises(APIError, match="Invalid command"):
                    await deadline(miner.rpc.send_command(command, parameter))
            assert not sim.sleeping and sim.control_commands == 0  # refused before anything was applied

    asyncio.run(main())


def test_wrong_password_is_a_401_and_changes_nothing() -> None:
    async def main() -> None:
        async with family_farm("antminer", ["Antminer S19 Pro"]) as farm:
            farm.set_credentials(0, password="not-root")
            sim = farm.simulated[0]
            miner = await identify(sim)  # the API port still names the model
            assert type(miner).__name__ == "BMMinerS19Pro"

            async with httpx.AsyncClient() as client:
                url = f"http://{sim.host}/cgi-bin/set_miner_conf.cgi"
                reply = await client.post(url, json={"miner-mode": 1}, auth=httpx.DigestAuth("root", "root"), timeout=5)
            assert reply.status_code == 401

            # pyasic's web client turns the 401 into {"success": False, ...} and stop_mining() says True
            # anyway: the device layer must check the miner's state, as this test does.
            assert await deadline(miner.stop_mining()) is True
            assert not sim.sleeping and sim.mode == "normal" and sim.control_commands == 0
            assert (await read(sim)).status == "hashing"

            miner.web.pwd = "not-root"
            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping

    asyncio.run(main())
