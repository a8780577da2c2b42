"""Which language the console (and the command line) speaks: English or Simplified Chinese.

The choice, first that applies: ``--lang`` (``HASHINSIGHT_LANG`` in the environment, which ``--lang`` sets), the
language saved in the settings (View → Language), the computer's own language. No Qt here: the console passes the
system locale's name, the command line its own.
"""

from __future__ import annotations

import logging

from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
LANGUAGE_ENV = "HASHINSIGHT_LANG"
# Each language named in itself, as language menus do: a reader finds their own whatever is shown now.
NATIVE_NAMES = {ENGLISH: "English", CHINESE: "简体中文"}


class UnknownLanguage(ServiceError, ValueError):
    pass


def normalise(code: str) -> str:
    """``zh``, ``zh-CN``, ``zh_CN.UTF-8``, ``zh_Hans_CN`` → ``zh_CN``; ``en_US`` → ``en``; others refused."""
    base = code.strip().replace("-", "_").split(".")[0].lower()
    if base == "zh" or base.startswith(("zh_cn", "zh_hans", "zh_sg")):
        return CHINESE
    if base in ("en", "c", "posix") or base.startswith("en_"):
        return ENGLISH
    raise UnknownLanguage(
        Text(
            QT_TRANSLATE_NOOP("Errors", "unknown language {code!r} (choose {english} or {chinese})"),
            code=code,
            english=ENGLISH,
            chinese=CHINESE,
        )
    )


def system_language(locale_name: str) -> str:
    """The computer's language if the console speaks it, else English (a Traditional Chinese system too)."""
    try:
        return normalise(locale_name)
    except UnknownLanguage:
        return ENGLISH


def choose_language(override: str | None, saved: str, system_locale: str) -> str:
    """``override``: ``--lang`` or the environment (refused if unknown); ``saved``: the settings' (ignored
    if unknown, e.g. written by a newer version); ``system_locale``: e.g. ``zh_CN`` or ``en_US``."""
    if override:
        return normalise(override)
    if saved:
        try:
            return normalise(saved)
        except UnknownLanguage:
            log.warning("settings: language %r ignored (one of %s)", saved, ", ".join(LANGUAGES))
    return system_language(system_locale)
