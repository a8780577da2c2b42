"""Every mapped table, imported here so ``Base.metadata`` is complete for alembic."""

from hashinsight_desktop.db.models.accounts import Customer, Role, User, UserSiteScope
from hashinsight_desktop.db.models.audit import AuditRecord
from hashinsight_desktop.db.models.calculations import CalculationRecord
from hashinsight_desktop.db.models.catalogue import MinerModel
from hashinsight_desktop.db.models.fleet import Miner, Site
from hashinsight_desktop.db.models.market import MarketSnapshot
from hashinsight_desktop.db.models.outbox import OutboxEvent
from hashinsight_desktop.db.models.telemetry import TelemetrySample

__all__ = [
    "AuditRecord",
    "CalculationRecord",
    "Customer",
    "MarketSnapshot",
    "Miner",
    "MinerModel",
    "OutboxEvent",
    "Role",
    "Site",
    "TelemetrySample",
    "User",
    "UserSiteScope",
]
