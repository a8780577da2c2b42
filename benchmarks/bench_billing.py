"""Billing one month for 200 customers and 5,000 miners sampled once a minute, on a throwaway PostgreSQL.

    .venv/bin/python benchmarks/bench_billing.py [--customers 200] [--miners 5000]

216 M one-minute samples are not generated: billing never reads raw samples, it reads the roll-ups' billing
columns (services/telemetry/billing_rollup.py), which the roll-up job keeps as samples arrive. So the month is
seeded directly as those roll-ups, in SQL (generate_series): one hourly row per miner and hour (3.6 M rows), as
the job writes them for a miner sampled at every minute — hashing hours; 3 % curtailed hours (50 W); 2 % hours
whose first 20 minutes had no sample (a gap at the hour's head: 16 min once the last sample's 300 s ran out);
0.2 % hours with a gap inside (the hourly row counts it, its 5-minute rows say where, as the job writes them).
Billing from hourly rows is exact (the reader sums integers; tests/services/billing_db/test_rollup_billing.py
proves buckets from the roll-ups equal the raw samples to the microsecond), so the hourly path is the one a
real month takes, not a shortcut of the benchmark.

Timed: ``run_billing`` (every contract's draft, its inputs stored, audited) and its commit. Target < 60 s,
peak RSS < 2 GB (the process's own, printed). Checks every miner's time adds up (status + gaps = contracted).
The machine is shared (2 cores): figures are noisy.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.support.pg_cluster

from sqlalchemy import insert, text

from hashinsight_desktop.db.models import Customer, Invoice, Miner, MinerModel
from hashinsight_desktop.services import sites
from hashinsight_desktop.services.billing.contracts import add_contract, read_details
from hashinsight_desktop.services.billing.run import run_billing
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work

MONTH = datetime(2026, 11, 1, tzinfo=UTC)
HOURS = 720
TARGET_S, TARGET_RSS_MB = 60.0, 2048
OWNER = Principal(uuid.uuid4(), "bench", Role.OWNER)
POLICIES = ("last", "zero", "nameplate")

# One hourly row per miner and hour. k picks the hour's kind (per miner and hour, reproducible); times in µs.
SEED_HOURLY = """
CREATE TEMP TABLE bm AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM miners;
WITH t AS (
  SELECT m.id, m.n, h, (:start_s + h * 3600) * 1000000::bigint AS h_us,
    ((3000 + m.n % 500) * 1000 + 250)::bigint AS p_mw,
    (((m.n * 7919 + h * 104729) % 1000) + 1000) % 1000 AS k,
    (((m.n * 7919 + (h + 1) * 104729) % 1000) + 1000) % 1000 AS k_next,
    (((m.n * 7919 + (h - 1) * 104729) % 1000) + 1000) % 1000 AS k_prev
  FROM bm m CROSS JOIN generate_series(0, :hours - 1) AS h
), r AS (
  SELECT t.*,
    CASE WHEN h = 0 THEN 'hash' WHEN k < 20 THEN 'gap' WHEN k < 22 THEN 'inner' WHEN k < 52 THEN 'curt'
      ELSE 'hash' END AS kind,
    CASE WHEN k_prev BETWEEN 22 AND 51 THEN 'curtailed' ELSE 'hashing' END AS prev_status,
    CASE WHEN k_prev BETWEEN 22 AND 51 THEN 50000 ELSE p_mw END AS prev_mw
  FROM t
)
INSERT INTO telemetry_rollups (miner_id, resolution_s, bucket_start, samples, online_samples, power_w_avg,
  hashing_us, sleeping_us, curtailed_us, offline_us, energy_mwus, first_us, last_us, last_power_mw, last_status,
  spill_us, prev_us, prev_power_mw, prev_status, inner_gaps)
SELECT id, 3600, to_timestamp(h_us / 1000000),
  CASE kind WHEN 'gap' THEN 40 WHEN 'inner' THEN 40 ELSE 60 END,
  CASE kind WHEN 'gap' THEN 40 WHEN 'inner' THEN 40 ELSE 60 END,
  CASE kind WHEN 'curt' THEN 50.0 ELSE p_mw / 1000.0 END,
  CASE kind WHEN 'curt' THEN 0 WHEN 'gap' THEN 2400000000 WHEN 'inner' THEN 2640000000 ELSE 3600000000 END,
  0,
  CASE kind WHEN 'curt' THEN 3600000000 ELSE 0 END,
  0,
  CASE kind WHEN 'curt' THEN 50000 * 3600000000::bigint WHEN 'gap' THEN p_mw * 2400000000
    WHEN 'inner' THEN p_mw * 2640000000 ELSE p_mw * 3600000000 END,
  h_us + CASE kind WHEN 'gap' THEN 1200000000 ELSE 0 END,
  h_us + 3540000000,
  CASE kind WHEN 'curt' THEN 50000 ELSE p_mw END,
  CASE kind WHEN 'curt' THEN 'curtailed' ELSE 'hashing' END,
  CASE WHEN k_next < 20 AND h < :hours - 1 THEN 240000000 ELSE 0 END,  -- the next hour's head gap starts 4 min in
  h_us - 60000000, prev_mw, prev_status,
  CASE kind WHEN 'inner' THEN 1 ELSE 0 END
FROM r;
"""
# The 5-minute rows of the hours with a gap inside: samples each minute in :00-:19 and :40-:59.
SEED_INNER = """
WITH i AS (
  SELECT r.miner_id, r.first_us AS h_us, r.last_power_mw AS p_mw, r.prev_us, r.prev_power_mw, r.prev_status
  FROM telemetry_rollups r WHERE r.resolution_s = 3600 AND r.inner_gaps > 0
), b AS (SELECT i.*, b FROM i CROSS JOIN (VALUES (0::bigint), (1), (2), (3), (8), (9), (10), (11)) AS v(b))
INSERT INTO telemetry_rollups (miner_id, resolution_s, bucket_start, samples, online_samples, hashing_us,
  sleeping_us, curtailed_us, offline_us, energy_mwus, first_us, last_us, last_power_mw, last_status, spill_us,
  prev_us, prev_power_mw, prev_status, inner_gaps)
SELECT miner_id, 300, to_timestamp((h_us + b * 300000000) / 1000000), 5, 5, 300000000, 0, 0, 0,
  p_mw * 300000000, h_us + b * 300000000, h_us + b * 300000000 + 240000000, p_mw, 'hashing',
  CASE b WHEN 3 THEN 240000000 ELSE 0 END,
  CASE b WHEN 0 THEN prev_us WHEN 8 THEN h_us + 19 * 60000000 ELSE h_us + b * 300000000 - 60000000 END,
  CASE b WHEN 0 THEN prev_power_mw ELSE p_mw END, CASE b WHEN 0 THEN prev_status ELSE 'hashing' END, 0
FROM b;
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed(db: Database, customers: int, miners: int) -> float:
    started = time.perf_counter()
    with unit_of_work(db.session_factory) as session:
        site = sites.create_site(session, OWNER, name="Bench North", capacity_mw="50")
        model = MinerModel(
            manufacturer="Bench",
            name="B-3500",
            lookup_key="bench-b3500",
            hashrate_ths=200.0,
            power_w=3500.0,
            efficiency_j_per_th=17.5,
        )
        session.add(model)
        session.flush()
        owners = [Customer(id=uuid.uuid4(), name=f"customer {i:04d}") for i in range(customers)]
        session.add_all(owners)
        rows = [
            {
                "id": uuid.uuid4(),
                "site_id": site.id,
                "model_id": model.id,
                "customer_id": owners[i % customers].id,
                "name": f"miner {i:05d}",
                "ip_address": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}",
            }
            for i in range(miners)
        ]
        session.execute(insert(Miner), rows)
        site_id = site.id
    by_customer: dict[object, list[str]] = {}
    for row in rows:
        by_customer.setdefault(row["customer_id"], []).append(str(row["id"]))
    for index, owner in enumerate(owners):
        terms = {
            "basis": "spec" if index % 10 == 0 else "metered",
            "rate_usd_per_kwh": "0.0612",
            "overhead_pct": "8",
            "fee_usd_per_miner_month": "15",
            "sla_credit_tiers": [{"below_pct": "99.5", "credit_pct": 5}, {"below_pct": 97, "credit_pct": 15}],
            "curtailed_counts_as_uptime": index % 2 == 0,
            "gap_policy": POLICIES[index % 3],
            "miners": [{"miner_id": miner} for miner in by_customer[owner.id]],
        }
        with unit_of_work(db.session_factory) as session:
            add_contract(
                session,
                OWNER,
                reference=f"C-{index:04d}",
                customer_id=owner.id,
                site_id=site_id,
                terms=terms,
                details=read_details({"start": "2026-01-01", "payment_terms_days": 15}),
            )
    contracts_s = time.perf_counter() - started
    with db.engine.begin() as connection:
        for statement in SEED_HOURLY.split(";\n"):
            if statement.strip():
                connection.execute(text(statement), {"start_s": int(MONTH.timestamp()), "hours": HOURS})
        connection.execute(text(SEED_INNER))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE telemetry_rollups"))
        count = connection.scalar(text("SELECT count(*) FROM telemetry_rollups"))
    seeded = time.perf_counter() - started
    print(
        f"seeded {customers} customers, {miners:,} miners, {customers} contracts ({contracts_s:.1f} s), "
        f"{count:,} roll-up rows in {seeded:.1f} s (= {miners * HOURS * 60 / 1e6:.0f} M one-minute samples)"
    )
    return seeded


def check(drafts: list[Invoice]) -> tuple[int, Decimal]:
    miners, total = 0, Decimal(0)
    for invoice in drafts:
        document = invoice.document
        total += Decimal(document["total_usd"])
        for line in document["lines"]:
            if line["kind"] != "energy":
                continue
            miners += 1
            counted = sum(line["status_s"].values()) + line["gap_s"]
            if counted != line["contracted_s"]:
                raise AssertionError(f"miner {line['miner_id']}: {counted} s of {line['contracted_s']} s")
    return miners, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--miners", type=int, default=5_000)
    sizes = parser.parse_args()
    from tests.support.pg_cluster import throwaway_cluster

    with throwaway_cluster() as server:
        db = open_database(server, source="bench")
        try:
            seed(db, sizes.customers, sizes.miners)
            before = peak_rss_mb()
            started = time.perf_counter()
            with unit_of_work(db.session_factory) as session:
                result = run_billing(session, OWNER, "2026-11", lambda: datetime(2026, 12, 1, 6, tzinfo=UTC))
                drafts = list(result.drafts)
            elapsed = time.perf_counter() - started
            miners, total = check(drafts)
            rss = peak_rss_mb()
        finally:
            db.close()
    print(f"billing run 2026-11: {len(drafts)} draft invoices, {miners:,} miners, {total:,} USD in all")
    print(
        f"  time {elapsed:.1f} s (target < {TARGET_S:.0f} s); peak RSS {rss:,.0f} MB (before the run {before:,.0f} MB; "
        f"target < {TARGET_RSS_MB:,} MB)"
    )
    ok = elapsed < TARGET_S and rss < TARGET_RSS_MB
    print("every target met" if ok else "target missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
