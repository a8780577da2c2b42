"""A database error in words a user reads: one short line on screen (why, never the SQL, its parameters or
SQLAlchemy's "Background on this error at" link), the whole text to the log. Every view that says why it could
not read or write uses it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.database_health import connection_lost, error_line

log = logging.getLogger(__name__)
MAX_CHARS = 160  # a driver's first line can carry a long host list: the rest is in the log


def _t(text: str) -> str:
    return QCoreApplication.translate("DatabaseError", text)


def database_error_text(exc: BaseException) -> str:
    """Either "the database cannot be reached (connection refused …)" or "the database refused it (…)"; any other
    exception: its first line. The full text goes to the log."""
    log.warning("database error shown to the user: %s", exc, exc_info=exc)
    reason = error_line(exc)
    if len(reason) > MAX_CHARS:
        reason = reason[: MAX_CHARS - 1] + "…"
    if connection_lost(exc):
        return _t("the database cannot be reached ({error})").format(error=reason)
    if getattr(exc, "orig", None) is not None:
        return _t("the database refused it ({error})").format(error=reason)
    return reason
