"""What switching the machines off for some hours a month costs and saves, at the current inputs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hashinsight_desktop.services.calculator.curtailment_impact import CurtailmentImpact, impact_of_hours
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.calculator.field_rows import NOTE_STYLE, muted_color, set_style
from hashinsight_desktop.ui.calculator.formatting import plain, signed_usd, usd
from hashinsight_desktop.ui.locale_format import number
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, tone_color

DEFAULT_HOURS = "40"
FIGURES = {
    "revenue_lost_usd": QT_TRANSLATE_NOOP("CurtailmentPanel", "Revenue lost"),
    "power_cost_saved_usd": QT_TRANSLATE_NOOP("CurtailmentPanel", "Power cost saved"),
    "net_usd": QT_TRANSLATE_NOOP("CurtailmentPanel", "Net (saved − lost)"),
    "energy_not_used_mwh": QT_TRANSLATE_NOOP("CurtailmentPanel", "Energy not used"),
}


class CurtailmentPanel(QWidget):
    changed = Signal()  # the hours changed (the tab remembers them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours_edit = QLineEdit(DEFAULT_HOURS)
        self.hours_edit.setObjectName("hours_per_month")
        self.hours_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hours_edit.setMaximumWidth(120)
        self.hours_edit.setToolTip(self.tr("Hours per month the machines are switched off (0 to 730)"))
        self.error_label = QLabel()
        self.error_label.setObjectName("hours_per_month_error")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        self.values = {key: QLabel("—") for key in FIGURES}
        for label in self.values.values():
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.threshold = QLabel()
        self.threshold.setObjectName("switch_off_threshold")
        self.threshold.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)

        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        grid.addWidget(QLabel(self.tr("Hours curtailed per month")), 0, 0)
        grid.addWidget(self.hours_edit, 0, 1)
        grid.addWidget(QLabel(self.tr("h")), 0, 2)
        grid.addWidget(self.error_label, 1, 0, 1, 4)
        for row, (key, title) in enumerate(FIGURES.items(), start=2):
            shown = QCoreApplication.translate("CurtailmentPanel", title)  # QT_TRANSLATE_NOOP in FIGURES
            grid.addWidget(QLabel(shown), row, 0)
            grid.addWidget(self.values[key], row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.threshold)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        self._inputs: CalculatorInputs | None = None
        self.impact: CurtailmentImpact | None = None
        self.hours_edit.textEdited.connect(self._hours_edited)

    def hours(self) -> str:
        return self.hours_edit.text().strip()

    def set_hours(self, text: str) -> None:
        self.hours_edit.setText(text)
        self._update()

    def set_inputs(self, inputs: CalculatorInputs) -> None:
        self._inputs = inputs
        self._update()

    def _hours_edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        if self._inputs is None:
            return
        try:
            impact = impact_of_hours(self._inputs, self.hours())
        except ValidationError as exc:
            self.error_label.setText(render(exc.message_text, QCoreApplication.translate))
            set_style(self.error_label, f"color: {tone_color(self.window(), BAD_COLOR)}; {NOTE_STYLE}")
            self.error_label.show()
            return
        self.error_label.hide()
        self.impact = impact
        self.values["revenue_lost_usd"].setText(usd(impact.revenue_lost_usd))
        self.values["power_cost_saved_usd"].setText(usd(impact.power_cost_saved_usd))
        self.values["net_usd"].setText(signed_usd(impact.net_usd))
        self.values["energy_not_used_mwh"].setText(
            self.tr("{mwh} MWh").format(mwh=number(impact.energy_not_used_mwh, 3))
        )
        tone = OK_COLOR if impact.net_usd > 0 else BAD_COLOR if impact.net_usd < 0 else ""
        net_style = f"color: {tone_color(self.window(), tone)}; font-weight: 600;" if tone else ""
        set_style(self.values["net_usd"], net_style)
        price = self._inputs.electricity_usd_per_kwh
        threshold = impact.switch_off_above_usd_per_kwh
        self.threshold.setText(
            self.tr("<b>Switching off pays above ${price}/kWh</b>").format(price=number(threshold, 4))
        )
        if price > threshold:
            advice = self.tr("At ${price}/kWh the machines lose money while running: every hour off saves.").format(
                price=plain(price)
            )
        else:
            advice = self.tr(
                "At ${price}/kWh running pays: curtail only when the power price (or a demand-response "
                "payment) beats ${threshold}/kWh."
            ).format(price=plain(price), threshold=number(threshold, 4))
        self.advice.setText(advice)
        set_style(self.advice, f"color: {muted_color(self)};")

    def value_text(self, key: str) -> str:
        return self.values[key].text()
