"""A site's miner logins (and per-model overrides): stored in the keyring, the change audited (never the password)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner, MinerModel, Site
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.devices import Credentials, CredentialStore
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def login_models(session: Session, principal: Principal, site_id: uuid.UUID) -> list[str]:
    """The model names the site's miners are known by when their login is looked up (what identification
    found, else the catalogue's): the names a per-model override must use to apply. Miners controlled by the
    generic commands (never identified, or not recognised) take no login and are left out."""
    require_site(principal, Permission.FLEET_OPERATE, site_id, "see the miner logins of this site")
    rows = session.execute(
        select(Miner.model_name, MinerModel.manufacturer, MinerModel.name)
        .outerjoin(MinerModel, MinerModel.id == Miner.model_id)
        .where(Miner.site_id == site_id, Miner.family.is_not(None), Miner.family != "generic")
        .distinct()
    ).all()
    names = {name or (f"{maker} {model}" if model else "") for name, maker, model in rows}
    return sorted((n for n in names if n), key=str.lower)


def set_site_credentials(
    session: Session,
    principal: Principal,
    store: CredentialStore,
    site_id: uuid.UUID,
    credentials: Credentials | None,
    *,
    model: str | None = None,
    factory_defaults: bool = False,
    clock: Clock = system_clock,
) -> str:
    """Store the login the site's miners (or one model of them) take; what is now stored, in words.

    The keyring is written first: when it cannot be, nothing is audited and the error says why."""
    require_site(principal, Permission.FLEET_OPERATE, site_id, "set the miner logins of this site")
    site = session.get(Site, site_id)
    if site is None:
        raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "that site no longer exists"))
    if factory_defaults == (credentials is not None):
        raise ValidationError(
            "credentials", QT_TRANSLATE_NOOP("Errors", "give a user and password, or choose factory defaults")
        )
    if credentials is not None and not credentials.username.strip():
        raise ValidationError("user", QT_TRANSLATE_NOOP("Errors", "the miners' login user is empty"))
    model = " ".join((model or "").split()) or None
    store.store(site_id, credentials, model=model, factory_defaults=factory_defaults)
    what = "factory defaults" if factory_defaults else f"user {credentials.username}" if credentials else ""
    login = (
        QT_TRANSLATE_NOOP("Audit", "factory defaults")
        if factory_defaults
        else Text(QT_TRANSLATE_NOOP("Audit", "user {user}"), user=credentials.username)
        if credentials
        else ""
    )
    audit.append(
        session,
        principal,
        "site.miner_credentials",
        "site",
        site_id,
        after={"model": model, "stored": what},  # never the password
        summary=(
            Text(
                QT_TRANSLATE_NOOP("Audit", "miner login of {site} ({model}): {login}"),
                site=site.name,
                model=model,
                login=login,
            )
            if model
            else Text(QT_TRANSLATE_NOOP("Audit", "miner login of {site}: {login}"), site=site.name, login=login)
        ),
        clock=clock,
    )
    return what
