"""One miner as the device layer sees it, and one request to it."""

from __future__ import annotations

from dataclasses import dataclass

from hashinsight_desktop.services.devices.action import Action, PoolSetting
from hashinsight_desktop.services.devices.capabilities import Capabilities, capabilities_for
from hashinsight_desktop.services.devices.credentials import Credentials
from hashinsight_desktop.services.devices.family import Family

WEB_PORT = 80
BRAIINS_GRPC_PORT = 50051


@dataclass(frozen=True)
class DeviceTarget:
    host: str
    port: int = 4028  # the CGMiner-style API port
    family: Family = Family.GENERIC
    model: str = ""
    credentials: Credentials | None = None
    capabilities: Capabilities | None = None  # None: what the family offers on the model (capabilities_for)
    firmware: str | None = None  # as identified (Whatsminer's API version follows its firmware date)
    web_port: int = WEB_PORT
    grpc_port: int = BRAIINS_GRPC_PORT

    def effective_capabilities(self) -> Capabilities:
        return self.capabilities or capabilities_for(self.family, self.model)

    def needs_credentials(self) -> bool:
        return self.family in (Family.ANTMINER, Family.WHATSMINER, Family.BRAIINS, Family.VNISH)


@dataclass(frozen=True)
class ActionRequest:
    action: Action
    watts: int | None = None
    percent: int | None = None
    mode: str | None = None
    pool: PoolSetting | None = None
    light: bool = True

    def describe(self) -> str:
        """The parameter part of an operation-log line (no secret in it)."""
        if self.action is Action.POWER_TARGET:
            return f"{self.watts} W" if self.watts is not None else f"{self.percent} %"
        if self.action is Action.MODE:
            return str(self.mode)
        if self.action is Action.POOL and self.pool is not None:
            return self.pool.describe()
        if self.action is Action.FAULT_LIGHT:
            return "on" if self.light else "off"
        return ""
