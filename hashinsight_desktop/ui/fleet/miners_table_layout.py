"""How a table of miners lays out the miners model's columns: widths from sample text (measuring 10,000 rows to fit
them would take a while) and the order shown, health first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from hashinsight_desktop.ui.fleet.miner_columns import (
    COL_ANOMALY,
    COL_BOARDS,
    COL_CURTAILED,
    COL_CUSTOMER,
    COL_EFFICIENCY,
    COL_FAMILY,
    COL_FAN,
    COL_FEED,
    COL_FIRMWARE,
    COL_HASHRATE,
    COL_HW_ERRORS,
    COL_IP,
    COL_LAST_SEEN,
    COL_MODEL,
    COL_NAME,
    COL_NOMINAL_PCT,
    COL_POOL,
    COL_POWER,
    COL_POWER_TARGET,
    COL_RACK,
    COL_REJECTED,
    COL_SITE,
    COL_STATUS,
    COL_TEMP,
    COL_UPTIME,
)

_WIDTH_SAMPLES = {
    COL_NAME: "10.100.100.100",
    COL_SITE: "Texas North 2",
    COL_IP: "255.255.255.255",
    COL_MODEL: "MicroBT Whatsminer M30S++",
    COL_FAMILY: "stock Antminer",
    COL_FIRMWARE: "Stock 4.11.1",  # longer versions are elided: the tooltip has them whole
    COL_CUSTOMER: "Bluewater Capital",
    COL_FEED: "rack10",
    COL_RACK: "R12 · 40",
    COL_STATUS: "Degraded",
    COL_BOARDS: "Boards",
    COL_NOMINAL_PCT: "% nominal",
    COL_HW_ERRORS: "HW errors",
    COL_REJECTED: "Rejected %",
    COL_POWER_TARGET: "Power target",
    COL_UPTIME: "10 d 23 h",
    COL_CURTAILED: "Sleep by plan Peak: not taken",
    COL_HASHRATE: "1,000.0",
    COL_POWER: "Power W",
    COL_EFFICIENCY: "100.0",
    COL_TEMP: "Chip °C",
    COL_FAN: "Fan RPM",
    COL_LAST_SEEN: "00 Mmm 00:00",
    COL_POOL: "btc.pool.example:3333",
    COL_ANOMALY: "Anomaly",
}


def configure_view(table: QTableView) -> QTableView:
    """Widths from samples, columns in :data:`SHOWN_ORDER`; the pool column, last, takes the room left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(40)
    metrics = table.fontMetrics()
    for column, sample in _WIDTH_SAMPLES.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
    for visual, column in enumerate(SHOWN_ORDER):  # health first: at 1280 px it is in view without scrolling
        header.moveSection(header.visualIndex(column), visual)
    return table


# The order the table shows its columns in (the model's order is the columns' identity).
SHOWN_ORDER = (
    COL_NAME,
    COL_STATUS,
    COL_BOARDS,
    COL_NOMINAL_PCT,
    COL_HASHRATE,
    COL_POWER,
    COL_EFFICIENCY,
    COL_TEMP,
    COL_CURTAILED,
    COL_ANOMALY,
    COL_CUSTOMER,
    COL_SITE,
    COL_IP,
    COL_MODEL,
    COL_FAMILY,
    COL_FIRMWARE,
    COL_FEED,
    COL_RACK,
    COL_FAN,
    COL_HW_ERRORS,
    COL_REJECTED,
    COL_POWER_TARGET,
    COL_UPTIME,
    COL_LAST_SEEN,
    COL_POOL,
)
