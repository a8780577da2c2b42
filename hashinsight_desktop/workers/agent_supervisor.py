"""The console's roles (poller, curtailment executor, job ticks, notifier) run in a child ``agent``
process, not in the console: the poller's parsing would share the GIL with the GUI thread and stall
it (116–183 ms while polling 5,000 miners). The console starts the child, watches it and restarts it
with back-off; the two talk only through the database and the outbox, like any other agent.

The child's stdin is a pipe from this process: closing it asks the child to stop (a clean quit), and
a console that crashes closes it too, so an orphan notices and exits (``agent --supervised``). Its
stdout and stderr go to this process's log. No Qt here: the GUI shows :attr:`AgentSupervisor.state`
through the ``on_state`` callback (called from the watcher thread)."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import IO

log = logging.getLogger(__name__)

# Seconds before each restart after a crash; a child that ran HEALTHY_AFTER_S starts the sequence again.
BACKOFF_S = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
HEALTHY_AFTER_S = 60.0
STOP_TIMEOUT_S = 15.0  # the child flushes its telemetry buffer and stops its runs (they resume later)
# The agent yields the CPU to the GUI on a busy desktop (it still gets every cycle the GUI leaves idle).
AGENT_NICENESS = 5

STARTING, RUNNING, RESTARTING, STOPPED = "starting", "running", "restarting", "stopped"


@dataclass(frozen=True)
class AgentState:
    phase: str  # starting, running, restarting, stopped
    pid: int | None = None
    restarts: int = 0  # restarts after the child ended on its own
    last_exit: int | None = None  # the return code of the last child that ended (negative: its signal)
    retry_in_s: float | None = None  # restarting: the back-off before the next start

    def describe(self) -> str:
        if self.phase == RUNNING:
            return f"agent pid {self.pid}" + (f" (restarted {self.restarts}×)" if self.restarts else "")
        if self.phase == RESTARTING:
            return f"agent ended ({self.last_exit}); restarting in {self.retry_in_s:g} s"
        return f"agent {self.phase}"


def agent_command(arguments: Sequence[str]) -> list[str]:
    """How this installation runs ``hashinsight-desktop agent ARGUMENTS`` (a frozen build is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "agent", *arguments]
    return [sys.executable, "-m", "hashinsight_desktop", "agent", *arguments]


class AgentSupervisor:
    def __init__(
        self,
        command: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        on_state: Callable[[AgentState], None] | None = None,
        on_exit: Callable[[int], None] | None = None,
        backoff_s: Sequence[float] = BACKOFF_S,
        healthy_after_s: float = HEALTHY_AFTER_S,
        stop_timeout_s: float = STOP_TIMEOUT_S,
    ) -> None:
        self.command = list(command)
        self.env = env
        self.on_state = on_state
        self.on_exit = on_exit  # the pid of a child that ended (a killed one never marked its node stopped)
        self.backoff_s = tuple(backoff_s)
        self.healthy_after_s = healthy_after_s
        self.stop_timeout_s = stop_timeout_s
        self.state = AgentState(STOPPED)
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()  # the process handle between the watcher and stop()
        self._thread: threading.Thread | None = None

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._watch, name="agent-supervisor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the child to stop (close its stdin), wait for it, then terminate and kill if it must. Blocking:
        the GUI calls it in a worker thread."""
        self._stopping.set()
        with self._lock:
            process = self._process
        if process is not None:
            _end(process, self.stop_timeout_s)
        if self._thread is not None:
            self._thread.join(self.stop_timeout_s + 10)
            self._thread = None

    # --- the watcher thread -------------------------------------------------------------------------
    def _watch(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            self._set(replace(self.state, phase=STARTING, pid=None, retry_in_s=None))
            started = time.monotonic()
            try:
                process = self._spawn()
            except OSError as exc:  # the interpreter or executable vanished: try again later, say why
                if self._stopping.is_set():
                    break
                log.error("the console's agent could not start: %s", exc)
                returncode: int | None = None
            else:
                self._set(replace(self.state, phase=RUNNING, pid=process.pid))
                log.info("the console's agent started: pid %d", process.pid)
                returncode = process.wait()
                with self._lock:
                    self._process = None
                self._ended(process.pid)
            if self._stopping.is_set():
                break
            failures = 0 if time.monotonic() - started >= self.healthy_after_s else failures + 1
            delay = self.backoff_s[min(max(failures - 1, 0), len(self.backoff_s) - 1)]
            log.warning("the console's agent ended with %s; restarting in %g s", returncode, delay)
            self._set(replace(self.state, phase=RESTARTING, pid=None, last_exit=returncode, retry_in_s=delay))
            if self._stopping.wait(delay):
                break
            self.state = replace(self.state, restarts=self.state.restarts + 1)  # said with the next start
        self._set(replace(self.state, phase=STOPPED, pid=None, retry_in_s=None))

    def _spawn(self) -> subprocess.Popen[bytes]:
        options: dict[str, object] = {}
        if os.name == "nt":
            options["creationflags"] = (
                subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
                | subprocess.BELOW_NORMAL_PRIORITY_CLASS  # type: ignore[attr-defined]
            )
        else:
            options["start_new_session"] = True  # Ctrl-C in the terminal reaches the console, which stops the child
        with self._lock:
            if self._stopping.is_set():
                raise OSError("stopping")
            process = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self.env,
                **options,  # type: ignore[call-overload]
            )
            self._process = process
        if hasattr(os, "setpriority"):
            with contextlib.suppress(OSError):  # it ended already: the watcher sees that next
                os.setpriority(os.PRIO_PROCESS, process.pid, AGENT_NICENESS)
        assert process.stdout is not None and process.stderr is not None
        for stream, level in ((process.stdout, logging.INFO), (process.stderr, logging.WARNING)):
            threading.Thread(target=_log_lines, args=(stream, level, process.pid), daemon=True).start()
        return process

    def _ended(self, pid: int) -> None:
        if self.on_exit is not None:
            try:
                self.on_exit(pid)
            except Exception:  # the database may be away: the status bar judges only the newest agent anyway
                log.exception("the end of the agent (pid %d) could not be recorded", pid)

    def _set(self, state: AgentState) -> None:
        self.state = state
        if self.on_state is not None:
            try:
                self.on_state(state)
            except Exception:  # a display's bug must not end the supervision
                log.exception("agent state listener failed")


def _log_lines(stream: IO[bytes], level: int, pid: int) -> None:
    """The child's output, line by line, into this process's log (its own log file has the details)."""
    with stream:
        for raw in stream:
            line = raw.decode(errors="replace").rstrip()
            if line:
                log.log(level, "agent %d: %s", pid, line)


def _end(process: subprocess.Popen[bytes], timeout_s: float) -> None:
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()  # the child's signal to stop cleanly
    try:
        process.wait(timeout_s)
        return
    except subprocess.TimeoutExpired:
        log.warning("the console's agent (pid %d) did not stop in %g s: terminating it", process.pid, timeout_s)
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
