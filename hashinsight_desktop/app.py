"""Composition root: settings, logging, secrets and database, built once and handed to a front end."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError

from hashinsight_desktop.services import audit_head, catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import no_database_in, open_database
from hashinsight_desktop.services.logging_setup import configure_logging
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.permissions import Role, os_account
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.settings import SettingsStore, choose_database_url
from hashinsight_desktop.services.transaction import unit_of_work

log = logging.getLogger(__name__)


def build_context(
    database_url: str | None,
    *,
    process_name: str,
    secrets: SecretStore | None = None,
    create: bool = False,
    ask_password: Callable[[str], str | None] | None = None,
) -> AppContext:
    """Open (and migrate) the database and load the catalogue on first start. A SQLite file that does not
    exist is created only with ``create`` (`db init`, the console's first start once the user agreed, the demo).

    ``ask_password`` asks for the PostgreSQL password when the settings say to ask at each start.

    Raises SettingsError, DatabaseConfigError, DatabaseMissing or DatabaseUnavailable with a one-line message.
    """
    paths = AppPaths.default().ensure()
    log_file = configure_logging(paths.log_dir, process_name)
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    secrets = secrets or SecretStore()
    url, source = choose_database_url(database_url, settings, paths.default_database)
    log.info("starting %s; log file %s", process_name, log_file)
    asking = ask_password if settings.ask_database_password else None
    new_file = create and _sqlite_file_missing(url)
    database = open_database(url, secrets, source=source, create=create, ask_password=asking)
    # The audit log's end, noted in the settings folder where the database alone cannot rewrite it; a database
    # this start created (asked for) is a new one: the note of the old one at that path is kept aside.
    head_file = audit_head.watch(database.engine, paths.config_dir / "audit-heads")
    if new_file:
        head_file.retire("a new database file was created there")
    try:
        with unit_of_work(database.session_factory) as session:
            added = catalogue.load_shipped_catalogue(session, os_account(Role.OWNER))
    except IntegrityError:  # another console or agent starting at the same moment filled it first
        added = 0
    if added:
        log.info("loaded %d miner models into the catalogue", added)
    return AppContext(paths=paths, settings_store=store, settings=settings, database=database, secrets=secrets)


def _sqlite_file_missing(url_text: str) -> bool:
    try:
        url = make_url(url_text)
    except ArgumentError:
        return False  # open_database names what is wrong with it
    path = url.database or ""
    return (
        url.get_backend_name() == "sqlite" and path not in ("", ":memory:") and no_database_in(Path(path).expanduser())
    )
