"""What the Curtailment tab writes or runs, each after its question where it reaches the miners:
save a preview (and approve it), approve or cancel a plan (one service call each, with the version
the user saw), execute or recover it (the injected runners, awaited on the qasync loop), and export
its report. Database work runs in worker threads; every task is kept referenced; errors are shown
with the message the service gave."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.plans import (
    PlanDetail,
    PlanSummary,
    Preview,
    approve_plan,
    cancel_plan,
    load_plan,
    save_plan,
)
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.common import confirm, show_error
from hashinsight_desktop.ui.curtailment.plan_actions import PlanAction, action_titles, question, ramp_and_recovery
from hashinsight_desktop.ui.curtailment.plan_report import default_file_name, write_report
from hashinsight_desktop.ui.curtailment.plans_model import release_text, start_time, trigger_text
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.theme import NOTE_COLOR, OK_COLOR

log = logging.getLogger(__name__)

PlanRunner = Callable[[uuid.UUID], Awaitable[None]]
StopRequest = Callable[[uuid.UUID], str]  # blocking: run in a worker thread


def executor_stop(context: AppContext, principal: Principal) -> StopRequest:
    """``services.curtailment.executor.request_stop(session_factory, principal, plan_id, clock=…)``:
    audited, and heard by the live executor whichever process runs it."""

    def stop(plan_id: uuid.UUID) -> str:
        from hashinsight_desktop.services.curtailment import executor

        said = executor.request_stop(context.database.session_factory, principal, plan_id, clock=context.clock)
        return render(said, QCoreApplication.translate)  # thread-safe: Qt's translators are read-only here

    return stop


def executor_runner(context: AppContext, principal: Principal, function: str) -> PlanRunner:
    """``services.curtailment.executor.<function>(session_factory, principal, plan_id, clock=…)``,
    imported when first run (the executor and its miner protocol load only when needed)."""

    async def run(plan_id: uuid.UUID) -> None:
        from hashinsight_desktop.services.curtailment import executor

        await getattr(executor, function)(context.database.session_factory, principal, plan_id, clock=context.clock)

    return run


class PlanCommands(QObject):
    saved = Signal(object)  # plan id: a preview was saved as this plan
    running = Signal(object)  # plan id: its execution or recovery started here
    done = Signal()  # something was written or a run ended: read again
    notice = Signal(str, str)  # text, tone

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        execute: PlanRunner,
        recover: PlanRunner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._widget = parent  # dialogs open over it
        self.execute = execute
        self.recover = recover
        self.stop: StopRequest = executor_stop(context, principal)
        self.zone_of: Callable[[uuid.UUID], str | None] = lambda _site_id: None  # a site's time zone
        self.stop_task: asyncio.Task[None] | None = None
        self.tasks: set[asyncio.Task[Any]] = set()  # every task started here, kept referenced
        self.save_task: asyncio.Task[None] | None = None
        self.action_task: asyncio.Task[None] | None = None
        self.export_task: asyncio.Task[None] | None = None
        self.run_tasks: dict[uuid.UUID, asyncio.Task[None]] = {}
        self.confirm_box: QMessageBox | None = None  # the open question (tests press its buttons)
        self.export_dialog: QFileDialog | None = None

    def spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self._widget)

    def _error(self, title: str, message: str) -> None:
        if self._alive():
            show_error(self._widget, title, message)

    # -- save -----------------------------------------------------------------------------------------
    def save(self, preview: Preview, approve: bool) -> asyncio.Task[None] | QMessageBox | None:
        """Save the preview pending approval, or ask, then save it approved. Returns the task or the box."""
        if self.save_task is not None or not preview.feasible:
            return None
        if not approve:
            return self._start_save(preview, False)

        def approved() -> None:
            self._start_save(preview, True)

        request = preview.request
        sheds = self.tr("{count} miners at {site} shed {kw} kW, losing {ths} TH/s").format(
            count=grouped(len(preview.rows)),
            site=preview.site.site_name,
            kw=number(preview.shed_kw, 1),
            ths=number(preview.lost_ths, 1),
        )
        if request.trigger == "price" and request.price_trigger is not None:
            starts = trigger_text("price", None, request.price_trigger)
            then = self.tr("It then starts by itself {starts}: {sheds}; it recovers {recovers}.").format(
                starts=starts, sheds=sheds, recovers=release_text(request.price_trigger)
            )
        elif request.trigger == "scheduled" and request.start_at is not None:
            at = start_time(request.start_at, self.zone_of(request.site_id))
            then = self.tr("It then starts by itself at {at}: {sheds}.").format(at=at, sheds=sheds)
        else:
            then = self.tr("Once approved it may be executed: {sheds}.").format(sheds=sheds)
        how = ramp_and_recovery(request.ramp_kw_per_min, request.recover_after_h, request.trigger == "price")
        if request.ramp_kw_per_min and preview.batches > 1:
            how += " " + self.tr("{n} batches.").format(n=grouped(preview.batches))
        self.confirm_box = confirm(
            self._widget,
            self.tr("Save and approve"),
            self.tr("Save “{name}” approved?\n{then}\n{how}").format(name=request.name, then=then, how=how),
            approved,
        )
        return self.confirm_box

    def _start_save(self, preview: Preview, approve: bool) -> asyncio.Task[None]:
        self.confirm_box = None
        self.save_task = self.spawn(self._save(preview, approve))
        return self.save_task

    async def _save(self, preview: Preview, approve: bool) -> None:
        factory, clock = self._context.database.session_factory, self._context.clock
        plan_id: uuid.UUID | None = None
        try:
            plan_id = await asyncio.to_thread(save_plan, factory, self._principal, preview, clock=clock)
            if approve:
                await asyncio.to_thread(approve_plan, factory, self._principal, plan_id, None, clock=clock)
        except Exception as exc:
            if not isinstance(exc, ServiceError):
                log.exception("saving a curtailment plan failed")
            failure = (
                self.tr("The plan was saved pending approval, but not approved: {error}")
                if plan_id is not None
                else self.tr("The plan was not saved: {error}")
            )
            self._error(self.tr("Save plan"), failure.format(error=exc))
        finally:
            self.save_task = None
        if not self._alive():
            return
        if plan_id is not None:
            saved = self.tr("Saved “{name}” approved.") if approve else self.tr("Saved “{name}” pending approval.")
            self.notice.emit(saved.format(name=preview.request.name), OK_COLOR)
            self.saved.emit(plan_id)
        self.done.emit()

    # -- approve, cancel, execute, recover ------------------------------------------------------------
    def ask(self, action: PlanAction, plan: PlanSummary) -> QMessageBox:
        """The question first; the action only on Yes."""

        def confirmed() -> None:
            self.run_action(action, plan)

        self.confirm_box = confirm(
            self._widget,
            self.tr("{action} plan").format(action=action_titles()[action]),
            question(action, plan),
            confirmed,
        )
        return self.confirm_box

    def run_action(self, action: PlanAction, plan: PlanSummary) -> asyncio.Task[None]:
        self.confirm_box = None
        if action is PlanAction.STOP:
            self.stop_task = task = self.spawn(self._stop(plan))
        elif action in (PlanAction.APPROVE, PlanAction.CANCEL):
            self.action_task = task = self.spawn(self._change(action, plan))
        else:
            task = self.spawn(self._run(action, plan))
            self.run_tasks[plan.id] = task
            self.running.emit(plan.id)
        self.done.emit()
        return task

    async def _change(self, action: PlanAction, plan: PlanSummary) -> None:
        function = approve_plan if action is PlanAction.APPROVE else cancel_plan
        factory = self._context.database.session_factory
        try:
            await asyncio.to_thread(
                function, factory, self._principal, plan.id, plan.version, clock=self._context.clock
            )
        except Exception as exc:  # ConcurrentModificationError among them: said, and the plan re-read
            if not isinstance(exc, ServiceError):
                log.exception("curtailment %s failed", action.value)
            self._error(
                self.tr("{action} plan").format(action=action_titles()[action]),
                render_error(exc, QCoreApplication.translate),
            )
        else:
            if self._alive():
                done = self.tr("“{name}” approved.") if action is PlanAction.APPROVE else self.tr("“{name}” cancelled.")
                self.notice.emit(done.format(name=plan.name), OK_COLOR)
        finally:
            self.action_task = None
        if self._alive():
            self.done.emit()

    async def _stop(self, plan: PlanSummary) -> None:
        """request_stop in a worker thread: the GUI never waits for the database or the run."""
        try:
            message = await asyncio.to_thread(self.stop, plan.id)
        except Exception as exc:
            if not isinstance(exc, ServiceError):
                log.exception("stopping curtailment plan %s failed", plan.id)
            self._error(
                self.tr("Stop plan"), self.tr("“{name}” was not stopped: {error}").format(name=plan.name, error=exc)
            )
        else:
            if self._alive():
                self.notice.emit(message or self.tr("Stop requested for “{name}”.").format(name=plan.name), NOTE_COLOR)
        finally:
            self.stop_task = None
        if self._alive():
            self.done.emit()

    async def _run(self, action: PlanAction, plan: PlanSummary) -> None:
        runner = self.execute if action is PlanAction.EXECUTE else self.recover
        try:
            await runner(plan.id)
        except Exception as exc:
            if not isinstance(exc, ServiceError):
                log.exception("curtailment %s of %s failed", action.value, plan.id)
            self._error(
                self.tr("{action} plan").format(action=action_titles()[action]),
                self.tr(
                    "{action} of “{name}” stopped: {error}\n"
                    "Each miner's state is recorded: the Execution view shows where it stopped."
                ).format(action=action_titles()[action], name=plan.name, error=exc),
            )
        finally:
            self.run_tasks.pop(plan.id, None)
        if self._alive():
            self.done.emit()

    # -- report ---------------------------------------------------------------------------------------
    def open_export_dialog(self, plan: PlanSummary) -> QFileDialog | None:
        """The save dialog for the plan's report, opened with open(); returns it for tests."""
        if self.export_task is not None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = default_file_name(PlanDetail(plan, {}, ()))
        dialog = QFileDialog(
            self._widget,
            self.tr("Export plan report"),
            str(Path(folder) / name),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path, plan_id=plan.id: self.export_report(Path(path), plan_id))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export_report(self, path: Path, plan_id: uuid.UUID) -> asyncio.Task[None]:
        self.export_dialog = None
        self.export_task = self.spawn(self._export(path, plan_id))
        return self.export_task

    async def _export(self, path: Path, plan_id: uuid.UUID) -> None:
        def work() -> int:
            with self._context.database.session_factory() as session:
                detail = load_plan(session, self._principal, plan_id)
            return write_report(path, detail)

        try:
            count = await asyncio.to_thread(work)
        except OSError as exc:
            self._error(
                self.tr("Export report"),
                self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc),
            )
        except Exception as exc:
            if not isinstance(exc, ServiceError):
                log.exception("exporting a curtailment report failed")
            self._error(self.tr("Export report"), self.tr("The report was not written: {error}").format(error=exc))
        else:
            if self._alive():
                self.notice.emit(
                    self.tr("Report saved to {path} ({count} miners).").format(path=path, count=grouped(count)),
                    OK_COLOR,
                )
        finally:
            self.export_task = None
