"""Identification through pyasic's factory under a deadline; whatever pyasic cannot tell is generic, with why."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.devices import Family, identify
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.families import family_farm, needs_port_80
from tests.simulator.loopback import free_port, loopback_network

CASES = [
    pytest.param("antminer", "Antminer S19j Pro", "Bitmain", marks=needs_port_80, id="antminer"),
    pytest.param("whatsminer", "Whatsminer M30S++", "MicroBT", id="whatsminer"),
    pytest.param("braiins", "Antminer S19 Pro", "Bitmain", id="braiins"),
    pytest.param("luxos", "Antminer S19 Pro", "Bitmain", id="luxos"),
    pytest.param("avalon", "Avalon A1246", "Canaan", id="avalon"),
    pytest.param("vnish", "Antminer S19 Pro", "Bitmain", marks=needs_port_80, id="vnish"),
]


@pytest.mark.parametrize(("family", "model", "make"), CASES)
def test_each_family_is_identified_with_make_model_and_firmware(family: str, model: str, make: str) -> None:
    async def main() -> None:
        async with family_farm(family, [model]) as farm:
            identity = await identify(farm.simulated[0].host, deadline_s=10)
            assert identity.family is Family(family) and identity.reason is None
            assert identity.make == make and identity.firmware
            assert identity.model and model.rsplit(maxsplit=1)[-1] in identity.model
            assert identity.capabilities.family is Family(family)

    asyncio.run(main())


def test_what_pyasic_cannot_tell_is_generic_with_the_reason() -> None:
    async def main() -> None:
        async with SimulatedFarm(2, bind=loopback_network(), mix=["Antminer S19 Pro"], seed=2, warmup_s=0) as farm:
            identity = await identify(farm.simulated[0].host, deadline_s=10)
            # The generic simulator answers the API as an Antminer but has no web interface to control it by.
            assert identity.family is Family.GENERIC and identity.make == "Bitmain"
            assert "web interface" in (identity.reason or "")
            assert identity.capabilities.refuses("power_target", percent=50) is None  # today's generic commands
        other_port = await identify("127.0.0.1", free_port(), deadline_s=2)
        assert other_port.family is Family.GENERIC and "port 4028 only" in (other_port.reason or "")
        nobody = await identify(loopback_network().replace(".0/24", ".9"), deadline_s=2)
        assert nobody.family is Family.GENERIC and nobody.reason

    asyncio.run(main())


def test_a_hung_miner_is_given_up_at_its_deadline() -> None:
    async def main() -> None:
        async with family_farm("whatsminer", ["Whatsminer M30S++"], faults={"hang": 100}) as farm:
            loop = asyncio.get_running_loop()
            started = loop.time()
            identity = await identify(farm.simulated[0].host, deadline_s=1.5)
            assert loop.time() - started < 4
            assert identity.family is Family.GENERIC and identity.reason

    asyncio.run(main())
