"""Composition root: settings, logging, secrets and database, built once and handed to a front end."""

from __future__ import annotations

import logging
from collections.abc import Callable

from hashinsight_desktop.services import audit_head, catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.logging_setup import configure_logging
from hashinsight_desktop.services.paths import AppPaths
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
    database = open_database(url, secrets, source=source, create=create, ask_password=asking)
    # The audit log's end, noted in the settings folder where the database alone cannot rewrite it.
    audit_head.watch(database.engine, paths.config_dir / "audit-heads")
    with unit_of_work(database.session_factory) as session:
        added = catalogue.load_shipped_catalogue(session)
    if added:
        log.info("loaded %d miner models into the catalogue", added)
    return AppContext(paths=paths, settings_store=store, settings=settings, database=database, secrets=secrets)
