"""Contracts in the CRM tab: New contract… and Edit… forms save through services.billing.contracts. Refusals land
under the field they name (a missing start, no miner ticked, every miner's bad date named by its row and column, in
the reader's language), or name
the form's labels (a bad rate, a credit tier); the miners
are the customer's own, ticked with from/to dates; an edit says it makes a new version and does. SQLite only: the
contract service is tested on both engines."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.billing import contracts
from hashinsight_desktop.ui.crm.billing_page import BillingPage
from tests.services.billing_db.kit import NOV, clock_at, make_billing

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)
WORDS = {
    "Miners, row {row} ({miner})": "矿机第{row}行（{miner}）",
    "{row}, {column}": "{row}，{column}",
    "From": "开始",
    "To": "结束",
}


class _Chinese(QTranslator):
    """A test translation of the words naming a miner's row (the real one is filled by the translator)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return WORDS.get(source, source) if context == "ContractDialog" else source  # "" would be a translation


def test_new_and_edited_contracts_with_refusals_under_their_fields(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    billing = make_billing(context.database)
    context.clock = clock_at(DAY)  # type: ignore[method-assign, misc]
    owner = billing.people.owner
    page = BillingPage(context, owner).contracts
    qtbot.addWidget(page)

    form = page.new_contract()
    assert [form.miners.item(r, 0).text() for r in range(form.miners.rowCount())] == ["r1", "r2"]
    form.reference.setText("C-ACME-2")
    form.rate.setText("0.06")
    form.save_button.click()
    assert "is required" in form.field_error("start")
    # The form grew for the message but stays on an 800 px-high screen: the fields scroll, Save stays in reach.
    assert form.height() <= form.screen().availableGeometry().height()
    form.start.setText("2026-11-01")
    form.save_button.click()
    assert "is required" in form.field_error("miners")  # none ticked
    form.miners.item(0, 0).setCheckState(Qt.CheckState.Checked)
    form.miners.item(0, 1).setText("2026-11-31")
    form.miners.item(1, 0).setCheckState(Qt.CheckState.Checked)
    form.miners.item(1, 2).setText("soon")
    form.save_button.click()  # every bad row at once, each by its row and column
    assert form.field_error("miners") == (
        "Miners, row 1 (r1), From: '2026-11-31' is not a date; write it as YYYY-MM-DD; "
        "Miners, row 2 (r2), To: 'soon' is not a date; write it as YYYY-MM-DD"
    )
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        form.save_button.click()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert form.field_error("miners").startswith("矿机第1行（r1），开始: '2026-11-31' is not a date")
    assert "; 矿机第2行（r2），结束: 'soon'" in form.field_error("miners")
    form.miners.item(0, 1).setText("2026-11-15")
    form.miners.item(1, 1).setText("2026-11-15")
    form.miners.item(1, 2).setText("2026-11-10")
    form.save_button.click()  # the service's check of a row, named by its row too
    assert form.banner_text() == "1 bad field(s): Miners, row 2 (r2), To: 2026-11-10 is before its from date 2026-11-15"
    form.miners.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    form.rate.setText("abc")
    form.tiers.setText("99:5, 90:x")
    form.save_button.click()  # the service's contract fields named as the form shows them, not rate_usd_per_kwh
    assert form.banner_text() == (
        "2 bad field(s): Rate (USD/kWh): 'abc' is not a number; SLA credit tier 2, CREDIT: 'x' is not a number"
    )
    form.rate.setText("0.06")
    form.tiers.setText("99:5")
    form.save_button.click()
    assert form.result() == form.DialogCode.Accepted
    with context.database.session_factory() as session:
        made = contracts.contract_by_reference(session, owner, "C-ACME-2")
        [miner] = made.version.terms["miners"]
        assert (miner["miner_id"], miner["from"], "to" in miner) == (str(billing.miners[0]), "2026-11-15", False)
        assert made.version.terms["rate_usd_per_kwh"] == "0.06" and made.version.number == 1

    page.reload()
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 2, timeout=3000)
    row = next(i for i in range(2) if page.table.model.rows[i].contract.reference == "C-ACME-1")
    page.table.table.selectRow(row)
    edit = page.edit_contract()
    assert edit is not None and "makes version 2 of this contract" in edit.version_note.text()
    assert edit.reference.isReadOnly() and not edit.customer.isEnabled()
    checked = [edit.miners.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(2)]
    assert checked == [True, True]
    edit.miners.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    edit.save_button.click()
    assert edit.result() == edit.DialogCode.Accepted, edit.banner_text()
    with context.database.session_factory() as session:
        now = contracts.contract_by_reference(session, owner, "C-ACME-1")
        assert now.version.number == 2 and [m["miner_id"] for m in now.version.terms["miners"]] == [
            str(billing.miners[0])
        ]
        assert now.version.terms["gap_policy"] == "last" and len(now.version.reminders) == 3  # kept as they were
