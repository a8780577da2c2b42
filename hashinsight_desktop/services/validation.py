"""Field parsing with messages that name the field."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation

from hashinsight_desktop.services.errors import FIELD_AND_MESSAGE, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text


def also_wrong(message: str | Text, rest: list[tuple[str, str | Text]]) -> Joined:
    """A message naming every bad field at once: the first field's message (the error names that field), then
    "field: message" for each other one, each said in the reader's language."""
    others = [Text(FIELD_AND_MESSAGE, field=f, message=m) for f, m in rest]
    return Joined(QT_TRANSLATE_NOOP("Errors", "; "), [message, *others])


@contextmanager
def labelled(labels: Mapping[str, str | Text]) -> Iterator[None]:
    """A ValidationError of a field in ``labels`` re-raised naming the field as the user sees it: a form's label (a
    marked text, said in the reader's language) or the command-line option typed. The field itself is kept, so a
    form still finds the row at fault; the other fields of an all-at-once message (`also_wrong`, a list of bad
    limits) are renamed too."""
    try:
        yield
    except ValidationError as error:
        message = _relabel_lists(error.message_text, labels)
        named = not (isinstance(error.label, str) and error.label == error.field)  # the innermost naming wins
        label = None if named else labels.get(error.field)
        if label is None and message is error.message_text:
            raise
        raise error.named(error.label if label is None else label, message) from None


def _relabel_lists(message: str | Text, labels: Mapping[str, str | Text]) -> str | Text:
    """``message`` with the fields its lists of problems name renamed, however deep in it the lists are ("2 bad
    field(s): {list}"); the same object when nothing changed."""
    if isinstance(message, Joined):
        parts = [_relabel_part(_relabel_lists(part, labels), labels) for part in message.parts]
        return (
            message
            if all(new is old for new, old in zip(parts, message.parts, strict=True))
            else Joined(message.template, parts)
        )
    if not isinstance(message, Text):
        return message
    params = {
        name: _relabel_lists(value, labels) if isinstance(value, Text) else value
        for name, value in message.params.items()
    }
    if all(params[name] is value for name, value in message.params.items()):
        return message
    return Text(message.template, **params)


def _relabel_part(part: str | Text, labels: Mapping[str, str | Text]) -> str | Text:
    """A part naming its field by a ``field`` parameter (`also_wrong`) or a ``name`` one (a list of bad limits)."""
    if not isinstance(part, Text) or isinstance(part, Joined):
        return part
    for param in ("field", "name"):
        field = part.params.get(param)
        label = labels.get(field) if isinstance(field, str) else None
        if label is not None:
            return Text(part.template, **{**part.params, param: label})
    return part


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
