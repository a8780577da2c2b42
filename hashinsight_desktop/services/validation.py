"""Field parsing with messages that name the field."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text


def also_wrong(message: str | Text, rest: list[tuple[str, str | Text]]) -> Joined:
    """A message naming every bad field at once: the first field's message (the error names that field), then
    "field: message" for each other one, each said in the reader's language."""
    others = [Text(QT_TRANSLATE_NOOP("Errors", "{field}: {message}"), field=f, message=m) for f, m in rest]
    return Joined(QT_TRANSLATE_NOOP("Errors", "; "), [message, *others])


def required_text(field: str, value: str, max_length: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "is required"))
    if len(value) > max_length:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "must be at most {max_length} characters"), max_length=max_length)
        )
    return value


def optional_text(field: str, value: str | None, max_length: int) -> str:
    value = (value or "").strip()
    if len(value) > max_length:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "must be at most {max_length} characters"), max_length=max_length)
        )
    return value


def decimal_in_range(field: str, value: object, low: Decimal, high: Decimal, places: int | None = None) -> Decimal:
    """A decimal within [low, high]; with ``places``, more decimals than the column keeps are refused
    rather than silently rounded away."""
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number"), value=value)
        ) from None
    if not number.is_finite() or not low <= number <= high:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high}"), low=low, high=high)
        )
    exponent = number.as_tuple().exponent
    if places is not None and isinstance(exponent, int) and -exponent > places:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "at most {places} decimal places"), places=places)
        )
    return number


def float_in_range(field: str, value: object, low: float, high: float) -> float:
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number"), value=value)
        ) from None
    if math.isnan(number) or math.isinf(number) or not low <= number <= high:
        raise ValidationError(
            field, Text(QT_TRANSLATE_NOOP("Errors", "must be between {low:g} and {high:g}"), low=low, high=high)
        )
    return number
