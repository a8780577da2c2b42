"""Gapless invoice numbers under concurrent issuing from two processes, one of which rolls back: the second
waits for the first's counter lock (PostgreSQL: the row locked FOR UPDATE; SQLite: the database's write lock),
then takes the number the rolled-back issue gave back. Engine-specific on purpose: each engine locks its way."""

from __future__ import annotations

import multiprocessing
import time
from typing import Any

from sqlalchemy import text

from hashinsight_desktop.db.models import Invoice
from hashinsight_desktop.services.billing.invoices import issue_invoice
from hashinsight_desktop.services.billing.numbering import CREDIT_NOTE, INVOICE, next_number
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.billing_db import issuer
from tests.services.billing_db.kit import make_billing

SPAWN = multiprocessing.get_context("spawn")
WAIT_S = 60


def _next(events: Any) -> tuple[str, str]:
    return events.get(timeout=WAIT_S)  # type: ignore[no-any-return]


def _blocked_on_a_lock(database: Database) -> bool:
    if database.engine.dialect.name != "postgresql":
        time.sleep(0.5)  # SQLite shows no waiters: give the second process time to reach its busy wait
        return True
    with database.engine.connect() as connection:
        waiting = connection.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
    return bool(waiting)


def test_two_processes_issue_at_once_one_rolls_back_and_no_number_is_lost(database: Database) -> None:
    billing = make_billing(database)
    with unit_of_work(billing.session_factory) as session:
        drafts = [run_billing(session, SYSTEM, period).drafts[0].id for period in ("2026-10", "2026-11", "2026-12")]
    url = database.engine.url.render_as_string(hide_password=False)
    events, release = SPAWN.Queue(), SPAWN.Event()
    go_first, go_second = SPAWN.Event(), SPAWN.Event()
    first = SPAWN.Process(target=issuer.issue, args=(url, str(drafts[0]), events, go_first, release, True))
    second = SPAWN.Process(target=issuer.issue, args=(url, str(drafts[1]), events, go_second, release, False))
    first.start()
    second.start()  # both import and connect at once; each issues when told
    try:
        go_first.set()
        assert _next(events) == ("trying", str(drafts[0]))
        assert _next(events) == ("took", "INV-2026-000001")  # and holds the counter
        go_second.set()
        assert _next(events) == ("trying", str(drafts[1]))
        deadline = time.monotonic() + WAIT_S
        while not _blocked_on_a_lock(database):
            assert time.monotonic() < deadline, "the second issuer never waited for the first"
            time.sleep(0.05)
        release.set()
        assert _next(events) == ("rolled back", "INV-2026-000001")
        assert _next(events) == ("took", "INV-2026-000001")  # the number given back
        assert _next(events) == ("committed", "INV-2026-000001")
    finally:
        go_first.set()
        go_second.set()
        release.set()
        first.join(WAIT_S)
        second.join(WAIT_S)
    with unit_of_work(billing.session_factory) as session:
        assert issue_invoice(session, SYSTEM, drafts[2]).number == "INV-2026-000002"
    with billing.session_factory() as session:
        numbers = [session.get(Invoice, draft).number for draft in drafts]  # type: ignore[union-attr]
    assert numbers == [None, "INV-2026-000001", "INV-2026-000002"]
    assert first.exitcode == 0 and second.exitcode == 0
    with unit_of_work(billing.session_factory) as session:  # each series counts on its own
        taken = [next_number(session, CREDIT_NOTE, 2026), next_number(session, INVOICE, 2027)]
    assert taken == ["CN-2026-000001", "INV-2027-000001"]
