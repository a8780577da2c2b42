"""Activities: calls, e-mails, meetings, notes and tasks (a task has a due date) on a customer, lead, deal or
ticket; "my open tasks" with the overdue ones first. Each is kept with its subject's customer (when it has
one) so scoping never needs the subject's table; customers see none of them (``listing``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.base import Base
from hashinsight_desktop.db.models import Activity, Customer, Deal, Lead, User
from hashinsight_desktop.services import records
from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.code_labels import CRM, in_sentence
from hashinsight_desktop.services.crm import listing, sales_people, search_terms
from hashinsight_desktop.services.crm.scope import not_found_message
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.permissions import Permission, Principal, require
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text
from hashinsight_desktop.services.transaction import check_version
from hashinsight_desktop.services.validation import optional_text, required_text

KINDS = ("call", "email", "meeting", "note", "task")
SUBJECTS = ("customer", "lead", "deal", "ticket")
SEE = "see activities"


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    kind: str
    subject_kind: str
    subject_id: uuid.UUID
    customer_id: uuid.UUID | None
    owner_id: uuid.UUID
    owner_name: str
    title: str
    body: str
    due_at: datetime | None
    done_at: datetime | None
    created_at: datetime
    version: int
    overdue: bool  # an open task past its due time (as of the listing's clock)


def activity_state(activity: Activity) -> dict[str, Any]:
    return {
        "kind": activity.kind,
        "subject": f"{activity.subject_kind}:{activity.subject_id}",
        "owner_id": str(activity.owner_id),
        "title": activity.title,
        "due_at": activity.due_at.isoformat() if activity.due_at else None,
        "done_at": activity.done_at.isoformat() if activity.done_at else None,
        "version": activity.version,
    }


def _row(activity: Activity, owner_name: str, now: datetime) -> ActivityRow:
    overdue = activity.kind == "task" and activity.done_at is None and activity.due_at is not None
    return ActivityRow(
        activity.id,
        activity.kind,
        activity.subject_kind,
        activity.subject_id,
        activity.customer_id,
        activity.owner_id,
        owner_name,
        activity.title,
        activity.body,
        activity.due_at,
        activity.done_at,
        activity.created_at,
        activity.version,
        overdue and activity.due_at is not None and activity.due_at < now,
    )


def subject_customer(session: Session, subject_kind: str, subject_id: uuid.UUID) -> uuid.UUID | None:
    """The customer an activity's subject belongs to (None: a lead nobody matched yet); NotFound when the
    subject does not exist."""
    if subject_kind == "customer":
        found = session.get(Customer, subject_id)
        customer = found.id if found is not None else None
    elif subject_kind in ("lead", "deal"):
        model: Any = Lead if subject_kind == "lead" else Deal
        row = session.execute(select(model.customer_id).where(model.id == subject_id)).first()
        if row is None:
            raise NotFound(not_found_message(subject_kind))
        return row[0]  # type: ignore[no-any-return]
    elif subject_kind == "ticket":  # the tickets module's table, read by name: no import cycle between the two
        tickets = Base.metadata.tables["tickets"]
        row = session.execute(select(tickets.c.customer_id).where(tickets.c.id == subject_id)).first()
        if row is None:
            raise NotFound(not_found_message(QT_TRANSLATE_NOOP("Errors", "ticket")))
        return row[0]  # type: ignore[no-any-return]
    else:
        raise ValidationError(
            "subject_kind",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{subject_kind!r} is not one of {value}"),
                subject_kind=subject_kind,
                value=", ".join(SUBJECTS),
            ),
        )
    if customer is None:
        raise NotFound(not_found_message(subject_kind))
    return customer


def add_activity(
    session: Session,
    principal: Principal,
    *,
    kind: str,
    subject_kind: str,
    subject_id: uuid.UUID,
    title: str,
    body: str = "",
    due_at: datetime | None = None,
    owner_id: uuid.UUID | None = None,
    clock: Clock = system_clock,
) -> Activity:
    """Log a call, e-mail, meeting or note, or set a task (``due_at`` required), owned by ``owner_id`` or the
    acting user."""
    require(principal, Permission.CUSTOMERS_MANAGE, "log activities")
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            Text(QT_TRANSLATE_NOOP("Errors", "{kind!r} is not one of {value}"), kind=kind, value=", ".join(KINDS)),
        )
    if kind == "task" and due_at is None:
        raise ValidationError("due_at", QT_TRANSLATE_NOOP("Errors", "a task needs a due date"))
    now = clock()
    activity = Activity(
        id=uuid.uuid4(),
        created_at=now,
        updated_at=now,
        kind=kind,
        subject_kind=subject_kind,
        subject_id=subject_id,
        customer_id=subject_customer(session, subject_kind, subject_id),
        owner_id=sales_people.owner_for(session, principal, owner_id).id,
        title=required_text("title", title, 200),
        body=optional_text("body", body, 20000),
        due_at=due_at,
    )
    summary = Text(
        QT_TRANSLATE_NOOP("Audit", "{kind} on {subject_kind} {subject_id}: {title}"),
        kind=in_sentence(CRM, kind),
        subject_kind=in_sentence(CRM, subject_kind),
        subject_id=subject_id,
        title=activity.title,
    )
    search_terms.index(session, "activity", activity.id, activity.title)
    return records.save_new(session, principal, activity, "activity", activity_state, summary, clock=clock)


SORTABLE = {
    "created_at": Activity.created_at,
    "due_at": Activity.due_at,
    "kind": Activity.kind,
    "title": Activity.title,
    "owner": User.username,
}


def list_activities(
    session: Session,
    principal: Principal,
    *,
    subject_kind: str | None = None,
    subject_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
    owner_id: uuid.UUID | None = None,
    kind: str | None = None,
    open_tasks_only: bool = False,
    search: str | None = None,
    order_by: str = "created_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
    clock: Clock = system_clock,
) -> listing.Page[ActivityRow]:
    """A page of activities (of one subject, customer, owner or kind when given); ``search`` matches the title."""
    ids = listing.visible(select(Activity.id), principal, Activity.customer_id, SEE)
    for column, value in (
        (Activity.subject_kind, subject_kind),
        (Activity.subject_id, subject_id),
        (Activity.customer_id, customer_id),
        (Activity.owner_id, owner_id),
        (Activity.kind, kind),
    ):
        if value is not None:
            ids = ids.where(column == value)
    if open_tasks_only:
        ids = ids.where(Activity.kind == "task", Activity.done_at.is_(None))
    matched = listing.search_condition(session, search, Activity.id, (("activity", Activity.id),))
    if matched is not None:
        ids = ids.where(matched)
    if order_by == "owner":
        ids = ids.join(User, User.id == Activity.owner_id)
    found, total = listing.page_ids(
        session,
        ids,
        sortable=SORTABLE,
        order_by=order_by,
        descending=descending,
        tie_break=Activity.id,
        limit=limit,
        offset=offset,
    )
    rows = session.execute(_with_owner().where(Activity.id.in_(found))).all() if found else []
    now = clock()
    ordered = listing.in_order(rows, found, lambda r: r[0].id)
    return listing.Page([_row(a, sales_people.owner_label(user, shown), now) for a, user, shown in ordered], total)


def _with_owner() -> Any:
    return select(Activity, *sales_people.OWNER_NAME).join(User, User.id == Activity.owner_id)


def my_open_tasks(
    session: Session, principal: Principal, *, limit: int = 200, clock: Clock = system_clock
) -> list[ActivityRow]:
    """The acting user's tasks not done yet, by due time: the overdue ones (due before now) come first."""
    if principal.user_id is None:
        return []
    query = listing.visible(_with_owner(), principal, Activity.customer_id, SEE)
    query = query.where(Activity.owner_id == principal.user_id, Activity.done_at.is_(None), Activity.kind == "task")
    now = clock()
    rows = session.execute(query.order_by(Activity.due_at.asc(), Activity.id.asc()).limit(limit))
    return [_row(activity, sales_people.owner_label(user, shown), now) for activity, user, shown in rows]


def complete_task(
    session: Session,
    principal: Principal,
    activity_id: uuid.UUID,
    *,
    expected_version: int | None,
    clock: Clock = system_clock,
) -> Activity:
    """Mark a task done (once: a done task is refused, as is a copy someone else changed)."""
    require(principal, Permission.CUSTOMERS_MANAGE, "complete tasks")
    activity = listing.get_visible(session, principal, Activity, activity_id, "activity", SEE)
    check_version("activity", activity.version, expected_version)
    if activity.kind != "task":
        raise ValidationError(
            "kind", Text(QT_TRANSLATE_NOOP("Errors", "a {kind} is not a task: nothing to complete"), kind=activity.kind)
        )
    if activity.done_at is not None:
        raise ValidationError(
            "done_at",
            Text(
                QT_TRANSLATE_NOOP("Errors", "the task was already done at {done_at:%Y-%m-%d %H:%M} UTC"),
                done_at=activity.done_at,
            ),
        )
    return records.save_changes(
        session,
        principal,
        activity,
        "activity",
        activity_state,
        {"done_at": clock()},
        activity.version,
        Text(QT_TRANSLATE_NOOP("Audit", "task done: {title}"), title=activity.title),
        clock=clock,
    )
