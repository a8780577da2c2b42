"""The stored market history: rounds → the day's bar and the latest quotes, the periodic job end to end
(respx-mocked APIs), and the import of a history file. One engine: plain inserts and selects, nothing that
differs between SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select, update

from hashinsight_desktop.db.models.audit import AuditRecord
from hashinsight_desktop.db.models.market_history import SourceQuote
from hashinsight_desktop.services.analytics import history
from hashinsight_desktop.services.analytics.collectors.aggregate import aggregate
from hashinsight_desktop.services.analytics.collectors.exchanges import Quote
from hashinsight_desktop.services.analytics.collectors.fear_greed import FearGreed
from hashinsight_desktop.services.analytics.collectors.network import Network
from hashinsight_desktop.services.analytics.history_import import import_history, read_history
from hashinsight_desktop.services.analytics.series_file import SeriesFileError
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.errors import PermissionDenied
from hashinsight_desktop.services.market_data.quantities import Quantity
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.analytics import market_replies

ONE_ENGINE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
ADMIN = Principal(None, "admin", Role.ADMIN)


def a_round(
    *prices: str, difficulty: str | None = None, fear: int | None = None, day: date | None = None
) -> history.Round:
    quotes = [Quote(f"s{i}", "ok", Decimal(p), Decimal(1000)) for i, p in enumerate(prices)]
    values = {Quantity.DIFFICULTY: Decimal(difficulty)} if difficulty else {}
    readings = (FearGreed(day or date(2025, 1, 1), fear, "Fear"),) if fear is not None else ()
    return history.Round(aggregate(quotes, venues={"s0"}), Network(values, ("mempool.space",), ()), readings)


def at(hour: int, minute: int = 0, day: int = 1) -> datetime:
    return datetime(2025, 1, day, hour, minute, tzinfo=UTC)


@ONE_ENGINE
def test_a_source_set_aside_says_why_in_the_readers_language(database: Database) -> None:
    """The outlier's reason is kept as a text beside its English: the Analytics tab renders it in Chinese; a round
    stored before (English only) reads as stored."""
    chinese = {
        "{price} is more than {width:.2f} from the median {centre}": "{price} 偏离中位数 {centre} 超过 {width:.2f}"
    }

    def translate(context: str, source: str) -> str:
        return chinese.get(source, "") if context == "SourceQuotes" else ""

    with unit_of_work(database.session_factory) as session:
        history.store_round(session, a_round("97000", "97000", "150000"), at(0, 0))
    with database.session_factory() as session:
        latest = history.latest_quotes(session)
        assert latest is not None
        outlier = latest.sources[2]
        assert outlier.status == "outlier" and render(outlier.detail, translate).startswith(
            "150000 偏离中位数 97000 超过 "
        )
        assert str(outlier.detail).startswith("150000 is more than ")
    with unit_of_work(database.session_factory) as session:
        session.execute(update(SourceQuote).values(detail_text=None))  # as an older version stored it
    with database.session_factory() as session:
        older = history.latest_quotes(session)
    assert older is not None and render(older.sources[2].detail, translate).startswith("150000 is more than ")


@ONE_ENGINE
def test_rounds_make_the_days_bar_and_the_latest_quotes(database: Database) -> None:
    with unit_of_work(database.session_factory) as session:
        history.store_round(session, a_round("97000", difficulty="1.0e14", fear=30), at(0, 0))
        history.store_round(session, a_round("98500", "98500", "98510"), at(6, 15))
        history.store_round(session, a_round("96000", difficulty="1.1e14", fear=25), at(12, 30))
        history.store_round(session, a_round("97250.5"), at(23, 45))
        history.store_round(session, a_round("99000"), at(0, 0, day=2))
    with database.session_factory() as session:
        bars = history.daily_bars(session, date(2025, 1, 1), date(2025, 1, 2))
        latest = history.latest_quotes(session)
        fear = history.fear_greed_days(session)
        series = history.market_series(session)
    first = bars[0]
    assert (first.open, first.high, first.low, first.close) == (
        Decimal("97000"),
        Decimal("98500"),
        Decimal("96000"),
        Decimal("97250.5"),
    )
    assert (first.samples, first.origin, first.difficulty) == (4, "collected", Decimal("1.1e14"))
    assert first.volume_usd == Decimal("1000.00")  # the day's last round's 24 h volume
    assert [b.day for b in bars] == [date(2025, 1, 1), date(2025, 1, 2)]
    assert fear == {date(2025, 1, 1): 25}  # the day's reading updated, not duplicated
    assert latest is not None and latest.price_usd == Decimal("99000") and latest.completeness == 1.0
    assert [(s.source, s.status) for s in latest.sources] == [("s0", "ok")]
    assert latest.network is not None and latest.network.difficulty == Decimal("1.1e14")
    assert series.dates == (date(2025, 1, 1), date(2025, 1, 2)) and series.close.tolist() == [97250.5, 99000.0]
    assert series.high is not None and series.high.tolist() == [98500.0, 99000.0]
    assert series.fear_greed == {date(2025, 1, 1): 25} and series.funding_8h_pct is None


@ONE_ENGINE
def test_the_periodic_job_collects_every_source_and_stores_one_round(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert asyncio.run(history.collect_and_store(database.session_factory)) == 0  # the suite runs offline
    monkeypatch.delenv("HASHINSIGHT_OFFLINE")
    with market_replies.mocked_api():
        answered = asyncio.run(history.collect_and_store(database.session_factory))
    assert answered == 5
    with database.session_factory() as session:
        latest = history.latest_quotes(session)
        bars = history.daily_bars(session)
    assert latest is not None and latest.price_usd == Decimal("97123.45") and latest.asked == 5
    assert latest.funding_8h_pct == Decimal("0.012")
    assert {s.source for s in latest.sources} == {"binance", "okx", "bybit", "deribit", "coingecko"}
    assert len(bars) == 1 and bars[0].close == Decimal("97123.45")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@ONE_ENGINE
def test_import_back_fills_replaces_its_own_days_and_keeps_collected_ones(database: Database, tmp_path: Path) -> None:
    with unit_of_work(database.session_factory) as session:
        history.store_round(session, a_round("97000"), at(10))
    csv = write(
        tmp_path / "btc.csv",
        "date,open,high,low,close,volume,difficulty,hashrate\n"
        "2024-12-30,93000,94000,92000,93500,1000000,1.08e14,780.5\n"
        "2024-12-31,93500,95000,93000,94800.25,,1.08e14,790\n"
        "2025-01-01,94800,97500,94000,97000,1200000,1.09e14,800\n",
    )
    with unit_of_work(database.session_factory) as session:
        result = import_history(session, ADMIN, csv)
    assert (result.rows, result.written, result.replaced, result.skipped_collected) == (3, 2, 0, 1)
    with unit_of_work(database.session_factory) as session:
        again = import_history(session, ADMIN, csv)
        audits = session.scalars(select(AuditRecord).where(AuditRecord.entity_type == "market_history")).all()
    assert (again.written, again.replaced) == (0, 2)
    assert len(audits) == 2
    with database.session_factory() as session:
        bars = {b.day: b for b in history.daily_bars(session)}
    assert bars[date(2024, 12, 31)].close == Decimal("94800.25") and bars[date(2024, 12, 31)].volume_usd is None
    assert bars[date(2024, 12, 30)].hashrate_ehs == Decimal("780.5") and bars[date(2024, 12, 30)].origin == "imported"
    assert bars[date(2025, 1, 1)].origin == "collected" and bars[date(2025, 1, 1)].samples == 1


@ONE_ENGINE
def test_import_needs_settings_permission(database: Database, tmp_path: Path) -> None:
    csv = write(tmp_path / "btc.csv", "date,close\n2025-01-01,97000\n")
    with pytest.raises(PermissionDenied), unit_of_work(database.session_factory) as session:
        import_history(session, Principal(None, "guest", Role.GUEST), csv)


def test_a_bad_history_file_names_every_bad_row_and_writes_nothing(tmp_path: Path) -> None:
    csv = write(
        tmp_path / "bad.csv",
        "date,close,high,low,difficulty\n"
        "2025-01-01,97000,98000,96000,1e14\n"
        "2025-01-02 12:00,97100,98000,96000,1e14\n"
        "2025-01-02,abc,98000,96000,1e14\n"
        "2025-01-04,97000,96000,95000,-5\n",
    )
    with pytest.raises(SeriesFileError) as caught:
        read_history(csv)
    assert [str(e) for e in caught.value.errors] == [
        "row 3, date: '2025-01-02 12:00' has a time of day; a history file has one row per day",
        "row 4, close: 'abc' is not a number",
        "row 4, date: 2025-01-02 does not come after row 3 (2025-01-02 12:00)",
        "row 5, difficulty: must be a number above 0, not -5",
        "row 5, high: 96000 is below the bar's open or close",
    ]


def test_a_workbook_reads_like_a_csv(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Close", "Hashrate"])
    sheet.append([datetime(2025, 1, 1), 97000.5, 800])
    sheet.append([datetime(2025, 1, 2), 98000, None])
    book.save(tmp_path / "history.xlsx")
    read = read_history(tmp_path / "history.xlsx")
    assert [d.date() for d in read.prices.dates] == [date(2025, 1, 1), date(2025, 1, 2)]
    assert read.prices.close.tolist() == [97000.5, 98000.0]
    assert read.hashrate_ehs is not None and read.hashrate_ehs[0] == 800.0 and np.isnan(read.hashrate_ehs[1])
