"""Finish: everything the wizard collected is written here, in an order that can be undone.

The password goes to the keyring, the database is created (or migrated) and opened, the owner, the site and the
ticked miners are made in one transaction, and last the settings remember the database so the next start goes
straight to its login. When a step fails, what the earlier ones wrote is taken back (the keyring entry, a SQLite
file this finish created) and the settings are left as they were: the wizard stays open with the reason.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hashinsight_desktop.services import auth, sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import password_key
from hashinsight_desktop.services.fleet import discovery
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.first_run.choices import FirstRunChoices, Storage

log = logging.getLogger(__name__)

# (database URL, with the password when there is one) -> the console's context, the database created and migrated.
OpenContext = Callable[[str], AppContext]


@dataclass
class FirstRunOutcome:
    demo: bool = False
    context: AppContext | None = None
    principal: Principal | None = None  # the owner just made (the console opens logged in); None: a login follows


def database_urls(choices: FirstRunChoices, local_database: Path) -> tuple[str, str]:
    """The URL the settings keep (never a password) and the one opened now (with it)."""
    if choices.storage is Storage.POSTGRES:
        assert choices.target is not None
        return (
            choices.target.url().render_as_string(hide_password=False),
            choices.target.url(with_password=True).render_as_string(hide_password=False),
        )
    url = f"sqlite:///{local_database}"
    return url, url


def carry_out(
    choices: FirstRunChoices,
    *,
    open_context: OpenContext,
    secrets: SecretStore,
    local_database: Path,
    given: AppContext | None = None,
) -> FirstRunOutcome:
    if choices.storage is Storage.DEMO:
        return FirstRunOutcome(demo=True)  # the demo makes its own database, as --demo does
    if choices.storage is Storage.GIVEN:
        assert given is not None
        principal = _owner_and_site(given, choices)
        _remember(given, None, choices, principal)
        return FirstRunOutcome(context=given, principal=principal)
    saved_url, open_url = database_urls(choices, local_database)
    undo: list[Callable[[], None]] = []
    context: AppContext | None = None
    try:
        if choices.storage is Storage.POSTGRES and choices.keep_password and choices.target and choices.target.password:
            key = password_key(saved_url)
            previous = secrets.get(key)
            secrets.set(key, choices.target.password)
            undo.append(lambda: secrets.set(key, previous) if previous else secrets.delete(key))
        if choices.storage is Storage.LOCAL and not local_database.exists():
            undo.append(lambda: _remove_sqlite(local_database))
        context = open_context(open_url)
        principal = _owner_and_site(context, choices) if choices.needs_owner else None
        _remember(context, saved_url, choices, principal)
    except BaseException:
        if context is not None:
            context.database.close()
        for step in reversed(undo):
            with contextlib.suppress(Exception):  # the first error is the one to report
                step()
        raise
    return FirstRunOutcome(context=context, principal=principal)


def _owner_and_site(context: AppContext, choices: FirstRunChoices) -> Principal:
    """The owner, the site and its ticked miners: one transaction, audited as each service does."""
    assert choices.owner is not None
    owner, site = choices.owner, choices.site
    with unit_of_work(context.database.session_factory, "user") as session:
        principal = auth.create_first_owner(
            session, owner.username, owner.password, owner.display_name, clock=context.clock
        )
        if site is not None:
            created = sites.create_site(
                session,
                principal,
                name=site.name,
                electricity_price_usd_per_kwh=site.power_price,
                timezone=site.timezone,
                clock=context.clock,
            )
            miners = site.miners
            discovery.resolve_models(session, principal, miners)
            discovery.add_found(session, principal, created.id, miners, clock=context.clock)
    return principal


def _remember(
    context: AppContext, saved_url: str | None, choices: FirstRunChoices, principal: Principal | None
) -> None:
    """Last: the settings name the database (the next start opens it and asks for a login)."""
    settings = context.settings
    if saved_url is not None:
        settings.database_url = saved_url
        settings.ask_database_password = choices.storage is Storage.POSTGRES and not choices.keep_password
    if principal is not None:
        settings.last_username = principal.username
    context.save_settings()


def _remove_sqlite(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    log.info("first run: %s removed (the finish failed)", path)
