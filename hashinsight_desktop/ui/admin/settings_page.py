"""The settings page: where its secrets go (said once, at the top), which database to use (password in the keyring
or asked at each start), market data API keys, theme, and where files live."""

from __future__ import annotations

import asyncio
import html
import os
from pathlib import Path

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import DatabaseConfigError, DatabaseUnavailable, open_database, password_key
from hashinsight_desktop.services.permissions import Permission, Principal
from hashinsight_desktop.services.secret_store import KeyringStatus, SecretStore, SecretStoreError
from hashinsight_desktop.services.settings import DATABASE_URL_ENV
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.ui.admin.api_keys_group import ApiKeysGroup
from hashinsight_desktop.ui.keyring_status import KeyringStatusLabel
from hashinsight_desktop.ui.theme import (
    BAD_COLOR,
    MUTED,
    NOTE_COLOR,
    OK_COLOR,
    THEMES,
    apply_theme,
    muted_color,
    set_tone,
    theme_label,
    tone_color,
)

POSTGRES_DRIVER = "postgresql+psycopg"  # the spelling open_database normalises to, so keyring keys match


def _source_names() -> dict[str, str]:
    """Where the database setting came from, as the user reads it (literal strings for the translation tools)."""
    return {
        "settings": _t("saved settings"),
        "default": _t("default: embedded file in the data folder"),
        "--database-url": _t("the --database-url option"),
        DATABASE_URL_ENV: _t("the {variable} environment variable").format(variable=DATABASE_URL_ENV),
    }


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


class FormError(Exception):
    """A field the user left empty or invalid; the message names it."""


def probe_database(url: URL, secrets: SecretStore) -> tuple[bool, str]:
    """Try the connection without migrating; runs in a worker thread. The message never holds the password."""
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.exists():
            if not path.parent.is_dir():
                return True, _t(
                    "No file at {path} yet: the next start asks before it creates the folder and a database."
                ).format(path=path)
            return True, _t(
                "No file at {path} yet: the next start asks before it creates a new database there."
            ).format(path=path)
    try:
        database = open_database(url.render_as_string(hide_password=False), secrets, run_migrations=False)
    except (DatabaseUnavailable, DatabaseConfigError) as exc:
        return False, _without_password(render_error(exc, QCoreApplication.translate), url)
    except Exception as exc:  # a driver error must become a line, not a traceback
        first_line = (render_error(exc, QCoreApplication.translate).strip().splitlines() or [type(exc).__name__])[0]
        return False, _without_password(
            _t("cannot connect to {database}: {error}").format(database=database_display(url), error=first_line), url
        )
    try:
        with database.engine.connect() as connection:
            if database.engine.dialect.name == "postgresql":
                version = str(connection.execute(text("SHOW server_version")).scalar_one()).split()[0]
                server = f"PostgreSQL {version}"
            else:
                server = f"SQLite {connection.execute(text('SELECT sqlite_version()')).scalar_one()}"
        return True, _t("Connected to {server} at {database}").format(server=server, database=database.display)
    except Exception as exc:
        return False, _without_password(_t("connected, but the server refused a query: {error}").format(error=exc), url)
    finally:
        database.close()


def strip_password(url: URL) -> URL:
    """The URL with no password at all (``URL.set(password=None)`` leaves it in place)."""
    return URL.create(
        url.drivername, username=url.username, host=url.host, port=url.port, database=url.database, query=url.query
    )


def database_display(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _without_password(message: str, url: URL) -> str:
    return message.replace(url.password, "•••") if url.password else message


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self.can_edit_database = principal.can(Permission.SETTINGS_MANAGE)
        self.test_task: asyncio.Task[None] | None = None  # strong reference while the probe runs

        content = QWidget()
        content.setMaximumWidth(820)
        column = QVBoxLayout(content)
        # Where the secrets typed on this page go, said once above them; the fields' own refusals stay short.
        self.keyring_label = KeyringStatusLabel(self._context.secrets)
        column.addWidget(self.keyring_label)
        column.addSpacing(8)
        column.addWidget(self._database_group())
        self.api_keys = ApiKeysGroup(context, principal)
        column.addWidget(self.api_keys)
        column.addWidget(self._appearance_group())
        column.addWidget(self._files_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.addWidget(content, 3)  # a readable form width, not the whole window's
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._load_database_editor()
        self._set_database_editable(self.can_edit_database)
        self._update_password_hint()

    # -- Database ------------------------------------------------------------------------------------
    def _database_group(self) -> QGroupBox:
        database = self._context.database
        source = _source_names().get(database.source, database.source or _t("unknown"))
        self.current_label = QLabel(
            self.tr("<b>{kind}</b> — {where}<br><span style='color: {muted}'>from {source}</span>").format(
                kind=database.kind, where=html.escape(database.display), muted=muted_color(), source=html.escape(source)
            )
        )
        self.current_label.setTextFormat(Qt.TextFormat.RichText)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current_label.setWordWrap(True)
        self.env_note = QLabel(
            self.tr("{variable} is set: it overrides the saved setting below until it is removed.").format(
                variable=DATABASE_URL_ENV
            )
        )
        self.env_note.setStyleSheet(f"color: {tone_color(self, NOTE_COLOR)};")
        self.env_note.setWordWrap(True)
        self.env_note.setVisible(bool(os.environ.get(DATABASE_URL_ENV)))

        self.sqlite_radio = QRadioButton(self.tr("Embedded SQLite file"))
        self.postgres_radio = QRadioButton(self.tr("PostgreSQL server"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.sqlite_radio)
        self.kind_group.addButton(self.postgres_radio)
        kinds = QHBoxLayout()
        kinds.addWidget(self.sqlite_radio)
        kinds.addWidget(self.postgres_radio)
        kinds.addStretch(1)

        self.sqlite_path = QLineEdit(placeholderText=str(self._context.paths.default_database))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        sqlite_row = QHBoxLayout()
        sqlite_row.addWidget(self.sqlite_path, 1)
        sqlite_row.addWidget(self.browse_button)
        sqlite_page = QWidget()
        sqlite_form = QFormLayout(sqlite_page)
        sqlite_form.setContentsMargins(0, 0, 0, 0)
        sqlite_form.addRow(self.tr("File:"), sqlite_row)

        self.host = QLineEdit(placeholderText="db.farm.local")
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.port.setFixedWidth(100)
        self.database_name = QLineEdit(placeholderText="hashinsight")
        self.user = QLineEdit(placeholderText="hashinsight")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ask_password_check = QCheckBox(self.tr("Ask for the password at each start instead of storing it"))
        self.ask_password_check.setToolTip(
            self.tr("Nothing is kept on this computer: the console and every command ask for it when they start")
        )
        self.ask_password_check.setChecked(self._context.settings.ask_database_password)
        self.ask_password_check.toggled.connect(self._update_password_hint)
        postgres_page = QWidget()
        postgres_form = QFormLayout(postgres_page)
        postgres_form.setContentsMargins(0, 0, 0, 0)
        postgres_form.addRow(self.tr("Host:"), self.host)
        postgres_form.addRow(self.tr("Port:"), self.port)
        postgres_form.addRow(self.tr("Database:"), self.database_name)
        postgres_form.addRow(self.tr("User:"), self.user)
        postgres_form.addRow(self.tr("Password:"), self.password)
        postgres_form.addRow("", self.ask_password_check)

        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(sqlite_page)
        self.editor_stack.addWidget(postgres_page)
        self.postgres_radio.toggled.connect(lambda on: self.editor_stack.setCurrentIndex(1 if on else 0))

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.start_test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_database)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(100)
        self.busy.setTextVisible(False)
        self.busy.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.footnote = QLabel()
        self.footnote.setWordWrap(True)
        set_tone(self.footnote, MUTED)
        self._update_footnote()
        self.read_only_note = QLabel(self.tr("Only an owner or an admin can change the database connection."))
        self.read_only_note.setStyleSheet(f"color: {tone_color(self, NOTE_COLOR)};")

        group = QGroupBox(self.tr("Database"))
        layout = QVBoxLayout(group)
        form = QFormLayout()
        form.addRow(self.tr("Current connection:"), self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.env_note)
        layout.addSpacing(6)
        layout.addLayout(kinds)
        layout.addWidget(self.editor_stack)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.footnote)
        layout.addWidget(self.read_only_note)
        return group

    def _load_database_editor(self) -> None:
        """Start from the saved setting, else from the connection in use (its password never shown)."""
        saved = self._context.settings.database_url
        try:
            url = make_url(saved) if saved else self._context.database.url
        except ArgumentError:
            url = self._context.database.url
        if url.get_backend_name() == "postgresql":
            self.postgres_radio.setChecked(True)
            self.host.setText(url.host or "")
            self.port.setValue(url.port or 5432)
            self.database_name.setText(url.database or "")
            self.user.setText(url.username or "")
        else:
            self.sqlite_radio.setChecked(True)
            self.sqlite_path.setText(url.database or "")

    def _set_database_editable(self, editable: bool) -> None:
        for widget in (
            self.sqlite_radio,
            self.postgres_radio,
            self.sqlite_path,
            self.browse_button,
            self.host,
            self.port,
            self.database_name,
            self.user,
            self.password,
            self.ask_password_check,
            self.test_button,
            self.save_button,
        ):
            widget.setEnabled(editable)
        self.read_only_note.setVisible(not editable)

    def _update_password_hint(self, *_args: object) -> None:
        if self.ask_password_check.isChecked():
            hint = self.tr("Asked at each start: only typed here to test the connection")
        elif self.keyring_label.persistent:
            hint = self.tr("Leave empty to keep the password stored in the keyring")
        else:
            hint = self.tr("No keyring to keep it: tick “Ask for the password at each start”")
        self.password.setPlaceholderText(hint)

    def _update_footnote(self) -> None:
        """What happens to a server's password given the keyring this computer really has."""
        status = self.keyring_label.status
        if status.persistent:
            text = self.tr(
                "Takes effect at the next start. A server's password is kept in the OS keyring ({where}), or asked "
                "at each start if ticked; never in the settings file."
            ).format(where=status.where)
        elif status.kind == "session":
            text = self.tr(
                "Takes effect at the next start. A server's password typed here is kept for this session only (lost "
                "when the program exits), or asked at each start if ticked; never in the settings file."
            )
        else:
            text = self.tr(
                "Takes effect at the next start. A server's password cannot be kept here (no keyring): tick “Ask for "
                "the password at each start”. It is never written to the settings file."
            )
        self.footnote.setText(text)

    def _refresh_keyring(self) -> KeyringStatus:
        status = self.keyring_label.refresh()  # the user may have unlocked or installed one meanwhile
        self._update_footnote()
        self._update_password_hint()
        return status

    def _browse(self) -> None:
        # open(), not exec(): a nested event loop would stall qasync.
        dialog = QFileDialog(self, self.tr("SQLite database file"), str(Path(self.sqlite_path.text()).parent))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
        dialog.setNameFilters(["SQLite databases (*.sqlite3 *.sqlite *.db)", "All files (*)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.sqlite_path.setText)
        dialog.open()

    def connection_url(self) -> URL:
        """The URL the editor describes, password included (only ever kept in memory)."""
        if self.sqlite_radio.isChecked():
            path = self.sqlite_path.text().strip() or str(self._context.paths.default_database)
            return URL.create("sqlite", database=str(Path(path).expanduser().absolute()))
        for label, field in (
            (self.tr("Host"), self.host),
            (self.tr("Database"), self.database_name),
            (self.tr("User"), self.user),
        ):
            if not field.text().strip():
                field.setFocus()
                raise FormError(self.tr("{field}: is required for a PostgreSQL server").format(field=label))
        return URL.create(
            POSTGRES_DRIVER,
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database_name.text().strip(),
        )

    def _show_result(self, text: str, color: str) -> None:
        self.result_label.setStyleSheet(f"color: {tone_color(self, color)};")
        self.result_label.setText(text)

    def start_test_connection(self) -> None:
        """Check the form and go busy at once; the probe itself runs in a worker thread."""
        if self.test_task is not None:
            return
        try:
            url = self.connection_url()
        except FormError as exc:
            self._show_result(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        self._set_testing(True, url)
        self.test_task = self.test_connection(url)

    def _set_testing(self, running: bool, url: URL) -> None:
        self.busy.setVisible(running)
        if running:
            self.test_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self._show_result(f"Connecting to {database_display(url)}…", self.palette().windowText().color().name())
        else:
            self._set_database_editable(self.can_edit_database)

    @qasync.asyncSlot(object)
    async def test_connection(self, url: URL) -> None:
        # asyncio holds tasks weakly: keep this one until it ends.
        self.test_task = asyncio.current_task()
        if not shiboken6.isValid(self):
            self.test_task = None
            return  # closed before the task's first step
        self._set_testing(True, url)
        try:
            ok, message = await asyncio.to_thread(probe_database, url, self._context.secrets)
        finally:
            self.test_task = None
            if shiboken6.isValid(self):
                self._set_testing(False, url)
        if not shiboken6.isValid(self):
            return  # the page was closed while the worker thread ran
        self._show_result(("✔ " if ok else "✘ ") + message, OK_COLOR if ok else BAD_COLOR)

    def save_database(self) -> None:
        try:
            url = self.connection_url()
        except FormError as exc:
            self._show_result(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        without_password = strip_password(url)
        postgres = url.get_backend_name() == "postgresql"
        ask = postgres and self.ask_password_check.isChecked()
        if url.password and not ask:
            if not self._refresh_keyring().persistent:
                self._show_result(
                    self.tr(
                        "Not saved: this computer has no keyring to keep the password. Tick “Ask for the password "
                        "at each start”, or install or unlock a keyring and save again."
                    ),
                    BAD_COLOR,
                )
                return
            try:
                self._context.secrets.set(password_key(without_password), url.password)
            except SecretStoreError as exc:
                self._show_result(
                    self.tr("Not saved: the password could not be stored. {error}").format(error=exc), BAD_COLOR
                )
                return
        self._context.settings.database_url = without_password.render_as_string(hide_password=False)
        self._context.settings.ask_database_password = ask
        try:
            self._context.save_settings()
        except OSError as exc:
            self._show_result(
                self.tr("Not saved: cannot write the settings file: {error}").format(error=exc), BAD_COLOR
            )
            return
        self.password.clear()
        message = self.tr("Saved {database}. Takes effect at the next start.").format(
            database=database_display(without_password)
        )
        if ask:
            message += " " + self.tr("The password is not stored: it is asked at each start.")
        elif url.password:
            message += " " + self.tr("The password is {where}.").format(where=self._context.secrets.stored_where())
        elif postgres:
            message += " " + self.tr("No password given: the one already in the keyring, if any, is used.")
        if os.environ.get(DATABASE_URL_ENV):
            message += " " + self.tr("({variable} still overrides it.)").format(variable=DATABASE_URL_ENV)
        self._show_result(message, OK_COLOR)

    # -- Appearance and files --------------------------------------------------------------------------
    def _appearance_group(self) -> QGroupBox:
        self.theme_combo = QComboBox()
        for name in THEMES:
            self.theme_combo.addItem(theme_label(name), name)
        current = self.theme_combo.findData(self._context.settings.theme)
        self.theme_combo.setCurrentIndex(max(current, 0))
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)
        self.theme_result = QLabel()
        group = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(group)
        row = QHBoxLayout()
        row.addWidget(self.theme_combo)
        row.addWidget(self.theme_result, 1)
        form.addRow(self.tr("Theme:"), row)
        return group

    def _theme_chosen(self) -> None:
        name = str(self.theme_combo.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self._context.settings.theme = name
        try:
            self._context.save_settings()
        except OSError as exc:
            self.theme_result.setStyleSheet(f"color: {tone_color(self, BAD_COLOR)};")
            self.theme_result.setText(self.tr("Applied, but not saved: {error}").format(error=exc))
            return
        self.theme_result.clear()

    def _files_group(self) -> QGroupBox:
        paths = self._context.paths
        group = QGroupBox(self.tr("Files"))
        form = QFormLayout(group)
        rows = (
            (self.tr("Data folder:"), str(paths.data_dir)),
            (self.tr("Config folder:"), str(paths.config_dir)),
            (self.tr("Log folder:"), str(paths.log_dir)),
        )
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            field.setCursor(Qt.CursorShape.IBeamCursor)
            form.addRow(label, field)
        return group
