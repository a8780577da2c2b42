"""Both ends of a curtailment run request (see ``services/curtailment/run_requests.py``).

:class:`RunRequestServer` runs in the agent beside its :class:`CurtailmentRunner`: it takes pending
requests and starts them through the runner (so one site never has two runs, and a manual run reports
like an automatic one), then writes how each ended. :func:`request_and_wait` is the console's side: it
asks and waits for the end, raising :class:`RunNotDone` with the agent's message when the run did not
complete (refused, failed, stopped, or nobody took it). Plain asyncio, no Qt."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.curtailment import run_requests as requests
from hashinsight_desktop.services.curtailment.executor import ExecutionReport, authorise_run
from hashinsight_desktop.services.curtailment.run_requests import RunNotDone, RunRequest
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.curtailment_runner import EXECUTION, CurtailmentRunner, stopped_by

log = logging.getLogger(__name__)

SERVE_INTERVAL_S = 0.5  # an indexed look at a few rows; NOTIFY (wake()) makes it sooner on PostgreSQL
TAKE_TIMEOUT_S = 30.0  # the agent restarts within this after a crash (see agent_supervisor.BACKOFF_S)
WAIT_INTERVAL_S = 0.3
AGENT_STOPPED = QT_TRANSLATE_NOOP("RunRequests", "The agent stopped; the run resumes when it starts again.")
# The words a request's kind and end are said with inside a sentence.
KINDS = {
    "execution": QT_TRANSLATE_NOOP("RunRequests", "execution"),
    "recovery": QT_TRANSLATE_NOOP("RunRequests", "recovery"),
}
STATES = {
    requests.FAILED: QT_TRANSLATE_NOOP("RunRequests", "failed"),
    requests.STOPPED: QT_TRANSLATE_NOOP("RunRequests", "stopped"),
    requests.REFUSED: QT_TRANSLATE_NOOP("RunRequests", "refused"),
    requests.EXPIRED: QT_TRANSLATE_NOOP("RunRequests", "expired"),
}


class RunRequestServer:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        runner: CurtailmentRunner,
        *,
        node_id: uuid.UUID | None = None,
        site_id: uuid.UUID | None = None,
        interval_s: float = SERVE_INTERVAL_S,
        clock: Clock = system_clock,
    ) -> None:
        self.session_factory = session_factory
        self.runner = runner
        self.node_id = node_id
        self.site_id = site_id  # an agent for one site takes only that site's requests
        self.interval_s = interval_s
        self.clock = clock
        self._wake = asyncio.Event()
        self._finishing: set[asyncio.Task[None]] = set()  # kept referenced until written

    def wake(self) -> None:
        """A request was written (the outbox's NOTIFY): look now. Call on this server's loop."""
        self._wake.set()

    async def run(self) -> None:
        while True:
            try:
                await self.serve()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database outage: look again at the next interval
                log.exception("curtailment run requests: looking for requests failed")
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval_s)

    async def serve(self) -> int:
        """Start every pending request this agent takes; how many it took."""
        taken = 0
        for request in await asyncio.to_thread(self._pending):
            principal = await asyncio.to_thread(self._take, request)
            if principal is None:
                continue
            taken += 1
            start = self.runner.start_execution if request.kind == EXECUTION else self.runner.start_recovery
            try:
                task = await start(request.plan_id, principal)
            except ServiceError as exc:  # permission, state, a busy site: said to the user as it is
                await asyncio.to_thread(self._finish, request.id, requests.REFUSED, _said(exc), type(exc).__name__)
            except Exception as exc:
                log.exception("curtailment run request %s could not start", request.id)
                await asyncio.to_thread(self._finish, request.id, requests.FAILED, stopped_by(exc), None)
            else:
                task.add_done_callback(lambda done, request_id=request.id: self._ended(request_id, done))
        return taken

    def _pending(self) -> list[RunRequest]:
        with self.session_factory() as session:
            return requests.pending(session, self.site_id)

    def _take(self, request: RunRequest) -> Principal | None:
        """Take the request; its requester as they are now (a refusal is written as the request's end)."""
        with unit_of_work(self.session_factory) as session:
            if not requests.take(session, request.id, self.node_id, self.clock()):
                return None
            try:
                return requests.requester(session, request)
            except ServiceError as exc:
                requests.finish(session, request.id, requests.REFUSED, self.clock(), message=_said(exc))
                return None

    def _ended(self, request_id: uuid.UUID, task: asyncio.Task[ExecutionReport]) -> None:
        end: tuple[str, str | Text, str | None]
        if task.cancelled():
            end = (requests.STOPPED, AGENT_STOPPED, None)
        elif (error := task.exception()) is not None:
            kind = type(error).__name__
            end = (requests.FAILED, _said(error) if isinstance(error, ServiceError) else stopped_by(error), kind)
        else:
            end = (requests.DONE, task.result().describe(), None)
        finishing = asyncio.ensure_future(asyncio.to_thread(self._finish, request_id, *end))
        self._finishing.add(finishing)
        finishing.add_done_callback(self._finishing.discard)

    def _finish(self, request_id: uuid.UUID, state: str, message: str | Text | None, error_kind: str | None) -> None:
        try:
            with unit_of_work(self.session_factory) as session:
                requests.finish(session, request_id, state, self.clock(), message=message, error_kind=error_kind)
        except Exception:  # the run itself is recorded in its plan; the asking console then says it was not told
            log.exception("curtailment run request %s: its end (%s) was not written", request_id, state)


def _said(error: ServiceError) -> str | Text:
    """A refusal as the service said it: its text (the asking console renders it in its language), else English."""
    return error.text or str(error)


async def request_and_wait(
    session_factory: sessionmaker[Session],
    principal: Principal,
    plan_id: uuid.UUID,
    kind: str,
    *,
    node_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
    take_timeout_s: float = TAKE_TIMEOUT_S,
) -> None:
    """Ask the agent to run ``kind`` of ``plan_id`` and wait for the run's end (the Curtailment tab shows its
    progress from the plan's rows meanwhile). A refusal this process can see (permission, state, a plan
    another executor holds) is raised before anything is asked."""
    await asyncio.to_thread(authorise_run, session_factory, principal, plan_id, kind)

    def ask() -> uuid.UUID:
        with unit_of_work(session_factory) as session:
            return requests.request_run(session, principal, plan_id, kind, node_id=node_id, now=clock())

    request_id = await asyncio.to_thread(ask)
    deadline = time.monotonic() + take_timeout_s
    while True:
        request = await asyncio.to_thread(_read, session_factory, request_id)
        if request.state in requests.FINAL:
            break
        if (
            request.state == requests.PENDING
            and time.monotonic() > deadline
            and await asyncio.to_thread(_expire, session_factory, request_id, clock)
        ):
            raise RunNotDone(
                Text(
                    QT_TRANSLATE_NOOP(
                        "RunRequests",
                        "No agent took the {kind} within {seconds:g} s, so nothing was sent: the console's agent "
                        "is not running (the status bar says why). Try again once it is.",
                    ),
                    kind=KINDS.get(kind, kind),
                    seconds=take_timeout_s,
                )
            )
        await asyncio.sleep(WAIT_INTERVAL_S)
    if request.state != requests.DONE:
        ended = Text(
            QT_TRANSLATE_NOOP("RunRequests", "The {kind} ended {state}."),
            kind=KINDS.get(kind, kind),
            state=STATES.get(request.state, request.state),
        )
        raise RunNotDone(request.message or ended, request.error_kind)


def _read(session_factory: sessionmaker[Session], request_id: uuid.UUID) -> RunRequest:
    with session_factory() as session:
        request = requests.read(session, request_id)
    if request is None:  # deleted with its plan
        raise RunNotDone(QT_TRANSLATE_NOOP("RunRequests", "That curtailment plan no longer exists."))
    return request


def _expire(session_factory: sessionmaker[Session], request_id: uuid.UUID, clock: Clock) -> bool:
    with unit_of_work(session_factory) as session:
        return requests.finish(
            session,
            request_id,
            requests.EXPIRED,
            clock(),
            message=QT_TRANSLATE_NOOP("RunRequests", "no agent took it"),
            only_if=requests.PENDING,
        )
