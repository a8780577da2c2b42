"""Demo mode's start: a free loopback range or one line saying why not, a visible failure instead of a live
process without a window, and a market history (labelled as the demo's) so the calculator works offline."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hashinsight_desktop import demo, demo_market
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.market_data.service import latest_snapshots
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.gui_app import ConsoleSession, _start_demo
from hashinsight_desktop.workers.task_registry import TaskRegistry


@contextmanager
def occupied(*networks: str) -> Iterator[list[str]]:
    """Another process's listener on one address each range's demo farm would serve."""
    with ExitStack() as stack:
        taken = []
        for network in networks:
            farm = demo._farm(network)
            miner = next(m for m in farm.simulated if farm.served(m))
            sock = stack.enter_context(socket.socket())
            sock.bind((miner.host, miner.port))
            sock.listen()
            taken.append(f"{miner.host}:{miner.port}")
        yield taken


def test_a_taken_range_is_skipped_for_the_next_with_its_own_database(tmp_path: Path) -> None:
    first, second = demo.DEMO_NETWORKS[:2]
    with occupied(first) as [address]:
        assert demo.taken_address(demo._farm(first)) == address
        assert demo.free_network() == second
    assert demo.demo_database_url(tmp_path) != demo.demo_database_url(tmp_path, second)


def test_every_range_taken_is_one_line_and_exit_1_before_any_window(app_home: Path) -> None:
    env = {**os.environ, "HASHINSIGHT_HOME": str(app_home), "QT_QPA_PLATFORM": "offscreen"}
    with occupied(*demo.DEMO_NETWORKS):
        result = subprocess.run(
            [sys.executable, "-m", "hashinsight_desktop", "--demo"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line == f"hashinsight-desktop: error: {demo.no_free_network_message()}"


def test_a_farm_that_cannot_listen_ends_the_console_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, monkeypatch, capsys
) -> None:
    farm = SimulatedFarm(2, bind="127.86.0.0/30", seed=1, warmup_s=0)
    monkeypatch.setattr(demo, "demo_farm", lambda _network: farm)
    session = ConsoleSession(context, TaskRegistry(), workers=False)
    with socket.socket() as other:  # taken between the range's choice and the farm's start
        other.bind((farm.simulated[0].host, farm.simulated[0].port))
        other.listen()
        qasync_loop.run_until_complete(asyncio.wait_for(_start_demo(session), 30))
    assert session.exit_code == 1 and session.window is None
    box = session.dialog_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "The demo farm could not start" in box.text() and farm.simulated[0].host in box.text()
    assert capsys.readouterr().err.startswith("hashinsight-desktop: error: The demo farm could not start")
    box.close()
    if session.background is not None:
        qasync_loop.run_until_complete(session.background.stop())


def test_the_demo_market_history_is_stored_once_and_labelled(context: AppContext) -> None:
    def clock() -> datetime:
        return datetime(2026, 12, 4, 12, tzinfo=UTC)

    factory = context.database.session_factory
    with factory.begin() as session:
        added = demo_market.seed_history(session, clock=clock)
    with factory.begin() as session:
        assert demo_market.seed_history(session, clock=clock) == 0  # once per demo database
    assert added == (demo_market.HISTORY_DAYS + 1) * 5 + 2
    latest = latest_snapshots(factory)
    assert {v.source for v in latest.values()} == {demo_market.DEMO_SOURCE}
    assert latest[demo_market.Quantity.DIFFICULTY].value == pytest.approx(demo_market.DIFFICULTY, rel=1e-9)
    # the hashrate is the one the difficulty implies (one block per 600 s)
    implied = float(latest[demo_market.Quantity.DIFFICULTY].value) * 2**32 / 600 / 1e18
    assert float(latest[demo_market.Quantity.NETWORK_HASHRATE_EHS].value) == pytest.approx(implied, rel=1e-4)
