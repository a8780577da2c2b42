"""Curtailment of a mixed-family fleet through each firmware's own protocol, against the simulator.

    .venv/bin/python benchmarks/bench_control.py [--miners 1500] [--share 0.3] [--identify-miners 5000]

Starts a farm of stock Antminer, Whatsminer, Braiins OS+, LuxOS, Avalon and VNish miners in a separate
process (real miners are other machines; web families need port 80 on loopback: run as root), then on a
scratch SQLite database: adds the miners, identifies them (pyasic through the device layer), stores the
site's factory-default logins explicitly, polls them once, plans a shed of ``--share`` of the site's power
at the levels each firmware takes, and executes it with no ramp — timed until every command is sent and
every miner confirmed by a poll (the simulator changes level at once, so no per-family settle time) —
then recovers it. Prints times and commands per second. Last, identification at discovery of
``--identify-miners`` miners (bench_identify.py, its own farm; 0 skips it). Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import ipaddress
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from hashinsight_desktop.db.models import CurtailmentItem, Miner
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
from hashinsight_desktop.services.curtailment.executor import DEFAULT_OPTIONS, execute_plan, recover_plan
from hashinsight_desktop.services.curtailment.plans import PlanRequest, approve_plan, preview_plan, save_plan
from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions
from hashinsight_desktop.services.database import open_database
from hashinsight_desktop.services.devices import CredentialStore
from hashinsight_desktop.services.fleet.identification import identify_miners
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.cli import READY
from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller

BIND = "127.26.0.0/16"  # apart from the other benchmarks' networks
FAMILIES = "antminer=25,whatsminer=15,braiins=15,luxos=15,avalon=15,vnish=15"


def start_farm(miners: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "hashinsight_desktop", "simulate", "--miners", str(miners), "--bind", BIND]
    command += ["--families", FAMILIES, "--seed", "3", "--duration", "900"]
    farm = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert farm.stdout is not None
    for line in farm.stdout:
        if line.startswith(READY):
            return farm
    raise SystemExit(f"the simulator did not start (exit code {farm.wait()})")


async def run(miners: int, share: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        store = CredentialStore(SecretStore.for_this_session("benchmark"))
        hosts = [str(h) for _, h in zip(range(miners), ipaddress.ip_network(BIND).hosts(), strict=False)]
        with unit_of_work(db.session_factory) as session:
            site = sites.create_site(session, SYSTEM, name="Bench mixed", capacity_mw="10")
            added = add_miners(session, SYSTEM, site.id, [NewMiner(ip_address=h) for h in hosts])
            ids = [m.id for m in added]
        store.store(site.id, None, factory_defaults=True)

        started = time.perf_counter()
        found = await identify_miners(db.session_factory, SYSTEM, ids, credentials=store, concurrency=100)
        identify_s = time.perf_counter() - started
        families = Counter(f.identity.family.value for f in found)
        print(f"identified {miners:,} miners in {identify_s:.1f} s ({miners / identify_s:,.0f}/s): {dict(families)}")

        poller = TelemetryPoller(db.session_factory, interval_s=0.05)
        await poller.cycle()
        poller.roles.release()
        request = PlanRequest(site.id, "bench shed", target_kw=1.0, levels=LevelOptions(anti_flap_minutes=0))
        probe = await asyncio.to_thread(preview_plan, db.session_factory, SYSTEM, request)
        full_kw = probe.site.site_power_kw  # measured by the poll above
        request = dataclasses.replace(request, target_kw=round(full_kw * share, 1))
        started = time.perf_counter()
        preview = await asyncio.to_thread(preview_plan, db.session_factory, SYSTEM, request)
        print(f"planned {request.target_kw:,.1f} kW of {full_kw:,.1f} kW in {time.perf_counter() - started:.2f} s")
        plan_id = await asyncio.to_thread(save_plan, db.session_factory, SYSTEM, preview)
        await asyncio.to_thread(approve_plan, db.session_factory, SYSTEM, plan_id, None)
        with db.session_factory() as session:
            rows = session.execute(
                select(Miner.family, CurtailmentItem.level)
                .join(Miner, Miner.id == CurtailmentItem.miner_id)
                .where(CurtailmentItem.plan_id == plan_id)
            ).all()
        print("levels per family:", dict(Counter(f"{family}:{level}" for family, level in rows)))

        options = dataclasses.replace(DEFAULT_OPTIONS, credentials=store, settle_s={}, reconcile_interval_s=0.5)
        report = await execute_plan(db.session_factory, SYSTEM, plan_id, options)
        rate = report.commands / report.send_s if report.send_s else 0.0
        print(
            f"execute {sum(report.counts.values()):,} miners (ramp off): sent in {report.send_s:.2f} s "
            f"({rate:,.0f} commands/s), all reconciled in {report.confirm_s:.2f} s | {dict(report.counts)}, "
            f"commands {report.commands:,}, re-sent {report.resends:,}"
        )
        if report.outcome is not None:
            print(f"  {report.outcome.describe()}")
        started = time.perf_counter()
        back = await recover_plan(db.session_factory, SYSTEM, plan_id, dataclasses.replace(options, batch_interval_s=0))
        print(
            f"recover: {dict(back.counts)} in {time.perf_counter() - started:.2f} s, commands {back.commands:,}, "
            f"re-sent {back.resends:,}"
        )
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--miners", type=int, default=1500)
    parser.add_argument("--share", type=float, default=0.3, help="share of the site's power to shed")
    parser.add_argument("--identify-miners", type=int, default=5000, help="identification benchmark size (0: skip)")
    args = parser.parse_args()
    raise_open_file_limit(args.miners * 4 + 4096)
    farm = start_farm(args.miners)
    try:
        asyncio.run(run(args.miners, args.share))
    finally:
        farm.terminate()
        farm.wait(timeout=30)
    if args.identify_miners:
        script = Path(__file__).with_name("bench_identify.py")
        subprocess.run(
            [sys.executable, str(script), "--miners", str(args.identify_miners), "--concurrency", "200"], check=False
        )


if __name__ == "__main__":
    main()
