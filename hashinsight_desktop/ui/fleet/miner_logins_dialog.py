"""A site's miner logins: the web/API user and password its miners take (for the whole site, or one model
there), or each firmware's factory login as an explicit choice. Stored in the OS keyring through
``set_site_credentials`` (audited, never the password); what is stored is shown without the password.

Where this computer has no keyring backend the dialog says so and stores nothing: a headless agent reads
miner logins from a 0600 file named in its settings or from systemd credentials (README, "Headless agents
without a keyring")."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.devices import FACTORY_DEFAULTS, CredentialEntry, Credentials, CredentialStore, Family
from hashinsight_desktop.services.devices.credentials import CredentialsError
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.fleet.site_credentials import login_models, set_site_credentials
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import ListTableModel, record_table
from hashinsight_desktop.ui.keyring_status import KeyringStatusLabel
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, set_tone

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
README_SECTION = "Headless agents without a keyring"


def _t(text: str) -> str:
    return QCoreApplication.translate("MinerLoginsDialog", text)


def describe_entry(entry: CredentialEntry | None, inherited: bool = False) -> str:
    """What is stored, in words, never the password."""
    if entry is None:
        return _t("the site's login applies") if inherited else _t("nothing stored")
    if entry.factory_defaults:
        return _t("factory defaults of each firmware")
    assert entry.credentials is not None
    password = _t("password set") if entry.credentials.password else _t("empty password")
    return _t("user {user}, {password}").format(user=entry.credentials.username, password=password)


@dataclass(frozen=True)
class StoredLogin:
    scope: str  # "" for the whole site, else a model name
    entry: CredentialEntry | None


@dataclass(frozen=True)
class LoginsState:
    models: list[str]
    rows: list[StoredLogin]
    keyring_problem: str | None
    from_files: str | None  # what the headless credentials file gives the site, when the keyring cannot


class StoredModel(ListTableModel[StoredLogin]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "For"),
        QT_TRANSLATE_NOOP("Columns", "Stored"),
    )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_t("For"), _t("Stored"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _t("Whole site") if not row.scope else _t("Model {model}").format(model=row.scope)
            return describe_entry(row.entry, inherited=bool(row.scope))
        return None

    def set_rows(self, rows: list[StoredLogin]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def factory_text() -> str:
    shown = (Family.ANTMINER, Family.WHATSMINER, Family.BRAIINS, Family.AVALON, Family.VNISH)
    return ", ".join(f"{f.label} {FACTORY_DEFAULTS[f][0]}/{FACTORY_DEFAULTS[f][1] or '—'}" for f in shown)


class MinerLoginsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        site_id: uuid.UUID,
        site_name: str,
        models: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.site_id = site_id
        self.site_name = site_name
        self.models = list(models)  # and the models the site's miners are known by, once read
        self.store = CredentialStore.from_settings(context.secrets, context.settings.extra)
        self.load_task: asyncio.Task[None] | None = None
        self.save_task: asyncio.Task[None] | None = None
        self.state: LoginsState | None = None
        self.setWindowTitle(_t("Miner logins — {site}").format(site=site_name))
        self.resize(640, 560)

        intro = QLabel(
            _t(
                "The web/API login this site's miners take, so that sleep, wake, power and pool changes go "
                "through each miner's own firmware. Passwords are never shown."
            )
        )
        intro.setWordWrap(True)
        self.keyring_status = KeyringStatusLabel(context.secrets)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        self.stored = StoredModel(self)
        self.table = record_table(self.stored)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.scope = QComboBox()
        self.scope.setEditable(True)  # a model not at the site yet can be typed
        self.scope.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scope.addItem(_t("Whole site"), "")
        self.scope.setToolTip(_t("The whole site, or one model there (its login overrides the site's)"))
        self.with_login = QRadioButton(_t("User and password"))
        self.with_factory = QRadioButton(_t("Factory defaults of each firmware"))
        self.with_factory.setToolTip(factory_text())
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.with_login)
        self.kind.addButton(self.with_factory)
        self.with_login.setChecked(True)
        self.user = QLineEdit(placeholderText=_t("e.g. root"))
        self.user.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(128)
        self.password.setPlaceholderText(_t("the miners' web/API password"))
        factory_note = QLabel(_t("Factory logins: {list}.").format(list=factory_text()))
        factory_note.setWordWrap(True)
        factory_note.setEnabled(False)  # secondary text
        self.save_button = QPushButton(_t("Store"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.editor = QGroupBox(_t("Change"))
        form = QFormLayout(self.editor)
        form.addRow(_t("For"), self.scope)
        form.addRow(self.with_login)
        form.addRow(_t("User"), self.user)
        form.addRow(_t("Password"), self.password)
        form.addRow(self.with_factory)
        form.addRow(factory_note)
        form.addRow(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keyring_status)
        layout.addWidget(self.problem_label)
        self.stored_title = QLabel(_t("Stored now"))
        layout.addWidget(self.stored_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.with_login.toggled.connect(self._update_fields)
        self.user.textChanged.connect(self._update_fields)
        self.save_button.clicked.connect(self.start_save)
        self._update_fields()

    # -- reading ------------------------------------------------------------------------------------
    def _read(self) -> LoginsState:
        with self._context.database.session_factory() as session:
            known = login_models(session, self._principal, self.site_id)
        models = known + sorted(set(self.models) - set(known), key=str.lower)
        problem = self.store.keyring_problem()
        rows: list[StoredLogin] = []
        from_files = None
        if problem is None:
            rows.append(StoredLogin("", self.store.stored(self.site_id)))
            rows += [StoredLogin(m, self.store.stored(self.site_id, m)) for m in models]
        elif self.store.headless_sources:
            try:
                from_files = self.store.describe(self.site_id, self.site_name)
            except CredentialsError as exc:
                from_files = render_error(exc, QCoreApplication.translate)
        return LoginsState(models, rows, problem, from_files)

    def start_load(self) -> asyncio.Task[None] | None:
        """Read what is stored, off the GUI thread (when an event loop runs: a test may build it without)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return None
        if self.load_task is None:
            self.load_task = self.load()
        return self.load_task

    @qasync.asyncSlot()
    async def load(self) -> None:
        self.load_task = asyncio.current_task()
        try:
            state = await asyncio.to_thread(self._read)  # a keyring may take a while to answer (or unlock)
        except ServiceError as exc:  # no keyring entry readable, a site outside the scope
            if shiboken6.isValid(self):
                self._set_status(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        finally:
            self.load_task = None
        if shiboken6.isValid(self):
            self.show_state(state)

    def show_state(self, state: LoginsState) -> None:
        self.state = state
        self.models = state.models
        current = self.scope.currentText()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(_t("Whole site"), "")
        for model in state.models:
            self.scope.addItem(model, model)
        self.scope.setCurrentText(current)
        self.scope.blockSignals(False)
        self.stored.set_rows(state.rows)
        self.keyring_status.setVisible(state.keyring_problem is None)  # else the problem line says it, and more
        if state.keyring_problem is None:
            self.problem_label.hide()
            self.table.show()
            self.stored_title.show()
        else:
            text = _t(
                "Nothing can be stored on this computer: {problem}.\n\nA headless agent reads miner logins from a "
                "file readable only by its user (mode 0600) named in its settings, or from systemd credentials "
                '($CREDENTIALS_DIRECTORY/miner-credentials.json): see the README section "{section}".'
            ).format(problem=state.keyring_problem.rstrip("."), section=README_SECTION)
            if state.from_files is not None:
                text += "\n" + _t("The credentials file gives this site: {what}.").format(what=state.from_files)
            self.problem_label.setText(text)
            set_tone(self.problem_label, BAD_COLOR)
            self.problem_label.show()
            self.table.hide()
            self.stored_title.hide()
        self._update_fields()

    # -- storing ------------------------------------------------------------------------------------
    def _update_fields(self, *_args: object) -> None:
        usable = self.state is not None and self.state.keyring_problem is None
        self.editor.setEnabled(usable and self.save_task is None)
        login = self.with_login.isChecked()
        self.user.setEnabled(login)
        self.password.setEnabled(login)
        self.save_button.setEnabled(usable and (not login or bool(self.user.text().strip())))

    def chosen_scope(self) -> str | None:
        text = self.scope.currentText().strip()
        index = self.scope.findText(text)
        data = self.scope.itemData(index) if index >= 0 else text
        return str(data) or None

    def start_save(self) -> asyncio.Task[None] | None:
        if self.save_task is None and self.save_button.isEnabled():
            self.save_task = self.save()
        return self.save_task

    @qasync.asyncSlot()
    async def save(self) -> None:
        self.save_task = asyncio.current_task()
        model = self.chosen_scope()
        factory = self.with_factory.isChecked()
        credentials = None if factory else Credentials(self.user.text().strip(), self.password.text())
        self._update_fields()

        def work() -> str:
            with unit_of_work(self._context.database.session_factory, "site") as session:
                return set_site_credentials(
                    session,
                    self._principal,
                    self.store,
                    self.site_id,
                    credentials,
                    model=model,
                    factory_defaults=factory,
                    clock=self._context.clock,
                )

        try:
            what = await asyncio.to_thread(work)
        except ServiceError as exc:  # no keyring, a refusal, a missing user: nothing was stored
            if shiboken6.isValid(self):
                self._set_status(_t("Not stored: {error}").format(error=exc), BAD_COLOR)
            return
        except SQLAlchemyError as exc:  # the database did not take it: what was typed stays, Retry stores it
            if shiboken6.isValid(self):
                self._set_status(_t("Not stored: the database cannot be reached."), BAD_COLOR)
                offer_retry(self, _t("Miner logins not stored"), exc, self.save, form=self)
            return
        except Exception as exc:
            log.exception("storing miner logins failed")
            if shiboken6.isValid(self):
                self._set_status(_t("Not stored: {error}").format(error=exc), BAD_COLOR)
            return
        finally:
            self.save_task = None
            if shiboken6.isValid(self):
                self._update_fields()
        if not shiboken6.isValid(self):
            return
        self.password.clear()
        where = _t("model {model}").format(model=model) if model else _t("the whole site")
        if model and model not in self.models:
            self.models.append(model)
        how = self._context.secrets.stored_where()
        self._set_status(_t("Stored for {where}: {what} ({how}).").format(where=where, what=what, how=how), OK_COLOR)
        self.start_load()

    def _set_status(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone, bold=True)
