"""The command line in the user's language: --lang, else HASHINSIGHT_LANG, else the locale (LC_ALL, LC_MESSAGES,
LANG), read as `services.languages` reads a computer's language (zh_CN… is Simplified Chinese, others English).
Commands say their texts with ``translate("CLI", ...)`` (lupdate extracts the calls) and errors with ``error_text``.
Qt is imported only for a language other than English: `--help` and an English run start as fast as before."""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from hashinsight_desktop.services.languages import ENGLISH, LANGUAGE_ENV, system_language
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, render_error

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_translator: QTranslator | None = None

# What argparse itself says to a user (it asks gettext, which has no Chinese catalogue): marked here so the .ts
# carries them, looked up under "argparse" while a language other than English is installed.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


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
    else:
        from hashinsight_desktop.ui.i18n import own_translator

        _translator = own_translator(language)
    argparse._ = _argparse_text if _translator is not None else gettext.gettext  # type: ignore[attr-defined]


def _argparse_text(message: str) -> str:
    return translate("argparse", message)


def translate(context: str, text: str) -> str:
    found = _translator.translate(context, text) if _translator is not None else ""
    return found or text


def error_text(error: BaseException) -> str:
    """What an error says, in the command line's language."""
    return render_error(error, translate if _translator is not None else None)
