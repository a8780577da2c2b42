"""Identify the selected miners again (make, model, firmware, family, capabilities): through pyasic on a
plain asyncio loop of its own in a worker thread, with a progress dialog and a cancel that keeps what was
found so far."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.identification import Identified, identify_miners
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.fleet.device_job import DeviceJob, on_gui
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("IdentifyAction", text)


def tally(found: list[Identified]) -> str:
    """ "3 stock Antminer, 2 Whatsminer" (most first)."""
    counts = Counter(item.identity.family.label for item in found)
    return ", ".join(f"{grouped(n)} {family}" for family, n in counts.most_common())


class IdentifyDialog(QDialog):
    """Progress of one identification: how many answered, by family; Cancel stops it (what was found is kept)."""

    def __init__(self, total: int, on_cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = total
        self.found: list[Identified] = []
        self.setWindowTitle(_t("Identify {n} miners").format(n=grouped(total)))
        self.resize(520, 160)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(total, 1))
        self.buttons = QDialogButtonBox()
        self.cancel_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button.clicked.connect(on_cancel)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show()

    def add(self, item: Identified) -> None:
        self.found.append(item)
        self._show()

    def _show(self) -> None:
        self.progress.setValue(len(self.found))
        text = _t("Asking {n} miners who they are… {done} answered").format(
            n=grouped(self.total), done=grouped(len(self.found))
        )
        if self.found:
            text += f": {tally(self.found)}"
        self.summary.setText(text)

    def finish(self, found: list[Identified] | None, error: str | None = None, cancelled: bool = False) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.close_button.show()
        if error is not None:
            self.summary.setText(error)
            tone = BAD_COLOR
        elif cancelled:
            kept = len(self.found)
            self.summary.setText(
                _t("Cancelled: {kept} of {n} identified and stored ({tally}); the others keep what they had.").format(
                    kept=grouped(kept), n=grouped(self.total), tally=tally(self.found) or "—"
                )
            )
            tone = NOTE_COLOR
        else:
            found = found or []
            self.summary.setText(
                _t("Identified {n} miners: {tally}.").format(n=grouped(len(found)), tally=tally(found) or "—")
            )
            tone = OK_COLOR
        set_tone(self.summary, tone, bold=True)


class IdentifyAction(QObject):
    """The "Identify" action of the Fleet tab; ``finished`` fires when the stored identities changed."""

    finished = Signal()

    def __init__(
        self, context: AppContext, principal: Principal, selected: Callable[[], list[MinerRow]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._selected = selected
        self._parent = parent
        self.can_operate = principal.can(Permission.FLEET_OPERATE)
        self.task: asyncio.Task[None] | None = None
        self.job: DeviceJob[list[Identified]] | None = None
        self.dialog: IdentifyDialog | None = None
        self.action = QAction(_t("Identify"), self)
        self.action.triggered.connect(lambda _checked=False: self.request())
        self.update_enabled(0)

    def update_enabled(self, selected_count: int) -> None:
        busy = self.task is not None
        self.action.setEnabled(self.can_operate and selected_count > 0 and not busy)
        if not self.can_operate:
            tip = _t("Your role ({role}) may not operate miners").format(role=self._principal.role.value)
        elif busy:
            tip = _t("An identification is still running")
        elif selected_count == 0:
            tip = _t("Select miners in the table first")
        else:
            tip = _t(
                "Ask the {n} selected miners their make, model and firmware, and what their firmware can do"
            ).format(n=grouped(selected_count))
        self.action.setToolTip(tip)

    def request(self) -> asyncio.Task[None] | None:
        rows = self._selected()
        if not self.can_operate or not rows or self.task is not None:
            return None
        self.dialog = IdentifyDialog(len(rows), self.cancel, self._parent)
        self.dialog.show()  # non-modal: the operator keeps working while the miners answer
        self.task = self.run(rows)
        self.update_enabled(len(rows))
        return self.task

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.dialog is not None and shiboken6.isValid(self.dialog):
                self.dialog.cancel_button.setEnabled(False)

    @qasync.asyncSlot(object)
    async def run(self, rows: list[MinerRow]) -> None:
        self.task = asyncio.current_task()
        dialog = self.dialog

        def on_identified(item: Identified) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.add(item)

        store = CredentialStore.from_settings(self._context.secrets, self._context.settings.extra)
        self.job = DeviceJob(
            identify_miners(
                self._context.database.session_factory,
                self._principal,
                [r.id for r in rows],
                credentials=store,
                clock=self._context.clock,
                on_identified=on_gui(asyncio.get_running_loop(), on_identified),
            )
        )
        found: list[Identified] | None = None
        error, cancelled = None, False
        try:
            found = await self.job.run()
            await asyncio.sleep(0)  # the last progress handed over from the worker thread first
        except asyncio.CancelledError:
            if not self.job.cancelled:
                raise  # the tab is going away, not the operator's cancel
            cancelled = True
        except ServiceError as exc:
            error = render_error(exc, QCoreApplication.translate)
        except Exception as exc:
            log.exception("identify failed")
            error = _t("Identification stopped: {error}").format(error=exc)
        finally:
            self.task = None
            self.job = None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.finish(found, error, cancelled)
        if shiboken6.isValid(self):
            self.update_enabled(len(self._selected()))
            self.finished.emit()
