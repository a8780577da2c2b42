"""The batch calculator: every line of a fleet file computed vectorised with the same formula and
projection as the single calculation.

Flow: ``fleet_file.load_fleet`` (read and check the file, see there) → ``compute_batch`` (numpy, in chunks,
with progress and cancel; run it in an executor) → ``BatchResult`` (``export`` writes it to XLSX or CSV).
pandas is imported inside the functions that use it, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np

from hashinsight_desktop.services.calculator.bitcoin import (
    BLOCKS_PER_DAY,
    DAYS_PER_MONTH,
    block_subsidy_btc,
    blocks_to_next_halving,
)
from hashinsight_desktop.services.calculator.difficulty_trend import DEFAULT_GROWTH, GrowthEstimate
from hashinsight_desktop.services.calculator.inputs import DEFAULTS, INTEGER_FIELDS, CalculatorInputs, parse_number
from hashinsight_desktop.services.calculator.payback import BEYOND, NEVER, NO_COST, STATUS, WITHIN
from hashinsight_desktop.services.calculator.profitability import TH, fixed, money
from hashinsight_desktop.services.calculator.projection import Array, btc_per_day, project
from hashinsight_desktop.services.calculator.resolution import (
    DEFAULT,
    MARKET_FIELDS,
    USER,
    InputSource,
    growth_source,
    last_known,
)
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.market_data import MarketValue, Quantity
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    import pandas as pd

    from hashinsight_desktop.services.calculator.fleet_file import ValidRows

CELL_BUDGET = 100_000  # rows × days per projection block: ≈ 0.8 MB per float array, cache-sized
RESULT_COLUMNS = (
    "row", "site", "model", "quantity", "hashrate_ths", "power_w", "electricity_price", "hardware_cost",
    "btc_per_day", "revenue_usd_day", "power_cost_usd_day", "profit_usd_day", "profit_usd_month",
    "breakeven_electricity", "payback_days", "payback_status", "roi_pct",
)  # fmt: skip
_MARKET_FIELDS = (
    "btc_price_usd", "difficulty", "fees_per_block_btc", "block_height", "pool_fee_pct", "uptime_pct",
    "growth_pct_month", "horizon_months", "network_hashrate_ehs",
)  # fmt: skip


class BatchCancelled(ServiceError):
    def __init__(self, done: int, total: int) -> None:
        super().__init__(
            Text(
                QT_TRANSLATE_NOOP("Errors", "Batch calculation cancelled after {done:,} of {total:,} rows."),
                done=done,
                total=total,
            )
        )
        self.done, self.total = done, total


@dataclass(frozen=True)
class BatchMarket:
    """What every row shares: the market, the pool and the horizon."""

    btc_price_usd: Decimal
    difficulty: Decimal
    fees_per_block_btc: Decimal
    block_height: int
    pool_fee_pct: Decimal = DEFAULTS["pool_fee_pct"]
    uptime_pct: Decimal = DEFAULTS["uptime_pct"]
    growth_pct_month: Decimal = DEFAULTS["growth_pct_month"]
    horizon_months: int = 24
    network_hashrate_ehs: Decimal | None = None

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> BatchMarket:
        """From user text or numbers, each error naming its field; blank optional fields take defaults."""
        values: dict[str, Any] = {}
        for field in _MARKET_FIELDS:
            given = raw.get(field)
            if given is None or (isinstance(given, str) and not given.strip()):
                if field == "network_hashrate_ehs":
                    continue
                given = DEFAULTS.get(field, given)
            number = parse_number(field, given)
            values[field] = int(number) if field in INTEGER_FIELDS else number
        return cls(**values)

    @classmethod
    def from_inputs(cls, inputs: CalculatorInputs) -> BatchMarket:
        return cls(**{field: getattr(inputs, field) for field in _MARKET_FIELDS})

    @property
    def horizon_days(self) -> int:
        return round(self.horizon_months * DAYS_PER_MONTH)

    def sources(self, source: str) -> dict[str, InputSource]:
        """Every value with one source (the front end that gave them all), for the history."""
        return {
            field: InputSource(getattr(self, field), source)
            for field in _MARKET_FIELDS
            if getattr(self, field) is not None
        }


def resolve_market(
    given: Mapping[str, object],
    market: Mapping[Quantity, MarketValue],
    now: datetime,
    growth: GrowthEstimate = DEFAULT_GROWTH,
) -> tuple[BatchMarket, dict[str, InputSource]]:
    """The user's values, else market data, else the defaults, each with its source: what
    ``resolution.resolve_inputs`` does for one machine, for what every row of a batch shares."""
    raw: dict[str, object] = {}
    sources: dict[str, InputSource] = {}
    for field in _MARKET_FIELDS:
        value, quantity = given.get(field), MARKET_FIELDS.get(field)
        found = None if quantity is None else market.get(quantity)
        if value not in (None, ""):
            sources[field] = InputSource(value, USER)
        elif found is not None:
            value = found.value
            sources[field] = InputSource(
                value, last_known(found.source) if found.stale else found.source, found.age_s(now)
            )
        elif field == "growth_pct_month":
            value = growth.pct_month
            sources[field] = InputSource(value, growth_source(growth))
        elif field in DEFAULTS:
            value = DEFAULTS[field]
            sources[field] = InputSource(value, DEFAULT)
        raw[field] = value
    parsed = BatchMarket.parse(raw)  # a required value with no source fails here, naming its field
    return parsed, {field: replace(source, value=getattr(parsed, field)) for field, source in sources.items()}


@dataclass(frozen=True)
class BatchTotals:
    rows: int
    machines: int
    hashrate_ths: float
    power_mw: float
    btc_per_day: float
    revenue_usd_day: float
    power_cost_usd_day: float
    profit_usd_day: float
    profit_usd_month: float
    hardware_cost_usd: float
    network_share_pct: float | None  # with a network hashrate in the market inputs

    def as_history(self) -> dict[str, Any]:
        """JSON-ready, as the history keeps results: money to the cent as exact strings, and the single
        calculation's key names where the figure means the same (the history list shows those)."""
        share = self.network_share_pct
        return {
            "rows": self.rows,
            "machines": self.machines,
            "hashrate_ths": str(fixed(self.hashrate_ths, 2)),
            "power_mw": str(fixed(self.power_mw, 3)),
            "btc_per_day": str(fixed(self.btc_per_day, 8)),
            "revenue_usd_per_day": str(money(self.revenue_usd_day)),
            "power_cost_usd_per_day": str(money(self.power_cost_usd_day)),
            "profit_usd_per_day": str(money(self.profit_usd_day)),
            "profit_usd_per_month": str(money(self.profit_usd_month)),
            "hardware_cost_usd": str(money(self.hardware_cost_usd)),
            "network_share_pct": None if share is None else str(fixed(share, 6)),
        }

    def as_exact(self) -> dict[str, Any]:
        """``as_history``'s keys at full precision (numbers, not strings): machine-readable output."""
        return {
            "rows": self.rows,
            "machines": self.machines,
            "hashrate_ths": self.hashrate_ths,
            "power_mw": self.power_mw,
            "btc_per_day": self.btc_per_day,
            "revenue_usd_per_day": self.revenue_usd_day,
            "power_cost_usd_per_day": self.power_cost_usd_day,
            "profit_usd_per_day": self.profit_usd_day,
            "profit_usd_per_month": self.profit_usd_month,
            "hardware_cost_usd": self.hardware_cost_usd,
            "network_share_pct": self.network_share_pct,
        }


def history_inputs(sources: Mapping[str, InputSource], file_name: str, totals: BatchTotals) -> dict[str, Any]:
    """What a batch's history entry keeps as inputs: the shared values with their sources, the file and
    its size. Not "quantity": restoring the entry into the single calculator must not take the fleet's
    machine count for one line's."""
    inputs = {field: source.as_dict() for field, source in sorted(sources.items())}
    inputs["fleet_file"] = InputSource(file_name, USER).as_dict()
    inputs["fleet_machines"] = InputSource(totals.machines, f"fleet file ({totals.rows:,} rows)").as_dict()
    return inputs


@dataclass(frozen=True, eq=False)
class BatchResult:
    frame: pd.DataFrame  # RESULT_COLUMNS, one row per fleet line; money unrounded (format on display)
    totals: BatchTotals


def compute_batch(
    rows: ValidRows,
    market: BatchMarket,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = 5000,
) -> BatchResult:
    """Today's economics and the payback of every row, with ``profitability.calculate``'s definitions.

    ``cancelled()`` is asked before each ``chunk`` of rows and ``progress(done, total)`` told after it.
    Inside a chunk the projection runs in blocks of ``CELL_BUDGET`` rows × days that stay in the CPU
    cache: memory is bounded whatever the file size, and it is twice as fast as one big block.
    """
    import pandas as pd

    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    total, horizon_days = len(rows), market.horizon_days
    quantity = rows.quantity
    hashrate_hs = rows.hashrate_ths * TH * quantity  # the same operations, in the same order, as calculate()
    power_kw = rows.power_w * quantity / 1000.0
    electricity = rows.electricity_usd_per_kwh
    capex = rows.hardware_cost_usd * quantity
    shared = {
        "btc_price": float(market.btc_price_usd),
        "difficulty": float(market.difficulty),
        "fees_btc": float(market.fees_per_block_btc),
        "subsidy_now": float(block_subsidy_btc(market.block_height)),
        "days_to_halving": blocks_to_next_halving(market.block_height) / BLOCKS_PER_DAY,
        "pool_fee": float(market.pool_fee_pct) / 100.0,
        "uptime": float(market.uptime_pct) / 100.0,
        "growth_per_month": float(market.growth_pct_month) / 100.0,
    }

    def full(name: str, n: int = total) -> Array:
        return np.full(n, shared[name], dtype=np.float64)

    btc_day = btc_per_day(
        hashrate_hs, full("subsidy_now"), full("fees_btc"), full("difficulty"), full("pool_fee"), full("uptime")
    )
    revenue = btc_day * shared["btc_price"]
    kwh = power_kw * 24.0 * shared["uptime"]
    cost = kwh * electricity
    payback, horizon_profit = np.full(total, np.nan), np.zeros(total)
    block = max(1, min(chunk, CELL_BUDGET // horizon_days))
    for chunk_start in range(0, total, chunk):
        if cancelled is not None and cancelled():
            raise BatchCancelled(chunk_start, total)
        chunk_stop = min(chunk_start + chunk, total)
        for start in range(chunk_start, chunk_stop, block):
            part = slice(start, min(start + block, chunk_stop))
            projection = project(
                hashrate_hs=hashrate_hs[part],
                power_kw=power_kw[part],
                electricity=electricity[part],
                capex_usd=capex[part],
                horizon_days=horizon_days,
                keep_curve=False,
                **{name: full(name, part.stop - start) for name in shared},
            )
            payback[part] = np.where(projection.payback_days >= 0, projection.payback_days, np.nan)
            horizon_profit[part] = projection.cumulative_profit_usd[:, -1]
        if progress is not None:
            progress(chunk_stop, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        roi = np.where(capex > 0, horizon_profit / capex * 100.0, np.nan)
    profit = revenue - cost
    # As payback() words one calculation: no cost to pay back is "n/a" (the projection says day 0), a
    # profit that only growth keeps beyond the horizon is not "never".
    no_cost, within = capex <= 0, ~np.isnan(payback)
    payback = np.where(no_cost, np.nan, payback)
    status = np.select(
        [no_cost, within, profit <= 0], [STATUS[NO_COST], STATUS[WITHIN], STATUS[NEVER]], STATUS[BEYOND]
    ).astype(object)
    columns = (
        rows.row, rows.site, rows.model, quantity, rows.hashrate_ths, rows.power_w, electricity,
        rows.hardware_cost_usd, btc_day, revenue, cost, profit, profit * DAYS_PER_MONTH, revenue / kwh, payback,
        status, roi,
    )  # fmt: skip
    fleet_ths = float((rows.hashrate_ths * quantity).sum())
    network = market.network_hashrate_ehs
    totals = BatchTotals(
        rows=total,
        machines=int(quantity.sum()),
        hashrate_ths=fleet_ths,
        power_mw=float(power_kw.sum()) / 1000.0,
        btc_per_day=float(btc_day.sum()),
        revenue_usd_day=float(revenue.sum()),
        power_cost_usd_day=float(cost.sum()),
        profit_usd_day=float(profit.sum()),
        profit_usd_month=float(profit.sum()) * DAYS_PER_MONTH,
        hardware_cost_usd=float(capex.sum()),
        network_share_pct=None if network is None else fleet_ths * TH / (float(network) * 1e18) * 100.0,
    )
    return BatchResult(pd.DataFrame(dict(zip(RESULT_COLUMNS, columns, strict=True))), totals)
