"""Incidents link the tickets and miners a site-wide event affected; a customer sees an incident only through
their own tickets or miners, and only those links; a ticket's page lists its incidents and e-mails."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import Customer, Miner, Site
from hashinsight_desktop.services.crm import incidents, tickets
from hashinsight_desktop.services.errors import NotFound, PermissionDenied, ValidationError
from hashinsight_desktop.services.permissions import Principal, Role, os_account
from hashinsight_desktop.services.transaction import unit_of_work

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # plain scoped SQL: one engine
STAFF = os_account(Role.ADMIN)


def test_power_loss_links_the_sites_miners_and_customers_see_only_their_part(
    session_factory: sessionmaker[Session],
) -> None:
    with unit_of_work(session_factory) as session:
        acme, bolt, calm = Customer(name="Acme"), Customer(name="Bolt"), Customer(name="Calm")
        site, other = Site(name="Texas North"), Site(name="Quebec East")
        session.add_all([acme, bolt, calm, site, other])
        session.flush()
        m1 = Miner(site_id=site.id, customer_id=acme.id, name="m1", ip_address="10.0.0.1")
        m2 = Miner(site_id=site.id, customer_id=bolt.id, name="m2", ip_address="10.0.0.2")
        far = Miner(site_id=other.id, customer_id=calm.id, name="m3", ip_address="10.0.0.3")
        session.add_all([m1, m2, far])
        session.flush()
        t_acme = tickets.open_ticket(session, STAFF, customer_id=acme.id, subject="m1 down", miner_ids=[m1.id])
        t_bolt = tickets.open_ticket(session, STAFF, customer_id=bolt.id, subject="m2 down", miner_ids=[m2.id])
        incident = incidents.open_incident(
            session, STAFF, kind="power_loss", title="Feed A tripped", site_id=site.id,
            ticket_ids=[t_acme.id, t_bolt.id], all_site_miners=True,
        )  # fmt: skip
        ids = {"acme": acme.id, "bolt": bolt.id, "calm": calm.id, "m1": m1.id, "m2": m2.id, "t": t_acme.id}
    acme_user = Principal(None, "a", Role.CUSTOMER, customer_id=ids["acme"])
    calm_user = Principal(None, "c", Role.CUSTOMER, customer_id=ids["calm"])
    with unit_of_work(session_factory) as session:
        full = incidents.get_incident(session, STAFF, incident.id)
        assert sorted(full.miner_ids) == sorted([ids["m1"], ids["m2"]]) and len(full.ticket_ids) == 2
        assert full.site_name == "Texas North"
        mine = incidents.get_incident(session, acme_user, incident.id)
        assert (mine.ticket_ids, mine.miner_ids) == ([ids["t"]], [ids["m1"]])
        assert [i.id for i in incidents.list_incidents(session, acme_user)] == [incident.id]
        assert incidents.list_incidents(session, calm_user) == []
        with pytest.raises(NotFound, match=r"^That incident does not exist"):
            incidents.get_incident(session, calm_user, incident.id)
        with pytest.raises(PermissionDenied):
            incidents.end_incident(session, acme_user, incident.id)
        detail = tickets.ticket_detail(session, acme_user, ids["t"])
        assert detail.incidents == [(incident.id, "Feed A tripped")] and detail.legal_moves == ()
        assert detail.miners == [(ids["m1"], "m1")] and detail.timers.response.state == "none"
        incidents.link(session, STAFF, incident.id, ticket_ids=[ids["t"]])  # already linked: nothing new
        assert len(incidents.get_incident(session, STAFF, incident.id).ticket_ids) == 2
        with pytest.raises(ValidationError, match=r"^kind: 'flood' is not one of power_loss"):
            incidents.open_incident(session, STAFF, kind="flood", title="x")
        ended = incidents.end_incident(session, STAFF, incident.id)
        assert ended.ended_at is not None
        assert incidents.list_incidents(session, STAFF, ongoing=True) == []
        assert session.scalar(select(Miner.name).where(Miner.id == ids["m2"])) == "m2"
