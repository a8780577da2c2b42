"""How long ago something happened, in the reader's language: ``45 s ago``, ``3 min ago``, ``2 h ago``, ``4 d ago``.

The console's counterpart of `services.market_data.quantities.format_age` (the command line's English), with the
same steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def age_text(seconds: float) -> str:
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("AgeText", "{n} s ago").format(n=s)
    if s < 3600:
        return QCoreApplication.translate("AgeText", "{n} min ago").format(n=s // 60)
    if s < 48 * 3600:
        return QCoreApplication.translate("AgeText", "{n} h ago").format(n=s // 3600)
    return QCoreApplication.translate("AgeText", "{n} d ago").format(n=s // 86400)
