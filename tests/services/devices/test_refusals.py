"""What a firmware lacks is refused with the reason, before anything is sent."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.devices import (
    Action,
    Capabilities,
    DeviceError,
    DeviceTarget,
    Family,
    PoolSetting,
    Refused,
    capabilities_for,
    send_action,
)
from tests.services.devices.helpers import target_for
from tests.simulator.families import family_farm


def test_capabilities_per_family() -> None:
    s19 = capabilities_for(Family.ANTMINER, "Antminer S19 Pro")
    assert s19.refuses(Action.POWER_TARGET, watts=2500) is not None
    assert "low" not in s19.modes and s19.refuses(Action.MODE, mode="low")
    assert "low" in capabilities_for("antminer", "Antminer S19j Pro").modes
    assert [lv.kind for lv in s19.power_levels(3250)] == ["normal", "sleep"]
    assert [lv.setting for lv in capabilities_for("antminer", "Antminer S21").power_levels(3500)] == [
        "normal", "low", "sleep",
    ]  # fmt: skip
    whatsminer = capabilities_for(Family.WHATSMINER, "Whatsminer M30S++")
    assert whatsminer.refuses(Action.POWER_TARGET, percent=50) is None
    assert whatsminer.refuses(Action.POWER_TARGET, percent=150) is not None
    avalon = capabilities_for(Family.AVALON, "Avalon A1246")
    assert avalon.refuses(Action.POOL, pool=PoolSetting("stratum+tcp://p:1", "w")) is not None
    assert [lv.setting for lv in avalon.power_levels(3400)] == ["normal", "low", "sleep"]
    generic = capabilities_for(Family.GENERIC)
    assert generic.refuses(Action.POWER_TARGET, percent=80) is None
    assert generic.refuses(Action.POWER_TARGET, watts=2000) is not None
    assert generic.refuses(Action.POOL) is not None
    braiins = Capabilities(Family.BRAIINS, sleep=True, wake=True, reboot=True, power_watts=(1600, 3900))
    levels = braiins.power_levels(3250)
    assert levels[0].kind == "normal" and levels[-1].kind == "sleep"
    assert all(lv.kind == "watts" and 1600 <= int(lv.setting) <= 3900 for lv in levels[1:-1])
    luxos = Capabilities(Family.LUXOS, sleep=True, power_by_profile=True, profiles=(("475MHz", 2800), ("500MHz", 3000)))
    assert [lv.setting for lv in luxos.power_levels(3250)] == ["normal", "500MHz", "475MHz", "sleep"]
    assert Capabilities.from_json(braiins.to_json()) == braiins


def test_nothing_is_sent_for_a_refused_action() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", ["Whatsminer M30S++"]) as farm:
            sim = farm.simulated[0]
            target = target_for(sim)
            with pytest.raises(Refused, match="needs a scheme"):
                await send_action(target, Action.POOL, pool=PoolSetting("wm.pool:3333", "w.1"))
            with pytest.raises(Refused, match="outside"):
                await send_action(target, Action.POWER_TARGET, percent=150)
            with pytest.raises(Refused, match="no 'eco' mode"):
                await send_action(target, Action.MODE, mode="eco")
            no_login = DeviceTarget(sim.host, sim.port, Family.WHATSMINER, sim.model, None)
            with pytest.raises(DeviceError, match="site credentials"):
                await send_action(no_login, Action.SLEEP)
            assert sim.control_commands == 0 and not sim.sleeping

    asyncio.run(main())


def test_a_hung_miner_fails_within_its_deadline() -> None:
    async def main() -> None:
        async with family_farm("avalon", ["Avalon A1246"], faults={"hang": 100}) as farm:
            target = target_for(farm.simulated[0])
            loop = asyncio.get_running_loop()
            started = loop.time()
            with pytest.raises(DeviceError, match=r"no answer within 1 s|avalon"):
                await send_action(target, Action.SLEEP, deadline_s=1.0)
            assert loop.time() - started < 3

    asyncio.run(main())
