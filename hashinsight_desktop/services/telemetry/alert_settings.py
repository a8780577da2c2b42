"""What the alert rules are told per miner: thresholds per site and per model, and maintenance.

A threshold row names a site, a model, both, or neither (the farm's default); a limit left empty is
inherited, most specific first: the model on that site, the model, the site, the farm, then the
built-in :data:`DEFAULT_THRESHOLDS`. A miner under maintenance raises and clears nothing until its
maintenance ends (by hand, or at ``until``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import AlertThreshold, Miner, MinerMaintenance, MinerModel, Site
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require, require_site
from hashinsight_desktop.services.telemetry.alert_rules import DEFAULT_THRESHOLDS, NOTE_MAX_CHARS, AlertThresholds
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text

# The limits a threshold row may set, with their valid ranges (inclusive) and units (words marked: said in the
# reader's language wherever a range is shown).
LIMITS: Final[dict[str, tuple[float, float, str]]] = {
    "temp_warning_c": (30.0, 130.0, "°C"),
    "temp_critical_c": (30.0, 130.0, "°C"),
    "temp_hysteresis_c": (0.0, 30.0, "°C"),
    "hashrate_min_pct": (1.0, 100.0, "%"),
    "hashrate_hysteresis_pct": (0.0, 50.0, "%"),
    "offline_after_failures": (1, 100, QT_TRANSLATE_NOOP("AlertLimits", "polls")),
    "hold_s": (0, 86_400, QT_TRANSLATE_NOOP("AlertLimits", "s")),
}
_INTEGERS = frozenset({"offline_after_failures", "hold_s"})
assert set(LIMITS) == {f.name for f in fields(AlertThresholds)} - {"starting_grace_s"}

# What each limit is called wherever a user reads it: the page's form rows and table, the command line's listing.
LIMIT_TITLES: Final[dict[str, str]] = {
    "temp_warning_c": QT_TRANSLATE_NOOP("AlertLimits", "Chip temperature warning (°C)"),
    "temp_critical_c": QT_TRANSLATE_NOOP("AlertLimits", "Chip temperature critical (°C)"),
    "temp_hysteresis_c": QT_TRANSLATE_NOOP("AlertLimits", "Temperature clears this far below (°C)"),
    "hashrate_min_pct": QT_TRANSLATE_NOOP("AlertLimits", "Hashrate alert below (% of nominal)"),
    "hashrate_hysteresis_pct": QT_TRANSLATE_NOOP("AlertLimits", "Hashrate clears this far above (%)"),
    "offline_after_failures": QT_TRANSLATE_NOOP("AlertLimits", "Offline after failed polls"),
    "hold_s": QT_TRANSLATE_NOOP("AlertLimits", "Hold before clearing (s)"),
}
assert set(LIMIT_TITLES) == set(LIMITS), "a limit without a title"


def scope_text(site: str, model: str) -> Text:
    """A threshold row's scope: ``Site A · every model``; the farm's default names neither."""
    return Joined(
        " · ",
        [
            site or QT_TRANSLATE_NOOP("AlertLimits", "every site"),
            model or QT_TRANSLATE_NOOP("AlertLimits", "every model"),
        ],
    )


def limits_text(values: Mapping[str, float | int], figure: Callable[[float | int], str]) -> Text:
    """The limits a row sets, each by its title: ``Chip temperature critical (°C): 90; Hold before clearing (s):
    600``; ``figure`` writes a number (the reader's locale: services have none)."""
    one = QT_TRANSLATE_NOOP("AlertLimits", "{limit}: {value}")
    parts = [Text(one, limit=LIMIT_TITLES[name], value=figure(value)) for name, value in values.items()]
    return Joined(QT_TRANSLATE_NOOP("AlertLimits", "; "), parts)


@dataclass(frozen=True)
class ThresholdRow:
    id: uuid.UUID
    site_id: uuid.UUID | None
    site: str  # "" : every site
    model_id: uuid.UUID | None
    model: str  # "": every model
    values: dict[str, float | int]  # only the limits this row sets


def _merge(base: AlertThresholds, row: AlertThreshold) -> AlertThresholds:
    changes = {name: getattr(row, name) for name in LIMITS if getattr(row, name) is not None}
    return replace(base, **changes) if changes else base


class ThresholdBook:
    """Every threshold row, merged per (site, model) on demand and cached."""

    def __init__(self, rows: Sequence[AlertThreshold]) -> None:
        self._rows = {(r.site_id, r.model_id): r for r in rows}
        self._cache: dict[tuple[uuid.UUID | None, uuid.UUID | None], AlertThresholds] = {}

    def for_miner(self, site_id: uuid.UUID | None, model_id: uuid.UUID | None) -> AlertThresholds:
        key = (site_id, model_id)
        found = self._cache.get(key)
        if found is None:
            found = DEFAULT_THRESHOLDS
            for scope in ((None, None), (site_id, None), (None, model_id), (site_id, model_id)):
                row = self._rows.get(scope)
                if row is not None and (scope[0] is None or site_id) and (scope[1] is None or model_id):
                    found = _merge(found, row)
            self._cache[key] = found
        return found


def load_thresholds(session: Session) -> ThresholdBook:
    return ThresholdBook(session.scalars(select(AlertThreshold)).all())


def list_thresholds(session: Session, principal: Principal) -> list[ThresholdRow]:
    """The threshold rows the user may see: farm and model rows, and those of their sites."""
    require(principal, Permission.SITES_READ, "see alert thresholds")
    query = (
        select(AlertThreshold, Site.name, MinerModel)
        .outerjoin(Site, Site.id == AlertThreshold.site_id)
        .outerjoin(MinerModel, MinerModel.id == AlertThreshold.model_id)
    )
    if not principal.sees_all_sites():
        query = query.where(or_(AlertThreshold.site_id.is_(None), AlertThreshold.site_id.in_(principal.site_ids)))
    rows = [
        ThresholdRow(
            row.id,
            row.site_id,
            site or "",
            row.model_id,
            f"{model.manufacturer} {model.name}" if model else "",
            {name: getattr(row, name) for name in LIMITS if getattr(row, name) is not None},
        )
        for row, site, model in session.execute(query)
    ]
    return sorted(rows, key=lambda r: (r.site != "", r.site.casefold(), r.model != "", r.model.casefold()))


def _checked(values: Mapping[str, Any]) -> dict[str, float | int | None]:
    """Every limit of ``values`` in range; all bad fields named at once."""
    problems: list[Text] = []
    clean: dict[str, float | int | None] = {}
    for name, value in values.items():
        if name not in LIMITS:
            problems.append(Text(QT_TRANSLATE_NOOP("Errors", "{name}: not an alert limit"), name=name))
            continue
        if value is None or value == "":
            clean[name] = None
            continue
        low, high, unit = LIMITS[name]
        try:
            number = int(value) if name in _INTEGERS else float(value)
        except (TypeError, ValueError):
            problems.append(
                Text(QT_TRANSLATE_NOOP("Errors", "{name}: {value!r} is not a number"), name=name, value=value)
            )
            continue
        if not low <= number <= high:
            outside = QT_TRANSLATE_NOOP("Errors", "{name}: {number:g} is outside {low:g}–{high:g} {unit}")
            problems.append(Text(outside, name=name, number=number, low=low, high=high, unit=unit))
            continue
        clean[name] = number
    warning, critical = clean.get("temp_warning_c"), clean.get("temp_critical_c")
    if warning is not None and critical is not None and warning >= critical:  # named with the other bad fields
        above = QT_TRANSLATE_NOOP("Errors", "{name}: must be above the warning temperature")
        problems.append(Text(above, name="temp_critical_c"))
    if problems:
        raise ValidationError("alert thresholds", Joined(QT_TRANSLATE_NOOP("Errors", "; "), problems))
    return clean


def inconsistency(t: AlertThresholds) -> tuple[tuple[str, ...], Text] | None:
    """Why limits in force together cannot work, and the limits involved (the one to blame first); None: they
    can. Checked on what a miner is judged by, after inheritance: a site's critical 70 °C under the farm's
    warning 85 °C would raise nothing between them."""
    warning, critical, hysteresis = t.temp_warning_c, t.temp_critical_c, t.temp_hysteresis_c
    if critical <= warning:
        return ("temp_critical_c", "temp_warning_c"), Text(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the critical temperature ({critical:g} °C) must be above the warning temperature ({warning:g} °C)",
            ),
            critical=critical,
            warning=warning,
        )
    if hysteresis > critical - warning:  # wider than the band it sits under: almost surely a typo
        return ("temp_hysteresis_c", "temp_warning_c", "temp_critical_c"), Text(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the temperature hysteresis ({hysteresis:g} °C) must not exceed the gap between warning "
                "({warning:g} °C) and critical ({critical:g} °C)",
            ),
            hysteresis=hysteresis,
            warning=warning,
            critical=critical,
        )
    minimum, margin = t.hashrate_min_pct, t.hashrate_hysteresis_pct
    if minimum + margin > 100:
        return ("hashrate_hysteresis_pct", "hashrate_min_pct"), Text(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the hashrate hysteresis ({margin:g} %) above the minimum ({minimum:g} %) passes 100 % of nominal: "
                "an open alert would never clear",
            ),
            margin=margin,
            minimum=minimum,
        )
    return None


def _check_in_force(session: Session, site_id: uuid.UUID | None, model_id: uuid.UUID | None, given: set[str]) -> None:
    """The limits in force, after inheritance, for this scope and every more specific one it feeds (a farm
    change reaches each site's and model's rows): refused at the first that cannot work, naming a limit given
    here (the other is inherited) and, when not this scope, the scope."""
    rows = session.scalars(select(AlertThreshold)).all()
    book = ThresholdBook(rows)
    sites = [site_id] if site_id is not None else [None, *{r.site_id for r in rows if r.site_id is not None}]
    models = [model_id] if model_id is not None else [None, *{r.model_id for r in rows if r.model_id is not None}]
    for site in sites:
        for model in models:
            found = inconsistency(book.for_miner(site, model))
            if found is None:
                continue
            involved, why = found
            field = next((name for name in involved if name in given), involved[0])
            if (site, model) != (site_id, model_id):
                scope = _scope_name(session, site, model)
                why = Text(QT_TRANSLATE_NOOP("Errors", "{why} for {scope}"), why=why, scope=scope)
            raise ValidationError(field, why)


def _scope_name(session: Session, site_id: uuid.UUID | None, model_id: uuid.UUID | None) -> str | Text:
    site = session.get(Site, site_id) if site_id else None
    model = session.get(MinerModel, model_id) if model_id else None
    parts = [
        *([Text(QT_TRANSLATE_NOOP("Errors", "site {name}"), name=site.name)] if site else []),
        *(
            [Text(QT_TRANSLATE_NOOP("Errors", "model {name}"), name=f"{model.manufacturer} {model.name}")]
            if model
            else []
        ),
    ]
    return Joined(" · ", parts) or QT_TRANSLATE_NOOP("Errors", "the farm")


def save_thresholds(
    session: Session,
    principal: Principal,
    *,
    site_id: uuid.UUID | None,
    model_id: uuid.UUID | None,
    values: Mapping[str, Any],
    clock: Clock = system_clock,
) -> AlertThreshold | None:
    """Set the limits of one scope (a None value: inherited); a scope left with no limit is removed.
    A site's limits take operating that site; farm and model limits take the settings permission."""
    if site_id is None:
        require(principal, Permission.SETTINGS_MANAGE, "change farm-wide alert thresholds")
    else:
        require_site(principal, Permission.FLEET_OPERATE, site_id, "change this site's alert thresholds")
        if session.get(Site, site_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That site no longer exists."))
    if model_id is not None and session.get(MinerModel, model_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That model is not in the catalogue."))
    clean = _checked(values)
    row = session.scalars(
        select(AlertThreshold).where(
            AlertThreshold.site_id.is_(None) if site_id is None else AlertThreshold.site_id == site_id,
            AlertThreshold.model_id.is_(None) if model_id is None else AlertThreshold.model_id == model_id,
        )
    ).first()
    before = {name: getattr(row, name) for name in LIMITS} if row is not None else None
    if row is None:
        row = AlertThreshold(id=uuid.uuid4(), site_id=site_id, model_id=model_id)
        session.add(row)
    for name, value in clean.items():
        setattr(row, name, value)
    session.flush()
    _check_in_force(session, site_id, model_id, {name for name, value in clean.items() if value is not None})
    after = {name: getattr(row, name) for name in LIMITS}
    if all(value is None for value in after.values()):
        session.delete(row)
        after, row = {}, None
    session.flush()
    scope = {"site_id": str(site_id) if site_id else None, "model_id": str(model_id) if model_id else None}
    audit.append(
        session,
        principal,
        "alert.thresholds",
        "site" if site_id else "settings",
        site_id or uuid.UUID(int=0),
        before=(before or {}) | scope,
        after=after | scope,
        summary=(
            Text(QT_TRANSLATE_NOOP("Audit", "alert thresholds {limits}"), limits=limits)
            if (limits := ", ".join(f"{k}={v:g}" for k, v in after.items() if v is not None))
            else QT_TRANSLATE_NOOP("Audit", "alert thresholds removed")
        ),
        clock=clock,
    )
    outbox.emit(session, "alert.thresholds_changed", "site", site_id or uuid.UUID(int=0), scope)
    return row


# -- maintenance ---------------------------------------------------------------------------------


def miners_in_maintenance(session: Session, now: datetime) -> dict[uuid.UUID, MinerMaintenance]:
    """Miners whose alerts are silenced now."""
    query = select(MinerMaintenance).where(or_(MinerMaintenance.until.is_(None), MinerMaintenance.until > now))
    return {m.miner_id: m for m in session.scalars(query)}


def set_maintenance(
    session: Session,
    principal: Principal,
    miner_ids: Sequence[uuid.UUID],
    *,
    until: datetime | None,
    note: str = "",
    clock: Clock = system_clock,
) -> int:
    """Put miners under maintenance (their alerts silenced) until ``until`` (None: until ended);
    one audit record per site. How many were set."""
    now, note = clock(), note.strip()
    if until is not None and until <= now:
        raise ValidationError("until", QT_TRANSLATE_NOOP("Errors", "must be in the future"))
    if len(note) > NOTE_MAX_CHARS:
        raise ValidationError(
            "note",
            Text(QT_TRANSLATE_NOOP("Errors", "at most {NOTE_MAX_CHARS} characters"), NOTE_MAX_CHARS=NOTE_MAX_CHARS),
        )
    return _change_maintenance(session, principal, miner_ids, clock, start=(now, until, note))


def end_maintenance(
    session: Session, principal: Principal, miner_ids: Sequence[uuid.UUID], *, clock: Clock = system_clock
) -> int:
    """End the maintenance of miners (their alerts judged again from the next poll)."""
    return _change_maintenance(session, principal, miner_ids, clock, start=None)


def _change_maintenance(
    session: Session,
    principal: Principal,
    miner_ids: Sequence[uuid.UUID],
    clock: Clock,
    start: tuple[datetime, datetime | None, str] | None,
) -> int:
    miners = session.scalars(select(Miner).where(Miner.id.in_(list(miner_ids)))).all()
    if len(miners) != len(set(miner_ids)):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of those miners no longer exist."))
    for site_id in {m.site_id for m in miners}:
        require_site(principal, Permission.FLEET_OPERATE, site_id, "put this site's miners under maintenance")
    by_site: dict[uuid.UUID, list[str]] = {}
    for miner in miners:
        current = session.get(MinerMaintenance, miner.id)
        if start is None:
            if current is None:
                continue
            session.delete(current)
        else:
            since, until, note = start
            if current is None:
                current = MinerMaintenance(miner_id=miner.id, since=since, set_by=principal.username[:64])
                session.add(current)
            current.since, current.until, current.note = since, until, note
            current.set_by = principal.username[:64]
        by_site.setdefault(miner.site_id, []).append(miner.name)
    session.flush()
    for site_id, names in by_site.items():
        after: dict[str, Any] = {"miners": sorted(names)}
        if start is not None:
            after |= {"until": start[1].isoformat() if start[1] else None, "note": start[2]}
        audit.append(
            session,
            principal,
            "miner.maintenance" if start is not None else "miner.maintenance_end",
            "site",
            site_id,
            after=after,
            summary=Text(
                QT_TRANSLATE_NOOP("Audit", "{count} miners under maintenance")
                if start is not None
                else QT_TRANSLATE_NOOP("Audit", "{count} miners out of maintenance"),
                count=len(names),
            ),
            clock=clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"maintenance": start is not None})
    return sum(len(names) for names in by_site.values())
