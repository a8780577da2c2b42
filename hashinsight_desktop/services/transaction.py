"""One transaction per user action, with concurrency conflicts turned into a clear error."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hashinsight_desktop.services.entity_names import entity_text
from hashinsight_desktop.services.errors import ConcurrentModificationError, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


@contextlib.contextmanager
def unit_of_work(session_factory: sessionmaker[Session], entity: str = "record") -> Iterator[Session]:
    """Commit everything done in the block, or nothing."""
    with session_factory() as session:
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConcurrentModificationError(entity) from exc


def flush(session: Session, entity: str, unique_field: str | None = None) -> None:
    """Flush now so conflicts surface inside the service with a message a user can act on."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentModificationError(entity) from exc
    except IntegrityError as exc:
        if unique_field and "unique" in str(exc.orig).lower():
            raise ValidationError(
                unique_field,
                Text(
                    QT_TRANSLATE_NOOP("Errors", "another {entity} already uses this value"), entity=entity_text(entity)
                ),
            ) from exc
        raise


def check_version(entity: str, current: int, expected: int | None) -> None:
    """Refuse a save made from a copy older than the row in the database."""
    if expected is not None and current != expected:
        raise ConcurrentModificationError(entity)
