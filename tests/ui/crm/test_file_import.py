"""CSV imports from the CRM (real database, real files, off the GUI thread): a file with bad rows is refused
whole with every bad cell named and nothing written; a good one adds every row and the page says so."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import assets, customers
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.customer_detail import CustomerDetail
from hashinsight_desktop.ui.crm.customers_page import CustomersPage

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def settle(loop: asyncio.AbstractEventLoop, done: Callable[[], bool]) -> None:
    """Runs the GUI's loop until ``done`` (the reads an import starts run on it)."""

    async def wait() -> None:
        for _ in range(300):
            if done():
                return
            await asyncio.sleep(0.01)
        raise AssertionError("not done in 3 s")

    loop.run_until_complete(wait())


def count(context: AppContext, owner: Principal) -> int:
    with context.database.session_factory() as session:
        return customers.count_customers(session, owner)


def test_customers_and_assets_import_all_or_nothing(
    qtbot, qasync_loop, context: AppContext, owner: Principal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = CustomersPage(context, owner)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nNorthwind Mining,ops@northwind.example\n,x@y.example\nContoso,not-an-address\n")
    qasync_loop.run_until_complete(page.importer.start(bad))
    box = next(b for b in page.findChildren(QMessageBox) if b.isVisible())
    assert "row 3, name" in box.text() and "row 4, email" in box.text()
    assert count(context, owner) == 0
    box.close()

    good = tmp_path / "customers.csv"
    good.write_text(
        "name,email,tags\nNorthwind Mining,ops@northwind.example,vip\nContoso Hashing,noc@contoso.example,\n"
    )
    qasync_loop.run_until_complete(page.importer.start(good))
    assert page.notice.text() == "Imported 2 customers from customers.csv"
    assert count(context, owner) == 2

    settle(qasync_loop, lambda: page.table.model.rowCount() == 2)
    customer = next(c for c in page.table.model.rows if c.name == "Northwind Mining")
    detail = CustomerDetail(context, owner, customer.id)
    qtbot.addWidget(detail)
    assets = tmp_path / "assets.csv"
    assets.write_text("customer,serial,model,warranty_end\nNorthwind Mining,PDU-1,APC AP8941,2027-11-20\n")
    qasync_loop.run_until_complete(detail.asset_import.start(assets))
    assert detail.assets.summary.text() == "Imported 1 assets from assets.csv"
    settle(qasync_loop, lambda: detail.assets.model.rowCount() == 1)
    assert detail.assets.model.rows[0].serial == "PDU-1"


def test_an_asset_names_the_customers_fleet_miner(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.services import sites
    from hashinsight_desktop.services.transaction import unit_of_work
    from hashinsight_desktop.ui.crm.customer_sections import AssetDialog
    from tests.support.site_miners import MinerSpec, add_site_miners
    from tests.ui.crm.crm_seed import add_customer

    mine, other = add_customer(context, owner, "Northwind Mining"), add_customer(context, owner, "Contoso")
    with unit_of_work(context.database.session_factory, "site") as session:
        site = sites.create_site(session, owner, name="Texas North", electricity_price_usd_per_kwh="0.045").id
    add_site_miners(context.database.session_factory, site, [MinerSpec(3250, 200.0, customer_id=mine)], context.clock())
    theirs = add_site_miners(
        context.database.session_factory, site, [MinerSpec(3250, 200.0, customer_id=other)], context.clock(),
        name_prefix="c", network="10.8",
    )  # fmt: skip
    assert theirs
    dialog = AssetDialog(context, owner, mine)
    qtbot.addWidget(dialog)
    dialog.serial.setText("S21XP-0001")
    dialog.miner.setText("c0001")  # Contoso's: not one of Northwind's
    dialog.save_button.click()
    assert dialog.field_error("miner") == "Fleet miner: no miner of this customer named c0001"
    dialog.miner.setText("M0001")
    dialog.save_button.click()
    assert dialog.saved_id is not None and dialog.field_error("miner") == ""
    with context.database.session_factory() as session:
        row = assets.get_asset(session, owner, dialog.saved_id)
        assert row.miner_id is not None and row.customer_id == mine
