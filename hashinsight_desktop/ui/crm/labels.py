"""Stages, statuses, kinds and priorities as the CRM shows them (the services' words are keys)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
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


def stage_label(key: str | None) -> str:
    """Any of the words above as shown; an unknown key as it is."""
    if not key:
        return ""
    text = _LABELS.get(key)
    return QCoreApplication.translate("CrmLabels", text) if text else key  # QT_TRANSLATE_NOOP above


def choices(keys: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """(key, English label) pairs for a filter or a combo; the label is translated where it is shown."""
    return [(key, _LABELS.get(key, key)) for key in keys]
