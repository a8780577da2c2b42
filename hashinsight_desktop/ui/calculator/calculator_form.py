"""The calculator's inputs: a catalogue model (or a custom machine), the farm's figures and the market
values, each checked as typed with its error shown under it."""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services.calculator.difficulty_trend import GrowthEstimate
from hashinsight_desktop.services.calculator.inputs import DEFAULTS, parse_number
from hashinsight_desktop.services.calculator.resolution import MARKET_FIELDS
from hashinsight_desktop.services.catalogue import lookup_key
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.market_data import MarketValue, Quantity
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.calculator.field_rows import NOTE_STYLE, FieldRow, HintLabel, MarketField, set_style
from hashinsight_desktop.ui.calculator.formatting import market_text, plain
from hashinsight_desktop.ui.calculator.source_texts import growth_brief, growth_describe
from hashinsight_desktop.ui.theme import BAD_COLOR, tone_color

CUSTOM = "Custom…"
OPTIONAL_MARKET = frozenset({"network_hashrate_ehs"})  # only feeds the second estimate
# (field, label, unit, tooltip) per group; marked for translation here, translated where the rows are built
MACHINE_FIELDS = [
    (
        "hashrate_ths",
        QT_TRANSLATE_NOOP("CalculatorForm", "Hashrate"),
        "TH/s",
        QT_TRANSLATE_NOOP("CalculatorForm", "Hashrate of one unit"),
    ),
    (
        "power_w",
        QT_TRANSLATE_NOOP("CalculatorForm", "Power"),
        "W",
        QT_TRANSLATE_NOOP("CalculatorForm", "Power of one unit, at the wall"),
    ),
    (
        "quantity",
        QT_TRANSLATE_NOOP("CalculatorForm", "Quantity"),
        QT_TRANSLATE_NOOP("CalculatorForm", "units"),
        QT_TRANSLATE_NOOP("CalculatorForm", "How many units"),
    ),
    (
        "hardware_cost_usd",
        QT_TRANSLATE_NOOP("CalculatorForm", "Hardware cost"),
        QT_TRANSLATE_NOOP("CalculatorForm", "$/unit"),
        QT_TRANSLATE_NOOP("CalculatorForm", "Price of one unit, for payback and ROI (0: none)"),
    ),
]
OPERATION_FIELDS = [
    (
        "electricity_usd_per_kwh",
        QT_TRANSLATE_NOOP("CalculatorForm", "Electricity"),
        "$/kWh",
        QT_TRANSLATE_NOOP("CalculatorForm", "All-in power price"),
    ),
    (
        "pool_fee_pct",
        QT_TRANSLATE_NOOP("CalculatorForm", "Pool fee"),
        "%",
        QT_TRANSLATE_NOOP("CalculatorForm", "The pool's share of the reward"),
    ),
    (
        "uptime_pct",
        QT_TRANSLATE_NOOP("CalculatorForm", "Uptime"),
        "%",
        QT_TRANSLATE_NOOP("CalculatorForm", "Share of the time the machines hash"),
    ),
]
PROJECTION_FIELDS = [
    (
        "growth_pct_month",
        QT_TRANSLATE_NOOP("CalculatorForm", "Difficulty growth"),
        QT_TRANSLATE_NOOP("CalculatorForm", "%/month"),
        QT_TRANSLATE_NOOP("CalculatorForm", "Network difficulty growth, compounding monthly"),
    ),
    (
        "horizon_months",
        QT_TRANSLATE_NOOP("CalculatorForm", "Horizon"),
        QT_TRANSLATE_NOOP("CalculatorForm", "months"),
        QT_TRANSLATE_NOOP("CalculatorForm", "How far payback, ROI and the chart look ahead"),
    ),
]
MARKET_ROWS = [
    (
        "btc_price_usd",
        QT_TRANSLATE_NOOP("CalculatorForm", "BTC price"),
        "USD",
        QT_TRANSLATE_NOOP("CalculatorForm", "Bitcoin price in US dollars"),
    ),
    (
        "difficulty",
        QT_TRANSLATE_NOOP("CalculatorForm", "Difficulty"),
        "",
        QT_TRANSLATE_NOOP("CalculatorForm", "Network difficulty"),
    ),
    (
        "fees_per_block_btc",
        QT_TRANSLATE_NOOP("CalculatorForm", "Fees per block"),
        "BTC",
        QT_TRANSLATE_NOOP("CalculatorForm", "Mean transaction fees per block, subsidy excluded"),
    ),
    (
        "block_height",
        QT_TRANSLATE_NOOP("CalculatorForm", "Block height"),
        "",
        QT_TRANSLATE_NOOP("CalculatorForm", "For the block subsidy and the next halving"),
    ),
    (
        "network_hashrate_ehs",
        QT_TRANSLATE_NOOP("CalculatorForm", "Network hashrate"),
        "EH/s",
        QT_TRANSLATE_NOOP("CalculatorForm", "For the second, hashrate-share estimate (optional)"),
    ),
]
STATE_VERSION = 2  # 2: an empty Difficulty growth is the measured one (1 saved the old default, 0, as text)
# Difficulty growth starts empty: it then stands for the growth measured over the stored history.
FARM_DEFAULT_TEXT = {"electricity_usd_per_kwh": "0.05"} | {
    field: plain(value) for field, value in DEFAULTS.items() if field != "growth_pct_month"
}


def model_label(model: MinerModel) -> str:
    return f"{model.manufacturer} {model.name}"


class CalculatorForm(QWidget):
    changed = Signal()  # an input changed: the tab recalculates (debounced)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: list[MinerModel] = []
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("model")
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setMaxVisibleItems(20)
        self.model_combo.lineEdit().setPlaceholderText(self.tr("Type a model, e.g. S21 XP"))
        completer = self.model_combo.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.model_error = HintLabel()
        self.model_error.setObjectName("model_error")
        self.model_error.hide()

        self.rows: dict[str, FieldRow] = {}
        self.market: dict[str, MarketField] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        machine = self._group(self.tr("Machine"), MACHINE_FIELDS, with_model=True)
        layout.addWidget(machine)
        layout.addWidget(self._group(self.tr("Operation"), OPERATION_FIELDS))
        layout.addWidget(self._group(self.tr("Projection"), PROJECTION_FIELDS))
        layout.addWidget(self._market_group())
        layout.addStretch(1)
        labels = [row.label for row in (self.rows | self.market).values()]
        width = max(label.sizeHint().width() for label in labels)
        for label in [*labels, self.model_label]:
            label.setMinimumWidth(width)  # one label column down all the groups
        unit_width = max(row.unit.sizeHint().width() for row in (self.rows | self.market).values())
        reset_width = next(iter(self.market.values())).reset_button.sizeHint().width()
        for field_row in self.rows.values():  # the text fields end on one line, reset button or not
            field_row.unit.setMinimumWidth(unit_width + reset_width + 6)
        for market_field in self.market.values():
            market_field.unit.setMinimumWidth(unit_width)
            policy = market_field.reset_button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            market_field.reset_button.setSizePolicy(policy)
        for field, text in FARM_DEFAULT_TEXT.items():
            self.rows[field].set_text(text)
        self.model_combo.editTextChanged.connect(self._model_text_changed)
        self.model_combo.lineEdit().editingFinished.connect(self._tidy_model_text)

    def _group(self, title: str, fields: Sequence[tuple[str, str, str, str]], with_model: bool = False) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        row = 0
        if with_model:
            self.model_label = QLabel(self.tr("Model"))
            self.model_label.setBuddy(self.model_combo)
            grid.addWidget(self.model_label, 0, 0)
            grid.addWidget(self.model_combo, 0, 1, 1, 3)
            grid.addWidget(self.model_error, 1, 1, 1, 3)
            row = 2
        for field, text, unit, tooltip in fields:
            label = self.tr(text)  # QT_TRANSLATE_NOOP in the field tables above
            shown_unit = self.tr(unit) if unit else ""  # QT_TRANSLATE_NOOP in the field tables above
            tip = self.tr(tooltip)  # QT_TRANSLATE_NOOP in the field tables above
            field_row = FieldRow(field, label, shown_unit, tip, self)
            field_row.edited.connect(self.changed)
            self.rows[field] = field_row
            row = field_row.add_to(grid, row)
        return box

    def _market_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Market"))
        box.setToolTip(self.tr("Live market values; type over any of them for a what-if, ↺ returns to the live value"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        row = 0
        for field, text, unit, tooltip in MARKET_ROWS:
            label = self.tr(text)  # QT_TRANSLATE_NOOP in MARKET_ROWS
            tip = self.tr(tooltip)  # QT_TRANSLATE_NOOP in MARKET_ROWS
            market_field = MarketField(field, MARKET_FIELDS[field], label, unit, tip, optional=field in OPTIONAL_MARKET)
            market_field.setParent(self)
            market_field.edited.connect(self.changed)
            self.market[field] = market_field
            row = market_field.add_to(grid, row)
        return box

    # ---- the model ----------------------------------------------------------------------------------

    def set_models(self, models: Sequence[MinerModel]) -> None:
        """The catalogue to choose from; keeps the current choice (or typed text)."""
        text = self.model_combo.currentText()
        self.models = sorted(models, key=lambda m: (m.manufacturer.lower(), m.name.lower()))
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItem(CUSTOM, None)
        for model in self.models:
            self.model_combo.addItem(model_label(model), str(model.id))
        self.model_combo.setEditText(text)
        self.model_combo.blockSignals(False)
        self._model_text_changed()

    def is_custom(self) -> bool:
        return self.model_combo.currentText().strip() == CUSTOM

    def current_model(self) -> tuple[MinerModel | None, str | None]:
        """The chosen catalogue model, or the reason there is none (None, None for a custom machine)."""
        text = self.model_combo.currentText().strip()
        if text == CUSTOM:
            return None, None
        if not text:
            return None, QCoreApplication.translate(
                "CalculatorForm", "choose a catalogue model, or {custom} for your own hashrate and power"
            ).format(custom=CUSTOM)
        lowered = text.lower()
        for model in self.models:
            if model_label(model).lower() == lowered:
                return model, None
        key = lookup_key(text)
        by_key = {model.lookup_key: model for model in self.models}
        if key in by_key:
            return by_key[key], None
        close = [model_label(by_key[k]) for k in difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)]
        hint = (
            QCoreApplication.translate("CalculatorForm", " — did you mean {models}?").format(models=", ".join(close))
            if close
            else QCoreApplication.translate("CalculatorForm", "; choose {custom} for your own machine").format(
                custom=CUSTOM
            )
        )
        return None, QCoreApplication.translate("CalculatorForm", "unknown model {text}{hint}").format(
            text=repr(text), hint=hint
        )

    def select_model(self, model_id: uuid.UUID | str | None) -> bool:
        """Choose a model by id (None: custom)."""
        index = self.model_combo.findData(None if model_id is None else str(model_id))
        if model_id is None:
            index = self.model_combo.findText(CUSTOM)
        if index < 0:
            return False
        self.model_combo.setCurrentIndex(index)
        self.model_combo.setEditText(self.model_combo.itemText(index))
        return True

    def _model_text_changed(self) -> None:
        model, _error = self.current_model()
        custom = self.is_custom()
        for field in ("hashrate_ths", "power_w"):
            row = self.rows[field]
            row.edit.setReadOnly(not custom)
            row.edit.setEnabled(custom)
            if model is not None:
                row.set_text(plain(getattr(model, field)))
                row.set_error(None)
            row.edit.setToolTip(
                self.tr("Your machine's figure")
                if custom
                else self.tr("From the catalogue; choose {custom} to type").format(custom=CUSTOM)
            )
        self.changed.emit()

    def _tidy_model_text(self) -> None:
        """'s21xp' becomes 'Bitmain Antminer S21 XP' once the user leaves the field."""
        model, _error = self.current_model()
        if model is not None and self.model_combo.currentText() != model_label(model):
            self.select_model(model.id)

    # ---- values and errors --------------------------------------------------------------------------

    def given(self) -> dict[str, str]:
        """What the user typed (or left at its default): the ``given`` of ``resolve_inputs``."""
        given = {}
        for field, row in self.rows.items():
            if field in ("hashrate_ths", "power_w") and not self.is_custom():
                continue
            if row.text():
                given[field] = row.text()
        for field, market_field in self.market.items():
            if market_field.overridden:
                given[field] = market_field.text()
        return given

    def market_values(self) -> dict[Quantity, MarketValue]:
        """The live market values of the fields the user did not type over."""
        return {f.quantity: f.live for f in self.market.values() if not f.overridden and f.live is not None}

    def field_errors(self) -> dict[str, str]:
        """Every field's own error at once (``resolve_inputs`` stops at the first)."""
        errors: dict[str, str] = {}
        _model, model_error = self.current_model()
        if model_error:
            errors["model"] = model_error
        for field, row in self.rows.items():
            if field in ("hashrate_ths", "power_w") and not self.is_custom():
                continue
            if row.text() or field not in DEFAULTS:
                self._check(errors, field, row.text())
        for field, market_field in self.market.items():
            if market_field.overridden:
                if not market_field.text():
                    errors[field] = QCoreApplication.translate("CalculatorForm", "type a value, or ↺ for the live one")
                else:
                    self._check(errors, field, market_field.text())
            elif market_field.live is None and field not in OPTIONAL_MARKET:
                errors[field] = QCoreApplication.translate(
                    "CalculatorForm", "no market value: type one, or refresh market data (F5)"
                )
        return errors

    @staticmethod
    def _check(errors: dict[str, str], field: str, text: str) -> None:
        try:
            parse_number(field, text)
        except ValidationError as exc:
            errors[field] = render(exc.message_text, QCoreApplication.translate)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for field, row in (self.rows | self.market).items():
            row.set_error(errors.get(field))
        message = errors.get("model")
        self.model_error.setVisible(bool(message))
        self.model_error.setText(message or "")
        self.model_error.setToolTip(message or "")
        set_style(self.model_error, f"color: {tone_color(self.window(), BAD_COLOR)}; {NOTE_STYLE}")

    def error_of(self, field: str) -> str | None:
        if field == "model":
            return self.model_error.text() if not self.model_error.isHidden() else None
        return (self.rows | self.market)[field].error()

    # ---- market data --------------------------------------------------------------------------------

    def set_growth(self, growth: GrowthEstimate) -> None:
        """What an empty Difficulty growth stands for, said under it."""
        row = self.rows["growth_pct_month"]
        row.edit.setPlaceholderText(plain(growth.pct_month))
        # Short enough for the line under the field (it was cut with "…"); the whole of it as the tooltip.
        row.set_hint(
            self.tr("empty: {growth}").format(growth=growth_brief(growth)),
            self.tr("Empty: {growth}").format(growth=growth_describe(growth)),
        )

    def set_market(self, values: Mapping[Quantity, MarketValue], now: datetime) -> None:
        for market_field in self.market.values():
            market_field.set_live(values.get(market_field.quantity, market_field.live), now)

    def refresh_ages(self, now: datetime) -> None:
        for market_field in self.market.values():
            market_field.refresh_source(now)

    # ---- saved states -------------------------------------------------------------------------------

    def restore(self, saved: Mapping[str, Mapping[str, Any]], when: str) -> None:
        """The inputs of a saved calculation (``sources_as_dict``), market values as they were then."""
        source = str(saved.get("hashrate_ths", {}).get("source", ""))
        named = source.removeprefix("catalogue: ")
        model = next((m for m in self.models if model_label(m) == named), None) if source != named else None
        self.select_model(model.id if model else None)
        for field, row in self.rows.items():
            if field in saved and (model is None or field not in ("hashrate_ths", "power_w")):
                row.set_text(plain(saved[field].get("value")))
        for field, market_field in self.market.items():
            if field in saved and saved[field].get("value") is not None:
                value = Decimal(str(saved[field]["value"]))
                note = QCoreApplication.translate("CalculatorForm", "from history ({source}, {when})").format(
                    source=saved[field].get("source", "?"), when=when
                )
                market_field.override(market_text(market_field.quantity, value), note)
            else:
                market_field.reset()
        self.changed.emit()

    def state(self) -> dict[str, Any]:
        fields = {field: row.text() for field, row in self.rows.items()}
        return {"model": self.model_combo.currentText(), "fields": fields, "version": STATE_VERSION}

    def apply_state(self, state: Mapping[str, Any]) -> None:
        fields = state.get("fields")
        if isinstance(fields, dict):
            if state.get("version") != STATE_VERSION and fields.get("growth_pct_month") == "0":
                fields = {k: v for k, v in fields.items() if k != "growth_pct_month"}  # the old default, not typed
            for field, text in fields.items():
                if field in self.rows and isinstance(text, str):
                    self.rows[field].set_text(text)
        model = state.get("model")
        if isinstance(model, str) and model:
            self.model_combo.setEditText(model)
