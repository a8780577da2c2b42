"""What a refresh of the Fleet tab works out in its worker thread, so that the GUI thread's share of a
refresh stays small whatever the number of miners: every poll changes every row's hashrate, and the
per-row passes over 20,000 rows (comparing them, their sort values and filter verdicts, the combos'
choices, the "All sites" card) took most of a second of the GUI thread.

The worker compares the new rows with the snapshot the table shows (:class:`Shown`, captured on the
GUI thread when the reload starts) and puts the table's new row list together, in the new order when a
sorted value changed (with each miner's new position); the tab then swaps that list in (no per-row work
on the GUI thread: with the table sorted by TH/s, that took 44-63 ms of it at 20,000 rows) and repaints
the rows on screen plus those the filters now show or hide.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt

from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import MinerHealth
from hashinsight_desktop.services.telemetry.kpis import SiteKpi, with_health
from hashinsight_desktop.ui.fleet.filter_bar import FilterChoices, filter_choices
from hashinsight_desktop.ui.fleet.fleet_snapshot import FleetSnapshot
from hashinsight_desktop.ui.fleet.miner_columns import sort_value, sorted_positions
from hashinsight_desktop.ui.fleet.sites_panel import all_sites_kpi, kpis_from_rows


@dataclass(frozen=True)
class Shown:
    """What the table showed when the reload started (read on the GUI thread)."""

    snapshot: FleetSnapshot | None
    sort_column: int
    sort_order: Qt.SortOrder
    order: list[int]  # the miners' ids as int, in the table's order
    serial: int  # the model's serial then: if it moved since, ``order`` is stale
    predicate: Callable[[MinerRow], bool] | None  # the filters then (None: nothing filtered)


@dataclass(frozen=True)
class FleetDelta:
    shown: Shown
    same_miners: bool  # False: the table is reset with the new rows
    health: dict[int, MinerHealth]  # by miner id as int
    in_order: list[MinerRow]  # same miners: the table's rows, the changed ones replaced, in their new order
    positions: dict[int, int] | None  # miner id as int -> its row in in_order; None: nothing sorted moved
    changed_at: list[int]  # the changed rows' positions in in_order, ascending
    flipped: frozenset[int]  # changed miners the (same) filters now show or hide
    filtered: set[uuid.UUID] | None  # the miners those filters show (None: nothing filtered)
    kpis: list[SiteKpi]  # the site cards (customers': counted from their own miners)
    all_sites: SiteKpi
    choices: FilterChoices
    any_customer: bool
    any_rack: bool


def work_out(snapshot: FleetSnapshot, shown: Shown) -> FleetDelta:
    rows = snapshot.rows
    health = {miner_id.int: h for miner_id, h in (snapshot.health or {}).items()}
    kpis = snapshot.kpis
    if kpis is None:  # customers: from their own miners
        alerting = frozenset(a.miner_id for a in snapshot.alerts)
        kpis = with_health(kpis_from_rows(rows, alerting), rows, snapshot.health or {})
    changed, in_order, positions, changed_at, flipped = _compare(rows, health, shown)
    accept = shown.predicate
    return FleetDelta(
        shown=shown,
        same_miners=changed is not None,
        health=health,
        in_order=in_order,
        positions=positions,
        changed_at=changed_at,
        flipped=flipped,
        filtered=None if accept is None else {r.id for r in rows if accept(r)},
        kpis=kpis,
        all_sites=all_sites_kpi(kpis, rows),
        choices=filter_choices(rows),
        any_customer=any(r.customer for r in rows),
        any_rack=any(r.rack or r.position for r in rows),
    )


def _compare(
    rows: Sequence[MinerRow], health: dict[int, MinerHealth], shown: Shown
) -> tuple[list[MinerRow] | None, list[MinerRow], dict[int, int] | None, list[int], frozenset[int]]:
    """(changed rows, the table's new rows in order, their positions by id when the order moved, the changed
    rows' positions, filter flips); changed is None (and the rest empty) when the miners are not the same."""
    before = shown.snapshot
    if before is None or len(before.rows) != len(rows):
        return None, [], None, [], frozenset()
    old_rows = {row.id.int: row for row in before.rows}
    old_health = {miner_id.int: h for miner_id, h in (before.health or {}).items()}
    new_rows = {row.id.int: row for row in rows}
    if len(new_rows) != len(old_rows) or len(shown.order) != len(new_rows) or any(k not in old_rows for k in new_rows):
        return None, [], None, [], frozenset()
    column, accept = shown.sort_column, shown.predicate
    changed, moved, flipped = [], False, []
    for row in rows:
        key = row.id.int
        old = old_rows[key]
        if old != row or old_health.get(key) != health.get(key):
            changed.append(row)
            moved = moved or sort_value(column, old, old_health) != sort_value(column, row, health)
            if accept is not None and accept(old) != accept(row):
                flipped.append(key)
    in_order = [new_rows[key] for key in shown.order]  # unchanged rows: equal to the ones shown
    positions = None
    if moved:
        in_order = [in_order[p] for p in sorted_positions(in_order, health, column, shown.sort_order)]
        positions = {row.id.int: position for position, row in enumerate(in_order)}
    at = positions if positions is not None else {key: position for position, key in enumerate(shown.order)}
    return changed, in_order, positions, sorted(at[row.id.int] for row in changed), frozenset(flipped)
