"""Demo mode: a farm served by the simulator on loopback, a site that lists its miners, a poller —
so a new user sees a live farm within seconds. It uses its own database file, never the real one.

The farm mixes firmware families, each speaking its real control protocol (stock Antminer and VNish
through their web interface on port 80, Whatsminer's encrypted API, Braiins OS+'s gRPC, LuxOS sessions,
Avalon's ascset), no generic miner among them. The demo site's miner logins are each firmware's factory
defaults, stored explicitly; the miners are identified in the background once the console is open, so
curtailment and bulk actions go through each family's own protocol. Without the right to bind port 80
(not root, no CAP_NET_BIND_SERVICE) the web-controlled families are left out, and the log says so once.
"""

from __future__ import annotations

import errno
import logging
import secrets
import socket
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from hashinsight_desktop import demo_market
from hashinsight_desktop.db.models import Miner, Site, User
from hashinsight_desktop.services import auth, sites
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.catalogue import lookup_key
from hashinsight_desktop.services.devices import CredentialsError, CredentialStore
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.fleet.site_credentials import set_site_credentials
from hashinsight_desktop.services.permissions import Principal, Role, os_account
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm

log = logging.getLogger(__name__)

DEMO_SITE = "Demo farm (simulated)"
DEMO_NETWORK = "127.77.0.0/16"
# Where the demo farm may listen: the first range no other process uses (a second demo, a simulator), each
# with its own database, so two demos never share miners.
DEMO_NETWORKS = tuple(f"127.{octet}.0.0/16" for octet in range(77, 87))
DEMO_MINERS = 240
DEMO_FAULTS = {"offline": 2, "hang": 1, "slow": 2, "malformed": 2, "overheat": 2, "deadboard": 2}
DEMO_POLL_INTERVAL_S = 10.0
MINERS_PER_RACK = 40
# Percent of the demo's miners per firmware family (no generic miner: each is controlled its own way).
DEMO_FAMILIES = {"antminer": 30, "whatsminer": 20, "braiins": 15, "luxos": 10, "avalon": 10, "vnish": 15}
WEB_FAMILIES = ("antminer", "vnish")  # controlled through their web interface on port 80
WEB_PORT = 80
# Loopback miners answer in milliseconds, but the demo's slow miners take 2.5 s a reply and the farm shares
# the cores with the console: pyasic needs a few replies in a row to tell a miner.
IDENTIFY_DEADLINE_S = 15.0
IDENTIFY_CONCURRENCY = 48  # 240 asked at once on 2 shared cores made pyasic's replies late (unrecognised miners)
IDENTIFY_AFTER_S = 2.0  # the console opens first (identification's imports and replies would slow it)
IDENTIFY_RETRY_AFTER_S = (30.0, 120.0, 600.0)  # a miner not recognised yet (hung, offline) is asked again later
PENDING_NOTE = "not identified yet: the demo identifies its miners in the background"


def demo_database_url(data_dir: Path, network: str = DEMO_NETWORK) -> str:
    name = "demo.sqlite3" if network == DEMO_NETWORK else f"demo-{network.split('/', maxsplit=1)[0]}.sqlite3"
    return f"sqlite:///{data_dir / name}"


def free_network(candidates: tuple[str, ...] = DEMO_NETWORKS) -> str | None:
    """The first range where every address the demo farm serves is free (None: all are taken)."""
    return next((network for network in candidates if taken_address(_farm(network)) is None), None)


def taken_address(farm: SimulatedFarm) -> str | None:
    """``host:port`` of a miner of ``farm`` another process already listens on (None: all free)."""
    for miner in farm.simulated:
        if not farm.served(miner):
            continue
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the simulator binds
            try:
                sock.bind((miner.host, miner.port))
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    return f"{miner.host}:{miner.port}"
                raise
    return None


def no_free_network_message() -> Text:
    taken = QT_TRANSLATE_NOOP(
        "Errors",
        "demo: every loopback range it can use ({first} to {last}) is taken by other processes (demos or simulators "
        "still running?): stop some of them and start the demo again",
    )
    return Text(taken, first=DEMO_NETWORKS[0], last=DEMO_NETWORKS[-1])


@dataclass
class Demo:
    farm: SimulatedFarm
    principal: Principal


def web_port_problem(host: str = "127.77.255.254", port: int = WEB_PORT) -> str | None:
    """Why the simulator could not serve a web interface on ``port`` here (``None``: it can)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except PermissionError:
            return f"port {port} needs root or CAP_NET_BIND_SERVICE"
        except OSError as exc:
            return None if exc.errno == errno.EADDRINUSE else f"port {port}: {exc.strerror}"
    return None


def demo_families(web_problem: str | None) -> dict[str, float]:
    """The families of the demo farm: without web port 80, the others in the same proportions."""
    if web_problem is None:
        return dict(DEMO_FAMILIES)
    kept = {name: share for name, share in DEMO_FAMILIES.items() if name not in WEB_FAMILIES}
    total = sum(kept.values())
    return {name: share * 100 / total for name, share in kept.items()}


def left_out_notice(problem: str) -> str:
    return (
        f"Demo: {problem}, so the farm leaves out the firmware families controlled through their web "
        f"interface ({', '.join(WEB_FAMILIES)})"
    )


def farm_notice(farm: SimulatedFarm) -> str | None:
    """What the demo user should be told about the farm (web families left out), once, in the status bar."""
    if any(m.family in WEB_FAMILIES for m in farm.simulated) or all(m.family == "generic" for m in farm.simulated):
        return None
    problem = web_port_problem()
    return left_out_notice(problem) if problem is not None else None


def demo_farm(network: str = DEMO_NETWORK) -> SimulatedFarm:
    problem = web_port_problem()
    if problem is not None:  # said once, at start (and in the window's status bar)
        log.warning("%s", left_out_notice(problem))
    return _farm(network, problem)


def _farm(network: str, web_problem: str | None = None) -> SimulatedFarm:
    return SimulatedFarm(
        DEMO_MINERS,
        bind=network,
        faults=DEMO_FAULTS,
        seed=2026,
        warmup_s=5,
        families=demo_families(web_problem),
    )


def store_factory_logins(context: AppContext, site_id: uuid.UUID) -> None:
    """The demo site's miners take each firmware's factory login: chosen explicitly, as an operator would
    (``site credentials --factory-defaults``). Where this computer has no keyring the demo keeps its
    secrets in memory for this session (the demo's miners and logins are throwaway), and says so."""
    for attempt in range(2):
        store = CredentialStore.from_settings(context.secrets, context.settings.extra)
        try:
            with unit_of_work(context.database.session_factory) as session:
                set_site_credentials(session, os_account(Role.OWNER), store, site_id, None, factory_defaults=True)
            return
        except CredentialsError as exc:
            if attempt:
                raise
            log.warning("demo: %s; the demo keeps its miner logins in memory for this session", exc)
            context.secrets = SecretStore.for_this_session(
                QT_TRANSLATE_NOOP("Demo", "the demo's throwaway logins; this computer has no keyring")
            )


async def identify_farm(context: AppContext, principal: Principal, farm: SimulatedFarm | None = None) -> None:
    """Identify the demo site's miners (make, model, firmware, family, capabilities), in the background:
    the console opens first, the families appear in the Fleet tab a few seconds later. ``farm``: its
    Braiins gRPC servers, left out of the quick start, start first (on the farm's loop: call it there)."""
    import asyncio
    import time

    from hashinsight_desktop.services.devices.identify import may_identify_later
    from hashinsight_desktop.services.fleet.identification import identify_miners

    def miner_ids(*, only_unrecognised: bool = False) -> list[uuid.UUID]:
        with context.database.session_factory() as session:
            site_id = session.scalar(select(Site.id).where(Site.name == DEMO_SITE))
            rows = session.execute(select(Miner.id, Miner.identify_note).where(Miner.site_id == site_id)).all()
        return [miner_id for miner_id, note in rows if not only_unrecognised or may_identify_later(note)]

    async def identify_these(ids: list[uuid.UUID]) -> None:
        started = time.monotonic()
        store = CredentialStore.from_settings(context.secrets, context.settings.extra)
        found = await identify_miners(
            context.database.session_factory,
            principal,
            ids,
            credentials=store,
            clock=context.clock,
            deadline_s=IDENTIFY_DEADLINE_S,
            concurrency=IDENTIFY_CONCURRENCY,
        )
        counts = Counter(item.identity.family.value for item in found)
        later = [f"{item.name}: {item.identity.reason}" for item in found if may_identify_later(item.identity.reason)]
        log.info("demo: identified %d miners in %.1f s: %s", len(found), time.monotonic() - started, dict(counts))
        if later:
            log.info("demo: %d not recognised yet, asked again later: %s", len(later), "; ".join(later[:20]))

    await asyncio.sleep(IDENTIFY_AFTER_S)
    if farm is not None:
        await farm.start_grpc()
    await identify_these(await asyncio.to_thread(miner_ids))
    for wait_s in IDENTIFY_RETRY_AFTER_S:
        await asyncio.sleep(wait_s)
        ids = await asyncio.to_thread(miner_ids, only_unrecognised=True)
        if not ids:
            return
        await identify_these(ids)


def prepare(context: AppContext, farm: SimulatedFarm) -> Principal:
    """Make sure the demo database has the site, its miners (matched to catalogue models), a market history and
    a user; returns the demo owner the console logs in as (no password asked: nothing real is behind it)."""
    from hashinsight_desktop.db.models import MinerModel

    session_factory = context.database.session_factory
    setup_by = os_account(Role.OWNER)  # who started the demo; its own owner exists only once this is done
    with unit_of_work(session_factory) as session:
        site = session.scalar(select(Site).where(Site.name == DEMO_SITE))
        if site is None:
            site = sites.create_site(
                session,
                setup_by,
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
        add_miners(session, setup_by, site.id, new)
        # Until identification has told each miner's firmware, curtailment leaves it out and says why.
        session.execute(
            update(Miner)
            .where(Miner.site_id == site.id, Miner.family.is_(None), Miner.identify_note.is_(None))
            .values(identify_note=PENDING_NOTE)
        )
        site_id = site.id
    store_factory_logins(context, site_id)
    with unit_of_work(session_factory) as session:
        demo_market.seed_history(session, clock=context.clock)  # the calculator has figures with no internet
        demo_market.seed_bars(session, clock=context.clock)  # and the Analytics tab a history, said to be the demo's
    with unit_of_work(session_factory) as session:
        demo_user = session.scalar(select(User).where(User.username == "demo"))
        if demo_user is not None:
            return auth.principal_for(demo_user)
        if not auth.has_users(session):
            # Nobody logs in to a demo: the password is random and shown nowhere.
            return auth.create_first_owner(session, "demo", secrets.token_urlsafe(24), "Demo owner")
    return Principal(user_id=None, username="demo", role=Role.OWNER)
