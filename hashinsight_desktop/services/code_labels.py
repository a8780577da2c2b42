"""The labels of the codes the services store (a miner's status, an alert's kind and severity, a ticket's status,
a CRM stage): one vocabulary for every place a user reads one, so no code (``over_temperature``, ``in_progress``)
reaches the screen. The console renders a label with ``QCoreApplication.translate``; a service quoting a code in a
sentence (an audit summary) passes `in_sentence(labels, code)` as the parameter, so the stored text says the label
in the reader's language. The contexts are those the console always filed these labels under, so their
translations hold."""

from __future__ import annotations

from collections.abc import Mapping

from hashinsight_desktop.services.stored_text import InSentence
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template, Text

MINER_STATUSES: Mapping[str, Template] = {  # as the Fleet table and its filter bar name a status
    "hashing": QT_TRANSLATE_NOOP("MinerFilterBar", "Hashing"),
    "degraded": QT_TRANSLATE_NOOP("MinerFilterBar", "Degraded"),
    "sleeping": QT_TRANSLATE_NOOP("MinerFilterBar", "Sleeping"),
    "error": QT_TRANSLATE_NOOP("MinerFilterBar", "Error"),
    "offline": QT_TRANSLATE_NOOP("MinerFilterBar", "Offline"),
    "unknown": QT_TRANSLATE_NOOP("MinerFilterBar", "Unknown"),
}

ALERT_SEVERITIES: Mapping[str, Template] = {
    "critical": QT_TRANSLATE_NOOP("NotificationDialogs", "critical"),
    "warning": QT_TRANSLATE_NOOP("NotificationDialogs", "warning"),
}

ALERT_KINDS: Mapping[str, Template] = {
    "over_temperature": QT_TRANSLATE_NOOP("NotificationDialogs", "over temperature"),
    "offline": QT_TRANSLATE_NOOP("NotificationDialogs", "offline"),
    "hashrate_drop": QT_TRANSLATE_NOOP("NotificationDialogs", "hashrate drop"),
    "dead_board": QT_TRANSLATE_NOOP("NotificationDialogs", "dead board"),
    "pool_down": QT_TRANSLATE_NOOP("NotificationDialogs", "pool down"),
    "anomaly": QT_TRANSLATE_NOOP("NotificationDialogs", "telemetry anomaly"),
}

DEVICE_ACTIONS: Mapping[str, Template] = {  # what an operator told a miner to do (the Fleet tab's bulk actions)
    "reboot": QT_TRANSLATE_NOOP("BulkActions", "Reboot"),
    "sleep": QT_TRANSLATE_NOOP("BulkActions", "Sleep"),
    "wake": QT_TRANSLATE_NOOP("BulkActions", "Wake"),
    "power_target": QT_TRANSLATE_NOOP("BulkActions", "Power target"),
    "mode": QT_TRANSLATE_NOOP("BulkActions", "Power mode"),
    "pool": QT_TRANSLATE_NOOP("BulkActions", "Pool"),
    "fault_light": QT_TRANSLATE_NOOP("BulkActions", "Fault light"),
}

COMMAND_OUTCOMES: Mapping[str, Template] = {  # how a command sent to a miner ended (its operation-log row)
    "pending": QT_TRANSLATE_NOOP("CommandOutcomes", "Pending"),
    "ok": QT_TRANSLATE_NOOP("CommandOutcomes", "OK"),
    "failed": QT_TRANSLATE_NOOP("CommandOutcomes", "Failed"),
    "refused": QT_TRANSLATE_NOOP("CommandOutcomes", "Refused"),
}

ROLES: Mapping[str, Template] = {  # a user's role, by its value
    "owner": QT_TRANSLATE_NOOP("Roles", "Owner"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Admin"),
    "site_manager": QT_TRANSLATE_NOOP("Roles", "Site manager"),
    "customer": QT_TRANSLATE_NOOP("Roles", "Customer"),
    "guest": QT_TRANSLATE_NOOP("Roles", "Guest"),
}

INCIDENT_KINDS: Mapping[str, Template] = {
    "power_loss": QT_TRANSLATE_NOOP("Incidents", "Power loss"),
    "cooling": QT_TRANSLATE_NOOP("Incidents", "Cooling"),
    "network": QT_TRANSLATE_NOOP("Incidents", "Network"),
    "maintenance": QT_TRANSLATE_NOOP("Incidents", "Maintenance"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other"),
}

CRM: Mapping[str, Template] = {  # stages, statuses, kinds and priorities of the CRM
    # lead and deal stages
    "new": QT_TRANSLATE_NOOP("CrmLabels", "New"),
    "contacted": QT_TRANSLATE_NOOP("CrmLabels", "Contacted"),
    "qualified": QT_TRANSLATE_NOOP("CrmLabels", "Qualified"),
    "won": QT_TRANSLATE_NOOP("CrmLabels", "Won"),
    "lost": QT_TRANSLATE_NOOP("CrmLabels", "Lost"),
    "draft": QT_TRANSLATE_NOOP("CrmLabels", "Draft"),
    "pending": QT_TRANSLATE_NOOP("CrmLabels", "Pending"),
    "approved": QT_TRANSLATE_NOOP("CrmLabels", "Approved"),
    "signed": QT_TRANSLATE_NOOP("CrmLabels", "Signed"),
    "completed": QT_TRANSLATE_NOOP("CrmLabels", "Completed"),
    # invoice states ("draft" above)
    "issued": QT_TRANSLATE_NOOP("CrmLabels", "Issued"),
    "paid": QT_TRANSLATE_NOOP("CrmLabels", "Paid"),
    "void": QT_TRANSLATE_NOOP("CrmLabels", "Void"),
    # ticket states
    "open": QT_TRANSLATE_NOOP("CrmLabels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("CrmLabels", "In progress"),
    "waiting": QT_TRANSLATE_NOOP("CrmLabels", "Waiting for customer"),
    "resolved": QT_TRANSLATE_NOOP("CrmLabels", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("CrmLabels", "Closed"),
    # priorities
    "urgent": QT_TRANSLATE_NOOP("CrmLabels", "Urgent"),
    "high": QT_TRANSLATE_NOOP("CrmLabels", "High"),
    "normal": QT_TRANSLATE_NOOP("CrmLabels", "Normal"),
    "low": QT_TRANSLATE_NOOP("CrmLabels", "Low"),
    # activity kinds
    "call": QT_TRANSLATE_NOOP("CrmLabels", "Call"),
    "email": QT_TRANSLATE_NOOP("CrmLabels", "E-mail"),
    "meeting": QT_TRANSLATE_NOOP("CrmLabels", "Meeting"),
    "note": QT_TRANSLATE_NOOP("CrmLabels", "Note"),
    "task": QT_TRANSLATE_NOOP("CrmLabels", "Task"),
    # subjects
    "customer": QT_TRANSLATE_NOOP("CrmLabels", "Customer"),
    "lead": QT_TRANSLATE_NOOP("CrmLabels", "Lead"),
    "deal": QT_TRANSLATE_NOOP("CrmLabels", "Deal"),
    "ticket": QT_TRANSLATE_NOOP("CrmLabels", "Ticket"),
    # contact roles
    "primary": QT_TRANSLATE_NOOP("CrmLabels", "Primary"),
    "billing": QT_TRANSLATE_NOOP("CrmLabels", "Billing"),
    "technical": QT_TRANSLATE_NOOP("CrmLabels", "Technical"),
    "other": QT_TRANSLATE_NOOP("CrmLabels", "Other"),
    # e-mail
    "queued": QT_TRANSLATE_NOOP("CrmLabels", "Queued"),
    "sent": QT_TRANSLATE_NOOP("CrmLabels", "Sent"),
    "failed": QT_TRANSLATE_NOOP("CrmLabels", "Failed"),
    "test": QT_TRANSLATE_NOOP("CrmLabels", "Test"),
    # filters
    "mine": QT_TRANSLATE_NOOP("CrmLabels", "Mine"),
    "overdue": QT_TRANSLATE_NOOP("CrmLabels", "Overdue"),
    "open_tasks": QT_TRANSLATE_NOOP("CrmLabels", "Open tasks"),
    "breached": QT_TRANSLATE_NOOP("CrmLabels", "SLA breached"),
    "ongoing": QT_TRANSLATE_NOOP("CrmLabels", "Ongoing"),
}


# The control room's (Admin page and `cluster status`): a process's kind, a fenced role's kind (the part of its name
# before ':'), and the states of processes, roles and job runs.
NODE_KINDS: Mapping[str, Template] = {
    "console": QT_TRANSLATE_NOOP("ControlRoomPage", "console"),
    "agent": QT_TRANSLATE_NOOP("ControlRoomPage", "agent"),
    "cli": QT_TRANSLATE_NOOP("ControlRoomPage", "command line"),
}

CLUSTER_ROLES: Mapping[str, Template] = {
    "poller": QT_TRANSLATE_NOOP("ControlRoomPage", "Miner polling"),
    "executor": QT_TRANSLATE_NOOP("ControlRoomPage", "Curtailment execution"),
}

CLUSTER_STATES: Mapping[str, Template] = {
    "online": QT_TRANSLATE_NOOP("ControlRoomPage", "online"),
    "gone": QT_TRANSLATE_NOOP("ControlRoomPage", "gone"),
    "stopped": QT_TRANSLATE_NOOP("ControlRoomPage", "stopped"),
    "held": QT_TRANSLATE_NOOP("ControlRoomPage", "held"),
    "expired": QT_TRANSLATE_NOOP("ControlRoomPage", "expired"),
    "released": QT_TRANSLATE_NOOP("ControlRoomPage", "released"),
    "running": QT_TRANSLATE_NOOP("ControlRoomPage", "running"),
    "failed": QT_TRANSLATE_NOOP("ControlRoomPage", "failed"),
    "ok": QT_TRANSLATE_NOOP("ControlRoomPage", "ok"),
}


def cluster_role(kind: str, subject: str) -> Text:
    """'Miner polling · Texas North': a role by what it does and what it is for (a site's name, as typed)."""
    role = CLUSTER_ROLES.get(kind) or kind
    return (
        Text(QT_TRANSLATE_NOOP("ControlRoomPage", "{role} · {subject}"), role=role, subject=subject)
        if subject
        else Text(role)
    )


def label(labels: Mapping[str, Template], code: str) -> str:
    """``code``'s label (English, marked for translation); a code the vocabulary lacks as words, not an identifier."""
    return labels.get(code) or code.replace("_", " ")


def in_sentence(labels: Mapping[str, Template], code: str) -> Text | str:
    """``code``'s label as a parameter of a sentence: lower-case in English, in the reader's language when shown."""
    found = labels.get(code)
    return InSentence(found) if found is not None else code.replace("_", " ")
