"""The bar over the Curtailment tab: which site, what it draws now (a big number and a gauge) and its
latest power price, where the typed target would take it, how many miners report, when it was read,
and Refresh."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from hashinsight_desktop.services.curtailment.site_readings import PowerPriceNow, SiteChoice, SitePower
from hashinsight_desktop.services.market_data.quantities import format_age
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.curtailment.power_gauge import PowerGauge
from hashinsight_desktop.ui.curtailment.timeline_chart import power_text
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color


class SiteBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sites: list[SiteChoice] = []
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setMinimumContentsLength(20)
        self.site_combo.setToolTip("The site to plan for (sites you may operate)")
        # An empty chooser says why (a first start has no site; a site manager may have none in scope).
        self.site_combo.setPlaceholderText("no site to operate yet")
        self.power_label = QLabel("—")
        self.power_label.setObjectName("powerNow")
        self.power_label.setToolTip("What the site's miners polled in the last 10 minutes draw now")
        self.power_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.price_label = QLabel()
        self.price_label.setObjectName("priceNow")
        self.price_label.hide()  # a site that never records prices has nothing to show here
        self.gauge = PowerGauge()
        self.target_label = QLabel()
        self.target_label.setObjectName("targetLevel")
        self.updated_label = QLabel()
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Read the power, the plans and the open plan again (F5)")
        site_title = QLabel("Site")
        site_title.setBuddy(self.site_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(site_title)
        layout.addWidget(self.site_combo)
        layout.addSpacing(16)
        layout.addWidget(QLabel("Power now"))
        layout.addWidget(self.power_label)
        layout.addWidget(self.price_label)
        layout.addWidget(self.gauge, 1)
        layout.addWidget(self.target_label)
        layout.addSpacing(8)
        layout.addWidget(self.updated_label)
        layout.addWidget(self.refresh_button)

    def set_sites(self, sites: list[SiteChoice], selected: uuid.UUID | None) -> None:
        """Fill the chooser without announcing a change (the caller reads the chosen site)."""
        self.sites = sites
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        index = self.site_combo.findData(selected)
        self.site_combo.setCurrentIndex(max(index, 0) if sites else -1)
        self.site_combo.setEnabled(bool(sites))
        self.site_combo.blockSignals(False)

    def current_site(self) -> SiteChoice | None:
        site_id = self.site_combo.currentData()
        return next((s for s in self.sites if s.id == site_id), None)

    def show_price(self, price: PowerPriceNow | None, now: datetime | None) -> None:
        """The site's latest power-price signal and its age (what price-triggered plans watch)."""
        self.price_label.setVisible(price is not None and now is not None)
        if price is None or now is None:
            return
        age = format_age((now - price.recorded_at).total_seconds())
        self.price_label.setText(f"price {price.usd_per_mwh:,.0f} USD/MWh, {age}")
        self.price_label.setStyleSheet(f"color: {muted_color()};")
        local = price.recorded_at.astimezone()
        self.price_label.setToolTip(
            f"The site's latest power price: {price.usd_per_mwh:,.2f} USD/MWh from {price.source}, "
            f"recorded {local:%Y-%m-%d %H:%M %Z}. Price-triggered plans watch it."
        )

    def show_power(self, power: SitePower | None, target_kw: float | None) -> None:
        site = self.current_site()
        if power is None or site is None:
            self.power_label.setText("—")
            self.gauge.set_values(None, None, site.capacity_kw if site else 0.0)
            self.target_label.setText("")
            return
        self.power_label.setText(power_text(power.power_now_kw))
        level = power.power_now_kw - target_kw if target_kw is not None else None
        self.gauge.set_values(power.power_now_kw, level, site.capacity_kw)
        reporting = f"{power.reporting:,} of {power.miners:,} miners reporting"
        if target_kw is None or level is None:
            text = reporting
        elif level < 0:
            text = f"shed {power_text(target_kw)}: more than the site draws · {reporting}"
        else:
            text = f"shed {power_text(target_kw)} → {power_text(level)} · {reporting}"
        self.target_label.setText(text)
        too_much = level is not None and level < 0
        self.target_label.setStyleSheet(f"color: {tone_color(self.window(), BAD_COLOR)};" if too_much else "")
