"""Stages, statuses, kinds and priorities as the CRM shows them (the services' words are keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.code_labels import CRM, label

_LABELS = CRM  # the services quote them in audit summaries too


def stage_label(key: str | None) -> str:
    """Any of the words above as shown; an unknown key in words."""
    if not key:
        return ""
    return QCoreApplication.translate("CrmLabels", label(_LABELS, key))  # QT_TRANSLATE_NOOP in code_labels


def choices(keys: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """(key, English label) pairs for a filter or a combo; the label is translated where it is shown."""
    return [(key, _LABELS.get(key, key)) for key in keys]
