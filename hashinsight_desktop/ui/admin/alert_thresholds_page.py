"""Admin → Alert thresholds: the alert limits of the farm, of a site, of a model, or of a model on one
site (services.telemetry.alert_settings). A field left empty inherits; its placeholder says from where."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.catalogue import list_models
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.sites import list_sites
from hashinsight_desktop.services.telemetry.alert_settings import (
    LIMIT_TITLES,
    LIMITS,
    ThresholdRow,
    limits_text,
    list_thresholds,
    load_thresholds,
    save_thresholds,
    scope_text,
)
from hashinsight_desktop.services.texts import Text, render, render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.services.validation import labelled
from hashinsight_desktop.ui import locale_format
from hashinsight_desktop.ui.common import Column, RecordTableModel, record_table, show_error
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import set_tone


def _figure(value: float | int) -> str:
    """A limit as the reader's language writes numbers: ``86,400``, ``2.5``."""
    return locale_format.significant(value, 6)


def _scope(row: ThresholdRow) -> Text:
    return scope_text(row.site, row.model)


def _limits(row: ThresholdRow) -> Text:
    return limits_text(row.values, _figure)


COLUMNS: list[Column[ThresholdRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Scope"), _scope),
    Column(QT_TRANSLATE_NOOP("Columns", "Limits set here"), _limits),
]


class _ThresholdsModel(RecordTableModel[ThresholdRow]):
    """A row's whole list of limits as its tooltip: seven titled limits are wider than the page."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return super().data(index, Qt.ItemDataRole.DisplayRole if role == Qt.ItemDataRole.ToolTipRole else role)


class AlertThresholdsPage(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._principal = context, principal
        self.model = _ThresholdsModel(COLUMNS, self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.site_combo, self.model_combo = QComboBox(), QComboBox()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site_combo)
        form.addRow(self.tr("Model"), self.model_combo)
        for name in LIMITS:
            edit = self.fields[name] = QLineEdit()
            low, high, unit = LIMITS[name]
            edit.setToolTip(
                self.tr("{low}–{high} {unit}; empty: inherited").format(
                    low=_figure(low), high=_figure(high), unit=render(unit, QCoreApplication.translate)
                )
            )
            form.addRow(render(LIMIT_TITLES[name], QCoreApplication.translate), edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save limits"))
        self.save_button.setToolTip(self.tr("Empty fields inherit; a scope left with no limit is removed"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        intro = QLabel(
            self.tr(
                "Limits inherit, most specific first: a model on a site, the model, the site, the farm, then the "
                "built-in defaults. A miner curtailed by a plan or under maintenance raises no alert for that state."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.site_combo.currentIndexChanged.connect(self._scope_changed)
        self.model_combo.currentIndexChanged.connect(self._scope_changed)
        self.table.clicked.connect(self._row_clicked)
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self) -> None:
        with self._context.database.session_factory() as session:
            rows = list_thresholds(session, self._principal)
            sites = [(s.name, s.id) for s in list_sites(session, self._principal)]
            models = [(f"{m.manufacturer} {m.name}", m.id) for m in list_models(session, self._principal)]
        self.model.set_records(rows)
        for combo, everything, items in (
            (self.site_combo, self.tr("Every site (farm default)"), sites),
            (self.model_combo, self.tr("Every model"), models),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, key in sorted(items, key=lambda item: item[0].casefold()):
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._scope_changed()

    def _row_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.record(index.row())
            self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(row.site_id)))
            self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(row.model_id)))

    def _scope(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        return self.site_combo.currentData(), self.model_combo.currentData()

    def _scope_changed(self) -> None:
        """The scope's own limits in the fields; what it would inherit as placeholders."""
        site_id, model_id = self._scope()
        own = next((r.values for r in self.model.records() if (r.site_id, r.model_id) == (site_id, model_id)), {})
        with self._context.database.session_factory() as session:
            effective = load_thresholds(session).for_miner(site_id, model_id)
        for name, edit in self.fields.items():
            edit.setText(f"{own[name]:g}" if name in own else "")
            edit.setPlaceholderText(self.tr("inherited: {value}").format(value=_figure(getattr(effective, name))))

    def save(self) -> None:
        site_id, model_id = self._scope()
        values: dict[str, Any] = {name: edit.text().strip() or None for name, edit in self.fields.items()}
        labels = {**LIMIT_TITLES, "alert thresholds": self.tr("Alert limits")}  # each bad limit by its row
        try:
            with labelled(labels), unit_of_work(self._context.database.session_factory) as session:
                save_thresholds(
                    session, self._principal, site_id=site_id, model_id=model_id, values=values,
                    clock=self._context.clock,
                )  # fmt: skip
        except ServiceError as exc:
            show_error(self, self.tr("Limits not saved"), render_error(exc, QCoreApplication.translate))
            return
        except SQLAlchemyError as exc:  # the typed limits stay in their fields; Retry saves them as they are then
            offer_retry(self, self.tr("Limits not saved"), exc, self.save)
            return
        self.message.setText(self.tr("Saved: the poller uses them from its next poll."))
        set_tone(self.message, "ok")
        self.reload()
