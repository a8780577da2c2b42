"""What `lead` and `deal` share: the list options (search, sort, pages), ids, dates and owners typed on the command
line, each bad value refused as a ValidationError naming its option (exit 1), never argparse's exit 2."""

from __future__ import annotations

import argparse
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def add_list_options(parser: argparse.ArgumentParser, sort_keys: list[str], default_sort: str) -> None:
    parser.add_argument("--search", metavar="TEXT", help=translate("CLI", "only rows holding TEXT (any case)"))
    parser.add_argument("--owner", metavar="USER", help=translate("CLI", "only this owner's"))
    parser.add_argument(
        "--sort",
        default=default_sort,
        metavar="KEY",
        help=translate("CLI", "one of {keys}").format(keys=", ".join(sort_keys)),
    )
    parser.add_argument(
        "--ascending", action="store_true", help=translate("CLI", "smallest first (default: largest, newest first)")
    )
    parser.add_argument(
        "--limit", default="100", metavar="N", help=translate("CLI", "rows per page (1-1000, default 100)")
    )
    parser.add_argument("--offset", default="0", metavar="N", help=translate("CLI", "rows to skip (the next page)"))


def whole_number(option: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            option, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a whole number"), text=text)
        ) from None


def entity_id(option: str, text: str, entity: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValidationError(
            option,
            Text(
                QT_TRANSLATE_NOOP("Errors", ("{text!r} is not a {entity} id (as `{entity} list --json` prints it)")),
                text=text,
                entity=entity,
            ),
        ) from None


def day(option: str, text: str | None) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            option, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date (YYYY-MM-DD)"), text=text)
        ) from None


def owner_id(session: Session, principal: Principal, option: str, username: str | None) -> uuid.UUID | None:
    if username is None:
        return None
    from hashinsight_desktop.services import users

    try:
        return users.find_user(session, principal, username).id
    except NotFound as missing:
        raise ValidationError(option, missing.text or str(missing)) from None


def json_value(value: Any) -> Any:
    """Decimals as exact strings, dates and ids as ISO text: a script reads back what was stored."""
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def described(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: json_value(getattr(row, name)) for name in fields}


def print_table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> None:
    """A plain aligned table: (heading, key) per column, the heading in the reader's language; '–' for nothing."""
    headings = [translate("CLI", heading) for heading, _ in columns]  # marked QT_TRANSLATE_NOOP where listed
    cells = [[("–" if r[key] in (None, "") else str(r[key])) for _, key in columns] for r in rows]
    for line in table_lines([headings, *cells]):
        print(line)
