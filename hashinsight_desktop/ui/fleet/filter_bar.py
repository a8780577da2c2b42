"""The miners table's filters: a text matching IP, name or firmware, and status, model, firmware family and
customer combos whose
choices follow the miners listed (without disturbing the user's current choice)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.ui.fleet.action_gate import family_label
from hashinsight_desktop.ui.fleet.miner_columns import STATUS_LABELS, STATUSES, status_label
from hashinsight_desktop.ui.fleet.miners_filter import ALERTING, ANOMALOUS


def _t(text: str) -> str:
    return QCoreApplication.translate("MinerFilterBar", text)


def _status_labels() -> dict[str, str]:
    """Each status as the filter names it."""
    assert set(STATUS_LABELS) == set(STATUSES), "a status without a label"
    return {status: status_label(status) for status in STATUSES}


@dataclass(frozen=True)
class FilterChoices:
    """What the combos offer: worked out from 20,000 rows in the refresh's worker thread."""

    models: list[str]
    families: list[str]
    customers: list[str]
    no_customer: bool  # some miner has no customer: offer "No customer"


def filter_choices(rows: Sequence[MinerRow]) -> FilterChoices:
    return FilterChoices(
        models=sorted({r.model for r in rows if r.model}, key=str.lower),
        families=sorted({family_label(r) for r in rows}, key=str.lower),
        customers=sorted({r.customer for r in rows if r.customer}, key=str.lower),
        no_customer=any(not r.customer for r in rows),
    )


class MinerFilterBar(QWidget):
    """``changed`` fires whenever a filter changes (text as typed, combos on selection)."""

    changed = Signal()

    def __init__(self, show_customers: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_box = QLineEdit(placeholderText=_t("Filter by IP, name or firmware  (Ctrl+F)"))
        self.text_box.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(_t("All statuses"), "")
        labels = _status_labels()
        for status in STATUSES:
            self.status_combo.addItem(labels[status], status)
        self.status_combo.addItem(_t("With open alerts"), ALERTING)
        self.status_combo.addItem(_t("With telemetry anomalies"), ANOMALOUS)
        self.model_combo = QComboBox()
        self.model_combo.addItem(_t("All models"), "")
        self.family_combo = QComboBox()
        self.family_combo.addItem(_t("All firmware"), "")
        self.family_combo.setToolTip(_t("The firmware family: how the miners are controlled"))
        self.customer_combo = QComboBox()
        self.customer_combo.addItem(_t("All customers"), None)
        self.customer_combo.setVisible(show_customers)  # a customer sees only their own miners anyway
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_box, 1)
        for combo in (self.status_combo, self.model_combo, self.family_combo, self.customer_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo)
        # Long model names must not squeeze the text filter: the model list is as wide as a short name.
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(16)
        self.text_box.textChanged.connect(self.changed)

    @property
    def text(self) -> str:
        return self.text_box.text()

    @property
    def status(self) -> str:
        return str(self.status_combo.currentData() or "")

    @property
    def model(self) -> str:
        return str(self.model_combo.currentData() or "")

    @property
    def family(self) -> str:
        return str(self.family_combo.currentData() or "")

    @property
    def customer(self) -> str | None:
        """None: any customer; "": miners with no customer."""
        value = self.customer_combo.currentData()
        return None if value is None else str(value)

    def set_status(self, status: str) -> None:
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def fill(self, choices: FilterChoices) -> None:
        """The model, family and customer choices of the miners listed."""
        _fill(self.model_combo, _t("All models"), "", [(m, m) for m in choices.models])
        _fill(self.family_combo, _t("All firmware"), "", [(f, f) for f in choices.families])
        no_customer = [(_t("No customer"), "")] if choices.no_customer else []
        _fill(self.customer_combo, _t("All customers"), None, no_customer + [(c, c) for c in choices.customers])

    def clear(self) -> None:
        for combo in (self.status_combo, self.model_combo, self.family_combo, self.customer_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.text_box.blockSignals(True)
        self.text_box.clear()
        self.text_box.blockSignals(False)
        self.changed.emit()

    def focus_text(self) -> None:
        self.text_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_box.selectAll()


def _fill(combo: QComboBox, all_text: str, all_value: object, items: list[tuple[str, str]]) -> None:
    wanted = [all_value, *(value for _text, value in items)]
    if [combo.itemData(i) for i in range(combo.count())] == wanted:
        return  # unchanged: leave the user's choice alone
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, all_value)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if index < 0 and current != all_value:
        combo.currentIndexChanged.emit(0)  # the chosen value is gone: show everything again
