"""The bar over the Curtailment tab: which site, what it draws now (a big number and a gauge), how
many miners answered the last poll, when it was read, Refresh; under it the plan line and the site's
power price (with Set price…).

The plan line never recomputes a plan from the power now: while a plan runs, or holds the site
curtailed, it shows that plan's fixed figures — the power before it, its target (the site's ceiling,
fixed when the run started), the power measured now and the gap between the two. With no such plan
it shows where the target typed in the form would take the site from the power now, as an estimate."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hashinsight_desktop.services.curtailment.plans import PlanSummary
from hashinsight_desktop.services.curtailment.site_readings import PowerPriceNow, SiteChoice, SitePower
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.age_text import age_text
from hashinsight_desktop.ui.curtailment.plans_model import kwh_price_text
from hashinsight_desktop.ui.curtailment.power_gauge import PowerGauge
from hashinsight_desktop.ui.curtailment.timeline_chart import power_text
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.theme import BAD_COLOR, MUTED, NOTE_COLOR, OK_COLOR, set_tone

# Plans whose fixed figures the bar shows: running, or holding the site curtailed after their run.
HOLDING_STATES = frozenset({"executing", "executed", "partially_executed", "failed", "stopped", "recovering"})


def signed_kw(kw: float) -> str:
    return ("+" if kw > 0 else "−" if kw < 0 else "") + f"{number(abs(kw), 1)} kW"


class SiteBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sites: list[SiteChoice] = []
        self.plan: PlanSummary | None = None  # the plan whose figures the plan line shows
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setMinimumContentsLength(20)
        self.site_combo.setToolTip(self.tr("The site to plan for (sites you may operate)"))
        # An empty chooser says why (a first start has no site; a site manager may have none in scope).
        self.site_combo.setPlaceholderText(self.tr("no site to operate yet"))
        self.power_label = QLabel("—")
        self.power_label.setObjectName("powerNow")
        self.power_label.setToolTip(self.tr("What the site's miners that answered their last poll draw now"))
        # A font, not a style sheet: a style sheet froze the label's palette (black on dark grey in the
        # dark theme, and the dark theme's text colour after switching back to light).
        big = QFont(self.power_label.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.6)
        big.setWeight(QFont.Weight.DemiBold)
        self.power_label.setFont(big)
        self.gauge = PowerGauge()
        self.reporting_label = QLabel()
        self.reporting_label.setObjectName("reportingLabel")
        self.updated_label = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the power, the plans and the open plan again (F5)"))
        # -- the plan line --
        self.target_label = QLabel()
        self.target_label.setObjectName("targetLevel")
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gap_label = QLabel()
        self.gap_label.setObjectName("gapLabel")
        self.gap_label.setTextFormat(Qt.TextFormat.PlainText)
        self.price_label = QLabel()
        self.price_label.setObjectName("priceNow")
        self.price_button = QPushButton(self.tr("Set price…"))
        self.price_button.setObjectName("setPriceButton")
        self.price_button.setToolTip(
            self.tr("Record the site's power price now, in $/kWh (what price-triggered plans watch)")
        )

        site_title = QLabel(self.tr("Site"))
        site_title.setBuddy(self.site_combo)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(site_title)
        top.addWidget(self.site_combo)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Power now")))
        top.addWidget(self.power_label)
        top.addWidget(self.gauge, 1)
        top.addWidget(self.reporting_label)
        top.addSpacing(8)
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.target_label)
        line.addWidget(self.gap_label)
        line.addStretch(1)
        line.addWidget(self.price_label)
        line.addWidget(self.price_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(line)
        self.restyle()

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
        self.price_button.setEnabled(bool(sites))

    def current_site(self) -> SiteChoice | None:
        site_id = self.site_combo.currentData()
        return next((s for s in self.sites if s.id == site_id), None)

    def show_price(self, price: PowerPriceNow | None, now: datetime | None) -> None:
        """The site's latest power-price signal and its age (what price-triggered plans watch), in $/kWh."""
        if price is None or now is None:
            self.price_label.setText(self.tr("no power price recorded") if now is not None else "")
            self.price_label.setToolTip(
                self.tr("No power price recorded for this site: Set price… records one (or `curtail price`).")
            )
            return
        age = age_text((now - price.recorded_at).total_seconds())
        self.price_label.setText(
            self.tr("price {price}, {age}").format(price=kwh_price_text(price.usd_per_mwh), age=age)
        )
        local = price.recorded_at.astimezone()
        self.price_label.setToolTip(
            self.tr(
                "The site's latest power price: {price} from {source}, recorded {when}. Price-triggered plans watch it."
            ).format(price=kwh_price_text(price.usd_per_mwh, 5), source=price.source, when=f"{local:%Y-%m-%d %H:%M %Z}")
        )

    def show_power(self, power: SitePower | None, target_kw: float | None, plan: PlanSummary | None = None) -> None:
        """The power now; the plan line: ``plan``'s fixed figures when it runs or holds the site
        curtailed, else where the typed ``target_kw`` would take the site (an estimate)."""
        site = self.current_site()
        if plan is not None and (site is None or plan.site_id != site.id or plan.state not in HOLDING_STATES):
            plan = None
        figures = plan.figures if plan is not None else None
        self.plan = plan if figures is not None else None
        self.gap_label.setText("")
        self.gap_label.setToolTip("")
        if power is None or site is None:
            self.power_label.setText("—")
            self.reporting_label.setText("")
            self.gauge.set_values(None, None, site.capacity_kw if site else 0.0)
            self.target_label.setText("")
            set_tone(self.target_label, "")
            set_tone(self.gap_label, "")
            return
        self.power_label.setText(power_text(power.power_now_kw))
        reporting = self.tr("{n} of {m} miners reporting").format(n=grouped(power.reporting), m=grouped(power.miners))
        self.reporting_label.setText(reporting)
        down = power.miners - power.reporting
        self.reporting_label.setToolTip(
            self.tr(
                "{down} active miner(s) did not answer their last poll, or were not polled in the last 10 minutes"
            ).format(down=grouped(down))
            if down
            else self.tr("Every active miner answered its last poll")
        )
        set_tone(self.reporting_label, NOTE_COLOR if down else "")
        if plan is not None and figures is not None:
            self.gauge.set_values(power.power_now_kw, figures.site_target_kw, site.capacity_kw)
            before = self.tr("power before") if not figures.from_preview else self.tr("power at preview")
            self.target_label.setText(
                self.tr("“{name}” ({state}): {before} {p0} · target ≤ {target} · now {now}").format(
                    name=plan.name,
                    state=render(plan.state_label, QCoreApplication.translate).lower(),
                    before=before,
                    p0=f"{number(figures.power_before_kw, 1)} kW",
                    target=f"{number(figures.site_target_kw, 1)} kW",
                    now=f"{number(power.power_now_kw, 1)} kW",
                )
            )
            self.target_label.setToolTip(
                self.tr(
                    "The plan's fixed figures: the site drew {p0} before it; it aims at {target} "
                    "(shed {shed}), fixed when the run started. 'now' is the power measured now."
                ).format(
                    p0=f"{number(figures.power_before_kw, 1)} kW",
                    target=f"{number(figures.site_target_kw, 1)} kW",
                    shed=f"{number(plan.target_kw, 1)} kW",
                )
            )
            set_tone(self.target_label, "")
            gap = figures.gap_kw(power.power_now_kw)
            above = figures.above_target(power.power_now_kw)
            if above:
                words = self.tr("gap {gap} above target")
            elif gap > 0:
                words = self.tr("gap {gap}: within tolerance of target")
            else:
                words = self.tr("gap {gap}: at or below target")
            self.gap_label.setText(words.format(gap=signed_kw(gap)))
            tolerance = figures.tolerance_kw
            self.gap_label.setToolTip(
                self.tr("Measured now − target; above target + tolerance ({tol}) it is shown as a warning").format(
                    tol=f"{number(tolerance, 1)} kW" if tolerance is not None else "0 kW"
                )
            )
            set_tone(self.gap_label, NOTE_COLOR if above else OK_COLOR)
            return
        level = power.power_now_kw - target_kw if target_kw is not None else None
        self.gauge.set_values(power.power_now_kw, level, site.capacity_kw)
        self.target_label.setToolTip(
            self.tr(
                "An estimate for the target typed in the form, from the power now; "
                "a plan fixes its figures when it runs"
            )
        )
        if target_kw is None or level is None:
            text = ""
        elif level < 0:
            text = self.tr("shed {target}: more than the site draws").format(target=power_text(target_kw))
        else:
            text = self.tr("shed {target} → about {level} from the power now").format(
                target=power_text(target_kw), level=power_text(level)
            )
        self.target_label.setText(text)
        set_tone(self.target_label, BAD_COLOR if level is not None and level < 0 else "")

    def restyle(self) -> None:
        """Colours worked out from the palette, worked out again (after a theme switch)."""
        set_tone(self.price_label, MUTED)
