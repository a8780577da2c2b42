"""A duration at a glance: the steps, and the units in the reader's language (a test translator stands in for the
shipped Chinese). Pure."""

from __future__ import annotations

from hashinsight_desktop.services.durations import seconds_text, short_duration
from hashinsight_desktop.services.texts import render

CHINESE = {"{n} s": "{n} 秒", "{n} min": "{n} 分钟", "{n} h": "{n} 小时", "{n} d": "{n} 天"}


def chinese(context: str, source: str) -> str:
    assert context == "Durations"
    return CHINESE[source]


def test_short_duration_steps() -> None:
    assert [str(short_duration(s)) for s in (-3, 0, 12.9, 119, 120, 7199, 7200, 172_799, 172_800)] == [
        "0 s",
        "0 s",
        "12 s",
        "119 s",
        "2 min",
        "119 min",
        "2 h",
        "47 h",
        "2 d",
    ]
    assert [str(seconds_text(s)) for s in (15.0, 0.5)] == ["15 s", "0.5 s"]


def test_units_in_the_readers_language() -> None:
    assert [render(short_duration(s), chinese) for s in (42, 180, 7200, 172_800)] == [
        "42 秒",
        "3 分钟",
        "2 小时",
        "2 天",
    ]
    assert render(seconds_text(15.0), chinese) == "15 秒"
