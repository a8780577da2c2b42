"""Sending a run's commands and reconciling them: whether each miner shows the level it was told.

A firmware saying "OK" proves nothing (some accept a command and do nothing); the poll does.
:class:`CommandRun` holds one leg (execution or recovery) of one plan in memory, writes every step
through :mod:`.command_log` before the next one, and reports per-miner progress.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.cgminer import ControlChannel, MinerError
from hashinsight_desktop.services.cgminer.normalise import STARTING_S
from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, SLEEPING, MinerSample
from hashinsight_desktop.services.clock import Clock
from hashinsight_desktop.services.curtailment import command_log
from hashinsight_desktop.services.curtailment.command_log import DETAIL_MAX, ItemState, ItemView, Leg
from hashinsight_desktop.services.curtailment.ramp import BATCH_INTERVAL_S

Poll = Callable[[Sequence[tuple[str, int]]], Awaitable[list[MinerSample]]]
Sleep = Callable[[float], Awaitable[Any]]


@dataclass(frozen=True)
class RunOptions:
    """How a plan's commands go out and are checked; the same for execution, recovery and the runner."""

    channel: ControlChannel | None = None  # None: a ControlChannel with the default timeouts
    poll: Poll | None = None  # None: poll_many
    sleep: Sleep = asyncio.sleep
    concurrency: int = 200
    batch_interval_s: float = BATCH_INTERVAL_S  # between ramp batches (ramps are kW per minute)
    reconcile_deadline_s: float = 90.0
    reconcile_interval_s: float = 5.0
    max_attempts: int = 3


Check = Callable[[ItemView, MinerSample], bool]

# Firmware regulating to a power target settles a few percent above it (PSU losses, fans, the
# regulation loop's own margin): up to 10 % over the level still means the target took. A miner that
# ignored the command draws its full power, which a preset below ~90 % keeps well clear of; for
# presets closer to full, the line is drawn halfway between the level and full instead.
OVERSHOOT = 1.10


def _limit(level: float, full: float) -> float:
    return min(level * OVERSHOOT, (level + full) / 2) if full > level else level * OVERSHOOT


def _power_within(item: ItemView, sample: MinerSample) -> bool | None:
    """At or below the level (with overshoot) in power; in hashrate when the firmware reports no power."""
    if sample.power_w is not None:
        return sample.power_w <= _limit(item.level_power_w, item.full_power_w)
    if item.level_hashrate_ths > 0:
        return sample.hashrate_ths <= _limit(item.level_hashrate_ths, item.full_hashrate_ths)
    return None


def at_level(item: ItemView, sample: MinerSample) -> bool:
    """The miner runs at the curtailed level of ``item``."""
    if item.level == "sleep":
        return sample.status == SLEEPING
    return sample.status == HASHING and _power_within(item, sample) is True


def _starting(sample: MinerSample) -> bool:
    return sample.status == ERROR and sample.uptime_s is not None and sample.uptime_s < STARTING_S


def at_full(item: ItemView, sample: MinerSample) -> bool:
    """The miner is back from the curtailed level of ``item``."""
    if item.level == "sleep":
        # A woken miner boots its hash boards for a minute or more first: "starting" means the
        # wake took; whether it then hashes is the telemetry alerts' business, not a reason to resend.
        return sample.status == HASHING or _starting(sample)
    return sample.status == HASHING and _power_within(item, sample) is False


def reported(item: ItemView, sample: MinerSample) -> str:
    """What the miner said, in a few words for the item's detail."""
    if sample.status == OFFLINE:
        return f"offline ({sample.error or 'no answer'})"
    if sample.status == ERROR:
        return f"error ({sample.error or 'not hashing'})"
    if sample.status == SLEEPING:
        return "sleeping"
    power = f"{sample.power_w:,.0f} W" if sample.power_w is not None else f"{sample.hashrate_ths:,.1f} TH/s"
    level = f"{item.level_power_w:,.0f} W" if sample.power_w is not None else f"{item.level_hashrate_ths:,.1f} TH/s"
    return f"hashing at {power} (level {level})"


@dataclass(frozen=True)
class ItemUpdate:
    """One miner's line of the per-miner table."""

    item_id: uuid.UUID
    miner_id: uuid.UUID | None
    miner_name: str
    host: str
    state: str
    attempts: int
    detail: str | None


@dataclass(frozen=True)
class ExecutionProgress:
    plan_id: uuid.UUID
    kind: str  # execution, recovery
    phase: str  # sending, recovering, reconciling, finished
    batch: int  # 1-based batch being sent (the last one while reconciling)
    batches: int
    counts: Mapping[str, int]  # item state → items
    updates: tuple[ItemUpdate, ...] = ()


class CommandRun:
    """The commands of one leg of one plan: sent in batches, polled, re-sent; progress reported."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        actor: str,
        plan_id: uuid.UUID,
        leg: Leg,
        items: list[ItemView],
        *,
        channel: ControlChannel,
        poll: Poll,
        options: RunOptions,
        clock: Clock,
        on_progress: Callable[[ExecutionProgress], None] | None,
    ) -> None:
        self.session_factory = session_factory
        self.actor = actor
        self.plan_id = plan_id
        self.leg = leg
        self.items = items
        self.channel = channel
        self.poll = poll
        self.clock = clock
        self.sleep = options.sleep
        self.concurrency = max(1, options.concurrency)
        self.max_attempts = max(1, options.max_attempts)
        self.on_progress = on_progress
        self.batches = 0

    def counts(self) -> dict[str, int]:
        return dict(Counter(str(item.state) for item in self.items))  # plain str keys: JSON and UI alike

    def progress(self, phase: str, batch: int, changed: Sequence[ItemView] = ()) -> None:
        if self.on_progress is None:
            return
        updates = tuple(
            ItemUpdate(i.id, i.miner_id, i.miner_name, i.address, i.state, i.attempts, i.detail) for i in changed
        )
        self.on_progress(
            ExecutionProgress(self.plan_id, self.leg.name, phase, batch, self.batches, self.counts(), updates)
        )

    async def write(self, items: Sequence[ItemView], phase: str, batch: int) -> None:
        await asyncio.to_thread(command_log.write_states, self.session_factory, self.leg, items)
        self.progress(phase, batch, items)

    async def send(self, items: Sequence[ItemView], phase: str, batch: int) -> None:
        """Log ``sending``, send concurrently, log the results: two transactions for the whole group."""
        unsendable = [item for item in items if item.command is None]
        for item in unsendable:
            item.state, item.detail = ItemState.FAILED, item.problem
        if unsendable:
            await self.write(unsendable, phase, batch)
        sendable = [item for item in items if item.command is not None]
        if not sendable:
            return
        entry_ids = [uuid.uuid4() for _ in sendable]
        for item in sendable:
            item.state, item.attempts = ItemState.SENDING, item.attempts + 1
        await asyncio.to_thread(
            command_log.write_sending, self.session_factory, self.actor, self.leg, sendable, entry_ids, self.clock()
        )
        self.progress(phase, batch, sendable)
        outcomes = await self._send_all(sendable)
        for item, (ok, detail) in zip(sendable, outcomes, strict=True):
            item.state, item.detail = (ItemState.ACCEPTED if ok else ItemState.FAILED), detail
        await asyncio.to_thread(
            command_log.write_results, self.session_factory, self.leg, sendable, entry_ids, self.clock()
        )
        self.progress(phase, batch, sendable)

    async def _send_all(self, items: Sequence[ItemView]) -> list[tuple[bool, str]]:
        # A fixed pool of workers pulling from the list bounds concurrency without a task per miner.
        results: list[tuple[bool, str]] = [(False, "not sent")] * len(items)
        pending = iter(range(len(items)))

        async def worker() -> None:
            for index in pending:
                item = items[index]
                assert item.command is not None
                try:
                    await self.channel.send(item.host, item.port, *item.command)
                    results[index] = (True, "accepted")
                except MinerError as exc:
                    results[index] = (False, (str(exc) or type(exc).__name__)[:DETAIL_MAX])
                except Exception as exc:  # a bug costs this miner's command, never the batch's log
                    results[index] = (False, f"internal error: {type(exc).__name__}: {exc}"[:DETAIL_MAX])

        await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(items)))))
        return results

    async def judge(self, items: Sequence[ItemView], check: Check, phase: str) -> list[ItemView]:
        """Poll ``items``; log the ones that pass ``check`` as confirmed; the others, returned, keep
        what their miner reported."""
        samples = await self.poll([(item.host, item.port) for item in items])
        confirmed, others = [], []
        for item, sample in zip(items, samples, strict=True):
            item.reported = reported(item, sample)
            if check(item, sample):
                item.state, item.detail = ItemState.CONFIRMED, item.reported
                confirmed.append(item)
            else:
                others.append(item)
        if confirmed:
            await self.write(confirmed, phase, self.batches)
        return others

    async def resume_interrupted(self, check: Check, phase: str) -> None:
        """Items a dead run left ``sending``: confirmed when already at their level, else sent again."""
        interrupted = [item for item in self.items if item.state == ItemState.SENDING]
        if not interrupted:
            return
        others = await self.judge(interrupted, check, phase)
        exhausted = [item for item in others if item.attempts >= self.max_attempts]
        for item in exhausted:
            item.state = ItemState.FAILED
            item.detail = f"interrupted before its result was logged; reports {item.reported}"
        if exhausted:
            await self.write(exhausted, phase, 0)
        await self.send([item for item in others if item.attempts < self.max_attempts], phase, 0)

    async def send_batches(
        self, groups: Sequence[Sequence[ItemView]], anchor: datetime, interval_s: float, phase: str
    ) -> None:
        self.batches = len(groups)
        for k, group in enumerate(groups):
            todo = [item for item in group if item.state == ItemState.PLANNED]
            if not todo:
                continue  # sent by the run that was interrupted
            delay = (anchor + timedelta(seconds=k * interval_s) - self.clock()).total_seconds()
            if delay > 0:
                await self.sleep(delay)
            await self.send(todo, phase, k + 1)

    async def reconcile(self, check: Check, deadline_s: float, interval_s: float) -> list[ItemView]:
        """Poll, confirm, re-send until all pass ``check`` or the deadline; the rest is returned."""
        deadline = self.clock() + timedelta(seconds=deadline_s)
        pending = [
            item
            for item in self.items
            if item.command is not None and item.state in (ItemState.ACCEPTED, ItemState.FAILED, ItemState.SENDING)
        ]
        while pending:
            pending = await self.judge(pending, check, "reconciling")
            if not pending or self.clock() >= deadline:
                break
            await self.send([i for i in pending if i.attempts < self.max_attempts], "reconciling", self.batches)
            await self.sleep(interval_s)
        return pending

    def settle(self, rest: Sequence[ItemView]) -> None:
        """Reconciliation is over: an accepted command that never showed is unconfirmed."""
        for item in rest:
            if item.state == ItemState.FAILED:
                item.detail = f"{item.detail}; reports {item.reported}" if item.reported else item.detail
            else:
                item.state, item.detail = ItemState.UNCONFIRMED, f"not at its level: reports {item.reported}"
