"""The Fleet tab with identified miners of real firmware families, against the simulator over loopback
(stock Antminers controlled through their web CGI on port 80: root here): bulk actions go through each
family's own protocol with the site's logins, off the GUI loop; actions a firmware lacks are disabled
with the reason; Identify with progress; the Family/Firmware columns; the Miner logins dialog."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models import Miner, OperationLogEntry
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.devices import CredentialStore, capabilities_for
from hashinsight_desktop.services.fleet.control import Action
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.fleet.site_credentials import set_site_credentials
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.fleet.fleet_tab import FleetTab
from hashinsight_desktop.ui.fleet.miner_columns import COL_FAMILY, COL_FIRMWARE, ROW_ROLE
from tests.simulator.families import needs_port_80
from tests.simulator.loopback import loopback_network
from tests.support.factories import People, make_people

pytestmark = pytest.mark.gui
MIX = ["Antminer S19 Pro", "Antminer S19j Pro"]


@pytest.fixture
def people(context: AppContext, shipped_catalogue: int) -> People:
    return make_people(context.database.session_factory)


def make_tab(qtbot: Any, context: AppContext, people: People) -> FleetTab:
    tab = FleetTab(context, people.site_manager)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    return tab


def refresh(loop: asyncio.AbstractEventLoop, tab: FleetTab) -> None:
    loop.run_until_complete(asyncio.wait_for(tab.refresh(), timeout=4))


def select_rows(tab: FleetTab, miner_ids: set[uuid.UUID]) -> None:
    selection = tab.table.selectionModel()
    selection.clearSelection()
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, 0)
        if index.data(ROW_ROLE).id in miner_ids:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def add_identified(context: AppContext, people: People, farm: SimulatedFarm, family: str) -> list[Miner]:
    """The farm's miners as discovery stores them once identified (family, model, capabilities)."""
    new = []
    for sim in farm.simulated:
        model = sim.model if sim.model.startswith("Antminer") else f"Antminer {sim.model}"
        new.append(
            NewMiner(
                sim.host,
                sim.port,
                make="AntMiner",
                model_name=model,
                family=family,
                firmware="Bitmain stock 2024",
                capabilities=capabilities_for(family, model).to_json(),
            )
        )
    with unit_of_work(context.database.session_factory) as session:
        miners = add_miners(session, people.owner, people.site_id, new)
        session.expunge_all()
    return miners


def store_factory_defaults(context: AppContext, people: People) -> None:
    store = CredentialStore.from_settings(context.secrets, context.settings.extra)
    with unit_of_work(context.database.session_factory) as session:
        set_site_credentials(session, people.owner, store, people.site_id, None, factory_defaults=True)


@needs_port_80
def test_bulk_sleep_of_stock_antminers_goes_through_their_web_interface(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    """Before the fix the tab built targets without a family: a stock Antminer got the generic
    ``ascset 0,softoff`` over its API, which it does not have, and stayed hashing."""
    farm = SimulatedFarm(3, bind=loopback_network(), mix=MIX, seed=4, warmup_s=0, join_refusal_pct=0,
                         families={"antminer": 100})  # fmt: skip
    qasync_loop.run_until_complete(farm.start())
    try:
        assert farm.web_unavailable is None
        miners = add_identified(context, people, farm, "antminer")
        store_factory_defaults(context, people)
        tab = make_tab(qtbot, context, people)
        refresh(qasync_loop, tab)
        chosen = {miners[0].id, miners[2].id}
        select_rows(tab, chosen)
        assert tab.bulk.actions[Action.SLEEP].isEnabled()
        tab.bulk.actions[Action.SLEEP].trigger()
        box = tab.bulk.confirm_box
        assert box is not None and "Put 2 miners at Texas North to sleep?" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        assert tab.bulk.task is not None
        qasync_loop.run_until_complete(asyncio.wait_for(tab.bulk.task, timeout=30))
        dialog = tab.bulk.results_dialog
        assert dialog is not None and dialog.model.rowCount() == 2
        details = [(dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data()) for r in range(2)]
        assert [outcome for outcome, _detail in details] == ["OK", "OK"], details
        assert dialog.summary.text() == "2 of 2 accepted"
        by_host = {sim.host: sim for sim in farm.simulated}
        asleep = {m.id: by_host[m.ip_address].sleeping for m in miners}
        assert asleep == {miners[0].id: True, miners[1].id: False, miners[2].id: True}  # as the miners say
        with context.database.session_factory() as session:
            commands = set(session.scalars(select(OperationLogEntry.command)))
        assert commands == {"antminer.sleep"}  # the family's own protocol, logged as such
    finally:
        qasync_loop.run_until_complete(farm.stop())


def test_actions_a_firmware_lacks_are_disabled_with_the_reason(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    """Stock Antminers have no power target: alone, the action is disabled and says why; with a
    Whatsminer selected too, it is enabled and says how many will be refused."""
    specs = [
        ("10.0.0.1", "antminer", "Antminer S19 Pro", "Bitmain stock 2024"),
        ("10.0.0.2", "antminer", "Antminer S19j Pro", "Bitmain stock 2024"),
        ("10.0.0.3", "whatsminer", "Whatsminer M30S++", "20230315.22.REL"),
        ("10.0.0.4", "avalon", "Avalon A1246", "21042001_4ec6bb0_61407fa"),
    ]
    with unit_of_work(context.database.session_factory) as session:
        miners = add_miners(
            session,
            people.owner,
            people.site_id,
            [
                NewMiner(
                    ip, family=fam, model_name=model, firmware=fw, capabilities=capabilities_for(fam, model).to_json()
                )
                for ip, fam, model, fw in specs
            ]
            + [NewMiner("10.0.0.5")],  # never identified
        )
        session.expunge_all()
    tab = make_tab(qtbot, context, people)
    refresh(qasync_loop, tab)
    families = {tab.proxy.index(r, 0).data(ROW_ROLE).ip_address: tab.proxy.index(r, COL_FAMILY).data()
                for r in range(tab.proxy.rowCount())}  # fmt: skip
    assert families == {
        "10.0.0.1": "stock Antminer",
        "10.0.0.2": "stock Antminer",
        "10.0.0.3": "Whatsminer",
        "10.0.0.4": "Avalon",
        "10.0.0.5": "not identified",
    }
    row_of = {tab.proxy.index(r, 0).data(ROW_ROLE).ip_address: r for r in range(tab.proxy.rowCount())}
    assert tab.proxy.index(row_of["10.0.0.3"], COL_FIRMWARE).data() == "20230315.22.REL"
    tip = tab.proxy.index(row_of["10.0.0.1"], COL_FAMILY).data(Qt.ItemDataRole.ToolTipRole)
    assert "sleep, reboot, pools, modes normal/sleep" in tip and "no power target" in tip
    # sortable and filterable by family
    tab.table.sortByColumn(COL_FAMILY, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, COL_FAMILY).data() == "Avalon"
    families_offered = [tab.filters.family_combo.itemText(i) for i in range(tab.filters.family_combo.count())]
    assert families_offered == ["All firmware", "Avalon", "not identified", "stock Antminer", "Whatsminer"]
    tab.filters.family_combo.setCurrentIndex(tab.filters.family_combo.findData("stock Antminer"))
    assert tab.proxy.rowCount() == 2
    tab.filters.family_combo.setCurrentIndex(0)

    select_rows(tab, {miners[0].id, miners[1].id})
    power = tab.bulk.actions[Action.POWER_TARGET]
    assert not power.isEnabled()
    assert power.toolTip() == "Power target: none of the 2 selected can: stock Antminer firmware has no power target"
    assert tab.gate_label.isVisibleTo(tab) and "Power target" in tab.gate_label.text()
    assert tab.bulk.actions[Action.SLEEP].isEnabled()

    select_rows(tab, {miners[0].id, miners[1].id, miners[2].id})
    assert power.isEnabled()
    assert "1 of the 3 selected can; the other 2 will be refused" in power.toolTip()
    tab.bulk.request(Action.POWER_TARGET)
    dialog = tab.bulk.power_dialog
    assert dialog is not None
    assert dialog.unit.currentData() == "percent"  # what the one capable miner takes... as does generic
    assert "2 of the 3 selected will refuse it" in dialog.note.text()
    dialog.reject()

    mode = tab.bulk.actions[Action.MODE]
    assert mode.isEnabled() and tab.bulk.gates[Action.MODE].refused == 0  # each has some power mode
    tab.bulk.request(Action.MODE)
    modes = tab.bulk.mode_dialog
    assert modes is not None
    assert [modes.mode.itemData(i) for i in range(modes.mode.count())] == ["low", "normal", "high"]
    assert "1 of the 3 selected will refuse it" in modes.note.text()
    assert "stock Antminer firmware on this model has no 'low' mode" in modes.note.text()  # the S19 Pro
    modes.mode.setCurrentIndex(1)
    assert "Every selected miner's firmware has this mode." in modes.note.text()
    modes.reject()

    select_rows(tab, {miners[4].id})
    assert not mode.isEnabled() and "generic (CGMiner commands) firmware has no power modes" in mode.toolTip()

    select_rows(tab, {miners[3].id, miners[4].id})  # Avalon: no pools; generic: no pools either
    assert tab.bulk.actions[Action.REBOOT].isEnabled() and tab.bulk.gates[Action.REBOOT].refused == 0


def test_identify_selected_miners_with_progress(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    farm = SimulatedFarm(3, bind=loopback_network(), seed=4, warmup_s=0, join_refusal_pct=0,
                         families={"whatsminer": 100})  # fmt: skip
    qasync_loop.run_until_complete(farm.start())
    try:
        with unit_of_work(context.database.session_factory) as session:
            miners = add_miners(session, people.owner, people.site_id, [NewMiner(h, p) for h, p in farm.targets])
            session.expunge_all()
        tab = make_tab(qtbot, context, people)
        refresh(qasync_loop, tab)
        assert {tab.proxy.index(r, COL_FAMILY).data() for r in range(3)} == {"not identified"}
        select_rows(tab, {m.id for m in miners})
        assert tab.identify.action.isEnabled()
        task = tab.identify.request()
        assert task is not None and not tab.identify.action.isEnabled()
        qasync_loop.run_until_complete(asyncio.wait_for(task, timeout=40))
        dialog = tab.identify.dialog
        assert dialog is not None and "Identified 3 miners: 3 Whatsminer" in dialog.summary.text()
        refresh(qasync_loop, tab)
        assert {tab.proxy.index(r, COL_FAMILY).data() for r in range(3)} == {"Whatsminer"}
    finally:
        qasync_loop.run_until_complete(farm.stop())


def test_miner_logins_dialog_stores_and_shows_without_the_password(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.fleet.miner_logins_dialog import MinerLoginsDialog

    dialog = MinerLoginsDialog(context, people.site_manager, people.site_id, "Texas North", ["Antminer S19j Pro"])
    qtbot.addWidget(dialog)
    dialog.show()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load(), timeout=5))
    assert [dialog.stored.index(r, 1).data() for r in range(2)] == ["nothing stored", "the site's login applies"]
    dialog.user.setText("ops")
    dialog.password.setText("s3cret-pw")
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.save(), timeout=5))
    assert "Stored for the whole site: user ops" in dialog.status.text()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load(), timeout=5))
    shown = [dialog.stored.index(r, c).data() for r in range(2) for c in range(2)]
    assert shown == ["Whole site", "user ops, password set", "Model Antminer S19j Pro", "the site's login applies"]
    assert not any("s3cret" in text for text in shown) and dialog.password.text() == ""
    dialog.scope.setCurrentIndex(1)
    dialog.with_factory.setChecked(True)
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.save(), timeout=5))
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load(), timeout=5))
    assert dialog.stored.index(1, 1).data() == "factory defaults of each firmware"
    store = CredentialStore.from_settings(context.secrets, context.settings.extra)
    assert store.describe(people.site_id, model="Antminer S19j Pro") == "factory defaults"
    assert store.describe(people.site_id) == "user ops"


def test_miner_logins_dialog_without_a_keyring_stores_nothing_and_says_where_to_look(
    qtbot, qasync_loop, context, people
) -> None:  # type: ignore[no-untyped-def]
    import keyring.backends.fail

    from hashinsight_desktop.ui.fleet.miner_logins_dialog import MinerLoginsDialog

    context.secrets = SecretStore(keyring.backends.fail.Keyring())
    dialog = MinerLoginsDialog(context, people.site_manager, people.site_id, "Texas North", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qasync_loop.run_until_complete(asyncio.wait_for(dialog.load(), timeout=5))
    text = dialog.problem_label.text()
    assert dialog.problem_label.isVisible() and "Nothing can be stored on this computer" in text
    assert "Headless agents without a keyring" in text and "systemd" in text
    assert not dialog.save_button.isEnabled() and not dialog.editor.isEnabled()


def test_admin_sites_page_opens_the_miner_logins_of_the_selected_site(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    from hashinsight_desktop.ui.admin.sites_customers_page import SitesCustomersPage

    with unit_of_work(context.database.session_factory) as session:  # as identification named it
        add_miners(
            session,
            people.owner,
            people.site_id,
            [NewMiner("10.0.0.1", model_name="Antminer S21", family="antminer"), NewMiner("10.0.0.2", model_name="S9")],
        )  # the second never identified: generic commands, no login, not offered
    page = SitesCustomersPage(context, people.owner)
    qtbot.addWidget(page)
    page.show()
    assert not page.logins_button.isEnabled() and "Select a site first" in page.logins_button.toolTip()
    page.sites.view.select_where(lambda row: row.id == people.site_id)
    assert page.logins_button.isEnabled()

    async def open_it() -> Any:
        dialog = page.open_logins()
        assert dialog is not None and dialog.load_task is not None
        await asyncio.wait_for(dialog.load_task, 5)
        return dialog

    dialog = qasync_loop.run_until_complete(open_it())
    qtbot.addWidget(dialog)
    assert dialog.site_id == people.site_id and dialog.windowTitle() == "Miner logins — Texas North"
    assert dialog.stored.index(0, 1).data() == "nothing stored"
    # a model override applies under the name the miner's login is looked up by (control_targets)
    assert dialog.models == ["Antminer S21"] and dialog.scope.itemText(1) == "Antminer S21"


def test_identify_cancelled_keeps_what_was_found(qtbot, qasync_loop, context, people) -> None:  # type: ignore[no-untyped-def]
    farm = SimulatedFarm(3, bind=loopback_network(), seed=4, warmup_s=0, join_refusal_pct=0,
                         families={"whatsminer": 100})  # fmt: skip
    farm.simulated[2].fault = "hang"  # accepts the connection, never answers: identification waits its deadline
    qasync_loop.run_until_complete(farm.start())
    try:
        with unit_of_work(context.database.session_factory) as session:
            miners = add_miners(session, people.owner, people.site_id, [NewMiner(h, p) for h, p in farm.targets])
            session.expunge_all()
        tab = make_tab(qtbot, context, people)
        refresh(qasync_loop, tab)
        select_rows(tab, {m.id for m in miners})
        task = tab.identify.request()
        dialog = tab.identify.dialog
        assert task is not None and dialog is not None

        async def cancel_after_two() -> None:
            while len(dialog.found) < 2:
                await asyncio.sleep(0.05)
            dialog.cancel_button.click()
            await task

        qasync_loop.run_until_complete(asyncio.wait_for(cancel_after_two(), timeout=30))
        assert "Cancelled: 2 of 3 identified and stored (2 Whatsminer)" in dialog.summary.text()
        assert dialog.close_button.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)
        with context.database.session_factory() as session:
            stored = {m.ip_address: m.family for m in session.scalars(select(Miner))}
        assert sorted(stored.values(), key=str) == [None, "whatsminer", "whatsminer"]
        assert tab.identify.action.isEnabled()  # ready again
    finally:
        qasync_loop.run_until_complete(farm.stop())
