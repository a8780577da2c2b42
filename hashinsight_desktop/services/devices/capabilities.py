"""What each miner's firmware really supports: the actions it takes and the power levels it can run at.

``capabilities_for(family, model)`` gives what the family's firmware offers on that model, from what is
known without asking the miner; identification (``identify.py``) refines it with what the miner itself
reports (LuxOS profiles, VNish presets, the Braiins power-target range).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from hashinsight_desktop.services.devices.action import Action, PoolSetting
from hashinsight_desktop.services.devices.family import Family, parse_family
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

SLEEP_W = 25.0  # what a sleeping miner still draws (controller, fans at idle), approximately
LOW_POWER_SHARE = 0.7  # a stock Antminer's low-power mode, as a share of nominal power, approximately
# Stock Bitmain firmware that offers the low-power work mode (miner-mode 3); the others sleep or run.
ANTMINER_LOW_POWER_MODELS = ("S19j Pro", "S19 XP", "S19k Pro", "S21", "T21")
# Canaan work levels: level -> percent of nominal power.
AVALON_WORK_LEVELS: tuple[tuple[int, int], ...] = ((0, 80), (1, 100), (2, 110))
AVALON_MODES = {"low": 0, "normal": 1, "high": 2}
# Curtailment levels offered where the firmware takes any value in a range: these shares of nominal power.
LEVEL_SHARES = (0.9, 0.8, 0.7, 0.6, 0.5)


@dataclass(frozen=True)
class PowerLevel:
    """One level a miner can run at: ``kind`` says how it is set (``normal``, ``mode``, ``watts``,
    ``percent``, ``profile``, ``sleep``), ``setting`` the value sent, ``watts`` the approximate draw."""

    kind: str
    setting: str | int
    watts: float


@dataclass(frozen=True)
class Capabilities:
    family: Family = Family.GENERIC
    sleep: bool = False
    wake: bool = False
    reboot: bool = False
    pools: bool = False
    fault_light: bool = False
    modes: tuple[str, ...] = ()  # e.g. ("normal", "low", "sleep")
    power_watts: tuple[int, int] | None = None  # a power target in watts within (min, max)
    power_percent: tuple[int, int] | None = None  # a power target in percent of nominal within (min, max)
    profiles: tuple[tuple[str, int], ...] = ()  # named profiles/presets and their watts, lowest first
    power_by_profile: bool = False  # watts pick the highest profile at or under them (LuxOS, VNish)
    work_levels: tuple[tuple[int, int], ...] = ()  # Avalon: (level, percent of nominal)
    notes: tuple[str, ...] = field(default=(), compare=False)  # why something is missing, for the operator

    # -- what may be asked ---------------------------------------------------------------------------------
    def refuses(self, action: Action | str, **value: Any) -> Text | None:
        """Why ``action`` with ``value`` (watts=, percent=, mode=, pool=) cannot be done (a text: English by
        ``str()``, the reader's language by ``render``); ``None`` if it can."""
        action = Action(action)
        name = self.family.label
        if action is Action.SLEEP and not self.sleep:
            return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware cannot sleep"), name=name)
        if action is Action.WAKE and not self.wake:
            return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware cannot be woken"), name=name)
        if action is Action.REBOOT and not self.reboot:
            return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware takes no reboot command"), name=name)
        if action is Action.FAULT_LIGHT and not self.fault_light:
            return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware has no fault light command"), name=name)
        if action is Action.POOL:
            return self._refuses_pool(value.get("pool"))
        if action is Action.MODE:
            return self._refuses_mode(value.get("mode"))
        if action is Action.POWER_TARGET:
            return self._refuses_power(value.get("watts"), value.get("percent"))
        return None

    def _refuses_pool(self, pool: Any) -> Text | None:
        if not self.pools:
            return Text(
                QT_TRANSLATE_NOOP("Devices", "{name} firmware cannot change pools here"), name=self.family.label
            )
        if pool is not None and not (isinstance(pool, PoolSetting) and pool.url.strip() and pool.worker.strip()):
            return Text(QT_TRANSLATE_NOOP("Devices", "a pool change needs a pool URL and a worker name"))
        if isinstance(pool, PoolSetting) and "://" not in pool.url:
            scheme = QT_TRANSLATE_NOOP("Devices", "pool URL {url!r} needs a scheme, like stratum+tcp://host:port")
            return Text(scheme, url=pool.url)
        return None

    def _refuses_mode(self, mode: Any) -> Text | None:
        if not self.modes:
            return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware has no power modes"), name=self.family.label)
        if mode not in self.modes:
            no_mode = QT_TRANSLATE_NOOP(
                "Devices", "{name} firmware on this model has no {mode!r} mode (it has {modes})"
            )
            return Text(no_mode, name=self.family.label, mode=mode, modes=", ".join(self.modes))
        return None

    def _refuses_power(self, watts: Any, percent: Any) -> Text | None:
        name = self.family.label
        if (watts is None) == (percent is None):
            return Text(QT_TRANSLATE_NOOP("Devices", "a power target needs watts or a percentage (one of them)"))
        if watts is not None:
            if self.power_by_profile:
                lowest = min((w for _, w in self.profiles), default=None)
                if lowest is not None and watts < lowest:
                    below = QT_TRANSLATE_NOOP("Devices", "{watts} W is below the lowest {name} profile ({lowest} W)")
                    return Text(below, watts=watts, name=name, lowest=lowest)
                return None
            if self.power_watts is None:
                if self.power_percent:
                    no_watts = QT_TRANSLATE_NOOP(
                        "Devices", "{name} firmware has no power target in watts (it takes a percentage)"
                    )
                    return Text(no_watts, name=name)
                if self.modes:
                    no_watts = QT_TRANSLATE_NOOP(
                        "Devices", "{name} firmware has no power target in watts (it has modes: {modes})"
                    )
                    return Text(no_watts, name=name, modes=", ".join(self.modes))
                return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware has no power target in watts"), name=name)
            low, high = self.power_watts
            if not low <= watts <= high:
                outside = QT_TRANSLATE_NOOP("Devices", "{watts} W is outside what {name} accepts here ({low}–{high} W)")
                return Text(outside, watts=watts, name=name, low=low, high=high)
            return None
        if self.power_percent is None:
            if self.power_watts or self.power_by_profile:
                no_pct = QT_TRANSLATE_NOOP("Devices", "{name} firmware has no power target in percent (it takes watts)")
                return Text(no_pct, name=name)
            return Text(QT_TRANSLATE_NOOP("Devices", "{name} firmware has no power target in percent"), name=name)
        low, high = self.power_percent
        if not low <= percent <= high:
            outside = QT_TRANSLATE_NOOP("Devices", "{percent} % is outside what {name} accepts ({low}–{high} %)")
            return Text(outside, percent=percent, name=name, low=low, high=high)
        return None

    # -- what curtailment can use ------------------------------------------------------------------------
    def power_levels(self, nominal_w: float) -> list[PowerLevel]:
        """The levels this miner can take, full power first and sleep last (approximate watts)."""
        levels = [PowerLevel("normal", "normal", float(nominal_w))]
        lower: list[PowerLevel] = []
        if "low" in self.modes and self.family is not Family.AVALON:
            lower.append(PowerLevel("mode", "low", nominal_w * LOW_POWER_SHARE))
        if self.work_levels:
            lower += [
                PowerLevel("mode", mode, nominal_w * pct / 100)
                for mode, level in AVALON_MODES.items()
                for lv, pct in self.work_levels
                if lv == level and pct < 100
            ]
        if self.profiles:
            lower += [PowerLevel("profile", name, float(w)) for name, w in self.profiles if w < nominal_w]
        elif self.power_watts is not None:
            low, high = self.power_watts
            lower += [
                PowerLevel("watts", round(nominal_w * s), round(nominal_w * s))
                for s in LEVEL_SHARES
                if low <= nominal_w * s <= high
            ]
        elif self.power_percent is not None:
            low, high = self.power_percent
            lower += [
                PowerLevel("percent", round(s * 100), nominal_w * s) for s in LEVEL_SHARES if low <= s * 100 <= high
            ]
        levels += sorted(lower, key=lambda lv: -lv.watts)
        if self.sleep:
            levels.append(PowerLevel("sleep", "sleep", SLEEP_W))
        return levels

    def describe(self) -> str:
        """One line for a table cell or a tooltip."""
        parts = [a for a, ok in (("sleep", self.sleep), ("reboot", self.reboot), ("pools", self.pools)) if ok]
        if self.modes:
            parts.append("modes " + "/".join(self.modes))
        if self.power_watts:
            parts.append(f"{self.power_watts[0]}–{self.power_watts[1]} W")
        if self.power_percent:
            parts.append(f"{self.power_percent[0]}–{self.power_percent[1]} %")
        if self.profiles:
            parts.append(f"{len(self.profiles)} profiles")
        elif self.power_by_profile:
            parts.append("profiles")
        return ", ".join(parts) or "no control"

    # -- storage -------------------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "family": self.family.value,
            "sleep": self.sleep,
            "wake": self.wake,
            "reboot": self.reboot,
            "pools": self.pools,
            "fault_light": self.fault_light,
            "modes": list(self.modes),
            "power_watts": list(self.power_watts) if self.power_watts else None,
            "power_percent": list(self.power_percent) if self.power_percent else None,
            "profiles": [[name, watts] for name, watts in self.profiles],
            "power_by_profile": self.power_by_profile,
            "work_levels": [list(pair) for pair in self.work_levels],
            "notes": list(self.notes),
        }

    @classmethod
    def from_json(
        cls, data: dict[str, Any] | None, family: Family | str | None = None, model: str = ""
    ) -> Capabilities:
        """Stored capabilities; what is missing or unreadable falls back to ``capabilities_for``."""
        base = capabilities_for(parse_family(family or (data or {}).get("family")), model)
        if not isinstance(data, dict):
            return base

        def pair(key: str) -> tuple[int, int] | None:
            value = data.get(key)
            return (int(value[0]), int(value[1])) if isinstance(value, list | tuple) and len(value) == 2 else None

        try:
            return replace(
                base,
                sleep=bool(data.get("sleep", base.sleep)),
                wake=bool(data.get("wake", base.wake)),
                reboot=bool(data.get("reboot", base.reboot)),
                pools=bool(data.get("pools", base.pools)),
                fault_light=bool(data.get("fault_light", base.fault_light)),
                modes=tuple(str(m) for m in data.get("modes", base.modes)),
                power_watts=pair("power_watts"),
                power_percent=pair("power_percent"),
                profiles=tuple((str(n), int(w)) for n, w in data.get("profiles", ())),
                power_by_profile=bool(data.get("power_by_profile", base.power_by_profile)),
                work_levels=tuple((int(a), int(b)) for a, b in data.get("work_levels", base.work_levels)),
                notes=tuple(str(n) for n in data.get("notes", ())),
            )
        except (TypeError, ValueError):
            return base


def _antminer_has_low_power(model: str) -> bool:
    name = model.removeprefix("Antminer ").split(" (")[0].strip()
    return any(name == m or name.startswith(m + " ") for m in ANTMINER_LOW_POWER_MODELS)


def capabilities_for(family: Family | str, model: str | None = None) -> Capabilities:
    """What ``family``'s firmware offers on ``model`` (a model name like "Antminer S19j Pro")."""
    family = parse_family(str(family))
    model = model or ""
    if family is Family.ANTMINER:
        low = _antminer_has_low_power(model)
        notes = ("stock firmware has no power target: sleep, normal" + (", low-power mode" if low else ""),)
        modes = ("normal", "low", "sleep") if low else ("normal", "sleep")
        return Capabilities(
            family, sleep=True, wake=True, reboot=True, pools=True, fault_light=True, modes=modes, notes=notes
        )
    if family is Family.WHATSMINER:
        return Capabilities(
            family,
            sleep=True,
            wake=True,
            reboot=True,
            pools=True,
            fault_light=True,
            modes=("low", "normal", "high"),
            power_watts=(1, 20_000),  # the firmware checks its own range (it answers an error outside it)
            power_percent=(1, 100),
            notes=("power limit range checked by the firmware",),
        )
    if family is Family.BRAIINS:
        return Capabilities(
            family, sleep=True, wake=True, reboot=True, pools=True, fault_light=True, power_watts=(1, 20_000)
        )
    if family is Family.LUXOS:
        return Capabilities(
            family, sleep=True, wake=True, reboot=True, pools=True, fault_light=True, power_by_profile=True
        )
    if family is Family.VNISH:
        return Capabilities(
            family, sleep=True, wake=True, reboot=True, pools=True, fault_light=True, power_by_profile=True
        )
    if family is Family.AVALON:
        return Capabilities(
            family,
            sleep=True,
            wake=True,
            reboot=True,
            pools=False,
            fault_light=True,
            modes=tuple(AVALON_MODES),
            work_levels=AVALON_WORK_LEVELS,
            notes=("pools are changed from the Avalon's own web page",),
        )
    # generic: the project's historical CGMiner commands
    return Capabilities(
        Family.GENERIC,
        sleep=True,
        wake=True,
        reboot=True,
        pools=False,
        fault_light=False,
        power_percent=(10, 120),
        notes=("identify the miner to control it through its own firmware",),
    )
