"""A process that issues one invoice (for the gapless-numbering test): it reports the number it took, then
either commits, or holds its transaction open until told to go on and rolls it back."""

from __future__ import annotations

import uuid
from typing import Any

from hashinsight_desktop.services.billing.invoices import issue_invoice
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.permissions import SYSTEM


def issue(url: str, invoice_id: str, events: Any, go: Any, release: Any, roll_back: bool) -> None:
    database = open_database(url, run_migrations=False)
    try:
        with database.engine.connect():  # connected before being told to go
            pass
        go.wait(60)
        with database.session_factory() as session:
            events.put(("trying", invoice_id))
            number = issue_invoice(session, SYSTEM, uuid.UUID(invoice_id)).number
            events.put(("took", number))
            if roll_back:
                release.wait(30)
                session.rollback()
                events.put(("rolled back", number))
            else:
                session.commit()
                events.put(("committed", number))
    finally:
        database.close()
