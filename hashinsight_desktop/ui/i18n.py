"""The console's language: its own translation (``resources/i18n/hashinsight_<lang>.qm``, built from the ``.ts`` by
``python -m tools.translations release``) and Qt's (``qtbase_<lang>.qm``: the standard buttons, the line edits'
menus, the file dialogs), installed into the application together with the locale numbers and dates follow.

English is the source language: it needs no file. A language whose file is missing falls back to English, said
in one line (``install`` returns it; the start prints it, the Language menu shows it).
"""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hashinsight_desktop.services.languages import (
    ENGLISH,
    LANGUAGE_ENV,
    LANGUAGES,
    NATIVE_NAMES,
    UnknownLanguage,
    choose_language,
)
from hashinsight_desktop.services.texts import render_error

log = logging.getLogger(__name__)

QT_CATALOGUES = ("qtbase",)  # Qt's own strings the console shows (qt_<lang>.qm only points at these)
_LANGUAGE_PROPERTY = "hashinsight_language"


def translations_dir() -> Path:
    """Where the built .qm files are: next to their .ts sources, in the package's resources."""
    return Path(str(resources.files("hashinsight_desktop") / "resources" / "i18n"))


def qm_file(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"hashinsight_{language}.qm"


def own_translator(language: str, directory: Path | None = None) -> QTranslator | None:
    """The console's own translator for ``language`` (the console's, the command line's or a document's); None for
    English, a language the console does not speak, or when its .qm was not built."""
    if language == ENGLISH or language not in LANGUAGES:
        return None
    translator = QTranslator()
    return translator if translator.load(str(qm_file(language, directory))) else None


def locale_of(language: str) -> QLocale:
    """The locale numbers, money and dates of ``language`` follow (American English for English, whatever the
    computer's default)."""
    return QLocale("en_US" if language == ENGLISH else language)


class Translation:
    """The translators of one language: the console's own first, then Qt's. English has none."""

    def __init__(self, language: str, translators: list[QTranslator]) -> None:
        self.language = language
        self.translators = translators

    def lookup(self, context: str, source: str, comment: str | None = None, n: int = -1) -> str:
        """The raw translation (``%n`` not filled in), or ``source`` when there is none."""
        for translator in self.translators:
            found = translator.translate(context, source, comment, n)
            if found:
                return found
        return source


def load(language: str) -> tuple[Translation, str | None]:
    """The translators of ``language``, and a one-line notice when its file is missing (then: English)."""
    if language == ENGLISH:
        return Translation(ENGLISH, []), None
    own = own_translator(language)
    if own is None:
        notice = QCoreApplication.translate(
            "Language", "The {language} translation ({file}) is missing or unreadable: the console is in English."
        ).format(language=NATIVE_NAMES.get(language, language), file=qm_file(language))
        return Translation(ENGLISH, []), notice
    translators = [own]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in QT_CATALOGUES:
        qt = QTranslator()
        if qt.load(QLocale(language), catalogue, "_", qt_dir):
            translators.append(qt)
        else:  # a bundle without Qt's translations: the console's own strings are still translated
            log.warning("Qt's %s translation for %s not found in %s", catalogue, language, qt_dir)
    return Translation(language, translators), None


_installed: dict[int, Translation] = {}  # by id(application): tests make one application per process


def current(app: QCoreApplication | None = None) -> Translation:
    app = app or QCoreApplication.instance()
    return _installed.get(id(app)) or Translation(ENGLISH, [])


def install(app: QCoreApplication, language: str) -> tuple[Translation, str | None]:
    """Make ``language`` the application's (translators and default locale); returns what was replaced and the
    missing-file notice, if any. Qt sends every widget a LanguageChange; re-translating the console's own
    texts on open windows is ``language_switch.switch_language``'s work."""
    previous = current(app)
    translation, notice = load(language)
    if notice:
        log.warning("%s", notice)
    for translator in previous.translators:
        app.removeTranslator(translator)
    for translator in translation.translators:
        app.installTranslator(translator)
    _installed[id(app)] = translation
    QLocale.setDefault(locale_of(translation.language))
    app.setProperty(_LANGUAGE_PROPERTY, translation.language)
    return previous, notice


def language_name(language: str) -> str:
    return NATIVE_NAMES.get(language, language)


_start_notices: list[str] = []


def start(app: QCoreApplication, saved: str) -> list[str]:
    """At start: the language ``--lang``/``HASHINSIGHT_LANG``, the settings or the computer choose, installed.
    Returns the problems (an unknown language in the environment, a missing file), one line each; they are also
    kept for the main window's status bar (``start_notice``)."""
    _start_notices.clear()
    unknown: UnknownLanguage | None = None
    try:
        language = choose_language(os.environ.get(LANGUAGE_ENV), saved, QLocale.system().name())
    except UnknownLanguage as exc:
        unknown = exc
        language = choose_language(None, saved, QLocale.system().name())
    _, notice = install(app, language)
    if unknown is not None:  # said once the language is installed, in it
        _start_notices.append(f"{LANGUAGE_ENV}: {render_error(unknown, QCoreApplication.translate)}")
    if notice:
        _start_notices.append(notice)
    return list(_start_notices)


def start_notice() -> str | None:
    return " ".join(_start_notices) or None
