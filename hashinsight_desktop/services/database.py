"""Opening the configured database: password from the keyring, reachability check, migrations."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import (
    DatabaseConfigError,
    describe,
    make_engine,
    make_session_factory,
    parse_database_url,
)
from hashinsight_desktop.services import outbox  # noqa: F401  (its session events write every change's event)
from hashinsight_desktop.services.errors import TextError
from hashinsight_desktop.services.secret_store import SecretStore, SecretStoreError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)


class DatabaseUnavailable(TextError):
    """The server cannot be reached or refused the credentials; the message is one line for the user."""


class DatabaseMissing(DatabaseUnavailable):
    """The SQLite file does not exist or is empty. A mistyped path must not become a new, empty database: only
    `db init` and the console's first start (which asks) create one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.empty = path.is_file()  # raised for a file only when it is empty (see no_database_in)
        if self.empty:
            empty = QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is empty, not a HashInsight database: run `hashinsight-desktop db init` to make it one, "
                "or check the database URL",
            )
            super().__init__(Text(empty, path=path))
            return
        folder = next((p for p in reversed(path.parents) if not p.exists()), None)
        why = (
            Text(QT_TRANSLATE_NOOP("Errors", "the folder {folder} does not exist"), folder=folder)
            if folder is not None
            else QT_TRANSLATE_NOOP("Errors", "no such file")
        )
        nothing = QT_TRANSLATE_NOOP(
            "Errors",
            "no database at {path} ({why}): check the database URL, or create a new database with "
            "`hashinsight-desktop db init`",
        )
        super().__init__(Text(nothing, path=path, why=why))


def no_database_in(path: Path) -> bool:
    """No SQLite database at ``path``: no file, or an empty one (a stray `touch`, a failed copy), which SQLite
    would quietly turn into a new database."""
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


__all__ = [
    "Database",
    "DatabaseConfigError",
    "DatabaseMissing",
    "DatabaseUnavailable",
    "no_database_in",
    "open_database",
    "password_key",
]


def password_key(url: URL | str) -> str:
    """The keyring entry of a server's password: the normalised URL without its password, so
    ``postgresql://ops@db/farm`` and ``postgresql+psycopg://ops:pw@db:5432/farm`` share one entry."""
    parsed = parse_database_url(url)
    bare = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port or 5432,
        database=parsed.database,
    )
    return "database:" + bare.render_as_string(hide_password=False)


@dataclass
class Database:
    engine: Engine
    session_factory: sessionmaker[Session]
    url: URL
    source: str  # where the URL came from: --database-url, environment, settings, default

    @property
    def kind(self) -> str:
        return "PostgreSQL" if self.engine.dialect.name == "postgresql" else "SQLite"

    @property
    def display(self) -> str:
        return describe(self.url)

    def ping(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def close(self) -> None:
        self.engine.dispose()


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def open_database(
    url_text: str,
    secrets: SecretStore | None = None,
    *,
    source: str = "",
    run_migrations: bool = True,
    create: bool = True,
    ask_password: Callable[[str], str | None] | None = None,
) -> Database:
    """The database, migrated; ``create=False``: a SQLite file that does not exist or is empty raises DatabaseMissing.
    ``ask_password``: the settings say to ask for a PostgreSQL password at each start (never the keyring): asked
    with the server's display name; None (cancelled) raises DatabaseUnavailable, "" tries without one."""
    url = parse_database_url(url_text)
    if url.get_backend_name() == "postgresql" and url.password is None and ask_password is not None:
        typed = ask_password(describe(url))
        if typed is None:
            no_password = QT_TRANSLATE_NOOP("Errors", "no password given for database {database}: not opened")
            raise DatabaseUnavailable(Text(no_password, database=describe(url)))
        if typed:
            url = url.set(password=typed)  # kept in this process only
    elif url.get_backend_name() == "postgresql" and url.password is None and secrets is not None:
        try:
            stored = secrets.get(password_key(url))
        except SecretStoreError as exc:
            log.warning("database password not read from the keyring: %s", exc)
            stored = None
        if stored:
            url = url.set(password=stored)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database).expanduser().absolute()
        if not create and no_database_in(path):
            raise DatabaseMissing(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if run_migrations:
            migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        cannot = QT_TRANSLATE_NOOP("Errors", "cannot open database {database}: {error}")
        raise DatabaseUnavailable(Text(cannot, database=describe(url), error=_first_line(exc))) from exc
    except DBAPIError as exc:
        engine.dispose()
        refused = QT_TRANSLATE_NOOP("Errors", "database {database} refused the request: {error}")
        raise DatabaseUnavailable(Text(refused, database=describe(url), error=_first_line(exc))) from exc
    log.info("database %s (%s) ready", describe(url), source or "given")
    return Database(engine, make_session_factory(engine), url, source)
