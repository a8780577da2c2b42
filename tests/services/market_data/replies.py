"""Sample replies shaped exactly like each API's documented reply, and the URLs they answer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

COINGECKO_URL = "https://api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=usd"
MEMPOOL_HASHRATE_URL = "https://mempool.space/api/v1/mining/hashrate/3d"
MEMPOOL_ADJUSTMENT_URL = "https://mempool.space/api/v1/difficulty-adjustment"
MEMPOOL_TIP_URL = "https://mempool.space/api/blocks/tip/height"
MEMPOOL_FEES_URL = "https://mempool.space/api/v1/mining/blocks/fees/24h"
BLOCKCHAIN_STATS_URL = "https://api.blockchain.info/stats"

COINGECKO_PRICE: dict[str, Any] = {"bitcoin": {"usd": 97123.45}}

MEMPOOL_DIFFICULTY_ADJUSTMENT: dict[str, Any] = {
    "progressPercent": 44.397234501112074,
    "difficultyChange": -1.5721340862930315,
    "estimatedRetargetDate": 1736328062133,
    "remainingBlocks": 1121,
    "remainingTime": 665977626,
    "previousRetarget": 4.807005268478962,
    "previousTime": 1735104812,
    "nextRetargetHeight": 880992,
    "timeAvg": 594092,
    "adjustedTimeAvg": 594092,
    "timeOffset": 0,
    "expectedBlocks": 894.5,
}

MEMPOOL_HASHRATE_3D: dict[str, Any] = {
    "hashrates": [
        {"timestamp": 1735430400, "avgHashrate": 780123456789012345678},
        {"timestamp": 1735516800, "avgHashrate": 801234567890123456789},
        {"timestamp": 1735603200, "avgHashrate": 812345678901234567890},
    ],
    "difficulty": [
        {"time": 1734995312, "height": 876960, "difficulty": 109782075598905.6, "adjustment": 1.0104},
    ],
    "currentHashrate": 812345678901234567890,
    "currentDifficulty": 109782075598905.6,
}

MEMPOOL_TIP_HEIGHT = "879871"

MEMPOOL_FEES_24H: list[dict[str, Any]] = [
    {"avgHeight": 879730, "timestamp": 1735603200, "avgFees": 2500000, "USD": 2428.09},
    {"avgHeight": 879802, "timestamp": 1735646400, "avgFees": 3100000, "USD": 3010.83},
    {"avgHeight": 879860, "timestamp": 1735689600, "avgFees": 3400000, "USD": 3302.20},
]

BLOCKCHAIN_STATS: dict[str, Any] = {
    "timestamp": 1735689600000,
    "market_price_usd": 96500.12,
    "hash_rate": 790123456789.5,
    "total_fees_btc": 1234567890,
    "n_btc_mined": 45000000000,
    "n_tx": 412345,
    "n_blocks_mined": 144,
    "minutes_between_blocks": 9.86,
    "totalbc": 1980481250000000,
    "n_blocks_total": 879870,
    "estimated_transaction_volume_usd": 4123456789.12,
    "blocks_size": 231456789,
    "miners_revenue_usd": 44123456.78,
    "nextretarget": 880991,
    "difficulty": 108522647629298.2,
    "estimated_btc_sent": 9876543210987,
    "miners_revenue_btc": 457,
    "total_btc_sent": 123456789012345,
    "trade_volume_btc": 12345.67,
    "trade_volume_usd": 1191234567.89,
}

# What the service should make of the replies above.
EXPECTED_PRICE = Decimal("97123.45")
EXPECTED_HASHRATE_EHS = Decimal("812.345678901235")  # H/s → EH/s, rounded to the stored 12 places
EXPECTED_DIFFICULTY = Decimal("109782075598905.6")
EXPECTED_HEIGHT = Decimal(879871)
EXPECTED_FEES_BTC = Decimal("0.03")  # mean of 2.5M, 3.1M and 3.4M sat
EXPECTED_CHANGE_PCT = Decimal("-1.572134086293")
EXPECTED_REMAINING = Decimal(1121)
EXPECTED_BI_PRICE = Decimal("96500.12")
EXPECTED_BI_HASHRATE_EHS = Decimal("790.1234567895")
EXPECTED_BI_DIFFICULTY = Decimal("108522647629298.2")
EXPECTED_BI_HEIGHT = Decimal(879870)
