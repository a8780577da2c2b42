"""Running the console: Qt application, qasync loop, first start or login, main window, shutdown."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import uuid
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services import auth
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.settings import DATABASE_URL_ENV
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui import i18n
from hashinsight_desktop.ui.event_bridge import EventBridge
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.ui.login_dialogs import LoginDialog
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.ui.theme import apply_theme
from hashinsight_desktop.workers.background_loop import BackgroundLoop
from hashinsight_desktop.workers.task_registry import TaskRegistry

if TYPE_CHECKING:
    from hashinsight_desktop.ui.first_run.wizard import FirstRunWizard
    from hashinsight_desktop.workers.agent_supervisor import AgentSupervisor
    from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
    from hashinsight_desktop.workers.outbox_listener import OutboxListener

log = logging.getLogger(__name__)


def _application(context: AppContext) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("HashInsight Desktop")  # also X11's window class: the menu entry's StartupWMClass
    app.setDesktopFileName("hashinsight-desktop")  # Wayland's app id: the installed menu entry (packaging/)
    app.setOrganizationName("HashInsight")
    icon = resources.files("hashinsight_desktop") / "resources" / "icons" / "hashinsight.svg"
    with resources.as_file(icon) as icon_path:
        app.setWindowIcon(QIcon(str(icon_path)))
    apply_theme(app, context.settings.theme)
    for notice in i18n.start(app, context.settings.language):  # translators before any window exists
        print(f"hashinsight-desktop: {notice}", file=sys.stderr)
    return app


def _error_word() -> str:
    """The command line's "error" (its translation's), in the console's language: stderr says it as the CLI does."""
    return QCoreApplication.translate("CLI", "error")


def smoke_test(context: AppContext, path: str) -> int:
    """Build the window with every registered tab as an owner sees it and save screenshots:
    PATH shows the Admin tab, PATH-<tab>.png each other tab. "shown" is said when the window is up with the tab
    it opens on (the others are built as each is selected, as for a user)."""
    app = _application(context)
    principal = Principal(user_id=None, username="smoke-test", role=Role.OWNER)
    window = MainWindow(context, principal)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print("smoke test: main window shown", flush=True)  # benchmarks/bench_startup.py times the start to this line
    opened_on = window.tabs.currentIndex()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    shots = []
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        shot = target if key == "admin" else target.with_name(f"{target.stem}-{key}{target.suffix}")
        if not window.grab().save(str(shot)):
            could_not = QCoreApplication.translate("GuiApp", "could not write {path}").format(path=shot)
            print(f"hashinsight-desktop: {_error_word()}: {could_not}", file=sys.stderr)
            return 1  # understood, and failed (the README's rule)
        shots.append(shot)
    if target not in shots:  # no Admin tab registered: the window as it opens
        window.grab().save(str(target))
        shots.append(target)
    print(
        f"smoke test: {window.tabs.count()} tabs ({', '.join(window.tab_keys)}); "
        f"screenshots {', '.join(str(s) for s in shots)}"
    )
    window.tabs.setCurrentIndex(opened_on)  # the tab remembered for the next start stays the user's
    window.close()
    context.database.close()
    return 0


class ConsoleSession:
    """No account yet → the first-run wizard's owner and site steps; otherwise login → main window. The workers
    start with it."""

    def __init__(
        self,
        context: AppContext,
        tasks: TaskRegistry,
        *,
        poll_interval_s: float = 60.0,
        workers: bool = True,
        in_process_workers: bool = False,
    ) -> None:
        self.context = context
        self.tasks = tasks
        self.poll_interval_s = poll_interval_s
        self.workers = workers  # False in tests that drive the dialogs without an event loop
        # Tests only: the roles on a thread of this process instead of the child agent every user gets.
        self.in_process_workers = in_process_workers
        self.node_id = uuid.uuid4()  # this console in the control room: its agent's parent
        self.supervisor: AgentSupervisor | None = None
        self._credentials: Path | None = None  # the miner logins handed to the agent, while it runs
        self.window: MainWindow | None = None
        self.dialog: LoginDialog | FirstRunWizard | None = None
        self.bridge = EventBridge()
        self.background: BackgroundLoop | None = None
        self.runner: CurtailmentRunner | None = None
        # Firmware settle times before a curtailment command is judged (None: the defaults and the
        # settings); the demo's simulated miners change level at once.
        self.settle_s: dict[str, float] | None = None
        self.exit_code = 0
        self.dialog_box: QMessageBox | None = None  # kept alive while shown
        self._workers_started = False  # they serve the farm, not a user: a log out keeps them running
        self._watching_database = False
        self.listener: OutboxListener | None = None  # its lag_ms goes into this console's heartbeat

    def start(self) -> None:
        with self.context.database.session_factory() as session:
            first_start = not auth.has_users(session)
        if first_start:
            self._ask_owner()
        else:
            self._ask_login(LoginDialog(self.context))

    def _ask_owner(self) -> None:
        """A database with no account (made by `db init`, or a new shared server): the wizard's owner and site
        steps; the console opens as the new owner."""
        from hashinsight_desktop.ui.first_run.wizard import FirstRunWizard  # only a database with no account

        paths = self.context.paths
        wizard = FirstRunWizard(
            secrets=self.context.secrets,
            local_database=paths.default_database,
            settings_file=paths.settings_file,
            given=self.context,
        )
        self.dialog = wizard

        def finished(result: int) -> None:
            outcome = wizard.outcome
            if outcome is None or outcome.principal is None:
                QApplication.quit()
                return
            self.open_console(outcome.principal)

        wizard.finished.connect(finished)
        wizard.open()

    def _ask_login(self, dialog: LoginDialog) -> None:
        self.dialog = dialog
        dialog.logged_in.connect(self.open_console)
        dialog.rejected.connect(QApplication.quit)
        dialog.open()

    def open_console(self, principal: Principal) -> None:
        if self.workers and not self._workers_started:
            self.start_workers()
        if self.workers and not self._watching_database:
            self.start_database_watch()
        if self.workers and self.listener is None:
            self.start_listener()
        self.window = MainWindow(self.context, principal, self.tasks)
        self.bridge.telemetry_cycle.connect(self.window.show_telemetry_cycle)
        self.bridge.curtailment_outcome.connect(self.window.show_curtailment_outcome)
        self.bridge.outbox_events.connect(self.window.show_crm_notices)  # a deal this user owns was made
        self.bridge.agent_state.connect(self.window.show_agent_state)
        if self.supervisor is not None:
            self.window.show_agent_state(self.supervisor.state)
        self.bridge.database_health.connect(self.window.show_database_health)
        self.window.session_end_requested.connect(self.end_session)
        if self.runner is not None:
            self._hand_runner_to_tab(principal)
        elif self.supervisor is not None:
            self._hand_requests_to_tab(principal)
        self.window.show()

    def end_session(self, switch_user: bool) -> None:
        """File → Log out / Switch user: audit the log out, ask for a login (before the window closes, or
        the application would quit with its last window), then close this user's window."""
        window, self.window = self.window, None
        if window is None:
            return
        try:
            with unit_of_work(self.context.database.session_factory, "user") as session:
                auth.logout(session, window.principal, clock=self.context.clock)
        except (ServiceError, SQLAlchemyError):  # a database gone must not keep the user logged in
            log.exception("the log out of %r could not be recorded", window.principal.username)
        self.bridge.telemetry_cycle.disconnect(window.show_telemetry_cycle)
        self.bridge.curtailment_outcome.disconnect(window.show_curtailment_outcome)
        self.bridge.agent_state.disconnect(window.show_agent_state)
        self.bridge.database_health.disconnect(window.show_database_health)
        dialog = LoginDialog(self.context)
        # Back in with one password; switching: someone else, an empty name to type.
        dialog.username.setText("" if switch_user else window.principal.username)
        (dialog.username if switch_user else dialog.password).setFocus(Qt.FocusReason.OtherFocusReason)
        self._ask_login(dialog)
        window.close()
        window.deleteLater()

    def _hand_runner_to_tab(self, principal: Principal) -> None:
        """Plans the user executes or recovers go through the workers' runner, like automatic ones,
        so one site never has two runs and every run reports the same way."""
        assert self.window is not None and self.runner is not None and self.background is not None
        runner, background = self.runner, self.background

        def through_runner(start: str) -> Callable[[uuid.UUID], Awaitable[None]]:
            async def on_worker_loop(plan_id: uuid.UUID) -> None:
                task = await getattr(runner, start)(plan_id, principal)  # a refusal raises here, before anything runs
                await task

            async def run(plan_id: uuid.UUID) -> None:
                await asyncio.wrap_future(background.run(on_worker_loop(plan_id)))

            return run

        execute, recover = through_runner("start_execution"), through_runner("start_recovery")
        self.window.when_tab_built("curtailment", lambda tab: tab.use_runner(execute, recover))  # type: ignore[attr-defined]

    def start_database_watch(self) -> None:
        """The probe every few seconds on the GUI's loop (its connects in a thread): the window's banner, and
        its views re-read when the database is back. Not a worker of the farm's: it watches for this console."""
        from hashinsight_desktop.services.database_health import DatabaseProbe, HealthWatch
        from hashinsight_desktop.workers.database_watch import watch_database

        probe = DatabaseProbe(self.context.database.url)
        watch = HealthWatch(probe, self.context.clock)
        self._watching_database = True
        self.tasks.spawn(watch_database(probe, watch, self.bridge.publish_health), "database-watch")

    def start_listener(self) -> None:
        """Every commit of any console or agent reaches this one's open views and status bar through its
        outbox listener (on the workers' loop: its own database connection, NOTIFY and a 5 s poll)."""
        from dataclasses import replace

        from hashinsight_desktop.services.cluster.nodes import NodeHeartbeat, set_process_node, this_node
        from hashinsight_desktop.workers.outbox_listener import OutboxListener

        live = LiveRefresh.instance()
        self.bridge.outbox_events.connect(live.on_events)
        self.listener = OutboxListener(
            self.context.database.engine, self.bridge.publish_outbox, on_resync=live.resync_requested.emit
        )
        self.background = self.background or BackgroundLoop()
        self.background.spawn(self.listener.run(), "outbox-listener")
        # This console in the control room (its agent's parent): its heartbeat carries the listener's lag.
        node = replace(this_node("console"), id=self.node_id)
        set_process_node(node)
        listener, engine = self.listener, self.context.database.engine
        heartbeat = NodeHeartbeat(engine, node, listener_lag_ms=listener.current_lag_ms)
        self.background.spawn(heartbeat.run(), "node-heartbeat")

    def _hand_requests_to_tab(self, principal: Principal) -> None:
        """Plans the user executes or recovers are asked of the agent through the database (the console's own
        agent, or whichever agent runs curtailment), like any console of the control room asks."""
        from hashinsight_desktop.workers.run_requests import request_and_wait

        assert self.window is not None
        factory, clock, node_id = self.context.database.session_factory, self.context.clock, self.node_id

        def through_database(kind: str) -> Callable[[uuid.UUID], Awaitable[None]]:
            async def run(plan_id: uuid.UUID) -> None:
                await request_and_wait(factory, principal, plan_id, kind, node_id=node_id, clock=clock)

            return run

        execute, recover = through_database("execution"), through_database("recovery")
        self.window.when_tab_built("curtailment", lambda tab: tab.use_runner(execute, recover))  # type: ignore[attr-defined]

    def start_workers(self) -> None:
        """The console's roles (poller, curtailment executor, job ticks, notifier) run in a child agent
        process it supervises: their work must not share the GIL with the GUI thread. The agent's reports
        come back through the outbox."""
        from hashinsight_desktop.services.cluster.nodes import mark_child_stopped
        from hashinsight_desktop.services.devices.credentials import CREDENTIALS_DIRECTORY_ENV
        from hashinsight_desktop.services.devices.credentials_handoff import hand_off
        from hashinsight_desktop.workers.agent_reports import handle_reports
        from hashinsight_desktop.workers.agent_supervisor import AgentSupervisor, agent_command

        if self.in_process_workers:
            self._start_in_process_workers()
            return
        self._workers_started = True
        arguments = ["--supervised", "--parent-node", str(self.node_id), "--interval", f"{self.poll_interval_s:g}"]
        if self.settle_s is not None:  # the demo: simulated miners settle at once
            arguments += ["--settle-s", f"{min(self.settle_s.values(), default=0.0):g}"]
        environment = dict(os.environ)
        # The database this console opened (with the password it was given): never on the command line.
        environment[DATABASE_URL_ENV] = self.context.database.url.render_as_string(hide_password=False)
        self._credentials = hand_off(self.context.secrets)  # logins this process alone holds (no keyring here)
        if self._credentials is not None:
            environment[CREDENTIALS_DIRECTORY_ENV] = str(self._credentials)
        engine, parent = self.context.database.engine, self.node_id
        self.supervisor = AgentSupervisor(
            agent_command(arguments),
            env=environment,
            on_state=self.bridge.publish_agent_state,
            on_exit=lambda pid: mark_child_stopped(engine, parent, pid),  # a killed agent never marks itself
        )
        self.supervisor.start()
        # The end of every run, this agent's or another's, as a notification (the outbox listener reads them).
        self.bridge.outbox_events.connect(lambda rows: handle_reports(rows, self.bridge.publish_curtailment))

    def _start_in_process_workers(self) -> None:
        from hashinsight_desktop.services.curtailment.executor import run_options
        from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
        from hashinsight_desktop.workers.notifier import Notifier
        from hashinsight_desktop.workers.periodic_jobs import standard_jobs
        from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller

        poller = TelemetryPoller(
            self.context.database.session_factory, interval_s=self.poll_interval_s, on_cycle=self.bridge.publish_cycle
        )
        self.runner = CurtailmentRunner(
            self.context.database.session_factory,
            options=run_options(self.context, **({} if self.settle_s is None else {"settle_s": self.settle_s})),
            on_outcome=self.bridge.publish_curtailment,
        )
        self.background = self.background or BackgroundLoop()
        self._workers_started = True
        self.background.spawn(poller.run(), "telemetry-poller")
        # Roll-ups, retention, due curtailment plans, prunes: each tick run by one console or agent only.
        self.background.spawn(standard_jobs(self.context, runner=self.runner).run(), "periodic-jobs")
        notifier = Notifier.of(self.context)
        self.background.spawn(notifier.run(), "notifier")

    def fail(self, reason: str) -> None:
        """The console cannot go on: the reason in one line on stderr and in a message box, then exit 1."""
        log.error("%s", reason)
        print(f"hashinsight-desktop: {_error_word()}: {reason}", file=sys.stderr)
        self.exit_code = 1
        box = QMessageBox(QMessageBox.Icon.Critical, "HashInsight Desktop", reason, QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result: QApplication.quit())
        box.open()
        self.dialog_box = box

    async def stop_workers(self) -> None:
        """The agent, the runner, the listener and the workers' loop, each stopped even if one before failed;
        idempotent (a second call has nothing left to stop)."""
        supervisor, self.supervisor = self.supervisor, None
        try:
            if supervisor is not None:
                await asyncio.to_thread(supervisor.stop)  # the agent flushes its telemetry and stops its runs
        finally:
            if self._credentials is not None:
                from hashinsight_desktop.services.devices.credentials_handoff import withdraw

                withdraw(self._credentials)
                self._credentials = None
            await self._stop_background()

    async def _stop_background(self) -> None:
        runner, self.runner = self.runner, None
        background, self.background = self.background, None
        self.listener = None
        if background is None:
            return
        try:
            if runner is not None:  # runs are cancelled with their command log intact: the next start resumes them
                await asyncio.wrap_future(background.run(runner.stop()))
        finally:
            await background.stop()


async def _start_demo(session: ConsoleSession, network: str | None = None) -> None:
    from hashinsight_desktop import demo

    # The simulated farm runs on the workers' loop too: serving 240 miners must not cost the GUI.
    farm = demo.demo_farm(network or demo.DEMO_NETWORK)
    session.settle_s = {}  # simulated miners take a command at once: no firmware settle time to wait out
    session.background = session.background or BackgroundLoop()
    # The database is prepared while the farm starts (its addresses are known before it listens).
    started = asyncio.wrap_future(session.background.run(farm.start(defer_grpc=True)))
    try:
        try:
            principal = await asyncio.to_thread(demo.prepare, session.context, farm)
        finally:
            await started
    except OSError as exc:  # taken since the range was chosen, too many open files...: say so and end
        session.fail(QCoreApplication.translate("Demo", "The demo farm could not start: {0}").format(exc))
        return
    except Exception as exc:  # never a live process without a window
        log.exception("demo start failed")
        session.fail(QCoreApplication.translate("Demo", "The demo could not start: {0} (see the log)").format(exc))
        return
    session.background.spawn(_serve_until_cancelled(farm), "demo-farm")
    # Who each simulated miner is (family, capabilities) is found on the workers' loop once the console is open.
    session.background.spawn(demo.identify_farm(session.context, principal, farm), "demo-identify")
    session.open_console(principal)
    notice = demo.farm_notice(farm)
    if notice is not None and session.window is not None:
        session.window.statusBar().showMessage(notice, 60_000)


async def _serve_until_cancelled(farm: object) -> None:
    try:
        await asyncio.Event().wait()
    finally:
        await farm.__aexit__(None, None, None)  # type: ignore[attr-defined]


def run_gui(context: AppContext, *, demo_network: str | None = None, principal: Principal | None = None) -> int:
    """The console until its window closes; ``demo_network``: the demo farm's loopback range (demo mode);
    ``principal``: the owner the first-run wizard just made (the console opens logged in)."""
    from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
    from hashinsight_desktop.ui.gui_loop import gui_event_loop, start_gc_policy

    raise_open_file_limit()  # thousands of miners polled at once: many desktops default to 1,024 files
    app = _application(context)
    app.setQuitOnLastWindowClosed(True)
    loop = gui_event_loop(app)
    asyncio.set_event_loop(loop)
    tasks = TaskRegistry()
    session = ConsoleSession(context, tasks, poll_interval_s=10.0 if demo_network else 60.0)
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)
    gc_policy = start_gc_policy(loop)  # long-lived objects frozen out of the cyclic GC: short collections
    with loop:
        if demo_network:
            loop.call_soon(lambda: tasks.spawn(_start_demo(session, demo_network), "demo-start"))
        elif principal is not None:
            loop.call_soon(lambda: session.open_console(principal))
        else:
            loop.call_soon(session.start)
        loop.run_until_complete(quitting.wait())
        loop.run_until_complete(session.stop_workers())
        loop.run_until_complete(tasks.shutdown())
        loop.run_until_complete(context.aclose())
    gc_policy.stop()
    context.database.close()
    log.info("console closed")
    return session.exit_code
