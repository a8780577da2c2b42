"""A service's field names in a command's terms: an error names the option the user typed (`--power-price`),
not the database column behind it (`electricity_price_usd_per_kwh`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from hashinsight_desktop.services.errors import ValidationError


@contextmanager
def options_named(names: Mapping[str, str], units: Mapping[str, str] | None = None) -> Iterator[None]:
    """Re-raise a ValidationError of a field in ``names`` under its option name; a range gets the option's unit
    (``units``): "--power-price: must be between 0 and 10 $/kWh"."""
    try:
        yield
    except ValidationError as error:
        option = names.get(error.field)
        if option is None:
            raise
        unit = (units or {}).get(error.field)
        ranged = unit and error.message.startswith("must be between")
        raise ValidationError(option, f"{error.message} {unit}" if ranged else error.message) from None
