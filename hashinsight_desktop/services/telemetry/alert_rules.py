"""Alert rules over one miner's latest reading, and the alert records they open, hold and clear.

:func:`evaluate` is pure: a reading (a :class:`MinerSample` or a stored :class:`MinerState`), the
miner's nominal hashrate from the catalogue, its count of failed polls in a row, its thresholds and
what a curtailment plan commanded it to do give the conditions that hold now. :func:`apply_alert_batch`
turns that into alert rows: a new condition opens an alert, one already open is kept (its raise time
and message as raised; its latest reading in ``current_message``), one that went away is cleared only
after the rule's hold time — each raise and clear with an outbox event in the same transaction.

Alerts must not flap around a curtailment and its recovery:

- hysteresis: an open over-temperature alert holds until the chip is ``temp_hysteresis_c`` below the
  limit, an open hashrate alert until the miner is ``hashrate_hysteresis_pct`` above its limit
  (:attr:`AlertCondition.sustain_only` conditions keep an alert but never raise one);
- hold time: an alert clears only once its condition has been gone for ``hold_s``;
- a reading only settles the kinds it can see (:func:`checked_kinds`): an unanswered poll says nothing
  about temperature, a sleeping or starting miner nothing about its boards, hashrate or pool;
- a miner a plan commanded to sleep or to a lower level raises no offline, hashrate or dead-board alert
  for that state, and one under maintenance raises and clears nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, MinerState
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, SLEEPING, MinerSample
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import ALERT_KINDS as ALERT_KIND_LABELS
from hashinsight_desktop.services.code_labels import ALERT_SEVERITIES, in_sentence
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.stored_text import as_text, to_stored
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

OVER_TEMPERATURE: Final = "over_temperature"
OFFLINE_ALERT: Final = "offline"
HASHRATE_DROP: Final = "hashrate_drop"
DEAD_BOARD: Final = "dead_board"
POOL_DOWN: Final = "pool_down"
ANOMALY: Final = "anomaly"  # raised and cleared only by the anomaly job (services/analytics/anomaly_scores.py)
ALERT_KINDS: Final = frozenset({OVER_TEMPERATURE, OFFLINE_ALERT, HASHRATE_DROP, DEAD_BOARD, POOL_DOWN, ANOMALY})
POLLED_KINDS: Final = ALERT_KINDS - {ANOMALY}  # what a poll's reading settles at most

WARNING: Final = "warning"
CRITICAL: Final = "critical"
_RANK = {WARNING: 1, CRITICAL: 2}
_IN_CHUNK = 1000
NOTE_MAX_CHARS = 300

# What a curtailment plan commanded a miner to do (None: nothing, it runs at full power).
COMMANDED_SLEEP: Final = "sleep"
COMMANDED_LEVEL: Final = "level"
# Kinds a commanded state explains: a slept miner may stop answering, a lowered one hashes less.
_EXPLAINED_BY_COMMAND: Final = frozenset({OFFLINE_ALERT, HASHRATE_DROP, DEAD_BOARD})


@dataclass(frozen=True)
class AlertThresholds:
    temp_warning_c: float = 85.0
    temp_critical_c: float = 95.0
    temp_hysteresis_c: float = 5.0  # an open over-temperature alert holds until this far below the limit
    offline_after_failures: int = 3  # failed polls in a row
    hashrate_min_pct: float = 80.0  # of the catalogue's nominal hashrate
    hashrate_hysteresis_pct: float = 5.0  # an open hashrate alert holds until this far above the limit
    hold_s: int = 180  # an alert clears once its condition has been gone this long
    starting_grace_s: int = 300  # a miner up for less than this is not yet expected to hash


DEFAULT_THRESHOLDS = AlertThresholds()


@dataclass(frozen=True)
class AlertCondition:
    kind: str
    severity: str
    message: str | Text  # English by str(); stored with its template (services/stored_text.py)
    # Within the hysteresis band: keeps an open alert (and its reading), never raises one.
    sustain_only: bool = False


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
    error: str | Text | None  # a poll's error as a text when it was kept as one: said in the reader's language


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
            source.error_text if source.error_text is not None else source.error,
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
        as_text(source.error, source.error_text) if source.error else None,
    )


def _starting(r: _Reading, t: AlertThresholds) -> bool:
    return r.uptime_s is not None and r.uptime_s < t.starting_grace_s


def checked_kinds(
    source: MinerSample | MinerState,
    *,
    consecutive_failures: int,
    thresholds: AlertThresholds = DEFAULT_THRESHOLDS,
    commanded: str | None = None,
) -> frozenset[str]:
    """The kinds this reading settles either way (only these may be cleared): what it can see, less
    what a commanded state explains."""
    r = _reading(source)
    if not r.answered:
        offline = consecutive_failures >= thresholds.offline_after_failures and commanded is None
        return frozenset({OFFLINE_ALERT}) if offline else frozenset()
    kinds = {OFFLINE_ALERT, OVER_TEMPERATURE}
    if r.status == HASHING:
        kinds.add(DEAD_BOARD)
    if r.status in (HASHING, ERROR) and not _starting(r, thresholds):
        kinds |= {HASHRATE_DROP, POOL_DOWN}
    if commanded == COMMANDED_SLEEP:
        kinds -= _EXPLAINED_BY_COMMAND
    elif commanded is not None:  # at a lower level it is still judged against that level's hashrate
        kinds -= _EXPLAINED_BY_COMMAND - {HASHRATE_DROP}
    return frozenset(kinds)


def evaluate(
    source: MinerSample | MinerState,
    *,
    nominal_hashrate_ths: float | None,
    consecutive_failures: int,
    thresholds: AlertThresholds = DEFAULT_THRESHOLDS,
    commanded: str | None = None,
) -> set[AlertCondition]:
    """The conditions that hold for this reading (at most one per kind). ``nominal_hashrate_ths`` is
    what the miner should make now: a caller whose miner runs at a plan's level passes that level's."""
    r, t = _reading(source), thresholds
    found: set[AlertCondition] = set()
    if not r.answered:
        if consecutive_failures >= t.offline_after_failures and commanded is None:
            message = (
                Text(
                    QT_TRANSLATE_NOOP("Alerts", "no answer to {count} polls: {error}"),
                    count=consecutive_failures,
                    error=r.error,
                )
                if r.error
                else Text(QT_TRANSLATE_NOOP("Alerts", "no answer to {count} polls"), count=consecutive_failures)
            )
            found.add(AlertCondition(OFFLINE_ALERT, CRITICAL, message))
        return found
    _temperature(r, t, found)
    starting = _starting(r, t)
    if commanded != COMMANDED_SLEEP:
        _hashrate(r, t, nominal_hashrate_ths, starting, found)
        if r.status == HASHING and 0 < r.boards_dead < r.boards_total and commanded is None:
            message = Text(
                QT_TRANSLATE_NOOP("Alerts", "{dead} of {total} hash boards dead (no hashrate)"),
                dead=r.boards_dead,
                total=r.boards_total,
            )
            found.add(AlertCondition(DEAD_BOARD, WARNING, message))
    if r.status != SLEEPING and not starting and commanded != COMMANDED_SLEEP:
        if not r.pool_url:
            found.add(
                AlertCondition(
                    POOL_DOWN, CRITICAL, QT_TRANSLATE_NOOP("Alerts", "no mining pool configured or reported")
                )
            )
        elif r.pool_alive is False:
            dead = Text(QT_TRANSLATE_NOOP("Alerts", "pool {url} is dead"), url=r.pool_url[:250])
            found.add(AlertCondition(POOL_DOWN, CRITICAL, dead))
    return found


def _temperature(r: _Reading, t: AlertThresholds, found: set[AlertCondition]) -> None:
    temp = r.max_chip_temp_c
    if temp is None or temp < t.temp_warning_c - t.temp_hysteresis_c:
        return
    severity = CRITICAL if temp >= t.temp_critical_c else WARNING
    limit = t.temp_critical_c if severity == CRITICAL else t.temp_warning_c
    message = Text(
        QT_TRANSLATE_NOOP("Alerts", "chip temperature {temp:g} °C (limit {limit:g} °C)"), temp=temp, limit=limit
    )
    found.add(AlertCondition(OVER_TEMPERATURE, severity, message, sustain_only=temp < t.temp_warning_c))


def _hashrate(
    r: _Reading, t: AlertThresholds, nominal: float | None, starting: bool, found: set[AlertCondition]
) -> None:
    hashrate = r.hashrate_ths or 0.0
    if r.status == HASHING and nominal:
        pct = 100 * hashrate / nominal
        if pct < t.hashrate_min_pct + t.hashrate_hysteresis_pct:
            message = Text(
                QT_TRANSLATE_NOOP(
                    "Alerts",
                    "hashrate {hashrate:.1f} TH/s is {pct:.0f}% of nominal {nominal:g} TH/s (alert below {minimum:g}%)",
                ),
                hashrate=hashrate,
                pct=pct,
                nominal=nominal,
                minimum=t.hashrate_min_pct,
            )
            found.add(AlertCondition(HASHRATE_DROP, WARNING, message, sustain_only=pct >= t.hashrate_min_pct))
    elif r.status == ERROR and not starting:  # answers but does not hash, and is not asleep
        error: str | Text = QT_TRANSLATE_NOOP("Alerts", "no hashrate")
        if isinstance(r.error, Text):
            error = r.error
        elif r.error:
            error = r.error[:250]
        found.add(
            AlertCondition(
                HASHRATE_DROP, CRITICAL, Text(QT_TRANSLATE_NOOP("Alerts", "not hashing: {error}"), error=error)
            )
        )


# -- alert records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinerAlerts:
    """One miner's evaluation, as :func:`apply_alert_batch` takes it."""

    miner_id: uuid.UUID
    site_id: uuid.UUID
    conditions: Collection[AlertCondition]
    checked: Collection[str] = POLLED_KINDS
    hold_s: int = DEFAULT_THRESHOLDS.hold_s


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


def _hold(alert: Alert, condition: AlertCondition, now: datetime) -> None:
    alert.held_at = now
    message, text = str(condition.message)[:300], to_stored(condition.message)
    if alert.current_message != message or alert.current_message_text != text:  # written only when it changed
        alert.current_message, alert.current_message_text = message, text


def apply_alert_batch(session: Session, evaluations: Iterable[MinerAlerts], now: datetime) -> AlertChanges:
    """Open, keep or clear alerts for many miners in the caller's transaction (one read of the open
    alerts for all of them). A condition that worsens (warning → critical) escalates the open alert in
    place (its raise time kept; an ``alert.raised`` event says so); one that eases keeps it until gone."""
    evaluations = list(evaluations)
    open_alerts = _open_alerts(session, list({e.miner_id for e in evaluations}))
    changes = AlertChanges()
    for evaluation in evaluations:
        holding = {c.kind: c for c in evaluation.conditions}
        for kind, condition in sorted(holding.items()):
            current = open_alerts.get((evaluation.miner_id, kind))
            if current is not None:
                _hold(current, condition, now)
                if not condition.sustain_only and _RANK.get(condition.severity, 0) > _RANK.get(current.severity, 0):
                    payload = _payload(current) | {"escalated_from": current.severity}
                    current.severity = condition.severity
                    outbox.emit(session, "alert.raised", "alert", current.id, payload | {"severity": current.severity})
                    changes.raised.append(current)
                continue
            if condition.sustain_only:
                continue
            message, text = str(condition.message)[:300], to_stored(condition.message)
            alert = Alert(
                id=uuid.uuid4(),
                miner_id=evaluation.miner_id,
                site_id=evaluation.site_id,
                kind=kind,
                severity=condition.severity,
                message=message,
                message_text=text,
                current_message=message,
                current_message_text=text,
                raised_at=now,
                held_at=now,
            )
            session.add(alert)
            open_alerts[(evaluation.miner_id, kind)] = alert
            outbox.emit(session, "alert.raised", "alert", alert.id, _payload(alert))
            changes.raised.append(alert)
        hold = timedelta(seconds=evaluation.hold_s)
        for kind in sorted(set(evaluation.checked) - holding.keys()):
            current = open_alerts.get((evaluation.miner_id, kind))
            if current is None or (current.held_at is not None and now - current.held_at < hold):
                continue
            del open_alerts[(evaluation.miner_id, kind)]
            current.cleared_at = now
            outbox.emit(session, "alert.cleared", "alert", current.id, _payload(current))
            changes.cleared.append(current)
    return changes


def apply_alerts(
    session: Session,
    miner_id: uuid.UUID,
    site_id: uuid.UUID,
    conditions: Collection[AlertCondition],
    now: datetime,
    *,
    checked: Collection[str] = POLLED_KINDS,
    hold_s: int = DEFAULT_THRESHOLDS.hold_s,
) -> AlertChanges:
    """:func:`apply_alert_batch` for one miner."""
    return apply_alert_batch(session, [MinerAlerts(miner_id, site_id, conditions, checked, hold_s)], now)


def acknowledge(
    session: Session,
    principal: Principal,
    alert_id: uuid.UUID,
    *,
    note: str = "",
    clock: Clock = system_clock,
) -> Alert:
    """Mark an alert as seen by this user, with an optional note (audited); acknowledging it again
    changes nothing."""
    return acknowledge_many(session, principal, [alert_id], note=note, clock=clock)[0]


def acknowledge_many(
    session: Session,
    principal: Principal,
    alert_ids: Sequence[uuid.UUID],
    *,
    note: str = "",
    clock: Clock = system_clock,
) -> list[Alert]:
    """Acknowledge every alert in ``alert_ids`` with the same note, all or none (one audit record per
    alert); alerts already acknowledged are left as they are."""
    note = note.strip()
    if len(note) > NOTE_MAX_CHARS:
        raise ValidationError(
            "note",
            Text(QT_TRANSLATE_NOOP("Errors", "at most {NOTE_MAX_CHARS} characters"), NOTE_MAX_CHARS=NOTE_MAX_CHARS),
        )
    alerts = []
    for alert_id in alert_ids:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That alert no longer exists."))
        require_site(principal, Permission.FLEET_OPERATE, alert.site_id, "acknowledge alerts")
        alerts.append(alert)
    now = clock()
    for alert in alerts:
        if alert.acknowledged_at is not None:
            continue
        alert.acknowledged_by = principal.username[:64]
        alert.acknowledged_at = now
        alert.acknowledged_note = note or None
        session.flush()
        said = as_text(alert.message, alert.message_text)
        summary = (
            Text(
                QT_TRANSLATE_NOOP("Audit", "acknowledged {severity} {kind} alert: {message} ({note})"),
                severity=in_sentence(ALERT_SEVERITIES, alert.severity),
                kind=in_sentence(ALERT_KIND_LABELS, alert.kind),
                message=said,
                note=note,
            )
            if note
            else Text(
                QT_TRANSLATE_NOOP("Audit", "acknowledged {severity} {kind} alert: {message}"),
                severity=in_sentence(ALERT_SEVERITIES, alert.severity),
                kind=in_sentence(ALERT_KIND_LABELS, alert.kind),
                message=said,
            )
        )
        audit.append(
            session,
            principal,
            "alert.acknowledge",
            "alert",
            alert.id,
            after={"kind": alert.kind, "severity": alert.severity, "miner_id": str(alert.miner_id), "note": note},
            summary=summary,
            clock=clock,
        )
        outbox.emit(session, "alert.acknowledged", "alert", alert.id, _payload(alert))
    return alerts
