"""Demo mode: a farm served by the simulator on loopback, a site that lists its miners, a poller —
so a new user sees a live farm within seconds. It uses its own database file, never the real one."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from hashinsight_desktop.db.models import Site, User
from hashinsight_desktop.services import auth, sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.catalogue import lookup_key
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.permissions import SYSTEM, Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm

DEMO_SITE = "Demo farm (simulated)"
DEMO_NETWORK = "127.77.0.0/16"
DEMO_MINERS = 240
DEMO_FAULTS = {"offline": 2, "hang": 1, "slow": 2, "malformed": 2, "overheat": 2, "deadboard": 2}
DEMO_POLL_INTERVAL_S = 10.0
MINERS_PER_RACK = 40


def demo_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'demo.sqlite3'}"


@dataclass
class Demo:
    farm: SimulatedFarm
    principal: Principal


def demo_farm() -> SimulatedFarm:
    return SimulatedFarm(DEMO_MINERS, bind=DEMO_NETWORK, faults=DEMO_FAULTS, seed=2026, warmup_s=5)


def prepare(context: AppContext, farm: SimulatedFarm) -> Principal:
    """Make sure the demo database has the site, its miners (matched to catalogue models) and a user;
    returns the demo owner to log in as."""
    from hashinsight_desktop.db.models import MinerModel

    session_factory = context.database.session_factory
    with unit_of_work(session_factory) as session:
        site = session.scalar(select(Site).where(Site.name == DEMO_SITE))
        if site is None:
            site = sites.create_site(
                session,
                SYSTEM,
                name=DEMO_SITE,
                location="Loopback, this computer",
                capacity_mw="1",
                electricity_price_usd_per_kwh="0.05",
                timezone="UTC",
            )
        models = {m.lookup_key: m.id for m in session.scalars(select(MinerModel))}
        new = [
            NewMiner(
                ip_address=endpoint.host,
                port=endpoint.port,
                name=f"rack{i // MINERS_PER_RACK + 1}-{i % MINERS_PER_RACK + 1:02d}",
                model_id=models.get(lookup_key(endpoint.model)),
                power_feed=f"rack{i // MINERS_PER_RACK + 1}",  # one feed per rack: per-feed limits have feeds
            )
            for i, endpoint in enumerate(farm.miners)
        ]
        add_miners(session, SYSTEM, site.id, new)
        demo_user = session.scalar(select(User).where(User.username == "demo"))
        if demo_user is not None:
            return auth.principal_for(demo_user)
        if not auth.has_users(session):
            # Nobody logs in to a demo: the password is random and shown nowhere.
            return auth.create_first_owner(session, "demo", secrets.token_urlsafe(24), "Demo owner")
    return Principal(user_id=None, username="demo", role=Role.OWNER)
