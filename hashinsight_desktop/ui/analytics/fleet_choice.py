"""What the heat-map and the replay are about: a catalogue model (typed figures) or the user's fleet, optionally one
site; the database reads the fleet needs (``FleetData``, scoped by the signed-in principal like the Fleet tab, run
off the GUI thread by ``ui.background_read.LatestRun``); and the busy row shown while one runs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QProgressBar, QPushButton, QWidget

from hashinsight_desktop.services.analytics.fleet_history import FleetDays, MarketDays, fleet_days, market_days
from hashinsight_desktop.services.analytics.fleet_profile import FleetProfile, fleet_profile
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal

MODEL, FLEET = "model", "fleet"


@dataclass(frozen=True)
class FleetData:
    """The reads behind the fleet variants, each in its own short session (called from a worker thread)."""

    context: AppContext
    principal: Principal

    def profile(self, site_id: uuid.UUID | None) -> FleetProfile:
        with self.context.database.session_factory() as session:
            return fleet_profile(session, self.principal, self.context.clock(), site_id)

    def days(self, start: date, end: date, site_id: uuid.UUID | None) -> FleetDays:
        with self.context.database.session_factory() as session:
            return fleet_days(session, self.principal, start, end, site_id)

    def market(self, start: date, end: date, stated_fees_btc: float) -> MarketDays:
        with self.context.database.session_factory() as session:
            return market_days(session, start, end, stated_fees_btc)


class FleetChoice(QWidget):
    """ "Scenario: Model | My fleet" and, for the fleet, "Site: All sites | …"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = QComboBox()
        self.scenario.addItem(self.tr("A model (typed figures)"), MODEL)
        self.scenario.addItem(self.tr("My fleet (the miners I may see)"), FLEET)
        self.site = QComboBox()
        self.set_sites([])
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Scenario"), self.scenario)
        form.addRow(self.tr("Site"), self.site)
        self.scenario.currentIndexChanged.connect(self._scenario_changed)
        self.site.currentIndexChanged.connect(lambda _: self.changed.emit())
        self._scenario_changed()

    def set_sites(self, sites: Sequence[tuple[uuid.UUID, str]]) -> None:
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("All sites"), None)
        for site_id, name in sites:
            self.site.addItem(name, site_id)
        index = self.site.findData(chosen)
        self.site.setCurrentIndex(max(index, 0))
        self.site.blockSignals(False)

    def is_fleet(self) -> bool:
        return bool(self.scenario.currentData() == FLEET)

    def site_id(self) -> uuid.UUID | None:
        value = self.site.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def site_name(self) -> str:
        return self.site.currentText() if self.site_id() is not None else ""

    def _scenario_changed(self) -> None:
        self.site.setEnabled(self.is_fleet())
        self.changed.emit()


class BusyRow(QWidget):
    """A busy bar and Cancel while a read runs (hidden otherwise); Cancel emits ``cancelled``."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # a database read reports no steps
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


def describe_profile(profile: FleetProfile, site: str) -> str:
    """ "182 miners: 170 measured, 12 nameplate" and what each means, for the heat-map's status line."""
    where = (
        QCoreApplication.translate("FleetChoice", "at {site}").format(site=site)
        if site
        else QCoreApplication.translate("FleetChoice", "at all sites")
    )
    text = QCoreApplication.translate(
        "FleetChoice", "Fleet {where}: {miners} miners: {measured} measured, {nameplate} nameplate"
    ).format(where=where, miners=profile.miners, measured=profile.measured, nameplate=profile.nameplate)
    if profile.without_figures:
        text += QCoreApplication.translate(
            "FleetChoice", ", {n} left out (no telemetry and no catalogue model)"
        ).format(n=profile.without_figures)
    text += ".\n" + QCoreApplication.translate(
        "FleetChoice",
        "Measured: the average of {since} – {until} UTC with downtime included ({answered:.0f} % of polls answered"
        "{silent}); nameplate: the catalogue model running all day. Total {ths:,.1f} TH/s, {kw:,.2f} kW.",
    ).format(
        since=profile.since.strftime("%Y-%m-%d %H:%M"),
        until=profile.until.strftime("%Y-%m-%d %H:%M"),
        answered=profile.answered_pct,
        silent=QCoreApplication.translate("FleetChoice", "; {n} never answered").format(n=profile.silent)
        if profile.silent
        else "",
        ths=profile.hashrate_ths,
        kw=profile.power_w / 1000,
    )
    return text
