"""Managing miners: customer assignment with history (audited, seen by curtailment and the customer),
rename, placement with feeds that a typo cannot create, moves and removal."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import Alert, AuditRecord, MinerCustomerAssignment, TelemetrySample
from hashinsight_desktop.services.crm.customers import add_customer, delete_customer
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions, load_site_fleet
from hashinsight_desktop.services.curtailment.site_readings import site_customers
from hashinsight_desktop.services.errors import ConcurrentModificationError, PermissionDenied, ValidationError
from hashinsight_desktop.services.fleet.customer_assignments import assign_customer, customer_history
from hashinsight_desktop.services.fleet.management import (
    count_telemetry,
    move_miners,
    place_miners,
    remove_miners,
    rename_miner,
)
from hashinsight_desktop.services.fleet.miner_refs import MinerRef
from hashinsight_desktop.services.fleet.miners import MinerRow, NewMiner, add_miners, list_miners
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def uid(value: object) -> uuid.UUID:
    assert isinstance(value, uuid.UUID)
    return value


def refs(rows: Sequence[MinerRow]) -> list[MinerRef]:
    return [MinerRef(r.id, r.version) for r in rows]


def test_assigning_a_customer_is_history_audited_and_seen_by_curtailment_and_the_customer(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    add_site_miners(session_factory, uid(people.site_id), [MinerSpec(3000, 100)] * 3, NOW)
    with session_factory() as session:
        rows = list_miners(session, people.owner)
    since = NOW - timedelta(days=3)
    with unit_of_work(session_factory) as session:
        assert (
            assign_customer(
                session, people.admin, refs(rows[:2]), uid(people.customer_id), effective_at=since, clock=clock
            )
            == 2
        )
    with session_factory() as session:
        listed = {r.name: r.customer for r in list_miners(session, people.owner)}
        assert listed == {"m0001": "Acme Hosting", "m0002": "Acme Hosting", "m0003": ""}
        assert [r.name for r in list_miners(session, people.customer)] == ["m0001", "m0002"]
        assert site_customers(session, uid(people.site_id)) == [(uid(people.customer_id), "Acme Hosting")]
        fleet = load_site_fleet(session, uid(people.site_id), LevelOptions(), NOW)
        assert sum(m.customer_id == uid(people.customer_id) for m in fleet.miners) == 2
        record = session.scalars(select(AuditRecord).where(AuditRecord.action == "miner.customer")).one()
        assert record.actor == "admin" and "2 miners to Acme Hosting from 2026-12-01" in record.summary
        history = customer_history(session, people.owner, rows[0].id)
        assert [(h.starts_at, h.ends_at, h.assigned_by) for h in history] == [(since, None, "admin")]
    with session_factory() as session:
        stale = list_miners(session, people.owner)[:1]
    with unit_of_work(session_factory) as session:  # taken back: the assignment closes, history stays
        assert assign_customer(session, people.owner, refs(stale), None, clock=clock) == 1
    with session_factory() as session:
        history = customer_history(session, people.owner, rows[0].id)
        assert [(h.starts_at, h.ends_at, h.ended_by) for h in history] == [(since, NOW, "owner")]
        assert [r.name for r in list_miners(session, people.customer)] == ["m0002"]
    with unit_of_work(session_factory) as session:  # a customer who hosted a miner once stays, for billing
        past = add_customer(session, people.owner, name="Past Co")
        assign_customer(session, people.owner, [MinerRef(rows[2].id)], past.id, effective_at=since, clock=clock)
        assign_customer(session, people.owner, [MinerRef(rows[2].id)], None, clock=clock)
    with pytest.raises(ValidationError, match="hosted miners before"), unit_of_work(session_factory) as session:
        delete_customer(session, people.owner, past.id, expected_version=past.version)
    with pytest.raises(ConcurrentModificationError), unit_of_work(session_factory) as session:
        assign_customer(session, people.owner, refs(stale), uid(people.customer_id), clock=clock)  # version seen is old
    with pytest.raises(ValidationError, match="earlier than"), unit_of_work(session_factory) as session:
        fresh = list_miners(session, people.owner)
        assign_customer(
            session, people.owner, refs(fresh[1:2]), None, effective_at=since - timedelta(days=1), clock=clock
        )
    with pytest.raises(ValidationError, match="future"), unit_of_work(session_factory) as session:
        assign_customer(
            session, people.owner, refs(fresh[2:]), uid(people.customer_id), effective_at=NOW + timedelta(days=1)
        )
    with pytest.raises(PermissionDenied), unit_of_work(session_factory) as session:
        assign_customer(session, people.site_manager, refs(fresh[2:]), uid(people.customer_id), clock=clock)


def test_rename_place_and_a_feed_typo_does_not_create_a_feed(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    add_site_miners(
        session_factory,
        uid(people.site_id),
        [MinerSpec(3000, 100, power_feed="Feed-A")] + [MinerSpec(3000, 100)] * 2,
        NOW,
    )
    with session_factory() as session:
        rows = list_miners(session, people.owner)
    with unit_of_work(session_factory) as session:
        rename_miner(session, people.site_manager, MinerRef(rows[0].id, rows[0].version), "R1-07", clock=clock)
    typo = r"no feed named 'Feed-B'.*did you mean 'Feed-A'.*create it explicitly"
    with pytest.raises(ValidationError, match=typo), unit_of_work(session_factory) as session:
        place_miners(session, people.owner, refs(rows[1:]), rack="R1", power_feed="Feed-B", clock=clock)
    with unit_of_work(session_factory) as session:
        assert (
            place_miners(
                session, people.owner, [MinerRef(r.id) for r in rows[1:]], rack="R1", position="3", power_feed="Feed-A"
            )
            == 2
        )
        assert place_miners(session, people.owner, [MinerRef(rows[2].id)], power_feed="Feed-B", new_feed=True) == 1
    with session_factory() as session:
        listed = {r.name: (r.rack, r.position, r.power_feed) for r in list_miners(session, people.owner)}
        actions = list(session.scalars(select(AuditRecord.action).where(AuditRecord.action.like("miner.%"))))
    assert listed == {"R1-07": (None, None, "Feed-A"), "m0002": ("R1", "3", "Feed-A"), "m0003": ("R1", "3", "Feed-B")}
    assert actions.count("miner.rename") == 1 and actions.count("miner.place") == 2
    outside = add_site_miners(session_factory, uid(people.other_site_id), [MinerSpec(3000, 100)], NOW, network="10.8")
    with pytest.raises(PermissionDenied), unit_of_work(session_factory) as session:
        place_miners(session, people.site_manager, [MinerRef(outside[0])], rack="R9")


def test_move_and_remove_keeping_or_deleting_telemetry(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    ids = add_site_miners(session_factory, uid(people.site_id), [MinerSpec(3000, 100, power_feed="F1")] * 3, NOW)
    with unit_of_work(session_factory) as session:
        session.add_all(
            TelemetrySample(miner_id=miner_id, recorded_at=NOW - timedelta(minutes=n), status="hashing")
            for miner_id in ids
            for n in range(4)
        )
        assign_customer(session, people.owner, [MinerRef(ids[0])], uid(people.customer_id), clock=clock)
        session.add(
            Alert(miner_id=ids[0], site_id=uid(people.site_id), kind="offline", severity="critical", message="x")
        )
    with unit_of_work(session_factory) as session:
        assert move_miners(session, people.owner, [MinerRef(ids[2])], uid(people.other_site_id), clock=clock) == 1
        assert count_telemetry(session, people.owner, [MinerRef(ids[1])]).samples == 4
        remove_miners(session, people.owner, [MinerRef(ids[0])], delete_telemetry=False, clock=clock)
        deleted = remove_miners(session, people.owner, [MinerRef(ids[1])], delete_telemetry=True, clock=clock)
        assert deleted.samples == 4
    with session_factory() as session:
        assert [(r.name, r.site, r.power_feed) for r in list_miners(session, people.owner)] == [
            ("m0003", "Quebec East", None)
        ]
        samples = {
            m: n
            for m, n in session.execute(
                select(TelemetrySample.miner_id, func.count()).group_by(TelemetrySample.miner_id)
            )
        }
        assert samples == {ids[0]: 4, ids[2]: 4}
        assert [a.cleared_at for a in session.scalars(select(Alert))] == [NOW]  # closed with the removal, kept
        history = session.scalars(select(MinerCustomerAssignment)).one()
        assert history.ends_at == NOW and history.miner_id == ids[0]
    with unit_of_work(session_factory) as session:  # its address added again: back, with its history
        add_miners(session, people.owner, uid(people.site_id), [NewMiner(ip_address="10.9.0.2")])
    with session_factory() as session:
        assert [r.id for r in list_miners(session, people.owner, site_id=uid(people.site_id))] == [ids[0]]
