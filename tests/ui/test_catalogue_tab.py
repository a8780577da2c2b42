"""The catalogue tab: table, filters, add/edit/delete through MinerModelDialog, and permissions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models import MinerModel
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.catalogue.catalogue_tab import CatalogueTab
from hashinsight_desktop.ui.catalogue.miner_model_dialog import MinerModelDialog, describe_field
from hashinsight_desktop.ui.common import RECORD_ROLE
from hashinsight_desktop.ui.modules import CATALOGUE_TAB

pytestmark = pytest.mark.gui
COL_THS, COL_POWER = 2, 3


@pytest.fixture
def tab(qtbot, context: AppContext, owner: Principal, shipped_catalogue: int) -> CatalogueTab:  # type: ignore[no-untyped-def]
    widget = CatalogueTab(context, owner)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_models(tab: CatalogueTab) -> list[MinerModel]:
    return [tab.proxy.index(row, 0).data(RECORD_ROLE) for row in range(tab.proxy.rowCount())]


def select_by_name(tab: CatalogueTab, name: str) -> MinerModel:
    tab.filter_box.setText(name)
    model = next(m for m in shown_models(tab) if m.name == name)
    assert tab.select_model(model.id)
    return model


def fill(dialog: MinerModelDialog, name: str, hashrate: float, power: float) -> None:
    dialog.manufacturer.setCurrentText("Bitmain")
    dialog.name.setText(name)
    dialog.hashrate.setValue(hashrate)
    dialog.power.setValue(power)


def test_registers_its_tab_for_every_reader() -> None:
    spec = CATALOGUE_TAB
    assert (spec.title, spec.order, spec.widget_class()) == ("Miner catalogue", 800, CatalogueTab)
    assert spec.is_visible(Principal(None, "visitor", Role.GUEST))


def test_lists_the_shipped_catalogue_with_numbers_sorted_as_numbers(tab: CatalogueTab) -> None:
    assert tab.proxy.rowCount() == 71
    assert tab.summary_label.text() == "71 models · 7 makers"
    assert tab.proxy.index(0, COL_THS).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    tab.table.sortByColumn(COL_POWER, Qt.SortOrder.AscendingOrder)
    powers = [m.power_w for m in shown_models(tab)]
    assert powers == sorted(powers)
    shown_text = [tab.proxy.index(row, COL_POWER).data() for row in range(tab.proxy.rowCount())]
    assert shown_text != sorted(shown_text)  # as text "1,280" < "140": the sort must use the numbers
    assert shown_text[0] == "140"


def test_maker_cooling_and_text_filters(tab: CatalogueTab) -> None:
    tab.maker_combo.setCurrentIndex(tab.maker_combo.findData("MicroBT"))
    assert shown_models(tab) and {m.manufacturer for m in shown_models(tab)} == {"MicroBT"}
    tab.cooling_combo.setCurrentIndex(tab.cooling_combo.findData("hydro"))
    assert {(m.manufacturer, m.cooling) for m in shown_models(tab)} == {("MicroBT", "hydro")}
    assert "models shown" in tab.summary_label.text()
    tab.filter_box.setText("no such miner")
    assert tab.proxy.rowCount() == 0 and tab.empty_label.isVisibleTo(tab)
    tab.clear_filters()
    assert tab.proxy.rowCount() == 71 and tab.table.isVisibleTo(tab)
    assert tab.maker_combo.itemText(0) == "All makers" and tab.maker_combo.count() == 8


def test_add_with_validation_error_keeps_the_dialog_and_input(tab: CatalogueTab, database: Database) -> None:
    tab.add_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, "", 250, 3500)
    assert dialog.efficiency.text() == "14.0 J/TH"  # computed live
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Model name: is required"
    assert dialog.hashrate.value() == 250 and dialog.power.value() == 3500  # input kept

    dialog.name.setText("Antminer S23 Hyd")
    dialog.add_mode_row("eco", "200", "", "Bitmain S23 Hyd user manual, section 4")
    dialog.save_button.click()
    assert dialog.error_label.text() == "Power modes, row 1, W: is required"

    dialog.modes.item(0, 2).setText("2400")
    dialog.save_button.click()
    assert not dialog.isVisible() and tab.dialog is None
    with database.session_factory() as session:
        saved = session.scalar(select(MinerModel).where(MinerModel.name == "Antminer S23 Hyd"))
    assert saved is not None and saved.efficiency_j_per_th == 14.0
    assert saved.power_modes == [
        {"name": "eco", "hashrate_ths": 200.0, "power_w": 2400.0, "source": "Bitmain S23 Hyd user manual, section 4"}
    ]
    assert tab.model.rowCount() == 72 and tab.selected_model().name == "Antminer S23 Hyd"


def test_duplicate_name_is_named_by_the_service(tab: CatalogueTab) -> None:
    tab.add_button.click()
    fill(tab.dialog, "Antminer S9", 14, 1400)
    tab.dialog.save_button.click()
    assert tab.dialog is not None and tab.dialog.error_label.text().startswith("Model name: ")
    assert tab.model.rowCount() == 71


def test_edit_saves_with_the_expected_version(qtbot, tab: CatalogueTab, database: Database) -> None:  # type: ignore[no-untyped-def]
    model = select_by_name(tab, "Antminer S9")
    tab.edit_button.click()
    dialog = tab.dialog
    assert dialog.name.text() == "Antminer S9" and dialog.hashrate.value() == 13.5
    dialog.power.setValue(1300)
    dialog.save_button.click()
    assert tab.dialog is None
    with database.session_factory() as session:
        saved = session.get(MinerModel, model.id)
    assert (saved.power_w, saved.version) == (1300, model.version + 1)
    assert tab.selected_model().power_w == 1300


def test_a_price_and_its_date_are_edited_in_the_dialog_and_shown_in_the_table(  # type: ignore[no-untyped-def]
    qtbot, tab: CatalogueTab, database: Database
) -> None:
    model = select_by_name(tab, "Antminer S21 XP")
    tab.edit_button.click()
    dialog = tab.dialog
    assert dialog.price.text() == "" and not dialog.price_date.isEnabled()
    dialog.price.setText("abc")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.text() == "Price per unit: 'abc' is not a number"
    dialog.price.setText("5,850")
    assert dialog.price_date.isEnabled()
    dialog.price_date.setDate(QDate(2026, 11, 30))
    dialog.save_button.click()
    assert tab.dialog is None
    with database.session_factory() as session:
        saved = session.get(MinerModel, model.id)
    assert (saved.reference_price_usd, saved.reference_price_date) == (Decimal("5850"), date(2026, 11, 30))
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 1).data() == "Antminer S21 XP")
    headers = [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.proxy.columnCount())]
    assert tab.proxy.index(row, headers.index("Price")).data() == "$5,850"
    assert tab.proxy.index(row, headers.index("Price date")).data() == "2026-11-30"


def test_concurrent_edit_shows_the_message_and_reloads(tab: CatalogueTab, owner: Principal, database: Database) -> None:
    model = select_by_name(tab, "Antminer S9")
    tab.edit_button.click()
    with unit_of_work(database.session_factory) as session:  # another desktop saves first
        data = catalogue.model_state(model) | {"notes": "changed elsewhere"}
        catalogue.update_model(session, owner, model.id, data, expected_version=model.version)
    tab.dialog.power.setValue(1000)
    tab.dialog.save_button.click()
    assert tab.dialog is None
    boxes = [box for box in tab.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "changed by someone else" in boxes[0].text()
    assert tab.selected_model().notes == "changed elsewhere" and tab.selected_model().power_w == 1323


def test_delete_asks_first(tab: CatalogueTab) -> None:
    select_by_name(tab, "Antminer S9")
    box = tab.delete_selected()
    assert box is not None and tab.model.rowCount() == 71
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.model.rowCount() == 70


def test_guest_cannot_edit(qtbot, context: AppContext, shipped_catalogue: int) -> None:  # type: ignore[no-untyped-def]
    guest = Principal(user_id=None, username="visitor", role=Role.GUEST)
    tab = CatalogueTab(context, guest)
    qtbot.addWidget(tab)
    assert tab.proxy.rowCount() == 71
    assert tab.summary_label.text() == "71 models · 7 makers · read-only"
    select_by_name(tab, "Antminer S9")
    assert not any(b.isEnabled() for b in (tab.add_button, tab.edit_button, tab.delete_button))
    tab.table.doubleClicked.emit(tab.proxy.index(0, 0))
    assert tab.dialog is None


def test_field_names_are_described_for_people() -> None:
    assert describe_field("hashrate_ths") == "Hashrate"
    assert describe_field("power_modes[3].hashrate_ths") == "Power modes, row 3, TH/s"


def test_ctrl_f_focuses_the_filter(qtbot, tab: CatalogueTab) -> None:  # type: ignore[no-untyped-def]
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=1000)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_box.hasFocus()
