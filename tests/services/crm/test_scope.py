"""Customer scoping: a customer sees only their own rows; another customer's id reads as missing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import Customer
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.crm.scope import get_scoped, not_found_message, scoped
from hashinsight_desktop.services.errors import NotFound, PermissionDenied
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

# The rule is plain SQL (one WHERE): the same on both engines, so one engine proves it.
pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def test_customer_sees_only_their_own_and_another_id_reads_as_missing(session_factory) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        other = customers.add_customer(session, people.owner, name="Bitfarm Ltd").id
    with session_factory() as session:
        own = session.scalars(scoped(select(Customer), people.customer, Customer.id)).all()
        assert [c.id for c in own] == [people.customer_id]
        staff = session.scalars(scoped(select(Customer), people.admin, Customer.id)).all()
        assert {c.id for c in staff} == {people.customer_id, other}

        assert get_scoped(session, people.customer, Customer, people.customer_id, Customer.id).name == "Acme Hosting"
        with pytest.raises(NotFound) as foreign:
            get_scoped(session, people.customer, Customer, other, Customer.id)
        with pytest.raises(NotFound) as missing:
            get_scoped(session, people.customer, Customer, uuid.uuid4(), Customer.id)
        assert str(foreign.value) == str(missing.value) == not_found_message("customer")
        assert get_scoped(session, people.owner, Customer, other, Customer.id).name == "Bitfarm Ltd"


def test_staff_without_customer_rights_and_unlinked_customers_see_nothing(session_factory) -> None:
    people = make_people(session_factory)
    with session_factory() as session:
        for principal in (people.site_manager, people.guest):
            with pytest.raises(PermissionDenied, match="may not see customer records"):
                scoped(select(Customer), principal, Customer.id)
        unlinked = Principal(user_id=uuid.uuid4(), username="loose", role=Role.CUSTOMER, customer_id=None)
        assert session.scalars(scoped(select(Customer), unlinked, Customer.id)).all() == []
