"""Protocol constants of Bitcoin that the economics depend on."""

from __future__ import annotations

from decimal import Decimal

SECONDS_PER_DAY = 86_400
BLOCKS_PER_DAY = 144  # one block per 600 s target
HASHES_PER_DIFFICULTY = 2**32  # expected hashes per block = difficulty × 2^32
HALVING_INTERVAL = 210_000
INITIAL_SUBSIDY_SATS = 50 * 100_000_000
SATS_PER_BTC = Decimal(100_000_000)
DAYS_PER_MONTH = 365.25 / 12


def block_subsidy_btc(height: int) -> Decimal:
    """The block reward at ``height``: 3.125 BTC from 840,000, halving every 210,000 blocks (exact, in sats)."""
    halvings = height // HALVING_INTERVAL
    sats = INITIAL_SUBSIDY_SATS >> halvings if halvings < 64 else 0
    return Decimal(sats) / SATS_PER_BTC


def blocks_to_next_halving(height: int) -> int:
    return HALVING_INTERVAL - height % HALVING_INTERVAL
