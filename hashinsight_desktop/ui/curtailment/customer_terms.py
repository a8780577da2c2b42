"""The customers hosted at a site with the terms a plan may respect: at most X % of a customer's
power curtailed (caps), and SLA weights for the customer strategy. An editable two-column table."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.ui.common import Index, ListTableModel

COL_CUSTOMER, COL_CAP, COL_WEIGHT = range(3)


@dataclass
class CustomerTerms:
    customer_id: uuid.UUID
    name: str
    cap: str = ""  # text as typed: empty means no cap
    weight: str = ""  # empty means 1


def _number(text: str) -> float:
    return float(text.replace(",", ".").replace("%", "").strip())


class CustomerTermsModel(ListTableModel[CustomerTerms]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Customer"),
        QT_TRANSLATE_NOOP("Columns", "Cap %"),
        QT_TRANSLATE_NOOP("Columns", "SLA weight"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_customers(self, customers: list[tuple[uuid.UUID, str]]) -> None:
        """New rows for a site's customers, keeping what was typed for customers still there."""
        typed = {t.customer_id: t for t in self.rows}
        self.beginResetModel()
        self.rows = [typed.get(cid, CustomerTerms(cid, name)) for cid, name in customers]
        for row, (_cid, name) in zip(self.rows, customers, strict=True):
            row.name = name
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (COL_CAP, COL_WEIGHT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.name, row.cap, row.weight)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != COL_CUSTOMER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                "Curtail at most this share of the customer's power (0–100 %); empty: no cap",
                "Customer strategy: a higher weight keeps this customer's miners running; empty: 1",
            )[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == COL_CUSTOMER:
            return False
        row = self.rows[index.row()]
        if index.column() == COL_CAP:
            row.cap = str(value).strip()
        else:
            row.weight = str(value).strip()
        self.dataChanged.emit(index, index)
        return True

    def terms(self) -> tuple[dict[uuid.UUID, float], dict[uuid.UUID, float]]:
        """(caps %, SLA weights) of the customers given one; ValidationError("customer_caps", …)
        names the customer whose entry is not a number in range."""
        caps: dict[uuid.UUID, float] = {}
        weights: dict[uuid.UUID, float] = {}
        for row in self.rows:
            if row.cap:
                try:
                    cap = _number(row.cap)
                except ValueError:
                    raise ValidationError(
                        "customer_caps",
                        QCoreApplication.translate("CustomerTerms", "{name}: the cap {cap} is not a number").format(
                            name=row.name, cap=repr(row.cap)
                        ),
                    ) from None
                if not 0 <= cap <= 100:
                    raise ValidationError(
                        "customer_caps",
                        QCoreApplication.translate(
                            "CustomerTerms", "{name}: a cap is a percentage from 0 to 100"
                        ).format(name=row.name),
                    )
                caps[row.customer_id] = cap
            if row.weight:
                try:
                    weight = _number(row.weight)
                except ValueError:
                    raise ValidationError(
                        "customer_caps",
                        QCoreApplication.translate(
                            "CustomerTerms", "{name}: the SLA weight {weight} is not a number"
                        ).format(name=row.name, weight=repr(row.weight)),
                    ) from None
                if not weight > 0:
                    raise ValidationError(
                        "customer_caps",
                        QCoreApplication.translate("CustomerTerms", "{name}: an SLA weight must be more than 0").format(
                            name=row.name
                        ),
                    )
                weights[row.customer_id] = weight
        return caps, weights

    def names(self) -> dict[uuid.UUID, str]:
        return {row.customer_id: row.name for row in self.rows}

    def state(self) -> dict[str, list[str]]:
        return {str(r.customer_id): [r.cap, r.weight] for r in self.rows if r.cap or r.weight}

    def apply_state(self, state: dict[str, Any]) -> None:
        for position, row in enumerate(self.rows):
            entry = state.get(str(row.customer_id))
            if isinstance(entry, list) and len(entry) == 2:
                row.cap, row.weight = str(entry[0]), str(entry[1])
                self.dataChanged.emit(self.index(position, COL_CAP), self.index(position, COL_WEIGHT))
