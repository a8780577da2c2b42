"""Executing a 1,500-miner curtailment plan against the simulator, loopback only.

    .venv/bin/python benchmarks/bench_curtail_executor.py [--miners 1500] [--in-process] [--no-postgres]
        [--profile]

The farm runs in a separate process by default (real miners are other machines), on its own
loopback network. Per database (SQLite file, then a throwaway PostgreSQL cluster) it writes a site,
the miners and an approved one-batch plan (a third of the miners to sleep, the others to 75 % / 50 %
power presets), then times ``execute_plan`` until every command is sent and every miner confirmed at
its level by a poll; then recovers the plan (10 batches, no wait between them) so the next database
starts from a farm at full power. Target (issue 5): < 5 s until every command is sent and confirmed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.pg_cluster

from sqlalchemy import text

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.db.models import CurtailmentItem, CurtailmentPlan
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
from hashinsight_desktop.services.curtailment.executor import ExecutionReport, RunOptions, execute_plan, recover_plan
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners
from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.cli import READY
from hashinsight_desktop.simulator.farm import SimulatedFarm

BIND = "127.23.0.0/16"  # not bench_poll's 127.1.0.0/16: both may run on one machine
SEED = 5
TARGET_S = 5.0
SCRATCH_DB = "bench_curtail_executor"


def _start_farm_process(miners: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "hashinsight_desktop.simulator", "--miners", str(miners)]
    command += ["--bind", BIND, "--seed", str(SEED), "--duration", "600"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(READY):
            return process
    raise SystemExit(f"the simulator did not start (exit code {process.wait()})")


def make_plan(db: Database, farm: SimulatedFarm) -> uuid.UUID:
    """A site, its miners and an approved plan of one item per miner (one batch)."""
    with unit_of_work(db.session_factory) as session:
        site = sites.create_site(session, SYSTEM, name=f"Bench {uuid.uuid4().hex[:6]}", capacity_mw="10")
        miners = add_miners(session, SYSTEM, site.id, [NewMiner(ip_address=h, port=p) for h, p in farm.targets])
        by_address = {(m.ip_address, m.port): m.id for m in miners}
        plan = CurtailmentPlan(
            site_id=site.id,
            name="bench shed",
            state="approved",
            target_kw=0.0,  # set below: what the items shed
            created_by="system",
            approved_by="system",
            approved_at=datetime.now(UTC),
        )
        session.add(plan)
        session.flush()
        items = []
        for miner in farm.simulated:
            kind = miner.index % 3
            pct = None if kind == 0 else (75 if kind == 1 else 50)
            items.append(
                CurtailmentItem(
                    plan_id=plan.id,
                    miner_id=by_address[(miner.host, miner.port)],
                    miner_name=f"m{miner.index}",
                    host=miner.host,
                    port=miner.port,
                    dialect=miner.dialect,
                    level="sleep" if pct is None else "preset",
                    power_pct=pct,
                    full_power_w=miner.nominal_w,
                    full_hashrate_ths=miner.nominal_ths,
                    level_power_w=30.0 if pct is None else miner.nominal_w * pct / 100,
                    level_hashrate_ths=0.0 if pct is None else miner.nominal_ths * (pct / 100) ** 0.85,
                    batch=0,
                )
            )
        session.add_all(items)
        plan.target_kw = sum(i.full_power_w - i.level_power_w for i in items) / 1000
        return plan.id


@contextlib.contextmanager
def postgres() -> Iterator[Database]:
    from tests.support.pg_cluster import throwaway_cluster

    with throwaway_cluster() as server:
        admin = make_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {SCRATCH_DB}"))
        admin.dispose()
        db = open_database(server.rsplit("/", 1)[0] + f"/{SCRATCH_DB}")
        try:
            yield db
        finally:
            db.close()


@contextlib.contextmanager
def sqlite() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            yield db
        finally:
            db.close()


async def _execute(db: Database, plan_id: uuid.UUID, profile: bool) -> tuple[ExecutionReport, float]:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = await execute_plan(db.session_factory, SYSTEM, plan_id, RunOptions(reconcile_interval_s=0.5))
    wall = time.perf_counter() - started
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return report, wall


def run(label: str, db: Database, farm: SimulatedFarm, profile: bool) -> None:
    plan_id = make_plan(db, farm)
    report, wall = asyncio.run(_execute(db, plan_id, profile))
    total = sum(report.counts.values())
    confirmed = report.counts.get("confirmed", 0)
    ok = confirmed == total and report.confirm_s < TARGET_S
    print(
        f"[{label}] execute {total:,}-miner plan: sent in {report.send_s:.2f} s, "
        f"{'all' if confirmed == total else f'{confirmed:,} of {total:,}'} confirmed in {report.confirm_s:.2f} s "
        f"(target < {TARGET_S:g} s: {'OK' if ok else 'MISSED'}) | commands {report.commands:,}, "
        f"resends {report.resends:,} | wall {wall:.2f} s, plan {report.state}"
    )
    if report.outcome is not None:  # the site measured before and after (both inside the timed run)
        print(f"[{label}]   {report.outcome.describe()} (power before {report.outcome.power_before_kw:,.1f} kW)")
    started = time.perf_counter()
    recovery = asyncio.run(
        recover_plan(db.session_factory, SYSTEM, plan_id, RunOptions(batch_interval_s=0.0, reconcile_interval_s=0.5))
    )
    print(
        f"[{label}] recover it in {recovery.batches} batches (no wait between them): "
        f"{recovery.counts.get('confirmed', 0):,} confirmed in {time.perf_counter() - started:.2f} s, "
        f"commands {recovery.commands:,}, resends {recovery.resends:,}"
    )


async def _serve_and_run(miners: int, labels: list[str], profile: bool) -> None:
    # In-process: the farm shares this loop, so the executor's own runs go on a thread's loop.
    async with SimulatedFarm(miners, bind=BIND, seed=SEED) as farm:
        for label in labels:
            with sqlite() if label == "SQLite" else postgres() as db:
                await asyncio.to_thread(run, label, db, farm, profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--miners", type=int, default=1500)
    parser.add_argument("--in-process", action="store_true", help="serve the farm in this process")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--profile", action="store_true", help="cProfile the execution (slows it down)")
    args = parser.parse_args()
    raise_open_file_limit(args.miners + 4096)
    labels = ["SQLite"] if args.no_postgres else ["SQLite", "PostgreSQL"]
    where = "in this process" if args.in_process else "in a separate process"
    print(f"bench_curtail_executor: {args.miners:,} simulated miners {where} on {BIND}; concurrency 200")
    if args.in_process:
        asyncio.run(_serve_and_run(args.miners, labels, args.profile))
        return
    process = _start_farm_process(args.miners)
    try:
        farm = SimulatedFarm(args.miners, bind=BIND, seed=SEED)  # same seed: the served farm's addresses, models
        for label in labels:
            with sqlite() if label == "SQLite" else postgres() as db:
                run(label, db, farm, args.profile)
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
