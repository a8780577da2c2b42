"""What the first-run wizard's steps collected: plain values, written only when the user presses Finish."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from hashinsight_desktop.services.connection_check import CheckResult, PostgresTarget
from hashinsight_desktop.services.fleet.discovery import Found


class Storage(enum.Enum):
    DEMO = "demo"  # the simulated farm, its own database; nothing remembered
    POSTGRES = "postgres"  # a shared server
    LOCAL = "local"  # a new SQLite file in the user data folder
    GIVEN = "given"  # a database the console already opened (no users yet): owner and site only


@dataclass
class OwnerInput:
    username: str
    password: str
    display_name: str = ""


@dataclass
class SiteInput:
    name: str
    timezone: str
    power_price: Decimal
    found: list[Found] = field(default_factory=list)  # the scan's hosts; the ticked ones are added

    @property
    def miners(self) -> list[Found]:
        return [item for item in self.found if item.checked and not item.known]


@dataclass
class FirstRunChoices:
    storage: Storage = Storage.LOCAL
    target: PostgresTarget | None = None
    check: CheckResult | None = None  # the last successful "Test connection" of ``target``
    keep_password: bool = True  # in the OS keyring; False: asked at each start (no keyring here)
    owner: OwnerInput | None = None
    site: SiteInput | None = None

    @property
    def needs_owner(self) -> bool:
        """An existing console's database has its owner already: the next start is a login."""
        if self.storage is Storage.DEMO:
            return False
        return not (self.storage is Storage.POSTGRES and self.check is not None and self.check.has_users)
