"""Series files: every bad cell named by spreadsheet row and column at once, nothing returned."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.services.analytics.series_file import SeriesFileError, read_prices, read_series
from hashinsight_desktop.services.errors import ValidationError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_prices_with_bad_cells_name_every_row(tmp_path: Path) -> None:
    path = write(
        tmp_path / "prices.csv",
        "date,close,high,low\n"
        "2024-01-01,42000,42500,41000\n"
        "2024-01-02,abc,42500,41000\n"  # row 3: not a number
        "2024-01-02,42100,42500,41000\n"  # row 4: not after row 3
        "2024-01-04,-5,42500,41000\n"  # row 5: negative price
        "2024-01-05,43000,42500,41000\n"  # row 6: close above the high
        "yesterday,43000,43500,41000\n",  # row 7: not a date
    )
    with pytest.raises(SeriesFileError) as caught:
        read_prices(path)
    named = [(e.row, e.column) for e in caught.value.errors]
    assert named == [(3, "close"), (4, "date"), (5, "close"), (6, "high"), (7, "date")]
    assert "row 3, close: 'abc' is not a number" in str(caught.value)


def test_prices_may_be_hourly_and_need_only_date_and_close(tmp_path: Path) -> None:
    path = write(tmp_path / "p.csv", "Date,Close\n2024-01-01T00:00,1\n2024-01-01T01:00,2.5\n")
    prices = read_prices(path)
    assert prices.close.tolist() == [1.0, 2.5] and prices.high is None and prices.open is None


def test_a_daily_series_may_not_skip_a_day(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "date,value\n2024-01-01,1\n2024-01-02,2\n2024-01-05,3\n2024-01-06,x\n")
    with pytest.raises(SeriesFileError) as caught:
        read_series(path)
    assert [str(e) for e in caught.value.errors] == [
        "row 4, date: 2024-01-05: 2 day(s) missing after row 3",
        "row 5, value: 'x' is not a number",
    ]


def test_a_log_series_needs_positive_values(tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "date,value\n2024-01-01,1\n2024-01-02,0\n")
    assert read_series(path).values.tolist() == [1.0, 0.0]
    with pytest.raises(SeriesFileError, match=r"row 3, value: must be a number above 0, not 0 \(--log"):
        read_series(path, positive=True)


def test_missing_column_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="missing column"):
        read_series(write(tmp_path / "a.csv", "date,close\n2024-01-01,1\n"))
    with pytest.raises(ValidationError, match="no data rows"):
        read_prices(write(tmp_path / "b.csv", "date,close\n"))
