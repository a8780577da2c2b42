"""Sending a run's commands and reconciling them: whether each miner shows the level it was told.

A firmware saying "OK" proves nothing; the poll does, judged by :mod:`.verdicts`: a re-send goes only
to a miner the poll shows did not take its command. :class:`CommandRun` holds one leg (execution or
recovery) of one plan in memory, writes every step through :mod:`.command_log` before the next one,
and reports per-miner progress.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.cgminer import ControlChannel
from hashinsight_desktop.services.cgminer.sample import OFFLINE, MinerSample
from hashinsight_desktop.services.clock import Clock
from hashinsight_desktop.services.curtailment import command_log
from hashinsight_desktop.services.curtailment.command_log import ItemState, ItemView, Leg, said
from hashinsight_desktop.services.curtailment.executor_lease import DEFAULT_LEASE_S, LeaseKeeper
from hashinsight_desktop.services.curtailment.ramp import BATCH_INTERVAL_S
from hashinsight_desktop.services.curtailment.verdicts import Check, Verdict, reported
from hashinsight_desktop.services.devices import CredentialStore, DeviceError, send_action
from hashinsight_desktop.services.fleet.control import DETAIL_MAX
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

Poll = Callable[[Sequence[tuple[str, int]]], Awaitable[list[MinerSample]]]
NOT_SENT = QT_TRANSLATE_NOOP("CurtailmentItems", "not sent")
NOT_POLLED = QT_TRANSLATE_NOOP("CurtailmentItems", "not polled")
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
    reconcile_interval_s: float = 5.0  # between polls, and before the first (a miner needs a moment)
    max_attempts: int = 3
    confirm_tolerance_pct: float = 3.0  # a preset is confirmed at or below level × (1 + this / 100)
    lease_s: float = DEFAULT_LEASE_S  # the plan's executor lease (see .executor_lease)
    credentials: CredentialStore | None = None  # miners' logins (identified families need one)
    send_deadline_s: float = 20.0  # one command to one miner, login included
    # Seconds a family's firmware takes to change level before a poll can judge it (None: the defaults).
    settle_s: Mapping[str, float] | None = None


# Real firmware takes tens of seconds to change mode (a stock Antminer restarts its mining process to
# sleep or wake); polling sooner would see the old level and re-send a command that did take.
DEFAULT_SETTLE_S: Mapping[str, float] = {
    "generic": 0.0,
    "antminer": 45.0,
    "whatsminer": 20.0,
    "braiins": 20.0,
    "luxos": 30.0,
    "avalon": 20.0,
    "vnish": 30.0,
}


@dataclass(frozen=True)
class ItemUpdate:
    """One miner's line of the per-miner table."""

    item_id: uuid.UUID
    miner_id: uuid.UUID | None
    miner_name: str
    host: str
    state: str
    attempts: int
    detail: str | Text | None


@dataclass(frozen=True)
class ExecutionProgress:
    plan_id: uuid.UUID
    kind: str  # execution, recovery
    phase: str  # sending, recovering, reconciling, stopping, finished
    batch: int  # 1-based batch being sent or reconciled (the last one in the final reconciliation)
    batches: int
    counts: Mapping[str, int]  # item state → items
    updates: tuple[ItemUpdate, ...] = ()
    batch_counts: Mapping[int, Mapping[str, int]] = field(default_factory=dict)  # 1-based batch → state → items


class CommandRun:
    """The commands of one leg of one plan: sent batch by batch, each batch polled and re-sent (only to
    miners the poll shows did not take it) before the next goes out; progress reported per batch.

    ``keeper`` is the run's hold on its plan: every write goes through its fence, every send and
    every pause first asks it whether the run may still act and whether a stop was requested.
    """

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
        keeper: LeaseKeeper | None = None,
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
        self.tolerance_pct = options.confirm_tolerance_pct
        self.reconcile_interval_s = options.reconcile_interval_s
        self.send_deadline_s = options.send_deadline_s
        self.settle_s = DEFAULT_SETTLE_S if options.settle_s is None else options.settle_s
        self.on_progress = on_progress
        self.keeper = keeper
        self.fence = keeper.fence if keeper is not None else None
        self.batches = 0
        self.batch_of: dict[uuid.UUID, int] = {}  # item → 1-based batch, as the user sees it
        self.verdicts: dict[uuid.UUID, Verdict] = {}  # item → what its last poll said
        self.stopped = False

    # --- progress ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return dict(Counter(str(item.state) for item in self.items))  # plain str keys: JSON and UI alike

    def batch_counts(self) -> dict[int, dict[str, int]]:
        per: dict[int, Counter[str]] = {}
        for item in self.items:
            number = self.batch_of.get(item.id)
            if number is not None:
                per.setdefault(number, Counter())[str(item.state)] += 1
        return {number: dict(per[number]) for number in sorted(per)}

    def progress(self, phase: str, batch: int, changed: Sequence[ItemView] = ()) -> None:
        if self.on_progress is None:
            return
        updates = tuple(
            ItemUpdate(i.id, i.miner_id, i.miner_name, i.address, i.state, i.attempts, i.detail) for i in changed
        )
        self.on_progress(
            ExecutionProgress(
                self.plan_id,
                self.leg.name,
                phase,
                batch,
                self.batches,
                self.counts(),
                updates,
                self.batch_counts(),
            )
        )

    # --- may the run go on? -------------------------------------------------------------------
    def halted(self) -> bool:
        """True once a stop was requested; raises :class:`LeaseLost` when the run may no longer act."""
        if self.keeper is None:
            return self.stopped
        self.keeper.check()
        self.stopped = self.stopped or self.keeper.stopping
        return self.stopped

    async def pause(self, seconds: float) -> None:
        """Sleep ``seconds``, ending early when the keeper signals a stop (or a lost lease)."""
        if seconds <= 0 or self.halted():
            return
        if self.keeper is None:
            await self.sleep(seconds)
            return
        sleeping = asyncio.ensure_future(self.sleep(seconds))
        woken = asyncio.ensure_future(self.keeper.wake.wait())
        try:
            await asyncio.wait({sleeping, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeping, woken):
                task.cancel()

    # --- writing and sending --------------------------------------------------------------------
    async def write(self, items: Sequence[ItemView], phase: str, batch: int) -> None:
        await asyncio.to_thread(command_log.write_states, self.session_factory, self.leg, items, self.fence)
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
        if self.keeper is not None:
            self.keeper.check()  # the client-side deadline, before anything is logged or sent
        entry_ids = [uuid.uuid4() for _ in sendable]
        for item in sendable:
            item.state, item.attempts = ItemState.SENDING, item.attempts + 1
        await asyncio.to_thread(
            command_log.write_sending,
            self.session_factory,
            self.actor,
            self.plan_id,
            self.leg,
            sendable,
            entry_ids,
            self.clock(),
            self.fence,
            self.keeper.role_epoch if self.keeper is not None else None,
        )
        self.progress(phase, batch, sendable)
        if self.keeper is not None:
            self.keeper.check()  # once more now the rows are committed: a run frozen meanwhile sends nothing
        outcomes = await self._send_all(sendable)
        for item, (ok, detail) in zip(sendable, outcomes, strict=True):
            item.state, item.detail = (ItemState.ACCEPTED if ok else ItemState.FAILED), detail
        await asyncio.to_thread(
            command_log.write_results,
            self.session_factory,
            self.leg,
            sendable,
            entry_ids,
            self.clock(),
            self.fence,
        )
        for item in sendable:
            item.resend_reason = None
        self.progress(phase, batch, sendable)

    async def _send_all(self, items: Sequence[ItemView]) -> list[tuple[bool, str | Text]]:
        # A fixed pool of workers pulling from the list bounds concurrency without a task per miner.
        results: list[tuple[bool, str | Text]] = [(False, NOT_SENT)] * len(items)
        pending = iter(range(len(items)))

        async def worker() -> None:
            for index in pending:
                item = items[index]
                request = item.command
                assert request is not None
                try:
                    detail = await send_action(
                        item.target.device(),
                        request.action,
                        watts=request.watts,
                        percent=request.percent,
                        mode=request.mode,
                        deadline_s=self.send_deadline_s,
                        dialect=item.target.dialect,
                        channel=self.channel,
                    )
                    accepted = Text(
                        QT_TRANSLATE_NOOP("CurtailmentItems", "accepted: {reply}"), reply=detail[:DETAIL_MAX]
                    )
                    results[index] = (True, accepted)
                except DeviceError as exc:  # refused, wrong login, unreachable, an error from the firmware
                    results[index] = (False, said(exc))
                except Exception as exc:  # a bug costs this miner's command, never the batch's log
                    failed = Text(
                        QT_TRANSLATE_NOOP("CurtailmentItems", "internal error: {kind}: {error}"),
                        kind=type(exc).__name__,
                        error=f"{exc}"[:200],
                    )
                    results[index] = (False, failed)

        await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(items)))))
        return results

    # --- polling --------------------------------------------------------------------------------
    async def judge(self, items: Sequence[ItemView], check: Check, phase: str, batch: int) -> list[ItemView]:
        """Poll ``items``; log the ones ``check`` confirms; the others, returned, keep what their miner
        reported and the verdict (:attr:`verdicts`) that decides whether they are sent again."""
        samples = await self.poll([(item.host, item.port) for item in items])
        confirmed, others = [], []
        for item, sample in zip(items, samples, strict=True):
            item.reported = reported(item, sample)
            item.measured_w = sample.power_w if sample.status != OFFLINE else None
            verdict = check(item, sample, self.tolerance_pct)
            self.verdicts[item.id] = verdict
            if verdict == Verdict.CONFIRMED:
                item.state, item.detail = ItemState.CONFIRMED, item.reported
                confirmed.append(item)
            else:
                others.append(item)
        if confirmed:
            await self.write(confirmed, phase, batch)
        return others

    async def resume_interrupted(self, check: Check, phase: str) -> None:
        """Items a dead run left ``sending``: polled first. At their level: confirmed; shown to have
        taken it (over their level): accepted; shown not to have: sent again; no answer: left for
        reconciliation to poll again. Nothing is sent to a miner whose command may have taken."""
        interrupted = [item for item in self.items if item.state == ItemState.SENDING]
        if not interrupted:
            return
        others = await self.judge(interrupted, check, phase, 0)
        took = [item for item in others if self.verdicts[item.id] == Verdict.OVER]
        for item in took:
            item.state, item.detail = (
                ItemState.ACCEPTED,
                Text(
                    QT_TRANSLATE_NOOP("CurtailmentItems", "interrupted run; reports {reported}"), reported=item.reported
                ),
            )
        if took:
            await self.write(took, phase, 0)
        not_taken = [item for item in others if self.verdicts[item.id] == Verdict.NOT_TAKEN]
        exhausted = [item for item in not_taken if item.attempts >= self.max_attempts]
        for item in exhausted:
            item.state = ItemState.FAILED
            item.detail = Text(
                QT_TRANSLATE_NOOP("CurtailmentItems", "interrupted before its result was logged; reports {reported}"),
                reported=item.reported,
            )
        if exhausted:
            await self.write(exhausted, phase, 0)
        again = [item for item in not_taken if item.attempts < self.max_attempts]
        for item in again:
            item.resend_reason = Text(
                QT_TRANSLATE_NOOP("CurtailmentItems", "interrupted run; the poll shows it did not take: {reported}"),
                reported=item.reported,
            )
        if again and not self.halted():
            await self.send(again, phase, 0)

    # --- the batches ----------------------------------------------------------------------------
    async def run_batches(
        self,
        groups: Sequence[Sequence[ItemView]],
        anchor: datetime,
        interval_s: float,
        check: Check,
        phase: str,
        deadline_s: float,
    ) -> list[ItemView]:
        """Each batch at its ramp time (``interval_s`` apart from ``anchor``), reconciled before the
        next goes out (until the next one is due, at least one poll; without a ramp, ``interval_s`` 0,
        the batches go out back to back); then a last reconciliation of
        everything unconfirmed for up to ``deadline_s``. Returns what stayed unconfirmed. Ends early
        (``stopped``) when a stop is requested: the commands in flight finish and are logged first."""
        self.batches = len(groups)
        for k, group in enumerate(groups):
            for item in group:
                self.batch_of[item.id] = k + 1
        for k, group in enumerate(groups):
            todo = [item for item in group if item.state == ItemState.PLANNED]
            if not todo:
                continue  # sent by the run that was interrupted
            delay = (anchor + timedelta(seconds=k * interval_s) - self.clock()).total_seconds()
            if delay > 0:
                await self.pause(delay)
            if self.halted():
                return []
            await self.send(todo, phase, k + 1)
            if k + 1 < len(groups) and interval_s > 0:  # a ramp: this batch settles before the next
                due = (anchor + timedelta(seconds=(k + 1) * interval_s) - self.clock()).total_seconds()
                await self.reconcile(group, check, phase, k + 1, min(deadline_s, due))
            if self.halted():
                return []
        return await self.reconcile(self.items, check, "reconciling", len(groups), deadline_s)

    async def reconcile(
        self, items: Sequence[ItemView], check: Check, phase: str, batch: int, deadline_s: float
    ) -> list[ItemView]:
        """Poll ``items`` sent and not yet confirmed every ``reconcile_interval_s`` (the first time after
        one interval: a miner needs a moment to change level), confirm the ones at their level, re-send
        (up to ``max_attempts`` commands each, logged as re-sends with the reason) only to those the poll
        shows did not take their command; until none is left, the deadline passes (at least one poll)
        or a stop is requested. Returns the ones left."""
        started = time.monotonic()
        pending = [
            item
            for item in items
            if item.command is not None and item.state in (ItemState.ACCEPTED, ItemState.FAILED, ItemState.SENDING)
        ]
        first = True
        while pending:
            await self.pause(self.settle(pending) if first else self.reconcile_interval_s)
            first = False
            if self.halted():
                break
            pending = await self.judge(pending, check, phase, batch)
            elapsed = time.monotonic() - started
            if not pending or elapsed >= deadline_s:
                break
            again = [
                item
                for item in pending
                if self.verdicts[item.id] == Verdict.NOT_TAKEN and item.attempts < self.max_attempts
            ]
            for item in again:
                item.resend_reason = Text(
                    QT_TRANSLATE_NOOP("CurtailmentItems", "not taken after {seconds:,.0f} s: {reported}"),
                    seconds=elapsed,
                    reported=item.reported,
                )
            if again:
                await self.send(again, phase, batch)
        return pending

    def settle(self, items: Sequence[ItemView]) -> float:
        """How long to let ``items`` change level before the first poll judges them: the slowest of
        their families' settle times, and never less than one polling interval."""
        families = {item.target.family or "generic" for item in items}
        return max([self.reconcile_interval_s, *(self.settle_s.get(family, 0.0) for family in families)])

    def conclude(self, rest: Sequence[ItemView]) -> None:
        """Reconciliation is over: what each miner left unconfirmed showed, said plainly."""
        for item in rest:
            verdict = self.verdicts.get(item.id)
            if item.state == ItemState.FAILED:
                if item.reported:
                    item.detail = Text(
                        QT_TRANSLATE_NOOP("CurtailmentItems", "{detail}; reports {reported}"),
                        detail=item.detail or "",
                        reported=item.reported,
                    )
                continue
            item.state = ItemState.UNCONFIRMED
            if verdict == Verdict.OVER and item.measured_w is not None and item.level_power_w > 0:
                over = 100 * (item.measured_w / item.level_power_w - 1)
                item.detail = Text(
                    QT_TRANSLATE_NOOP(
                        "CurtailmentItems",
                        "took the command but draws {measured:,.0f} W against its level of {level:,.0f} W "
                        "(+{over:.1f} %; tolerance {tolerance:g} %)",
                    ),
                    measured=item.measured_w,
                    level=item.level_power_w,
                    over=over,
                    tolerance=self.tolerance_pct,
                )
            elif verdict == Verdict.NO_ANSWER:
                item.detail = Text(
                    QT_TRANSLATE_NOOP("CurtailmentItems", "no reading to confirm it: {reported}"),
                    reported=item.reported or NOT_POLLED,
                )
            else:
                item.detail = Text(
                    QT_TRANSLATE_NOOP(
                        "CurtailmentItems", "not at its level after {count} command(s): reports {reported}"
                    ),
                    count=item.attempts,
                    reported=item.reported,
                )
