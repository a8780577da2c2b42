"""Bad input is refused with the field named, before anything reaches the database."""

from __future__ import annotations

import pytest

from hashinsight_desktop.db.models import AuditRecord, User
from hashinsight_desktop.services import sites, users
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people


@pytest.fixture
def people(session_factory):
    return make_people(session_factory)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone: 'Mars/Olympus' is not a time zone"),
        ({"electricity_price_usd_per_kwh": "0.0451234"}, "electricity_price_usd_per_kwh: at most 5 decimal places"),
        ({"electricity_price_usd_per_kwh": "cheap"}, "electricity_price_usd_per_kwh: 'cheap' is not a number"),
        ({"capacity_mw": "-1"}, "capacity_mw: must be between"),
        ({"location": "x" * 201}, "location: must be at most 200"),
        ({"name": ""}, "name: is required"),
    ],
)
def test_site_fields(session_factory, people, changes, message) -> None:
    fields = {
        "name": "New",
        "location": "",
        "capacity_mw": "1",
        "electricity_price_usd_per_kwh": "0.05",
        "timezone": "America/Chicago",
        **changes,
    }
    with pytest.raises(ValidationError, match=message), unit_of_work(session_factory) as session:
        sites.create_site(session, people.owner, **fields)


def test_duplicate_names_name_the_field(session_factory, people) -> None:
    with (
        pytest.raises(ValidationError, match="name: another site already uses this value"),
        unit_of_work(session_factory) as session,
    ):
        sites.create_site(session, people.owner, name="Texas North")
    with (
        pytest.raises(ValidationError, match="username: 'guest' is already taken"),
        unit_of_work(session_factory) as session,
    ):
        users.create_user(session, people.owner, username="Guest", password="long enough pw", role="guest")


def test_long_text_is_refused_on_both_engines(session_factory, people) -> None:
    with pytest.raises(ValidationError, match="display_name"), unit_of_work(session_factory) as session:
        users.update_user(session, people.owner, people.guest.user_id, expected_version=1, display_name="x" * 201)
    with pytest.raises(ValidationError, match="contact_email"), unit_of_work(session_factory) as session:
        customers.add_customer(session, people.owner, name="Long", contact_email="a" * 250 + "@x.io")


def test_anyone_may_change_their_own_display_name(session_factory, people) -> None:
    with unit_of_work(session_factory) as session:
        users.update_user(session, people.admin, people.admin.user_id, expected_version=1, display_name="Ada Admin")
    with session_factory() as session:
        assert session.get(User, people.admin.user_id).display_name == "Ada Admin"


def test_password_reset_keeps_open_edits_valid(session_factory, people) -> None:
    with unit_of_work(session_factory) as session:
        users.set_password(session, people.owner, people.guest.user_id, "a brand new password")
    with unit_of_work(session_factory) as session:
        users.update_user(session, people.owner, people.guest.user_id, expected_version=1, display_name="Gus")


def test_a_save_that_changes_nothing_is_not_audited(session_factory, people) -> None:
    with session_factory() as session:
        before = session.query(AuditRecord).count()
        site = sites.get_site(session, people.owner, people.site_id)
    with unit_of_work(session_factory) as session:
        sites.update_site(
            session,
            people.owner,
            site.id,
            expected_version=site.version,
            name=site.name,
            location=site.location,
            capacity_mw=site.capacity_mw,
            electricity_price_usd_per_kwh=site.electricity_price_usd_per_kwh,
            timezone=site.timezone,
        )
        users.update_user(session, people.owner, people.guest.user_id, expected_version=1)
    with session_factory() as session:
        assert session.query(AuditRecord).count() == before
