"""A wrong password is refused with a clear message (AuthFailed) and changes nothing, per family that has one."""

from __future__ import annotations

import asyncio

import pytest

from hashinsight_desktop.services.devices import Action, AuthFailed, send_action
from tests.services.devices.helpers import target_for
from tests.simulator.families import family_farm, needs_port_80, read

CASES = [
    pytest.param("antminer", "Antminer S19 Pro", "HTTP 401", marks=needs_port_80, id="antminer"),
    pytest.param("whatsminer", "Whatsminer M30S++", "wrong admin password", id="whatsminer"),
    pytest.param("braiins", "Antminer S19 Pro", "wrong password", id="braiins"),
    pytest.param("vnish", "Antminer S19 Pro", "HTTP 401", marks=needs_port_80, id="vnish"),
]


@pytest.mark.parametrize(("family", "model", "message"), CASES)
def test_wrong_password_is_refused_and_nothing_changes(family: str, model: str, message: str) -> None:
    async def main() -> None:
        async with family_farm(family, [model]) as farm:
            sim = farm.simulated[0]
            target = target_for(sim, password="not-the-password")
            with pytest.raises(AuthFailed, match=message) as caught:
                await send_action(target, Action.SLEEP)
            assert "not-the-password" not in str(caught.value)
            assert not sim.sleeping and sim.control_commands == 0
            assert (await read(sim)).status == "hashing"

    asyncio.run(main())
