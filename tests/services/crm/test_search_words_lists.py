"""A search of several words: a word about as common as the rarest is matched by its id list, a much commoner one
record by record (listing.LIST_WITHIN); either way the records holding every word, no others."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import Customer
from hashinsight_desktop.services.crm import customers, listing
from hashinsight_desktop.services.permissions import Role, os_account
from hashinsight_desktop.services.transaction import unit_of_work

STAFF = os_account(Role.ADMIN)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # word ranges compare alike: tested in search_terms
def test_common_and_rare_second_words(session_factory) -> None:
    names = ["Alpha Cobalt", "Beta Cobalt", "Alpha Iron", "Zulu Common"] + [f"Common {i}" for i in range(12)]
    with unit_of_work(session_factory) as session:
        for name in names:
            customers.add_customer(session, STAFF, name=name)
    with session_factory() as session:

        def found(search: str) -> list[str]:
            condition = listing.search_condition(session, search, Customer.id, [("customer", Customer.id)])
            return list(session.scalars(select(Customer.name).where(condition).order_by(Customer.name)))

        assert found("alpha cobalt") == found("cobalt alpha") == ["Alpha Cobalt"]  # alike: both id lists
        assert listing.LIST_WITHIN < 13  # "common" (13 records) is far commoner than "zulu" (1): checked per record
        assert found("common zulu") == ["Zulu Common"]
        assert found("alpha zulu") == []
