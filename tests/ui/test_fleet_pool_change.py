"""The Fleet tab's bulk Pool… action against simulated Whatsminers over loopback: the password is taken from
the keyring (stored for the pool and worker earlier, audited without it), the confirmation says so, the
miners mine for the new pool, and each change is in the operation log and the audit log without the
password. The power-target dialog predicts W and TH/s per model."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord, OperationLogEntry
from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.devices import PoolSetting, capabilities_for
from hashinsight_desktop.services.fleet import pool_passwords
from hashinsight_desktop.services.fleet.control import Action
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people
from tests.ui.test_fleet_families import make_tab, refresh, select_rows, store_factory_defaults

pytestmark = pytest.mark.gui
POOL = "stratum+tcp://new-pool.example:3333"


async def _until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not condition():
            await asyncio.sleep(0.02)


def test_bulk_pool_change_with_the_keyring_password(qtbot, qasync_loop, context, shipped_catalogue) -> None:  # type: ignore[no-untyped-def]
    people = make_people(context.database.session_factory)
    farm = SimulatedFarm(2, bind=loopback_network(), seed=7, warmup_s=0, join_refusal_pct=0,
                         families={"whatsminer": 100})  # fmt: skip
    qasync_loop.run_until_complete(farm.start())
    try:
        caps = capabilities_for("whatsminer", "Whatsminer M30S++").to_json()
        with unit_of_work(context.database.session_factory) as session:
            model = catalogue.resolve(session, people.owner, "Whatsminer M30S++")
            new = [NewMiner(h, p, model_id=model.id, family="whatsminer", model_name="Whatsminer M30S++",
                            capabilities=caps) for h, p in farm.targets]  # fmt: skip
            miners = add_miners(session, people.owner, people.site_id, new)
            pool_passwords.remember(session, people.owner, context.secrets, PoolSetting(POOL, "farm.rack1", "s3cret"))
            session.expunge_all()
        store_factory_defaults(context, people)
        tab = make_tab(qtbot, context, people)
        refresh(qasync_loop, tab)
        select_rows(tab, {m.id for m in miners})

        # The power target dialog says what the models would draw and hash at the target.
        tab.bulk.request(Action.POWER_TARGET)
        power = tab.bulk.power_dialog
        assert power is not None and power.prediction is not None
        assert power.prediction.total.text() == "Reading the selected miners' figures…"  # off the GUI thread
        prediction = power.prediction
        qasync_loop.run_until_complete(_until(lambda: prediction.bases is not None))
        assert power.prediction.model.rowCount() == 1
        assert power.prediction.model.index(0, 0).data() == "Whatsminer M30S++"
        headers = [power.prediction.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
        assert headers == ["Model", "Miners", "Now W", "Now TH/s", "At target W", "At target TH/s", "Source"]
        # never polled: 100 % is the catalogue's own figures, labelled so
        assert power.prediction.model.index(0, 6).data() == "catalogue → catalogue"
        assert power.prediction.model.index(0, 2).data() == power.prediction.model.index(0, 4).data()
        power.unit.setCurrentIndex(power.unit.findData("percent"))
        power.spin.setValue(80)
        assert power.prediction.model.index(0, 6).data() == "catalogue → estimated"  # no catalogue mode at 80 %
        watts, ths = 2 * model.power_w, 2 * model.hashrate_ths
        assert power.prediction.total.text() == (
            f"In all: {watts:,.0f} W → {0.8 * watts:,.0f} W (−{0.2 * watts:,.0f} W), "
            f"{ths:,.1f} → {ths * 0.8**0.85:,.1f} TH/s (estimated)"
        )
        power.reject()

        assert tab.bulk.actions[Action.POOL].isEnabled()
        tab.bulk.request(Action.POOL)
        dialog = tab.bulk.pool_dialog
        assert dialog is not None
        dialog.url.setText(POOL)
        dialog.worker.setText("farm.rack1")
        assert dialog.note.text() == "Every selected miner's firmware takes this."
        dialog.accept()
        qasync_loop.run_until_complete(_until(lambda: tab.bulk.confirm_box is not None))
        box = tab.bulk.confirm_box
        assert box is not None
        assert f"Switch 2 miners at Texas North to the pool {POOL} as farm.rack1?" in box.text()
        assert "Password: the one stored in the keyring for this pool and worker." in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        assert tab.bulk.task is not None
        qasync_loop.run_until_complete(asyncio.wait_for(tab.bulk.task, timeout=30))
        results = tab.bulk.results_dialog
        assert results is not None and results.summary.text() == "2 of 2 accepted"
        assert {(sim.pool_url, sim.worker, sim.pool_pass) for sim in farm.simulated} == {(POOL, "farm.rack1", "s3cret")}
        with context.database.session_factory() as session:
            log = session.scalars(select(OperationLogEntry)).all()
            audits = session.scalars(
                select(AuditRecord).where(AuditRecord.action.in_(["miner.pool", "pool.password"]))
            ).all()
        assert {(e.command, e.outcome) for e in log} == {("whatsminer.pool", "ok")}
        assert all("s3cret" not in (e.parameter or "") + (e.detail or "") for e in log)
        assert sorted(a.action for a in audits) == ["miner.pool", "miner.pool", "pool.password"]
        assert all("s3cret" not in a.summary for a in audits)
    finally:
        qasync_loop.run_until_complete(farm.stop())
