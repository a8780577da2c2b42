"""For every role: which service calls succeed and which are refused (services enforce, not the UI)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hashinsight_desktop.services import audit, catalogue, sites, users
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.errors import NotFound, PermissionDenied
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import PASSWORD, People, make_people

Call = Callable[[object, Principal, People], object]

CALLS: dict[str, Call] = {
    "list users": lambda s, p, people: users.list_users(s, p),
    "create guest user": lambda s, p, people: users.create_user(
        s, p, username="new-guest", password=PASSWORD, role=Role.GUEST
    ),
    "create admin user": lambda s, p, people: users.create_user(
        s, p, username="new-admin", password=PASSWORD, role=Role.ADMIN
    ),
    "read audit log": lambda s, p, people: audit.list_records(s, p),
    "verify audit log": lambda s, p, people: audit.verify(s, p),
    "create site": lambda s, p, people: sites.create_site(s, p, name="New site"),
    "see own-scope site": lambda s, p, people: sites.get_site(s, p, people.site_id),
    "see other site": lambda s, p, people: sites.get_site(s, p, people.other_site_id),
    "list customers": lambda s, p, people: customers.list_customers(s, p),
    "see customer account": lambda s, p, people: customers.get_customer(s, p, people.customer_id),
    "read catalogue": lambda s, p, people: catalogue.list_models(s, p),
    "edit catalogue": lambda s, p, people: catalogue.create_model(
        s, p, {"manufacturer": "Test", "name": "Z1", "hashrate_ths": 100, "power_w": 3000}
    ),
}

ALLOWED: dict[Role, set[str]] = {
    Role.OWNER: set(CALLS),
    Role.ADMIN: set(CALLS) - {"create admin user"},
    Role.SITE_MANAGER: {"see own-scope site", "read catalogue"},
    Role.CUSTOMER: {"see customer account", "list customers", "read catalogue"},
    Role.GUEST: {"read catalogue"},
}


@pytest.fixture
def people(session_factory) -> People:
    return make_people(session_factory)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_role_matrix(session_factory, people: People, role: Role) -> None:
    principal = people.by_role(role)
    outcomes = {}
    for name, call in CALLS.items():
        try:
            with unit_of_work(session_factory) as session:
                call(session, principal, people)
            outcomes[name] = True
        except PermissionDenied:
            outcomes[name] = False
    assert {name for name, ok in outcomes.items() if ok} == ALLOWED[role]


def test_customer_sees_only_their_own_account(session_factory, people: People) -> None:
    with unit_of_work(session_factory) as session:
        other = customers.add_customer(session, people.owner, name="Other Hosting Co")
    with unit_of_work(session_factory) as session:
        assert [c.name for c in customers.list_customers(session, people.customer)] == ["Acme Hosting"]
        with pytest.raises(NotFound, match="does not exist"):  # another customer's id reads as missing
            customers.get_customer(session, people.customer, other.id)


def test_site_manager_lists_only_scoped_sites(session_factory, people: People) -> None:
    with session_factory() as session:
        assert [s.name for s in sites.list_sites(session, people.site_manager)] == ["Texas North"]
        assert len(sites.list_sites(session, people.admin)) == 2


def test_refusals_leave_nothing_written(session_factory, people: People) -> None:
    with session_factory() as session:
        before = audit.list_records(session, people.owner).total
    with pytest.raises(PermissionDenied), unit_of_work(session_factory) as session:
        users.create_user(session, people.guest, username="sneaky", password=PASSWORD, role=Role.OWNER)
    with session_factory() as session:
        assert audit.list_records(session, people.owner).total == before
        assert "sneaky" not in [u.username for u in users.list_users(session, people.owner)]


def test_admin_cannot_touch_owner_accounts(session_factory, people: People) -> None:
    with pytest.raises(PermissionDenied), unit_of_work(session_factory) as session:
        users.update_user(session, people.admin, people.owner.user_id, expected_version=1, display_name="pwned")
