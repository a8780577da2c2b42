"""Every mapped table, imported here so ``Base.metadata`` is complete for alembic."""

from hashinsight_desktop.db.models.accounts import Customer, Role, User, UserSiteScope
from hashinsight_desktop.db.models.alerts import (
    Alert,
    AlertThreshold,
    MinerAnomaly,
    MinerMaintenance,
    OperationLogEntry,
)
from hashinsight_desktop.db.models.audit import AuditRecord
from hashinsight_desktop.db.models.billing import (
    BillingContract,
    BillingContractVersion,
    CreditNote,
    CurtailProposal,
    Invoice,
    NumberSeries,
    Payment,
    ReminderStep,
)
from hashinsight_desktop.db.models.calculations import CalculationRecord
from hashinsight_desktop.db.models.catalogue import MinerModel
from hashinsight_desktop.db.models.cluster import (
    ClusterNode,
    ConsumerFailure,
    ConsumerPosition,
    InboxEntry,
    JobTick,
    RoleLease,
)
from hashinsight_desktop.db.models.crm import CrmSearchTerm, CustomerAsset, CustomerContact, CustomerTag
from hashinsight_desktop.db.models.curtailment import (
    CurtailmentItem,
    CurtailmentPlan,
    CurtailmentRunRequest,
    PowerPrice,
)
from hashinsight_desktop.db.models.fleet import Miner, MinerCustomerAssignment, MinerState, Site
from hashinsight_desktop.db.models.market import MarketSnapshot
from hashinsight_desktop.db.models.market_history import (
    DailyBar,
    FearGreedReading,
    NetworkSnapshot,
    PriceCollection,
    SourceQuote,
)
from hashinsight_desktop.db.models.notifications import (
    NotificationChannel,
    NotificationDelivery,
    NotificationItem,
    NotificationRule,
)
from hashinsight_desktop.db.models.outbox import OutboxEvent
from hashinsight_desktop.db.models.sales import Activity, Commission, Deal, DealStageProbability, Lead
from hashinsight_desktop.db.models.telemetry import TelemetryDailyRollup, TelemetryRollup, TelemetrySample
from hashinsight_desktop.db.models.tickets import (
    BusinessCalendar,
    CalendarHoliday,
    EmailLog,
    Incident,
    IncidentMiner,
    IncidentTicket,
    SlaPolicy,
    Ticket,
    TicketMessage,
    TicketMiner,
    TicketStatusChange,
)

__all__ = [
    "Activity",
    "Alert",
    "AlertThreshold",
    "AuditRecord",
    "BillingContract",
    "BillingContractVersion",
    "BusinessCalendar",
    "CalculationRecord",
    "CalendarHoliday",
    "ClusterNode",
    "Commission",
    "ConsumerFailure",
    "ConsumerPosition",
    "CreditNote",
    "CrmSearchTerm",
    "CurtailProposal",
    "CurtailmentItem",
    "CurtailmentPlan",
    "CurtailmentRunRequest",
    "Customer",
    "CustomerAsset",
    "CustomerContact",
    "CustomerTag",
    "DailyBar",
    "Deal",
    "DealStageProbability",
    "EmailLog",
    "FearGreedReading",
    "InboxEntry",
    "Incident",
    "IncidentMiner",
    "IncidentTicket",
    "Invoice",
    "JobTick",
    "Lead",
    "MarketSnapshot",
    "Miner",
    "MinerAnomaly",
    "MinerCustomerAssignment",
    "MinerMaintenance",
    "MinerModel",
    "MinerState",
    "NetworkSnapshot",
    "NotificationChannel",
    "NotificationDelivery",
    "NotificationItem",
    "NotificationRule",
    "NumberSeries",
    "OperationLogEntry",
    "OutboxEvent",
    "Payment",
    "PowerPrice",
    "PriceCollection",
    "ReminderStep",
    "Role",
    "RoleLease",
    "Site",
    "SlaPolicy",
    "SourceQuote",
    "TelemetryDailyRollup",
    "TelemetryRollup",
    "TelemetrySample",
    "Ticket",
    "TicketMessage",
    "TicketMiner",
    "TicketStatusChange",
    "User",
    "UserSiteScope",
]
