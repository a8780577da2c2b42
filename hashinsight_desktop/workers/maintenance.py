"""Telemetry housekeeping, once across all desktops: roll-ups every few minutes, retention hourly."""

from __future__ import annotations

import asyncio
import logging
import time

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from hashinsight_desktop.services.clock import Clock, system_clock
from hashinsight_desktop.services.leader import LeaderLock
from hashinsight_desktop.services.telemetry.rollups import apply_retention, roll_up_recent

log = logging.getLogger(__name__)
ROLLUP_EVERY_S = 300.0
RETENTION_EVERY_S = 3600.0


async def run_maintenance(engine: Engine, *, raw_days: int = 30, clock: Clock = system_clock) -> None:
    leader = LeaderLock(engine, "telemetry-maintenance")
    last_retention = 0.0
    try:
        while True:
            try:
                if await asyncio.to_thread(leader.try_acquire):
                    five, hourly = await asyncio.to_thread(roll_up_recent, engine, clock())
                    log.info("roll-ups: %d five-minute, %d hourly rows", five, hourly)
                    if time.monotonic() - last_retention >= RETENTION_EVERY_S:
                        result = await asyncio.to_thread(apply_retention, engine, raw_days=raw_days, now=clock())
                        log.info("retention: %s", result)
                        last_retention = time.monotonic()
            except DBAPIError as exc:
                log.warning("telemetry maintenance skipped: %s", exc.__class__.__name__)
            await asyncio.sleep(ROLLUP_EVERY_S)
    finally:
        await asyncio.to_thread(leader.release)
