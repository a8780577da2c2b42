"""The command line in the user's language: --lang, else HASHINSIGHT_LANG, else the locale (LC_ALL, LC_MESSAGES,
LANG), read as `services.languages` reads a computer's language (zh_CN… is Simplified Chinese, others English).
Commands say their texts with ``translate("CLI", ...)`` (lupdate extracts the calls) and errors with ``error_text``.
Qt is imported only for a language other than English: `--help` and an English run start as fast as before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from hashinsight_desktop.services.languages import ENGLISH, LANGUAGE_ENV, system_language
from hashinsight_desktop.services.texts import render_error

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_translator: QTranslator | None = None


def chosen(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language the arguments or the environment ask for (read before the parser is built: its help texts are
    translated too)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return system_language(argv[i + 1])  # an unknown one: the parser refuses it, in English
        if arg.startswith("--lang="):
            return system_language(arg.partition("=")[2])
    for name in (LANGUAGE_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return system_language(environ[name])
    return ENGLISH


def install(language: str) -> None:
    """Use ``language`` for what the command line says from now on (English when its .qm was not built)."""
    global _translator
    if language == ENGLISH:
        _translator = None
        return
    from hashinsight_desktop.ui.document_language import load_translator

    _translator = load_translator(language)


def translate(context: str, text: str) -> str:
    found = _translator.translate(context, text) if _translator is not None else ""
    return found or text


def error_text(error: BaseException) -> str:
    """What an error says, in the command line's language."""
    return render_error(error, translate if _translator is not None else None)
