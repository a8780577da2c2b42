"""Tickets: every illegal move refused (nothing saved), customers see only their own (another's by id is "not
found"), a customer's reply resumes a waiting ticket, a staff reply reaches the customer's contacts through a
loopback SMTP server, two editors of one ticket give "changed by someone else", SLA due times and breaches."""

from __future__ import annotations

import asyncio
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CustomerContact, EmailLog, Miner, Site, TicketStatusChange
from hashinsight_desktop.services.crm import crm_mail, customers, sla_policies, sla_timers, tickets
from hashinsight_desktop.services.crm.sla_calendar import office_hours
from hashinsight_desktop.services.crm.ticket_list import TICKET_STATES
from hashinsight_desktop.services.errors import ConcurrentModificationError, NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.permissions import Principal, Role, os_account
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.loopback_servers import smtp_server

SQLITE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # plain ORM and scoped SQL: one engine
STAFF = os_account(Role.ADMIN)  # no user rows needed (hashing passwords costs seconds)
T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # a Monday
PATHS = {"open": [], "in_progress": ["in_progress"], "waiting": ["waiting"], "resolved": ["resolved"],
         "closed": ["resolved", "closed"]}  # fmt: skip


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _farm(session_factory: sessionmaker[Session]) -> tuple[Principal, Principal, uuid.UUID, uuid.UUID]:
    """Two customers (the first with contacts and a miner) and their customer-role principals."""
    with unit_of_work(session_factory) as session:
        acme = customers.add_customer(session, STAFF, name="Acme Hosting")  # indexed for search, as the tab adds
        bolt = customers.add_customer(session, STAFF, name="Bolt Mining", contact_email="desk@bolt.example")
        site = Site(name="Texas North", timezone="America/Chicago")
        session.add(site)
        session.flush()
        session.add_all([
            CustomerContact(customer_id=acme.id, name="Ann", email="ann@acme.example", role="primary"),
            CustomerContact(customer_id=acme.id, name="Tom", email="tom@acme.example", role="technical"),
            CustomerContact(customer_id=acme.id, name="Bill", email="bill@acme.example", role="billing"),
            Miner(site_id=site.id, customer_id=acme.id, name="m1", ip_address="10.0.0.1"),
            Miner(site_id=site.id, customer_id=bolt.id, name="m2", ip_address="10.0.0.2"),
        ])  # fmt: skip
        ids = acme.id, bolt.id
    return (Principal(None, "acme-user", Role.CUSTOMER, customer_id=ids[0]),
            Principal(None, "bolt-user", Role.CUSTOMER, customer_id=ids[1]), *ids)  # fmt: skip


def _open(
    session_factory: sessionmaker[Session], by: Principal, customer_id: uuid.UUID | None = None, **kw: object
) -> uuid.UUID:
    with unit_of_work(session_factory) as session:
        return tickets.open_ticket(session, by, subject=str(kw.pop("subject", "Fan noise")), customer_id=customer_id,
                                   **kw).id  # type: ignore[arg-type]  # fmt: skip


def _changes(session: Session, ticket_id: uuid.UUID) -> int:
    query = select(func.count()).select_from(TicketStatusChange).where(TicketStatusChange.ticket_id == ticket_id)
    return session.scalar(query) or 0


def _move(
    session_factory: sessionmaker[Session], ticket_id: uuid.UUID, status: str, clock: Clock | None = None
) -> None:
    with unit_of_work(session_factory, "ticket") as session:
        tickets.move_ticket(session, STAFF, ticket_id, status, clock=clock or Clock())


@SQLITE
def test_every_illegal_move_is_refused_with_the_move_named_and_nothing_saved(
    session_factory: sessionmaker[Session],
) -> None:
    _, _, acme, _ = _farm(session_factory)
    for start, path in PATHS.items():
        for target in TICKET_STATES:
            ticket_id = _open(session_factory, STAFF, acme)
            for step in path:
                _move(session_factory, ticket_id, step)
            legal = target in tickets.legal_moves(start)
            if legal:
                _move(session_factory, ticket_id, target)
                continue
            with session_factory() as session:
                before = tickets.get_ticket(session, STAFF, ticket_id)
                version, changes = before.version, _changes(session, ticket_id)
            with pytest.raises(
                ValidationError, match=rf"^status: T-\d+ cannot move {start} → {target} \(from {start}: "
            ):
                _move(session_factory, ticket_id, target)
            with session_factory() as session:
                after = tickets.get_ticket(session, STAFF, ticket_id)
                assert (after.status, after.version) == (start, version)
                assert _changes(session, ticket_id) == changes
    with pytest.raises(ValidationError, match=r"^status: 'done' is not one of open, in_progress"):
        _move(session_factory, ticket_id, "done")


@SQLITE
def test_a_customer_sees_only_their_tickets_and_another_customers_by_id_is_not_found(
    session_factory: sessionmaker[Session],
) -> None:
    acme_user, bolt_user, acme, bolt = _farm(session_factory)
    with session_factory() as session:
        acme_miner, bolt_miner = (session.scalar(select(Miner.id).where(Miner.name == n)) for n in ("m1", "m2"))
    own = _open(session_factory, acme_user, miner_ids=[acme_miner])  # a customer's ticket is always their own
    with pytest.raises(ValidationError, match=r"^miners: no such miner"):
        _open(session_factory, acme_user, miner_ids=[bolt_miner])
    with pytest.raises(ValidationError, match=r"^customer: That customer does not exist"):
        _open(session_factory, acme_user, bolt)
    with pytest.raises(ValidationError, match=r"^miners: hosted for another customer: m2$"):
        _open(session_factory, STAFF, acme, miner_ids=[bolt_miner])  # Acme's login would read Bolt's miner
    theirs = _open(session_factory, STAFF, bolt, subject="Power")
    with session_factory() as session:
        listed = tickets.list_tickets(session, acme_user)
        assert [r.id for r in listed.items] == [own] and listed.total == 1
        assert tickets.get_ticket(session, acme_user, own).customer_id == acme
        with pytest.raises(NotFound) as absent:
            tickets.get_ticket(session, acme_user, uuid.uuid4())
        missing = str(absent.value)
        for call in (lambda: tickets.get_ticket(session, acme_user, theirs),
                     lambda: sla_timers.ticket_timers(session, acme_user, theirs),
                     lambda: tickets.find_ticket(session, acme_user, "T-2"),
                     lambda: tickets.reply(session, acme_user, theirs, "hello?")):  # fmt: skip
            with pytest.raises(NotFound) as refused:
                call()
            assert str(refused.value) == missing == "That ticket does not exist (it may have been deleted)."
        with pytest.raises(PermissionDenied):
            tickets.move_ticket(session, acme_user, own, "in_progress")
        assert [r.id for r in tickets.list_tickets(session, bolt_user).items] == [theirs]
        assert tickets.list_tickets(session, STAFF).total == 2


@SQLITE
def test_replies_customer_resumes_a_waiting_ticket_staff_reply_reaches_the_contacts(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    acme_user, *_ = _farm(session_factory)
    ticket_id = _open(session_factory, acme_user, subject="Miner m1 offline")
    with smtp_server() as (port, inbox):
        with unit_of_work(session_factory) as session:
            settings = {"host": "127.0.0.1", "port": port, "security": "none", "sender": "noc@farm.example",
                        "recipients": ["noc@farm.example"]}  # fmt: skip
            save_channel(session, os_account(Role.OWNER), secrets, ChannelInput("Mail", "email", settings))
            answer = tickets.reply(session, STAFF, ticket_id, "Is it powered on?")
            assert answer.emailed_to == ["ann@acme.example", "tom@acme.example"]  # not the billing contact
            assert answer.ticket.first_response_at is not None
            tickets.move_ticket(session, STAFF, ticket_id, "waiting")
        with unit_of_work(session_factory) as session:
            back = tickets.reply(session, acme_user, ticket_id, "Yes, it is.")
            assert back.ticket.status == "in_progress" and back.emailed_to == []
        sent = asyncio.run(crm_mail.deliver_due_email(session_factory, secrets))
    assert [o.status for o in sent] == ["sent"]
    ((envelope, message),) = inbox
    assert sorted(envelope.rcpt_tos) == ["ann@acme.example", "tom@acme.example"]
    assert message["Subject"] == "[T-1] Miner m1 offline" and "Is it powered on?" in message.get_payload()
    with session_factory() as session:
        (row,) = session.scalars(select(EmailLog))
        assert (row.related_kind, row.related_id, row.status) == ("ticket", str(ticket_id), "sent")
        for status in ("resolved", "closed"):
            tickets.move_ticket(session, STAFF, ticket_id, status)
        with pytest.raises(ValidationError, match=r"^reply: T-1 is closed: open a new ticket$"):
            tickets.reply(session, acme_user, ticket_id, "again")


@SQLITE
def test_two_sessions_editing_one_ticket_changed_by_someone_else(session_factory: sessionmaker[Session]) -> None:
    _, _, acme, _ = _farm(session_factory)
    ticket_id = _open(session_factory, STAFF, acme)
    first, second = session_factory(), session_factory()
    try:
        mine = tickets.get_ticket(first, STAFF, ticket_id)
        stale = tickets.get_ticket(second, STAFF, ticket_id)
        stale_version = stale.version  # what the second editor's form holds
        tickets.update_ticket(first, STAFF, ticket_id, expected_version=mine.version, priority="urgent")
        first.commit()
        with pytest.raises(ConcurrentModificationError, match="changed by someone else"):  # the row moved under it
            tickets.update_ticket(second, STAFF, ticket_id, expected_version=stale_version, subject="Mine")
        second.rollback()
        with pytest.raises(ConcurrentModificationError, match="changed by someone else"):  # a stale form's version
            tickets.move_ticket(second, STAFF, ticket_id, "in_progress", expected_version=stale_version)
    finally:
        first.close()
        second.close()
    with session_factory() as session:
        assert (
            tickets.get_ticket(session, STAFF, ticket_id).priority,
            tickets.get_ticket(session, STAFF, ticket_id).subject,
        ) == ("urgent", "Fan noise")


def test_sla_due_times_breaches_search_sort_and_paging(session_factory: sessionmaker[Session]) -> None:
    """Both engines: the list's SQL (the breach condition, LIKE with escapes, the priority order) is their own."""
    _, _, acme, bolt = _farm(session_factory)
    clock = Clock()
    with unit_of_work(session_factory) as session:
        calendar = sla_policies.save_calendar(session, STAFF, name="Office", timezone="UTC", hours=office_hours())
        sla_policies.save_policy(session, STAFF, name="Default", calendar_id=calendar.id,
                                 targets={"normal": [60, 480], "urgent": [15, 120]})  # fmt: skip
    late = _open(session_factory, STAFF, acme, subject="100% fan_speed", clock=clock)
    answered = _open(session_factory, STAFF, bolt, subject="Cooling", priority="urgent", clock=clock)
    untimed = _open(session_factory, STAFF, bolt, subject="Invoice copy", priority="low", clock=clock)  # no target
    clock.now = T0 + timedelta(minutes=10)
    with unit_of_work(session_factory) as session:
        answer = tickets.reply(session, STAFF, answered, "On it.", clock=clock)
        assert (answer.emailed_to, answer.not_emailed) == ([], crm_mail.NO_SMTP)  # nothing queued to fail later
        assert session.scalars(select(EmailLog)).all() == []
        timers = sla_timers.ticket_timers(session, STAFF, answered, clock=clock)
        assert timers.response.state == "stopped" and not timers.response.breached
        assert timers.resolution.due_at == T0 + timedelta(hours=2)
    clock.now = T0 + timedelta(hours=1, minutes=30)
    with session_factory() as session:
        assert [r.id for r in tickets.breached_tickets(session, STAFF, clock=clock).items] == [late]
        not_breached = tickets.list_tickets(session, STAFF, breached=False, clock=clock)
        assert {r.id for r in not_breached.items} == {answered, untimed}
        page = tickets.list_tickets(session, STAFF, order_by="priority", descending=True, clock=clock)
        assert [(r.id, r.breached) for r in page.items] == [(answered, False), (late, True), (untimed, False)]
        assert [r.id for r in tickets.list_tickets(session, STAFF, search="FAN_S 10", clock=clock).items] == [late]
        assert tickets.list_tickets(session, STAFF, search="fan%", clock=clock).total == 0  # literal, not a wildcard
        assert tickets.list_tickets(session, STAFF, search="an_s", clock=clock).total == 0  # words start, not inside
        assert {r.id for r in tickets.list_tickets(session, STAFF, search="bolt", clock=clock).items} == {
            answered,
            untimed,
        }
        by_customer = tickets.list_tickets(session, STAFF, order_by="customer", descending=True, clock=clock)
        assert [r.customer_name for r in by_customer.items] == ["Bolt Mining", "Bolt Mining", "Acme Hosting"]
        assert [r.id for r in tickets.list_tickets(session, STAFF, search="T-1", clock=clock).items] == [late]
        second = tickets.list_tickets(session, STAFF, order_by="number", descending=False, limit=1, offset=1)
        assert [r.number for r in second.items] == [2] and second.total == 3
        with pytest.raises(ValidationError, match=r"^order_by: 'colour' is not sortable"):
            tickets.list_tickets(session, STAFF, order_by="colour")
    clock.now = T0 + timedelta(hours=3)  # the urgent one passes its 2-hour resolution target
    with session_factory() as session:
        assert {r.id for r in tickets.breached_tickets(session, STAFF, clock=clock).items} == {late, answered}


def _until_a_lock_is_awaited(session_factory: sessionmaker[Session]) -> None:
    deadline = time.monotonic() + 10
    with session_factory() as watcher:
        while not watcher.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted")):
            assert time.monotonic() < deadline, "the second insert never waited on the first"
            watcher.rollback()  # a fresh snapshot of the lock table


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)  # SQLite has one writer: no race to lose
def test_two_desktops_opening_tickets_at_once_get_consecutive_numbers(session_factory: sessionmaker[Session]) -> None:
    _, _, acme, _ = _farm(session_factory)
    first = session_factory()
    try:
        tickets.open_ticket(first, STAFF, customer_id=acme, subject="first")  # holds number 1, not committed yet
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(_open, session_factory, STAFF, acme, subject="second")  # reads 0 too, then waits
            _until_a_lock_is_awaited(session_factory)  # the second's insert waits on the first's number
            first.commit()
            second_id = second.result(timeout=10)
    finally:
        first.close()
    with session_factory() as session:
        assert tickets.get_ticket(session, STAFF, second_id).number == 2
        assert [r.subject for r in tickets.list_tickets(session, STAFF, order_by="number", descending=False).items] == [
            "first",
            "second",
        ]


@SQLITE
def test_a_policy_change_re_times_running_tickets_as_each_alone_would(session_factory: sessionmaker[Session]) -> None:
    _, _, acme, bolt = _farm(session_factory)
    clock = Clock()
    with unit_of_work(session_factory) as session:
        calendar = sla_policies.save_calendar(session, STAFF, name="Office", timezone="UTC", hours=office_hours())
        policy = sla_policies.save_policy(session, STAFF, name="Default", calendar_id=calendar.id,
                                          targets={"normal": [60, 480]})  # fmt: skip
        ids = (policy.id, policy.version, calendar.id)
    made = [_open(session_factory, STAFF, c, subject=f"t{i}", clock=clock) for i, c in enumerate([acme, bolt] * 3)]
    clock.now = T0 + timedelta(minutes=30)
    _move(session_factory, made[0], "waiting", clock)
    _move(session_factory, made[1], "resolved", clock)
    clock.now = T0 + timedelta(minutes=50)
    with unit_of_work(session_factory) as session:  # 40 minutes: the running ones are now past a 40-minute target
        sla_policies.save_policy(session, STAFF, name="Default", calendar_id=ids[2], targets={"normal": [40, 45]},
                                 policy_id=ids[0], expected_version=ids[1], clock=clock)  # fmt: skip
    with session_factory() as session:
        for ticket_id in made:
            ticket = tickets.get_ticket(session, STAFF, ticket_id)
            stored = (ticket.response_due_at, ticket.resolution_due_at, ticket.response_breached,
                      ticket.resolution_breached)  # fmt: skip
            sla_timers.refresh(session, ticket, clock.now)  # one at a time: what the batch must have stored
            assert stored == (ticket.response_due_at, ticket.resolution_due_at, ticket.response_breached,
                              ticket.resolution_breached), ticket.subject  # fmt: skip
            session.rollback()
        breached = {r.id for r in tickets.breached_tickets(session, STAFF, clock=clock).items}
    # By hand (Monday 09:00, office hours): the two moved at 09:30 met 40/45 minutes (30 counted, then waiting or
    # resolved); the four left open have counted 50 minutes at 09:50: past both new targets.
    assert breached == set(made[2:])
