"""The bulk pool change's dialog: pool URL, worker and password (empty: the one stored in the keyring for
this pool and worker, else "x"), with how many of the selected miners' firmware will refuse it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hashinsight_desktop.services.devices import PoolSetting
from hashinsight_desktop.services.fleet.control import Action
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.ui.fleet.action_dialogs import miners_text
from hashinsight_desktop.ui.fleet.action_gate import explain, value_refusals
from hashinsight_desktop.ui.keyring_status import KeyringStatusLabel
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, NOTE_COLOR, OK_COLOR, set_tone


def _t(text: str) -> str:
    return QCoreApplication.translate("PoolDialog", text)


@dataclass(frozen=True)
class PoolChoice:
    url: str
    worker: str
    password: str  # empty: the keyring's for this pool and worker, else x
    remember: bool  # store the typed password in the keyring


class PoolDialog(QDialog):
    def __init__(
        self,
        rows: list[MinerRow],
        on_accept: Callable[[PoolChoice], None],
        parent: QWidget | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self.setWindowTitle(_t("Change pool"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 72)
        self.url = QLineEdit()
        self.url.setPlaceholderText(_t("stratum+tcp://pool.example.com:3333"))
        self.worker = QLineEdit()
        self.worker.setPlaceholderText(_t("account.worker"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_t("empty: the one stored in the keyring, else x"))
        self.remember = QCheckBox(_t("Remember it in the keyring for this pool and worker"))
        self.remember.setEnabled(False)
        self.password.textChanged.connect(
            lambda text: self.remember.setEnabled(bool(text))
        )  # nothing typed: nothing to keep
        form = QFormLayout()
        form.addRow(_t("Pool URL:"), self.url)
        form.addRow(_t("Worker:"), self.worker)
        form.addRow(_t("Password:"), self.password)
        form.addRow("", self.remember)
        # Where a typed password would be remembered: the shared line says honestly when nowhere.
        self.keyring = KeyringStatusLabel(secrets) if secrets is not None else None
        self.note = QLabel()
        self.note.setObjectName("poolRefusals")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("New pool for {miners}:").format(miners=miners_text(len(rows)))))
        layout.addLayout(form)
        if self.keyring is not None:
            layout.addWidget(self.keyring)
            if self.keyring.status.kind == "session":
                self.remember.setText(_t("Remember it for this session (no keyring keeps it longer)"))
            elif not self.keyring.persistent:
                form.setRowVisible(self.remember, False)  # nothing could keep it: the line above says why
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        for edit in (self.url, self.worker):
            edit.textChanged.connect(self._show_refusals)
        self.accepted.connect(lambda: on_accept(self.choice()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show_refusals()

    def choice(self) -> PoolChoice:
        typed = self.password.text()
        return PoolChoice(
            self.url.text().strip(), self.worker.text().strip(), typed, bool(typed) and self.remember.isChecked()
        )

    def _show_refusals(self, *_args: object) -> None:
        choice = self.choice()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not choice.url or not choice.worker:
            ok.setEnabled(False)
            self.note.setText(_t("Give the pool URL and the worker name."))
            set_tone(self.note, MUTED)
            return
        refusals = value_refusals(self._rows, Action.POOL, pool=PoolSetting(choice.url, choice.worker))
        refused = sum(refusals.values())
        ok.setEnabled(refused < len(self._rows))
        if not refused:
            self.note.setText(_t("Every selected miner's firmware takes this."))
            tone = OK_COLOR
        else:
            self.note.setText(
                _t("{n} of the {total} selected will refuse it, nothing sent to them: {why}").format(
                    n=grouped(refused), total=grouped(len(self._rows)), why=explain(refusals.most_common())
                )
            )
            tone = NOTE_COLOR if refused < len(self._rows) else BAD_COLOR
        set_tone(self.note, tone)
