"""poll_miner / poll_many against the simulator: joined commands, the fallback, memory, order."""

from __future__ import annotations

import asyncio
import time

import pytest

from hashinsight_desktop.services.cgminer import PollMemory, Timeouts, poll_many, poll_miner
from hashinsight_desktop.services.cgminer.poll import JOINED_PLANS, SINGLE_PLANS
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import free_port, loopback_network

FAST = Timeouts(connect=0.5, deadline=1.5)
MIX = ["Antminer S19 Pro", "Whatsminer M30S++", "Avalon A1246"]


def farm(count: int = 3, **kwargs: object) -> SimulatedFarm:
    options: dict[str, object] = {"bind": loopback_network(), "mix": MIX, "seed": 5, "warmup_s": 0} | kwargs
    return SimulatedFarm(count, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("refuses", [False, True])
def test_each_dialect_with_and_without_joined_commands(refuses: bool) -> None:
    async def main() -> None:
        async with farm(12, join_refusal_pct=0) as f:
            for miner in f.simulated:
                miner.refuses_joins = refuses
            memory = PollMemory()
            for _ in range(2):  # cold, then with what the memory learned
                samples = await poll_many(f.targets, timeouts=FAST, memory=memory)
                for miner, sample in zip(f.simulated, samples, strict=True):
                    assert sample.status == "hashing", sample
                    assert sample.dialect == miner.dialect
                    assert sample.model is not None and miner.model.split()[-1] in sample.model
                    assert sample.hashrate_ths == pytest.approx(miner.nominal_ths, rel=0.1)
                    assert len(sample.boards) == 3
                    assert sample.pool_url == miner.pool_url
                    assert (sample.host, sample.port) == (miner.host, miner.port)
            for miner in f.simulated:
                joined, singles = memory.plans[(miner.host, miner.port)]
                if refuses:
                    assert joined is None and singles == SINGLE_PLANS[miner.dialect]
                else:
                    assert joined == JOINED_PLANS[miner.dialect] and singles == ()

    asyncio.run(main())


def test_poll_many_keeps_target_order_and_reports_offline() -> None:
    async def main() -> None:
        async with farm(4) as f:
            targets = [("127.0.0.1", free_port()), *f.targets, ("127.0.0.1", free_port())]
            samples = await poll_many(targets, timeouts=FAST, concurrency=2)
        assert [(s.host, s.port) for s in samples] == targets
        assert [s.status for s in samples] == ["offline", "hashing", "hashing", "hashing", "hashing", "offline"]
        assert samples[0].error == "connection refused"

    asyncio.run(main())


def test_poll_many_empty() -> None:
    assert asyncio.run(poll_many([], timeouts=FAST)) == []


def test_slow_miner_with_several_round_trips_stays_within_its_budget() -> None:
    """A slow firmware that refuses joins needs several exchanges; the miner budget bounds them."""

    async def main() -> None:
        async with farm(1, mix=["Whatsminer M30S++"], slow_delay_s=0.4) as f:
            miner = f.simulated[0]
            miner.refuses_joins = True
            await f.set_fault(0, "slow")
            started = time.monotonic()
            sample = await poll_miner(
                miner.host, miner.port, timeouts=Timeouts(connect=0.5, deadline=1.0, per_miner=1.0)
            )
            elapsed = time.monotonic() - started
        assert elapsed < 1.0 + 0.5
        assert sample.status in ("hashing", "error")  # what it told before the budget ran out, or the timeout
        if sample.status == "error":
            assert "budget" in (sample.error or "") or "within" in (sample.error or "")

    asyncio.run(main())


def test_internal_errors_cost_one_sample_not_the_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    from hashinsight_desktop.services.cgminer import poll

    def broken(replies: object) -> object:
        raise KeyError("boom")

    monkeypatch.setattr(poll, "normalise", broken)

    async def main() -> None:
        async with farm(2) as f:
            samples = await poll_many(f.targets, timeouts=FAST)
        assert [s.status for s in samples] == ["error", "error"]
        assert samples[0].error is not None and samples[0].error.startswith("internal error: KeyError")

    asyncio.run(main())


def test_hung_miners_do_not_stall_the_others_even_with_low_concurrency() -> None:
    async def main() -> None:
        async with farm(12, faults={"hang": 25}) as f:
            started = time.monotonic()
            samples = await poll_many(f.targets, timeouts=FAST, concurrency=4)
            elapsed = time.monotonic() - started
        hung = [s for m, s in zip(f.simulated, samples, strict=True) if m.fault == "hang"]
        assert len(hung) == 3 and all(s.status == "error" for s in hung)
        assert sum(s.status == "hashing" for s in samples) == 9
        assert elapsed < FAST.deadline + 1.0

    asyncio.run(main())
