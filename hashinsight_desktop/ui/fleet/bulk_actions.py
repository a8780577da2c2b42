"""Bulk actions on the selected miners (reboot, sleep, wake, power target, power mode, pool): confirmation naming how
many (and how many of them their firmware will refuse), then the control service through each miner's
firmware family (services/devices) with the site's miner logins, on a plain asyncio loop of its own in a
worker thread (device_job.py), each miner's result shown as it arrives.

An action none of the selected miners' firmware can do is disabled, its tooltip saying why; one only
some of them can do stays enabled and says how many will be refused (action_gate.py)."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMessageBox,
    QToolButton,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer import DEFAULT_TIMEOUTS, ControlChannel, Timeouts
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet import pool_passwords
from hashinsight_desktop.services.fleet.control import (
    Action,
    ControlResult,
    ControlTarget,
    control_targets,
    run_action,
)
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.fleet.pool_passwords import ResolvedPool
from hashinsight_desktop.services.fleet.power_prediction import MinerBase, load_bases
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.secret_store import SecretStoreError
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import confirm, show_error
from hashinsight_desktop.ui.fleet.action_dialogs import (
    ActionResultsDialog,
    ModeDialog,
    PowerSetting,
    PowerTargetDialog,
    miners_text,
    title,
)
from hashinsight_desktop.ui.fleet.action_gate import Gate, distinct_capabilities, explain, gate, gate_of, value_refusals
from hashinsight_desktop.ui.fleet.device_job import DeviceJob, on_gui
from hashinsight_desktop.ui.fleet.pool_dialog import PoolChoice, PoolDialog
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.save_retry import offer_retry

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("BulkActions", text)


def consequence(action: Action) -> str:
    return {
        Action.REBOOT: _t("They stop hashing for a few minutes while they restart."),
        Action.SLEEP: _t("They stop hashing and draw about 25 W each until woken."),
        Action.WAKE: _t("They resume hashing at full power: check the site has the power headroom."),
        Action.POWER_TARGET: _t("Their hashrate follows their power."),
        Action.MODE: _t("Their power and hashrate change with the mode; firmware takes up to a minute to settle."),
        Action.POOL: _t("They mine for that pool and worker from now on; work in flight for the old pool is lost."),
    }[action]


def question(action: Action, rows: list[MinerRow], power: PowerSetting | ResolvedPool | None = None) -> str:
    sites = len({r.site_id for r in rows})
    where = ""
    if sites > 1:
        where = _t(" across {n} sites").format(n=sites)
    elif rows:
        where = _t(" at {site}").format(site=rows[0].site)
    count = miners_text(len(rows))
    verb = {
        Action.REBOOT: _t("Reboot {count}{where}?"),
        Action.SLEEP: _t("Put {count}{where} to sleep?"),
        Action.WAKE: _t("Wake {count}{where}?"),
        Action.POWER_TARGET: _t("Set the power target of {count}{where} to {power}?"),
        Action.MODE: _t("Put {count}{where} in {power}?"),
        Action.POOL: _t("Switch {count}{where} to the pool {power}?"),
    }[action].format(
        count=count,
        where=where,
        power=power.pool.describe() if isinstance(power, ResolvedPool) else power.describe() if power else "",
    )
    text = f"{verb}\n{consequence(action)}"
    if isinstance(power, ResolvedPool):
        text += (
            "\n"
            + {
                "given": _t("Password: the one typed now."),
                "keyring": _t("Password: the one stored in the keyring for this pool and worker."),
                "default": _t("Password: x (nothing stored in the keyring for this pool and worker)."),
            }[power.source]
        )
    refusals = _refusals(action, rows, power)
    if refusals:
        refused = sum(refusals.values())
        reasons = explain(refusals.most_common())
        text += "\n\n" + _t("{n} of them will be refused, nothing sent to them: {why}.").format(
            n=grouped(refused), why=reasons
        )
    return text


def _refusals(action: Action, rows: list[MinerRow], power: PowerSetting | ResolvedPool | None) -> Counter[str]:
    if isinstance(power, ResolvedPool):
        return value_refusals(rows, action, pool=power.pool)
    if action in (Action.POWER_TARGET, Action.MODE) and power is not None:
        return value_refusals(rows, action, **{power.unit: power.value})
    found = gate(action, rows)
    return Counter(dict(found.reasons))


def targets_for(rows: list[MinerRow]) -> list[ControlTarget]:
    """Targets as the rows show them, without family or login: what the tab sent before identification
    existed. Kept for tests that compare; the tab builds targets with ``control_targets``."""
    return [ControlTarget(r.id, r.site_id, r.ip_address, r.port, r.dialect) for r in rows]


class BulkActions(QObject):
    """The actions, enabled for principals with FLEET_OPERATE while miners whose firmware can take them
    are selected. ``gates_changed`` fires with a line for the tab's status text (empty: nothing to say)."""

    gates_changed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        selected: Callable[[], list[MinerRow]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._selected = selected
        self._parent = parent
        self.can_operate = principal.can(Permission.FLEET_OPERATE)
        self.timeouts: Timeouts = DEFAULT_TIMEOUTS
        self.task: asyncio.Task[None] | None = None
        self.job: DeviceJob[list[ControlResult]] | None = None
        self.confirm_box: QMessageBox | None = None  # the open confirmation (tests press its buttons)
        self.power_dialog: PowerTargetDialog | None = None
        self.mode_dialog: ModeDialog | None = None
        self.pool_dialog: PoolDialog | None = None
        self.prediction_task: asyncio.Task[None] | None = None  # strong reference while the figures are read
        self.results_dialog: ActionResultsDialog | None = None
        self.gates: dict[Action, Gate] = {}
        self.status_text = ""
        self.actions: dict[Action, QAction] = {}
        for action in Action:
            text = title(action) + ("…" if action in (Action.POWER_TARGET, Action.MODE, Action.POOL) else "")
            qaction = QAction(text, self)
            qaction.setIconText(text)  # a tool button shows the icon text, which drops the "…"
            qaction.triggered.connect(lambda _checked=False, a=action: self.request(a))
            self.actions[action] = qaction
        self.update_enabled(0)

    def buttons(self) -> list[QToolButton]:
        """One text button per action, for a toolbar."""
        buttons = []
        for qaction in self.actions.values():
            button = QToolButton()
            button.setDefaultAction(qaction)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)
        return buttons

    def update_enabled(self, selected_count: int, rows: list[MinerRow] | None = None) -> None:
        """Enable each action for the selection; ``rows`` (the selected miners) lets the firmware decide."""
        busy = self.task is not None
        groups = distinct_capabilities(rows) if rows and self.can_operate and not busy else []
        self.gates = {a: gate_of(a, groups) for a in Action} if groups else {}
        lines = []
        for action, qaction in self.actions.items():
            found = self.gates.get(action)
            able = found is None or found.enabled
            qaction.setEnabled(self.can_operate and selected_count > 0 and not busy and able)
            if not self.can_operate:
                tip = _t("Your role ({role}) may not operate miners").format(role=self._principal.role.value)
            elif busy:
                tip = _t("Another bulk action is still running")
            elif selected_count == 0:
                tip = _t("Select miners in the table first")
            else:
                tip = _t("{action} the {miners} selected").format(
                    action=title(action), miners=miners_text(selected_count)
                )
                if found is not None and found.summary():
                    tip = f"{title(action)}: {found.summary()}"
                    lines.append(tip)
            qaction.setToolTip(tip)
        self.status_text = "\n".join(lines)
        self.gates_changed.emit(self.status_text)

    def request(self, action: Action) -> None:
        rows = self._selected()
        if not self.can_operate or not rows or self.task is not None:
            return
        if not gate(action, rows).enabled:
            return
        if action is Action.POWER_TARGET:
            self.power_dialog = PowerTargetDialog(
                rows, lambda power: self._confirm(action, rows, power), self._parent, predicted=True
            )
            self.power_dialog.open()  # not exec(): qasync cannot nest event loops
            self.prediction_task = self.predict(self.power_dialog, rows)
            return
        if action is Action.POOL:
            self.pool_dialog = PoolDialog(
                rows, lambda choice: self.prepare_pool(rows, choice), self._parent, self._context.secrets
            )
            self.pool_dialog.open()
            return
        if action is Action.MODE:
            self.mode_dialog = ModeDialog(rows, lambda mode: self._confirm(action, rows, mode), self._parent)
            self.mode_dialog.open()
            return
        self._confirm(action, rows, None)

    @qasync.asyncSlot(object, object)
    async def predict(self, dialog: PowerTargetDialog, rows: list[MinerRow]) -> None:
        """Each selected miner's full level, read off the GUI thread (10,000 miners take a second), into the
        dialog's prediction; unreadable: the prediction says so and the target can still be set."""
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return  # closed before this task's first step: nothing to read for
        self.prediction_task = asyncio.current_task()

        def load() -> list[MinerBase]:
            with self._context.database.session_factory() as session:
                return load_bases(session, self._principal, [r.id for r in rows], self._context.clock())

        try:
            bases = await asyncio.to_thread(load)
        except (ServiceError, SQLAlchemyError) as exc:
            log.warning("power prediction unavailable: %s", exc)
            bases = None
        finally:
            self.prediction_task = None
        if shiboken6.isValid(dialog) and dialog.prediction is not None:
            if bases is None:
                dialog.prediction.total.setText(_t("No prediction: the miners' figures could not be read."))
            else:
                dialog.prediction.set_bases(bases)

    @qasync.asyncSlot(object, object)
    async def prepare_pool(self, rows: list[MinerRow], choice: PoolChoice) -> None:
        """The password (typed, the keyring's, or x) is found and, if asked, stored, off the GUI thread; then
        the confirmation says which one goes out."""
        self.pool_dialog = None
        try:
            resolved = await asyncio.to_thread(
                pool_passwords.resolve, self._context.secrets, choice.url, choice.worker, choice.password or None
            )
            if choice.remember:
                await asyncio.to_thread(self._remember_pool, resolved)
        except (ServiceError, SecretStoreError) as exc:
            if shiboken6.isValid(self._parent):
                show_error(self._parent, title(Action.POOL), render_error(exc, QCoreApplication.translate))
            return
        except SQLAlchemyError as exc:  # the pool typed is kept: Retry stores it and asks to confirm again
            if shiboken6.isValid(self._parent):
                offer_retry(self._parent, title(Action.POOL), exc, lambda: self.prepare_pool(rows, choice))
            return
        if shiboken6.isValid(self._parent):
            self._confirm(Action.POOL, rows, resolved)

    def _remember_pool(self, resolved: ResolvedPool) -> None:
        with unit_of_work(self._context.database.session_factory) as session:
            pool_passwords.remember(
                session, self._principal, self._context.secrets, resolved.pool, clock=self._context.clock
            )

    def _confirm(self, action: Action, rows: list[MinerRow], power: PowerSetting | ResolvedPool | None) -> None:
        self.power_dialog = None
        self.mode_dialog = None
        self.confirm_box = confirm(
            self._parent, title(action), question(action, rows, power), lambda: self.start(action, rows, power)
        )

    def start(
        self, action: Action, rows: list[MinerRow], power: PowerSetting | ResolvedPool | int | None = None
    ) -> None:
        if isinstance(power, int):
            power = PowerSetting("percent", power)
        self.confirm_box = None
        self.results_dialog = ActionResultsDialog(action, len(rows), self._parent)
        self.results_dialog.show()  # non-modal: results keep arriving while the operator works
        self.task = self.run(action, rows, power)
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        rows = self._selected()
        self.update_enabled(len(rows), rows)

    def _targets_in_thread(self, rows: list[MinerRow]) -> list[ControlTarget]:
        store = CredentialStore.from_settings(self._context.secrets, self._context.settings.extra)
        with self._context.database.session_factory() as session:
            return control_targets(session, self._principal, [r.id for r in rows], store)

    @qasync.asyncSlot(object, object, object)
    async def run(self, action: Action, rows: list[MinerRow], value: PowerSetting | ResolvedPool | None) -> None:
        self.task = asyncio.current_task()
        dialog = self.results_dialog
        if dialog is None:
            dialog = self.results_dialog = ActionResultsDialog(action, len(rows), self._parent)
            dialog.show()

        def on_result(result: ControlResult) -> None:
            if shiboken6.isValid(dialog):
                dialog.add_result(result)

        error = None
        try:
            # Each miner as stored (family, capabilities) with its site's login; read in a worker thread.
            targets = await asyncio.to_thread(self._targets_in_thread, rows)
            power = value if isinstance(value, PowerSetting) else None
            self.job = DeviceJob(
                run_action(
                    self._context.database.session_factory,
                    self._principal,
                    targets,
                    action,
                    power_pct=power.value if power is not None and power.unit == "percent" else None,
                    watts=power.value if power is not None and power.unit == "watts" else None,
                    mode=str(power.value) if power is not None and power.unit == "mode" else None,
                    pool=value.pool if isinstance(value, ResolvedPool) else None,
                    channel=ControlChannel(self.timeouts),
                    clock=self._context.clock,
                    on_result=on_gui(asyncio.get_running_loop(), on_result),
                )
            )
            await self.job.run()
            await asyncio.sleep(0)  # the last results handed over from the worker thread are shown first
        except ServiceError as exc:
            error = render_error(exc, QCoreApplication.translate)
        except Exception as exc:  # the database went away mid-run: say so, keep the results shown
            log.exception("bulk %s failed", action.value)
            error = _t("{action} stopped: {error}").format(action=title(action), error=exc)
        finally:
            self.task = None
            self.job = None
        if shiboken6.isValid(dialog):
            dialog.finish(error)
        if shiboken6.isValid(self):
            self._refresh_enabled()
