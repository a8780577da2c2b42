"""Managing miners one user action at a time: rename, move to another site, place (rack, position, power
feed) and remove. Each call is one transaction's worth of work, audited per site, refused whole when a
miner changed since the user saw it."""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, Miner, MinerCustomerAssignment, Site, TelemetryRollup, TelemetrySample
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.fleet.customer_assignments import change_customer
from hashinsight_desktop.services.fleet.miner_refs import MinerRef, by_site, load_miners, miner_label
from hashinsight_desktop.services.fleet.miners import FEED_MAX_CHARS
from hashinsight_desktop.services.permissions import Permission, Principal, require_site
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text
from hashinsight_desktop.services.validation import optional_text, required_text

RACK_MAX_CHARS, POSITION_MAX_CHARS, NAME_MAX_CHARS = 64, 32, 120


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = _Unchanged()  # a placement field left as it is


def _audit(
    session: Session,
    principal: Principal,
    action: str,
    site_id: uuid.UUID,
    before: dict[str, Any] | None,
    after: dict[str, Any],
    summary: Text,
    clock: Clock,
) -> None:
    audit.append(session, principal, action, "site", site_id, before=before, after=after, summary=summary, clock=clock)
    outbox.emit(session, "miner.changed", "site", site_id, {"action": action})


def rename_miner(
    session: Session, principal: Principal, ref: MinerRef, name: str, *, clock: Clock = system_clock
) -> Miner:
    new_name = required_text("name", name, NAME_MAX_CHARS)
    (miner,) = load_miners(session, principal, [ref], "rename the miners of this site")
    if miner.name != new_name:
        before = miner_label(miner)
        miner.name = new_name
        session.flush()
        _audit(
            session,
            principal,
            "miner.rename",
            miner.site_id,
            {"miner": before},
            {"miner": miner_label(miner)},
            Text(QT_TRANSLATE_NOOP("Audit", "renamed {before} to {new_name}"), before=before, new_name=new_name),
            clock,
        )
    return miner


def site_feeds(session: Session, principal: Principal, site_id: uuid.UUID) -> list[str]:
    """The power feeds a site's miners hang on (a feed exists while a miner of the site is on it)."""
    require_site(principal, Permission.SITES_READ, site_id, "see this site")
    query = select(Miner.power_feed).where(
        Miner.site_id == site_id, Miner.power_feed.is_not(None), Miner.removed_at.is_(None)
    )
    return sorted(set(session.scalars(query.distinct())), key=str.casefold)


def check_feed(session: Session, principal: Principal, site_id: uuid.UUID, feed: str, *, new_feed: bool) -> str:
    """A feed chosen from the site's feeds, or one created on purpose: a typo never creates a feed."""
    name = optional_text("power_feed", feed, FEED_MAX_CHARS)
    if not name:
        return ""
    existing = site_feeds(session, principal, site_id)
    if name in existing:
        return name
    if new_feed:
        same = [f for f in existing if f.casefold() == name.casefold()]
        if same:
            raise ValidationError(
                "power_feed",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "the site already has feed {value!r} (differing only in case)"),
                    value=same[0],
                ),
            )
        return name
    site = session.get(Site, site_id)
    site_name = site.name if site else QT_TRANSLATE_NOOP("Errors", "this site")
    raise ValidationError("power_feed", unknown_feed(site_name, name, existing))


def unknown_feed(site_name: str, name: str, existing: Sequence[str]) -> Text:
    """Why a feed name was refused: the close names, else the site's feeds."""
    close = [f for f in existing if f.casefold() == name.casefold()] or difflib.get_close_matches(
        name, existing, n=3, cutoff=0.6
    )
    if close:
        return Text(
            QT_TRANSLATE_NOOP(
                "Errors", "no feed named {name!r} at {site} (did you mean {close}?) — create it explicitly"
            ),
            name=name,
            site=site_name,
            close=Joined(QT_TRANSLATE_NOOP("Errors", " or "), map(repr, close)),
        )
    if existing:
        return Text(
            QT_TRANSLATE_NOOP("Errors", "no feed named {name!r} at {site} (its feeds: {feeds}) — create it explicitly"),
            name=name,
            site=site_name,
            feeds=", ".join(existing[:10]),
        )
    return Text(
        QT_TRANSLATE_NOOP("Errors", "no feed named {name!r} at {site} — create it explicitly"),
        name=name,
        site=site_name,
    )


def place_miners(
    session: Session,
    principal: Principal,
    refs: Sequence[MinerRef],
    *,
    rack: str | _Unchanged | None = UNCHANGED,
    position: str | _Unchanged | None = UNCHANGED,
    power_feed: str | _Unchanged | None = UNCHANGED,
    new_feed: bool = False,
    clock: Clock = system_clock,
) -> int:
    """Set rack, position and/or power feed (None or empty: clear it); how many miners changed."""
    changes: dict[str, str | None] = {}
    if not isinstance(rack, _Unchanged):
        changes["rack"] = optional_text("rack", rack, RACK_MAX_CHARS) or None
    if not isinstance(position, _Unchanged):
        changes["position"] = optional_text("position", position, POSITION_MAX_CHARS) or None
    miners = load_miners(session, principal, refs, "place the miners of this site")
    changed = 0
    for site_id, site_miners in by_site(miners).items():
        site_changes = dict(changes)
        if not isinstance(power_feed, _Unchanged):
            site_changes["power_feed"] = (
                check_feed(session, principal, site_id, power_feed or "", new_feed=new_feed) or None
            )
        moved = [m for m in site_miners if any(getattr(m, k) != v for k, v in site_changes.items())]
        before = {miner_label(m): {k: getattr(m, k) for k in site_changes} for m in moved}
        for miner in moved:
            for key, value in site_changes.items():
                setattr(miner, key, value)
        session.flush()
        if moved:
            described = ", ".join(f"{k.replace('_', ' ')} {v or '(none)'}" for k, v in site_changes.items())
            _audit(
                session,
                principal,
                "miner.place",
                site_id,
                {"miners": before},
                {**site_changes, "miners": sorted(before)},
                Text(QT_TRANSLATE_NOOP("Audit", "{count} miners: {described}"), count=len(moved), described=described),
                clock,
            )
        changed += len(moved)
    return changed


def move_miners(
    session: Session, principal: Principal, refs: Sequence[MinerRef], site_id: uuid.UUID, *, clock: Clock = system_clock
) -> int:
    """Move miners to another site. Rack, position and feed belong to the old site's floor: cleared."""
    require_site(principal, Permission.FLEET_OPERATE, site_id, "move miners into this site")
    target = session.get(Site, site_id)
    if target is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That site no longer exists."))
    miners = [m for m in load_miners(session, principal, refs, "move the miners of this site") if m.site_id != site_id]
    taken = {
        (ip, port) for ip, port in session.execute(select(Miner.ip_address, Miner.port).where(Miner.site_id == site_id))
    }
    clashes = [miner_label(m) for m in miners if (m.ip_address, m.port) in taken]
    if clashes:
        raise ValidationError(
            "site",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{name} already has a miner at the address of {value}"),
                name=target.name,
                value=", ".join(clashes[:10]),
            ),
        )
    for source_id, site_miners in by_site(miners).items():
        for miner in site_miners:
            miner.site_id, miner.rack, miner.position, miner.power_feed = site_id, None, None, None
        session.flush()
        labels = sorted(map(miner_label, site_miners))
        _audit(
            session,
            principal,
            "miner.move",
            source_id,
            None,
            {"to": target.name, "miners": labels},
            Text(QT_TRANSLATE_NOOP("Audit", "{count} miners moved to {site}"), count=len(labels), site=target.name),
            clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"action": "miner.move"})
    return len(miners)


@dataclass(frozen=True)
class TelemetryCount:
    samples: int
    rollups: int


def count_telemetry(session: Session, principal: Principal, refs: Sequence[MinerRef]) -> TelemetryCount:
    """What removing these miners with their telemetry would delete (said in the confirmation)."""
    ids = [m.id for m in load_miners(session, principal, refs, "remove the miners of this site")]
    samples = session.scalar(select(func.count()).where(TelemetrySample.miner_id.in_(ids))) or 0
    rollups = session.scalar(select(func.count()).where(TelemetryRollup.miner_id.in_(ids))) or 0
    return TelemetryCount(samples, rollups)


def remove_miners(
    session: Session,
    principal: Principal,
    refs: Sequence[MinerRef],
    *,
    delete_telemetry: bool,
    clock: Clock = system_clock,
) -> TelemetryCount:
    """Remove miners from the fleet. Kept telemetry keeps the miner's row (hidden, not polled, not
    planned) with its samples, alerts and customer history; re-adding its address brings it back.
    Deleting it deletes the miner, its samples and roll-ups (the customer history keeps its label).
    What was deleted (zero when kept)."""
    miners = load_miners(session, principal, refs, "remove the miners of this site")
    now = clock()
    change_customer(session, miners, None, now, principal.username)  # billing stops at the removal
    ids = [m.id for m in miners]
    # Nothing polls a removed miner again: its open alerts would stay open forever. Closed, kept as history.
    session.execute(update(Alert).where(Alert.miner_id.in_(ids), Alert.cleared_at.is_(None)).values(cleared_at=now))
    deleted = TelemetryCount(0, 0)
    if delete_telemetry:
        deleted = count_telemetry(session, principal, refs)
        session.execute(delete(TelemetrySample).where(TelemetrySample.miner_id.in_(ids)))
        session.execute(
            update(MinerCustomerAssignment).where(MinerCustomerAssignment.miner_id.in_(ids)).values(miner_id=None)
        )
    for site_id, site_miners in by_site(miners).items():
        labels = sorted(map(miner_label, site_miners))
        for miner in site_miners:
            if delete_telemetry:
                session.delete(miner)
            else:
                miner.removed_at, miner.is_active = now, False
        session.flush()
        removed = (
            QT_TRANSLATE_NOOP("Audit", "removed {count} miners (telemetry kept)")
            if not delete_telemetry
            else QT_TRANSLATE_NOOP("Audit", "removed {count} miners (telemetry deleted)")
        )
        _audit(
            session,
            principal,
            "miner.remove",
            site_id,
            {"miners": labels},
            {"telemetry": "deleted" if delete_telemetry else "kept"},
            Text(removed, count=len(labels)),
            clock,
        )
    return deleted
