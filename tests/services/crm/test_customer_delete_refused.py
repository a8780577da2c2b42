"""Deleting a customer that tickets, deals or leads still refer to is refused with one line counting each kind,
and nothing changes (was a raw IntegrityError from the RESTRICT foreign keys)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import AuditRecord, Customer, User
from hashinsight_desktop.services.crm import customers, deals, tickets
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.permissions import Role, os_account
from hashinsight_desktop.services.transaction import unit_of_work

STAFF = os_account(Role.ADMIN)  # no user rows needed


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # plain counts: identical SQL on both engines
def test_a_customer_with_tickets_and_deals_is_not_deleted(session_factory) -> None:
    with unit_of_work(session_factory) as session:
        acme = customers.add_customer(session, STAFF, name="Acme Hosting")
        seller = User(username="sam", password_hash="-", role="admin")  # never logs in: no real hash needed
        session.add(seller)
        session.flush()
        for subject in ("Fan noise", "Offline"):
            tickets.open_ticket(session, STAFF, subject=subject, customer_id=acme.id)
        deals.add_deal(session, STAFF, customer_id=acme.id, title="200 S21", owner_id=seller.id)
        acme_id, version = acme.id, acme.version
    with session_factory() as session:
        audits = session.scalar(select(func.count()).select_from(AuditRecord))
    refused = pytest.raises(ValidationError, match=r"^customer: Acme Hosting still has 1 deals, 2 tickets on record$")
    with refused, unit_of_work(session_factory) as session:
        customers.delete_customer(session, STAFF, acme_id, expected_version=version)
    with session_factory() as session:
        assert session.get(Customer, acme_id) is not None
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == audits
