"""Helpers for the firmware-family tests: a small farm on a fresh loopback /24, pyasic with deadlines.

pyasic's real client code (its factory and miner classes) talks to the simulator over loopback TCP/HTTP
exactly as it would to a real miner: port 4028 for the APIs, 80 for the web interfaces."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable
from typing import Any, TypeVar

import pytest

from hashinsight_desktop.services.cgminer import MinerSample, Timeouts, poll_miner
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.simulator.miner import SimulatedMiner
from tests.simulator.loopback import loopback_network

T = TypeVar("T")
FAST = Timeouts(connect=0.5, deadline=2.0)
DEADLINE_S = 15.0

needs_port_80 = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() != 0,
    reason="the web interface listens on port 80: needs root or CAP_NET_BIND_SERVICE",
)


def family_farm(family: str, mix: list[str], count: int = 1, **kwargs: Any) -> SimulatedFarm:
    """``count`` miners all running ``family`` on ``mix`` models, warmed up."""
    options: dict[str, Any] = {"bind": loopback_network(), "mix": mix, "seed": 5, "warmup_s": 0}
    options.update(join_refusal_pct=0)
    return SimulatedFarm(count, families={family: 100}, **(options | kwargs))


async def deadline(call: Awaitable[T], seconds: float = DEADLINE_S) -> T:
    """Every pyasic call under a deadline (a hung miner must fail the test, not stall it)."""
    return await asyncio.wait_for(call, timeout=seconds)


async def identify(miner: SimulatedMiner) -> Any:
    import pyasic

    found = await deadline(pyasic.get_miner(miner.host))
    assert found is not None, f"pyasic did not identify {miner.family} {miner.model}"
    return found


async def read(miner: SimulatedMiner) -> MinerSample:
    """What the project's own CGMiner read path sees."""
    return await poll_miner(miner.host, miner.port, timeouts=FAST)
