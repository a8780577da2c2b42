"""Incidents: a site-wide event (power loss, cooling, network) and the tickets and miners it affected.

Staff who manage customers record them (audited); linking a ticket or a miner is idempotent. A customer-role
user sees the incidents that touched their own tickets or miners, and only those links.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Incident, IncidentMiner, IncidentTicket, Miner, Site, Ticket
from hashinsight_desktop.services import audit
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import INCIDENT_KINDS as KIND_LABELS
from hashinsight_desktop.services.code_labels import in_sentence
from hashinsight_desktop.services.crm.scope import customer_condition, not_found_message
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, Role, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Joined, Text
from hashinsight_desktop.services.transaction import check_version, flush
from hashinsight_desktop.services.validation import optional_text, required_text

INCIDENT_KINDS: Final = ("power_loss", "cooling", "network", "maintenance", "other")


@dataclass(frozen=True)
class IncidentView:
    incident: Incident
    site_name: str | None
    ticket_ids: list[uuid.UUID]
    miner_ids: list[uuid.UUID]


def _visible(principal: Principal) -> Any:
    """The incidents a principal may see (None: all)."""
    own = customer_condition(principal, Ticket.customer_id, "see incidents")
    if own is None:
        return None
    return or_(
        exists().where(IncidentTicket.incident_id == Incident.id, IncidentTicket.ticket_id == Ticket.id, own),
        exists().where(
            IncidentMiner.incident_id == Incident.id,
            IncidentMiner.miner_id == Miner.id,
            Miner.customer_id == principal.customer_id,
        ),
    )


def list_incidents(
    session: Session,
    principal: Principal,
    *,
    site_id: uuid.UUID | None = None,
    ongoing: bool | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[Incident]:
    """Newest first."""
    query = select(Incident).order_by(Incident.started_at.desc(), Incident.id).limit(limit).offset(offset)
    condition = _visible(principal)
    if condition is not None:
        query = query.where(condition)
    if site_id is not None:
        query = query.where(Incident.site_id == site_id)
    if ongoing is not None:
        query = query.where(Incident.ended_at.is_(None) if ongoing else Incident.ended_at.is_not(None))
    return list(session.scalars(query))


def get_incident(session: Session, principal: Principal, incident_id: uuid.UUID) -> IncidentView:
    """The incident with its links (for a customer: only their own tickets and miners)."""
    query = select(Incident).where(Incident.id == incident_id)
    condition = _visible(principal)
    incident = session.scalars(query if condition is None else query.where(condition)).first()
    if incident is None:
        raise NotFound(not_found_message(QT_TRANSLATE_NOOP("Errors", "incident")))
    tickets = select(IncidentTicket.ticket_id).join(Ticket, Ticket.id == IncidentTicket.ticket_id)
    miners = select(IncidentMiner.miner_id).join(Miner, Miner.id == IncidentMiner.miner_id)
    if principal.role is Role.CUSTOMER:
        tickets = tickets.where(Ticket.customer_id == principal.customer_id)
        miners = miners.where(Miner.customer_id == principal.customer_id)
    site = None if incident.site_id is None else session.get(Site, incident.site_id)
    return IncidentView(
        incident,
        None if site is None else site.name,
        list(session.scalars(tickets.where(IncidentTicket.incident_id == incident.id).order_by(Ticket.number))),
        list(session.scalars(miners.where(IncidentMiner.incident_id == incident.id).order_by(Miner.name))),
    )


def incidents_of_ticket(session: Session, ticket_id: uuid.UUID) -> list[Incident]:
    """The incidents a ticket is linked to (the caller fetched the ticket scoped)."""
    query = select(Incident).join(IncidentTicket, IncidentTicket.incident_id == Incident.id)
    return list(session.scalars(query.where(IncidentTicket.ticket_id == ticket_id).order_by(Incident.started_at)))


def _state(incident: Incident) -> dict[str, Any]:
    return {
        "kind": incident.kind,
        "title": incident.title,
        "site_id": None if incident.site_id is None else str(incident.site_id),
        "started_at": incident.started_at.isoformat(),
        "ended_at": None if incident.ended_at is None else incident.ended_at.isoformat(),
    }


def open_incident(
    session: Session,
    principal: Principal,
    *,
    kind: str,
    title: str,
    site_id: uuid.UUID | None = None,
    description: str = "",
    started_at: datetime | None = None,
    ticket_ids: Iterable[uuid.UUID] = (),
    miner_ids: Iterable[uuid.UUID] = (),
    all_site_miners: bool = False,
    clock: Clock = system_clock,
) -> Incident:
    """Record an incident; ``all_site_miners`` links every active miner of its site (a site-wide power loss)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "record incidents")
    if kind not in INCIDENT_KINDS:
        raise ValidationError(
            "kind",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{kind!r} is not one of {value}"),
                kind=kind,
                value=", ".join(INCIDENT_KINDS),
            ),
        )
    if site_id is not None and session.get(Site, site_id) is None:
        raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "no such site"))
    incident = Incident(
        id=uuid.uuid4(),
        site_id=site_id,
        kind=kind,
        title=required_text("title", title, 200),
        description=optional_text("description", description, 20_000),
        started_at=started_at or clock(),
        opened_by=principal.username[:64],
    )
    session.add(incident)
    flush(session, "incident")
    if all_site_miners:
        if site_id is None:
            raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "choose the site whose miners it affected"))
        active = select(Miner.id).where(Miner.site_id == site_id, Miner.is_active.is_(True))
        miner_ids = [*miner_ids, *session.scalars(active)]
    linked = _add_links(session, incident, ticket_ids, miner_ids)
    audit.append(
        session,
        principal,
        "incident.create",
        "incident",
        incident.id,
        after=_state(incident) | linked,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "recorded incident {title} ({kind})"),
            title=incident.title,
            kind=in_sentence(KIND_LABELS, kind),
        ),
        clock=clock,
    )
    return incident


def link(
    session: Session,
    principal: Principal,
    incident_id: uuid.UUID,
    *,
    ticket_ids: Iterable[uuid.UUID] = (),
    miner_ids: Iterable[uuid.UUID] = (),
    clock: Clock = system_clock,
) -> Incident:
    """Link more tickets and miners (those already linked are left as they are)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "link tickets and miners to incidents")
    incident = get_incident(session, principal, incident_id).incident
    linked = _add_links(session, incident, ticket_ids, miner_ids)
    incident.updated_at = clock()
    flush(session, "incident")
    audit.append(
        session,
        principal,
        "incident.link",
        "incident",
        incident.id,
        after=linked,
        summary=Text(
            QT_TRANSLATE_NOOP("Audit", "linked {n_tickets} tickets, {n_miners} miners to incident {title}"),
            n_tickets=len(linked["tickets"]),
            n_miners=len(linked["miners"]),
            title=incident.title,
        ),
        clock=clock,
    )
    return incident


def end_incident(
    session: Session,
    principal: Principal,
    incident_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    ended_at: datetime | None = None,
    clock: Clock = system_clock,
) -> Incident:
    require(principal, Permission.CUSTOMERS_MANAGE, "end incidents")
    incident = get_incident(session, principal, incident_id).incident
    check_version("incident", incident.version, expected_version)
    before = _state(incident)
    end = ended_at or clock()
    if end < incident.started_at:
        raise ValidationError("ended at", QT_TRANSLATE_NOOP("Errors", "is before the incident started"))
    incident.ended_at = end
    flush(session, "incident")
    audit.append(
        session,
        principal,
        "incident.end",
        "incident",
        incident.id,
        before=before,
        after=_state(incident),
        summary=Text(QT_TRANSLATE_NOOP("Audit", "ended incident {title}"), title=incident.title),
        clock=clock,
    )
    return incident


def _add_links(
    session: Session, incident: Incident, ticket_ids: Iterable[uuid.UUID], miner_ids: Iterable[uuid.UUID]
) -> dict[str, list[str]]:
    tickets, miners = list(dict.fromkeys(ticket_ids)), list(dict.fromkeys(miner_ids))
    found_tickets = set(session.scalars(select(Ticket.id).where(Ticket.id.in_(tickets)))) if tickets else set()
    found_miners = set(session.scalars(select(Miner.id).where(Miner.id.in_(miners)))) if miners else set()
    problems = [
        Text(QT_TRANSLATE_NOOP("Errors", "no such ticket: {id}"), id=t) for t in tickets if t not in found_tickets
    ]
    problems += [
        Text(QT_TRANSLATE_NOOP("Errors", "no such miner: {id}"), id=m) for m in miners if m not in found_miners
    ]
    if problems:
        raise ValidationError("links", Joined(QT_TRANSLATE_NOOP("Errors", "; "), problems))
    have_t = set(session.scalars(select(IncidentTicket.ticket_id).where(IncidentTicket.incident_id == incident.id)))
    have_m = set(session.scalars(select(IncidentMiner.miner_id).where(IncidentMiner.incident_id == incident.id)))
    new_t, new_m = [t for t in tickets if t not in have_t], [m for m in miners if m not in have_m]
    session.add_all(IncidentTicket(incident_id=incident.id, ticket_id=t) for t in new_t)
    session.add_all(IncidentMiner(incident_id=incident.id, miner_id=m) for m in new_m)
    flush(session, "incident")
    return {"tickets": [str(t) for t in new_t], "miners": [str(m) for m in new_m]}
