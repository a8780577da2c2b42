"""The Plan page: the form (scrolling, its Preview button always in view) beside the preview, and
the solve itself — preview_plan in a worker thread with a busy bar, the seconds it has taken and a
Cancel (Esc) that sets the optimiser's cancel event, which stops its solver process."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections.abc import Callable, Coroutine
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.plans import PlanRequest, Preview, preview_plan
from hashinsight_desktop.services.curtailment.ramp import BATCH_INTERVAL_S
from hashinsight_desktop.services.curtailment.site_readings import SiteChoice
from hashinsight_desktop.services.curtailment.solution_text import without_reasons
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.curtailment.plan_editor import PlanEditor
from hashinsight_desktop.ui.curtailment.plans_model import start_time, trigger_text
from hashinsight_desktop.ui.curtailment.preview_panel import PreviewPanel
from hashinsight_desktop.ui.curtailment.timeline_chart import TimelineChart
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR

log = logging.getLogger(__name__)
Spawn = Callable[[Coroutine[Any, Any, None]], "asyncio.Task[None]"]
MANUAL_RECOVERY_SHOWN_MIN = 60.0  # what the timeline shows of a plan recovered by hand (plans.py draws it so)


def recovery_start_min(preview: Preview) -> float | None:
    """Minutes from the start at which the preview's recovery begins (as ramp.power_timeline draws it)."""
    if not preview.rows:
        return None
    step = BATCH_INTERVAL_S / 60.0
    hold = preview.request.recover_after_h * 60.0 if preview.request.recover_after_h else MANUAL_RECOVERY_SHOWN_MIN
    return max(preview.batches * step, hold)


class PlanPage(QSplitter):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        current_site: Callable[[], SiteChoice | None],
        spawn: Spawn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._context = context
        self._principal = principal
        self._current_site = current_site
        self._spawn = spawn
        self.preview_task: asyncio.Task[None] | None = None
        self._cancel: threading.Event | None = None
        self._started = 0.0

        self.editor = PlanEditor()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(self.editor.minimumWidth() + scroll.verticalScrollBar().sizeHint().width() + 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.editor.footer)
        self.chart = TimelineChart()
        self.preview_panel = PreviewPanel(self.chart)
        self.setObjectName("planPage")
        self.setChildrenCollapsible(False)
        self.addWidget(left)
        self.addWidget(self.preview_panel)
        self.setStretchFactor(1, 1)
        self.setSizes([340, 940])

        self._busy_timer = QTimer(self, interval=200)
        self._busy_timer.timeout.connect(self._show_solving)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_preview)
        self.escape.setEnabled(False)  # only while solving: Esc is left to the widgets otherwise
        self.editor.preview_requested.connect(self.start_preview)
        self.editor.cancel_requested.connect(self.cancel_preview)
        self.editor.changed.connect(self.preview_panel.set_stale)
        self.preview_panel.protect_requested.connect(self.protect)

    def start_preview(self) -> asyncio.Task[None] | None:
        """Solve the form against the fleet as it is now; returns the task (None: a field is wrong)."""
        if self.preview_task is not None:
            return self.preview_task
        site = self._current_site()
        if site is None:
            self.editor.set_status(self.tr("Choose a site first."), BAD_COLOR)
            return None
        try:
            request = self.editor.build_request(site, self._context.clock())
        except ValidationError:
            return None  # the form marks the field and says why
        self._cancel = threading.Event()
        self._started = time.monotonic()
        self.editor.set_busy(True)
        self.escape.setEnabled(True)
        self._show_solving()
        self._busy_timer.start()
        self.preview_task = self._spawn(self._preview(request, self._cancel))
        return self.preview_task

    def cancel_preview(self) -> None:
        """Stop the solver (Esc): the optimiser kills its solver process and returns."""
        if self.preview_task is not None and self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.editor.cancel_button.setEnabled(False)
            self.editor.set_status(self.tr("Cancelling…"), NOTE_COLOR)

    def _show_solving(self) -> None:
        if self._cancel is None or not self._cancel.is_set():
            self.editor.set_status(
                self.tr("Solving… {seconds} s (Esc cancels)").format(
                    seconds=number(time.monotonic() - self._started, 1)
                )
            )

    async def _preview(self, request: PlanRequest, cancel: threading.Event) -> None:
        factory = self._context.database.session_factory
        try:
            preview = await asyncio.to_thread(
                preview_plan, factory, self._principal, request, clock=self._context.clock, cancel=cancel
            )
        except ValidationError as exc:
            if shiboken6.isValid(self):
                self.editor.show_errors({exc.field: render(exc.message_text, QCoreApplication.translate)})
            return
        except ServiceError as exc:
            if shiboken6.isValid(self):
                self.editor.set_status(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        except Exception as exc:
            log.exception("curtailment preview failed")
            if shiboken6.isValid(self):
                failure = self.tr("The plan could not be solved: {error}").format(error=exc)
                self.editor.set_status(failure, BAD_COLOR)
                show_error(self, self.tr("Preview failed"), failure)
            return
        finally:
            self.preview_task = None
            if shiboken6.isValid(self):
                self._busy_timer.stop()
                self.editor.set_busy(False)
                self.escape.setEnabled(False)
        if not shiboken6.isValid(self):
            return
        if cancel.is_set():
            self.editor.set_status(self.tr("Preview cancelled: nothing changed."), NOTE_COLOR)
            return
        self.show_preview(preview)

    def show_preview(self, preview: Preview) -> None:
        self.preview_panel.show_preview(preview, self.editor.customers.names(), self._context.clock())
        request = preview.request
        price = request.trigger == "price"
        if price:
            start_text = self.tr("after the price trigger")
            title = self.tr("Planned site power, starting {when}").format(
                when=trigger_text("price", None, request.price_trigger)
            )
        elif request.trigger == "scheduled" and request.start_at is not None:
            zone = self.editor.site.timezone if self.editor.site is not None else None
            start_text = self.tr("from {time}").format(time=start_time(request.start_at, zone))
            title = self.tr("Planned site power, starting at {time}").format(time=start_time(request.start_at, zone))
        else:
            start_text, title = self.tr("from start"), self.tr("Planned site power")
        self.chart.show_timeline(
            preview.timeline,
            preview.site.site_power_kw - request.target_kw,
            request.tolerance_kw,
            recovery_start_min(preview),
            manual_recovery=not request.recover_after_h,
            start_text=start_text,
            recovery_note=self.tr("recovery when the price falls") if price else None,
            title=title,
        )
        if preview.feasible:
            self.editor.set_status(
                self.tr("Previewed: nothing is sent until the plan is saved, approved and executed."), OK_COLOR
            )
        else:
            said = render(
                without_reasons(preview.solution.message_text or preview.solution.message), QCoreApplication.translate
            )
            self.editor.set_status(said or "No plan meets it.", BAD_COLOR)

    def protect(self, miners: dict[uuid.UUID, str]) -> None:
        """Keep these miners at full power, and preview again."""
        self.editor.protect(miners)
        self.start_preview()

    def site_changed(self, site: SiteChoice | None) -> None:
        self.editor.set_site(site)
        previewed = self.preview_panel.preview
        if previewed is not None and site is not None and previewed.request.site_id != site.id:
            self.preview_panel.clear("The site changed: preview the plan again for this site.")
            self.chart.clear()
