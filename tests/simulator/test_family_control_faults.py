"""Control faults in each family's own protocol: the next N control commands refused by the firmware
(counted, nothing changes) or answered OK and not applied (what reconciliation is for)."""

from __future__ import annotations

import asyncio

import pytest

from tests.simulator.families import deadline, family_farm, identify, needs_port_80

CASES = [
    ("whatsminer", "Whatsminer M30S++"),
    ("luxos", "Antminer S19 Pro"),
    ("avalon", "Avalon A1246"),
    ("braiins", "Antminer S19 Pro"),
    pytest.param("antminer", "Antminer S19 Pro", marks=needs_port_80),
    pytest.param("vnish", "Antminer S19 Pro", marks=needs_port_80),
]


@pytest.mark.parametrize(("family", "model"), CASES)
def test_rejected_then_ignored_then_applied(family: str, model: str) -> None:
    async def main() -> None:
        async with family_farm(family, [model]) as farm:
            sim = farm.simulated[0]
            miner = await identify(sim)
            farm.set_control_faults(0, reject=1, ignore=1)

            try:
                refused = await deadline(miner.stop_mining())
            except Exception:  # pyasic raises for some families, says False for others
                refused = False
            # A stock Antminer's pyasic client reports True whatever the CGI answered (M002 here).
            assert refused is (family == "antminer")
            assert not sim.sleeping and sim.control_commands == 1

            assert await deadline(miner.stop_mining()) is True  # says OK...
            assert not sim.sleeping and sim.control_commands == 2  # ...and does nothing

            assert await deadline(miner.stop_mining()) is True
            assert sim.sleeping and (sim.reject_control, sim.ignore_control) == (0, 0)

    asyncio.run(main())
