"""Poll miners: one joined read command per miner when the firmware takes it, single ones when not.

:func:`poll_miner` never raises for a miner's fault: an unanswered connection is ``offline``;
a hang, a size overflow or an unreadable reply is ``error`` with a short reason. The whole poll
of one miner (all its commands) stays within ``timeouts.miner_budget``.

:func:`poll_many` runs at most ``concurrency`` miners at a time (a fixed pool of worker tasks
pulling from the target list, which bounds concurrency like a semaphore without one waiting
task per miner), so a hung miner holds one slot until its deadline and stalls nobody else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from hashinsight_desktop.services.cgminer.commands import TelemetryClient, reply_error
from hashinsight_desktop.services.cgminer.dialects import Replies, detect
from hashinsight_desktop.services.cgminer.errors import MinerError, MinerOfflineError, MinerTimeoutError
from hashinsight_desktop.services.cgminer.normalise import normalise, split_joined, usable
from hashinsight_desktop.services.cgminer.protocol import DEFAULT_TIMEOUTS, Timeouts
from hashinsight_desktop.services.cgminer.reasons import OVER_BUDGET
from hashinsight_desktop.services.cgminer.repair import parse_reply
from hashinsight_desktop.services.cgminer.sample import ERROR, OFFLINE, MinerSample

# Everything any dialect needs, in one connection; unknown parts come back as per-part errors.
JOINED_POLL = "version+summary+pools+stats+edevs+devdetails"
# Once the dialect is known, only what it needs (a smaller reply to send, read and parse).
JOINED_PLANS: dict[str, str] = {
    "antminer": "stats+pools",
    "luxos": "stats+pools+version+power",
    "braiins": "summary+stats+pools+version+devs+devdetails+tunerstatus",
    "avalon": "version+summary+pools+stats",
    "whatsminer": "summary+pools+edevs+devdetails+version",
    "cgminer": "version+summary+pools+devs",
}
# What each dialect needs when its firmware refuses joined commands.
SINGLE_PLANS: dict[str, tuple[str, ...]] = {
    "antminer": ("stats", "pools"),
    "luxos": ("stats", "pools", "version", "power"),
    "braiins": ("stats", "summary", "pools", "version", "devs", "devdetails", "tunerstatus"),
    "avalon": ("stats", "summary", "pools", "version"),  # Avalon stats carry the MM ID rows too
    "whatsminer": ("summary", "edevs", "pools", "devdetails"),
    "cgminer": ("summary", "devs", "pools", "version"),
}
# The firmware's own power figure, asked after the first exchange of a cold poll told the dialect
# (only firmware that has the command is asked: a stock miner never sees one it does not know).
EXTRAS: dict[str, str] = {"luxos": "power", "braiins": "tunerstatus"}

Target = tuple[str, int]


class PollMemory:
    """What the poller learned per miner across polls: its dialect, and whether it takes joined
    commands. Optional; a long-lived poller keeps one so that later polls ask each miner only
    what its dialect needs, and a refusing firmware costs its extra round trip once.
    """

    __slots__ = ("plans",)

    def __init__(self) -> None:
        # (joined command, None) or (None, single commands)
        self.plans: dict[Target, tuple[str | None, tuple[str, ...]]] = {}

    def learn(self, target: Target, dialect: str | None, joined: bool) -> None:
        if dialect is None:
            self.plans.pop(target, None)
        elif joined:
            self.plans[target] = (JOINED_PLANS[dialect], ())
        else:
            self.plans[target] = (None, SINGLE_PLANS[dialect])

    def forget(self, target: Target) -> None:
        self.plans.pop(target, None)


class _Budget:
    __slots__ = ("_deadline", "_end", "_loop")

    def __init__(self, timeouts: Timeouts) -> None:
        self._loop = asyncio.get_running_loop()
        self._end = self._loop.time() + timeouts.miner_budget
        self._deadline = timeouts.deadline

    def next_deadline(self) -> float:
        remaining = self._end - self._loop.time()
        if remaining <= 0:
            raise MinerTimeoutError(OVER_BUDGET)
        return min(self._deadline, remaining)


async def _single(client: TelemetryClient, host: str, port: int, command: str, budget: _Budget) -> dict[str, Any]:
    return parse_reply(await client.read_raw(host, port, command, deadline=budget.next_deadline()))


async def _singles(
    client: TelemetryClient,
    host: str,
    port: int,
    budget: _Budget,
    plan: tuple[str, ...] | None,
    replies: dict[str, Mapping[str, Any]],
) -> tuple[str, ...]:
    """Fetch single commands into ``replies``; with no ``plan``, find the dialect first."""
    if plan is None:
        replies["stats"] = await _single(client, host, port, "stats", budget)
        dialect = detect(usable(replies))
        if dialect not in ("antminer", "avalon", "luxos", "braiins"):
            replies["summary"] = await _single(client, host, port, "summary", budget)
            dialect = detect(usable(replies))
        plan = SINGLE_PLANS[dialect]
    for command in plan:
        if command in replies:
            continue
        try:
            replies[command] = await _single(client, host, port, command, budget)
        except MinerTimeoutError:
            raise
        except MinerError as exc:  # a later command failing keeps what the earlier ones told
            replies.setdefault("_errors", {"STATUS": [{"STATUS": "E", "Msg": f"{command}: {exc}"}]})
    return plan


async def _extras(
    client: TelemetryClient, host: str, port: int, budget: _Budget, replies: dict[str, Mapping[str, Any]]
) -> None:
    """After a cold joined poll: the power command of a firmware that has its own (LuxOS, Braiins)."""
    command = EXTRAS.get(detect(usable(replies)))
    if command is None or command in replies:
        return
    try:
        replies[command] = await _single(client, host, port, command, budget)
    except MinerError as exc:  # what the first exchange told stands; the sample says what is missing
        replies.setdefault("_errors", {"STATUS": [{"STATUS": "E", "Msg": f"{command}: {exc}"}]})


async def poll_miner(
    host: str,
    port: int,
    *,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    memory: PollMemory | None = None,
    client: TelemetryClient | None = None,
) -> MinerSample:
    """One miner's sample; never raises for the miner's fault (only cancellation propagates)."""
    client = client or TelemetryClient(timeouts)
    key = (host, port)
    replies: dict[str, Mapping[str, Any]] = {}
    joined_ok = True
    try:
        budget = _Budget(timeouts)
        joined_command, singles = memory.plans.get(key, (JOINED_POLL, ())) if memory else (JOINED_POLL, ())
        if joined_command is not None:
            joined = await _single(client, host, port, joined_command, budget)
            parts = split_joined(joined)
            if parts or reply_error(joined) is None:
                replies.update(parts)
                if joined_command == JOINED_POLL:
                    await _extras(client, host, port, budget, replies)
            else:  # the firmware refuses joined commands: ask one at a time
                joined_ok = False
                await _singles(client, host, port, budget, None, replies)
        else:
            joined_ok = False
            await _singles(client, host, port, budget, singles, replies)
    except MinerOfflineError as exc:
        return MinerSample.failed(OFFLINE, exc.text, host, port)
    except MinerError as exc:
        if not usable(replies):
            if memory is not None:
                memory.forget(key)
            return MinerSample.failed(ERROR, exc.text, host, port)
        replies["_errors"] = {"STATUS": [{"STATUS": "E", "Msg": str(exc)}]}
    except Exception as exc:  # a bug in a reader must cost one miner's sample, not the poll
        return MinerSample.failed(ERROR, f"internal error: {type(exc).__name__}: {exc}"[:200], host, port)
    sample = _sample(replies, host, port)
    if memory is not None:
        memory.learn(key, sample.dialect, joined_ok)
    return sample


def _sample(replies: Replies, host: str, port: int) -> MinerSample:
    errors = replies.get("_errors")
    data = {command: reply for command, reply in replies.items() if command != "_errors"}
    try:
        sample = normalise(data)
    except Exception as exc:
        return MinerSample.failed(ERROR, f"internal error: {type(exc).__name__}: {exc}"[:200], host, port)
    if errors is not None and sample.error is None:
        sample.error = reply_error(errors)
    sample.host, sample.port = host, port
    return sample


async def poll_many(
    targets: Sequence[Target],
    *,
    concurrency: int = 1000,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    memory: PollMemory | None = None,
) -> list[MinerSample]:
    """One sample per target, in target order; a miner's fault is its sample's status, never a raise."""
    results: list[MinerSample | None] = [None] * len(targets)
    client = TelemetryClient(timeouts)
    pending = iter(range(len(targets)))

    async def worker() -> None:
        for index in pending:
            host, port = targets[index]
            results[index] = await poll_miner(host, port, timeouts=timeouts, memory=memory, client=client)

    workers = max(1, min(concurrency, len(targets)))
    await asyncio.gather(*(worker() for _ in range(workers)))
    return [r if r is not None else MinerSample.failed(ERROR, "not polled", *targets[i]) for i, r in enumerate(results)]
