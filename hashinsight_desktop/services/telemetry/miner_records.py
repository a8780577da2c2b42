"""What the miner detail shows beside its charts: its hash boards as last polled, its open and past
alerts, and the commands sent to it (bulk actions, single commands and curtailment plans alike: all
are in the operation log) with their results. Scoped like the miners list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, CurtailmentPlan, Miner, MinerModel, MinerState, OperationLogEntry
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.stored_text import Stored, as_text
from hashinsight_desktop.services.telemetry.alert_list import AlertMessages
from hashinsight_desktop.services.telemetry.alert_settings import load_thresholds, miners_in_maintenance
from hashinsight_desktop.services.telemetry.health import (
    CURTAILED_STANDINGS,
    Commanded,
    commanded_miners,
    degraded_reason,
    describe_maintenance,
)
from hashinsight_desktop.services.telemetry.series import check_miner_visible
from hashinsight_desktop.services.texts import Text

RECORDS_LIMIT = 200  # newest first; older ones are in the audit log and the curtailment history


@dataclass(frozen=True)
class BoardReading:
    number: int  # from 1, as the miner's chains are numbered
    hashrate_ths: float | None
    chips: int | None
    chip_temp_c: float | None

    @property
    def dead(self) -> bool:
        return not self.hashrate_ths or self.chips == 0


@dataclass(frozen=True)
class AlertRecord(AlertMessages):
    kind: str
    severity: str
    message: str
    current_message: str | None
    raised_at: datetime
    cleared_at: datetime | None
    acknowledged_by: str | None
    acknowledged_note: str | None
    message_text: Stored | None = None
    current_message_text: Stored | None = None


@dataclass(frozen=True)
class CommandRecord:
    requested_at: datetime
    actor: str
    command: str
    parameter: str | None
    outcome: str
    detail: str | Text | None  # a text when its template was kept (the reader's language); else English
    plan: str | None  # the curtailment plan it was sent for


@dataclass(frozen=True)
class MinerRecords:
    boards: list[BoardReading]
    polled_at: datetime | None
    alerts: list[AlertRecord]  # open first, then past; newest first in each
    commands: list[CommandRecord]
    maintenance: Text | None
    degraded: Text | None = None  # why it is Degraded (None: it is not)
    curtailment: str | None = None  # "curtailed: 75 % by plan Evening peak"


def _boards(raw: list[dict[str, Any]] | None) -> list[BoardReading]:
    boards = []
    for number, board in enumerate(raw or [], start=1):
        if isinstance(board, dict):
            boards.append(BoardReading(number, board.get("hashrate_ths"), board.get("chips"), board.get("chip_temp_c")))
    return boards


def miner_records(session: Session, principal: Principal, miner_id: uuid.UUID, now: datetime) -> MinerRecords:
    check_miner_visible(session, principal, miner_id)  # another customer's or site's: "not found" like a missing one
    miner = session.get_one(Miner, miner_id)
    state = session.get(MinerState, miner_id)
    alerts = [
        AlertRecord(
            a.kind,
            a.severity,
            a.message,
            a.current_message,
            a.raised_at,
            a.cleared_at,
            a.acknowledged_by,
            a.acknowledged_note,
            a.message_text,
            a.current_message_text,
        )
        for a in session.scalars(
            select(Alert)
            .where(Alert.miner_id == miner_id)
            .order_by(Alert.cleared_at.is_not(None), Alert.raised_at.desc())
            .limit(RECORDS_LIMIT)
        )
    ]
    log = OperationLogEntry
    commands = [
        CommandRecord(
            e.requested_at,
            e.actor,
            e.command,
            e.parameter,
            e.outcome,
            None if e.detail is None else as_text(e.detail, e.detail_text),
            plan,
        )
        for e, plan in session.execute(
            select(log, CurtailmentPlan.name)
            .outerjoin(CurtailmentPlan, CurtailmentPlan.id == log.plan_id)
            .where(log.miner_id == miner_id)
            .order_by(log.requested_at.desc())
            .limit(RECORDS_LIMIT)
        )
    ]
    held = miners_in_maintenance(session, now).get(miner_id)
    command = commanded_miners(session, miner.site_id).get(miner_id)
    nominal = session.scalar(select(MinerModel.hashrate_ths).where(MinerModel.id == miner.model_id))
    reason = None
    if state is not None:
        reason = degraded_reason(
            status=state.status,
            hashrate_ths=state.hashrate_ths,
            expected_ths=nominal * command.share if nominal and command and _held(command, state) else nominal,
            boards_total=state.boards_total,
            boards_dead=state.boards_dead,
            max_chip_temp_c=state.max_chip_temp_c,
            thresholds=load_thresholds(session).for_miner(miner.site_id, miner.model_id),
        )
    return MinerRecords(
        _boards(state.boards if state else None),
        state.polled_at if state else None,
        alerts,
        commands,
        describe_maintenance(held) if held else None,
        reason,
        _describe(command, state),
    )


def _held(command: Commanded, state: MinerState) -> bool:
    return command.standing(state.status, state.power_w, state.hashrate_ths) in CURTAILED_STANDINGS


def _describe(command: Commanded | None, state: MinerState | None) -> str | None:
    """Where a plan's command left the miner, by its item's state and the latest poll."""
    if command is None:
        return None
    standing = command.standing(*((state.status, state.power_w, state.hashrate_ths) if state else (None, None, None)))
    return command.describe(standing)
