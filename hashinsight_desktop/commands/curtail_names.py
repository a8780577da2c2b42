"""What the curtail command line's names refer to in the database: a site (and its time zone), a plan by its id or
first 8 characters, miners, customers and power feeds, each refused in one line naming its flag."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # a database opens only in the actions that need one
    from hashinsight_desktop.services.app_context import AppContext

# The plan services' field names → the options that fill them (`option_names.options_named`).
PLAN_OPTIONS = {
    "site": "--site",
    "name": "--name",
    "target_kw": "--target-kw",
    "tolerance_kw": "--tolerance-kw",
    "strategy": "--strategy",
    "recover_after_h": "--recover-after-h",
    "ramp_kw_per_min": "--ramp-kw-per-min",
    "customer_caps": "--customer-cap",
    "feed_limits": "--feed-limit",
    "hashprice": "--hashprice-usd-per-th-day",
    "switch_cost_ths": "--switch-cost-ths",
    "sleep_w": "--sleep-w",
    "presets": "--presets",
    "anti_flap_minutes": "--anti-flap-min",
    "time_limit": "--time-limit",
    "time_limit_s": "--time-limit",
    "start_at": "--start-at",
    "hysteresis": "--price-hysteresis",
    "min_duration": "--price-min-duration",
    "price_trigger": "--price-above",
}


def site_id(ctx: AppContext, name: str) -> uuid.UUID:
    return site(ctx, name)[0]


def site(ctx: AppContext, name: str) -> tuple[uuid.UUID, str]:
    """The site's id and time zone."""
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Site

    with ctx.database.session_factory() as session:
        row = session.execute(select(Site.id, Site.timezone).where(Site.name == name)).first()
    if row is None:
        raise ValidationError("--site", Text(QT_TRANSLATE_NOOP("Errors", "no site named {name!r}"), name=name))
    return row[0], row[1] or "UTC"


def plan_id(ctx: AppContext, text: str) -> uuid.UUID:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import CurtailmentPlan

    with ctx.database.session_factory() as session:
        ids = session.scalars(select(CurtailmentPlan.id)).all()
    matches = [i for i in ids if str(i).startswith(text.lower())] if len(text) >= 8 else []
    if len(matches) != 1:
        raise ValidationError(
            "PLAN",
            Text(QT_TRANSLATE_NOOP("Errors", "no plan {text!r}"), text=text)
            if not matches
            else Text(QT_TRANSLATE_NOOP("Errors", "{text!r} names several plans"), text=text),
        )
    return matches[0]


def miner_ids(ctx: AppContext, site_id: uuid.UUID, names: list[str]) -> frozenset[uuid.UUID]:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Miner

    with ctx.database.session_factory() as session:
        by_name = dict(session.execute(select(Miner.name, Miner.id).where(Miner.site_id == site_id)).all())
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ValidationError(
            "--protect", Text(QT_TRANSLATE_NOOP("Errors", "no miner named {value!r} at that site"), value=missing[0])
        )
    return frozenset(by_name[n] for n in names)


def customer_caps(ctx: AppContext, specs: list[str]) -> dict[uuid.UUID, float]:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Customer

    caps: dict[uuid.UUID, float] = {}
    with ctx.database.session_factory() as session:
        for spec in specs:
            name, _, pct = spec.rpartition("=")
            customer_id = session.scalar(select(Customer.id).where(Customer.name == name.strip()))
            if customer_id is None:
                raise ValidationError(
                    "--customer-cap",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "no customer named {value!r} (want NAME=PCT)"), value=name.strip()
                    ),
                )
            try:
                caps[customer_id] = float(pct)
            except ValueError:
                raise ValidationError(
                    "--customer-cap", Text(QT_TRANSLATE_NOOP("Errors", "{spec!r}: PCT must be a number"), spec=spec)
                ) from None
    return caps


def feed_limits(ctx: AppContext, site_id: uuid.UUID, site: str, limits: list[tuple[str, float]]) -> dict[str, float]:
    from hashinsight_desktop.services.curtailment.site_readings import site_feeds

    if not limits:
        return {}
    with ctx.database.session_factory() as session:
        feeds = [f.name for f in site_feeds(session, site_id, ctx.clock())]
    out: dict[str, float] = {}
    for name, kw in limits:
        if name not in feeds:
            known = (
                Text(QT_TRANSLATE_NOOP("Errors", "its feeds: {feeds}"), feeds=", ".join(feeds))
                if feeds
                else Text(QT_TRANSLATE_NOOP("Errors", "no miner of it has a power feed set"))
            )
            raise ValidationError(
                "--feed-limit",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "no feed named {name!r} at {site} ({known})"),
                    name=name,
                    site=site,
                    known=known,
                ),
            )
        if name in out:
            raise ValidationError(
                "--feed-limit", Text(QT_TRANSLATE_NOOP("Errors", "feed {name!r} is given twice"), name=name)
            )
        out[name] = kw
    return out
