"""CRM records made through the services, as a user would make them (tests and screenshots)."""

from __future__ import annotations

import uuid
from datetime import date

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import customers, deals, leads
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work


def add_customer(context: AppContext, principal: Principal, name: str, **fields: object) -> uuid.UUID:
    with unit_of_work(context.database.session_factory, "customer") as session:
        return customers.add_customer(session, principal, name=name, clock=context.clock, **fields).id  # type: ignore[arg-type]


def add_deal(
    context: AppContext,
    principal: Principal,
    customer_id: uuid.UUID,
    title: str,
    value: str,
    *,
    expected_close: date | None = None,
    rate: str = "3",
) -> uuid.UUID:
    with unit_of_work(context.database.session_factory, "deal") as session:
        return deals.add_deal(
            session,
            principal,
            customer_id=customer_id,
            title=title,
            value=value,
            expected_close=expected_close,
            commission_rate_pct=rate,
            clock=context.clock,
        ).id


def move_deal(context: AppContext, principal: Principal, deal_id: uuid.UUID, *stages: str, reason: str = "") -> None:
    for stage in stages:
        with unit_of_work(context.database.session_factory, "deal") as session:
            deal = deals.get_deal(session, principal, deal_id)
            deals.move_deal(
                session,
                principal,
                deal_id,
                stage,
                expected_version=deal.version,
                reason=reason or None,
                clock=context.clock,
            )


def add_lead(context: AppContext, principal: Principal, title: str, **fields: object) -> uuid.UUID:
    with unit_of_work(context.database.session_factory, "lead") as session:
        return leads.add_lead(session, principal, title=title, clock=context.clock, **fields).id  # type: ignore[arg-type]


def add_office_policy(
    context: AppContext,
    principal: Principal,
    customer_id: uuid.UUID | None,
    targets: dict[str, list[int | None]],
    name: str = "Office hours",
    around_the_clock: bool = False,
) -> uuid.UUID:
    """A Monday-to-Friday 09:00-17:00 UTC calendar (or every hour of every day) and a policy over it (for
    ``customer_id``, or the default)."""
    from hashinsight_desktop.services.crm import sla_policies

    weekdays = {str(day): [["09:00", "17:00"]] for day in range(5)}
    hours = {str(day): [["00:00", "24:00"]] for day in range(7)} if around_the_clock else weekdays | {"5": [], "6": []}
    with unit_of_work(context.database.session_factory, "SLA policy") as session:
        calendar = sla_policies.save_calendar(
            session, principal, name=name, hours=hours, timezone="UTC", clock=context.clock
        )
        return sla_policies.save_policy(
            session,
            principal,
            name=f"{name} SLA",
            calendar_id=calendar.id,
            targets=targets,
            customer_id=customer_id,
            clock=context.clock,
        ).id


def open_ticket(
    context: AppContext, principal: Principal, customer_id: uuid.UUID | None, subject: str, priority: str = "normal"
) -> uuid.UUID:
    from hashinsight_desktop.services.crm import tickets

    with unit_of_work(context.database.session_factory, "ticket") as session:
        return tickets.open_ticket(
            session, principal, subject=subject, customer_id=customer_id, priority=priority, clock=context.clock
        ).id
