"""The miners table's first column kept in view while the table scrolls right: a second view over the
same model and selection, laid over the table's left edge (Qt's "frozen column" pattern), so the
name of the miner a row belongs to is always readable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class FrozenColumn(QTableView):
    def __init__(self, table: QTableView, column: int = 0) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setSelectionMode(table.selectionMode())
        self.setSelectionBehavior(table.selectionBehavior())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(False)  # the table's header sorts; this one follows
        self.setWordWrap(False)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setStyleSheet("QTableView { border-right: 1px solid palette(mid); }")
        self._show_only_column()
        table.model().modelReset.connect(self._show_only_column)
        table.model().columnsInserted.connect(self._show_only_column)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        self.activated.connect(table.activated)
        self.doubleClicked.connect(table.doubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: table.customContextMenuRequested.emit(table.viewport().mapFromGlobal(self.mapToGlobal(pos)))
        )
        table.installEventFilter(self)
        table.horizontalScrollBar().valueChanged.connect(lambda _value: self._place())
        self._place()
        self.show()

    def _show_only_column(self) -> None:
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column != self._column)
        self.setColumnWidth(self._column, self._table.columnWidth(self._column))
        self._place()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == self._column:
            self.setColumnWidth(column, new)
            self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        """Over the table's first column; hidden while it is scrolled fully into view anyway."""
        table = self._table
        self.setVisible(table.horizontalScrollBar().value() > 0 and not table.isColumnHidden(self._column))
        frame = table.frameWidth()
        self.setGeometry(
            table.verticalHeader().width() + frame,
            frame,
            table.columnWidth(self._column),
            table.viewport().height() + table.horizontalHeader().height(),
        )
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
