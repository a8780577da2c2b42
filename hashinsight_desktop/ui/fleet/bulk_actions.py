"""Bulk actions on the selected miners (reboot, sleep, wake, power target): confirmation naming how
many, then the control service on the asyncio loop, each miner's result shown as it arrives."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.control import Action, ControlResult, ControlTarget, run_action
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.ui.common import ListTableModel, confirm, record_table
from hashinsight_desktop.ui.fleet.formatting import is_dark
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, TONES, tone_color

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

TITLES = {Action.REBOOT: "Reboot", Action.SLEEP: "Sleep", Action.WAKE: "Wake", Action.POWER_TARGET: "Power target"}
CONSEQUENCES = {
    Action.REBOOT: "They stop hashing for a few minutes while they restart.",
    Action.SLEEP: "They stop hashing and draw about 25 W each until woken.",
    Action.WAKE: "They resume hashing at full power: check the site has the power headroom.",
    Action.POWER_TARGET: "Their hashrate follows their power.",
}


def _miners(count: int) -> str:
    return f"{count:,} miner" + ("" if count == 1 else "s")


def question(action: Action, rows: list[MinerRow], power_pct: int | None = None) -> str:
    sites = len({r.site_id for r in rows})
    where = f" across {sites} sites" if sites > 1 else f" at {rows[0].site}" if rows else ""
    verb = {
        Action.REBOOT: f"Reboot {_miners(len(rows))}{where}?",
        Action.SLEEP: f"Put {_miners(len(rows))}{where} to sleep?",
        Action.WAKE: f"Wake {_miners(len(rows))}{where}?",
        Action.POWER_TARGET: f"Set the power target of {_miners(len(rows))}{where} to {power_pct} % of nominal?",
    }[action]
    return f"{verb}\n{CONSEQUENCES[action]}"


def targets_for(rows: list[MinerRow]) -> list[ControlTarget]:
    return [ControlTarget(r.id, r.site_id, r.ip_address, r.port, r.dialect) for r in rows]


class ResultsModel(ListTableModel[ControlResult]):
    """Per-miner results, appended as they arrive (no reset per result)."""

    HEADERS = ("Host", "Result", "Detail")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (result.host, "OK" if result.ok else "Failed", result.detail)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(TONES["ok" if result.ok else "bad"][is_dark()])
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
        self.setWindowTitle(f"{TITLES[action]} — {_miners(total)}")
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

    def add_result(self, result: ControlResult) -> None:
        self.model.append(result)
        self._show_progress()

    def _show_progress(self) -> None:
        done = len(self.model.rows)
        self.progress.setValue(done)
        self.summary.setText(f"Sending to {_miners(self.total)}… {done:,} answered, {self.accepted_count:,} accepted")

    def finish(self, error: str | None = None) -> None:
        self.progress.hide()
        if error is not None:
            self.summary.setText(error)
            tone = BAD_COLOR
        else:
            failed = len(self.model.rows) - self.accepted_count
            self.summary.setText(
                f"{self.accepted_count:,} of {self.total:,} accepted" + (f", {failed:,} failed" if failed else "")
            )
            tone = OK_COLOR if failed == 0 else BAD_COLOR
        self.summary.setStyleSheet(f"color: {tone_color(self, tone)}; font-weight: 600;")


class PowerTargetDialog(QDialog):
    """Asks the power target in percent of nominal power; ``on_accept(pct)`` on OK."""

    def __init__(self, count: int, on_accept: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Power target")
        self.spin = QSpinBox()
        self.spin.setRange(10, 120)
        self.spin.setValue(100)
        self.spin.setSuffix(" %")
        self.spin.setAccessibleName("Power target in percent of nominal power")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Power target for {_miners(count)}, in percent of each model's nominal power:"))
        layout.addWidget(self.spin)
        layout.addWidget(buttons)
        self.accepted.connect(lambda: on_accept(self.spin.value()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class BulkActions(QObject):
    """The actions, enabled for principals with FLEET_OPERATE while miners are selected."""

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
        self.confirm_box: QMessageBox | None = None  # the open confirmation (tests press its buttons)
        self.power_dialog: PowerTargetDialog | None = None
        self.results_dialog: ActionResultsDialog | None = None
        self.actions: dict[Action, QAction] = {}
        for action in Action:
            text = TITLES[action] + ("…" if action is Action.POWER_TARGET else "")
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

    def update_enabled(self, selected_count: int) -> None:
        busy = self.task is not None
        for action, qaction in self.actions.items():
            qaction.setEnabled(self.can_operate and selected_count > 0 and not busy)
            if not self.can_operate:
                tip = f"Your role ({self._principal.role.value}) may not operate miners"
            elif busy:
                tip = "Another bulk action is still running"
            elif selected_count == 0:
                tip = "Select miners in the table first"
            else:
                tip = f"{TITLES[action]} the {_miners(selected_count)} selected"
            qaction.setToolTip(tip)

    def request(self, action: Action) -> None:
        rows = self._selected()
        if not self.can_operate or not rows or self.task is not None:
            return
        if action is Action.POWER_TARGET:
            self.power_dialog = PowerTargetDialog(len(rows), lambda pct: self._confirm(action, rows, pct), self._parent)
            self.power_dialog.open()  # not exec(): qasync cannot nest event loops
            return
        self._confirm(action, rows, None)

    def _confirm(self, action: Action, rows: list[MinerRow], power_pct: int | None) -> None:
        self.power_dialog = None
        self.confirm_box = confirm(
            self._parent, TITLES[action], question(action, rows, power_pct), lambda: self.start(action, rows, power_pct)
        )

    def start(self, action: Action, rows: list[MinerRow], power_pct: int | None = None) -> None:
        self.confirm_box = None
        self.results_dialog = ActionResultsDialog(action, len(rows), self._parent)
        self.results_dialog.show()  # non-modal: results keep arriving while the operator works
        self.task = self.run(action, rows, power_pct)
        self.update_enabled(len(self._selected()))

    @qasync.asyncSlot(object, object, object)
    async def run(self, action: Action, rows: list[MinerRow], power_pct: int | None) -> None:
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
            await run_action(
                self._context.database.session_factory,
                self._principal,
                targets_for(rows),
                action,
                power_pct=power_pct,
                channel=ControlChannel(self.timeouts),
                clock=self._context.clock,
                on_result=on_result,
            )
        except ServiceError as exc:
            error = str(exc)
        except Exception as exc:  # the database went away mid-run: say so, keep the results shown
            log.exception("bulk %s failed", action.value)
            error = f"{TITLES[action]} stopped: {exc}"
        finally:
            self.task = None
        if shiboken6.isValid(dialog):
            dialog.finish(error)
        if shiboken6.isValid(self):
            self.update_enabled(len(self._selected()))
