"""The Curtailment tab: the site's power now against the target on top, then three pages: Plan (the
form beside its preview: totals, power timeline, chosen miners), Execution (one plan's per-miner
states, progress and reconciliation) and History (every plan, its actions and its report).

Everything that reads or writes the database runs in a worker thread (asyncio.to_thread); the solver
runs there too, cancellable. Execution and recovery are injected coroutines awaited on the qasync
loop; their progress is read back from the database (every second while a plan runs), so the view
also follows runs started by the background runner or another console. One 1-second timer, running
only while the tab is shown, re-reads the open plan while it runs, the history every 5 s and the
power every 10 s.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
import time
import uuid
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.curtailment.plans import PlanDetail, PlanSummary
from hashinsight_desktop.services.curtailment.site_readings import PowerPriceNow, SiteChoice, SitePower
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.curtailment.execution_panel import RUNNING_STATES, ExecutionPanel
from hashinsight_desktop.ui.curtailment.form_fields import parse_number
from hashinsight_desktop.ui.curtailment.history_panel import HistoryPanel
from hashinsight_desktop.ui.curtailment.plan_actions import PlanAction, PlanActions
from hashinsight_desktop.ui.curtailment.plan_commands import PlanCommands, PlanRunner, executor_runner
from hashinsight_desktop.ui.curtailment.plan_page import PlanPage
from hashinsight_desktop.ui.curtailment.price_entry import PriceEntry
from hashinsight_desktop.ui.curtailment.site_bar import HOLDING_STATES, SiteBar
from hashinsight_desktop.ui.curtailment.tab_reads import Reads, Want, read
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.fleet.formatting import local_time
from hashinsight_desktop.ui.live_refresh import CURTAILMENT_TOPICS, follow_changes
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, set_tone

log = logging.getLogger(__name__)

TICK_MS = 1000
HISTORY_EVERY_S = 5.0
POWER_EVERY_S = 10.0
NOTICE_MS = 8000
SETTINGS_KEY = "curtailment"
PAGE_PLAN, PAGE_EXECUTION, PAGE_HISTORY = range(3)


class CurtailmentTab(QWidget):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        execute: PlanRunner | None = None,
        recover: PlanRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.commands = PlanCommands(
            context,
            principal,
            execute or executor_runner(context, principal, "execute_plan"),
            recover or executor_runner(context, principal, "recover_plan"),
            self,
        )
        self.power: SitePower | None = None
        self.price: PowerPriceNow | None = None
        self.detail: PlanDetail | None = None
        self.plan_id: uuid.UUID | None = None  # the plan the actions and the Execution view are about
        self.tasks = self.commands.tasks  # every task of the tab, kept referenced
        self.refresh_task: asyncio.Task[None] | None = None
        self._force = True
        self._dirty = False
        self._sites_loaded = False
        self._customers_for: uuid.UUID | None = None
        self._last_plans = self._last_power = 0.0
        self._state = self._saved_state()

        # -- the bar on top --
        self.site_bar = SiteBar()
        self.site_combo = self.site_bar.site_combo
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        # Its line is kept when it is empty: a notice that came and went moved the buttons under the cursor.
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing())

        # -- the pages --
        self.plan_page = PlanPage(context, principal, self.current_site, self.commands.spawn)
        self.splitter = self.plan_page  # the form beside its preview (its state is remembered)
        self.editor = self.plan_page.editor
        self.preview_panel = self.plan_page.preview_panel
        self.chart = self.plan_page.chart
        self.escape = self.plan_page.escape
        self.execution = ExecutionPanel()
        self.history = HistoryPanel()
        self.plan_actions = PlanActions(principal.can(Permission.FLEET_OPERATE), self, principal.username)
        for row in (self.execution.actions_row, self.history.actions_row):
            for position, button in enumerate(self.plan_actions.buttons()):
                row.insertWidget(position, button)
        self.execution.actions_row.addStretch(1)
        self.pages = QTabWidget()
        self.pages.setObjectName("curtailmentPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("&Plan"))
        self.pages.addTab(self.execution, self.tr("E&xecution"))
        self.pages.addTab(self.history, self.tr("&History"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.site_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.price_entry = PriceEntry(context, principal, self.commands.spawn, self)

        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.clear)

        self.site_combo.currentIndexChanged.connect(self._site_changed)
        self.site_bar.refresh_button.clicked.connect(self.schedule_refresh)
        self.editor.preview_requested.connect(self._show_plan_page)
        self.editor.changed.connect(self._show_power)
        self.preview_panel.save_requested.connect(self.request_save)
        self.history.plan_selected.connect(self._plan_selected)
        self.history.plan_opened.connect(self.open_plan)
        self.history.scope_changed.connect(self.schedule_refresh)
        self.history.export_button.clicked.connect(self.open_export_dialog)
        self.execution.shed_rest_requested.connect(self.shed_the_rest)
        self.site_bar.price_button.clicked.connect(self.open_price_dialog)
        self.price_entry.notice.connect(self.show_notice)
        self.price_entry.recorded.connect(self.schedule_refresh)
        self.commands.zone_of = self._zone_of
        self.plan_actions.triggered.connect(self.request_action)
        self.commands.saved.connect(self._saved)
        self.commands.running.connect(self.open_plan)
        self.commands.done.connect(self._commands_done)
        self.commands.notice.connect(self.show_notice)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.start_preview)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.schedule_refresh)
        follow_changes(self, CURTAILMENT_TOPICS, self.schedule_refresh)  # a plan, price or site changed anywhere
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.request_save(False))
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_export_dialog)
        self._apply_saved_state()
        self._show_power()

    def use_runner(self, execute: PlanRunner, recover: PlanRunner) -> None:
        """Send Execute and Recover through other coroutines (the console's curtailment runner, so a
        site never has two runs); the tab still follows them through the database."""
        self.commands.execute, self.commands.recover = execute, recover

    def _db(self) -> Any:
        return self._context.database.session_factory

    # -- refresh --------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.schedule_refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # a hidden tab reads nothing
        self.save_state()
        super().hideEvent(event)

    def _tick(self) -> None:
        if self.refresh_task is None and self._due(force=False) is not None:
            self._start_refresh()

    def schedule_refresh(self) -> None:
        """Read everything now (F5, after an action), if an asyncio loop runs."""
        self._force = True
        self._start_refresh()

    def _start_refresh(self) -> None:
        if self.refresh_task is not None:
            self._dirty = True
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no running loop (a test building the tab): refresh() is awaited by hand
        self.refresh_task = self.commands.spawn(self.refresh())

    def _running(self, plan_id: uuid.UUID | None) -> bool:
        """Whether the plan runs now: in this console, or by its state in the database."""
        if plan_id is None:
            return False
        if plan_id in self.commands.run_tasks:
            return True
        return (
            self.detail is not None
            and self.detail.summary.id == plan_id
            and self.detail.summary.state in RUNNING_STATES
        )

    def _due(self, force: bool) -> Want | None:
        now = time.monotonic()
        site = self.current_site()
        want = Want(
            sites=not self._sites_loaded,
            site_id=site.id if site is not None else None,
            saved_site=self._state.get("site_id") if isinstance(self._state.get("site_id"), str) else None,
            all_sites=self.history.all_sites.isChecked(),
        )
        want.power = force or want.sites or now - self._last_power >= POWER_EVERY_S
        want.customers = want.sites or (site is not None and self._customers_for != site.id)
        want.plans = force or want.sites or now - self._last_plans >= HISTORY_EVERY_S
        if self.plan_id is not None and (force or want.plans or self._running(self.plan_id)):
            want.plan_id = self.plan_id
        return want if want.anything() else None

    async def refresh(self) -> None:
        """Read what is due (everything after F5 or an action) in a worker thread and show it."""
        task = asyncio.current_task()
        if self.refresh_task not in (None, task):
            self._dirty = True
            return
        self.refresh_task = task
        try:
            while True:
                want = self._due(self._force)
                self._force = self._dirty = False
                if want is None:
                    break
                started = time.monotonic()
                try:
                    reads = await asyncio.to_thread(self._read, want)
                except Exception as exc:  # the server went away: keep what is shown, say why it is old
                    if shiboken6.isValid(self):
                        self.show_notice(
                            render_error(exc, QCoreApplication.translate)
                            if isinstance(exc, ServiceError)
                            else self.tr("Cannot read curtailment data: {error}").format(
                                error=database_error_text(exc)
                            ),
                            BAD_COLOR,
                        )
                    if not isinstance(exc, ServiceError):
                        log.warning("curtailment refresh failed: %s", exc)
                    self._last_power = self._last_plans = started  # not again at once
                    break
                if not shiboken6.isValid(self):
                    return
                self._apply(want, reads, started)
                if not self._dirty:
                    break
        finally:
            self.refresh_task = None

    def _read(self, want: Want) -> Reads:
        return read(self._db(), self._principal, self._context.clock, want)

    def _apply(self, want: Want, reads: Reads, started: float) -> None:
        if want.power:
            self._last_power = started  # read, whether or not there was a site to read
        if want.plans:
            self._last_plans = started
        if reads.sites is not None:
            self._sites_loaded = True
            self.site_bar.set_sites(reads.sites, reads.site_id)
            self.editor.set_site(self.current_site())
            self.preview_panel.set_can_approve(*self._approve_rule())
            self.editor.set_hashprice(reads.hashprice)
            if not reads.sites:
                self.editor.set_status(
                    self.tr("You operate no site: ask an administrator for a site in your scope."), NOTE_COLOR
                )
                self.editor.preview_button.setEnabled(False)
        shown = self.current_site()
        if reads.site_id != (shown.id if shown is not None else None):
            return  # the user chose another site meanwhile: the next refresh reads it
        if reads.power is not None:
            self.power = reads.power
            self.price = reads.price
            self._show_power()
            self.editor.trigger.set_price_now(reads.price, reads.power.read_at)
        if reads.feeds is not None:
            self.editor.set_feeds(reads.feeds)
        if reads.customers is not None and reads.site_id is not None:
            self._customers_for = reads.site_id
            self.editor.set_customers(reads.customers)
            self.editor.apply_saved_customers()
        if reads.plans is not None:
            self.history.show_plans(reads.plans, single_site=not want.all_sites, current=self.plan_id)
        if want.plan_id is not None and want.plan_id == self.plan_id:
            if reads.detail_gone:
                self.plan_id, self.detail = None, None
                self.execution.show_detail(None)
            elif reads.detail is not None:
                self.detail = reads.detail
                self.execution.show_detail(reads.detail)
        self.site_bar.updated_label.setText(self.tr("updated {when}").format(when=local_time(self._context.clock())))
        self._show_power()
        self._update_actions()

    # -- site and power -------------------------------------------------------------------------------
    def current_site(self) -> SiteChoice | None:
        return self.site_bar.current_site()

    def _site_changed(self) -> None:
        self.plan_page.site_changed(self.current_site())
        self.preview_panel.set_can_approve(*self._approve_rule())
        self.power = self.price = None
        self._show_power()
        self.schedule_refresh()

    def _target_kw(self) -> float | None:
        try:
            value = parse_number(self.editor.target.text())
        except ValueError:
            return None
        return value if value > 0 else None

    def header_plan(self) -> PlanSummary | None:
        """The plan whose fixed figures the bar shows: the open plan when it runs or holds the current
        site curtailed, else the site's plan that does (a run by the background runner or another
        console), running ones first."""
        site = self.current_site()
        if site is None:
            return None
        opened = self.current_plan()
        if opened is not None and opened.site_id == site.id and opened.state in HOLDING_STATES:
            return opened
        holding = [p for p in self.history.plans() if p.site_id == site.id and p.state in HOLDING_STATES]
        holding.sort(key=lambda p: p.state not in RUNNING_STATES)  # stable: newest first within each
        return holding[0] if holding else None

    def _show_power(self) -> None:
        self.site_bar.show_power(self.power, self._target_kw(), self.header_plan())
        self.site_bar.show_price(self.price, self.power.read_at if self.power is not None else None)

    # -- preview --------------------------------------------------------------------------------------
    @property
    def preview_task(self) -> asyncio.Task[None] | None:
        return self.plan_page.preview_task

    def start_preview(self) -> asyncio.Task[None] | None:
        """Solve the form against the fleet as it is now (Ctrl+Enter); returns the task for tests."""
        self._show_plan_page()
        return self.plan_page.start_preview()

    def _show_plan_page(self) -> None:
        self.pages.setCurrentWidget(self.plan_page)

    # -- save -----------------------------------------------------------------------------------------
    def request_save(self, approve: bool = False) -> asyncio.Task[None] | QMessageBox | None:
        """Save the preview (Ctrl+S); "Save and approve" asks first. Returns the task or the question."""
        preview = self.preview_panel.preview
        if preview is None or not self.preview_panel.save_button.isEnabled():
            return None
        if approve and not self.preview_panel.approve_button.isEnabled():
            return None
        return self.commands.save(preview, approve)

    def _saved(self, plan_id: uuid.UUID) -> None:
        self.preview_panel.saved(plan_id)
        self.open_plan(plan_id)

    def _zone_of(self, site_id: uuid.UUID) -> str | None:
        return next((s.timezone for s in self.site_bar.sites if s.id == site_id), None)

    def _approve_rule(self) -> tuple[bool, str]:
        """Whether Save and approve is offered, and why not: the site's four-eyes rule wants someone
        other than the plan's creator (who is the one saving it) to approve."""
        site = self.current_site()
        if site is not None and site.four_eyes and self._can_approve():
            return False, self.tr("Four-eyes rule at {site}: save the plan, then someone else approves it").format(
                site=site.name
            )
        return self._can_approve(), ""

    def _can_approve(self) -> bool:
        site = self.current_site()
        return (
            site is not None
            and self._principal.can(Permission.FLEET_OPERATE)
            and self._principal.can_access_site(site.id)
        )

    # -- plans: selection, actions --------------------------------------------------------------------
    def _plan_selected(self, plan_id: uuid.UUID | None) -> None:
        if plan_id is None or plan_id == self.plan_id:
            self._update_actions()
            return
        self.plan_id = plan_id
        self._update_actions()
        self.schedule_refresh()

    def open_plan(self, plan_id: uuid.UUID) -> None:
        """Follow a plan in the Execution view."""
        if plan_id != self.plan_id:
            self.plan_id = plan_id
            self.detail = None
        self.history.select_plan(plan_id, emit=False)
        self.pages.setCurrentWidget(self.execution)
        self._update_actions()
        self.schedule_refresh()

    def current_plan(self) -> PlanSummary | None:
        if self.plan_id is None:
            return None
        if self.detail is not None and self.detail.summary.id == self.plan_id:
            listed = self.history.plan(self.plan_id)
            # the fresher of the two copies (a version bump means the other is older)
            if listed is not None and listed.version > self.detail.summary.version:
                return listed
            return self.detail.summary
        return self.history.plan(self.plan_id)

    def _update_actions(self) -> None:
        plan = self.current_plan()
        if plan is not None and plan.id in self.commands.run_tasks and plan.state not in RUNNING_STATES:
            # started here a moment ago: Stop is offered before the next read says it executes
            plan = dataclasses.replace(plan, state="executing" if plan.state == "approved" else plan.state)
        self.plan_actions.update(
            plan,
            running=plan is not None and plan.id in self.commands.run_tasks,
            busy=self.commands.action_task is not None,
        )
        self.history.export_button.setEnabled(plan is not None)

    def request_action(self, action: PlanAction) -> QMessageBox | None:
        """Ask first; then approve/cancel (one service call) or execute/recover (the injected runner)."""
        plan = self.current_plan()
        if plan is None or not self.plan_actions.enabled(action):
            return None
        return self.commands.ask(action, plan)

    def _commands_done(self) -> None:
        self._update_actions()
        self.schedule_refresh()

    # -- shed the rest, power price ---------------------------------------------------------------------
    def shed_the_rest(self, plan: PlanSummary, short_kw: float) -> None:
        """A follow-up plan for what a run fell short by: the form prefilled (same site, target the
        shortfall) and previewed; saving, approving and executing it stay the user's steps."""
        index = self.site_combo.findData(plan.site_id)
        if index >= 0 and index != self.site_combo.currentIndex():
            self.site_combo.setCurrentIndex(index)
        editor = self.editor
        editor.target.setText(f"{math.ceil(short_kw * 10) / 10:g}")
        editor.name.setText(self.tr("{name} — the rest").format(name=plan.name)[:120])
        editor.trigger.set_kind("manual")
        editor.changed.emit()
        self._show_plan_page()
        text = self.tr("Follow-up for “{name}”, which fell short by {short}").format(
            name=plan.name, short=f"{number(short_kw, 1)} kW"
        )
        if plan.figures is not None and self.power is not None and self.power.site_id == plan.site_id:
            gap = plan.figures.gap_kw(self.power.power_now_kw)
            if abs(gap - short_kw) >= 0.1:  # the site moved since the run settled: say where it is now
                where = (
                    self.tr(" (the site is {kw} above that plan's target now)")
                    if gap > 0
                    else self.tr(" (the site is {kw} below that plan's target now)")
                )
                text += where.format(kw=f"{number(abs(gap), 1)} kW")
        self.show_notice(text + self.tr(": check the preview, then save it."), NOTE_COLOR)
        self.start_preview()

    def open_price_dialog(self) -> QInputDialog | None:
        """Set price…: the site's power price now, in $/kWh (what price-triggered plans watch)."""
        site = self.current_site()
        return self.price_entry.open_dialog(site, self.price) if site is not None else None

    @property
    def price_task(self) -> asyncio.Task[None] | None:
        return self.price_entry.task

    # -- report ---------------------------------------------------------------------------------------
    def open_export_dialog(self) -> QFileDialog | None:
        """The save dialog for the current plan's report (Ctrl+E); returns it for tests."""
        plan = self.current_plan()
        return self.commands.open_export_dialog(plan) if plan is not None else None

    # -- notices, focus, state --------------------------------------------------------------------------
    def show_notice(self, text: str, tone: str = "") -> None:
        self.notice.setText(text)
        set_tone(self.notice, tone or None, bold=True)
        self._notice_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        built = hasattr(self, "history")  # palette changes while the constructor runs restyle nothing
        if built and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.preview_panel.restyle()  # colours worked out from the palette, worked out again
            self.site_bar.restyle()
            if self.detail is not None:
                self.execution.show_detail(self.detail)
            self._show_power()
        super().changeEvent(event)

    def _focus_filter(self) -> None:
        page = self.pages.currentWidget()
        page = self.preview_panel if page is self.splitter else page
        box = getattr(page, "filter_box", None)
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def _saved_state(self) -> dict[str, Any]:
        state = self._context.settings.extra.get(SETTINGS_KEY)
        return state if isinstance(state, dict) else {}

    def _apply_saved_state(self) -> None:
        state = self._state
        for splitter, key in ((self.splitter, "splitter"), (self.preview_panel.splitter, "preview_splitter")):
            if isinstance(state.get(key), str):
                splitter.restoreState(QByteArray.fromBase64(state[key].encode()))
        if isinstance(state.get("page"), int) and 0 <= state["page"] < self.pages.count():
            self.pages.setCurrentIndex(state["page"])
        self.history.all_sites.setChecked(bool(state.get("all_sites")))
        if isinstance(state.get("form"), dict):
            self.editor.apply_state(state["form"])
        self.preview_panel.set_can_approve(False)

    def save_state(self) -> None:
        """Splitters, page, site, scope and the form, in settings.extra["curtailment"]."""
        site = self.current_site()
        self._context.settings.extra[SETTINGS_KEY] = {
            "splitter": bytes(self.splitter.saveState().toBase64().data()).decode(),
            "preview_splitter": bytes(self.preview_panel.splitter.saveState().toBase64().data()).decode(),
            "page": self.pages.currentIndex(),
            "site_id": str(site.id) if site is not None else self._state.get("site_id"),
            "all_sites": self.history.all_sites.isChecked(),
            "form": self.editor.state(),
        }
        try:
            self._context.save_settings()
        except OSError as exc:
            log.warning("curtailment: settings not saved: %s", exc)
