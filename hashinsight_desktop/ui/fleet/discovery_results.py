"""What a discovery scan found: the table of hosts that accepted the connection, with a tick box each
(miners already in the chosen site shown but not tickable; hosts that answered badly with the reason)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from hashinsight_desktop.services.fleet.discovery import Found
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.common import ListTableModel
from hashinsight_desktop.ui.fleet.formatting import ip_key, status_color
from hashinsight_desktop.ui.fleet.miner_columns import status_label
from hashinsight_desktop.ui.locale_format import number

Index = QModelIndex | QPersistentModelIndex


def _status_text(item: Found) -> str:
    """The status cell in the reader's language (the service's ``reason`` is English: for logs and the CLI)."""
    if item.known:
        return QCoreApplication.translate("FoundModel", "already in this site")
    if item.bad:
        said = item.sample.error_text or item.sample.error  # the console's own phrasing, in the reader's language
        error = render(said, QCoreApplication.translate) if said else None
        error = error or QCoreApplication.translate("FoundModel", "unreadable reply")
        return QCoreApplication.translate("FoundModel", "answered badly: {error}").format(error=error)
    return status_label(item.sample.status)


class FoundModel(ListTableModel[Found]):
    # Status second: a bad host's reason is read without scrolling sideways.
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Host"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Model reported"),
        QT_TRANSLATE_NOOP("Columns", "Firmware"),
        QT_TRANSLATE_NOOP("Columns", "TH/s"),
        QT_TRANSLATE_NOOP("Columns", "Catalogue model"),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and not self.rows[index.row()].known:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], index.column()
        s = item.sample
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            status = _status_text(item)
            return (
                item.address,
                status,
                s.model or "—",
                s.firmware or "—",
                "—" if item.bad else number(s.hashrate_ths, 1),
                item.catalogue_name or "—",
            )[column]  # the tooltip: the whole text of a cell elided in a narrow column
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if item.checked and not item.known else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not item.known:
            return status_color(s.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_found(self, found: list[Found]) -> None:
        self.beginResetModel()
        self.rows = sorted(found, key=lambda f: (ip_key(f.sample.host), f.sample.port))
        self.endResetModel()

    def set_all_checked(self, checked: bool) -> None:
        for item in self.rows:
            item.checked = checked
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def checked(self) -> list[Found]:
        return [f for f in self.rows if f.checked and not f.known]
