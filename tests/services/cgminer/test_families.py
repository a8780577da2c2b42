"""The fast read path against every firmware family of the simulator, over loopback (port 4028 only).

For each family, ``poll_many`` on its miners at full power, asleep (each firmware's own sleep: stock
sleep mode, Whatsminer power off, LuxOS curtail, Braiins pause, Avalon soft-off, VNish stop) and at a
reduced power (low-power mode, power limit, profile, power target, work level, preset): the status,
the power figure (``None`` where the firmware reports none), the model in the catalogue's naming,
the firmware and the family — cold, then warm (the learned plan), then one command at a time.

The state is set the way each family's control protocol sets it in the simulator (``miner.py``'s
methods, which the web/gRPC/API handlers call), so these tests need no port 80 and no pyasic.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from hashinsight_desktop.services.cgminer import MinerSample, PollMemory, Timeouts, poll_many
from hashinsight_desktop.services.cgminer.poll import JOINED_PLANS, SINGLE_PLANS
from hashinsight_desktop.simulator import luxos_api, vnish_web
from hashinsight_desktop.simulator.btminer_api import FIRMWARE as BTMINER_FIRMWARE
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.simulator.miner import SimulatedMiner
from hashinsight_desktop.simulator.rpc import AVALON_LEVELS, BOSER_VERSION
from tests.simulator.loopback import loopback_network

FAST = Timeouts(connect=0.5, deadline=2.0)


def _luxos_profile(miner: SimulatedMiner) -> float:
    """What ``profileset`` does: the profile two steps below default (its watts are the miner's target)."""
    profile = next(p for p in luxos_api.profiles(miner) if p["Step"] == "-2")
    miner.set_power_pct(round(100 * profile["Watts"] / miner.nominal_w))
    miner.power_limit_w = int(profile["Watts"])
    return float(profile["Watts"])


def _avalon_eco(miner: SimulatedMiner) -> float:
    """What ``ascset 0,worklevel,set,0`` does."""
    miner.work_level = 0
    miner.set_power_pct(AVALON_LEVELS[0])
    return miner.nominal_w * AVALON_LEVELS[0] / 100


def _limit(fraction: float) -> Callable[[SimulatedMiner], float]:
    def apply(miner: SimulatedMiner) -> float:
        watts = round(miner.nominal_w * fraction)
        miner.set_power_limit(watts)
        return float(watts)

    return apply


def _low_power(miner: SimulatedMiner) -> float:
    miner.set_low_power()  # stock Antminer miner-mode 3
    return miner.nominal_w * 0.7


@dataclass(frozen=True)
class Family:
    name: str
    model: str
    dialect: str
    firmware: str
    reduce: Callable[[SimulatedMiner], float]


FAMILIES = [
    Family("antminer", "Antminer S19j Pro", "antminer", "bmminer 1.0.0 (Mon Nov 13 17:41:36 CST 2023)", _low_power),
    Family("whatsminer", "Whatsminer M30S++", "whatsminer", f"btminer {BTMINER_FIRMWARE}", _limit(0.75)),
    Family("luxos", "Antminer S19 Pro", "luxos", f"LuxOS {luxos_api.VERSION}", _luxos_profile),
    Family("braiins", "Antminer S19 Pro", "braiins", f"Braiins OS+ {BOSER_VERSION}", _limit(0.7)),
    Family("avalon", "Avalon A1246", "avalon", "1246-83-21042601_4ec6bb0_61407fa", _avalon_eco),
    Family("vnish", "Antminer S19 Pro", "antminer", f"VNish {vnish_web.VERSION}", _limit(0.8)),
]


def _farm(family: str, model: str, count: int = 2) -> SimulatedFarm:
    return SimulatedFarm(
        count,
        bind=loopback_network(),
        mix=[model],
        seed=7,
        warmup_s=0,
        join_refusal_pct=0,
        families={family: 100},
    )


def _identity(sample: MinerSample, miner: SimulatedMiner, family: Family) -> None:
    assert sample.model == family.model, sample
    assert sample.firmware == family.firmware
    assert sample.family == family.name
    assert sample.dialect == family.dialect
    assert (sample.host, sample.port) == (miner.host, miner.port)


async def _polls(farm: SimulatedFarm, refuses: bool) -> list[list[MinerSample]]:
    """A cold poll, then a warm one with what the memory learned."""
    for miner in farm.simulated:
        miner.refuses_joins = refuses
    memory = PollMemory()
    return [await poll_many(farm.targets, timeouts=FAST, memory=memory) for _ in range(2)]


@pytest.mark.parametrize("refuses", [False, True], ids=["joined", "single"])
@pytest.mark.parametrize("family", FAMILIES, ids=[f.name for f in FAMILIES])
def test_full_sleeping_and_reduced_power(family: Family, refuses: bool) -> None:
    async def main() -> None:
        async with _farm(family.name, family.model) as farm:
            for samples in await _polls(farm, refuses):  # full power
                for miner, sample in zip(farm.simulated, samples, strict=True):
                    _identity(sample, miner, family)
                    assert sample.status == "hashing" and sample.error is None
                    assert sample.hashrate_ths == pytest.approx(miner.nominal_ths, rel=0.1)
                    assert sample.power_w == pytest.approx(miner.nominal_w, rel=0.08)

            for miner in farm.simulated:
                miner.sleep()
            for samples in await _polls(farm, refuses):
                for miner, sample in zip(farm.simulated, samples, strict=True):
                    _identity(sample, miner, family)
                    assert sample.status == "sleeping", sample
                    assert sample.hashrate_ths == 0 and sample.power_w is not None and sample.power_w < 100

            targets = []
            for miner in farm.simulated:
                miner.wake()
                targets.append(family.reduce(miner))
            for samples in await _polls(farm, refuses):
                for miner, sample, watts in zip(farm.simulated, samples, targets, strict=True):
                    _identity(sample, miner, family)
                    assert sample.status == "hashing"
                    assert 0 < sample.hashrate_ths < miner.nominal_ths * 0.95
                    assert sample.power_w == pytest.approx(watts, rel=0.06)

    asyncio.run(main())


def test_the_plans_learned_per_family() -> None:
    """A warm poll asks each family what it needs, in one joined command: LuxOS its power command,
    Braiins its tuner status; the cold poll fetched them with one more exchange."""

    async def main() -> None:
        for family in FAMILIES:
            async with _farm(family.name, family.model, count=1) as farm:
                memory = PollMemory()
                await poll_many(farm.targets, timeouts=FAST, memory=memory)
                assert memory.plans[farm.targets[0]] == (JOINED_PLANS[family.dialect], ())
                for miner in farm.simulated:
                    miner.refuses_joins = True
                memory = PollMemory()
                await poll_many(farm.targets, timeouts=FAST, memory=memory)
                assert memory.plans[farm.targets[0]] == (None, SINGLE_PLANS[family.dialect])

    asyncio.run(main())


def test_a_mixed_farm_of_every_family() -> None:
    families = {f.name: 14.0 for f in FAMILIES} | {"generic": 16.0}  # percentages
    mix = sorted({f.model for f in FAMILIES})

    async def main() -> None:
        farm = SimulatedFarm(
            28, bind=loopback_network(), mix=mix, seed=3, warmup_s=0, join_refusal_pct=0, families=families
        )
        async with farm:
            half = farm.simulated[::2]
            for miner in half:
                miner.sleep()
            samples = await poll_many(farm.targets, timeouts=FAST)
        seen = set()
        for miner, sample in zip(farm.simulated, samples, strict=True):
            seen.add(miner.family)
            assert sample.status == ("sleeping" if miner in half else "hashing"), (miner.family, sample)
            assert sample.model == miner.model
            assert sample.power_w is not None
            if miner.family != "generic":
                assert sample.family == miner.family
        assert seen == set(families)

    asyncio.run(main())
