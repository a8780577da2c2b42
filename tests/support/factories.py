"""Builders for test data through the real services (so audit and rules apply as in use)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.services import auth, sites, users
from hashinsight_desktop.services.crm import customers
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work

PASSWORD = "correct horse battery"


@dataclass
class People:
    owner: Principal
    admin: Principal
    site_manager: Principal
    customer: Principal
    guest: Principal
    site_id: object
    other_site_id: object
    customer_id: object

    def by_role(self, role: Role) -> Principal:
        return getattr(self, role.value)  # type: ignore[no-any-return]


def make_people(session_factory: sessionmaker[Session]) -> People:
    with unit_of_work(session_factory) as session:
        owner = auth.create_first_owner(session, "owner", PASSWORD, "Olivia Owner")
        site = sites.create_site(
            session, owner, name="Texas North", capacity_mw="20", electricity_price_usd_per_kwh="0.045"
        )
        other = sites.create_site(
            session, owner, name="Quebec East", capacity_mw="12", electricity_price_usd_per_kwh="0.038"
        )
        customer = customers.add_customer(session, owner, name="Acme Hosting", contact_email="ops@acme.example")
        made = {}
        for role, extra in (
            (Role.ADMIN, {}),
            (Role.SITE_MANAGER, {"site_ids": frozenset({site.id})}),
            (Role.CUSTOMER, {"customer_id": customer.id}),
            (Role.GUEST, {}),
        ):
            user = users.create_user(
                session, owner, username=role.value.replace("_", "-"), password=PASSWORD, role=role, **extra
            )
            made[role] = auth.principal_for(user)
    return People(
        owner,
        made[Role.ADMIN],
        made[Role.SITE_MANAGER],
        made[Role.CUSTOMER],
        made[Role.GUEST],
        site.id,
        other.id,
        customer.id,
    )
