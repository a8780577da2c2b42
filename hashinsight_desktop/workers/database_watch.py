"""The console's database health watch: the probe every few seconds off the event loop's thread, each
change handed to ``publish`` (the GUI's event bridge), until cancelled; the probe's connection is closed then."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from hashinsight_desktop.services.database_health import PROBE_INTERVAL_S, DatabaseProbe, Health, HealthWatch


async def watch_database(
    probe: DatabaseProbe, watch: HealthWatch, publish: Callable[[Health], None], *, interval_s: float = PROBE_INTERVAL_S
) -> None:
    """``watch`` judges ``probe``'s answers (it was built with it)."""
    try:
        while True:
            change = await asyncio.to_thread(watch.check)  # a connect may wait its timeout: not on the loop's thread
            if change is not None:
                publish(change)
            await asyncio.sleep(interval_s)
    finally:
        probe.dispose()  # invalidates its connection: no network wait
