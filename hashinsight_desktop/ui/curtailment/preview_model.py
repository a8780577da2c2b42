"""The miners a preview chose: the level each goes to, what it sheds and what it loses."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hashinsight_desktop.services.curtailment.plans import PreviewRow
from hashinsight_desktop.services.curtailment.site_fleet import PRESET_HASHRATE_EXPONENT
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.common import Column
from hashinsight_desktop.ui.curtailment.items_model import level_tooltip
from hashinsight_desktop.ui.curtailment.table_base import KeyedRecordModel, host_text, kw, level_text, natural_text
from hashinsight_desktop.ui.locale_format import number


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreviewModel", text)


(
    COL_BATCH,
    COL_MINER,
    COL_HOST,
    COL_MODEL,
    COL_CUSTOMER,
    COL_FEED,
    COL_LEVEL,
    COL_FULL_KW,
    COL_LEVEL_KW,
    COL_SHED_KW,
    COL_LOST_THS,
    COL_SOURCE,
) = range(12)
COLUMN_COUNT = 12

WIDTH_SAMPLES = {
    COL_BATCH: "Batch",
    COL_MINER: "rig-0000-00",
    COL_HOST: "255.255.255.255",
    COL_MODEL: "Antminer S19 Pro",
    COL_CUSTOMER: "Bluewater Cap.",
    COL_FEED: "feed-12",
    COL_LEVEL: "Level",
    COL_FULL_KW: "Full kW",
    COL_LEVEL_KW: "Level kW",
    COL_SHED_KW: "Shed kW",
    COL_LOST_THS: "Lost TH/s",
}


def _host(row: PreviewRow) -> str:
    return row.miner.host if row.miner.port == 4028 else f"{row.miner.host}:{row.miner.port}"


def figures_text(row: PreviewRow) -> str:
    """Where a row's figures come from: measured or catalogue, and whether its level was measured (from how
    many samples of its model) or is estimated."""
    text = _tr("measured") if row.miner.measured else _tr("catalogue")
    if row.level.samples or row.level.estimated:
        return _tr("{figures}, level {source}").format(
            figures=text, source=render(row.level.source_text, QCoreApplication.translate)
        )
    return text


class PreviewRowsModel(KeyedRecordModel[PreviewRow]):
    """One row per miner the plan changes; ``customers`` names the customer ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.customers: dict[uuid.UUID, str] = {}
        columns: list[Column[PreviewRow]] = [
            Column(QT_TRANSLATE_NOOP("Columns", "Batch"), lambda r: r.batch + 1, align_right=True),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Miner"),
                lambda r: r.miner.name,
                sort_value=lambda r: natural_text(r.miner.name),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Host"), _host, sort_value=lambda r: host_text(r.miner.host, r.miner.port)
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Model"),
                lambda r: r.miner.model or "—",
                sort_value=lambda r: r.miner.model.casefold(),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Customer"),
                self._customer,
                sort_value=lambda r: self._customer(r).casefold(),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Feed"),
                lambda r: r.miner.power_feed or "—",
                sort_value=lambda r: natural_text(r.miner.power_feed or ""),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Level"),
                lambda r: level_text(r.level.kind, r.level.power_pct, r.level.power_w),
                sort_value=lambda r: r.level.power_w / r.miner.full.power_w if r.miner.full.power_w else 0.0,
                align_right=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Full kW"),
                lambda r: kw(r.miner.full.power_w / 1000, 2),
                lambda r: r.miner.full.power_w,
                True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Level kW"),
                lambda r: kw(r.level.power_w / 1000, 2),
                lambda r: r.level.power_w,
                True,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Shed kW"), lambda r: kw(r.shed_kw, 2), lambda r: r.shed_kw, True),
            Column(QT_TRANSLATE_NOOP("Columns", "Lost TH/s"), lambda r: kw(r.lost_ths, 1), lambda r: r.lost_ths, True),
            Column(QT_TRANSLATE_NOOP("Columns", "Figures"), figures_text),
        ]
        super().__init__(columns, key=lambda r: r.miner.miner_id, parent=parent)

    def _customer(self, row: PreviewRow) -> str:
        if row.miner.customer_id is None:
            return "—"
        return self.customers.get(row.miner.customer_id, "(customer)")

    def tooltip(self, record: PreviewRow, column: int) -> str | None:
        if column == COL_SOURCE:
            source = (
                _tr("Full power and hashrate from the miner's latest poll")
                if record.miner.measured
                else _tr("No recent poll: the catalogue's nominal figures")
            )
            if record.level.samples:
                source += _tr(
                    "; the level's {power} W and {hashrate} TH/s are {source} of miners of this model confirmed at it"
                ).format(
                    power=number(record.level.power_w),
                    hashrate=number(record.level.hashrate_ths, 1),
                    source=render(record.level.source_text, QCoreApplication.translate),
                )
            elif record.level.estimated:
                source += _tr(
                    "; the hashrate at {pct} % power is estimated as full × ({pct} %)^{exponent} "
                    "(the catalogue has no figure for it)"
                ).format(pct=record.level.power_pct, exponent=f"{PRESET_HASHRATE_EXPONENT:g}")
            return source
        if column == COL_LEVEL:
            full = record.miner.full
            return level_tooltip(record.level.power_w, record.level.hashrate_ths, full.power_w, full.hashrate_ths)
        return None
