"""Qt translation registration of the explain sentences (the service keeps them as English templates) and the
explain inputs' names, so lupdate finds them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = (
    QT_TRANSLATE_NOOP("Explain", "BTC price rose {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "BTC price fell {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Difficulty rose {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Difficulty fell {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Block subsidy went from {before} to {after} BTC: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Fees per block rose {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Fees per block fell {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Fees per block went from {before} to {after} BTC: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Hashrate rose {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Hashrate fell {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Uptime went from {before} % to {after} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Power draw rose {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Power draw fell {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Electricity price rose {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Electricity price fell {pct} %: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Electricity price went from {before} to {after} $/kWh: {amount}/day"),
    QT_TRANSLATE_NOOP("Explain", "Pool fee went from {before} % to {after} %: {amount}/day"),
)


def input_names() -> dict[str, str]:
    return {
        "btc_price": QCoreApplication.translate("Explain", "BTC price (USD)"),
        "difficulty": QCoreApplication.translate("Explain", "Difficulty"),
        "block_height": QCoreApplication.translate("Explain", "Block height (subsidy)"),
        "fees_per_block": QCoreApplication.translate("Explain", "Fees per block (BTC)"),
        "hashrate_ths": QCoreApplication.translate("Explain", "Hashrate (TH/s)"),
        "uptime_pct": QCoreApplication.translate("Explain", "Uptime (%)"),
        "power_w": QCoreApplication.translate("Explain", "Power (W)"),
        "electricity": QCoreApplication.translate("Explain", "Electricity ($/kWh)"),
        "pool_fee_pct": QCoreApplication.translate("Explain", "Pool fee (%)"),
    }
