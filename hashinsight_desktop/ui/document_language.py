"""A language other than the console's: the command line's (chosen by --lang or the environment) and a customer's
(an invoice PDF in Chinese while the console stays English). A `QTranslator` of that language, asked directly with
its ``translate`` (nothing installed on the application), and a `QLocale` for its numbers, dates and money; both
loaded as the console's own (``ui.i18n``)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QLocale

from hashinsight_desktop.services.languages import ENGLISH, LANGUAGES
from hashinsight_desktop.services.texts import Text, render
from hashinsight_desktop.ui.i18n import locale_of, own_translator


class DocumentLanguage:
    """Texts, numbers and dates of one document in one language, whatever the console shows."""

    def __init__(self, language: str = ENGLISH, directory: Path | None = None) -> None:
        self.language = language if language in LANGUAGES else ENGLISH
        self.locale = locale_of(self.language)
        self._translator = own_translator(self.language, directory)

    def translate(self, context: str, text: str) -> str:
        found = self._translator.translate(context, text) if self._translator is not None else ""
        return found or text

    def text(self, text: str | Text) -> str:
        """A services' marked text (`services.texts`) in this language."""
        return render(text, self.translate)

    def number(self, text: str, decimals: int | None = None) -> str:
        """A stored decimal figure ("1234.50") with this language's separators, as many decimals as it has unless
        ``decimals`` says; anything that is not a number is returned unchanged."""
        try:
            value = Decimal(str(text).strip())
        except (InvalidOperation, ValueError):
            return str(text)
        if not value.is_finite():
            return str(text)
        places = decimals if decimals is not None else max(0, -int(value.as_tuple().exponent))
        return self.locale.toString(float(value), "f", places)

    def date(self, iso: str | None) -> str:
        """An ISO date (or the date part of a timestamp) in this language's short format with a four-digit year;
        "–" for none."""
        if not iso:
            return "–"
        day = QDate.fromString(iso[:10], "yyyy-MM-dd")
        if not day.isValid():
            return iso
        pattern = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        return self.locale.toString(day, pattern)
