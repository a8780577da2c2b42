"""How long ago something happened, in the reader's language: ``45 s ago``, ``3 min ago``, ``2 h ago``, ``4 d ago``.

The console's counterpart of `services.market_data.quantities.format_age` (the command line's English), with the
same steps; and a bare duration at a glance (`services.durations`, shared with `cluster status`): ``42 s``,
``3 min``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.durations import short_duration
from hashinsight_desktop.services.texts import render


def age_text(seconds: float) -> str:
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("AgeText", "{n} s ago").format(n=s)
    if s < 3600:
        return QCoreApplication.translate("AgeText", "{n} min ago").format(n=s // 60)
    if s < 48 * 3600:
        return QCoreApplication.translate("AgeText", "{n} h ago").format(n=s // 3600)
    return QCoreApplication.translate("AgeText", "{n} d ago").format(n=s // 86400)


def duration(seconds: float) -> str:
    """'42 s', '3 min', '2 h', '4 d' in the reader's language (rounded down, never negative)."""
    return render(short_duration(seconds), QCoreApplication.translate)
