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
from dataclasses import dataclass

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
    user_id: uuid.UUID
    title: str
    message: str
    deal_id: uuid.UUID
    emailed_to: str | None  # the address the notice was queued for (None: console only)


def notify_owner(
    session: Session,
    principal: Principal,
    deal: Deal,
    customer: Customer,
    *,
    title: str,
    message: str,
    clock: Clock = system_clock,
) -> OwnerNotice:
    """The owner's notice about ``deal``, in the caller's transaction: the console event and, with SMTP set up
    and an address on the owner's account, an e-mail."""
    owner = session.get(User, deal.owner_id)
    address = owner.email if owner is not None else None
    payload = {"title": title, "message": message, "deal_id": str(deal.id), "customer": customer.name}
    outbox.emit(session, NOTICE_TOPIC, "user", deal.owner_id, payload)
    if not address or not crm_mail.smtp_configured(session):
        return OwnerNotice(deal.owner_id, title, message, deal.id, None)
    body = (
        f"{message}\n\nDeal: {deal.title}\nCustomer: {customer.name}\nValue: {deal.value}\nBy: {principal.username}\n"
    )
    crm_mail.queue_email(
        session, address, title, body, related=("deal", deal.id), queued_by=principal.username, clock=clock
    )
    return OwnerNotice(deal.owner_id, title, message, deal.id, address)


def notices_for(rows: Iterable[OutboxRow], user_id: uuid.UUID | None) -> list[OwnerNotice]:
    """The notices among the outbox rows a console read that are meant for its logged-in user."""
    if user_id is None:
        return []
    found = []
    for row in rows:
        if row.topic != NOTICE_TOPIC or row.entity_id != str(user_id):
            continue
        try:
            deal_id = uuid.UUID(str(row.payload["deal_id"]))
            found.append(OwnerNotice(user_id, str(row.payload["title"]), str(row.payload["message"]), deal_id, None))
        except (KeyError, ValueError):  # a notice of another version: not shown
            continue
    return found
