"""A usage file for ``billing draft``: one sample per row, columns ``miner_id,recorded_at,power_w,status``.

``recorded_at`` is ISO-8601 with its UTC offset (``2026-11-01T00:00:00Z``, ``...+01:00``): a time without one is
ambiguous in the hour clocks go back, so it is refused. ``power_w`` is the measured power (0 to 100,000 W); an
``offline`` row may leave it empty (a miner that does not answer is billed no energy for that time). ``status``
is ``hashing``, ``sleeping``, ``curtailed`` or ``offline``. Every row must be of a miner of the contract, and a
miner has one sample per time. Every bad cell is reported at once, by row (the header is row 1) and column.
CSV or XLSX, as any table file of the console (services/table_file.py).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from hashinsight_desktop.services.billing.usage import OFFLINE, STATUSES, Sample
from hashinsight_desktop.services.table_file import BadCells, RowError, read_table

COLUMNS = ("miner_id", "recorded_at", "power_w", "status")
MAX_ROWS = 2_000_000  # a month of one-minute samples of ~45 miners; a database bills more, from roll-ups
MAX_WATTS = Decimal(100_000)


def _when(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO-8601 time (e.g. 2026-11-01T00:00:00Z)") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{text!r} has no UTC offset; add Z or +01:00 (a local time is ambiguous when clocks change)")
    return moment.astimezone(UTC)


def _watts(text: str, status: str) -> Decimal:
    if not text and status == OFFLINE:
        return Decimal(0)
    try:
        watts = Decimal(text)
    except InvalidOperation:
        raise ValueError(
            f"{text!r} is not a number of watts" if text else "is required (empty only when offline)"
        ) from None
    if not watts.is_finite() or not 0 <= watts <= MAX_WATTS:
        raise ValueError(f"{text} must be between 0 and {MAX_WATTS} W")
    return watts


def read_usage_file(path: Path, miner_ids: set[str]) -> dict[str, list[Sample]]:
    """Each contracted miner's samples in time order, or BadCells listing every bad cell of the file."""
    table = read_table(path, COLUMNS, COLUMNS, max_rows=MAX_ROWS)
    errors: list[RowError] = list(table.problems)
    samples: dict[str, list[Sample]] = defaultdict(list)
    first_row: dict[tuple[str, datetime], int] = {}
    cells = table.cells
    for index, row in enumerate(table.numbers):
        miner_id, status = cells["miner_id"][index], cells["status"][index].lower()
        row_errors: list[RowError] = []
        if not miner_id:
            row_errors.append(RowError(row, "miner_id", "is required"))
        elif miner_id not in miner_ids:
            row_errors.append(RowError(row, "miner_id", f"{miner_id!r} is not a miner of the contract"))
        if status not in STATUSES:
            shown = repr(cells["status"][index]) if cells["status"][index] else "empty"
            row_errors.append(RowError(row, "status", f"{shown} is not one of {', '.join(STATUSES)}"))
        at = watts = None
        try:
            at = _when(cells["recorded_at"][index])
        except ValueError as exc:
            row_errors.append(RowError(row, "recorded_at", str(exc)))
        try:
            watts = _watts(cells["power_w"][index], status)
        except ValueError as exc:
            row_errors.append(RowError(row, "power_w", str(exc)))
        if at is not None and not row_errors:
            earlier = first_row.setdefault((miner_id, at), row)
            if earlier != row:
                row_errors.append(
                    RowError(row, "recorded_at", f"miner {miner_id} has a sample at this time in row {earlier}")
                )
        errors.extend(row_errors)
        if not row_errors and at is not None and watts is not None:
            samples[miner_id].append(Sample(at, watts, status))
    if errors:
        raise BadCells(sorted(errors, key=lambda error: error.row), f" in {path.name}; nothing was billed")
    for rows in samples.values():
        rows.sort(key=lambda sample: sample.at)
    return dict(samples)
