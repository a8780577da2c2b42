"""The simulator's faults, dynamics and control commands, through the real client."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from hashinsight_desktop.services.cgminer import ControlChannel, MinerSample, Timeouts, poll_many, poll_miner
from hashinsight_desktop.services.cgminer.repair import parse_reply_with_repairs
from hashinsight_desktop.simulator import replies
from hashinsight_desktop.simulator.farm import SimulatedFarm, parse_faults
from hashinsight_desktop.simulator.miner import SimulatedMiner
from tests.simulator.loopback import free_port_block, loopback_network

FAST = Timeouts(connect=0.5, deadline=1.5)
SLOW_DELAY = 0.5
MIX = ["Antminer S19 Pro", "Antminer S21", "Whatsminer M30S++", "Whatsminer M50S", "Avalon A1246"]


def make_farm(count: int, **kwargs: Any) -> SimulatedFarm:
    options: dict[str, Any] = {"bind": loopback_network(), "mix": MIX, "seed": 11, "warmup_s": 0}
    options.update(slow_delay_s=SLOW_DELAY)
    return SimulatedFarm(count, **(options | kwargs))


def check(miner: SimulatedMiner, sample: MinerSample) -> None:
    """The status each simulator fault must produce."""
    fault = miner.fault
    if fault == "offline":
        assert sample.status == "offline" and sample.error == "connection refused"
    elif fault == "hang":
        assert sample.status == "error" and sample.error == "no complete reply within 1.5 s"
    elif fault == "garbage":
        assert sample.status == "error"
        assert sample.error is not None and ("invalid JSON" in sample.error or "cut short" in sample.error)
    else:  # none, slow, malformed (repaired), overheat, deadboard: all still hashing
        assert sample.status == "hashing", (fault, miner.malformation, sample)
        assert sample.dialect == miner.dialect
        live = 2 / 3 if fault == "deadboard" else 1.0
        assert sample.hashrate_ths == pytest.approx(miner.nominal_ths * live, rel=0.1)
        assert sample.overheated == (fault == "overheat")
        assert sample.dead_boards == (1 if fault == "deadboard" else 0)
        if fault == "overheat":
            assert sample.max_chip_temp_c is not None and sample.max_chip_temp_c > 95
        assert sample.power_w == pytest.approx(miner.nominal_w * live, rel=0.12)
        assert len(sample.fans_rpm) >= 2 and min(sample.fans_rpm) > 1000
        assert sample.uptime_s is not None and sample.uptime_s >= 3600


def test_mixed_farm_every_fault_right_and_within_deadline_plus_one_second() -> None:
    faults = {"offline": 5, "hang": 5, "slow": 5, "malformed": 18, "overheat": 5, "deadboard": 5}

    async def main() -> None:
        async with make_farm(200, faults=faults, join_refusal_pct=10) as farm:
            for miner in farm.simulated:  # a slow miner's several round trips are tested in test_poll
                if miner.fault == "slow":
                    miner.refuses_joins = False
            started = time.monotonic()
            samples = await poll_many(farm.targets, timeouts=FAST)
            elapsed = time.monotonic() - started
            assert elapsed < FAST.deadline + 1.0
            seen = set()
            for miner, sample in zip(farm.simulated, samples, strict=True):
                check(miner, sample)
                seen.add(miner.fault)
                if miner.fault in ("malformed", "garbage"):
                    seen.add(str(miner.malformation))
            assert seen >= {"none", "offline", "hang", "slow", "malformed", "garbage", "overheat", "deadboard"}
            assert seen >= set(replies.REPAIRABLE) | set(replies.GARBAGE)

    asyncio.run(main())


@pytest.mark.parametrize("fault", ["offline", "hang", "slow", "malformed", "garbage", "overheat", "deadboard"])
def test_each_fault_alone_within_its_deadline_plus_one_second(fault: str) -> None:
    async def main() -> None:
        async with make_farm(16, faults={fault: 25}, join_refusal_pct=0) as farm:
            started = time.monotonic()
            samples = await poll_many(farm.targets, timeouts=FAST)
            elapsed = time.monotonic() - started
        assert elapsed < FAST.deadline + 1.0
        group = ("malformed", "garbage") if fault == "malformed" else (fault,)  # a third of malformed is garbage
        assert sum(m.fault in group for m in farm.simulated) == 4
        for miner, sample in zip(farm.simulated, samples, strict=True):
            check(miner, sample)

    asyncio.run(main())


@pytest.mark.parametrize("variant", replies.REPAIRABLE)
def test_every_repairable_firmware_fault_on_every_dialect(variant: str) -> None:
    async def main() -> None:
        async with make_farm(
            3, mix=["Antminer S19 Pro", "Whatsminer M30S++", "Avalon A1246"], join_refusal_pct=0
        ) as farm:
            for index in range(3):
                await farm.set_fault(index, "malformed")
                farm.simulated[index].malformation = variant
            samples = await poll_many(farm.targets, timeouts=FAST)
        assert {m.dialect for m in farm.simulated} == {"antminer", "whatsminer", "avalon"}
        for miner, sample in zip(farm.simulated, samples, strict=True):
            check(miner, sample)

    asyncio.run(main())


def test_malformed_replies_really_need_the_repair() -> None:
    async def main() -> None:
        async with make_farm(1, mix=["Antminer S19 Pro"]) as farm:
            miner = farm.simulated[0]
            for variant in replies.REPAIRABLE:
                miner.fault, miner.malformation = "malformed", variant
                raw = miner.handle("stats+pools", None)
                assert raw is not None
                _, repairs = parse_reply_with_repairs(raw)
                assert repairs == {variant}

    asyncio.run(main())


def test_sleep_then_poll_shows_sleeping_at_about_25_w_then_wake() -> None:
    sleep = {"antminer": ("curtail", "sleep"), "whatsminer": ("power_off", None), "avalon": ("ascset", "0,softoff")}
    wake = {"antminer": ("curtail", "wakeup"), "whatsminer": ("power_on", None), "avalon": ("ascset", "0,softon")}

    async def main() -> None:
        async with make_farm(3, mix=["Antminer S19 Pro", "Whatsminer M30S++", "Avalon A1246"]) as farm:
            control = ControlChannel(FAST)
            for miner in farm.simulated:
                await control.send(miner.host, miner.port, *sleep[miner.dialect])
            for sample in await poll_many(farm.targets, timeouts=FAST):
                assert sample.status == "sleeping", sample
                assert sample.hashrate_ths == 0
                assert sample.power_w == pytest.approx(25, abs=5)
            for miner in farm.simulated:
                await control.send(miner.host, miner.port, *wake[miner.dialect])
            for miner, sample in zip(farm.simulated, await poll_many(farm.targets, timeouts=FAST), strict=True):
                assert sample.status == "hashing"
                assert sample.hashrate_ths == pytest.approx(miner.nominal_ths, rel=0.1)
                assert sample.uptime_s is not None and sample.uptime_s < 60  # waking restarts the mining process

    asyncio.run(main())


def test_power_target_changes_what_is_reported() -> None:
    async def main() -> None:
        async with make_farm(2, mix=["Whatsminer M30S++", "Antminer S21"]) as farm:
            control = ControlChannel(FAST)
            before = await poll_many(farm.targets, timeouts=FAST)
            for miner in farm.simulated:
                await control.send(miner.host, miner.port, "set_power_pct", "50")
            after = await poll_many(farm.targets, timeouts=FAST)
            for miner, old, new in zip(farm.simulated, before, after, strict=True):
                assert new.status == "hashing"
                assert new.power_w is not None and old.power_w is not None
                assert new.power_w == pytest.approx(miner.nominal_w * 0.5, rel=0.02)  # regulated at the wall
                assert new.hashrate_ths == pytest.approx(miner.nominal_ths * 0.5**0.85, rel=0.06)
                assert new.hashrate_ths < old.hashrate_ths * 0.65
            await control.send(farm.simulated[0].host, farm.simulated[0].port, "adjust_power_limit", "3472")
            assert farm.simulated[0].power_pct == 100

    asyncio.run(main())


def test_restart_resets_uptime_and_unknown_control_is_rejected() -> None:
    async def main() -> None:
        async with make_farm(1, mix=["Antminer S19 Pro"], warmup_s=20) as farm:
            miner = farm.simulated[0]
            control = ControlChannel(FAST)
            await control.send(miner.host, miner.port, "restart")
            sample = await poll_miner(miner.host, miner.port, timeouts=FAST)
            assert sample.uptime_s is not None and sample.uptime_s < 5
            assert sample.hashrate_ths < miner.nominal_ths * 0.3  # warming up
            with pytest.raises(Exception, match="set_target_freq"):
                await control.send(miner.host, miner.port, "set_target_freq", "500")

    asyncio.run(main())


def test_temperature_follows_load_and_ambient() -> None:
    clock = [1000.0]
    model = {"name": "Antminer S19 Pro", "manufacturer": "Bitmain", "hashrate_ths": 110.0, "power_w": 3250.0}
    miner = SimulatedMiner(0, model, seed=1, ambient_c=25.0, warmup_s=0, clock=lambda: clock[0])
    hot = max(miner.snapshot().board_temp_c)
    miner.sleep()
    clock[0] += 30
    cooling = max(miner.snapshot().board_temp_c)
    clock[0] += 3600
    cold = miner.snapshot()
    assert hot > cooling > max(cold.board_temp_c)
    assert max(cold.board_temp_c) == pytest.approx(miner.ambient_c + 4, abs=4)
    assert cold.fans_rpm[0] < 1500 and cold.power_w == pytest.approx(25, abs=3)
    warm = SimulatedMiner(0, model, seed=1, ambient_c=35.0, warmup_s=0, clock=lambda: clock[0])
    assert max(warm.snapshot().board_temp_c) > hot + 5


def test_same_seed_same_farm() -> None:
    a = SimulatedFarm(50, bind="127.99.0.0/24", seed=3, faults={"hang": 10})
    b = SimulatedFarm(50, bind="127.99.0.0/24", seed=3, faults={"hang": 10})
    c = SimulatedFarm(50, bind="127.99.0.0/24", seed=4, faults={"hang": 10})
    assert a.miners == b.miners != c.miners
    assert a.miners[0].host == "127.99.0.1" and a.miners[0].port == 4028
    assert sum(m.fault == "hang" for m in a.miners) == 5


def test_port_base_mode() -> None:
    async def main() -> None:
        base = free_port_block(3)  # random ports here clashed with benchmark clients' source ports
        async with SimulatedFarm(3, bind=None, port_base=base, mix=["Antminer S21"], warmup_s=0) as farm:
            assert farm.targets == [("127.0.0.1", base), ("127.0.0.1", base + 1), ("127.0.0.1", base + 2)]
            samples = await poll_many(farm.targets, timeouts=FAST)
        assert [s.status for s in samples] == ["hashing"] * 3

    asyncio.run(main())


def test_offline_toggled_at_run_time() -> None:
    async def main() -> None:
        async with make_farm(2) as farm:
            await farm.set_fault(1, "offline")
            assert [s.status for s in await poll_many(farm.targets, timeouts=FAST)] == ["hashing", "offline"]
            await farm.set_fault(1, "none")
            assert [s.status for s in await poll_many(farm.targets, timeouts=FAST)] == ["hashing", "hashing"]

    asyncio.run(main())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"bind": "10.0.0.0/24"}, "not a loopback network"),
        ({"bind": "192.168.1.0/24"}, "not a loopback network"),
        ({"bind": "127.2.0.0/30"}, "only 2 addresses"),
        ({"mix": ["Antminer S99"]}, "unknown model"),
        ({"faults": {"meltdown": 1}}, "unknown fault"),
        ({"port_base": 65530}, "not all usable"),
    ],
)
def test_bad_farm_options(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SimulatedFarm(10, **kwargs)


def test_parse_faults() -> None:
    assert parse_faults("offline=2, hang=1,slow=1.5") == {"offline": 2.0, "hang": 1.0, "slow": 1.5}
    assert parse_faults("") == {}
    with pytest.raises(ValueError, match="percentage"):
        parse_faults("hang=lots")
    with pytest.raises(ValueError, match="more than 100"):
        parse_faults("hang=60,offline=50")
