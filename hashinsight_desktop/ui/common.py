"""Small pieces every tab uses: error and confirmation boxes, a column-described table model and
the read-only table that shows it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.texts import Template, Text, render
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.sort_arrow import use_true_sort_arrows

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw value for sorting (numbers sort as numbers)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's record object
ROW_PADDING = 8  # pixels a table row is taller than its font


def sort_key(value: Any) -> Any:
    """A value Qt can order: it compares numbers and strings, but a ``datetime`` (aware or naive), ``date``,
    ``time`` or ``Decimal`` reaches it as an opaque Python object and every row then compares equal, so the
    column does not sort. Those become numbers (naive datetimes are taken as UTC); None becomes ""."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).timestamp()
    if isinstance(value, date):
        return float(value.toordinal())
    if isinstance(value, time):
        return value.hour * 3600.0 + value.minute * 60.0 + value.second + value.microsecond / 1e6
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Text):  # a service's marked text: ordered as shown
        return value.render(QCoreApplication.translate)
    return value


def format_number(value: float, decimals: int) -> str:
    """Thousands separators, no trailing zeros: 3,250 W, 13.5 TH/s (the language's separators: ui.locale_format)."""
    return locale_format.number(value, decimals, trim=True)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Non-blocking error box (open(), not exec(): safe under qasync)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def confirm(parent: QWidget | None, title: str, question: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask before a destructive action; ``on_yes`` runs only if the user confirms.

    Returns the box so tests can press its buttons.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    value: Callable[[T], Any]  # what is shown
    sort_value: Callable[[T], Any] | None = None  # what is sorted on, if not the shown value
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records, columns are ``Column`` descriptions; replace the rows with ``set_records``."""

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def column_titles(self) -> list[str]:
        return [column.title for column in self._columns]

    def set_column_titles(self, titles: Sequence[str]) -> None:
        """New titles (the language changed: ui/language_switch.py); the views are told."""
        self._columns = [replace(column, title=title) for column, title in zip(self._columns, titles, strict=True)]
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            title = self._columns[section].title
            return QCoreApplication.translate("Columns", title)  # QT_TRANSLATE_NOOP("Columns", …) where defined
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            if isinstance(value, Text | Template):  # a service's marked text, in the console's language
                return render(value, QCoreApplication.translate)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return sort_key((column.sort_value or column.value)(record))
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive text filter over every column, numeric-aware sorting through SORT_ROLE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def record_table(
    model: QAbstractItemModel | None = None, view: QTableView | None = None, *, row_padding: int = ROW_PADDING
) -> QTableView:
    """The standard read-only record table: sortable, whole rows selected one at a time, no editing,
    alternating row colours, one line per row (no word wrap, no row numbers, rows as tall as the font
    plus ``row_padding``).

    Shows ``model`` (usually a proxy) if given. Sets up ``view`` (a table subclass configuring itself)
    instead of a new QTableView if given. Returns the table.
    """
    table = view if view is not None else QTableView()
    if model is not None:
        table.setModel(model)
    table.setSortingEnabled(True)
    use_true_sort_arrows(table.horizontalHeader())
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    return table


class FilteredTablePanel(QWidget):
    """A filter box and a summary line over a sortable read-only table: subclasses set the model,
    the column that stretches and what a double-click does (``_double_clicked``)."""

    def __init__(
        self,
        model: QAbstractTableModel,
        *,
        placeholder: str,
        object_name: str,
        sort_column: int,
        stretch_column: int,
        tooltip: str,
        sort_order: Qt.SortOrder = Qt.SortOrder.DescendingOrder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.filter_box = QLineEdit(placeholderText=placeholder)
        self.filter_box.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = record_table(self.proxy)
        self.table.setObjectName(object_name)
        self.table.sortByColumn(sort_column, sort_order)
        self.table.setToolTip(tooltip)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.summary, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.doubleClicked.connect(self._double_clicked)

    def _double_clicked(self, index: QModelIndex) -> None:
        pass


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A table over a plain list of ``rows`` with fixed column titles; subclasses give ``data``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.HEADERS[section])  # QT_TRANSLATE_NOOP where defined
        return None
