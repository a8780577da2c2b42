"""Discover miners: scan a CIDR range for the CGMiner API, tick the ones to keep, add them to a site.

The scan (services/fleet/discovery.py, shared with the ``discover`` command) polls in chunks of 256
addresses (a few chunks at once) so the progress bar moves and Cancel stops it at once; each
responding miner's reported model is matched against the catalogue so the added miners get their
model (ignored when it does not match). Hosts that answered badly are listed with the reason, unticked.
"""

from __future__ import annotations

import asyncio
import logging
import uuid

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.fleet import discovery
from hashinsight_desktop.services.fleet.discovery import SCAN_TIMEOUTS, Found, expand_cidr
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.services.validation import labelled
from hashinsight_desktop.ui.common import record_table
from hashinsight_desktop.ui.fleet.discovery_results import FoundModel
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, set_tone

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class DiscoveryDialog(QDialog):
    """``miners_added(site_id, count)`` after miners were added."""

    miners_added = Signal(object, int)

    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        parent: QWidget | None = None,
        *,
        site_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._principal = principal
        self._preferred_site = site_id  # chosen in the site combo once the sites are read
        self.timeouts = SCAN_TIMEOUTS
        self.scan_task: asyncio.Task[None] | None = None
        self.add_task: asyncio.Task[None] | None = None
        self.identify_task: asyncio.Task[None] | None = None  # make, model, firmware, family of the added miners
        self.load_task: asyncio.Task[None] | None = None
        self._known: set[tuple[uuid.UUID, str, int]] = set()
        self.setWindowTitle(self.tr("Discover miners"))
        self.resize(820, 560)

        self.cidr_edit = QLineEdit(placeholderText=self.tr("e.g. 10.20.0.0/24 (at most a /16)"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(4028)
        self.site_combo = QComboBox()
        self.scan_button = QPushButton(self.tr("Scan"))
        self.scan_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel scan"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m addresses"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.model = FoundModel(self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)
        # Columns sized to their contents after each chunk (a reason is long): the table scrolls sideways
        # rather than cut a cell, and each cell's tooltip holds its whole text.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.model.modelReset.connect(self._fit_columns)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Tick none"))
        self.add_button = QPushButton(self.tr("Add selected to site"))
        close_button = QPushButton(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("CIDR range"), self.cidr_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Add to site"), self.site_combo)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.cancel_button)
        scan_row.addWidget(self.progress, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.none_button)
        bottom.addStretch(1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(scan_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.scan_button.clicked.connect(self.start_scan)
        self.cidr_edit.returnPressed.connect(self.start_scan)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.add_button.clicked.connect(self.start_add)
        self.site_combo.currentIndexChanged.connect(self._mark_known)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        close_button.clicked.connect(self.close)
        self._update_buttons()

    # -- sites ----------------------------------------------------------------------------------------
    @qasync.asyncSlot()
    async def load_sites(self) -> None:
        """The sites the user may add miners to, and the miners already in them."""
        self.load_task = asyncio.current_task()
        try:
            choices, known, no_site = await asyncio.to_thread(self._sites_in_thread)
        except Exception as exc:
            log.exception("discovery: sites could not be read")
            if shiboken6.isValid(self):
                self._set_status(self.tr("Sites could not be read: {error}").format(error=exc), BAD_COLOR)
            return
        finally:
            self.load_task = None
        if not shiboken6.isValid(self):
            return
        self._known = known
        current = self.site_combo.currentData() or self._preferred_site
        self.site_combo.clear()
        for site_id, name in choices:
            self.site_combo.addItem(name, site_id)
        self.select_site(current)
        if not choices:
            self._set_status(render(no_site, QCoreApplication.translate), BAD_COLOR)  # QT_TRANSLATE_NOOP in discovery
        self._update_buttons()

    def select_site(self, site_id: uuid.UUID | None) -> None:
        index = self.site_combo.findData(site_id)
        if index >= 0:
            self.site_combo.setCurrentIndex(index)

    def _sites_in_thread(self) -> tuple[list[tuple[uuid.UUID, str]], set[tuple[uuid.UUID, str, int]], str]:
        with self._context.database.session_factory() as session:
            choices = discovery.sites_to_add_to(session, self._principal)
            known = discovery.known_addresses(session, self._principal)
            no_site = "" if choices else discovery.no_site_reason(session, self._principal)
        return choices, known, no_site

    # -- scanning -------------------------------------------------------------------------------------
    def start_scan(self) -> None:
        if self.scan_task is not None:
            return
        try:
            with labelled({"CIDR range": self.tr("CIDR range")}):  # the service's English name → the row's label
                targets = expand_cidr(self.cidr_edit.text(), self.port_spin.value())
        except ValidationError as exc:
            self._set_status(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            self.cidr_edit.setFocus()
            return
        self.scan_task = self.scan(targets)
        self._update_buttons()

    def cancel_scan(self) -> None:
        if self.scan_task is not None:
            self.scan_task.cancel()

    @qasync.asyncSlot(object)
    async def scan(self, targets: list[tuple[str, int]]) -> None:
        self.scan_task = asyncio.current_task()
        self.model.set_found([])
        self.progress.setRange(0, len(targets))
        self.progress.setValue(0)
        self._set_status(self.tr("Scanning {count} addresses…").format(count=grouped(len(targets))), None)
        done = 0

        def show(addresses_done: int, found: list[Found]) -> None:
            nonlocal done
            done = addresses_done
            if shiboken6.isValid(self):  # closed (with its parent) while a chunk ran: nothing to show
                self.progress.setValue(done)
                self.model.set_found(found)
                self._mark_known()

        try:
            found = await discovery.scan(targets, timeouts=self.timeouts, on_chunk=show)
            if not shiboken6.isValid(self):
                return
            await asyncio.to_thread(self._resolve_in_thread, found)
            if not shiboken6.isValid(self):
                return
            self.model.set_found(found)
            self._mark_known()
            bad = sum(1 for f in found if f.bad)
            good = len(found) - bad
            note = (
                self.tr("; {count} more accepted the connection but answered badly (unticked)").format(
                    count=grouped(bad)
                )
                if bad
                else ""
            )
            answered = self.tr("{good} miners answered out of {count} addresses{note}.")
            self._set_status(answered.format(good=grouped(good), count=grouped(len(targets)), note=note), OK_COLOR)
        except asyncio.CancelledError:
            if shiboken6.isValid(self):
                self._set_status(
                    self.tr("Scan cancelled after {done} of {count} addresses.").format(
                        done=grouped(done), count=grouped(len(targets))
                    ),
                    NOTE_COLOR,
                )
        finally:
            self.scan_task = None
            if shiboken6.isValid(self):
                self._update_buttons()

    def _resolve_in_thread(self, found: list[Found]) -> None:
        with self._context.database.session_factory() as session:
            discovery.resolve_models(session, self._principal, found)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()

    def _mark_known(self) -> None:
        site_id = self.site_combo.currentData()
        for item in self.model.rows:
            item.known = (site_id, item.sample.host, item.sample.port) in self._known
        if self.model.rows:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 5))
        self._update_buttons()

    # -- adding ---------------------------------------------------------------------------------------
    def start_add(self) -> None:
        site_id = self.site_combo.currentData()
        chosen = self.model.checked()
        if site_id is None or not chosen or self.add_task is not None:
            return
        self.add_task = self.add(site_id, chosen)
        self._update_buttons()

    @qasync.asyncSlot(object, object)
    async def add(self, site_id: uuid.UUID, chosen: list[Found]) -> None:
        self.add_task = asyncio.current_task()
        site_name = self.site_combo.currentText()
        try:
            added_ids = await asyncio.to_thread(self._add_in_thread, site_id, chosen)
        except ServiceError as exc:
            self._set_status(render_error(exc, QCoreApplication.translate), BAD_COLOR)
            return
        except SQLAlchemyError as exc:  # the scan's results and ticks stay: Retry adds the same miners
            if shiboken6.isValid(self):
                self._set_status(self.tr("Nothing was added: the database cannot be reached."), BAD_COLOR)
                offer_retry(self, self.tr("Miners not added"), exc, lambda: self.add(site_id, chosen), form=self)
            return
        except Exception as exc:
            log.exception("discovery: adding miners failed")
            self._set_status(self.tr("Nothing was added: {error}").format(error=exc), BAD_COLOR)
            return
        finally:
            self.add_task = None
            if shiboken6.isValid(self):
                self._update_buttons()
        if not shiboken6.isValid(self):
            return
        self._known |= {(site_id, f.sample.host, f.sample.port) for f in chosen}
        self._mark_known()
        added = len(added_ids)
        skipped = len(chosen) - added
        note = self.tr(" ({count} were already there)").format(count=grouped(skipped)) if skipped else ""
        added_text = self.tr("Added {count} miners to {site}{note}.")
        self._set_status(added_text.format(count=grouped(added), site=site_name, note=note), OK_COLOR)
        self.miners_added.emit(site_id, added)
        if added_ids:
            self.identify_task = asyncio.ensure_future(self._identify(added_ids))

    async def _identify(self, miner_ids: list[uuid.UUID]) -> None:
        """Who the added miners are (make, model, firmware, family), stored on them; said after "Added …"."""
        from hashinsight_desktop.services.devices import CredentialStore
        from hashinsight_desktop.services.fleet.identification import identify_miners

        store = CredentialStore.from_settings(self._context.secrets, self._context.settings.extra)
        job = identify_miners(self._context.database.session_factory, self._principal, miner_ids, credentials=store)
        try:
            # On a plain asyncio loop of its own: pyasic (through httpx/anyio) at times finds no running loop
            # under qasync.
            found = await asyncio.to_thread(asyncio.run, job)
        except Exception:
            log.exception("discovery: identifying the added miners failed")
            return
        if not shiboken6.isValid(self):
            return
        counts: dict[str, int] = {}
        for item in found:
            counts[item.identity.family.label] = counts.get(item.identity.family.label, 0) + 1
        told = ", ".join(f"{grouped(n)} {family}" for family, n in sorted(counts.items()))
        self.status_label.setText(
            self.tr("{status} Identified: {families}.").format(status=self.status_label.text(), families=told)
        )

    def _add_in_thread(self, site_id: uuid.UUID, chosen: list[Found]) -> list[uuid.UUID]:
        with unit_of_work(self._context.database.session_factory, "miner") as session:
            return discovery.add_found(session, self._principal, site_id, chosen, clock=self._context.clock)

    # -- state ----------------------------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        scanning = self.scan_task is not None
        self.scan_button.setEnabled(not scanning)
        self.cancel_button.setEnabled(scanning)
        self.progress.setVisible(scanning or self.progress.value() > 0)
        self.add_button.setEnabled(
            not scanning and self.add_task is None and bool(self.model.checked()) and self.site_combo.count() > 0
        )

    def _set_status(self, text: str, tone: str | None) -> None:
        self.status_label.setText(text)
        set_tone(self.status_label, tone)  # follows a theme switch (a fixed style sheet would not)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_scan()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape: a scan of nobody's interest stops too
        self.cancel_scan()
        super().done(result)
