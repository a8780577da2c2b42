"""The miner and market a heat-map or an explanation is about: a catalogue model (or typed figures) and the market
values, pre-filled from the calculator's last stored market values (and the last daily bar for the price)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, render
from hashinsight_desktop.services.validation import labelled


@dataclass(frozen=True)
class ModelChoice:
    name: str
    hashrate_ths: float
    power_w: float
    price_usd: Decimal | None


# Field → the label its row shows; the keys are CalculatorInputs' own names, and a parse error names the label
# (`services.validation.labelled`), in the reader's language.
LABELS: dict[str, Template] = {
    "hashrate_ths": QT_TRANSLATE_NOOP("ScenarioForm", "Hashrate (TH/s)"),
    "power_w": QT_TRANSLATE_NOOP("ScenarioForm", "Power (W)"),
    "quantity": QT_TRANSLATE_NOOP("ScenarioForm", "Units"),
    "electricity_usd_per_kwh": QT_TRANSLATE_NOOP("ScenarioForm", "Electricity ($/kWh)"),
    "btc_price_usd": QT_TRANSLATE_NOOP("ScenarioForm", "BTC price (USD)"),
    "difficulty": QT_TRANSLATE_NOOP("ScenarioForm", "Difficulty"),
    "fees_per_block_btc": QT_TRANSLATE_NOOP("ScenarioForm", "Fees per block (BTC)"),
    "block_height": QT_TRANSLATE_NOOP("ScenarioForm", "Block height"),
    "pool_fee_pct": QT_TRANSLATE_NOOP("ScenarioForm", "Pool fee (%)"),
    "uptime_pct": QT_TRANSLATE_NOOP("ScenarioForm", "Uptime (%)"),
    "hardware_cost_usd": QT_TRANSLATE_NOOP("ScenarioForm", "Hardware cost per unit (USD)"),
}
FIELDS = tuple(LABELS)


class ScenarioForm(QWidget):
    def __init__(self, parent: QWidget | None = None, fields: Sequence[str] = FIELDS) -> None:
        super().__init__(parent)
        self.shown = tuple(fields)
        self.models: list[ModelChoice] = []
        self.model_combo = QComboBox()
        self.model_combo.currentIndexChanged.connect(self._model_chosen)
        self.edits = {field: QLineEdit() for field in FIELDS}  # all kept: a hidden one holds its default
        self.exact: dict[str, tuple[str, str]] = {}  # field → (text shown, figure computed with): see show_figure
        self.edits["quantity"].setText("1")
        self.edits["electricity_usd_per_kwh"].setText("0.05")
        self.edits["pool_fee_pct"].setText("2")
        self.edits["uptime_pct"].setText("100")
        self.edits["hardware_cost_usd"].setText("0")
        self.layout_form = QFormLayout(self)
        self.layout_form.addRow(self.tr("Model"), self.model_combo)
        for field in fields:
            self.layout_form.addRow(render(LABELS[field], QCoreApplication.translate), self.edits[field])

    def set_rows_visible(self, fields: Sequence[str], visible: bool) -> None:
        """Shows or hides the model row and the given fields' rows (the fleet brings its own figures)."""
        self.layout_form.setRowVisible(self.model_combo, visible)
        for field in fields:
            if field in self.shown:
                self.layout_form.setRowVisible(self.edits[field], visible)
        self.updateGeometry()  # the page's layout gives the rows' space back (it does not ask by itself)

    def set_choices(self, models: Sequence[ModelChoice], market: Mapping[str, Decimal]) -> None:
        self.models = list(models)
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItem(self.tr("Typed figures"))
        for model in self.models:
            self.model_combo.addItem(model.name)
        self.model_combo.blockSignals(False)
        for field, value in market.items():
            if field in self.shown and not self.edits[field].text():
                self.edits[field].setText(f"{value.normalize():f}")  # 861000, not 861000.000000000
        if self.models and not self.edits["hashrate_ths"].text() and self.model_combo.count() > 1:
            self.model_combo.setCurrentIndex(1)

    def _model_chosen(self, index: int) -> None:
        if index < 1:
            return
        model = self.models[index - 1]
        self.edits["hashrate_ths"].setText(f"{model.hashrate_ths:g}")
        self.edits["power_w"].setText(f"{model.power_w:g}")
        self.edits["hardware_cost_usd"].setText("0" if model.price_usd is None else f"{model.price_usd.normalize():f}")

    def show_figure(self, field: str, exact: float, decimals: int) -> None:
        """``exact`` shown with the ``decimals`` a reader reads (the fleet's average miner: 108.33 TH/s) and computed
        with in full while the field still says what it was filled with (325 / 3 units are 325 TH/s, not 324.99)."""
        shown = f"{exact:.{decimals}f}"
        self.edits[field].setText(shown)
        self.exact[field] = (shown, repr(exact))

    def raw(self) -> dict[str, Any]:
        raw = {field: edit.text() for field, edit in self.edits.items()}
        for field, (shown, exact) in self.exact.items():
            if raw[field] == shown:  # a changed text is the user's figure
                raw[field] = exact
        return raw

    def inputs(self) -> CalculatorInputs:
        """The checked inputs; ValidationError names the first bad field."""
        raw = self.raw()
        raw["model_name"] = self.model_combo.currentText() if self.model_combo.currentIndex() > 0 else "custom"
        with labelled(LABELS):
            return CalculatorInputs.parse(raw)
