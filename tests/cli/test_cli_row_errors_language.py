"""A refused input file's bad cells are listed on the command line in the user's language, each with the file's own
values (here `curtail solve`, which needs no database). A small test .qm stands in for the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from hashinsight_desktop.commands import language
from hashinsight_desktop.ui import i18n
from tests.support.cli_in_process import run_main
from tests.support.small_qm import build_qm

HEADLINE = (
    "hashinsight-desktop: error: {miners_csv}: {n_cells} bad cells in {rows} row(s); nothing was solved. "
    "Fix these and run again:"
)
CHINESE = {
    "CLI": {
        HEADLINE: "hashinsight-desktop: 错误: {miners_csv}：{rows} 行中有 {n_cells} 个单元格有误；未求解。"
        "请修正后重试："
    },
    "Errors": {
        "row {row}, {column}: {message}": "第 {row} 行，{column}：{message}",
        "not a number: {text!r}": "不是数字：{text!r}",
        "must be more than 0, not {value:g}": "必须大于 0，而不是 {value:g}",
    },
}


def test_bad_cells_are_listed_in_chinese(app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: build_qm(tmp_path, CHINESE))
    path = tmp_path / "miners.csv"
    path.write_text("miner_id,hashrate_ths,power_w\nm1,lots,3000\nm2,100,0\n", encoding="utf-8")
    try:
        result = run_main(
            "--lang", "zh_CN", "curtail", "solve", "--miners-csv", str(path), "--target-kw", "3", home=app_home
        )
    finally:
        language.install("en")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"hashinsight-desktop: 错误: {path}：2 行中有 2 个单元格有误；未求解。请修正后重试：",
        "  第 2 行，hashrate_ths：不是数字：'lots'",
        "  第 3 行，power_w：必须大于 0，而不是 0",
    ]
