"""A farm of emulated miners served over the real CGMiner protocol, on loopback only.

Each miner listens on its own loopback address (``127.1.x.y:4028`` from ``bind``) or on its own
port of 127.0.0.1 (``port_base``). One listening socket per miner, one tiny protocol object per
connection, no per-miner tasks: 20,000 miners fit in one process. Use it in-process::

    async with SimulatedFarm(200, faults={"hang": 1, "offline": 2}, seed=7) as farm:
        samples = await poll_many(farm.targets)

``families={"antminer": 40, "whatsminer": 20, ...}`` makes that percentage of the miners run each
firmware family's real control protocol (the rest stay "generic"); web families also listen on
``web_port`` (80) and Braiins miners on ``grpc_port`` (50051) of their own address. Without the right
to bind port 80 (not root, no CAP_NET_BIND_SERVICE) the farm logs one line and serves the rest.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import random
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from hashinsight_desktop.services.catalogue_file import lookup_key, shipped_catalogue
from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
from hashinsight_desktop.simulator import replies, web
from hashinsight_desktop.simulator.miner import FAMILIES, FAMILY_MAKER, FAULTS, SimulatedMiner
from hashinsight_desktop.simulator.server import Held, Listener, listen

__all__ = [
    "DEFAULT_MIX",
    "FAMILY_MODELS",
    "MinerEndpoint",
    "SimulatedFarm",
    "SimulatedMiner",
    "parse_families",
    "parse_faults",
    "raise_open_file_limit",
]

log = logging.getLogger(__name__)

DEFAULT_MIX = (
    "Antminer S19 Pro:3",
    "Antminer S19j Pro:3",
    "Antminer S21:2",
    "Whatsminer M30S++:2",
    "Whatsminer M50S:1",
    "Avalon A1246:1",
)


# Models a family runs on when the mix names none of its maker's.
FAMILY_MODELS = {
    "antminer": ("Antminer S19 Pro:3", "Antminer S19j Pro:3", "Antminer S21:2"),
    "luxos": ("Antminer S19 Pro:1", "Antminer S19j Pro:1"),
    "braiins": ("Antminer S19 Pro:1", "Antminer S19j Pro:1"),
    "vnish": ("Antminer S19 Pro:1", "Antminer S19j Pro:1"),
    "whatsminer": ("Whatsminer M30S++:2", "Whatsminer M50S:1"),
    "avalon": ("Avalon A1246:1",),
}


class MinerEndpoint(NamedTuple):
    host: str
    port: int
    model: str
    fault: str


def parse_faults(text: str) -> dict[str, float]:
    """``"offline=2,hang=1"`` → ``{"offline": 2.0, "hang": 1.0}`` (percent of the miners)."""
    faults: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, _, value = item.partition("=")
        name = name.strip()
        if name not in FAULTS or name == "none":
            raise ValueError(f"unknown fault {name!r}; one of {', '.join(f for f in FAULTS if f != 'none')}")
        try:
            faults[name] = float(value)
        except ValueError:
            raise ValueError(f"fault {name!r} needs a percentage, like {name}=2") from None
    if sum(faults.values()) > 100:
        raise ValueError("fault percentages add up to more than 100")
    return faults


def parse_families(text: str) -> dict[str, float]:
    """``"antminer=40,whatsminer=20"`` → percentages of the miners per firmware family (the rest generic)."""
    families: dict[str, float] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, _, value = item.partition("=")
        name = name.strip()
        if name not in FAMILIES:
            raise ValueError(f"unknown firmware family {name!r}; one of {', '.join(FAMILIES)}")
        try:
            families[name] = float(value)
        except ValueError:
            raise ValueError(f"family {name!r} needs a percentage, like {name}=20") from None
    if sum(families.values()) > 100:
        raise ValueError("family percentages add up to more than 100")
    return families


def _resolve_mix(mix: Sequence[str]) -> tuple[list[dict[str, Any]], list[float]]:
    by_key = {lookup_key(m["name"]): m for m in shipped_catalogue()}
    models, weights = [], []
    for item in mix:
        name, _, weight = item.rpartition(":") if ":" in item else (item, "", "1")
        model = by_key.get(lookup_key(name))
        if model is None:
            raise ValueError(f"unknown model {name.strip()!r} (not in the shipped catalogue)")
        try:
            models.append(model)
            weights.append(float(weight or 1))
        except ValueError:
            raise ValueError(f"weight of {name.strip()!r} must be a number, like {name.strip()}:3") from None
    return models, weights


def _addresses(count: int, bind: str | None, port: int, port_base: int | None) -> list[tuple[str, int]]:
    if port_base is not None:
        if port_base < 1 or port_base + count - 1 > 65535:
            raise ValueError(f"ports {port_base}..{port_base + count - 1} are not all usable")
        return [("127.0.0.1", port_base + i) for i in range(count)]
    network = ipaddress.ip_network(bind or "127.1.0.0/16", strict=False)
    if not (isinstance(network, ipaddress.IPv4Network) and network.subnet_of(ipaddress.IPv4Network("127.0.0.0/8"))):
        raise ValueError(f"{network} is not a loopback network: the simulator serves on 127.0.0.0/8 only")
    hosts: list[tuple[str, int]] = []
    for address in network.hosts():
        if len(hosts) == count:
            break
        hosts.append((str(address), port))
    if len(hosts) < count:
        raise ValueError(f"{network} has only {len(hosts)} addresses for {count} miners")
    return hosts


class SimulatedFarm:
    """N emulated miners; ``faults`` maps a fault name to the percentage of miners that have it."""

    def __init__(
        self,
        miners: int,
        *,
        bind: str | None = "127.1.0.0/16",
        port_base: int | None = None,
        port: int = 4028,
        mix: Sequence[str] | None = None,
        faults: Mapping[str, float] | None = None,
        seed: int = 0,
        ambient_c: float = 25.0,
        slow_delay_s: float = 2.5,
        join_refusal_pct: float = 5.0,
        warmup_s: float = 20.0,
        backlog: int = 64,
        shard: tuple[int, int] = (0, 1),
        families: Mapping[str, float] | None = None,
        credentials: Mapping[str, tuple[str, str]] | None = None,
        web_port: int = 80,
        grpc_port: int = 50051,
    ) -> None:
        """``families`` maps a firmware family to the percentage of miners running it (the rest are
        "generic"); each family's miners take the models of ``mix`` made by its hardware maker (or
        ``FAMILY_MODELS``). ``credentials`` overrides a family's factory (user, password)."""
        if miners < 1:
            raise ValueError("a farm needs at least one miner")
        if not 0 <= shard[0] < shard[1]:
            raise ValueError(f"shard {shard[0]}/{shard[1]}: want 0 <= index < count")
        self.shard = shard
        addresses = _addresses(miners, bind, port, port_base)
        models, weights = _resolve_mix(mix or DEFAULT_MIX)
        rng = random.Random(seed)
        unknown_families = sorted(set(families or {}) - set(FAMILIES))
        if unknown_families:
            raise ValueError(f"unknown firmware family {unknown_families[0]!r}; one of {', '.join(FAMILIES)}")
        if families and any(v for k, v in families.items() if k != "generic"):
            family_of, chosen = self._assign_families(miners, dict(families), models, weights, rng)
        else:
            family_of, chosen = ["generic"] * miners, self._assign_models(miners, models, weights, rng)
        unknown = sorted(set(faults or {}) - set(FAULTS))
        if unknown:
            raise ValueError(f"unknown fault {unknown[0]!r}; one of {', '.join(f for f in FAULTS if f != 'none')}")
        assigned = self._assign_faults(miners, dict(faults or {}), rng)
        self.simulated: list[SimulatedMiner] = []
        repairable = garbage = 0
        self.web_port = web_port
        self.grpc_port = grpc_port
        self.web_unavailable: str | None = None  # why web control is not served, once start() found out
        logins = dict(credentials or {})
        for index, ((host, listen_port), model, fault) in enumerate(zip(addresses, chosen, assigned, strict=True)):
            malformation = None
            if fault == "malformed":
                malformation = replies.REPAIRABLE[repairable % len(replies.REPAIRABLE)]
                repairable += 1
            elif fault == "garbage":
                malformation = replies.GARBAGE[garbage % len(replies.GARBAGE)]
                garbage += 1
            self.simulated.append(
                SimulatedMiner(
                    index,
                    model,
                    seed=seed,
                    fault=fault,
                    host=host,
                    port=listen_port,
                    ambient_c=ambient_c,
                    refuses_joins=rng.random() * 100 < join_refusal_pct,
                    malformation=malformation,
                    slow_delay_s=slow_delay_s,
                    warmup_s=warmup_s,
                    family=family_of[index],
                    username=logins[family_of[index]][0] if family_of[index] in logins else None,
                    password=logins[family_of[index]][1] if family_of[index] in logins else None,
                    web_port=web_port,
                )
            )
        self._backlog = backlog
        self._listeners: dict[int, Listener] = {}
        self._web_listeners: dict[int, Listener] = {}
        self._grpc_servers: dict[int, Any] = {}  # grpclib servers of Braiins miners
        self._held = Held()
        self._port_base = port_base

    @classmethod
    def _assign_families(
        cls,
        count: int,
        families: dict[str, float],
        models: list[dict[str, Any]],
        weights: list[float],
        rng: random.Random,
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """Families exactly proportional to their percentages (the rest generic), each with its maker's models."""
        families.pop("generic", None)
        names = sorted(families)
        quotas = [count * families[name] / 100 for name in names]
        counts = [int(q) for q in quotas]
        by_remainder = sorted(range(len(names)), key=lambda i: quotas[i] - counts[i], reverse=True)
        for i in by_remainder[: max(0, min(count, round(sum(quotas))) - sum(counts))]:
            counts[i] += 1
        family_of = [name for name, n in zip(names, counts, strict=True) for _ in range(n)]
        family_of += ["generic"] * (count - len(family_of))
        rng.shuffle(family_of)
        chosen: list[dict[str, Any] | None] = [None] * count
        for name in [*names, "generic"]:
            slots = [i for i, f in enumerate(family_of) if f == name]
            if not slots:
                continue
            maker = FAMILY_MAKER.get(name)
            pairs = [
                (m, w)
                for m, w in zip(models, weights, strict=True)
                if maker is None or m["manufacturer"].lower() == maker
            ]
            if not pairs:
                own, own_weights = _resolve_mix(FAMILY_MODELS[name])
                pairs = list(zip(own, own_weights, strict=True))
            picked = cls._assign_models(len(slots), [m for m, _ in pairs], [w for _, w in pairs], rng)
            for slot, model in zip(slots, picked, strict=True):
                chosen[slot] = model
        return family_of, [m for m in chosen if m is not None]

    @staticmethod
    def _assign_models(
        count: int, models: list[dict[str, Any]], weights: list[float], rng: random.Random
    ) -> list[dict[str, Any]]:
        """Exactly proportional to the weights (largest remainder), in a seeded random order."""
        total = sum(weights) or 1.0
        quotas = [count * w / total for w in weights]
        counts = [int(q) for q in quotas]
        by_remainder = sorted(range(len(models)), key=lambda i: quotas[i] - counts[i], reverse=True)
        for i in by_remainder[: count - sum(counts)]:
            counts[i] += 1
        chosen = [model for model, n in zip(models, counts, strict=True) for _ in range(n)]
        rng.shuffle(chosen)
        return chosen

    @staticmethod
    def _assign_faults(count: int, faults: dict[str, float], rng: random.Random) -> list[str]:
        order = list(range(count))
        rng.shuffle(order)
        assigned = ["none"] * count
        cursor = 0
        malformed = round(count * faults.pop("malformed", 0.0) / 100)
        # A third of the malformed replies are garbage no repair can save; the rest are repairable.
        counts = {"garbage": malformed // 3 + round(count * faults.pop("garbage", 0.0) / 100)}
        counts["malformed"] = malformed - malformed // 3
        counts.update({name: round(count * pct / 100) for name, pct in faults.items()})
        for name in sorted(counts):
            for index in order[cursor : cursor + counts[name]]:
                assigned[index] = name
            cursor += counts[name]
        return assigned

    def set_credentials(self, index: int, *, username: str | None = None, password: str | None = None) -> None:
        """Change one miner's web/API login (a wrong-password test sets a different one)."""
        miner = self.simulated[index]
        if username is not None:
            miner.username = username
        if password is not None:
            miner.password = password

    def by_host(self, host: str) -> SimulatedMiner:
        return next(m for m in self.simulated if m.host == host)

    @property
    def miners(self) -> list[MinerEndpoint]:
        return [MinerEndpoint(m.host, m.port, m.model, m.fault) for m in self.simulated]

    @property
    def targets(self) -> list[tuple[str, int]]:
        return [(m.host, m.port) for m in self.simulated]

    def served(self, miner: SimulatedMiner) -> bool:
        """Whether this process listens for ``miner`` (a farm split over processes by ``shard``)."""
        return miner.fault != "offline" and miner.index % self.shard[1] == self.shard[0]

    async def start(self, *, defer_grpc: bool = False) -> None:
        """Listen for every served miner. ``defer_grpc``: leave Braiins' gRPC servers (importing grpclib
        alone takes most of a second) to :meth:`start_grpc`, so a console can open first."""
        # One listening socket per served miner, one more for a web or gRPC port.
        extra = web.WEB_FAMILIES | {"braiins"}
        listeners = sum(1 + (m.family in extra) for m in self.simulated if self.served(m))
        limit = raise_open_file_limit(listeners + 4096)
        if limit is not None and limit < listeners + 256:
            raise OSError(
                f"serving {listeners} miners needs about {listeners + 256} open files; the limit is {limit} "
                "(raise it with `ulimit -n`, or serve fewer miners)"
            )
        try:
            for miner in self.simulated:
                if self.served(miner):
                    await self._listen(miner)
            await self._listen_web()
            if not defer_grpc:
                await self.start_grpc()
        except BaseException:
            await self.stop()
            raise

    async def start_grpc(self) -> None:
        """Braiins OS+ miners' gRPC servers (what :meth:`start` left out with ``defer_grpc``)."""
        for miner in self.simulated:
            if miner.family == "braiins" and self.served(miner) and miner.index not in self._grpc_servers:
                await self._listen_grpc(miner)

    async def _listen(self, miner: SimulatedMiner) -> None:
        self._listeners[miner.index] = await listen(miner, self._held, self._backlog)

    async def _listen_web(self) -> None:
        """The web port of each miner whose family is controlled through its web interface."""
        wanted = [m for m in self.simulated if m.family in web.WEB_FAMILIES and self.served(m)]
        if not wanted:
            return
        if self._port_base is not None:
            self.web_unavailable = "miners share 127.0.0.1 (--port-base): no per-miner web port"
        for miner in wanted if self.web_unavailable is None else []:
            try:
                await self._listen_web_one(miner)
            except PermissionError:
                self.web_unavailable = f"port {self.web_port} needs root or CAP_NET_BIND_SERVICE"
                break
        if self.web_unavailable is not None:
            for listener in self._web_listeners.values():
                listener.close()
            self._web_listeners.clear()
            log.warning("simulator: web control unavailable (%s); serving the rest", self.web_unavailable)

    async def _listen_grpc(self, miner: SimulatedMiner) -> None:
        """Braiins OS+'s gRPC API (port 50051) on the miner's own address."""
        from hashinsight_desktop.simulator import braiins_grpc

        self._grpc_servers[miner.index] = await braiins_grpc.serve(miner, self.grpc_port)

    async def _stop_grpc(self, index: int) -> None:
        server = self._grpc_servers.pop(index, None)
        if server is not None:
            server.close()
            await server.wait_closed()

    async def _listen_web_one(self, miner: SimulatedMiner) -> None:
        try:
            self._web_listeners[miner.index] = await listen(
                miner, self._held, self._backlog, port=self.web_port, answer_with=web.answer
            )
        except OSError as exc:
            if exc.errno == errno.EACCES:
                raise PermissionError(exc.errno, str(exc)) from None
            raise

    async def set_fault(self, index: int, fault: str) -> None:
        """Change one miner's fault while the farm runs (``offline`` closes its listener)."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}")
        miner = self.simulated[index]
        listener = self._listeners.pop(index, None)
        web_listener = self._web_listeners.pop(index, None)
        if listener is not None and fault == "offline":
            listener.close()
            if web_listener is not None:
                web_listener.close()
            await self._stop_grpc(index)
        elif listener is not None:
            self._listeners[index] = listener
            if web_listener is not None:
                self._web_listeners[index] = web_listener
        miner.fault = fault
        if fault in ("malformed", "garbage") and miner.malformation is None:
            miner.malformation = replies.REPAIRABLE[0] if fault == "malformed" else replies.GARBAGE[0]
        if self.served(miner) and index not in self._listeners:
            await self._listen(miner)
            if miner.family in web.WEB_FAMILIES and self.web_unavailable is None:
                await self._listen_web_one(miner)
            if miner.family == "braiins":
                await self._listen_grpc(miner)

    def set_control_faults(self, index: int, *, reject: int | None = None, ignore: int | None = None) -> None:
        """Make miner ``index`` answer its next ``reject`` control commands with a firmware error, and
        the ``ignore`` after those with OK while changing nothing; ``None`` leaves a count as it is."""
        miner = self.simulated[index]
        if reject is not None:
            miner.reject_control = max(0, reject)
        if ignore is not None:
            miner.ignore_control = max(0, ignore)

    def control_counts(self) -> list[int]:
        """Control commands each miner has answered, by miner index."""
        return [m.control_commands for m in self.simulated]

    async def stop(self) -> None:
        self._held.close_all(asyncio.get_running_loop())
        listeners = [*self._listeners.values(), *self._web_listeners.values()]
        self._listeners.clear()
        self._web_listeners.clear()
        for index in list(self._grpc_servers):
            await self._stop_grpc(index)
        for listener in listeners:
            listener.close()
        await asyncio.sleep(0)  # let closed servers finish their callbacks

    async def __aenter__(self) -> SimulatedFarm:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()
