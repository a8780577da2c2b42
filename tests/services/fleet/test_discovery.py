"""Discovery against the simulator: hosts that hung or answered garbage are listed with the reason and
can be added; refusing hosts are not listed; an owner with no site is told to add one first."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import Miner
from hashinsight_desktop.services import auth
from hashinsight_desktop.services.cgminer import Timeouts
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.fleet import discovery
from hashinsight_desktop.services.fleet.identification import identify_miners
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator import replies
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.families import family_farm, needs_port_80
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

FAST = Timeouts(connect=0.5, deadline=1.0)


def faulty_farm() -> SimulatedFarm:
    """5 miners: one healthy, one with malformed but repairable JSON, one hung, one answering garbage, one
    refusing connections."""
    farm = SimulatedFarm(5, bind=loopback_network(), mix=["Antminer S19 Pro"], seed=2, warmup_s=0)
    farm.simulated[1].fault = "malformed"
    farm.simulated[1].malformation = replies.REPAIRABLE[0]
    farm.simulated[2].fault = "hang"
    farm.simulated[3].fault = "garbage"
    farm.simulated[3].malformation = replies.GARBAGE[0]
    farm.simulated[4].fault = "offline"
    return farm


def test_hung_and_garbage_hosts_are_listed_with_reasons_and_added(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    farm = faulty_farm()

    async def scan() -> list[discovery.Found]:
        async with farm:
            return await discovery.scan(farm.targets, timeouts=FAST)

    found = asyncio.run(scan())
    by_host = {f.sample.host: f for f in found}
    hosts = [host for host, _port in farm.targets]
    assert sorted(by_host) == sorted(hosts[:4])  # the refusing one is not listed
    assert not by_host[hosts[0]].bad and by_host[hosts[0]].checked and by_host[hosts[0]].reason == ""
    repaired = by_host[hosts[1]]  # malformed JSON the client repairs: a miner that answered
    assert not repaired.bad and repaired.checked and repaired.sample.model == "Antminer S19 Pro"
    hung, garbage = by_host[hosts[2]], by_host[hosts[3]]
    assert hung.bad and not hung.checked and hung.reason.startswith("answered badly: ")
    assert hung.reason == "answered badly: no complete reply within 1 s", hung.reason
    assert garbage.bad and not garbage.checked and garbage.reason.startswith("answered badly: "), garbage.reason
    assert garbage.reason != hung.reason

    with unit_of_work(session_factory) as session:
        discovery.resolve_models(session, people.site_manager, found)
        added = discovery.add_found(session, people.site_manager, people.site_id, found)
    assert len(added) == 4
    with session_factory() as session:
        stored = sorted(m.ip_address for m in session.scalars(select(Miner)))
    assert stored == sorted(hosts[:4])


def test_no_site_reason_tells_an_owner_to_add_one(session_factory) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(session_factory) as session:
        owner = auth.create_first_owner(session, "owner", "correct horse battery")
    with session_factory() as session:
        assert discovery.sites_to_add_to(session, owner) == []
        assert discovery.no_site_reason(session, owner) == discovery.NO_SITE_YET


def test_expand_cidr_refuses_typos() -> None:
    assert discovery.expand_cidr("10.0.0.7", 4028) == [("10.0.0.7", 4028)]
    assert len(discovery.expand_cidr("10.0.0.0/30", 4028)) == 2
    with pytest.raises(ValidationError, match="at most a /16"):
        discovery.expand_cidr("10.0.0.0/8", 4028)
    with pytest.raises(ValidationError, match="not a range"):
        discovery.expand_cidr("10.0.0", 4028)


@needs_port_80
def test_a_miner_whose_web_password_differs_is_still_added(session_factory) -> None:  # type: ignore[no-untyped-def]
    """Discovery and adding use the CGMiner API: a web login that is not the site's does not keep a miner out."""
    people = make_people(session_factory)

    async def scan_add_identify() -> list[discovery.Found]:
        async with family_farm("antminer", ["Antminer S19 Pro"]) as farm:
            farm.set_credentials(0, password="not-the-sites")
            found = await discovery.scan(farm.targets, timeouts=FAST)
            with unit_of_work(session_factory) as session:
                discovery.resolve_models(session, people.owner, found)
                added = discovery.add_found(session, people.owner, people.site_id, found)
            await identify_miners(session_factory, people.owner, added)
            return found

    found = asyncio.run(scan_add_identify())
    assert [(f.bad, f.checked) for f in found] == [(False, True)]
    with session_factory() as session:
        miner = session.scalars(select(Miner)).one()
    assert miner.family == "antminer"  # identified through its API port, whatever its web login
