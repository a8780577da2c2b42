"""What the selected miners' firmware can do: for each bulk action, how many of them can take it and why
the others will be refused (``Capabilities.refuses``), so a button is disabled with the reason, or enabled
with a warning that some of the selection will be refused.

The capabilities of a row are parsed once per stored value (a selection of 10,000 miners is re-checked on
every selection change)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.devices import Capabilities, Family, capabilities_for, parse_family
from hashinsight_desktop.services.devices.action import Action as DeviceAction
from hashinsight_desktop.services.fleet.control import Action
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.locale_format import grouped

_GENERIC = capabilities_for(Family.GENERIC)
_cache: dict[uuid.UUID, tuple[Any, str | None, str, Capabilities]] = {}
_interned: dict[Capabilities, Capabilities] = {}


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionGate", text)


def capabilities_of(row: MinerRow) -> Capabilities:
    """The row's stored capabilities (a miner never identified: the generic commands)."""
    if not row.family:
        return _GENERIC
    cached = _cache.get(row.id)
    if cached is not None and cached[0] is row.capabilities and cached[1] == row.family and cached[2] == row.model:
        return cached[3]
    parsed = Capabilities.from_json(row.capabilities, parse_family(row.family), row.model)
    caps = _interned.setdefault(parsed, parsed)  # one object per distinct value: a selection groups by identity
    if len(_cache) > 50_000:
        _cache.clear()
        _interned.clear()
    _cache[row.id] = (row.capabilities, row.family, row.model, caps)
    return caps


def family_label(row: MinerRow) -> str:
    """The firmware family as the table shows it: "not identified" when nobody identified the miner."""
    if not row.family:
        return _t("not identified")
    family = parse_family(row.family)
    return _t("generic") if family is Family.GENERIC else family.label


def power_refusal(caps: Capabilities, unit: str | None = None) -> str | None:
    """Why ``caps`` takes no power target in ``unit`` ("watts", "percent"; None: in either)."""
    watts = caps.power_watts is not None or caps.power_by_profile
    percent = caps.power_percent is not None
    if unit == "percent":
        return None if percent else _power_reason(caps, percent=50)
    if watts or (unit is None and percent):
        return None
    if unit is None:  # one reason per family, whatever modes each model has (the Family tooltip lists them)
        return _t("{family} firmware has no power target").format(family=caps.family.label)
    return _power_reason(caps, watts=1000)


def _power_reason(caps: Capabilities, **value: int) -> str:
    return _refuses(caps, DeviceAction.POWER_TARGET, **value) or _t("no power target")


def refusal(caps: Capabilities, action: Action, unit: str | None = None) -> str | None:
    """Why a miner with ``caps`` will refuse ``action`` (before any value is known); ``None`` if it can."""
    if action is Action.POWER_TARGET:
        return power_refusal(caps, unit)
    if action is Action.MODE:
        return (
            None
            if selectable_modes(caps)
            else _t("{family} firmware has no power modes").format(family=caps.family.label)
        )
    return _refuses(caps, DeviceAction(action.value))


def _refuses(caps: Capabilities, action: DeviceAction, **value: Any) -> str | None:
    """The firmware's refusal (`Capabilities.refuses`) in the console's language."""
    reason = caps.refuses(action, **value)
    return None if reason is None else render(reason, QCoreApplication.translate)


def selectable_modes(caps: Capabilities) -> tuple[str, ...]:
    """The power modes a bulk "Power mode" can set (sleep is its own action)."""
    return tuple(mode for mode in caps.modes if mode != "sleep")


def explain(reasons: Sequence[tuple[str, int]], most: int = 3) -> str:
    """Reasons with their counts, most common first; reasons that differ only by the firmware named share
    one line ("stock Antminer (4), Avalon (2) firmware has no power target")."""
    if not reasons:
        return ""
    if len(reasons) == 1:
        return reasons[0][0]
    by_rest: dict[str, list[tuple[str, int]]] = {}
    for reason, count in reasons:
        family, sep, rest = reason.partition(" firmware ")
        by_rest.setdefault(rest if sep else reason, []).append((family if sep else "", count))
    parts = []
    for rest, items in by_rest.items():
        if len(items) == 1 or not all(family for family, _ in items):
            parts += [f"{(f + ' firmware ' + rest) if f else rest} ({grouped(n)})" for f, n in items]
        else:
            parts.append(", ".join(f"{f} ({grouped(n)})" for f, n in items) + f" firmware {rest}")
    return "; ".join(parts[:most]) + ("; …" if len(parts) > most else "")


@dataclass(frozen=True)
class Gate:
    """One action over a selection: ``able`` of ``total`` can; ``reasons`` of the others, most common first."""

    action: Action
    able: int
    total: int
    reasons: tuple[tuple[str, int], ...] = ()

    @property
    def refused(self) -> int:
        return self.total - self.able

    @property
    def enabled(self) -> bool:
        return self.able > 0

    def why_not(self) -> str:
        """The reasons, with how many each (the most common first)."""
        return explain(self.reasons)

    def summary(self) -> str:
        """A line for the status text and the tooltip: empty when every selected miner can."""
        if self.total == 0 or self.refused == 0:
            return ""
        if self.able == 0:
            return _t("none of the {n} selected can: {why}").format(n=grouped(self.total), why=self.why_not())
        return _t("{able} of the {n} selected can; the other {other} will be refused ({why})").format(
            able=grouped(self.able), n=grouped(self.total), other=grouped(self.refused), why=self.why_not()
        )


def distinct_capabilities(rows: Sequence[MinerRow]) -> list[tuple[Capabilities, int]]:
    """The selection's capabilities, each distinct one with how many rows have it (a few, for 10,000 rows)."""
    counts: Counter[int] = Counter()
    first: dict[int, Capabilities] = {}
    for row in rows:
        caps = capabilities_of(row)
        key = id(caps)
        counts[key] += 1
        first.setdefault(key, caps)
    return [(first[key], n) for key, n in counts.items()]


def gate(action: Action, rows: Sequence[MinerRow], unit: str | None = None) -> Gate:
    return gate_of(action, distinct_capabilities(rows), unit)


def gate_of(action: Action, groups: Sequence[tuple[Capabilities, int]], unit: str | None = None) -> Gate:
    reasons: Counter[str] = Counter()
    able = total = 0
    for caps, n in groups:
        total += n
        reason = refusal(caps, action, unit)
        if reason is None:
            able += n
        else:
            reasons[reason] += n
    return Gate(action, able, total, tuple(reasons.most_common()))


def value_refusals(rows: Sequence[MinerRow], action: Action = Action.POWER_TARGET, **value: Any) -> Counter[str]:
    """Reasons the rows will refuse ``action`` with exactly ``value`` (watts=, percent= or mode=), counted."""
    reasons: Counter[str] = Counter()
    for caps, n in distinct_capabilities(rows):
        reason = _refuses(caps, DeviceAction(action.value), **value)
        if reason is not None:
            reasons[reason] += n
    return reasons
