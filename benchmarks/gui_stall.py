"""The worst GUI event-loop stall while the console polls: a 10 ms QTimer probe on the qasync loop,
with the real TelemetryPoller (poll, buffer, database writes, alerts) on the workers' background
loop, exactly as the console runs it."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

PROBE_MS = 10


def measure_gui_stall(targets: list[tuple[str, int]], cycles: int = 3) -> tuple[float, list[str]]:
    """Returns (worst lateness of the probe in ms, one line per poll cycle)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hashinsight_desktop.services import sites
    from hashinsight_desktop.services.cgminer import Timeouts
    from hashinsight_desktop.services.database import open_database
    from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
    from hashinsight_desktop.services.permissions import SYSTEM
    from hashinsight_desktop.services.transaction import unit_of_work
    from hashinsight_desktop.workers.background_loop import BackgroundLoop
    from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'stall.sqlite3'}")
        with unit_of_work(db.session_factory) as session:
            site = sites.create_site(session, SYSTEM, name="Bench")
            add_miners(session, SYSTEM, site.id, [NewMiner(host, port) for host, port in targets])
        lines: list[str] = []
        poller = TelemetryPoller(
            db.session_factory,
            interval_s=0.05,
            timeouts=Timeouts(connect=2.0, deadline=5.0),
            on_cycle=lambda report: lines.append(report.describe()),
        )
        worst = 0.0
        last = time.perf_counter()

        def probe() -> None:
            nonlocal worst, last
            now = time.perf_counter()
            worst = max(worst, (now - last) * 1000 - PROBE_MS)
            last = now

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        timer = QTimer(interval=PROBE_MS, timeout=probe)

        workers = BackgroundLoop()

        async def run() -> None:
            nonlocal worst, last
            await asyncio.wrap_future(workers.run(poller.cycle()))  # loads the miner list: not counted
            timer.start()
            last, worst = time.perf_counter(), 0.0
            for _ in range(cycles):
                await asyncio.wrap_future(workers.run(poller.cycle()))
            timer.stop()
            await asyncio.to_thread(poller.roles.release)
            await workers.stop()

        with loop:
            loop.run_until_complete(run())
        db.close()
    return worst, lines
