"""The periodic refresh of market data, once per tick across a control room.

Every console's calculator refreshes its market values when they pass their time-to-live. Before it asks
a provider, the refresh takes its turn through the job ticks (``services/cluster/ticks.py``): a value
another console stored within its time-to-live is taken from the database; otherwise the quantity's tick
(``market-snapshots:<quantity>``, as long as its time-to-live) is claimed, and only the claimer fetches it and
stores the snapshot. A console that lost the claim serves its last value, marked stale, until the
claimer's snapshot is in the database (its next refresh reads it). The job ticks record each fetch's
outcome, as for every periodic job.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services.cluster.ticks import FAILED, OK, ON_DEMAND_PREFIXES, claim_tick, finish_tick
from hashinsight_desktop.services.market_data.quantities import MANUAL_SOURCE, MarketValue, Quantity
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work


def job_name(quantity: Quantity) -> str:
    """Claimed when a calculator refreshes, not on a clock: an on-demand job (``ticks.ON_DEMAND_PREFIXES``)."""
    return f"{ON_DEMAND_PREFIXES[0]}{quantity.value}"


@dataclass
class Turn:
    """What one refresh does: serve ``stored`` (fetched by another console within their time-to-live) and
    fetch ``mine`` (the ticks it claimed); the rest another console is fetching now."""

    stored: dict[Quantity, MarketValue] = field(default_factory=dict)
    mine: dict[Quantity, datetime] = field(default_factory=dict)  # quantity → its claimed tick's start


def take_turn(
    session_factory: sessionmaker[Session],
    latest: Mapping[Quantity, MarketValue],
    quantities: Iterable[Quantity],
    ttl_s: Mapping[Quantity, float],
    now: datetime,
    node_id: uuid.UUID | None = None,
) -> Turn:
    """``latest``: the newest stored value of each quantity (read just before). A value typed by hand does
    not count as fetched: the providers are still asked for the real one."""
    turn = Turn()
    with unit_of_work(session_factory, "job tick") as session:
        for quantity in quantities:
            value = latest.get(quantity)
            if value is not None and value.source != MANUAL_SOURCE and value.age_s(now) <= ttl_s[quantity]:
                turn.stored[quantity] = value
                continue
            tick = claim_tick(session, job_name(quantity), ttl_s[quantity], node_id)
            if tick is not None:
                turn.mine[quantity] = tick.start
    return turn


def end_turn(
    session_factory: sessionmaker[Session],
    turn: Turn,
    got: Iterable[Quantity],
    duration_ms: float,
    failures: Mapping[str, str],
) -> None:
    """Record on each claimed tick whether its quantity was fetched (or why not: the providers' reasons)."""
    fetched = set(got)
    why: str | Text = "; ".join(f"{name}: {reason}" for name, reason in sorted(failures.items()))
    why = why or Text(QT_TRANSLATE_NOOP("JobTicks", "no provider answered"))
    with unit_of_work(session_factory, "job tick") as session:
        for quantity, start in turn.mine.items():
            ok = quantity in fetched
            finish_tick(
                session,
                job_name(quantity),
                start,
                OK if ok else FAILED,
                duration_ms,
                1 if ok else 0,
                None if ok else why,
            )
