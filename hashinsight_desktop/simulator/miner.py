"""One emulated miner: a model from the catalogue, its physical state, and the commands it takes.

State is advanced lazily, when the miner is asked something: a farm of 20,000 miners has no
per-miner timers or tasks. Noise comes from a per-miner 64-bit LCG (a ``random.Random`` per
miner would cost ~5 KB each); the same seed gives the same farm.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hashinsight_desktop.simulator import replies

SLEEP_POWER_W = 25.0
OVERHEAT_RISE_C = 78.0  # chip temperature above ambient at full load for the overheat fault
NORMAL_RISE_C = 48.0
TAU_S = 90.0  # thermal time constant of a hash board

# Firmware families: each speaks its own control protocol (see ``rpc.py``, ``web.py``); "generic" obeys
# the project's historical all-in-one commands (``set_power_pct``, ``ascset 0,softoff``, ``power_off``…).
FAMILIES = ("generic", "antminer", "whatsminer", "luxos", "braiins", "avalon", "vnish")
# Factory-default credentials per family (user, password); LuxOS has no logon password by default.
DEFAULT_CREDENTIALS = {
    "generic": ("", ""),
    "antminer": ("root", "root"),
    "whatsminer": ("admin", "admin"),
    "luxos": ("root", ""),
    "braiins": ("root", "root"),
    "avalon": ("root", "root"),
    "vnish": ("admin", "admin"),
}
# The manufacturer whose hardware each family runs on.
FAMILY_MAKER = {"antminer": "bitmain", "luxos": "bitmain", "braiins": "bitmain", "vnish": "bitmain"}
FAMILY_MAKER |= {"whatsminer": "microbt", "avalon": "canaan"}
LOW_POWER_PCT = 70  # a stock Antminer's low-power mode (miner-mode 3)

FAULTS = ("none", "offline", "hang", "slow", "malformed", "garbage", "overheat", "deadboard", "overdraw")
# Firmware that regulates its power target loosely: under a target below full it draws this much more.
OVERDRAW = 1.06

# Chips per hash board by model family (the start of the model name); three boards each.
_CHIPS = {
    "Antminer S9": 63,
    "Antminer S17": 48,
    "Antminer T17": 30,
    "Antminer S19j Pro": 126,
    "Antminer S19 Pro": 114,
    "Antminer S19 XP": 110,
    "Antminer S19k Pro": 77,
    "Antminer S19": 76,
    "Antminer S21": 108,
    "Antminer T21": 108,
    "Whatsminer M30S++": 148,
    "Whatsminer M30S+": 156,
    "Whatsminer M50": 168,
    "Whatsminer M60": 180,
    "Avalon": 120,
}


def dialect_for(manufacturer: str, family: str = "generic") -> str:
    """The read-API dialect: LuxOS, Braiins and VNish run on Antminer hardware and answer as it does."""
    if family in ("whatsminer", "avalon"):
        return family
    if family != "generic":
        return "antminer"
    maker = manufacturer.lower()
    if maker == "microbt":
        return "whatsminer"
    if maker == "canaan":
        return "avalon"
    return "antminer"


def chips_per_board(name: str) -> int:
    for prefix in sorted(_CHIPS, key=len, reverse=True):
        if name.startswith(prefix):
            return _CHIPS[prefix]
    return 100


@dataclass(slots=True)
class Snapshot:
    """What the miner reports at one instant (the renderers read only this)."""

    now: float
    wall: int
    uptime_s: int
    hashrate_ths: float
    board_ths: list[float]
    board_chips: list[int]
    board_temp_c: list[float]
    board_pcb_c: list[float]
    fans_rpm: list[int]
    power_w: float
    ambient_c: float
    sleeping: bool
    power_pct: int
    mode: str


class SimulatedMiner:
    __slots__ = (
        "_rng",
        "_temp",
        "_updated",
        "ambient_c",
        "backup_pools",
        "boards",
        "chips",
        "clock",
        "control_commands",
        "dead_board",
        "dialect",
        "family",
        "fault",
        "host",
        "ignore_control",
        "index",
        "last_control",
        "light",
        "malformation",
        "manufacturer",
        "mode",
        "model",
        "nominal_ths",
        "nominal_w",
        "password",
        "pool_pass",
        "pool_url",
        "port",
        "power_limit_w",
        "power_pct",
        "protocol_state",
        "refuses_joins",
        "reject_control",
        "serial",
        "sleeping",
        "slow_delay_s",
        "started",
        "username",
        "warmup_s",
        "web_port",
        "work_level",
        "worker",
    )

    def __init__(
        self,
        index: int,
        model: Mapping[str, Any],
        *,
        seed: int = 0,
        fault: str = "none",
        host: str = "127.0.0.1",
        port: int = 4028,
        ambient_c: float = 25.0,
        refuses_joins: bool = False,
        malformation: str | None = None,
        slow_delay_s: float = 2.5,
        warmup_s: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
        family: str = "generic",
        username: str | None = None,
        password: str | None = None,
        web_port: int = 80,
    ) -> None:
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; one of {', '.join(FAULTS)}")
        if family not in FAMILIES:
            raise ValueError(f"unknown firmware family {family!r}; one of {', '.join(FAMILIES)}")
        self.index = index
        self.model = str(model["name"])
        self.manufacturer = str(model["manufacturer"])
        maker = FAMILY_MAKER.get(family)
        if maker is not None and maker != self.manufacturer.lower():
            raise ValueError(f"{self.model} cannot run {family} firmware (it runs on {maker} hardware)")
        self.family = family
        self.dialect = dialect_for(self.manufacturer, family)
        default_user, default_password = DEFAULT_CREDENTIALS[family]
        self.username = default_user if username is None else username
        self.password = default_password if password is None else password
        self.web_port = web_port
        self.nominal_ths = float(model["hashrate_ths"])
        self.nominal_w = float(model["power_w"])
        self.boards = 3
        self.chips = chips_per_board(self.model)
        self.fault = fault
        self.host, self.port = host, port
        self.refuses_joins = refuses_joins
        self.malformation = malformation
        self.slow_delay_s = slow_delay_s
        self.warmup_s = warmup_s
        self.clock = clock
        self._rng = (seed * 0x9E3779B97F4A7C15 + index * 0xBF58476D1CE4E5B9 + 1) & 0xFFFFFFFFFFFFFFFF
        self.ambient_c = ambient_c + self._noise() * 2.0
        self.dead_board = int(self._uniform() * self.boards) if fault == "deadboard" else -1
        now = clock()
        self.started = now - (3600 + self._uniform() * 14 * 86400)  # up for 1 h to 2 weeks
        self.sleeping = False
        self.power_pct = 100
        self.mode = "normal"  # normal | sleep | low (what the firmware says it is in)
        self.power_limit_w: int | None = None  # a firmware power target/limit in watts, when one is set
        self.light = False  # the fault (locate) LED
        self.work_level = 1  # Avalon's work level (0 eco, 1 standard, 2 performance)
        self.protocol_state: dict[str, Any] | None = None  # tokens, sessions: only for miners that were asked
        self._temp = self._target_temp()
        self._updated = now
        self.serial = f"SIM{seed % 1000:03d}{index:07d}"
        self.worker = f"farm.{index:05d}"
        self.pool_url = "stratum+tcp://btc.pool.example:3333"
        self.pool_pass = "x"
        self.backup_pools = [("stratum+tcp://btc-backup.pool.example:443", self.worker, "x")]
        # Control faults and what the miner was told: plain ints (20,000 miners per process).
        self.control_commands = 0  # control requests answered (applied, rejected or ignored)
        self.last_control: tuple[str, str | None] | None = None
        self.reject_control = 0  # the next N control commands get a firmware error and change nothing
        self.ignore_control = 0  # the next N are answered OK and change nothing (what reconciliation is for)

    # --- noise -------------------------------------------------------------------------
    def _uniform(self) -> float:
        self._rng = (self._rng * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self._rng >> 11) / 9007199254740992.0

    def _noise(self) -> float:
        """Mean 0, standard deviation 1 (uniform: cheap, and noise is all it needs to be)."""
        return (self._uniform() - 0.5) * 3.4641016

    # --- physics -----------------------------------------------------------------------
    def _ramp(self, now: float) -> float:
        """0.05 → 1 over the warm-up after a (re)start."""
        return 1.0 if self.warmup_s <= 0 else min(1.0, max(0.05, (now - self.started) / self.warmup_s))

    def _load(self, now: float) -> float:
        """Fraction of nominal power drawn by the hash boards."""
        return 0.0 if self.sleeping else self._ramp(now) * self.power_pct / 100

    def _target_temp(self, now: float | None = None) -> float:
        load = self._load(self.clock() if now is None else now)
        rise = OVERHEAT_RISE_C if self.fault == "overheat" else NORMAL_RISE_C
        return self.ambient_c + 4.0 + rise * load

    def snapshot(self) -> Snapshot:
        now = self.clock()
        dt = max(0.0, now - self._updated)
        target = self._target_temp(now)
        if self.fault == "overheat" and not self.sleeping:
            self._temp = max(self._temp, target)  # the fault is there from the first poll
        self._temp += (target - self._temp) * (1.0 - math.exp(-dt / TAU_S))
        self._updated = now
        load = self._load(now)
        pct = self.power_pct / 100
        # Under-clocked boards are more efficient: hashrate falls slower than power.
        scale = (pct**0.85 if pct < 1 else pct) * (0.0 if self.sleeping else self._ramp(now))
        per_board = self.nominal_ths * scale / self.boards
        board_ths: list[float] = []
        board_chips: list[int] = []
        board_temp: list[float] = []
        board_pcb: list[float] = []
        for board in range(self.boards):
            if board == self.dead_board:
                board_ths.append(0.0)
                board_chips.append(0)
                board_temp.append(0.0)
                board_pcb.append(0.0)
                continue
            board_ths.append(max(0.0, per_board * (1 + 0.015 * self._noise())) if load else 0.0)
            board_chips.append(self.chips)
            chip = round(self._temp + 1.5 * self._noise(), 1)
            board_temp.append(chip)
            board_pcb.append(round(chip - 12 - board, 1))
        hottest = max(board_temp) if any(board_temp) else self._temp
        rpm = 1000 if self.sleeping else int(min(6600, max(1800, 1800 + (hottest - 45) * 140)))
        rpm = int(rpm * (1 + 0.02 * self._noise()))
        fans = [max(0, rpm + ((self.index + 3 * k) % 5 - 2) * 30) for k in range(4)]
        if self.sleeping:
            power = SLEEP_POWER_W + self._noise()
        else:
            # A power target is regulated at the wall: the whole draw (controller and fans too) scales.
            live = sum(1 for b in board_chips if b) / self.boards
            power = self.nominal_w * pct * (0.06 + 0.94 * self._ramp(now) * live) * (1 + 0.008 * self._noise())
            if self.fault == "overdraw" and pct < 1:
                power *= OVERDRAW
        return Snapshot(
            now=now,
            wall=int(time.time()),
            uptime_s=int(now - self.started),
            hashrate_ths=sum(board_ths),
            board_ths=board_ths,
            board_chips=board_chips,
            board_temp_c=board_temp,
            board_pcb_c=board_pcb,
            fans_rpm=fans,
            power_w=round(power, 1),
            ambient_c=round(self.ambient_c, 1),
            sleeping=self.sleeping,
            power_pct=self.power_pct,
            mode=self.mode,
        )

    # --- commands ----------------------------------------------------------------------
    def sleep(self) -> None:
        self.snapshot()
        self.sleeping = True
        self.mode = "sleep"

    def wake(self) -> None:
        self.snapshot()
        if self.mode == "sleep":
            self.mode = "normal"
        if self.sleeping:
            self.sleeping = False
            self.started = self.clock()  # waking is a fresh start of the mining process

    def set_power_pct(self, percent: int) -> None:
        self.snapshot()
        self.power_pct = max(10, min(125, int(percent)))

    def set_power_limit(self, watts: int) -> None:
        """A power limit in watts: the draw follows it up to the model's nominal power."""
        self.snapshot()
        self.power_limit_w = int(watts)
        self.power_pct = max(10, min(100, round(100 * watts / self.nominal_w)))

    def set_low_power(self) -> None:
        """A stock Antminer's low-power mode: mining, at a fixed lower power."""
        self.wake()
        self.snapshot()
        self.mode = "low"
        self.power_pct = LOW_POWER_PCT

    def set_normal(self) -> None:
        self.wake()
        self.snapshot()
        self.mode = "normal"
        self.power_pct = 100
        self.power_limit_w = None

    def pools(self) -> list[tuple[str, str, str]]:
        """(url, user, password) of each configured pool, the active one first."""
        return [(self.pool_url, self.worker, self.pool_pass), *self.backup_pools]

    def set_pools(self, pools: list[tuple[str, str, str]]) -> None:
        """Replace the pool list (empty URLs dropped); the first becomes the active pool."""
        live = [p for p in pools if p[0]]
        if not live:
            raise ValueError("at least one pool URL is needed")
        (self.pool_url, self.worker, self.pool_pass), self.backup_pools = live[0], live[1:]

    def restart(self) -> None:
        """A reboot: mining starts afresh, except that a stock Antminer keeps its saved sleep mode."""
        self.snapshot()
        if not (self.family == "antminer" and self.mode == "sleep"):
            self.sleeping = False
            self.mode = "low" if self.mode == "low" else "normal"
        self.started = self.clock()

    def state(self) -> dict[str, Any]:
        """Per-protocol state (tokens, sessions), created the first time a miner needs it."""
        if self.protocol_state is None:
            self.protocol_state = {}
        return self.protocol_state

    def control(self, command: str, parameter: str | None) -> tuple[bool, str]:
        """Apply a control command; (accepted, message)."""
        param = (parameter or "").strip().lower()
        if command in ("power_off",) or (command == "curtail" and param == "sleep"):
            self.sleep()
        elif command in ("power_on",) or (command == "curtail" and param in ("wakeup", "wake")):
            self.wake()
        elif command == "ascset" and param.endswith(("softoff", "softon")):
            self.sleep() if param.endswith("softoff") else self.wake()
        elif command in ("set_power_pct", "adjust_power_limit"):
            value = replies.parse_number(parameter)
            if value is None:
                return False, "invalid parameter"
            self.set_power_pct(int(value if command == "set_power_pct" else 100 * value / self.nominal_w))
        elif command in ("restart", "reboot", "restart_btminer"):
            self.restart()
        else:
            return False, "Invalid command"
        return True, "API command OK"

    def control_fault(self, command: str, parameter: str | None) -> str | None:
        """Count a control command that arrived; ``"reject"`` or ``"ignore"`` when a control fault takes it."""
        self.control_commands += 1
        self.last_control = (command, parameter)
        if self.reject_control > 0:
            self.reject_control -= 1
            return "reject"
        if self.ignore_control > 0:
            self.ignore_control -= 1
            return "ignore"
        return None

    def control_request(self, command: str, parameter: str | None) -> tuple[bool, str]:
        """A control command as it arrives over the API: counted, then rejected, ignored or applied."""
        fault = self.control_fault(command, parameter)
        if fault == "reject":
            return False, "Device busy, command rejected"
        if fault == "ignore":
            return True, "API command OK"
        return self.control(command, parameter)

    def handle(self, command: str, parameter: str | None) -> bytes | None:
        """The reply bytes (NUL-terminated) for one request; ``None`` means hang (never answer)."""
        if self.fault == "hang":
            return None
        if self.fault == "garbage":
            return replies.garbage(self.malformation)
        if command in replies.CONTROL:
            accepted, message = self.control_request(command, parameter)
            body: dict[str, Any] = replies.status_only(self.dialect, accepted, message, int(time.time()))
        else:
            body = replies.render(self, command, self.snapshot())
        return replies.encode(body, self.malformation if self.fault == "malformed" else None)
