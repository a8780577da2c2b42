"""The anomaly job: every miner's score from the last day of 5-minute roll-ups, stored for the Fleet tab and
raised as ``anomaly`` alerts.

It runs on the periodic-job ticks (once per tick across a control room, after the roll-ups), not in the
Fleet tab's refresh: a day of 5-minute roll-ups for 10,000 miners is 2.9 million rows, seconds of database
time that every console would otherwise repeat on every change; the tab reads the 10,000 stored scores
with the miners' states instead (one join, no extra round trip).

Suppression (see :mod:`services.analytics.anomalies`): a bucket is left out of a miner's baseline when any
of its time was sleeping or curtailed (or, on roll-ups without the status columns, when it hashed nothing);
a miner is not scored at all while a plan holds it (curtailed), it sleeps, or it is under maintenance — its
open anomaly alert is then neither raised nor cleared, like every other alert of such a miner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

import numpy as np
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Miner, MinerAnomaly, MinerModel, MinerState, TelemetryRollup
from hashinsight_desktop.services.analytics.anomalies import ANOMALY_SCORE, CRITICAL_SCORE, score_fleet
from hashinsight_desktop.services.cgminer.sample import SLEEPING
from hashinsight_desktop.services.stored_text import to_stored
from hashinsight_desktop.services.telemetry.alert_rules import (
    ANOMALY,
    CRITICAL,
    WARNING,
    AlertCondition,
    AlertThresholds,
    MinerAlerts,
    apply_alert_batch,
)
from hashinsight_desktop.services.telemetry.alert_settings import miners_in_maintenance
from hashinsight_desktop.services.telemetry.health import CURTAILED_STANDINGS, commanded_miners
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

WINDOW: Final = timedelta(hours=24)
BUCKET_S: Final = 300
HYSTERESIS: Final = 1.0  # an open anomaly alert holds until the score is this far below ANOMALY_SCORE
CURTAILED: Final = "curtailed"
ASLEEP: Final = "asleep"
MAINTENANCE: Final = "maintenance"


@dataclass(frozen=True)
class AnomalyRun:
    scored: int  # miners with a score
    anomalous: int  # at or above ANOMALY_SCORE
    suppressed: int
    raised: int
    cleared: int


def _suppressed_now(session: Session, now: datetime) -> dict[uuid.UUID, str]:
    """Why each miner is not judged now: in maintenance, held by a curtailment plan, or asleep."""
    why: dict[uuid.UUID, str] = {}
    query = select(MinerState.miner_id, MinerState.status, MinerState.power_w, MinerState.hashrate_ths)
    states: dict[uuid.UUID, tuple[str | None, float | None, float | None]] = {
        m: (status, power, hashrate) for m, status, power, hashrate in session.execute(query)
    }
    for miner_id, (status, _power, _hashrate) in states.items():
        if status in (SLEEPING, CURTAILED):
            why[miner_id] = CURTAILED if status == CURTAILED else ASLEEP
    for miner_id, command in commanded_miners(session).items():
        status, power, hashrate = states.get(miner_id, (None, None, None))
        if command.standing(status, power, hashrate) in CURTAILED_STANDINGS:
            why[miner_id] = CURTAILED
    for miner_id in miners_in_maintenance(session, now):
        why[miner_id] = MAINTENANCE
    return why


def score_anomalies(session: Session, now: datetime, *, window: timedelta = WINDOW) -> AnomalyRun:
    """Score every miner over the ``window`` before ``now``, store the scores and open, hold or clear their
    anomaly alerts, in the caller's transaction."""
    miners = session.execute(
        select(Miner.id, Miner.site_id, MinerModel.hashrate_ths, MinerModel.power_w).outerjoin(
            MinerModel, MinerModel.id == Miner.model_id
        )
    ).all()
    n, t = len(miners), int(window.total_seconds()) // BUCKET_S
    if n == 0:
        return AnomalyRun(0, 0, 0, 0, 0)
    position = {row[0]: i for i, row in enumerate(miners)}
    start = now - window
    hashrate, temp, power = (np.full((n, t), np.nan) for _ in range(3))
    excluded = np.zeros((n, t), bool)
    r = TelemetryRollup
    query = select(
        r.miner_id, r.bucket_start, r.hashrate_ths_avg, r.max_chip_temp_c, r.power_w_avg, r.online_samples,
        r.hashing_us, r.sleeping_us, r.curtailed_us,
    ).where(r.resolution_s == BUCKET_S, r.bucket_start >= start, r.bucket_start < now)  # fmt: skip
    for miner_id, bucket, ths, chip, watts, online, hashing_us, sleeping_us, curtailed_us in session.execute(query):
        i = position.get(miner_id)
        j = int((bucket - start).total_seconds()) // BUCKET_S
        if i is None or not 0 <= j < t or not online:
            continue  # no answer in that bucket: a missing reading
        hashrate[i, j], temp[i, j], power[i, j] = ths if ths is not None else np.nan, chip, watts
        if hashing_us is None:  # rolled up before the status columns: a bucket that hashed nothing slept
            excluded[i, j] = not ths
        else:
            excluded[i, j] = bool((sleeping_us or 0) + (curtailed_us or 0))
    why = _suppressed_now(session, now)
    suppressed = np.array([row[0] in why for row in miners])
    nominal_ths = np.array([row[2] if row[2] else np.nan for row in miners], dtype=np.float64)
    nominal_w = np.array([row[3] if row[3] else np.nan for row in miners], dtype=np.float64)
    scores = score_fleet(
        hashrate,
        temp,
        power,
        excluded=excluded,
        suppressed_now=suppressed,
        nominal_ths=nominal_ths,
        nominal_w=nominal_w,
    )
    stored, evaluations = [], []
    for i, (miner_id, site_id, _ths, _w) in enumerate(miners):
        score = float(scores.score[i])
        judged = not np.isnan(score)
        reason = scores.reason(i)
        stored.append(
            {
                "miner_id": miner_id,
                "scored_at": now,
                "score": score if judged else None,
                "reason": str(reason)[:200] or None,
                "reason_text": to_stored(reason),
                "suppressed": why.get(miner_id),
            }
        )
        if judged:
            evaluations.append(MinerAlerts(miner_id, site_id, _conditions(score, reason), {ANOMALY}, _HOLD_S))
    session.execute(delete(MinerAnomaly))
    session.execute(insert(MinerAnomaly), stored)
    changes = apply_alert_batch(session, evaluations, now)
    judged_scores = scores.score[~np.isnan(scores.score)]
    return AnomalyRun(
        int(judged_scores.size),
        int(np.sum(judged_scores >= ANOMALY_SCORE)),
        int(suppressed.sum()),
        len(changes.raised),
        len(changes.cleared),
    )


_HOLD_S: Final = AlertThresholds().hold_s


def _conditions(score: float, reason: str | Text) -> set[AlertCondition]:
    """The anomaly condition a score makes: warning at ANOMALY_SCORE, critical at CRITICAL_SCORE, and within
    HYSTERESIS below it a condition that only keeps an open alert."""
    if score < ANOMALY_SCORE - HYSTERESIS:
        return set()
    severity = CRITICAL if score >= CRITICAL_SCORE else WARNING
    message = Text(QT_TRANSLATE_NOOP("Alerts", "anomaly: {reason}"), reason=reason)
    return {AlertCondition(ANOMALY, severity, message, sustain_only=score < ANOMALY_SCORE)}
