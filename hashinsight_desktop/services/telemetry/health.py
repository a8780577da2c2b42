"""A miner's health as the Fleet tab and the alert rules see it: Degraded, commanded, in maintenance.

- **Degraded**: the miner hashes, but with a dead hash board, over its critical chip temperature, or
  below its thresholds' share of the hashrate it should make (nominal, or its curtailment level's).
  A distinct status from ``hashing`` so a sick miner is not shown green.
- **Commanded**: a plan sent the miner away from full power (and has not yet confirmed it back). What the
  screen says follows the plan item's real state and the latest poll (:meth:`Commanded.standing`):
  "curtailed: 75 % by plan Evening peak" only for a miner at its level (or commanded and not yet
  reconciled: "…: pending"); a miner whose command failed or that the poll shows elsewhere is not
  curtailed ("Sleep by plan Peak: not taken"). A curtailed miner's expected hashrate is its level's share.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import (
    CurtailmentItem,
    CurtailmentPlan,
    Miner,
    MinerAnomaly,
    MinerMaintenance,
    MinerState,
)
from hashinsight_desktop.services.cgminer.sample import HASHING, MinerSample
from hashinsight_desktop.services.curtailment.level_commands import level_label
from hashinsight_desktop.services.curtailment.plan_states import ACTIVE
from hashinsight_desktop.services.curtailment.verdicts import Verdict, at_level
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.stored_text import as_text, shown_later
from hashinsight_desktop.services.telemetry.alert_rules import COMMANDED_LEVEL, COMMANDED_SLEEP, AlertThresholds
from hashinsight_desktop.services.telemetry.alert_settings import ThresholdBook, load_thresholds, miners_in_maintenance
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

DEGRADED: Final = "degraded"
HASHING_STATUSES: Final = frozenset({HASHING, DEGRADED})  # a Degraded miner still hashes

# Where a commanded miner stands (:meth:`Commanded.standing`); the first three count as curtailed.
HELD: Final = "held"  # at its level
PENDING: Final = "pending"  # commanded, not yet reconciled
ABOVE: Final = "above"  # took the command (left full power) but draws more than its level
NOT_TAKEN: Final = "not_taken"  # the command failed, or reconciliation never saw it at its level
NOT_AT_LEVEL: Final = "not_at_level"  # confirmed once, but the latest poll shows it elsewhere
CURTAILED_STANDINGS: Final = frozenset({HELD, PENDING, ABOVE})
_SUFFIX: Final = {HELD: "", PENDING: ": pending", ABOVE: ": above its level", NOT_TAKEN: ": not taken"}
_SUFFIX[NOT_AT_LEVEL] = ": not at its level"


@dataclass(frozen=True, slots=True)
class PlannedLevel:
    """A plan item's level and figures, as :func:`verdicts.at_level` judges a poll against them."""

    level: str  # "sleep", a preset
    level_power_w: float
    full_power_w: float
    level_hashrate_ths: float
    full_hashrate_ths: float


@dataclass(frozen=True)
class Commanded:
    """Where a plan sent a miner: ``kind`` is COMMANDED_SLEEP or COMMANDED_LEVEL; ``state`` is its plan
    item's (planned → sending → accepted | failed → confirmed | unconfirmed)."""

    kind: str
    level: str  # as a table shows it: "75 %", "Sleep"
    share: float  # of full hashrate expected at that level
    plan_id: uuid.UUID
    plan_name: str
    state: str = "accepted"
    detail: str | Text | None = None  # the item's last result ("the Avalon refused sleep: ..."); English by str()
    planned: PlannedLevel | None = None  # None: nothing to judge a poll against (then: by its state)

    def standing(self, status: str | None, power_w: float | None, hashrate_ths: float | None) -> str:
        """Where the miner stands against its level: its item's state, checked against the latest poll
        (None: never polled) with the executor's own verdict."""
        if self.state == "failed":
            return NOT_TAKEN
        verdict = Verdict.NO_ANSWER
        if status is not None and self.planned is not None:
            verdict = at_level(self.planned, MinerSample(status, hashrate_ths or 0.0, power_w=power_w))
        if verdict == Verdict.CONFIRMED:
            return HELD
        if self.state in ("sending", "accepted"):
            return PENDING  # reconciliation has not judged it yet
        if verdict == Verdict.OVER:
            return ABOVE
        if self.state == "confirmed":
            return HELD if verdict == Verdict.NO_ANSWER else NOT_AT_LEVEL  # a slept miner may not answer
        return NOT_TAKEN

    def describe(self, standing: str) -> str:
        text = f"{self.level} by plan {self.plan_name}{_SUFFIX[standing]}"
        return f"curtailed: {text}" if standing in CURTAILED_STANDINGS else text


def commanded_miners(session: Session, site_id: uuid.UUID | None = None) -> dict[uuid.UUID, Commanded]:
    """Miners an active plan sent away from full power and has not yet confirmed back (a miner in two
    plans: the newer plan's item), whatever their command's result: see :meth:`Commanded.standing`."""
    item = CurtailmentItem
    query = (
        select(
            item.miner_id,
            item.level,
            item.power_pct,
            item.level_power_w,
            item.level_hashrate_ths,
            item.full_hashrate_ths,
            CurtailmentPlan.id,
            CurtailmentPlan.name,
            item.state,
            item.detail,
            item.detail_text,
            item.full_power_w,
        )
        .join(CurtailmentPlan, CurtailmentPlan.id == item.plan_id)
        .where(
            CurtailmentPlan.state.in_([s.value for s in ACTIVE]),
            item.miner_id.is_not(None),
            item.state != "planned",
            func.coalesce(item.recovery_state, "") != "confirmed",
        )
        .order_by(CurtailmentPlan.created_at)
    )
    if site_id is not None:
        query = query.where(CurtailmentPlan.site_id == site_id)
    found: dict[uuid.UUID, Commanded] = {}
    for values in session.execute(query):
        miner_id, level, pct, level_w, level_ths, full_ths, plan_id, plan_name, state, english, stored, full_w = values
        detail = None if english is None else as_text(english, stored)
        if miner_id is None:
            continue
        sleep = level == "sleep"
        share = 0.0 if sleep else (min(1.0, level_ths / full_ths) if full_ths > 0 else 1.0)
        kind = COMMANDED_SLEEP if sleep else COMMANDED_LEVEL
        planned = PlannedLevel(level, level_w, full_w, level_ths, full_ths)
        found[miner_id] = Commanded(
            kind, level_label(level, pct, level_w), share, plan_id, plan_name, state, detail, planned
        )
    return found


def degraded_reason(
    *,
    status: str,
    hashrate_ths: float | None,
    expected_ths: float | None,
    boards_total: int | None,
    boards_dead: int | None,
    max_chip_temp_c: float | None,
    thresholds: AlertThresholds,
) -> Text | None:
    """Why a hashing miner is Degraded (None: it is not): every reason, "; "-joined."""
    if status != HASHING:
        return None
    reasons: list[Text] = []
    if boards_dead and boards_total:
        dead = QT_TRANSLATE_NOOP("Health", "{dead} of {total} hash boards dead")
        reasons.append(Text(dead, dead=boards_dead, total=boards_total))
    if max_chip_temp_c is not None and max_chip_temp_c >= thresholds.temp_critical_c:
        hot = QT_TRANSLATE_NOOP("Health", "chip {temp:g} °C (limit {limit:g} °C)")
        reasons.append(Text(hot, temp=max_chip_temp_c, limit=thresholds.temp_critical_c))
    if expected_ths and hashrate_ths is not None and hashrate_ths < expected_ths * thresholds.hashrate_min_pct / 100:
        slow = QT_TRANSLATE_NOOP("Health", "{pct:.0f}% of the {expected:,.1f} TH/s expected")
        reasons.append(Text(slow, pct=100 * hashrate_ths / expected_ths, expected=expected_ths))
    return Joined(QT_TRANSLATE_NOOP("Health", "; "), reasons) if reasons else None


@dataclass(frozen=True, slots=True)
class MinerHealth:
    """What the Fleet tab shows of a miner's health beside its row."""

    boards_total: int | None = None
    boards_dead: int | None = None
    uptime_s: int | None = None
    hw_errors: int | None = None
    rejected_pct: float | None = None
    power_limit_w: float | None = None
    degraded: Text | None = None  # why it is Degraded (None: it is not)
    curtailment: str | None = None  # "curtailed: 75 % by plan Evening peak", "Sleep by plan Peak: not taken"
    maintenance: Text | None = None  # "maintenance until 12 Dec 14:00 (ops: new fans)"
    plan_name: str | None = None  # the curtailment plan that sent it away from full power
    curtailed: bool = False  # that plan holds it (at its level, or pending): counted as curtailed
    curtailment_detail: str | Text | None = None  # its command's last result (why it was not taken)
    firmware_reported: str | None = None  # what the miner's latest poll says it runs ("bmminer 1.0.0")
    anomaly_score: float | None = None  # the anomaly job's latest score (None: not scored, or suppressed)
    anomaly: str | Text | None = None  # why it scores that, or why it was not judged ("curtailed")


def fleet_health(session: Session, rows: Sequence[MinerRow], now: datetime) -> dict[uuid.UUID, MinerHealth]:
    """Each listed miner's health (rows as :func:`list_miners` gave them)."""
    book: ThresholdBook = load_thresholds(session)
    commanded = commanded_miners(session)
    maintenance = miners_in_maintenance(session, now)
    polled = _polled_health(session)
    as_key = _raw_key(polled)
    found = {}
    for row in rows:
        model_id, total, dead, uptime, errors, rejected, limit, firmware, score, anomaly, said, why = polled.get(
            as_key(row.id), _NOTHING_POLLED
        )
        command = commanded.get(row.id)
        standing = command.standing(row.status, row.power_w, row.hashrate_ths) if command else None
        held = standing in CURTAILED_STANDINGS
        expected = row.nominal_ths * command.share if command and held and row.nominal_ths else row.nominal_ths
        reason = degraded_reason(
            status=row.status,
            hashrate_ths=row.hashrate_ths,
            expected_ths=expected,
            boards_total=total,
            boards_dead=dead,
            max_chip_temp_c=row.max_chip_temp_c,
            thresholds=book.for_miner(row.site_id, model_id),
        )
        paused = maintenance.get(row.id)
        found[row.id] = MinerHealth(
            total,
            dead,
            uptime,
            errors,
            rejected,
            limit,
            reason,
            command.describe(standing) if command and standing else None,
            describe_maintenance(paused) if paused else None,
            command.plan_name if command else None,
            held,
            command.detail if command else None,
            firmware,
            score,
            shown_later(anomaly, said) or (Text(_NOT_JUDGED, why=why) if why else None),
        )
    return found


_NOTHING_POLLED: Final = (None,) * 12
_NOT_JUDGED: Final = QT_TRANSLATE_NOOP("Health", "not judged: {why}")  # curtailed, asleep, maintenance


def _polled_health(session: Session) -> dict[Any, tuple[Any, ...]]:
    """Per miner (keyed by the driver's raw id: decoding 20,000 UUIDs took 0.26 s of 0.55 s on SQLite):
    its model, the health columns of its state and its anomaly score."""
    s = MinerState
    models: dict[Any, uuid.UUID | None] = {None: None}
    query = select(
        type_coerce(s.miner_id, String), type_coerce(Miner.model_id, String), s.boards_total, s.boards_dead,
        s.uptime_s, s.hw_errors, s.rejected_pct, s.power_limit_w, s.firmware_reported,
        MinerAnomaly.score, MinerAnomaly.reason, type_coerce(MinerAnomaly.reason_text, String), MinerAnomaly.suppressed,
    ).join(Miner, Miner.id == s.miner_id).outerjoin(MinerAnomaly, MinerAnomaly.miner_id == s.miner_id)  # fmt: skip
    found = {}
    for raw_id, raw_model, *rest in session.connection().execute(query):
        model = models.get(raw_model)
        if model is None and raw_model is not None:
            model = models[raw_model] = raw_model if isinstance(raw_model, uuid.UUID) else uuid.UUID(raw_model)
        found[raw_id] = (model, *rest)
    return found


def _raw_key(polled: dict[Any, tuple[Any, ...]]) -> Callable[[uuid.UUID], Any]:
    """How a miner's id looks as the driver returned it (SQLite: 32 hex digits; PostgreSQL: a UUID)."""
    sample = next(iter(polled), None)
    if isinstance(sample, str):
        return (lambda miner_id: miner_id.hex) if len(sample) == 32 else str
    return lambda miner_id: miner_id


def describe_maintenance(held: MinerMaintenance) -> Text:
    if held.until is not None:
        template = (
            QT_TRANSLATE_NOOP(
                "Health",
                "maintenance until {until:%Y-%m-%d %H:%M} UTC (set by {who} at {since:%Y-%m-%d %H:%M} UTC: {note})",
            )
            if held.note
            else QT_TRANSLATE_NOOP(
                "Health", "maintenance until {until:%Y-%m-%d %H:%M} UTC (set by {who} at {since:%Y-%m-%d %H:%M} UTC)"
            )
        )
        return Text(template, until=held.until, who=held.set_by, since=held.since, note=held.note)
    template = (
        QT_TRANSLATE_NOOP("Health", "maintenance until ended (set by {who} at {since:%Y-%m-%d %H:%M} UTC: {note})")
        if held.note
        else QT_TRANSLATE_NOOP("Health", "maintenance until ended (set by {who} at {since:%Y-%m-%d %H:%M} UTC)")
    )
    return Text(template, who=held.set_by, since=held.since, note=held.note)


def with_degraded(rows: Sequence[MinerRow], health: dict[uuid.UUID, MinerHealth]) -> list[MinerRow]:
    """The rows, Degraded ones with that status (only those are copied: 10,000 copies cost 70 ms)."""
    result = []
    for row in rows:
        h = health.get(row.id)
        result.append(replace(row, status=DEGRADED) if h is not None and h.degraded else row)
    return result
