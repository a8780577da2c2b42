"""Two desktops editing one record: the second save is refused with a clear message."""

from __future__ import annotations

import pytest

from hashinsight_desktop.db.models import Site, User
from hashinsight_desktop.services import sites, users
from hashinsight_desktop.services.errors import ConcurrentModificationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

CLEAR_MESSAGE = "changed by someone else"


def test_stale_save_from_an_old_copy_is_refused(session_factory) -> None:
    people = make_people(session_factory)
    with session_factory() as session:
        opened_version = session.get(Site, people.site_id).version  # desktop A opens the edit form

    with unit_of_work(session_factory) as session:  # desktop B saves first
        sites.update_site(
            session,
            people.admin,
            people.site_id,
            expected_version=opened_version,
            name="Texas North",
            location="Abilene",
            capacity_mw="25",
            electricity_price_usd_per_kwh="0.05",
            timezone="UTC",
        )

    with pytest.raises(ConcurrentModificationError, match=CLEAR_MESSAGE), unit_of_work(session_factory) as session:
        sites.update_site(
            session,
            people.owner,
            people.site_id,
            expected_version=opened_version,
            name="Texas N",
            location="",
            capacity_mw="30",
            electricity_price_usd_per_kwh="0.04",
            timezone="UTC",
        )

    with session_factory() as session:
        site = session.get(Site, people.site_id)
        assert (site.location, str(site.capacity_mw)) == ("Abilene", "25.000")  # B's save stands, whole


def test_race_between_read_and_write_is_caught_by_the_version_column(session_factory) -> None:
    """Both desktops read version N at the same moment; the later UPDATE matches no row."""
    people = make_people(session_factory)
    with session_factory() as session_a:
        user_a = session_a.get(User, people.guest.user_id)
        with unit_of_work(session_factory) as session_b:
            users.update_user(
                session_b,
                people.owner,
                people.guest.user_id,
                expected_version=user_a.version,
                display_name="changed by B",
            )
        user_a.display_name = "changed by A"
        with pytest.raises(ConcurrentModificationError, match=CLEAR_MESSAGE):
            from hashinsight_desktop.services.transaction import flush

            flush(session_a, "user")
        session_a.rollback()
    with session_factory() as session:
        assert session.get(User, people.guest.user_id).display_name == "changed by B"


def test_login_bookkeeping_does_not_make_an_open_edit_stale(session_factory) -> None:
    from hashinsight_desktop.services import auth
    from tests.support.factories import PASSWORD

    people = make_people(session_factory)
    with session_factory() as session:
        opened_version = session.get(User, people.guest.user_id).version
    auth.login(session_factory, "guest", PASSWORD)
    with unit_of_work(session_factory) as session:
        users.update_user(
            session, people.owner, people.guest.user_id, expected_version=opened_version, display_name="Gus Guest"
        )


def test_audit_appends_from_many_threads_never_collide(database) -> None:  # type: ignore[no-untyped-def]
    """Each thread appends in its own transaction; the chain stays gap-free and verifies."""
    import threading

    from hashinsight_desktop.services import audit
    from hashinsight_desktop.services.permissions import SYSTEM
    from hashinsight_desktop.services.transaction import unit_of_work

    errors: list[BaseException] = []

    def append_many(worker: int) -> None:
        try:
            for n in range(15):
                with unit_of_work(database.session_factory) as session:
                    audit.append(session, SYSTEM, "test.append", "test", f"{worker}-{n}", summary="race")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=append_many, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[0]
    with database.session_factory() as session:
        result = audit.verify(session, SYSTEM)
    assert result.ok and result.checked >= 60
