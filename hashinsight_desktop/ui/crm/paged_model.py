"""A table model over one page of a CRM table. Sorting is the database's (the table asks for the page again in
another order, see paged_table), never a sort of the 200 rows shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from hashinsight_desktop.ui.common import RECORD_ROLE, Index, format_number
from hashinsight_desktop.ui.crm.paged_query import PagedColumn
from hashinsight_desktop.ui.fleet.formatting import is_dark
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.theme import TONES


def shown_text(value: Any) -> str:
    """A cell as read: local times, thousands separators, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Decimal):
        return number(value, 2)
    if isinstance(value, bool):
        return QCoreApplication.translate("CrmTable", "yes") if value else QCoreApplication.translate("CrmTable", "no")
    if isinstance(value, int):
        return grouped(value)
    if isinstance(value, float):
        return format_number(value, 2)
    return str(value)


class PagedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[PagedColumn[Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", column.title)  # QT_TRANSLATE_NOOP where defined
        if role == Qt.ItemDataRole.ToolTipRole and column.sort_key is None:
            return QCoreApplication.translate("CrmTable", "This column is not sortable")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown_text(column.value(row))
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.tone is not None and (tone := column.tone(row)):
            return QColor(TONES[tone][is_dark()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_of(self, sort_key: str | None) -> int:
        return next((i for i, c in enumerate(self.columns) if sort_key and c.sort_key == sort_key), -1)
