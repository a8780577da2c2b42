"""The analytics' refusals are said in the reader's language, with the file's or option's own values. Pure: a dict
stands in for Qt's translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.services.analytics.series_file import SeriesFileError, read_series
from hashinsight_desktop.services.texts import render_error

CHINESE = {
    ("Errors", "{count} bad cell(s){consequence}: {shown}"): "{count} 个单元格有误{consequence}：{shown}",
    ("Errors", "; nothing was computed"): "；未计算",
    ("Errors", "row {row}, {column}: {message}"): "第 {row} 行，{column}：{message}",
    ("Errors", "; "): "；",
    ("Errors", "{text!r} is not a date (YYYY-MM-DD)"): "{text!r} 不是日期（YYYY-MM-DD）",
    ("Errors", "must be a number above 0, not {text}"): "必须是大于 0 的数，而不是 {text}",
    ("Errors", "{why} (--log needs every value above 0)"): "{why}（--log 要求每个值都大于 0）",
}


def test_a_series_files_bad_cells_are_said_in_the_readers_language(tmp_path: Path) -> None:
    path = tmp_path / "series.csv"
    path.write_text("date,value\n2026-01-01,1\nyesterday,2\n2026-01-02,-4\n", encoding="utf-8")
    with pytest.raises(SeriesFileError) as refused:
        read_series(path, positive=True)
    assert str(refused.value) == (
        "file: 2 bad cell(s); nothing was computed: row 3, date: 'yesterday' is not a date (YYYY-MM-DD); "
        "row 4, value: must be a number above 0, not -4 (--log needs every value above 0)"
    )
    assert render_error(refused.value, lambda context, source: CHINESE.get((context, source), "")) == (
        "file: 2 个单元格有误；未计算：第 3 行，date：'yesterday' 不是日期（YYYY-MM-DD）；"
        "第 4 行，value：必须是大于 0 的数，而不是 -4（--log 要求每个值都大于 0）"
    )
