"""The first-run wizard: storage → (PostgreSQL) → owner → first site → summary; Finish writes it all."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget, QWizard, QWizardPage
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import DatabaseUnavailable
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.ui.first_run.choices import FirstRunChoices, Storage
from hashinsight_desktop.ui.first_run.database_pages import PostgresPage, StartPage, note_label, qt_translate
from hashinsight_desktop.ui.first_run.finish import FirstRunOutcome, OpenContext, carry_out
from hashinsight_desktop.ui.first_run.owner_site_pages import OwnerPage, SitePage, error_label, show_error

log = logging.getLogger(__name__)
START, POSTGRES, OWNER, SITE, SUMMARY = range(5)
FINISH_ERRORS = (ServiceError, SQLAlchemyError, DatabaseUnavailable, SecretStoreError, OSError)


class SummaryPage(QWizardPage):
    """What Finish will do, in the user's words; a failure at Finish is said here and nothing stays half made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Nothing has been written yet. Finish does the following:"))
        self.steps = note_label()
        self.steps.setObjectName("summary")
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        layout.addWidget(self.error)


class FirstRunWizard(QWizard):
    """``outcome`` is set when Finish succeeded; Cancel (or closing) leaves it None and wrote nothing."""

    def __init__(
        self,
        *,
        secrets: SecretStore,
        local_database: Path,
        settings_file: Path,
        open_context: OpenContext | None = None,
        given: AppContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``given``: a database the console opened that has no account yet (the storage steps are skipped)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("HashInsight Desktop — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.secrets = secrets
        self.local_database = local_database
        self.settings_file = settings_file
        self.open_context: OpenContext = open_context or _no_opener
        self.given = given
        self.outcome: FirstRunOutcome | None = None
        self.start_page = StartPage(local_database)
        self.postgres_page = PostgresPage(secrets)
        self.owner_page = OwnerPage()
        self.site_page = SitePage()
        self.summary_page = SummaryPage()
        for page_id, page in (
            (START, self.start_page),
            (POSTGRES, self.postgres_page),
            (OWNER, self.owner_page),
            (SITE, self.site_page),
            (SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(OWNER if given is not None else START)
        self.resize(760, 620)

    def choices(self) -> FirstRunChoices:
        """Everything the steps on the user's path hold, as plain values."""
        storage = Storage.GIVEN if self.given is not None else self.start_page.storage
        choices = FirstRunChoices(storage=storage)
        if storage is Storage.POSTGRES:
            choices.target = self.postgres_page.tested
            choices.check = self.postgres_page.result
            choices.keep_password = self.postgres_page.keep_password
        if choices.needs_owner:
            choices.owner = self.owner_page.owner()
            choices.site = self.site_page.site()
        return choices

    def nextId(self) -> int:
        current = self.currentId()
        if current == START:
            storage = self.start_page.storage
            return POSTGRES if storage is Storage.POSTGRES else SUMMARY if storage is Storage.DEMO else OWNER
        if current == POSTGRES:
            return OWNER if self.choices().needs_owner else SUMMARY
        if current == OWNER:
            return SITE
        if current == SITE:
            return SUMMARY
        return -1

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == SUMMARY:
            show_error(self.summary_page.error, "")
            self.summary_page.steps.setText("\n".join(f"•  {step}" for step in self.planned_steps()))

    def planned_steps(self) -> list[str]:
        choices = self.choices()
        steps: list[str] = []
        if choices.storage is Storage.DEMO:
            return [
                self.tr("Start the demo farm: 240 simulated miners and a database of their own."),
                self.tr("Nothing is remembered: the next start shows this wizard again (or start with --demo)."),
            ]
        if choices.storage is Storage.LOCAL:
            steps.append(self.tr("Create a new database: {path}").format(path=self.local_database))
        elif choices.storage is Storage.POSTGRES and choices.target is not None and choices.check is not None:
            target = choices.target
            where = f"{target.user}@{target.host}:{target.port}/{target.database}"
            steps.append(
                self.tr("Use the PostgreSQL database {where}, TLS verified against {ca}.").format(
                    where=where, ca=target.ca_file
                )
                if target.ca_file
                else self.tr("Use the PostgreSQL database {where}.").format(where=where)
            )
            steps.append(render(choices.check.message, qt_translate))
            if choices.target.password:
                steps.append(
                    self.tr("Store its password in the OS keyring.")
                    if choices.keep_password
                    else self.tr("Ask for its password at each start (this computer has no keyring).")
                )
        if choices.owner is not None:
            owner = choices.owner
            steps.append(self.tr("Create the owner account {username}.").format(username=owner.username))
        if choices.site is not None:
            site = choices.site
            steps.append(
                self.tr("Create the site {name} (time zone {timezone}, power {price} USD/kWh).").format(
                    name=site.name, timezone=site.timezone, price=site.power_price
                )
            )
            steps.append(
                self.tr("Add %n miners found by the scan to it.", "", len(site.miners))
                if site.miners
                else self.tr("Add no miners yet (none found or ticked): the Fleet tab's Discover adds them later.")
            )
        if choices.storage is not Storage.GIVEN:
            steps.append(
                self.tr("Remember this database in {path}: the next start asks for a login.").format(
                    path=self.settings_file
                )
            )
        if choices.owner is None and choices.storage is Storage.POSTGRES:
            steps.append(self.tr("Then log in with your account on that database."))
        return steps

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() != SUMMARY:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = carry_out(
                self.choices(),
                open_context=self.open_context,
                secrets=self.secrets,
                local_database=self.local_database,
                given=self.given,
            )
        except FINISH_ERRORS as exc:
            log.warning("first run: finish failed: %s", exc)
            show_error(
                self.summary_page.error,
                self.tr("Nothing was kept: {error}").format(error=render_error(exc, qt_translate)),
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def done(self, result: int) -> None:
        self.site_page.stop()  # a scan still running ends with the wizard
        self.postgres_page.wait()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.site_page.stop()
        super().closeEvent(event)


def _no_opener(_url: str) -> AppContext:
    raise RuntimeError("the first-run wizard was given no way to open a database")
