"""Notifications when a whole site alerts at once: how long until the notifier has matched every raised alert
and sent the one digest that lists them.

    .venv/bin/python benchmarks/bench_notifications.py [--alerts 20000] [--database-url URL]

A fleet (``bench_fleet.seed_fleet``) raises one offline alert per miner in one poll's transaction (the alert
rules' own ``apply_alert_batch``); one rule sends every alert to a generic webhook served on 127.0.0.1; the
notifier's cycles run until the digest went out. No target in the issue: the figure says how far behind a
mass outage's page is. The machine's cores are shared: figures are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from benchmarks.bench_fleet import seed_fleet
from hashinsight_desktop.services.cluster.consumers import consume
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.notifications.delivery import deliver_due
from hashinsight_desktop.services.notifications.digests import ALERTS_CONSUMER, build_digests
from hashinsight_desktop.services.notifications.rules import RuleInput, save_rule
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.telemetry.alert_rules import (
    CRITICAL,
    OFFLINE_ALERT,
    AlertCondition,
    MinerAlerts,
    apply_alert_batch,
)
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.memory_keyring import MemoryKeyring


async def _serve(received: list[int]) -> tuple[asyncio.Server, int]:
    async def one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        length = next(
            int(line.split(":")[1]) for line in head.split("\r\n") if line.lower().startswith("content-length")
        )
        body = json.loads(await reader.readexactly(length))
        received.append(int(body["count"]))
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        await writer.drain()
        writer.close()

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    return await asyncio.start_server(one, "127.0.0.1", port), port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alerts", type=int, default=20_000)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(args.database_url or f"sqlite:///{Path(tmp) / 'notify.sqlite3'}")
        fleet = seed_fleet(db, args.alerts)
        secrets = SecretStore(MemoryKeyring())

        async def run() -> None:
            received: list[int] = []
            server, port = await _serve(received)
            with unit_of_work(db.session_factory) as session:
                channel = save_channel(session, SYSTEM, secrets, ChannelInput(
                    "Bench hook", "webhook", digest_window_s=0, secret=f"http://127.0.0.1:{port}/hook"))  # fmt: skip
                save_rule(session, SYSTEM, RuleInput("Everything", channel.id))
            with db.session_factory() as session:
                from hashinsight_desktop.db.models import Miner

                sites = dict(session.query(Miner.id, Miner.site_id).all())
            now = datetime.now(UTC)
            condition = AlertCondition(OFFLINE_ALERT, CRITICAL, "no answer to 3 polls")
            started = time.perf_counter()
            with unit_of_work(db.session_factory) as session:
                apply_alert_batch(session, [MinerAlerts(m, sites[m], [condition]) for m in fleet.miner_ids], now)
            raised = time.perf_counter() - started
            later = now + timedelta(seconds=1)
            stages: dict[str, float] = {}
            started = time.perf_counter()
            ingested = consume(db.session_factory, ALERTS_CONSUMER, lambda: later)  # as the notifier does
            stages["match and queue"] = time.perf_counter() - started
            started = time.perf_counter()
            with unit_of_work(db.session_factory) as session:
                digests = build_digests(session, later)
            stages["build the digest"] = time.perf_counter() - started
            started = time.perf_counter()
            async with httpx.AsyncClient() as client:
                outcomes = await deliver_due(db.session_factory, secrets, client, lambda: later)
            stages["send and record"] = time.perf_counter() - started
            server.close()
            print(f"{args.alerts:,} alerts raised in one transaction by the alert rules: {raised:.2f} s "
                  f"({db.engine.dialect.name})")  # fmt: skip
            for stage, seconds in stages.items():
                print(f"  notifier, {stage}: {seconds:.2f} s")
            print(f"  total {sum(stages.values()):.2f} s: {ingested.made:,} queued, {len(digests)} digest, "
                  f"{[o.status for o in outcomes]}, the webhook got {len(received)} message(s) listing "
                  f"{sum(received):,} alerts")  # fmt: skip

        asyncio.run(run())
        db.close()


if __name__ == "__main__":
    main()
