"""Which hosting customer has a miner, from when: ``miners.customer_id`` is the current one and
``miner_customer_assignments`` the history billing bills by (one open row per assigned miner)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Miner, MinerCustomerAssignment
from hashinsight_desktop.services import audit, outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.fleet.miner_refs import MinerRef, by_site, load_miners, miner_label
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# A date "now" typed on a clock a little ahead of the database host's is not the future.
FUTURE_TOLERANCE = timedelta(minutes=5)


def open_assignments(session: Session, miner_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, MinerCustomerAssignment]:
    rows = session.scalars(
        select(MinerCustomerAssignment).where(
            MinerCustomerAssignment.miner_id.in_(list(miner_ids)), MinerCustomerAssignment.ends_at.is_(None)
        )
    )
    return {row.miner_id: row for row in rows if row.miner_id is not None}


def change_customer(
    session: Session,
    miners: Sequence[Miner],
    customer_id: uuid.UUID | None,
    at: datetime,
    by: str,
) -> list[Miner]:
    """Close each miner's open assignment at ``at`` and open one for ``customer_id`` (None: no customer);
    the miners whose customer changed. Refuses a date before the current assignment began."""
    current = open_assignments(session, [m.id for m in miners])
    changed = []
    too_early = []
    for miner in miners:
        if miner.customer_id == customer_id:
            continue
        previous = current.get(miner.id)
        if previous is not None:
            if previous.starts_at > at:
                too_early.append(f"{miner.name} (since {previous.starts_at:%Y-%m-%d %H:%M} UTC)")
                continue
            previous.ends_at, previous.ended_by = at, by
        if customer_id is not None:
            session.add(
                MinerCustomerAssignment(
                    miner_id=miner.id,
                    miner_label=miner_label(miner),
                    customer_id=customer_id,
                    starts_at=at,
                    assigned_by=by,
                )
            )
        miner.customer_id = customer_id
        changed.append(miner)
    if too_early:
        raise ValidationError(
            "date",
            Text(
                QT_TRANSLATE_NOOP("Errors", "earlier than the current customer's assignment of {value}"),
                value=", ".join(too_early[:10]),
            ),
        )
    return changed


def assign_customer(
    session: Session,
    principal: Principal,
    refs: Sequence[MinerRef],
    customer_id: uuid.UUID | None,
    *,
    effective_at: datetime | None = None,
    clock: Clock = system_clock,
) -> int:
    """Give miners to a hosting customer (None: take them back) from ``effective_at`` (default now),
    kept as history for billing; one audit record per site. How many miners changed."""
    require(principal, Permission.CUSTOMERS_MANAGE, "assign miners to customers")
    now = clock()
    at = effective_at or now
    if at.tzinfo is None:
        raise ValidationError(
            "date", QT_TRANSLATE_NOOP("Errors", "give a time zone (or a date in the site's time zone)")
        )
    if at > now + FUTURE_TOLERANCE:
        raise ValidationError(
            "date",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{at:%Y-%m-%d %H:%M} UTC is in the future: assign from today or earlier"),
                at=at,
            ),
        )
    customer_name = "(none)"
    if customer_id is not None:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That customer account no longer exists."))
        customer_name = customer.name
    miners = load_miners(session, principal, refs, "assign the miners of this site to customers")
    names = {row[0]: row[1] for row in session.execute(select(Customer.id, Customer.name))}
    before = {m.id: names.get(m.customer_id, "(none)") if m.customer_id else "(none)" for m in miners}
    changed = change_customer(session, miners, customer_id, at, principal.username)
    session.flush()
    for site_id, site_miners in by_site(changed).items():
        audit.append(
            session,
            principal,
            "miner.customer",
            "site",
            site_id,
            before={"customers": {miner_label(m): before[m.id] for m in site_miners}},
            after={"customer": customer_name, "from": at.isoformat(), "miners": sorted(map(miner_label, site_miners))},
            summary=Text(
                QT_TRANSLATE_NOOP("Audit", "{count} miners to {customer} from {at:%Y-%m-%d %H:%M} UTC"),
                count=len(site_miners),
                customer=customer_name,
                at=at,
            ),
            clock=clock,
        )
        outbox.emit(session, "miner.changed", "site", site_id, {"customer": customer_name})
    return len(changed)


def customer_history(session: Session, principal: Principal, miner_id: uuid.UUID) -> list[MinerCustomerAssignment]:
    """A miner's assignments, newest first (staff who manage customers)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "see which customers had a miner")
    return list(
        session.scalars(
            select(MinerCustomerAssignment)
            .where(MinerCustomerAssignment.miner_id == miner_id)
            .order_by(MinerCustomerAssignment.starts_at.desc())
        )
    )
