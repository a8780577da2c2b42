"""Lead → deal in one transaction: the customer (matched, never duplicated), the deal, the lead won, the note,
the audit record, the outbox events and the owner's notice (console event and queued e-mail) commit together,
or — a failure injected after any one step — nothing at all; the owner's e-mail reaches a loopback SMTP server."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import (
    Activity,
    AuditRecord,
    Customer,
    Deal,
    EmailLog,
    Lead,
    OutboxEvent,
)
from hashinsight_desktop.services import outbox
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.crm import contacts, conversion, crm_mail, owner_notify, sales_people
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.crm.pipeline_kit import cheap_passwords, clock, counts, new_lead, snapshot
from tests.support.factories import People, make_people
from tests.support.loopback_servers import smtp_server

pytestmark = pytest.mark.usefixtures(cheap_passwords.__name__)
SQLITE = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
OWNER_EMAIL = "sam.sales@farm.example"


def _mail_channel(session_factory: sessionmaker[Session], secrets: SecretStore, people: People, port: int) -> None:
    settings = {"host": "127.0.0.1", "port": port, "security": "none", "username": "",
                "sender": "crm@farm.example", "recipients": ["alerts@farm.example"]}  # fmt: skip
    with unit_of_work(session_factory) as session:
        save_channel(session, people.owner, secrets, ChannelInput("Mail", "email", settings, secret=None))
        with pytest.raises(PermissionDenied):  # another user's address needs USERS_MANAGE
            sales_people.set_notice_email(
                session, people.customer, people.admin.user_id, "x@y.example", expected_version=None
            )
        with pytest.raises(ValidationError, match=r"^email: not an e-mail address: sam@"):
            sales_people.set_notice_email(session, people.admin, people.admin.user_id, "sam@", expected_version=None)
        sales_people.set_notice_email(session, people.admin, people.admin.user_id, OWNER_EMAIL, expected_version=None)


def _convert(session_factory: sessionmaker[Session], people: People, lead_id: Any, **terms: Any) -> Any:
    with unit_of_work(session_factory) as session:
        version = session.get(Lead, lead_id).version
        return conversion.convert_lead(
            session,
            people.owner,
            lead_id,
            expected_version=version,
            owner_id=people.admin.user_id,
            clock=clock,
            **terms,
        )


def _fail_after(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def step_then_fail(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        raise RuntimeError(f"injected after {name}")

    monkeypatch.setattr(owner, name, step_then_fail)


# Each step of a conversion, in order, and the module attribute the step is reached through.
STEPS = [
    (conversion, "_customer"),
    (conversion, "_deal"),
    (conversion, "_win_lead"),
    (conversion, "_activity"),
    (conversion, "_audit"),
    (conversion, "_announce"),
    (crm_mail, "queue_email"),  # the owner's e-mail, inside _announce
    (outbox, "write_events"),  # the outbox rows, written just before the commit
]


def test_a_failure_after_any_step_leaves_nothing_and_never_a_duplicate_customer(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    """Both engines: what rolls back is the database's transaction."""
    people = make_people(session_factory)
    with smtp_server() as (port, _inbox):
        _mail_channel(session_factory, secrets, people, port)
    lead_id = new_lead(session_factory, people.owner, "qualified", email="anna@nordichash.example")
    before, written = snapshot(session_factory, Lead, lead_id), counts(session_factory)
    for owner, name in STEPS:
        with pytest.MonkeyPatch.context() as patch:
            _fail_after(patch, owner, name)
            with pytest.raises(RuntimeError, match=f"injected after {name}"):
                _convert(session_factory, people, lead_id)
        assert counts(session_factory) == written, name
        assert snapshot(session_factory, Lead, lead_id) == before, name

    made = _convert(session_factory, people, lead_id)
    after = counts(session_factory)
    assert made.customer_created and made.customer.name == "Nordic Hash AB"
    assert {k: after[k] - written[k] for k in ("Customer", "Deal", "Activity", "EmailLog")} == dict.fromkeys(
        ("Customer", "Deal", "Activity", "EmailLog"), 1
    )
    with session_factory() as session:
        lead = session.get(Lead, lead_id)
        assert (lead.status, lead.customer_id) == ("won", made.customer.id)
        deal = session.get(Deal, made.deal.id)
        assert (deal.stage, deal.value, deal.lead_id, deal.owner_id) == (
            "draft",
            lead.value_estimate,
            lead_id,
            people.admin.user_id,
        )
        (record,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "lead.convert"))
        assert "converted into deal Hosting for 200 S21 for Nordic Hash AB, new customer" in record.summary
        topics = {(e.topic, e.entity_id) for e in session.scalars(select(OutboxEvent))}
        assert {
            ("lead.changed", str(lead_id)),
            ("deal.changed", str(deal.id)),
            ("customer.changed", str(made.customer.id)),
            (owner_notify.NOTICE_TOPIC, str(people.admin.user_id)),
        } <= topics
        (mail,) = session.scalars(select(EmailLog))
        assert (mail.recipients, mail.related_kind) == ([OWNER_EMAIL], "deal")

    second = new_lead(session_factory, people.owner, "contacted", title="Second site", company="NORDIC HASH AB ")
    again = _convert(session_factory, people, second)
    assert (again.customer.id, again.matched_by, again.customer_created) == (made.customer.id, "company", False)
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Customer).where(Customer.name.ilike("nordic%"))) == 1
    with pytest.raises(ValidationError, match=r"^stage: lead won → won: only a contacted or qualified lead converts"):
        _convert(session_factory, people, lead_id)


@SQLITE
def test_an_existing_customer_is_picked_by_email_phone_or_company(session_factory: sessionmaker[Session]) -> None:
    people = make_people(session_factory)  # Acme Hosting, ops@acme.example
    with unit_of_work(session_factory) as session:
        contacts.add_contact(
            session, people.owner, people.customer_id, name="Bo", email="bo@acme.example", phone="+46 (70) 123-4567"
        )
    cases = [
        ({"email": "OPS@acme.example", "company": "Someone Else"}, "email"),
        ({"email": "bo@acme.example", "company": "Someone Else 2"}, "email"),
        ({"phone": "46 70 1234567", "company": "Someone Else 3"}, "phone"),
        ({"company": "acme hosting"}, "company"),
    ]
    written = counts(session_factory)
    for fields, how in cases:
        lead_id = new_lead(session_factory, people.owner, "contacted", **fields)
        made = _convert(session_factory, people, lead_id)
        assert (made.customer.id, made.matched_by) == (people.customer_id, how), fields
    assert counts(session_factory)["Customer"] == written["Customer"]
    with pytest.raises(ValidationError, match=r"^stage: lead new → won: only a contacted or qualified"):
        _convert(session_factory, people, new_lead(session_factory, people.owner, "new"))


@SQLITE
def test_the_owner_hears_it_in_the_console_and_by_mail(
    session_factory: sessionmaker[Session], secrets: SecretStore
) -> None:
    people = make_people(session_factory)
    with smtp_server() as (port, inbox):
        _mail_channel(session_factory, secrets, people, port)
        made = _convert(session_factory, people, new_lead(session_factory, people.owner, "qualified"))
        outcomes = asyncio.run(crm_mail.deliver_due_email(session_factory, secrets))
    assert [o.status for o in outcomes] == ["sent"]
    envelope, message = inbox[0]
    assert envelope.rcpt_tos == [OWNER_EMAIL] and message["Subject"] == "New deal: Hosting for 200 S21"
    with session_factory() as session:
        rows = [
            OutboxRow(e.id, None, e.topic, e.entity_type, e.entity_id, e.payload, e.created_at)
            for e in session.scalars(select(OutboxEvent))
        ]
        assert session.scalar(select(func.count()).select_from(Activity).where(Activity.subject_id == made.deal.id))
    (notice,) = owner_notify.notices_for(rows, people.admin.user_id)
    assert (notice.deal_id, notice.deal_title, notice.customer, notice.by) == (
        made.deal.id,
        "Hosting for 200 S21",
        "Nordic Hash AB",
        "owner",
    )
    assert "owner converted lead Hosting for 200 S21 into a deal you own" in message.get_payload(decode=True).decode()
    assert owner_notify.notices_for(rows, people.owner.user_id) == []  # the converter is not the owner


@SQLITE
def test_the_deals_first_note_is_written_in_the_converting_users_language(
    session_factory: sessionmaker[Session],
) -> None:
    people = make_people(session_factory)
    body = "Source: {source}; contact: {contact}; next step was: {step}"
    said = {
        ("CrmNotes", "Converted from lead {title}"): "由线索 {title} 转化",
        ("CrmNotes", body): "来源：{source}；联系人：{contact}；原下一步：{step}",
    }
    lead_id = new_lead(session_factory, people.owner, "contacted", company="Nordhash")
    made = _convert(session_factory, people, lead_id, translate=lambda c, s: said.get((c, s), ""))
    assert made.activity.title.startswith("由线索 ") and made.activity.body.startswith("来源：")
    english = _convert(session_factory, people, new_lead(session_factory, people.owner, "contacted", company="B2"))
    assert english.activity.title.startswith("Converted from lead ") and "next step was: " in english.activity.body
