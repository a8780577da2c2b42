"""The Fleet table's Anomaly column and its "With telemetry anomalies" filter."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.telemetry.health import MinerHealth
from hashinsight_desktop.ui.fleet.filter_bar import MinerFilterBar
from hashinsight_desktop.ui.fleet.miner_columns import COL_ANOMALY
from hashinsight_desktop.ui.fleet.miners_filter import ANOMALOUS, MinersFilterProxy, anomalous_miners
from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel

pytestmark = pytest.mark.gui


def _row(i: int) -> MinerRow:
    return MinerRow(
        id=uuid.uuid4(), site_id=uuid.uuid4(), site="Texas North", name=f"m{i}", ip_address=f"10.0.0.{i}",
        port=4028, model="Antminer S19 Pro", nominal_ths=110.0, customer="", is_active=True, status="hashing",
        hashrate_ths=100.0, power_w=3250.0, max_chip_temp_c=70.0, fan_rpm_max=5400, pool_url=None,
        dialect="antminer", last_seen_at=datetime.now(UTC), error=None,
    )  # fmt: skip


def test_anomaly_column_shows_the_score_and_the_filter_keeps_anomalous_miners(qtbot: object) -> None:
    rows = [_row(i) for i in range(3)]
    health = {
        rows[0].id: MinerHealth(anomaly_score=9.2, anomaly="chip temperature 90.0 °C vs its 24 h baseline 70.1 °C"),
        rows[1].id: MinerHealth(anomaly_score=1.3, anomaly="hashrate 99.0 TH/s vs its 24 h baseline 100.0 TH/s"),
        rows[2].id: MinerHealth(anomaly="not judged: curtailed"),
    }
    model, proxy = MinersTableModel(), MinersFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows, health)
    cells = [model.index(model.position_of(r.id), COL_ANOMALY) for r in rows]  # type: ignore[arg-type]
    assert [c.data() for c in cells] == ["9.2", "1.3", "—"]
    assert cells[2].data(Qt.ItemDataRole.ToolTipRole) == "not judged: curtailed"
    assert (
        cells[0].data(Qt.ItemDataRole.ForegroundRole) is not None
        and cells[1].data(Qt.ItemDataRole.ForegroundRole) is None
    )

    bar = MinerFilterBar()
    bar.set_status(ANOMALOUS)
    assert bar.status == ANOMALOUS
    proxy.set_anomalous(anomalous_miners(health))
    proxy.set_filters(status=bar.status)
    assert proxy.rowCount() == 1
    proxy.set_anomalous(frozenset())  # the next scoring found nothing: refiltered at once
    assert proxy.rowCount() == 0
