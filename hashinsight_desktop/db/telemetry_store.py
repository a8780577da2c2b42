"""Bulk writes of telemetry: PostgreSQL COPY, SQLite executemany; latest state as one upsert."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, insert
from sqlalchemy.dialects import postgresql, sqlite

from hashinsight_desktop.db.models import MinerState, TelemetrySample

SAMPLE_COLUMNS = ("miner_id", "recorded_at", "status", "hashrate_ths", "power_w", "max_chip_temp_c", "fan_rpm_max")
SampleRow = tuple[Any, ...]  # values in SAMPLE_COLUMNS order
_COPY_SQL = f"COPY telemetry_samples ({', '.join(SAMPLE_COLUMNS)}) FROM STDIN"
_COPY_BLOCK = 20_000


def _field(value: Any) -> str:
    return "\\N" if value is None else str(value)


def copy_text(rows: Sequence[SampleRow]) -> str:
    """COPY's text format built directly: several times faster than psycopg's per-row write_row.
    Every value here is a UUID, an aware datetime, a number or a status word: nothing to escape.
    A poll stamps all its samples alike and a miner recurs across polls, so both are formatted once."""
    ids: dict[Any, str] = {}
    times: dict[Any, str] = {}
    lines = []
    for miner_id, recorded_at, status, hashrate, power, temp, fan in rows:
        key = ids.get(miner_id)
        if key is None:
            key = ids[miner_id] = str(miner_id)
        stamp = times.get(recorded_at)
        if stamp is None:
            stamp = times[recorded_at] = recorded_at.isoformat()
        lines.append(f"{key}\t{stamp}\t{status}\t{_field(hashrate)}\t{_field(power)}\t{_field(temp)}\t{_field(fan)}\n")
    return "".join(lines)


def by_miner(row: SampleRow) -> int:
    """Sort key: uuid.UUID.int orders as PostgreSQL orders uuid (bytewise). Rows sorted by miner
    (time order kept within each, the sort is stable) walk the (miner_id, recorded_at) index in
    order and share heap pages: COPY runs about 40 % faster."""
    return getattr(row[0], "int", 0)


def write_samples(engine: Engine, rows: Sequence[SampleRow]) -> int:
    """Append samples in one transaction; all or none are written."""
    if not rows:
        return 0
    if engine.dialect.name == "postgresql":
        rows = sorted(rows, key=by_miner)
        raw = engine.raw_connection()
        try:
            with raw.cursor() as cursor, cursor.copy(_COPY_SQL) as copy:  # type: ignore[attr-defined]
                for start in range(0, len(rows), _COPY_BLOCK):
                    copy.write(copy_text(rows[start : start + _COPY_BLOCK]))
            raw.commit()
        except BaseException:
            raw.rollback()
            raise
        finally:
            raw.close()
    else:
        with engine.begin() as connection:
            connection.execute(insert(TelemetrySample), [dict(zip(SAMPLE_COLUMNS, row, strict=True)) for row in rows])
    return len(rows)


def upsert_states(engine: Engine, states: Sequence[Mapping[str, Any]]) -> None:
    """Insert or replace each miner's latest state (``miner_id`` is the key)."""
    if not states:
        return
    dialect_insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
    statement = dialect_insert(MinerState)
    columns = [c.name for c in MinerState.__table__.columns if c.name != "miner_id"]
    statement = statement.on_conflict_do_update(
        index_elements=["miner_id"], set_={name: statement.excluded[name] for name in columns}
    )
    with engine.begin() as connection:
        connection.execute(statement, list(states))
