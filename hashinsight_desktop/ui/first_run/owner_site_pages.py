"""The owner account step and the optional first site, with a discovery scan whose miners are added at Finish."""

from __future__ import annotations

import zoneinfo
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from hashinsight_desktop.services import sites
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.fleet.discovery import SCAN_TIMEOUTS, Found, expand_cidr
from hashinsight_desktop.services.passwords import MIN_PASSWORD_LENGTH, validate_new_password
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.users import USERNAME_RE
from hashinsight_desktop.services.validation import labelled
from hashinsight_desktop.ui.common import record_table
from hashinsight_desktop.ui.first_run.background import ScanJob
from hashinsight_desktop.ui.first_run.choices import OwnerInput, SiteInput
from hashinsight_desktop.ui.first_run.database_pages import note_label, qt_translate
from hashinsight_desktop.ui.fleet.discovery_results import FoundModel
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone


def error_label() -> QLabel:
    label = note_label()
    label.setObjectName("error")
    set_tone(label, BAD_COLOR)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class OwnerPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The owner account"))
        self.setSubTitle(
            self.tr("The owner can do everything, including adding the other users. It is created at Finish.")
        )
        self.username = QLineEdit(objectName="username")
        self.display_name = QLineEdit(objectName="displayName")
        self.password = QLineEdit(objectName="password")
        self.password.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit(objectName="repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def owner(self) -> OwnerInput:
        return OwnerInput(self.username.text().strip().lower(), self.password.text(), self.display_name.text().strip())

    def validatePage(self) -> bool:
        """The account rules checked now (the service checks them again when it creates the owner at Finish)."""
        owner = self.owner()
        if not USERNAME_RE.match(owner.username):
            problem = self.tr("User name: 3 to 64 characters: lower-case letters, digits, '.', '_' or '-'.")
        elif owner.password != self.repeat.text():
            problem = self.tr("Password: the two passwords differ.")
        else:
            try:
                with labelled({"password": self.tr("Password")}):  # as the row is called
                    validate_new_password(owner.password, owner.username)
                problem = ""
            except ValidationError as exc:
                problem = render_error(exc, qt_translate)
        show_error(self.error, problem)
        return not problem


class SitePage(QWizardPage):
    """Optional: the first site, and miners found on its network (nothing is added before Finish)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first site (optional)"))
        self.setSubTitle(
            self.tr("Add the site and scan its network for miners now, or later from the Admin and Fleet tabs.")
        )
        self.scan_job: ScanJob | None = None
        self.timeouts = SCAN_TIMEOUTS
        self.add_site = QCheckBox(self.tr("Add a site now"), objectName="addSite")
        self.name = QLineEdit(objectName="siteName")
        self.timezone = QComboBox(objectName="timezone")
        self.timezone.setEditable(True)
        zones = sorted(zoneinfo.available_timezones())
        self.timezone.addItems(zones)
        here = QTimeZone.systemTimeZoneId().data().decode(errors="replace")
        self.timezone.setCurrentText(here if here in zones else "UTC")  # the site is usually where the console is
        self.price = QDoubleSpinBox(objectName="powerPrice")
        self.price.setRange(0, 10)
        self.price.setDecimals(4)
        self.price.setSingleStep(0.005)
        self.price.setValue(0.05)
        self.price.setSuffix(self.tr(" USD/kWh"))
        self.cidr = QLineEdit(objectName="cidr", placeholderText=self.tr("e.g. 10.20.0.0/24 (at most a /16)"))
        self.port = QSpinBox(objectName="scanPort")
        self.port.setRange(1, 65535)
        self.port.setValue(4028)
        self.port.setGroupSeparatorShown(False)
        self.scan_button = QPushButton(self.tr("Scan"), objectName="scan")
        self.cancel_button = QPushButton(self.tr("Cancel scan"), objectName="cancelScan")
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m addresses"))
        self.progress.hide()
        self.status = note_label()
        self.status.setObjectName("scanStatus")
        self.model = FoundModel(self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.error = error_label()

        site_form = QFormLayout()
        site_form.addRow(self.tr("Site name"), self.name)
        site_form.addRow(self.tr("Time zone"), self.timezone)
        site_form.addRow(self.tr("Power price"), self.price)
        scan_form = QFormLayout()
        scan_form.addRow(self.tr("CIDR range"), self.cidr)
        scan_form.addRow(self.tr("Port"), self.port)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.cancel_button)
        scan_row.addWidget(self.progress, 1)
        self.details = QGroupBox()
        details = QVBoxLayout(self.details)
        details.addLayout(site_form)
        details.addWidget(
            note_label(self.tr("Miners answering on the site's network (ticked ones are added at Finish):"))
        )
        details.addLayout(scan_form)
        details.addLayout(scan_row)
        details.addWidget(self.status)
        details.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.add_site)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.error)

        self.add_site.toggled.connect(self._update)
        self.scan_button.clicked.connect(self.start_scan)
        self.cidr.returnPressed.connect(self.start_scan)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self._update()

    def site(self) -> SiteInput | None:
        if not self.add_site.isChecked():
            return None
        return SiteInput(
            self.name.text().strip(),
            self.timezone.currentText().strip(),
            Decimal(str(round(self.price.value(), 4))),
            list(self.model.rows),
        )

    # -- scanning --------------------------------------------------------------------------------------
    def start_scan(self) -> None:
        if self.scan_job is not None:
            return
        try:
            with labelled({"CIDR range": self.tr("CIDR range")}):  # the service's English name → the row's label
                targets = expand_cidr(self.cidr.text(), self.port.value())
        except ValidationError as exc:
            self._status(render_error(exc, qt_translate), BAD_COLOR)
            return
        self.model.set_found([])
        self.progress.setRange(0, len(targets))
        self.progress.setValue(0)
        self.progress.show()
        self._status(self.tr("Scanning {count} addresses…").format(count=f"{len(targets):,}"), None)
        job = self.scan_job = ScanJob(targets, self.timeouts, self)
        job.progress.connect(self._progress)
        job.finished.connect(lambda found, cancelled: self._scanned(len(targets), found, cancelled))
        job.failed.connect(lambda error: self._scanned(len(targets), [], False, error))
        job.start()
        self._update()

    def cancel_scan(self) -> None:
        if self.scan_job is not None:
            self.scan_job.cancel()

    def _progress(self, done: int, found: list[Found]) -> None:
        if shiboken6.isValid(self):
            self.progress.setValue(done)
            self.model.set_found(found)

    def _scanned(self, count: int, found: list[Found], cancelled: bool, error: object = None) -> None:
        if not shiboken6.isValid(self):
            return
        job, self.scan_job = self.scan_job, None
        if job is not None:
            job.thread.join()
        self.model.set_found(found)
        good = sum(1 for item in found if not item.bad)
        if error is not None:
            self._status(self.tr("The scan failed: {error}").format(error=error), BAD_COLOR)
        elif cancelled:
            self._status(self.tr("Scan cancelled; {good} miners answered so far.").format(good=f"{good:,}"), NOTE_COLOR)
        else:
            bad = len(found) - good
            text = self.tr("{good} miners answered out of {count} addresses.").format(
                good=f"{good:,}", count=f"{count:,}"
            )
            if bad:
                text += " " + self.tr("{bad} more answered badly (unticked).").format(bad=f"{bad:,}")
            self._status(text, OK_COLOR)
        self._update()

    def cleanupPage(self) -> None:  # Back: a running scan stops (its results so far stay)
        self.cancel_scan()
        super().cleanupPage()

    def stop(self) -> None:
        """The wizard closes: the scan stops and its thread ends."""
        job = self.scan_job
        if job is not None:
            job.cancel()
            job.thread.join(10)

    # -- state -----------------------------------------------------------------------------------------
    def _update(self, *_args: object) -> None:
        scanning = self.scan_job is not None
        self.details.setEnabled(self.add_site.isChecked())
        self.scan_button.setEnabled(not scanning)
        self.cancel_button.setEnabled(scanning)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.scan_job is None

    def validatePage(self) -> bool:
        site = self.site()
        problem = ""
        if site is not None:
            try:
                # The site service's own field rules (name, price, time zone): they need no database.
                sites._fields(site.name, "", 0, site.power_price, site.timezone)
            except ServiceError as exc:
                problem = render_error(exc, qt_translate)
        show_error(self.error, problem)
        return not problem

    def _status(self, text: str, tone: str | None) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)
