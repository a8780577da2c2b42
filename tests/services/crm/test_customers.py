"""CRM customers: details and tags, the table's search/filter/sort/pages, contacts, stale edits refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, OutboxEvent
from hashinsight_desktop.services.crm import contacts, customers
from hashinsight_desktop.services.errors import ConcurrentModificationError, NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

# Plain SQL, identical on both engines: one engine keeps the suite fast, except the search, whose word ranges
# compare in PostgreSQL's "C" collation and SQLite's BINARY one.
ONE_ENGINE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def _add(session_factory, owner, **fields):  # type: ignore[no-untyped-def]
    with unit_of_work(session_factory) as session:
        return customers.add_customer(session, owner, **fields).id


def test_details_tags_search_filter_sort_and_pages(session_factory) -> None:
    people = make_people(session_factory)
    owner = people.owner
    bit = _add(session_factory, owner, name="Bitfarm", company="Bitfarm Ltd", tax_id="DE123", tags=["VIP", " colo "])
    _add(session_factory, owner, name="Zeta 100%", company="Zeta", phone="+1 555 0100", tags=["colo"])
    with session_factory() as session:
        got = customers.get_customer(session, owner, bit)
        assert (got.company, got.tax_id) == ("Bitfarm Ltd", "DE123")
        assert customers.tags_of(session, [bit]) == {bit: ("colo", "vip")}
        assert customers.all_tags(session, owner) == ["colo", "vip"]

        def names(**kw):  # type: ignore[no-untyped-def]
            return [c.name for c in customers.list_customers(session, owner, **kw)]

        assert names() == ["Acme Hosting", "Bitfarm", "Zeta 100%"]
        assert names(search="LTD") == ["Bitfarm"]  # company, any case
        assert names(search="555 01") == ["Zeta 100%"]  # phone
        assert names(search="100%") == ["Zeta 100%"]  # % is a character, not a wildcard
        assert names(search="%") == names(search="_") == []
        assert names(search="ops@acme") == names(search="acme") == ["Acme Hosting"]  # the e-mail's words
        assert names(search="stom") == []  # words are matched from their start
        assert names(tag="colo") == ["Bitfarm", "Zeta 100%"]
        assert names(tag="colo", search="zeta") == ["Zeta 100%"]
        assert names(order_by="company", descending=True) == ["Zeta 100%", "Bitfarm", "Acme Hosting"]
        assert names(limit=2, offset=1) == ["Bitfarm", "Zeta 100%"]
        assert customers.count_customers(session, owner, tag="colo") == 2
        assert customers.list_customers(session, people.customer) == [session.get(type(got), people.customer_id)]
        assert customers.count_customers(session, people.customer, search="bitfarm") == 0
        with pytest.raises(ValidationError, match="order_by"):
            names(order_by="password")
        summary = customers.customer_summary(session, owner, bit)
        assert (summary.tags, summary.contacts, summary.miners, summary.assets) == (("colo", "vip"), 0, 0, 0)
    with pytest.raises(ValidationError, match=r"^tags: 'a,b'"), unit_of_work(session_factory) as session:
        customers.add_customer(session, owner, name="Bad tags", tags=["a,b"])
    with pytest.raises(ValidationError, match=r"^contact_email:"), unit_of_work(session_factory) as session:
        customers.add_customer(session, owner, name="Bad mail", contact_email="nobody")


@ONE_ENGINE
@pytest.mark.parametrize("edit", ["fields", "tags"])
def test_two_sessions_editing_one_customer_the_second_is_refused(session_factory, edit: str) -> None:
    people = make_people(session_factory)
    with session_factory() as session:
        opened = customers.get_customer(session, people.owner, people.customer_id).version  # both open the form
    change = {"fields": {"company": "Acme Inc"}, "tags": {"tags": ["gold"]}}[edit]
    with unit_of_work(session_factory) as session:  # desktop A saves first
        customers.update_customer(
            session, people.owner, people.customer_id, expected_version=opened, name="Acme Hosting",
            contact_email="ops@acme.example", **change,
        )  # fmt: skip
    stale = pytest.raises(ConcurrentModificationError, match="changed by someone else")
    with stale, unit_of_work(session_factory) as session:  # desktop B, from its old copy
        customers.update_customer(
            session, people.admin, people.customer_id, expected_version=opened, name="Acme Hosting",
            contact_email="ops@acme.example", company="Acme B", tags=["silver"],
        )  # fmt: skip
    with session_factory() as session:
        customer = customers.get_customer(session, people.owner, people.customer_id)
        assert customer.company == change.get("company", "")
        found = customers.list_customers(session, people.owner, search="inc")  # the search follows the edit
        assert [c.name for c in found] == (["Acme Hosting"] if edit == "fields" else [])
        assert customers.tags_of(session, [customer.id]).get(customer.id, ()) == tuple(change.get("tags", ()))
        audit = session.scalars(select(AuditRecord).where(AuditRecord.action == "customer.update")).all()
        assert len(audit) == 1 and audit[0].summary == "updated customer Acme Hosting"
        topics = session.scalars(select(OutboxEvent.topic).where(OutboxEvent.entity_id == str(customer.id))).all()
        assert "customer.changed" in topics


@ONE_ENGINE
def test_contacts_with_roles_scoped_to_the_customer(session_factory) -> None:
    people = make_people(session_factory)
    other = _add(session_factory, people.owner, name="Bitfarm")
    with unit_of_work(session_factory) as session:
        contacts.add_contact(session, people.owner, people.customer_id, name="Zoe", role="technical")
        billing = contacts.add_contact(
            session, people.owner, people.customer_id, name="Ann", email="ap@acme.example", role="billing",
            is_billing=True,
        )  # fmt: skip
        contacts.add_contact(session, people.owner, people.customer_id, name="Bob", role="primary")
        hidden = contacts.add_contact(session, people.owner, other, name="Eve", role="primary").id
    with pytest.raises(ValidationError, match=r"^role: 'boss' is not one of"), unit_of_work(session_factory) as s:
        contacts.add_contact(s, people.owner, people.customer_id, name="X", role="boss")
    with session_factory() as session:
        listed = contacts.list_contacts(session, people.customer, people.customer_id)
        assert [(c.name, c.role, c.is_billing) for c in listed] == [
            ("Bob", "primary", False),
            ("Ann", "billing", True),
            ("Zoe", "technical", False),
        ]
        with pytest.raises(NotFound, match="does not exist"):
            contacts.list_contacts(session, people.customer, other)
    with pytest.raises(PermissionDenied, match="may not edit customer contacts"), unit_of_work(session_factory) as s:
        contacts.remove_contact(s, people.customer, hidden, expected_version=1)
    with unit_of_work(session_factory) as session:
        contacts.update_contact(
            session, people.owner, billing.id, expected_version=billing.version, name="Ann Lee",
            email="ap@acme.example", phone="", role="billing", is_billing=True,
        )  # fmt: skip
        assert session.scalars(select(AuditRecord.action).where(AuditRecord.entity_id == str(billing.id))).all() == [
            "customer_contact.create",
            "customer_contact.update",
        ]
