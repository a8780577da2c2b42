"""Bulk actions on the selected miners (reboot, sleep, wake, power target): confirmation naming how
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
from dataclasses import dataclass
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer import DEFAULT_TIMEOUTS, ControlChannel, Timeouts
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.control import (
    POWER_PCT_RANGE,
    Action,
    ControlResult,
    ControlTarget,
    control_targets,
    run_action,
)
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.ui.common import ListTableModel, confirm, record_table
from hashinsight_desktop.ui.fleet.action_gate import Gate, gate, value_refusals
from hashinsight_desktop.ui.fleet.device_job import DeviceJob, on_gui
from hashinsight_desktop.ui.fleet.formatting import is_dark
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, TONES, tone_color

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("BulkActions", text)


def title(action: Action) -> str:
    return {
        Action.REBOOT: _t("Reboot"),
        Action.SLEEP: _t("Sleep"),
        Action.WAKE: _t("Wake"),
        Action.POWER_TARGET: _t("Power target"),
    }[action]


def consequence(action: Action) -> str:
    return {
        Action.REBOOT: _t("They stop hashing for a few minutes while they restart."),
        Action.SLEEP: _t("They stop hashing and draw about 25 W each until woken."),
        Action.WAKE: _t("They resume hashing at full power: check the site has the power headroom."),
        Action.POWER_TARGET: _t("Their hashrate follows their power."),
    }[action]


def _miners(count: int) -> str:
    return (_t("{n} miner") if count == 1 else _t("{n} miners")).format(n=f"{count:,}")


@dataclass(frozen=True)
class PowerSetting:
    """The power target asked: ``value`` in ``unit`` ("percent" of nominal or "watts")."""

    unit: str
    value: int

    def describe(self) -> str:
        return _t("{v} % of nominal").format(v=self.value) if self.unit == "percent" else f"{self.value:,} W"


def question(action: Action, rows: list[MinerRow], power: PowerSetting | None = None) -> str:
    sites = len({r.site_id for r in rows})
    where = ""
    if sites > 1:
        where = _t(" across {n} sites").format(n=sites)
    elif rows:
        where = _t(" at {site}").format(site=rows[0].site)
    count = _miners(len(rows))
    verb = {
        Action.REBOOT: _t("Reboot {count}{where}?"),
        Action.SLEEP: _t("Put {count}{where} to sleep?"),
        Action.WAKE: _t("Wake {count}{where}?"),
        Action.POWER_TARGET: _t("Set the power target of {count}{where} to {power}?"),
    }[action].format(count=count, where=where, power=power.describe() if power else "")
    text = f"{verb}\n{consequence(action)}"
    refusals = _refusals(action, rows, power)
    if refusals:
        refused = sum(refusals.values())
        several = len(refusals) > 1
        reasons = "; ".join(f"{reason} ({n:,})" if several else reason for reason, n in refusals.most_common(3))
        text += "\n\n" + _t("{n} of them will be refused, nothing sent to them: {why}.").format(
            n=f"{refused:,}", why=reasons
        )
    return text


def _refusals(action: Action, rows: list[MinerRow], power: PowerSetting | None) -> Counter[str]:
    if action is Action.POWER_TARGET and power is not None:
        return value_refusals(rows, **{power.unit: power.value})
    found = gate(action, rows)
    return Counter(dict(found.reasons))


def targets_for(rows: list[MinerRow]) -> list[ControlTarget]:
    """Targets as the rows show them, without family or login: what the tab sent before identification
    existed. Kept for tests that compare; the tab builds targets with ``control_targets``."""
    return [ControlTarget(r.id, r.site_id, r.ip_address, r.port, r.dialect) for r in rows]


class ResultsModel(ListTableModel[ControlResult]):
    """Per-miner results, appended as they arrive (no reset per result)."""

    HEADERS = ("Host", "Result", "Detail")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_t("Host"), _t("Result"), _t("Detail"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            outcome = _t("OK") if result.ok else _t("Refused") if result.refused else _t("Failed")
            return (result.host, outcome, result.detail)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(TONES["ok" if result.ok else "note" if result.refused else "bad"][is_dark()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return result.detail
        return None

    def append(self, result: ControlResult) -> None:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(result)
        self.endInsertRows()


class ActionResultsDialog(QDialog):
    def __init__(self, action: Action, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.total = total
        self.setWindowTitle(f"{title(action)} — {_miners(total)}")
        self.resize(640, 420)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(total, 1))
        self.model = ResultsModel(self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, self.table.fontMetrics().horizontalAdvance("255.255.255.255") + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._show_progress()

    @property
    def accepted_count(self) -> int:
        return sum(1 for r in self.model.rows if r.ok)

    @property
    def refused_count(self) -> int:
        return sum(1 for r in self.model.rows if r.refused)

    def add_result(self, result: ControlResult) -> None:
        self.model.append(result)
        self._show_progress()

    def _show_progress(self) -> None:
        done = len(self.model.rows)
        self.progress.setValue(done)
        self.summary.setText(
            _t("Sending to {miners}… {done} answered, {ok} accepted").format(
                miners=_miners(self.total), done=f"{done:,}", ok=f"{self.accepted_count:,}"
            )
        )

    def finish(self, error: str | None = None) -> None:
        self.progress.hide()
        if error is not None:
            self.summary.setText(error)
            tone = BAD_COLOR
        else:
            refused = self.refused_count
            failed = len(self.model.rows) - self.accepted_count - refused
            text = _t("{ok} of {total} accepted").format(ok=f"{self.accepted_count:,}", total=f"{self.total:,}")
            if failed:
                text += _t(", {n} failed").format(n=f"{failed:,}")
            if refused:
                text += _t(", {n} refused (their firmware cannot: nothing sent)").format(n=f"{refused:,}")
            self.summary.setText(text)
            tone = OK_COLOR if failed == 0 and refused == 0 else NOTE_COLOR if failed == 0 else BAD_COLOR
        self.summary.setStyleSheet(f"color: {tone_color(self, tone)}; font-weight: 600;")


class PowerTargetDialog(QDialog):
    """Asks the power target, in percent of nominal power or in watts; ``on_accept(PowerSetting)`` on OK.
    Below the value: how many of the selected miners' firmware will refuse it, and why."""

    def __init__(
        self, rows: list[MinerRow], on_accept: Callable[[PowerSetting], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self.setWindowTitle(_t("Power target"))
        self.unit = QComboBox()
        self.unit.addItem(_t("% of nominal power"), "percent")
        self.unit.addItem(_t("watts"), "watts")
        self.spin = QSpinBox()
        self.spin.setAccessibleName(_t("Power target"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        by_percent = gate(Action.POWER_TARGET, rows, "percent").able
        by_watts = gate(Action.POWER_TARGET, rows, "watts").able
        self.unit.setCurrentIndex(0 if by_percent >= by_watts else 1)
        self._set_range()
        self.unit.currentIndexChanged.connect(self._set_range)
        self.spin.valueChanged.connect(self._show_refusals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.spin, 1)
        row.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Power target for {miners}:").format(miners=_miners(len(rows)))))
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: on_accept(self.setting()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show_refusals()

    def setting(self) -> PowerSetting:
        return PowerSetting(str(self.unit.currentData()), self.spin.value())

    def _set_range(self, *_args: object) -> None:
        if self.unit.currentData() == "percent":
            self.spin.setRange(*POWER_PCT_RANGE)
            self.spin.setValue(100)
            self.spin.setSuffix(" %")
            self.spin.setSingleStep(5)
        else:
            nominal = [r.power_w for r in self._rows if r.power_w]
            self.spin.setRange(100, 20_000)
            self.spin.setValue(int(round(max(nominal, default=3000.0) * 0.8, -1)))
            self.spin.setSuffix(" W")
            self.spin.setSingleStep(50)
        self._show_refusals()

    def _show_refusals(self, *_args: object) -> None:
        setting = self.setting()
        refusals = value_refusals(self._rows, **{setting.unit: setting.value})
        refused = sum(refusals.values())
        if not refused:
            self.note.setText(_t("Every selected miner's firmware takes this."))
            tone = OK_COLOR
        else:
            why = "; ".join(f"{reason} ({n:,})" for reason, n in refusals.most_common(3))
            self.note.setText(
                _t("{n} of the {total} selected will refuse it, nothing sent to them: {why}").format(
                    n=f"{refused:,}", total=f"{len(self._rows):,}", why=why
                )
            )
            tone = NOTE_COLOR if refused < len(self._rows) else BAD_COLOR
        self.note.setStyleSheet(f"color: {tone_color(self, tone)};")


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
        self.results_dialog: ActionResultsDialog | None = None
        self.gates: dict[Action, Gate] = {}
        self.status_text = ""
        self.actions: dict[Action, QAction] = {}
        for action in Action:
            text = title(action) + ("…" if action is Action.POWER_TARGET else "")
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
        self.gates = {a: gate(a, rows) for a in Action} if rows and self.can_operate and not busy else {}
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
                tip = _t("{action} the {miners} selected").format(action=title(action), miners=_miners(selected_count))
                if found is not None and found.summary():
                    tip = f"{title(action)}: {found.summary()}"
                    lines.append(tip)
            qaction.setToolTip(tip)
        self.status_text = " · ".join(lines)
        self.gates_changed.emit(self.status_text)

    def request(self, action: Action) -> None:
        rows = self._selected()
        if not self.can_operate or not rows or self.task is not None:
            return
        if not gate(action, rows).enabled:
            return
        if action is Action.POWER_TARGET:
            self.power_dialog = PowerTargetDialog(rows, lambda power: self._confirm(action, rows, power), self._parent)
            self.power_dialog.open()  # not exec(): qasync cannot nest event loops
            return
        self._confirm(action, rows, None)

    def _confirm(self, action: Action, rows: list[MinerRow], power: PowerSetting | None) -> None:
        self.power_dialog = None
        self.confirm_box = confirm(
            self._parent, title(action), question(action, rows, power), lambda: self.start(action, rows, power)
        )

    def start(self, action: Action, rows: list[MinerRow], power: PowerSetting | int | None = None) -> None:
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
    async def run(self, action: Action, rows: list[MinerRow], power: PowerSetting | None) -> None:
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
            self.job = DeviceJob(
                run_action(
                    self._context.database.session_factory,
                    self._principal,
                    targets,
                    action,
                    power_pct=power.value if power is not None and power.unit == "percent" else None,
                    watts=power.value if power is not None and power.unit == "watts" else None,
                    channel=ControlChannel(self.timeouts),
                    clock=self._context.clock,
                    on_result=on_gui(asyncio.get_running_loop(), on_result),
                )
            )
            await self.job.run()
            await asyncio.sleep(0)  # the last results handed over from the worker thread are shown first
        except ServiceError as exc:
            error = str(exc)
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
