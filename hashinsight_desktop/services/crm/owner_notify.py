"""Telling a deal's owner: in the console, and by e-mail when SMTP is configured.

The console hears it the way it hears every other process: an outbox event (``crm.owner_notice`` on the
owner's user id, written in the transaction of the change, so a rolled-back change notifies nobody). Each
console's outbox listener reads it and shows the ones for its logged-in user (``notices_for``) as a desktop
notification. The e-mail is queued in the CRM send log (``crm_mail.queue_email``) in the same transaction,
and only when an e-mail channel exists and the owner has an address.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Customer, Deal, User
from hashinsight_desktop.services import outbox
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.crm import crm_mail
from hashinsight_desktop.services.permissions import Principal

NOTICE_TOPIC = "crm.owner_notice"


@dataclass(frozen=True)
class OwnerNotice:
    """A deal made from a lead, for its owner; the console words it in the user's language."""

    user_id: uuid.UUID
    deal_id: uuid.UUID
    deal_title: str
    customer: str
    lead_title: str
    by: str  # who converted it
    emailed_to: str | None = None  # the address the e-mail was queued for (None: console only)


def notify_owner(
    session: Session,
    principal: Principal,
    deal: Deal,
    customer: Customer,
    *,
    lead_title: str,
    clock: Clock = system_clock,
) -> OwnerNotice:
    """Tell the owner of ``deal`` (just made from lead ``lead_title``), in the caller's transaction: the console
    event and, with SMTP set up and an address on the owner's account, an e-mail."""
    notice = OwnerNotice(deal.owner_id, deal.id, deal.title, customer.name, lead_title, principal.username)
    payload = {"deal_id": str(deal.id), "deal": deal.title, "customer": customer.name, "lead": lead_title}
    outbox.emit(session, NOTICE_TOPIC, "user", deal.owner_id, payload | {"by": principal.username})
    owner = session.get(User, deal.owner_id)
    address = owner.email if owner is not None else None
    if not address or not crm_mail.smtp_configured(session):
        return notice
    body = (
        f"{principal.username} converted lead {lead_title} into a deal you own.\n\n"
        f"Deal: {deal.title}\nCustomer: {customer.name}\nValue: {deal.value}\nStage: {deal.stage}\n"
    )
    subject = f"New deal: {deal.title}"
    crm_mail.queue_email(
        session, address, subject, body, related=("deal", deal.id), queued_by=principal.username, clock=clock
    )
    return replace(notice, emailed_to=address)


def notices_for(rows: Iterable[OutboxRow], user_id: uuid.UUID | None) -> list[OwnerNotice]:
    """The notices among the outbox rows a console read that are meant for its logged-in user."""
    if user_id is None:
        return []
    found = []
    for row in rows:
        if row.topic != NOTICE_TOPIC or row.entity_id != str(user_id):
            continue
        p = row.payload
        try:
            found.append(
                OwnerNotice(user_id, uuid.UUID(str(p["deal_id"])), p["deal"], p["customer"], p["lead"], p["by"])
            )
        except (KeyError, ValueError):  # a notice of another version: not shown
            continue
    return found
