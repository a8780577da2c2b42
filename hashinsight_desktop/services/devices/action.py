"""The control actions a console can ask of a miner (the firmware decides which it can take)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    REBOOT = "reboot"
    SLEEP = "sleep"
    WAKE = "wake"
    POWER_TARGET = "power_target"  # watts or a percentage of nominal, as the firmware takes it
    POOL = "pool"  # the first (active) pool: URL, worker, password
    MODE = "mode"  # a firmware power mode: "normal", "low", "high" (and "sleep" where it is a mode)
    FAULT_LIGHT = "fault_light"  # the locate LED on (or off)


@dataclass(frozen=True)
class PoolSetting:
    url: str
    worker: str
    password: str = "x"

    def describe(self) -> str:
        return f"{self.url} as {self.worker}"  # the pool password is not a secret, but is not shown either
