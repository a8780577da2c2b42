"""The bulk actions' dialogs: the per-miner results as they arrive, and the value asked before sending
(a power target in percent or watts, a power mode), each saying how many of the selected miners'
firmware will refuse it; and the texts the actions share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hashinsight_desktop.services.code_labels import DEVICE_ACTIONS
from hashinsight_desktop.services.fleet.control import POWER_PCT_RANGE, Action, ControlResult
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.common import ListTableModel, record_table
from hashinsight_desktop.ui.fleet.action_gate import capabilities_of, explain, gate, selectable_modes, value_refusals
from hashinsight_desktop.ui.fleet.formatting import is_dark
from hashinsight_desktop.ui.fleet.power_prediction_view import PredictionView
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.theme import BAD_COLOR, NOTE_COLOR, OK_COLOR, TONES, set_tone

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("BulkActions", text)


def show_refusals(note: QLabel, refusals: Counter[str], selected: int, all_take_it: str) -> None:
    """Under a value dialog: how many selected miners' firmware will refuse the value and why (nothing is
    sent to them), toned by how many; ``all_take_it`` when none will."""
    refused = sum(refusals.values())
    if not refused:
        note.setText(all_take_it)
        set_tone(note, OK_COLOR)
        return
    note.setText(
        _t("{n} of the {total} selected will refuse it, nothing sent to them: {why}").format(
            n=grouped(refused), total=grouped(selected), why=explain(refusals.most_common())
        )
    )
    set_tone(note, NOTE_COLOR if refused < selected else BAD_COLOR)


def title(action: Action) -> str:
    return _t(DEVICE_ACTIONS[action.value])  # QT_TRANSLATE_NOOP in code_labels (the audit names them too)


def miners_text(count: int) -> str:
    return (_t("{n} miner") if count == 1 else _t("{n} miners")).format(n=grouped(count))


MODE_NAMES = {"low": "low power", "normal": "normal", "high": "high performance"}


def mode_name(mode: str) -> str:
    return _t(MODE_NAMES.get(mode, mode))


@dataclass(frozen=True)
class PowerSetting:
    """The value asked: a power target in ``unit`` "percent" (of nominal) or "watts", or a power ``mode``."""

    unit: str  # "percent", "watts" or "mode"
    value: int | str

    def describe(self) -> str:
        if self.unit == "mode":
            return _t("{mode} mode").format(mode=mode_name(str(self.value)))
        return _t("{v} % of nominal").format(v=self.value) if self.unit == "percent" else f"{grouped(self.value)} W"

    def action(self) -> Action:
        return Action.MODE if self.unit == "mode" else Action.POWER_TARGET


class ResultsModel(ListTableModel[ControlResult]):
    """Per-miner results, appended as they arrive (no reset per result)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Host"),
        QT_TRANSLATE_NOOP("Columns", "Result"),
        QT_TRANSLATE_NOOP("Columns", "Detail"),
    )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_t("Host"), _t("Result"), _t("Detail"))[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            outcome = _t("OK") if result.ok else _t("Refused") if result.refused else _t("Failed")
            return (result.host, outcome, render(result.detail, QCoreApplication.translate))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(TONES["ok" if result.ok else "note" if result.refused else "bad"][is_dark()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return render(result.detail, QCoreApplication.translate)
        return None

    def append(self, result: ControlResult) -> None:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(result)
        self.endInsertRows()


class ActionResultsDialog(QDialog):
    def __init__(self, action: Action, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.total = total
        self.setWindowTitle(f"{title(action)} — {miners_text(total)}")
        self.resize(640, 420)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(total, 1))
        self.model = ResultsModel(self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, self.table.fontMetrics().horizontalAdvance("255.255.255.255") + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._show_progress()

    @property
    def accepted_count(self) -> int:
        return sum(1 for r in self.model.rows if r.ok)

    @property
    def refused_count(self) -> int:
        return sum(1 for r in self.model.rows if r.refused)

    def add_result(self, result: ControlResult) -> None:
        self.model.append(result)
        self._show_progress()

    def _show_progress(self) -> None:
        done = len(self.model.rows)
        self.progress.setValue(done)
        self.summary.setText(
            _t("Sending to {miners}… {done} answered, {ok} accepted").format(
                miners=miners_text(self.total), done=grouped(done), ok=grouped(self.accepted_count)
            )
        )

    def finish(self, error: str | None = None) -> None:
        self.progress.hide()
        if error is not None:
            self.summary.setText(error)
            tone = BAD_COLOR
        else:
            refused = self.refused_count
            failed = len(self.model.rows) - self.accepted_count - refused
            text = _t("{ok} of {total} accepted").format(ok=grouped(self.accepted_count), total=grouped(self.total))
            if failed:
                text += _t(", {n} failed").format(n=grouped(failed))
            if refused:
                text += _t(", {n} refused (their firmware cannot: nothing sent)").format(n=grouped(refused))
            self.summary.setText(text)
            tone = OK_COLOR if failed == 0 and refused == 0 else NOTE_COLOR if failed == 0 else BAD_COLOR
        set_tone(self.summary, tone, bold=True)


class PowerTargetDialog(QDialog):
    """Asks the power target, in percent of the miners' full power or in watts; ``on_accept(PowerSetting)`` on OK.
    Below the value: how many of the selected miners' firmware will refuse it, and why."""

    def __init__(
        self,
        rows: list[MinerRow],
        on_accept: Callable[[PowerSetting], None],
        parent: QWidget | None = None,
        predicted: bool = False,
    ) -> None:
        """``predicted``: show the per-model prediction (its figures come through ``prediction.set_bases``)."""
        super().__init__(parent)
        self._rows = rows
        self.prediction = PredictionView() if predicted else None
        self.setWindowTitle(_t("Power target"))
        self.unit = QComboBox()
        self.unit.addItem(_t("% of full power"), "percent")
        self.unit.addItem(_t("watts"), "watts")
        self.spin = QSpinBox()
        self.spin.setAccessibleName(_t("Power target"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        # Reasons read as lines, not a column; the prediction's seven columns need more.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * (110 if self.prediction else 70))
        by_percent = gate(Action.POWER_TARGET, rows, "percent").able
        by_watts = gate(Action.POWER_TARGET, rows, "watts").able
        self.unit.setCurrentIndex(0 if by_percent >= by_watts else 1)
        self._set_range()
        self.unit.currentIndexChanged.connect(self._set_range)
        self.spin.valueChanged.connect(self._show_refusals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.spin, 1)
        row.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Power target for {miners}:").format(miners=miners_text(len(rows)))))
        layout.addLayout(row)
        layout.addWidget(self.note)
        if self.prediction is not None:
            layout.addWidget(self.prediction, 1)  # the table takes the dialog's height
        layout.addWidget(buttons)
        self.accepted.connect(lambda: on_accept(self.setting()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show_refusals()

    def setting(self) -> PowerSetting:
        return PowerSetting(str(self.unit.currentData()), self.spin.value())

    def _set_range(self, *_args: object) -> None:
        if self.unit.currentData() == "percent":
            self.spin.setRange(*POWER_PCT_RANGE)
            self.spin.setValue(100)
            self.spin.setSuffix(" %")
            self.spin.setSingleStep(5)
        else:
            nominal = [r.power_w for r in self._rows if r.power_w]
            self.spin.setRange(100, 20_000)
            self.spin.setValue(int(round(max(nominal, default=3000.0) * 0.8, -1)))
            self.spin.setSuffix(_t(" W"))
            self.spin.setSingleStep(50)
        self._show_refusals()

    def _show_refusals(self, *_args: object) -> None:
        setting = self.setting()
        if self.prediction is not None:
            self.prediction.show_target(**{setting.unit: int(setting.value)})
        refusals = value_refusals(self._rows, Action.POWER_TARGET, **{setting.unit: setting.value})
        show_refusals(self.note, refusals, len(self._rows), _t("Every selected miner's firmware takes this."))


class ModeDialog(QDialog):
    """Asks the power mode, among those the selected miners' firmware has; ``on_accept(PowerSetting)`` on OK."""

    def __init__(
        self, rows: list[MinerRow], on_accept: Callable[[PowerSetting], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = rows
        self.setWindowTitle(_t("Power mode"))
        offered: Counter[str] = Counter()
        for row in rows:
            offered.update(selectable_modes(capabilities_of(row)))
        self.mode = QComboBox()
        for mode in ("low", "normal", "high"):
            if offered[mode]:
                self.mode.addItem(mode_name(mode), mode)
        for mode in sorted(set(offered) - {"low", "normal", "high"}):
            self.mode.addItem(mode_name(mode), mode)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)  # reasons read as lines, not a column
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Power mode for {miners}:").format(miners=miners_text(len(rows)))))
        layout.addWidget(self.mode)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.mode.currentIndexChanged.connect(self._show_refusals)
        self.accepted.connect(lambda: on_accept(self.setting()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show_refusals()

    def setting(self) -> PowerSetting:
        return PowerSetting("mode", str(self.mode.currentData()))

    def _show_refusals(self, *_args: object) -> None:
        refusals = value_refusals(self._rows, Action.MODE, mode=self.setting().value)
        show_refusals(self.note, refusals, len(self._rows), _t("Every selected miner's firmware has this mode."))
