"""Fleet tab → Maintenance… / End maintenance for the selected miners: their alerts silenced for some
hours (or until ended) with a note, through services.telemetry.alert_settings (audited per site)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.telemetry.alert_settings import end_maintenance, set_maintenance
from hashinsight_desktop.ui.fleet.miner_change import MinerChangeActions


class MaintenanceDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Maintenance of {count} miners").format(count=count))
        self.hours = QSpinBox()
        self.hours.setRange(0, 24 * 30)
        self.hours.setValue(4)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setSpecialValueText(self.tr("until ended"))
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("what is being done (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Silence their alerts for"), self.hours)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)


class MaintenanceAction(MinerChangeActions):
    def __init__(
        self, context: AppContext, principal: Principal, selected: Callable[[], list[MinerRow]], parent: QWidget
    ) -> None:
        super().__init__(context, principal, selected, parent)
        self.start_action = QAction(self.tr("Maintenance…"), self)
        self.start_action.setToolTip(self.tr("Silence the selected miners' alerts while they are worked on"))
        self.start_action.triggered.connect(self.request)
        self.end_action = QAction(self.tr("End maintenance"), self)
        self.end_action.triggered.connect(self.end)
        self.update_enabled(0)

    def actions(self) -> list[QAction]:
        return [self.start_action, self.end_action]

    def update_enabled(self, count: int) -> None:
        ready = self.can_operate and count > 0 and self.task is None and self.dialog is None
        for action in self.actions():
            action.setEnabled(ready)

    def request(self) -> MaintenanceDialog | None:
        rows = self._selected()
        if not rows or not self.start_action.isEnabled():
            return None
        dialog = MaintenanceDialog(len(rows), self._parent)
        ids = [row.id for row in rows]

        def save() -> None:
            hours, note = dialog.hours.value(), dialog.note.text()
            until = self._context.clock() + timedelta(hours=hours) if hours else None
            self.run(
                self.tr("{count} miners under maintenance").format(count=len(ids)),
                lambda session: set_maintenance(
                    session, self._principal, ids, until=until, note=note, clock=self._context.clock
                ),
            )

        return self.open_form(dialog, save)

    def end(self) -> asyncio.Task[None] | None:
        ids = [row.id for row in self._selected()]
        if not ids or not self.end_action.isEnabled():
            return None
        done = self.tr("{count} miners out of maintenance").format(count=len(ids))
        return self.run(done, lambda session: end_maintenance(session, self._principal, ids, clock=self._context.clock))

    def run(self, done: str, change: Callable[[object], object]) -> asyncio.Task[None]:
        return self.run_change(done, change, self.tr("Maintenance not changed"))
