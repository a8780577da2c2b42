"""Importing a miner list: a preview of adds, updates and unchanged rows; a list with bad rows refused as
a whole with every bad cell named; export then import is unchanged."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from hashinsight_desktop.db.models import AuditRecord, Miner, MinerCustomerAssignment
from hashinsight_desktop.services.catalogue import load_shipped_catalogue
from hashinsight_desktop.services.fleet.miner_export import export_miners
from hashinsight_desktop.services.fleet.miner_import import (
    MinerImportError,
    apply_import,
    plan_import,
    read_miner_list,
)
from hashinsight_desktop.services.fleet.miners import list_miners
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)

GOOD = """ip,name,rack,position,customer,feed,model
10.9.0.2,m0001,R1,1,Acme Hosting,F1,Antminer S19j Pro
10.20.0.1,new-1,R2,1,,F1,S21
10.20.0.2,new-2,R2,2,acme hosting,F1,
"""
BAD = """ip,port,name,rack,position,customer,feed,model
10.20.0.1,,ok,R1,1,,F1,
10.20.0.x,,bad-ip,R1,2,,F1,
10.20.0.3,99999,bad-port,R1,3,,F1,
10.20.0.4,,bad-customer,R1,4,Acme Hostng,F1,
10.20.0.5,,bad-feed,R1,5,,F2,
10.20.0.6,,bad-model,R1,6,Acme Hosting,F1,Antminer S99 Mega
10.20.0.1,,twice,R1,7,,F1,
10.20.0.8,,{long},R1,8,,F1,
"""


def uid(value: object) -> uuid.UUID:
    assert isinstance(value, uuid.UUID)
    return value


def clock() -> datetime:
    return NOW


def test_a_list_with_bad_rows_is_refused_whole_with_every_bad_cell_named(session_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    add_site_miners(session_factory, people.site_id, [MinerSpec(3000, 100, power_feed="F1")], NOW)
    with unit_of_work(session_factory) as session:
        load_shipped_catalogue(session, SYSTEM)
    path = tmp_path / "miners.csv"
    path.write_text(BAD.format(long="x" * 121), encoding="utf-8")
    with pytest.raises(MinerImportError) as refused, unit_of_work(session_factory) as session:
        plan = plan_import(session, people.owner, uid(people.site_id), read_miner_list(path), source=str(path))
        apply_import(session, people.owner, plan, clock=clock)
    assert [str(e) for e in refused.value.errors] == [
        "row 3, ip: '10.20.0.x' is not an IP address",
        "row 4, port: '99999' is not a port (1–65535)",
        "row 5, customer: no customer named 'Acme Hostng' (did you mean 'Acme Hosting'?)",
        "row 6, feed: no feed named 'F2' at Texas North (its feeds: F1) — create it explicitly",
        "row 7, model: unknown model 'Antminer S99 Mega'",
        "row 8, ip: 10.20.0.1 is also on row 2",
        "row 9, name: at most 120 characters",
    ]
    assert "7 bad cell(s), nothing imported: row 3, ip:" in str(refused.value)
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Miner)) == 1


def test_preview_then_import_adds_updates_and_keeps_customer_history(session_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    add_site_miners(session_factory, people.site_id, [MinerSpec(3000, 100, power_feed="F1")] * 2, NOW)
    with unit_of_work(session_factory) as session:
        load_shipped_catalogue(session, SYSTEM)
    path = tmp_path / "miners.csv"
    path.write_text(GOOD, encoding="utf-8")
    with session_factory() as session:  # the preview writes nothing
        plan = plan_import(session, people.admin, uid(people.site_id), read_miner_list(path), source=str(path))
    assert (plan.count("add"), plan.count("update"), plan.count("unchanged"), plan.errors) == (2, 1, 0, [])
    assert plan.rows[0].changes["customer"] == ("", "Acme Hosting")
    with unit_of_work(session_factory) as session:
        apply_import(
            session,
            people.admin,
            plan_import(session, people.admin, uid(people.site_id), read_miner_list(path), source=str(path)),
            clock=clock,
        )
    with session_factory() as session:
        rows = {r.name: r for r in list_miners(session, people.owner)}
        assert sorted(rows) == ["m0001", "m0002", "new-1", "new-2"]
        assert (rows["m0001"].customer, rows["m0001"].rack, rows["new-2"].customer) == (
            "Acme Hosting",
            "R1",
            "Acme Hosting",
        )
        assert rows["new-1"].model.endswith("S21") and rows["new-2"].power_feed == "F1"
        assert session.scalar(select(func.count()).select_from(MinerCustomerAssignment)) == 2
        assert sorted(r.name for r in list_miners(session, people.customer)) == ["m0001", "new-2"]
        unlinked = replace(people.customer, customer_id=None)  # never `customer_id IS NULL`
        assert list_miners(session, unlinked) == []
        record = session.scalars(select(AuditRecord).where(AuditRecord.action == "miner.import")).one()
        assert record.summary == "imported miners.csv: 2 added, 1 updated"
        exported = tmp_path / "fleet.xlsx"
        assert export_miners(list_miners(session, SYSTEM), exported) == 4
    with unit_of_work(session_factory) as session:  # a model the miner reports, not in the catalogue
        session.execute(update(Miner).where(Miner.name == "m0002").values(model_name="Antminer S19k Pro Hydro X"))
    export_rows = [replace(r, model="Antminer S19k Pro Hydro X") if r.name == "m0002" else r for r in rows.values()]
    export_miners(export_rows, tmp_path / "reported.csv")
    with session_factory() as session:  # what was exported imports back unchanged
        again = plan_import(session, people.owner, uid(people.site_id), read_miner_list(exported))
    assert (again.count("unchanged"), again.errors) == (4, [])
    with session_factory() as session:
        reported = plan_import(session, people.owner, uid(people.site_id), read_miner_list(tmp_path / "reported.csv"))
    assert (reported.count("unchanged"), reported.errors) == (4, [])
