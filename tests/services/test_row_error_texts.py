"""A refused file's message lists its bad cells; the frame ("N bad cell(s), nothing imported: row 2, ip: …") and each
cell's reason are said in the reader's language, with the file's own values. Pure: a dict stands in for Qt."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.fleet.management import unknown_feed
from hashinsight_desktop.services.fleet.miner_import import MinerImportError, _ip
from hashinsight_desktop.services.table_file import RowError
from hashinsight_desktop.services.texts import render, render_error

CHINESE = {
    ("Errors", "{count} bad cell(s){consequence}: {shown}"): "{count} 个单元格有误{consequence}：{shown}",
    (
        "Errors",
        "{count} bad cell(s){consequence}: {shown} (and {more} more)",
    ): "{count} 个单元格有误{consequence}：{shown}（另有 {more} 个）",
    ("Errors", ", nothing imported"): "，未导入任何内容",
    ("Errors", "row {row}, {column}: {message}"): "第 {row} 行，{column}：{message}",
    ("Errors", "; "): "；",
    ("Errors", "{text!r} is not an IP address"): "{text!r} 不是 IP 地址",
    ("Errors", " or "): " 或 ",
    (
        "Errors",
        "no feed named {name!r} at {site} (did you mean {close}?) — create it explicitly",
    ): "{site} 没有名为 {name!r} 的供电线路（是否指 {close}？）——请明确创建",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_a_refused_miner_list_names_each_bad_cell_in_the_readers_language() -> None:
    with pytest.raises(ValidationError) as bad_ip:
        _ip("10.0.0.300")
    errors = [RowError(row, "ip", bad_ip.value.message_text) for row in range(2, 9)]
    refused = MinerImportError(errors)
    english = str(refused)
    assert english.startswith("file: 7 bad cell(s), nothing imported: row 2, ip: '10.0.0.300' is not an IP address; ")
    assert english.endswith(" (and 2 more)") and english == str(MinerImportError(errors))
    said = render_error(refused, chinese)
    assert said.startswith("file: 7 个单元格有误，未导入任何内容：第 2 行，ip：'10.0.0.300' 不是 IP 地址；第 3 行")
    assert said.endswith("（另有 2 个）")
    assert str(errors[0]) == "row 2, ip: '10.0.0.300' is not an IP address"  # a table of errors shows each in English


def test_an_unknown_feed_names_the_close_ones_in_the_readers_language() -> None:
    text = unknown_feed("North", "feed-A", ["feed-a", "feed-b"])
    assert str(text) == "no feed named 'feed-A' at North (did you mean 'feed-a'?) — create it explicitly"
    assert render(text, chinese) == "North 没有名为 'feed-A' 的供电线路（是否指 'feed-a'？）——请明确创建"
