"""A duration at a glance, in the reader's language: '12 s', '4 min', '3 h', '2 d'. Marked texts (English by
``str()``), rendered by the control room page, the status bar and `cluster status` with their translator, so the
units read as the reader's language writes them."""

from __future__ import annotations

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

SECONDS = QT_TRANSLATE_NOOP("Durations", "{n} s")
MINUTES = QT_TRANSLATE_NOOP("Durations", "{n} min")
HOURS = QT_TRANSLATE_NOOP("Durations", "{n} h")
DAYS = QT_TRANSLATE_NOOP("Durations", "{n} d")


def short_duration(seconds: float) -> Text:
    """'12 s', '4 min', '3 h', '2 d': an age at a glance (rounded down, never negative)."""
    s = max(0, int(seconds))
    if s < 120:
        return Text(SECONDS, n=s)
    if s < 7200:
        return Text(MINUTES, n=s // 60)
    if s < 172_800:
        return Text(HOURS, n=s // 3600)
    return Text(DAYS, n=s // 86_400)


def seconds_text(seconds: float) -> Text:
    """'15 s', '0.5 s': a setting in seconds as it is set (a lease, a timeout)."""
    return Text(SECONDS, n=f"{seconds:g}")
