"""Each firmware family end to end through the device layer, against the simulator over loopback:
identification, sleep, wake, power level, reboot, pool change, fault light — each measured afterwards
(the project's CGMiner read path and the simulated miner's own state); refused actions never sent."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.devices import Action, PoolSetting, Refused, send_action
from tests.services.devices.helpers import identified_target
from tests.simulator.families import family_farm, needs_port_80, read


def _reboot_measured(sim) -> None:  # type: ignore[no-untyped-def]
    sim.started -= 3600  # up an hour: a reboot brings the uptime back under a minute


async def _sleep_wake_reboot(sim, target) -> None:  # type: ignore[no-untyped-def]
    detail = await send_action(target, Action.SLEEP)
    assert detail and sim.sleeping
    assert (await read(sim)).status == "sleeping"
    await send_action(target, Action.WAKE)
    assert not sim.sleeping
    assert (await read(sim)).status == "hashing"
    _reboot_measured(sim)
    await send_action(target, Action.REBOOT)
    uptime = (await read(sim)).uptime_s
    assert uptime is not None and uptime < 60


async def _pool_change(sim, target, url: str) -> None:  # type: ignore[no-untyped-def]
    await send_action(target, Action.POOL, pool=PoolSetting(url, "ops.7"))
    assert sim.pool_url == url and sim.worker == "ops.7"
    assert (await read(sim)).pool_url == url


@needs_port_80
def test_stock_antminer() -> None:
    async def main() -> None:
        async with family_farm("antminer", ["Antminer S19j Pro", "Antminer S19 Pro"], count=2) as farm:
            low_model = next(s for s in farm.simulated if s.model == "Antminer S19j Pro")
            plain = next(s for s in farm.simulated if s.model == "Antminer S19 Pro")
            target = await identified_target(low_model)
            assert target.model == "Antminer S19j Pro" and "low" in target.effective_capabilities().modes
            await _sleep_wake_reboot(low_model, target)
            await send_action(target, Action.MODE, mode="low")
            assert low_model.mode == "low" and (await read(low_model)).power_w < low_model.nominal_w * 0.8
            await send_action(target, Action.MODE, mode="normal")
            assert low_model.mode == "normal"
            await _pool_change(low_model, target, "stratum+tcp://am.pool:3333")
            await send_action(target, Action.FAULT_LIGHT, light=True)
            assert low_model.light

            other = await identified_target(plain)
            before = plain.control_commands
            with pytest.raises(Refused, match="no power target in watts"):
                await send_action(other, Action.POWER_TARGET, watts=2500)  # never turned into low-power mode
            with pytest.raises(Refused, match="no 'low' mode"):
                await send_action(other, Action.MODE, mode="low")
            assert plain.control_commands == before and plain.mode == "normal"

    asyncio.run(main())


def test_whatsminer() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", ["Whatsminer M30S++"]) as farm:
            sim = farm.simulated[0]
            target = await identified_target(sim)
            await _sleep_wake_reboot(sim, target)
            await send_action(target, Action.POWER_TARGET, watts=2600)
            assert sim.power_limit_w == 2600
            assert (await read(sim)).power_w == pytest.approx(2600, rel=0.05)
            await send_action(target, Action.POWER_TARGET, percent=60)
            assert sim.power_pct == 60
            await send_action(target, Action.POWER_TARGET, percent=100)  # back to full (pyasic refuses 100)
            assert sim.power_pct == 100
            await _pool_change(sim, target, "stratum+tcp://wm.pool:3333")

    asyncio.run(main())


def test_braiins() -> None:
    async def main() -> None:
        async with family_farm("braiins", ["Antminer S19 Pro"]) as farm:
            sim = farm.simulated[0]
            target = await identified_target(sim)
            from hashinsight_desktop.simulator import braiins_grpc

            assert target.effective_capabilities().power_watts == braiins_grpc.power_range(sim)  # read from the miner
            await _sleep_wake_reboot(sim, target)
            await send_action(target, Action.POWER_TARGET, watts=2400)
            assert sim.power_limit_w == 2400 and (await read(sim)).power_w == pytest.approx(2400, rel=0.05)
            low, _high = braiins_grpc.power_range(sim)
            before = sim.control_commands
            with pytest.raises(Refused, match="outside"):
                await send_action(target, Action.POWER_TARGET, watts=low - 100)
            assert sim.control_commands == before
            await _pool_change(sim, target, "stratum+tcp://bos.pool:3333")

    asyncio.run(main())


def test_luxos() -> None:
    async def main() -> None:
        async with family_farm("luxos", ["Antminer S19 Pro"]) as farm:
            sim = farm.simulated[0]
            target = await identified_target(sim)
            profiles = target.effective_capabilities().profiles
            assert len(profiles) >= 3  # read from the miner at identification
            await _sleep_wake_reboot(sim, target)
            watts = profiles[2][1] + 10
            detail = await send_action(target, Action.POWER_TARGET, watts=watts)
            assert sim.power_limit_w == profiles[2][1] and profiles[2][0] in detail
            assert (await read(sim)).power_w == pytest.approx(profiles[2][1], rel=0.05)
            with pytest.raises(Refused, match="below the lowest"):
                await send_action(target, Action.POWER_TARGET, watts=profiles[0][1] - 1)
            await _pool_change(sim, target, "stratum+tcp://lux.pool:700")

    asyncio.run(main())


def test_avalon() -> None:
    async def main() -> None:
        async with family_farm("avalon", ["Avalon A1246"]) as farm:
            sim = farm.simulated[0]
            target = await identified_target(sim)
            await _sleep_wake_reboot(sim, target)
            await send_action(target, Action.MODE, mode="low")  # work level 0, which pyasic itself cannot send
            assert sim.work_level == 0
            assert (await read(sim)).power_w == pytest.approx(sim.nominal_w * 0.8, rel=0.05)
            before = sim.control_commands
            with pytest.raises(Refused, match="cannot change pools"):
                await send_action(target, Action.POOL, pool=PoolSetting("stratum+tcp://x:1", "w"))
            with pytest.raises(Refused, match="no power target in watts"):
                await send_action(target, Action.POWER_TARGET, watts=2000)
            assert sim.control_commands == before

    asyncio.run(main())


@needs_port_80
def test_vnish() -> None:
    async def main() -> None:
        async with family_farm("vnish", ["Antminer S19 Pro"]) as farm:
            sim = farm.simulated[0]
            target = await identified_target(sim)
            presets = target.effective_capabilities().profiles
            assert len(presets) >= 3
            await _sleep_wake_reboot(sim, target)
            await send_action(target, Action.POWER_TARGET, watts=presets[1][1] + 20)
            assert sim.power_limit_w == presets[1][1]
            assert (await read(sim)).power_w == pytest.approx(presets[1][1], rel=0.05)
            await _pool_change(sim, target, "stratum+tcp://vn.pool:3333")

    asyncio.run(main())
