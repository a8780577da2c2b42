"""The names of the records a conflict or a missing row names ("This {entity} was changed by someone else …",
"That {entity} does not exist …", "another {entity} already uses this value"), in the reader's language: each name
the services pass as plain English is marked here once (tests/services/test_entity_names.py fails on one missing)."""

from __future__ import annotations

from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Template

_NAMES = (
    QT_TRANSLATE_NOOP("Errors", "SLA policy"),
    QT_TRANSLATE_NOOP("Errors", "activity"),
    QT_TRANSLATE_NOOP("Errors", "alert"),
    QT_TRANSLATE_NOOP("Errors", "asset"),
    QT_TRANSLATE_NOOP("Errors", "billing"),
    QT_TRANSLATE_NOOP("Errors", "business calendar"),
    QT_TRANSLATE_NOOP("Errors", "calculation"),
    QT_TRANSLATE_NOOP("Errors", "contract"),
    QT_TRANSLATE_NOOP("Errors", "credit note"),
    QT_TRANSLATE_NOOP("Errors", "curtailment item"),
    QT_TRANSLATE_NOOP("Errors", "curtailment plan"),
    QT_TRANSLATE_NOOP("Errors", "customer"),
    QT_TRANSLATE_NOOP("Errors", "dead letter"),
    QT_TRANSLATE_NOOP("Errors", "deal"),
    QT_TRANSLATE_NOOP("Errors", "import"),
    QT_TRANSLATE_NOOP("Errors", "incident"),
    QT_TRANSLATE_NOOP("Errors", "invoice"),
    QT_TRANSLATE_NOOP("Errors", "job tick"),
    QT_TRANSLATE_NOOP("Errors", "lead"),
    QT_TRANSLATE_NOOP("Errors", "manual market values"),
    QT_TRANSLATE_NOOP("Errors", "market history"),
    QT_TRANSLATE_NOOP("Errors", "market snapshot"),
    QT_TRANSLATE_NOOP("Errors", "miner"),
    QT_TRANSLATE_NOOP("Errors", "miner model"),
    QT_TRANSLATE_NOOP("Errors", "notification"),
    QT_TRANSLATE_NOOP("Errors", "notification channel"),
    QT_TRANSLATE_NOOP("Errors", "notification rule"),
    QT_TRANSLATE_NOOP("Errors", "outbox event"),
    QT_TRANSLATE_NOOP("Errors", "payment"),
    QT_TRANSLATE_NOOP("Errors", "record"),
    QT_TRANSLATE_NOOP("Errors", "site"),
    QT_TRANSLATE_NOOP("Errors", "sla report"),
    QT_TRANSLATE_NOOP("Errors", "stage probability"),
    QT_TRANSLATE_NOOP("Errors", "ticket"),
    QT_TRANSLATE_NOOP("Errors", "user"),
)
ENTITIES: dict[str, Template] = {str(name): name for name in _NAMES}


def entity_text(entity: str) -> str:
    """The record's name as a translatable text when it is a known one (else as it is)."""
    return entity if isinstance(entity, Template) else ENTITIES.get(entity, entity)
