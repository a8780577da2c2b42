"""What an agent tells every console through the outbox (the one channel between processes) beyond the
rows it writes: each end of a curtailment run, for the consoles' desktop notifications. (Poll cycles travel
as the poller's own ``telemetry.written`` events.) The agent prints the same line on its stdout, which the
console that started it keeps in its log. A report is not the record: the plan's rows are, so a report lost
with the database is only a notification missed."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services import outbox
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.stored_text import as_text, to_stored
from hashinsight_desktop.services.texts import Text
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.curtailment_runner import RunOutcome

log = logging.getLogger(__name__)

OUTCOME_TOPIC = "curtailment.run_outcome"


def outcome_reporter(
    session_factory: sessionmaker[Session], echo: Callable[[str], None]
) -> Callable[[RunOutcome], None]:
    """The agent's runner's ``on_outcome``."""

    def report(outcome: RunOutcome) -> None:
        payload = outcome_payload(outcome)
        echo(f"curtailment {outcome.kind} of plan {str(outcome.plan_id)[:8]}: {payload['summary'] or payload['error']}")
        _publish(session_factory, OUTCOME_TOPIC, "curtailment_plan", outcome.plan_id, payload)

    return report


def outcome_payload(outcome: RunOutcome) -> dict[str, Any]:
    """What the agent publishes of a run's end: each sentence in English and as its text (template and figures),
    so the console says it in its own language."""
    summary = outcome.report.describe() if outcome.report is not None else outcome.summary
    return {
        "kind": outcome.kind,
        "automatic": outcome.automatic,
        "summary": None if summary is None else str(summary),
        "summary_text": to_stored(summary),
        "error": None if outcome.error is None else str(outcome.error),
        "error_text": to_stored(outcome.error),
        "error_kind": outcome.error_kind,
    }


def outcome_from_event(entity_id: str, payload: dict[str, Any]) -> RunOutcome:
    """The :class:`RunOutcome` an agent published (its report travels as its one-line summary)."""
    return RunOutcome(
        uuid.UUID(entity_id),
        str(payload.get("kind")),
        bool(payload.get("automatic")),
        error=_said(payload.get("error"), payload.get("error_text")),
        error_kind=payload.get("error_kind"),
        summary=_said(payload.get("summary"), payload.get("summary_text")),
    )


def _said(english: Any, stored: Any) -> str | Text | None:
    """A sentence of the payload: its text when the agent sent one (an older agent: its English)."""
    if not isinstance(english, str):
        return None
    return as_text(english, stored if isinstance(stored, dict) else None)


def _publish(
    session_factory: sessionmaker[Session], topic: str, entity_type: str, entity_id: object, payload: dict[str, Any]
) -> None:
    try:
        with unit_of_work(session_factory) as session:
            outbox.emit(session, topic, entity_type, entity_id, payload)
    except Exception:  # the record is elsewhere (samples, the plan's rows): only the notification is lost
        log.exception("the agent's %s report was not published", topic)


def handle_reports(rows: list[OutboxRow], on_outcome: Callable[[RunOutcome], None]) -> None:
    """A console's side: the run outcomes among the rows its outbox listener read, to ``on_outcome``."""
    for row in rows:
        if row.topic != OUTCOME_TOPIC:
            continue
        try:
            outcome = outcome_from_event(row.entity_id, row.payload)
        except (KeyError, TypeError, ValueError):  # an agent of another version: its report is skipped
            log.warning("an agent's run outcome could not be read: %r", row.payload)
            continue
        on_outcome(outcome)
