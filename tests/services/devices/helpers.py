"""Targets for the device-layer tests: a simulated miner as the console would address it."""

from __future__ import annotations

from hashinsight_desktop.services.devices import Capabilities, Credentials, DeviceTarget, Family, identify
from hashinsight_desktop.simulator.miner import SimulatedMiner

DEADLINE_S = 15.0


def target_for(
    sim: SimulatedMiner, capabilities: Capabilities | None = None, password: str | None = None
) -> DeviceTarget:
    from hashinsight_desktop.simulator.miner import DEFAULT_CREDENTIALS

    user, factory = DEFAULT_CREDENTIALS[sim.family]
    return DeviceTarget(
        sim.host,
        sim.port,
        Family(sim.family),
        sim.model,
        Credentials(user, factory if password is None else password),
        capabilities,
    )


async def identified_target(sim: SimulatedMiner) -> DeviceTarget:
    """Identified as discovery does, with the miner's factory login."""
    from hashinsight_desktop.simulator.miner import DEFAULT_CREDENTIALS

    credentials = Credentials(*DEFAULT_CREDENTIALS[sim.family])
    identity = await identify(sim.host, sim.port, deadline_s=DEADLINE_S, credentials=credentials)
    assert identity.family.value == sim.family, identity
    return DeviceTarget(
        sim.host, sim.port, identity.family, identity.model or "", credentials, identity.capabilities,
        firmware=identity.firmware,
    )  # fmt: skip
