"""Customer assets: fleet miners and equipment, scoped by id and in lists; CSV import all-or-nothing."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import AuditRecord, CustomerAsset, Miner
from hashinsight_desktop.services.crm import assets, customers
from hashinsight_desktop.services.crm.asset_import import AssetImportError, import_assets_csv
from hashinsight_desktop.services.errors import NotFound, ValidationError
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import People, make_people

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # plain scoped SQL: one engine


def _two_customers_with_miners(session_factory) -> tuple[People, uuid.UUID, dict[str, uuid.UUID]]:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        other = customers.add_customer(session, people.owner, name="Bitfarm").id
        made = add_miners(
            session,
            people.owner,
            people.site_id,
            [
                NewMiner(ip_address="10.0.0.1", name="acme-1", customer_id=people.customer_id),
                NewMiner(ip_address="10.0.0.2", name="acme-2", customer_id=people.customer_id),
                NewMiner(ip_address="10.0.0.3", name="bit-1", customer_id=other),
                NewMiner(ip_address="10.0.0.4", name="house"),
            ],
        )
        made[0].serial_number = "S19-AAA"
        miners = {m.name: m.id for m in made}
    return people, other, miners


def test_a_customer_sees_only_their_own_miners_and_assets_by_id_and_in_lists(session_factory) -> None:
    people, other, miners = _two_customers_with_miners(session_factory)
    with unit_of_work(session_factory) as session:
        own = assets.add_asset(
            session, people.owner, people.customer_id, serial="PDU-1", model="APC 8941", purchase_date="2025-01-10",
            warranty_end="2028-01-10", location="Texas North R1", miner_id=None,
        ).id  # fmt: skip
        linked = assets.add_asset(
            session, people.owner, people.customer_id, serial="S19-AAA", miner_id=miners["acme-1"]
        )
        theirs = assets.add_asset(session, people.owner, other, serial="PSU-9", model="APW12").id
    customer = people.customer
    with session_factory() as session:
        rows = assets.list_assets(session, customer)
        assert [(r.serial, r.customer_name, r.miner_name) for r in rows] == [
            ("PDU-1", "Acme Hosting", None),
            ("S19-AAA", "Acme Hosting", "acme-1"),
        ]
        assert rows[0].purchase_date == date(2025, 1, 10) and assets.count_assets(session, customer) == 2
        assert assets.list_assets(session, customer, customer_id=other) == []
        assert [r.serial for r in assets.list_assets(session, people.owner, search="apw")] == ["PSU-9"]
        by_customer = assets.list_assets(session, people.owner, order_by="customer", descending=True)
        assert [r.customer_name for r in by_customer] == ["Bitfarm", "Acme Hosting", "Acme Hosting"]
        assert assets.get_asset(session, customer, own).serial == "PDU-1"
        assert assets.get_asset(session, customer, linked.id).miner_id == miners["acme-1"]

        assert [m.name for m in assets.list_customer_miners(session, customer)] == ["acme-1", "acme-2"]
        assert assets.count_customer_miners(session, customer) == 2
        assert [m.name for m in assets.list_customer_miners(session, people.owner)] == ["acme-1", "acme-2", "bit-1"]
        assert assets.list_customer_miners(session, customer, customer_id=other) == []
        assert [m.name for m in assets.list_customer_miners(session, customer, search="AAA")] == ["acme-1"]
        assert assets.get_customer_miner(session, customer, miners["acme-2"]).name == "acme-2"

        # Another customer's asset or miner by id reads exactly like one that does not exist.
        for fetch, foreign in ((assets.get_asset, theirs), (assets.get_customer_miner, miners["bit-1"])):
            with pytest.raises(NotFound) as hidden:
                fetch(session, customer, foreign)
            with pytest.raises(NotFound) as missing:
                fetch(session, customer, uuid.uuid4())
            assert str(hidden.value) == str(missing.value)
        with pytest.raises(NotFound):
            assets.get_customer_miner(session, customer, miners["house"])  # not hosted for anyone


def test_an_asset_names_only_its_customers_miner_and_dates_in_order(session_factory) -> None:
    people, _other, miners = _two_customers_with_miners(session_factory)
    for fields, message in (
        ({"serial": "X", "miner_id": miners["bit-1"]}, r"^miner: is not one of this customer's miners"),
        ({"serial": "X", "purchase_date": "2025-02-30"}, r"^purchase_date: '2025-02-30' is not a date"),
        ({"serial": "X", "purchase_date": "2025-03-01", "warranty_end": "2025-01-01"}, r"^warranty_end: 2025-01-01 is"),
        ({"serial": " "}, r"^serial: is required"),
    ):
        with pytest.raises(ValidationError, match=message), unit_of_work(session_factory) as session:
            assets.add_asset(session, people.owner, people.customer_id, **fields)  # type: ignore[arg-type]
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(CustomerAsset)) == 0


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "assets.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_import_reports_every_bad_row_at_once_and_writes_nothing(session_factory, tmp_path: Path) -> None:
    people, _other, miners = _two_customers_with_miners(session_factory)
    with unit_of_work(session_factory) as session:
        assets.add_asset(session, people.owner, people.customer_id, serial="OLD-1")
    bad = _write(
        tmp_path,
        "Customer,Serial,Model,Purchase date,Warranty end,Location,Miner\n"
        "Acme Hosting,PDU-1,APC,2025-01-10,2028-01-10,R1,\n"  # row 2: good
        "Nobody Ltd,PDU-2,APC,,,,\n"  # row 3: unknown customer
        "Acme Hosting,,APC,,,,\n"  # row 4: no serial
        "acme hosting,PDU-1,APC,,,,\n"  # row 5: twice in the file
        "Acme Hosting,OLD-1,,,,,\n"  # row 6: already on record
        "Acme Hosting,PSU-3,,10/01/2025,,,\n"  # row 7: not an ISO date
        "Acme Hosting,S19-X,,,,,10.0.0.3\n",  # row 8: Bitfarm's miner
    )
    with pytest.raises(AssetImportError) as refused, unit_of_work(session_factory) as session:
        import_assets_csv(session, people.owner, bad)
    assert [(e.row, e.column) for e in refused.value.errors] == [
        (3, "customer"),
        (4, "serial"),
        (5, "serial"),
        (6, "serial"),
        (7, "purchase_date"),
        (8, "miner"),
    ]
    assert str(refused.value).startswith("file: 6 bad cell(s), nothing imported: row 3, customer: no customer named")
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(CustomerAsset)) == 1  # only OLD-1

    good = _write(
        tmp_path,
        "customer,serial,model,purchase_date,warranty_end,location,miner\n"
        "Acme Hosting,PDU-1,APC,2025-01-10,2028-01-10,R1,\n"
        "acme hosting,S19-AAA,S19,,,,s19-aaa\n"  # the miner by its serial
        "Acme Hosting,S19-B,S19,,,,10.0.0.2\n"  # by its IP
        "Bitfarm,PSU-3,APW12,,,,\n",
    )
    with unit_of_work(session_factory) as session:
        result = import_assets_csv(session, people.owner, good)
    assert (len(result.asset_ids), result.customers) == (4, 2)
    with session_factory() as session:
        linked = dict(session.execute(select(CustomerAsset.serial, CustomerAsset.miner_id)).all())
        assert linked["S19-AAA"] == miners["acme-1"] and linked["S19-B"] == miners["acme-2"]
        assert session.scalar(select(func.count()).where(AuditRecord.action == "customer_asset.import")) == 2
        assert session.get(Miner, miners["acme-1"]) is not None
