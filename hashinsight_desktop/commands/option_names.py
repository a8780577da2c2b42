"""A service's field names in a command's terms: an error names the option the user typed (`--power-price`),
not the database column behind it (`electricity_price_usd_per_kwh`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.validation import labelled


@contextmanager
def options_named(names: Mapping[str, str], units: Mapping[str, str] | None = None) -> Iterator[None]:
    """Re-raise a ValidationError of a field in ``names`` under its option name (`services.validation.labelled`); a
    range gets the option's unit (``units``): "--power-price: must be between 0 and 10 $/kWh"."""
    try:
        with labelled(names):
            yield
    except ValidationError as error:
        unit = (units or {}).get(error.field)
        if not unit or not error.message.startswith("must be between"):
            raise
        raise error.named(
            error.label, Text(QT_TRANSLATE_NOOP("Errors", "{message} {unit}"), message=error.message_text, unit=unit)
        ) from None
