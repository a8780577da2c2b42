"""What the batch calculator says beside its tables: its help, the market inputs a result was computed at and the
fleet's totals, translated under the view's context ("BatchView")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hashinsight_desktop.services.calculator.batch import BatchMarket, BatchTotals
from hashinsight_desktop.ui.calculator.formatting import plain, short_scale, usd
from hashinsight_desktop.ui.locale_format import grouped, number

# Marked for lupdate here (QT_TRANSLATE_NOOP), translated where shown.
NO_MARKET = str(
    QT_TRANSLATE_NOOP(
        "BatchView", "Fill in the market inputs in the calculator first (BTC price, difficulty, fees, block height)."
    )
)
EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "BatchView",
        "<p><b>Open a fleet file</b> (Ctrl+O) or drop one here: CSV or XLSX, one line per group of machines.</p>"
        "<p>Columns: <b>model</b>, <b>quantity</b>, <b>electricity_price</b> (USD/kWh), and optionally "
        "<b>hardware_cost</b> (USD per unit) and <b>site</b>. Every line is computed at the calculator's market "
        "inputs; a file with any bad cell is listed by row and column and nothing is computed.</p>",
    )
)
EXPORT_FILTERS = {
    "xlsx": str(QT_TRANSLATE_NOOP("BatchView", "Excel workbook (*.xlsx)")),
    "csv": str(QT_TRANSLATE_NOOP("BatchView", "CSV file (*.csv)")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchView", text)


def market_line(market: BatchMarket) -> str:
    """The inputs every row was computed at, in one line."""
    parts = [
        _tr("BTC {price}").format(price=usd(market.btc_price_usd, 0)),
        _tr("difficulty {difficulty}").format(difficulty=short_scale(market.difficulty)),
        _tr("fees {fees} BTC/block").format(fees=plain(market.fees_per_block_btc)),
        _tr("block {height}").format(height=grouped(market.block_height)),
        _tr("pool fee {pct} %").format(pct=plain(market.pool_fee_pct)),
        _tr("uptime {pct} %").format(pct=plain(market.uptime_pct)),
        _tr("difficulty growth {pct} %/month").format(pct=plain(market.growth_pct_month)),
        _tr("horizon {months} months").format(months=grouped(market.horizon_months)),
    ]
    return _tr("Computed at {inputs}").format(inputs=" · ".join(parts))


def totals_text(totals: BatchTotals) -> str:
    """The fleet's totals in one line: size, profit, revenue, power cost, BTC mined, hardware, network share."""
    power = f"{number(totals.power_mw, 2)} MW" if totals.power_mw >= 1 else f"{number(totals.power_mw * 1000, 1)} kW"
    ths = totals.hashrate_ths
    speed = (
        f"{number(ths / 1e6, 2)} EH/s"
        if ths >= 1e6
        else f"{number(ths / 1e3, 2)} PH/s"
        if ths >= 1e3
        else f"{number(ths, 1)} TH/s"
    )
    parts = [
        _tr("<b>Fleet:</b> {rows} lines, {machines} machines, {speed}, {power}").format(
            rows=grouped(totals.rows), machines=grouped(totals.machines), speed=speed, power=power
        ),
        _tr("<b>Profit {day}/day</b> ({month}/month)").format(
            day=usd(totals.profit_usd_day), month=usd(totals.profit_usd_month)
        ),
        _tr("revenue {usd}/day").format(usd=usd(totals.revenue_usd_day)),
        _tr("power {usd}/day").format(usd=usd(totals.power_cost_usd_day)),
        _tr("{btc} BTC/day").format(btc=number(totals.btc_per_day, 8)),
        _tr("hardware {usd}").format(usd=usd(totals.hardware_cost_usd, 0)),
    ]
    if totals.network_share_pct is not None:
        parts.append(_tr("{pct} % of the network").format(pct=number(totals.network_share_pct, 4)))
    return " · ".join(parts)
