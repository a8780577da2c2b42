"""A miner's last poll error is shown in the console's language where the console phrased it — the Fleet table's
status tooltip, the miner detail's status and a discovered host's "answered badly" reason — and as stored where it
did not (a row written before error_text was kept, a firmware's own words). A small translation built here stands
in for the shipped one; no database: rows are built as `list_miners` reads them (SQLite's JSON text)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hashinsight_desktop.services.cgminer.reasons import CONNECTION_REFUSED, no_reply
from hashinsight_desktop.services.cgminer.sample import ERROR, MinerSample
from hashinsight_desktop.services.fleet.discovery import Found
from hashinsight_desktop.services.fleet.miners import MinerRow
from hashinsight_desktop.services.stored_text import shown_later, to_stored
from hashinsight_desktop.services.telemetry.health import MinerHealth
from hashinsight_desktop.ui.fleet.discovery_results import FoundModel
from hashinsight_desktop.ui.fleet.miner_columns import COL_STATUS
from hashinsight_desktop.ui.fleet.miner_detail import status_caption
from hashinsight_desktop.ui.fleet.miners_model import MinersTableModel
from tests.support.small_qm import build_qm, console_in_chinese

pytestmark = pytest.mark.gui

CHINESE = {
    "Devices": {
        "connection refused": "连接被拒绝",
        "no complete reply within {seconds} s": "{seconds} 秒内没有完整回复",
    },
    "FoundModel": {"answered badly: {error}": "应答有误：{error}"},
}


@pytest.fixture(scope="module")
def chinese_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_qm(tmp_path_factory.mktemp("i18n"), CHINESE)


@pytest.fixture
def chinese(qapp: QApplication, chinese_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with console_in_chinese(chinese_dir, monkeypatch):
        yield


def _row(name: str, error: object) -> MinerRow:
    return MinerRow(
        id=uuid.uuid4(), site_id=uuid.uuid4(), site="Texas North", name=name, ip_address="10.0.0.1", port=4028,
        model="Antminer S19 Pro", nominal_ths=110.0, customer="", is_active=True, status="offline", hashrate_ths=None,
        power_w=None, max_chip_temp_c=None, fan_rpm_max=None, pool_url=None, dialect=None,
        last_seen_at=datetime.now(UTC), error=error,  # type: ignore[arg-type]
    )  # fmt: skip


def test_poll_errors_in_the_consoles_language(chinese: None) -> None:
    stored = shown_later("connection refused", json.dumps(to_stored(CONNECTION_REFUSED)))
    rows = [_row("new", stored), _row("older", "connection refused"), _row("firmware", "pools: Invalid command")]
    model = MinersTableModel()
    model.set_rows(rows, {r.id: MinerHealth() for r in rows})
    tips = [model.index(model.position_of(r.id), COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) for r in rows]
    assert [tip.split(": ", 1)[1] for tip in tips] == ["连接被拒绝", "connection refused", "pools: Invalid command"]
    assert [status_caption(r).split(" — ")[1] for r in rows] == [
        "连接被拒绝",
        "connection refused",
        "pools: Invalid command",
    ]

    found = FoundModel()
    found.rows = [Found(MinerSample.failed(ERROR, no_reply(0.6), "10.0.0.2")), Found(MinerSample.failed(ERROR, "bad"))]
    assert [found.index(i, 1).data() for i in range(2)] == ["应答有误：0.6 秒内没有完整回复", "应答有误：bad"]
