"""Every periodic job of the product, registered on a :class:`JobScheduler` by one function both the
console's workers and the headless ``agent`` call, so each job runs once per tick across a control room.

- ``telemetry-rollups`` (5 min): 5-minute and hourly roll-ups from their watermark (a late run catches up).
- ``telemetry-retention`` (hourly): raw samples and 5-minute roll-ups past their keeping time.
- ``curtailment-due-plans`` (the runner's interval, 15 s): scheduled, price-triggered, recovery-time and
  orphaned plans are started by the claimer's runner; each run then stays behind its plan's executor lease.
- ``notifications-prune`` (hourly): finished deliveries past their keeping time, and the CRM's sent e-mails.
- ``job-ticks-prune`` (hourly): ticks whose claimer died mid-run recorded as failed; tick rows older than a week.
- ``billing-reminders`` (hourly): invoice reminder steps due, each late fee once per (invoice, step), overdue
  invoices and their curtail proposals for an operator (``services/billing/reminders.py``).
- ``market-history`` (15 min): BTC price and volume from every exchange at once, network snapshot, Fear & Greed;
  the day's bar rebuilt (``services/analytics/history.py``).
- ``telemetry-anomalies`` (5 min): every miner's anomaly score from the day's 5-minute roll-ups, stored for the
  Fleet tab and raised / cleared as ``anomaly`` alerts (``services/analytics/anomaly_scores.py``).
- ``outbox-prune`` (hourly): outbox events past ``outbox.keep_days`` (7) that every consumer has passed, with their
  inbox rows (``services/cluster/outbox_retention.py``).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster.outbox_retention import keep_setting, prune_outbox
from hashinsight_desktop.services.cluster.ticks import Tick, close_abandoned, prune_ticks
from hashinsight_desktop.services.crm import crm_mail
from hashinsight_desktop.services.notifications.delivery import prune as prune_deliveries
from hashinsight_desktop.services.telemetry.rollups import apply_retention, roll_up_recent
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.job_scheduler import JobScheduler, TickReport

if TYPE_CHECKING:
    from hashinsight_desktop.services.app_context import AppContext
    from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner

ROLLUP_EVERY_S = 300.0
RETENTION_EVERY_S = 3600.0
PRUNE_EVERY_S = 3600.0
REMINDERS_EVERY_S = 3600.0
MARKET_HISTORY_EVERY_S = 900.0
RAW_DAYS = 30  # raw telemetry kept; roll-ups outlive it
TICKS_KEPT = timedelta(days=7)


def standard_jobs(
    context: AppContext,
    *,
    runner: CurtailmentRunner | None = None,
    node_id: uuid.UUID | None = None,
    on_tick: Callable[[TickReport], None] | None = None,
) -> JobScheduler:
    """A scheduler with the product's periodic jobs (``await scheduler.run()``); the look for due
    curtailment plans only with a ``runner`` (the process that can run plans: it stops them on exit)."""
    scheduler = JobScheduler(context.database.session_factory, node_id, on_tick=on_tick)
    engine, session_factory = context.database.engine, context.database.session_factory

    def database_time() -> datetime:
        # The database's clock, not this machine's: every process of a control room cuts the same windows.
        with engine.connect() as connection:
            return database_now(connection)

    def roll_up_now() -> int:
        five, hourly = roll_up_recent(engine, database_time())
        return five + hourly

    def retain_now() -> int:
        result = apply_retention(engine, raw_days=RAW_DAYS, now=database_time())
        return result.raw_deleted + result.five_minute_deleted

    async def roll_ups(_tick: Tick) -> int:
        return await asyncio.to_thread(roll_up_now)

    async def retention(_tick: Tick) -> int:
        return await asyncio.to_thread(retain_now)

    def prune_sent() -> int:
        with unit_of_work(session_factory, "notification") as session:
            now = database_now(session)
            return prune_deliveries(session, now) + crm_mail.prune(session, now)

    def send_reminders() -> int:
        from hashinsight_desktop.services.billing.reminders import run_reminders

        with unit_of_work(session_factory, "invoice") as session:
            now = database_now(session)
            return run_reminders(session, lambda: now).work

    def score_anomalies_now() -> int:
        from hashinsight_desktop.services.analytics.anomaly_scores import score_anomalies

        with unit_of_work(session_factory, "alert") as session:
            return score_anomalies(session, database_now(session)).scored

    def prune_old_ticks() -> int:
        with unit_of_work(session_factory, "job tick") as session:
            return close_abandoned(session) + prune_ticks(session, TICKS_KEPT)

    scheduler.add("telemetry-rollups", ROLLUP_EVERY_S, roll_ups)
    scheduler.add("telemetry-retention", RETENTION_EVERY_S, retention)
    scheduler.add("notifications-prune", PRUNE_EVERY_S, lambda _tick: asyncio.to_thread(prune_sent))
    scheduler.add("job-ticks-prune", PRUNE_EVERY_S, lambda _tick: asyncio.to_thread(prune_old_ticks))
    scheduler.add("telemetry-anomalies", ROLLUP_EVERY_S, lambda _tick: asyncio.to_thread(score_anomalies_now))
    scheduler.add("billing-reminders", REMINDERS_EVERY_S, lambda _tick: asyncio.to_thread(send_reminders))
    outbox_kept = keep_setting(context.settings.extra)
    scheduler.add(
        "outbox-prune", PRUNE_EVERY_S, lambda _tick: asyncio.to_thread(prune_outbox, session_factory, outbox_kept)
    )
    scheduler.add("market-history", MARKET_HISTORY_EVERY_S, lambda _tick: collect_market_history(context))
    if runner is not None:
        scheduler.add("curtailment-due-plans", runner.interval_s, lambda _tick: start_due_plans(runner))
    return scheduler


async def collect_market_history(context: AppContext) -> int:
    """The ``market-history`` job: the sources that answered (the calculator's CoinGecko key, if any, used)."""
    from hashinsight_desktop.services.analytics.history import collect_and_store
    from hashinsight_desktop.services.market_data.providers import CoinGeckoProvider

    return await collect_and_store(context.database.session_factory, coingecko=CoinGeckoProvider(context.secrets))


async def start_due_plans(runner: CurtailmentRunner) -> int:
    """The ``curtailment-due-plans`` job: the plans it started."""
    return len(await runner.tick())
