"""The power feeds of a site's miners with the most a plan may shed on each: a table whose last column
is typed in (empty: no limit). Miners and power now help choose a limit a feed can actually meet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.curtailment.site_readings import FeedLoad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.ui.calculator.field_rows import muted_color
from hashinsight_desktop.ui.common import Index, ListTableModel
from hashinsight_desktop.ui.curtailment.form_fields import parse_number
from hashinsight_desktop.ui.locale_format import grouped, number

COL_FEED, COL_MINERS, COL_NOW_KW, COL_LIMIT = range(4)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class FeedLimit:
    feed: FeedLoad
    limit: str = ""  # kW as typed: empty means no limit


class FeedLimitsModel(ListTableModel[FeedLimit]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Feed"),
        QT_TRANSLATE_NOOP("Columns", "Miners"),
        QT_TRANSLATE_NOOP("Columns", "Now kW"),
        QT_TRANSLATE_NOOP("Columns", "Max shed kW"),
    )
    limit_edited = Signal()  # a limit was typed or restored (fresher loads are not an edit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_feeds(self, feeds: list[FeedLoad]) -> None:
        """New rows for a site's feeds, keeping what was typed for feeds still there."""
        typed = {row.feed.name: row.limit for row in self.rows}
        self.beginResetModel()
        self.rows = [FeedLimit(feed, typed.get(feed.name, "")) for feed in feeds]
        self.endResetModel()

    def update_loads(self, feeds: list[FeedLoad]) -> None:
        """The same feeds with fresher miner counts and power: changed in place (an open editor stays)."""
        for row, feed in zip(self.rows, feeds, strict=True):
            row.feed = feed
        if self.rows:
            self.dataChanged.emit(self.index(0, COL_MINERS), self.index(len(self.rows) - 1, COL_NOW_KW))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_LIMIT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            limit = row.limit or QCoreApplication.translate("FeedLimitsModel", "no limit")  # an empty cell, said
            return (row.feed.name, grouped(row.feed.miners), number(row.feed.power_now_kw, 1), limit)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_LIMIT and not row.limit:
            return QColor(muted_color())
        if role == Qt.ItemDataRole.EditRole:
            return row.limit if column == COL_LIMIT else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_FEED:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                "Active miners on this feed",
                "What the feed's miners polled in the last 10 minutes draw now",
                "Shed at most this many kW on this feed (0: leave it alone); empty: no limit",
            )[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != COL_LIMIT:
            return False
        self.rows[index.row()].limit = str(value).strip()
        self.dataChanged.emit(index, index)
        self.limit_edited.emit()
        return True

    def limits(self) -> dict[str, float]:
        """Feed → at most this many kW shed, for the feeds given one; ValidationError("feed_limits", …)
        names the feed whose entry is not a number of 0 or more."""
        out: dict[str, float] = {}
        for row in self.rows:
            if not row.limit:
                continue
            name = row.feed.name
            try:
                kw = parse_number(row.limit.removesuffix("kW").removesuffix("kw"))
            except ValueError:
                raise ValidationError(
                    "feed_limits",
                    QCoreApplication.translate("FeedLimitsModel", "{name}: {limit} is not a number of kW").format(
                        name=name, limit=repr(row.limit)
                    ),
                ) from None
            if kw < 0:
                raise ValidationError(
                    "feed_limits",
                    QCoreApplication.translate(
                        "FeedLimitsModel", "{name}: a limit cannot be negative (0: shed nothing there)"
                    ).format(name=name),
                )
            out[name] = kw
        return out

    def state(self) -> dict[str, str]:
        return {row.feed.name: row.limit for row in self.rows if row.limit}

    def apply_state(self, state: dict[str, Any]) -> None:
        for position, row in enumerate(self.rows):
            if isinstance(state.get(row.feed.name), str):
                row.limit = state[row.feed.name]
                self.dataChanged.emit(self.index(position, COL_LIMIT), self.index(position, COL_LIMIT))
                self.limit_edited.emit()
