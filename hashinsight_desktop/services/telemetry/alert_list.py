"""Alerts as a list reads them: the open ones the user may see (the Fleet tab, ``alerts list``), newest first,
scoped like the miners list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import Alert, Miner, Site
from hashinsight_desktop.services.permissions import Permission, Principal, Role
from hashinsight_desktop.services.stored_text import Stored, render_stored
from hashinsight_desktop.services.texts import Translate

OPEN_ALERTS_LIMIT = 500  # newest first; a farm with more open alerts has a bigger problem than this list


class AlertMessages:
    """An alert's messages in the reader's language (English as stored for alerts raised before texts were kept)."""

    message: str
    message_text: Stored | None
    current_message: str | None
    current_message_text: Stored | None

    def message_in(self, translate: Translate | None) -> str:
        return render_stored(self.message, self.message_text, translate)

    def current_message_in(self, translate: Translate | None) -> str | None:
        if self.current_message is None:
            return None
        return render_stored(self.current_message, self.current_message_text, translate)


@dataclass(frozen=True)
class AlertRow(AlertMessages):
    id: uuid.UUID
    miner_id: uuid.UUID
    site_id: uuid.UUID
    miner: str
    ip_address: str
    site: str
    kind: str
    severity: str
    message: str  # as raised
    raised_at: datetime
    acknowledged_by: str | None
    current_message: str | None = None  # the latest poll's reading while it holds
    acknowledged_at: datetime | None = None
    acknowledged_note: str | None = None
    message_text: Stored | None = None  # the messages' templates and figures (services/stored_text.py)
    current_message_text: Stored | None = None


def open_alerts(session: Session, principal: Principal, limit: int = OPEN_ALERTS_LIMIT) -> list[AlertRow]:
    """Open (not cleared) alerts the user may see, newest first; scoped like the miners list."""
    query = (
        select(Alert, Miner.name, Miner.ip_address, Site.name)
        .join(Miner, Miner.id == Alert.miner_id)
        .join(Site, Site.id == Alert.site_id)
        .where(Alert.cleared_at.is_(None))
        .order_by(Alert.raised_at.desc(), Alert.id)
        .limit(limit)
    )
    if principal.role is Role.CUSTOMER:
        if principal.customer_id is None:
            return []
        query = query.where(Miner.customer_id == principal.customer_id)
    elif not principal.can(Permission.SITES_READ):
        return []
    elif not principal.sees_all_sites():
        query = query.where(Alert.site_id.in_(principal.site_ids))
    return [
        AlertRow(
            a.id,
            a.miner_id,
            a.site_id,
            name,
            ip,
            site,
            a.kind,
            a.severity,
            a.message,
            a.raised_at,
            a.acknowledged_by,
            a.current_message,
            a.acknowledged_at,
            a.acknowledged_note,
            a.message_text,
            a.current_message_text,
        )
        for a, name, ip, site in session.execute(query)
    ]
