"""LuxOS (luxminer): a session from ``logon``, session-bound ``curtail``/``profileset``/``rebootdevice``, via pyasic."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.simulator import luxos_api
from tests.simulator.families import deadline, family_farm, identify, read

MIX = ["Antminer S19 Pro"]


def test_identified_as_luxos_with_its_model() -> None:
    async def main() -> None:
        async with family_farm("luxos", MIX) as farm:
            found = await identify(farm.simulated[0])
            assert type(found).__name__ == "LUXMinerS19Pro"
            assert "LuxOS" in str(found.firmware) or "S19 Pro" in str(found.model)

    asyncio.run(main())


def test_sleep_wake_profile_reboot_pools_take_effect() -> None:
    async def main() -> None:
        async with family_farm("luxos", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and (await read(sim)).status == "sleeping"
            assert await deadline(miner.resume_mining()) is True
            assert not sim.sleeping and (await read(sim)).status == "hashing"

            # The highest profile at or under the watts asked for.
            profiles = luxos_api.profiles(sim)
            target = sorted(p["Watts"] for p in profiles)[2] + 10
            assert await deadline(miner.set_power_limit(target)) is True
            chosen = max((p for p in profiles if p["Watts"] <= target), key=lambda p: p["Watts"])
            assert sim.power_limit_w == chosen["Watts"]
            assert (await read(sim)).power_w == pytest.approx(chosen["Watts"], rel=0.05)
            config = await deadline(miner.rpc.config())
            assert config["CONFIG"][0]["Profile"] == chosen["Profile Name"]

            sim.started -= 3600
            assert await deadline(miner.reboot()) is True
            uptime = (await read(sim)).uptime_s
            assert uptime is not None and uptime < 60

            await deadline(miner.rpc.addpool("stratum+tcp://lux.pool:700", "lux.worker", "x"))
            # pyasic's LUXMinerRPCAPI joins parameters with ",".join: an int pool id raises TypeError.
            await deadline(miner.rpc.switchpool(str(len(sim.pools()) - 1)))  # type: ignore[arg-type]
            assert sim.pool_url == "stratum+tcp://lux.pool:700" and sim.worker == "lux.worker"

            await deadline(miner.rpc.logoff())
            assert (await deadline(miner.rpc.session()))["SESSION"][0]["SessionID"] == ""

    asyncio.run(main())


def test_commands_without_a_valid_session_are_refused() -> None:
    async def main() -> None:
        async with family_farm("luxos", MIX) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            from pyasic.errors import APIError

            with pytest.raises(APIError, match="Invalid session id"):
                await deadline(miner.rpc.send_command("curtail", "0badcafe", "sleep"))
            with pytest.raises(APIError, match="Invalid session id"):
                await deadline(miner.rpc.send_command("curtail", "sleep"))
            assert not sim.sleeping and sim.control_commands == 0

            session = (await deadline(miner.rpc.logon()))["SESSION"][0]["SessionID"]
            with pytest.raises(APIError, match="Another session is active"):
                await deadline(miner.rpc.logon())
            with pytest.raises(APIError, match="not found"):
                await deadline(miner.rpc.send_command("profileset", session, "9999MHz"))
            # The generic simulator commands are not LuxOS commands.
            for command, parameter in (("set_power_pct", "50"), ("ascset", "0,softoff"), ("power_off", "")):
                with pytest.raises(APIError, match="Invalid command"):
                    await deadline(miner.rpc.send_command(command, parameter))
            assert not sim.sleeping and sim.power_pct == 100

    asyncio.run(main())
