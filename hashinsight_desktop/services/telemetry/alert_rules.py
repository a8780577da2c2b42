"""Alert rules over one miner's latest reading, and the alert records they open and clear.

:func:`evaluate` is pure: a reading (a :class:`MinerSample` or a stored :class:`MinerState`), the
miner's nominal hashrate from the catalogue and its count of failed polls in a row give the set of
conditions that hold now. :func:`apply_alerts` turns that into alert rows: a new condition opens an
alert, one already open is left alone (no duplicates, no rewrite every poll), one that went away is
cleared — each raise and clear with an outbox event in the same transaction.

A reading only settles the kinds it can see: an unanswered poll says nothing about temperature or
pool, so :func:`checked_kinds` limits what may be cleared (an over-temperature alert is not cleared
because the miner stopped answering).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, MinerState
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, SLEEPING, MinerSample
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound
from hashinsight_desktop.services.permissions import Permission, Principal, require_site

OVER_TEMPERATURE: Final = "over_temperature"
OFFLINE_ALERT: Final = "offline"
HASHRATE_DROP: Final = "hashrate_drop"
DEAD_BOARD: Final = "dead_board"
POOL_DOWN: Final = "pool_down"
ALERT_KINDS: Final = frozenset({OVER_TEMPERATURE, OFFLINE_ALERT, HASHRATE_DROP, DEAD_BOARD, POOL_DOWN})

WARNING: Final = "warning"
CRITICAL: Final = "critical"
_RANK = {WARNING: 1, CRITICAL: 2}
_IN_CHUNK = 1000


@dataclass(frozen=True)
class AlertThresholds:
    temp_warning_c: float = 85.0
    temp_critical_c: float = 95.0
    offline_after_failures: int = 3  # failed polls in a row
    hashrate_min_pct: float = 80.0  # of the catalogue's nominal hashrate
    starting_grace_s: int = 300  # a miner up for less than this is not yet expected to hash


DEFAULT_THRESHOLDS = AlertThresholds()


@dataclass(frozen=True)
class AlertCondition:
    kind: str
    severity: str
    message: str


def failed_poll(sample: MinerSample) -> bool:
    """No usable answer (refused, hung, unreadable): what counts towards the offline alert."""
    return sample.status == OFFLINE or (sample.status == ERROR and sample.dialect is None)


def dead_board_count(sample: MinerSample) -> int:
    """Boards with no hashrate or no chips (a board that reports neither counts once)."""
    return sum(1 for b in sample.boards if b.hashrate_ths <= 0 or b.chips == 0)


@dataclass(frozen=True)
class _Reading:
    status: str
    answered: bool
    hashrate_ths: float | None
    max_chip_temp_c: float | None
    boards_total: int
    boards_dead: int
    pool_url: str | None
    pool_alive: bool | None
    uptime_s: int | None
    error: str | None


def _reading(source: MinerSample | MinerState) -> _Reading:
    if isinstance(source, MinerSample):
        return _Reading(
            source.status,
            not failed_poll(source),
            source.hashrate_ths,
            source.max_chip_temp_c,
            len(source.boards),
            dead_board_count(source),
            source.pool_url,
            getattr(source, "pool_alive", None),  # used once the client reports pool status
            source.uptime_s,
            source.error,
        )
    answered = source.status != OFFLINE and source.consecutive_failures == 0
    return _Reading(
        source.status,
        answered,
        source.hashrate_ths,
        source.max_chip_temp_c,
        source.boards_total or 0,
        source.boards_dead or 0,
        source.pool_url,
        None,
        source.uptime_s,
        source.error,
    )


def checked_kinds(
    source: MinerSample | MinerState, *, consecutive_failures: int, thresholds: AlertThresholds = DEFAULT_THRESHOLDS
) -> frozenset[str]:
    """The kinds this reading settles either way (only these may be cleared)."""
    if _reading(source).answered:
        return ALERT_KINDS
    return frozenset({OFFLINE_ALERT}) if consecutive_failures >= thresholds.offline_after_failures else frozenset()


def evaluate(
    source: MinerSample | MinerState,
    *,
    nominal_hashrate_ths: float | None,
    consecutive_failures: int,
    thresholds: AlertThresholds = DEFAULT_THRESHOLDS,
) -> set[AlertCondition]:
    """The conditions that hold for this reading (at most one per kind)."""
    r, t = _reading(source), thresholds
    found: set[AlertCondition] = set()
    if not r.answered:
        if consecutive_failures >= t.offline_after_failures:
            reason = f": {r.error}" if r.error else ""
            found.add(AlertCondition(OFFLINE_ALERT, CRITICAL, f"no answer to {consecutive_failures} polls{reason}"))
        return found
    temp = r.max_chip_temp_c
    if temp is not None and temp >= t.temp_warning_c:
        severity = CRITICAL if temp >= t.temp_critical_c else WARNING
        limit = t.temp_critical_c if severity == CRITICAL else t.temp_warning_c
        found.add(AlertCondition(OVER_TEMPERATURE, severity, f"chip temperature {temp:g} °C (limit {limit:g} °C)"))
    starting = r.uptime_s is not None and r.uptime_s < t.starting_grace_s
    hashrate = r.hashrate_ths or 0.0
    if r.status == HASHING and nominal_hashrate_ths and hashrate < nominal_hashrate_ths * t.hashrate_min_pct / 100:
        pct = 100 * hashrate / nominal_hashrate_ths
        found.add(
            AlertCondition(
                HASHRATE_DROP,
                WARNING,
                f"hashrate {hashrate:.1f} TH/s is {pct:.0f}% of nominal {nominal_hashrate_ths:g} TH/s "
                f"(alert below {t.hashrate_min_pct:g}%)",
            )
        )
    elif r.status == ERROR and not starting:  # answers but does not hash, and is not asleep
        found.add(AlertCondition(HASHRATE_DROP, CRITICAL, f"not hashing: {r.error or 'no hashrate'}"[:300]))
    if r.status == HASHING and 0 < r.boards_dead < r.boards_total:
        found.add(
            AlertCondition(DEAD_BOARD, WARNING, f"{r.boards_dead} of {r.boards_total} hash boards dead (no hashrate)")
        )
    if r.status != SLEEPING and not starting:
        if not r.pool_url:
            found.add(AlertCondition(POOL_DOWN, CRITICAL, "no mining pool configured or reported"))
        elif r.pool_alive is False:
            found.add(AlertCondition(POOL_DOWN, CRITICAL, f"pool {r.pool_url} is dead"[:300]))
    return found


# -- alert records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinerAlerts:
    """One miner's evaluation, as :func:`apply_alert_batch` takes it."""

    miner_id: uuid.UUID
    site_id: uuid.UUID
    conditions: Collection[AlertCondition]
    checked: Collection[str] = ALERT_KINDS


@dataclass
class AlertChanges:
    raised: list[Alert] = field(default_factory=list)
    cleared: list[Alert] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.raised or self.cleared)


def _payload(alert: Alert) -> dict[str, str]:
    return {
        "miner_id": str(alert.miner_id),
        "site_id": str(alert.site_id),
        "kind": alert.kind,
        "severity": alert.severity,
        "message": alert.message,
    }


def _open_alerts(session: Session, miner_ids: list[uuid.UUID]) -> dict[tuple[uuid.UUID, str], Alert]:
    found: dict[tuple[uuid.UUID, str], Alert] = {}
    for start in range(0, len(miner_ids), _IN_CHUNK):
        chunk = miner_ids[start : start + _IN_CHUNK]
        query = select(Alert).where(Alert.miner_id.in_(chunk), Alert.cleared_at.is_(None)).order_by(Alert.raised_at)
        for alert in session.scalars(query):
            found[(alert.miner_id, alert.kind)] = alert  # the newest, should an old duplicate exist
    return found


def _clear(session: Session, alert: Alert, now: datetime, changes: AlertChanges) -> None:
    alert.cleared_at = now
    outbox.emit(session, "alert.cleared", "alert", alert.id, _payload(alert))
    changes.cleared.append(alert)


def apply_alert_batch(session: Session, evaluations: Iterable[MinerAlerts], now: datetime) -> AlertChanges:
    """Open, keep or clear alerts for many miners in the caller's transaction (one read of the open
    alerts for all of them). A condition that worsens (warning → critical) clears the open alert and
    raises a new one; one that eases keeps the open alert until the condition is gone."""
    evaluations = list(evaluations)
    open_alerts = _open_alerts(session, list({e.miner_id for e in evaluations}))
    changes = AlertChanges()
    for evaluation in evaluations:
        holding = {c.kind: c for c in evaluation.conditions}
        for kind, condition in sorted(holding.items()):
            current = open_alerts.get((evaluation.miner_id, kind))
            if current is not None:
                if _RANK.get(condition.severity, 0) <= _RANK.get(current.severity, 0):
                    continue
                _clear(session, current, now, changes)
            alert = Alert(
                id=uuid.uuid4(),
                miner_id=evaluation.miner_id,
                site_id=evaluation.site_id,
                kind=kind,
                severity=condition.severity,
                message=condition.message[:300],
                raised_at=now,
            )
            session.add(alert)
            open_alerts[(evaluation.miner_id, kind)] = alert
            outbox.emit(session, "alert.raised", "alert", alert.id, _payload(alert))
            changes.raised.append(alert)
        for kind in sorted(set(evaluation.checked) - holding.keys()):
            current = open_alerts.pop((evaluation.miner_id, kind), None)
            if current is not None:
                _clear(session, current, now, changes)
    return changes


def apply_alerts(
    session: Session,
    miner_id: uuid.UUID,
    site_id: uuid.UUID,
    conditions: Collection[AlertCondition],
    now: datetime,
    *,
    checked: Collection[str] = ALERT_KINDS,
) -> AlertChanges:
    """:func:`apply_alert_batch` for one miner."""
    return apply_alert_batch(session, [MinerAlerts(miner_id, site_id, conditions, checked)], now)


def acknowledge(session: Session, principal: Principal, alert_id: uuid.UUID, *, clock: Clock = system_clock) -> Alert:
    """Mark an alert as seen by this user (audited); acknowledging it again changes nothing."""
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFound("That alert no longer exists.")
    require_site(principal, Permission.FLEET_OPERATE, alert.site_id, "acknowledge alerts")
    if alert.acknowledged_at is not None:
        return alert
    alert.acknowledged_by = principal.username[:64]
    alert.acknowledged_at = clock()
    session.flush()
    audit.append(
        session,
        principal,
        "alert.acknowledge",
        "alert",
        alert.id,
        after={"kind": alert.kind, "severity": alert.severity, "miner_id": str(alert.miner_id)},
        summary=f"acknowledged {alert.severity} {alert.kind} alert: {alert.message}",
        clock=clock,
    )
    outbox.emit(session, "alert.acknowledged", "alert", alert.id, _payload(alert))
    return alert
