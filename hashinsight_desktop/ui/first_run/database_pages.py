"""The wizard's first steps: where the data lives, and the shared PostgreSQL's connection with its test."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from hashinsight_desktop.services.connection_check import (
    DEFAULT_PORT,
    CheckResult,
    Outcome,
    PostgresTarget,
    check_connection,
)
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.first_run.background import ThreadJob
from hashinsight_desktop.ui.first_run.choices import Storage
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, NOTE_COLOR, OK_COLOR, set_tone


def qt_translate(context: str, source: str) -> str:
    """A service's marked text in the console's language (services.texts.render)."""
    return QCoreApplication.translate(context, source)


def note_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class StartPage(QWizardPage):
    """The demo farm, a shared PostgreSQL, or a new database on this computer."""

    def __init__(self, local_database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to HashInsight Desktop"))
        self.setSubTitle(self.tr("Where should this console keep the farm's data? You can go back at every step."))
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        options = (
            (
                Storage.DEMO,
                self.tr("Try the demo farm"),
                self.tr(
                    "240 simulated miners on this computer, with a database of their own. Nothing real is touched, "
                    "and nothing is remembered: the next start asks again."
                ),
            ),
            (
                Storage.POSTGRES,
                self.tr("Connect to a shared PostgreSQL"),
                self.tr("The farm's database on a server that other consoles and site agents use too."),
            ),
            (
                Storage.LOCAL,
                self.tr("Start empty on this computer"),
                self.tr("A new database file for this console alone: {path}").format(path=local_database),
            ),
        )
        self.buttons: dict[Storage, QRadioButton] = {}
        for storage, title, detail in options:
            button = QRadioButton(title)
            button.setObjectName(f"storage_{storage.value}")
            self.choices.addButton(button)
            self.buttons[storage] = button
            explanation = note_label(detail)
            explanation.setContentsMargins(24, 0, 0, 10)
            set_tone(explanation, MUTED)
            layout.addWidget(button)
            layout.addWidget(explanation)
        layout.addStretch(1)
        self.buttons[Storage.LOCAL].setChecked(True)
        self.choices.buttonToggled.connect(lambda *_: self.completeChanged.emit())

    @property
    def storage(self) -> Storage:
        return next(storage for storage, button in self.buttons.items() if button.isChecked())


class PostgresPage(QWizardPage):
    """Host, port, database, user, password and an optional CA file; Next once "Test connection" said yes."""

    def __init__(self, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared PostgreSQL"))
        self.setSubTitle(
            self.tr(
                "The server's administrator gives you these. Test the connection before going on: nothing is written."
            )
        )
        self.secrets = secrets
        self.result: CheckResult | None = None  # the last test, for ``tested`` (its target)
        self.tested: PostgresTarget | None = None
        self.job: ThreadJob | None = None
        self.host = QLineEdit(objectName="host", placeholderText=self.tr("e.g. db.farm.lan"))
        self.port = QSpinBox(objectName="port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit("hashinsight", objectName="database")
        self.user = QLineEdit(objectName="user")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit(objectName="caFile", placeholderText=self.tr("optional: TLS verified against this CA"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("CA file"), ca_row)
        self.test_button = QPushButton(self.tr("Test connection"), objectName="testConnection")
        self.test_button.clicked.connect(self.start_test)
        self.status = note_label()
        self.status.setObjectName("checkStatus")
        self.keyring_note = note_label()
        set_tone(self.keyring_note, MUTED)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.keyring_note)
        for field in (self.host, self.database, self.user, self.password, self.ca_file):
            field.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.port.valueChanged.connect(lambda _value: self.completeChanged.emit())

    def initializePage(self) -> None:
        status = self.secrets.status()
        if status.persistent:
            self.keyring_note.setText(
                self.tr("The password is kept in the OS keyring ({where}), never in the settings file.").format(
                    where=status.where
                )
            )
        else:
            self.keyring_note.setText(
                self.tr("This computer has no keyring to keep the password: the console asks for it at each start.")
            )

    @property
    def keep_password(self) -> bool:
        return self.secrets.status().persistent

    def target(self) -> PostgresTarget:
        return PostgresTarget(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self.ca_file.text().strip(),
        )

    def start_test(self) -> None:
        if self.job is not None:
            return
        target = self.target()
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting to {where}…").format(where=target.where), None)
        self.job = ThreadJob(lambda: check_connection(target), self)
        self.job.done.connect(lambda result: self._tested(target, result))
        self.job.failed.connect(lambda error: self._tested(target, None, error))
        self.job.start()

    def _tested(self, target: PostgresTarget, result: CheckResult | None, error: object = None) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.test_button.setEnabled(True)
        self.tested, self.result = target, result
        if result is None:
            self._show(self.tr("The test failed: {error}").format(error=error), BAD_COLOR)
        else:
            tone = NOTE_COLOR if result.outcome is Outcome.OLDER else OK_COLOR if result.usable else BAD_COLOR
            text = render(result.message, qt_translate)
            if result.has_users:
                text += " " + self.tr("It already has accounts: after Finish you log in with yours.")
            self._show(text, tone)
        self.completeChanged.emit()

    def wait(self) -> None:
        """The wizard closes: a test still connecting ends first (its thread reports to this page)."""
        if self.job is not None:
            self.job.thread.join(10)

    def isComplete(self) -> bool:
        return self.result is not None and self.result.usable and self.tested == self.target()

    def _show(self, text: str, tone: str | None) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "", self.tr("Certificates (*.pem *.crt *.cer);;All files (*)")
        )
        if path:
            self.ca_file.setText(path)
