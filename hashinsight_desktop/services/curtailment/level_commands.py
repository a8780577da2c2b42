"""What a curtailment level asks of a miner, in its firmware's own terms, and what brings it back.

A plan item's ``level`` says how its level is set, as the miner's capabilities offered it when the plan
was made (:mod:`.site_fleet`):

- ``sleep``: the firmware's sleep (pause, curtail, power off);
- ``preset``: a percentage of nominal power by the historical generic command (unidentified miners);
- ``percent``: a power target in percent (Whatsminer), ``power_pct``;
- ``watts``: a power target in watts within the firmware's range (Braiins), ``level_power_w`` rounded;
- ``profile``: a named power profile of the firmware (LuxOS, VNish presets), set by its watts;
- ``mode:<name>``: a firmware power mode (a stock Antminer's low-power mode, Avalon work levels).

Recovery sends the way back: wake, 100 %, the full power in watts, the profile nearest the full power,
or the normal mode.
"""

from __future__ import annotations

from collections.abc import Sequence

from hashinsight_desktop.services.devices.action import Action
from hashinsight_desktop.services.devices.target import ActionRequest

MODE_PREFIX = "mode:"
KINDS = ("sleep", "preset", "percent", "watts", "profile")


class UnknownLevel(ValueError):
    pass


def level_request(
    leg: str,
    level: str,
    power_pct: int | None,
    level_power_w: float,
    full_power_w: float,
    profiles: Sequence[tuple[str, int]] = (),
) -> ActionRequest:
    """The request for an item at ``level`` on leg ``execution`` or ``recovery`` (``profiles``: the
    firmware's, to find the way back from a profile)."""
    execution = leg == "execution"
    if level == "sleep":
        return ActionRequest(Action.SLEEP if execution else Action.WAKE)
    if level in ("preset", "percent"):
        if execution and power_pct is None:
            raise UnknownLevel(f"level {level!r} without a percentage")
        return ActionRequest(Action.POWER_TARGET, percent=power_pct if execution else 100)
    if level == "watts":
        return ActionRequest(Action.POWER_TARGET, watts=round(level_power_w if execution else full_power_w))
    if level == "profile":
        if execution:
            return ActionRequest(Action.POWER_TARGET, watts=round(level_power_w))
        # Profile firmware takes the highest profile at or under the watts asked: ask exactly the
        # watts of the profile nearest the power the miner drew before, never a hair under it.
        nearest = min((w for _, w in profiles), key=lambda w: abs(w - full_power_w), default=round(full_power_w))
        return ActionRequest(Action.POWER_TARGET, watts=nearest)
    if level.startswith(MODE_PREFIX) and len(level) > len(MODE_PREFIX):
        return ActionRequest(Action.MODE, mode=level[len(MODE_PREFIX) :] if execution else "normal")
    raise UnknownLevel(f"unknown level {level!r}")


def level_label(level: str, power_pct: int | None, level_power_w: float | None = None) -> str:
    """``75 %``, ``2,400 W``, ``low mode``, ``Sleep``, ``Full``: a level as a table shows it."""
    if level in ("preset", "percent") and power_pct is not None:
        return f"{power_pct} %"
    if level == "watts" and level_power_w is not None:
        return f"{level_power_w:,.0f} W"
    if level == "profile" and level_power_w is not None:
        return f"{level_power_w:,.0f} W profile"
    if level.startswith(MODE_PREFIX):
        return f"{level[len(MODE_PREFIX) :]} mode"
    return level.capitalize()
