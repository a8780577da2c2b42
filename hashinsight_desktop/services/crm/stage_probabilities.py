"""How likely a deal in each stage is to be won: the board's weighted value. Open stages are edited (a table in
the CRM tab); completed is 100 % and lost 0 % by definition. Seeded by schema 0018."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import DealStageProbability
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.crm import stages
from hashinsight_desktop.services.crm.stages import DEAL_STAGES
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import decimal_in_range

SEE = "see the sales pipeline"


def by_stage(session: Session) -> dict[str, Decimal]:
    return {row.stage: row.probability_pct for row in session.scalars(select(DealStageProbability))}


@dataclass(frozen=True)
class StageProbability:
    stage: str
    probability_pct: Decimal
    version: int
    editable: bool  # open stages; completed is 100 % and lost 0 % by definition


def list_stage_probabilities(session: Session, principal: Principal) -> list[StageProbability]:
    require(principal, Permission.CUSTOMERS_MANAGE, SEE)
    rows = {row.stage: row for row in session.scalars(select(DealStageProbability))}
    return [
        StageProbability(stage, rows[stage].probability_pct, rows[stage].version, stage in stages.DEAL_OPEN)
        for stage in DEAL_STAGES
        if stage in rows
    ]


def set_stage_probability(
    session: Session,
    principal: Principal,
    stage: str,
    probability_pct: object,
    *,
    expected_version: int | None,
    clock: Clock = system_clock,
) -> StageProbability:
    """Change how likely a deal in an open stage is to be won (the board's weighted value)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "edit stage probabilities")
    if stage not in stages.DEAL_OPEN:
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{stage!r}: only an open stage's probability is edited ({value})"),
                stage=stage,
                value=", ".join(stages.DEAL_OPEN),
            ),
        )
    row = session.get(DealStageProbability, stage)
    if row is None:
        raise ValidationError(
            "stage", Text(QT_TRANSLATE_NOOP("Errors", "{stage!r} has no probability row"), stage=stage)
        )
    check_version("stage probability", row.version, expected_version)
    before = {"probability_pct": str(row.probability_pct)}
    row.probability_pct = decimal_in_range("probability_pct", probability_pct, Decimal(0), Decimal(100), places=2)
    flush(session, "stage probability")
    after = {"probability_pct": str(row.probability_pct)}
    if after != before:
        summary = Text(
            QT_TRANSLATE_NOOP("Audit", "deal stage {stage}: probability {before} % → {after} %"),
            stage=stage,
            before=before["probability_pct"],
            after=after["probability_pct"],
        )
        audit.append(
            session,
            principal,
            "deal_stage_probability.update",
            "deal_stage_probability",
            stage,
            before=before,
            after=after,
            summary=summary,
            clock=clock,
        )
    return StageProbability(stage, row.probability_pct, row.version, True)
