"""The power-target dialog's prediction: per model of the selection, watts and TH/s now and at the
target, each figure saying where it comes from (measured, published catalogue mode, or estimated)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hashinsight_desktop.services.fleet.power_prediction import (
    CATALOGUE,
    ESTIMATED,
    MEASURED,
    OVERCLOCK,
    PUBLISHED,
    MinerBase,
    ModelPrediction,
    predict,
)
from hashinsight_desktop.ui.common import ListTableModel, record_table
from hashinsight_desktop.ui.locale_format import grouped, number
from hashinsight_desktop.ui.theme import MUTED, set_tone

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("PowerPrediction", text)


def _kw(watts: float, kilo: bool | None = None) -> str:
    """Watts, in kW from 10 kW (``kilo`` forces one unit on figures shown side by side)."""
    return f"{number(watts / 1000, 1)} kW" if (watts >= 10_000 if kilo is None else kilo) else f"{number(watts)} W"


def _sources() -> str:
    return _t(
        "measured: the miners' own readings · published: the catalogue's figure for this power mode · "
        "catalogue: nominal figures (never measured) · estimated: hashrate falling as power^0.85 (no figure for "
        "this power) · estimated overclock: above the full level, which this firmware allows"
    )


def _source_label(source: str) -> str:
    """A figure's source as the table says it (literal strings, so the translation tools find them)."""
    labels = {
        MEASURED: _t("measured"),
        PUBLISHED: _t("published"),
        ESTIMATED: _t("estimated"),
        CATALOGUE: _t("catalogue"),
        OVERCLOCK: _t("estimated overclock"),
    }
    return labels.get(source, source)


class PredictionModel(ListTableModel[ModelPrediction]):
    COLUMNS = 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                _t("Model"),
                _t("Miners"),
                _t("Now W"),
                _t("Now TH/s"),
                _t("At target W"),
                _t("At target TH/s"),
                _t("Source"),
            )[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 6:
            return _t("Where the figures now → at the target come from. ") + _sources()
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            miners = grouped(p.miners)
            if p.refused:
                miners += _t(" (+{n} refuse)").format(n=grouped(p.refused))
            if p.unknown:
                miners += _t(" (+{n} no figures)").format(n=grouped(p.unknown))
            if not p.miners:
                return (p.model, miners, "–", "–", "–", "–", "")[column]
            return (
                p.model,
                miners,
                _kw(p.now_w),
                number(p.now_ths, 1),
                _kw(p.target_w),
                number(p.target_ths, 1),
                f"{_source_label(p.now_source)} → {_source_label(p.target_source)}",
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return _sources()
        return None

    def set_rows(self, rows: list[ModelPrediction]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class PredictionView(QWidget):
    """Shows :func:`predict` for the bases the dialog loaded, recomputed when the target changes."""

    def __init__(self, bases: list[MinerBase] | None = None, parent: QWidget | None = None) -> None:
        """``bases`` None: still being read (``set_bases`` brings them)."""
        super().__init__(parent)
        self.bases = bases
        self._target: dict[str, int | None] = {}
        self.model = PredictionModel(self)
        self.table: QTableView = record_table(self.model)
        self.table.setSortingEnabled(False)  # most miners first, as predict() orders them
        self.table.setObjectName("powerPrediction")
        header = self.table.horizontalHeader()
        for column in range(PredictionModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The dialog's height is the table's: at least a few rows, more as the dialog grows.
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + header.sizeHint().height())
        self.total = QLabel()
        self.total.setObjectName("predictionTotal")
        self.total.setWordWrap(True)
        set_tone(self.total, MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_t("Predicted, per model:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)

    def set_bases(self, bases: list[MinerBase]) -> None:
        self.bases = bases
        if self._target:
            self.show_target(**self._target)

    def show_target(self, *, percent: int | None = None, watts: int | None = None) -> None:
        self._target = {"percent": percent, "watts": watts}
        if self.bases is None:
            self.total.setText(_t("Reading the selected miners' figures…"))
            return
        rows = predict(self.bases, percent=percent, watts=watts)
        self.model.set_rows(rows)
        now_w = sum(p.now_w for p in rows)
        target_w = sum(p.target_w for p in rows)
        now_ths = sum(p.now_ths for p in rows)
        target_ths = sum(p.target_ths for p in rows)
        if not any(p.miners for p in rows):
            self.total.setText(_t("No prediction: none of the selected miners takes this target with known figures."))
            return
        kilo = max(now_w, target_w) >= 10_000
        estimated = [ESTIMATED in p.target_source for p in rows if p.miners]
        note = _t(" (estimated)") if all(estimated) else _t(" (partly estimated)") if any(estimated) else ""
        self.total.setText(
            _t("In all: {w0} → {w1} ({dw}), {h0} → {h1} TH/s{note}").format(
                w0=_kw(now_w, kilo),
                w1=_kw(target_w, kilo),
                dw=("+" if target_w >= now_w else "−") + _kw(abs(target_w - now_w), kilo),
                h0=number(now_ths, 1),
                h1=number(target_ths, 1),
                note=note,
            )
        )
