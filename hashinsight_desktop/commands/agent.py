"""`hashinsight-desktop agent`: the workers without a window, for a site machine or a server."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from typing import TYPE_CHECKING

from hashinsight_desktop.services import event_loop
from hashinsight_desktop.services.app_context import AppContext

if TYPE_CHECKING:
    from hashinsight_desktop.workers.curtailment_runner import RunOutcome


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "agent", help="poll the miners, keep telemetry and run due curtailment plans, headless"
    )
    parser.add_argument("--site", metavar="NAME", help="only this site's miners (default: every site)")
    parser.add_argument("--interval", type=float, default=60.0, metavar="S", help="seconds between polls")
    parser.add_argument("--cycles", type=int, metavar="N", help="stop after N polls (default: run until stopped)")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Site
    from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
    from hashinsight_desktop.services.curtailment.executor import run_options
    from hashinsight_desktop.services.errors import ValidationError
    from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
    from hashinsight_desktop.workers.notifier import Notifier
    from hashinsight_desktop.workers.periodic_jobs import standard_jobs
    from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller

    site_id = None
    if args.site:
        with ctx.database.session_factory() as session:
            site_id = session.scalar(select(Site.id).where(Site.name == args.site))
        if site_id is None:
            raise ValidationError("--site", f"no site named {args.site!r}")
    raise_open_file_limit()
    poller = TelemetryPoller(
        ctx.database.session_factory,
        site_id=site_id,
        interval_s=args.interval,
        on_cycle=lambda report: print(report.describe(), flush=True),
    )

    async def main() -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises KeyboardInterrupt instead
                loop.add_signal_handler(signum, stop.set)
        # Alerts raised here reach e-mail and webhooks from here too: a site machine may be the only one running.
        notifying = asyncio.create_task(Notifier(ctx.database.session_factory, ctx.secrets).run(), name="notifier")
        if args.cycles:
            # Roll-ups, retention, prunes: each tick run by one console or agent of the control room only.
            periodic = asyncio.create_task(standard_jobs(ctx).run(), name="periodic-jobs")
            for _ in range(args.cycles):
                await poller.cycle()
                if _ + 1 < args.cycles:
                    await asyncio.sleep(args.interval)
        else:
            # Scheduled, price-triggered and due recoveries of curtailment plans run here too: a site
            # machine without a console still brings its miners back on time.
            runner = CurtailmentRunner(
                ctx.database.session_factory, options=run_options(ctx), on_outcome=_print_outcome
            )
            polling = asyncio.create_task(poller.run(), name="poller")
            # ... and the look for due plans, a ticked job like the others.
            periodic = asyncio.create_task(standard_jobs(ctx, runner=runner).run(), name="periodic-jobs")
            await stop.wait()
            periodic.cancel()  # no plan starts while the runner stops
            await runner.stop()
            polling.cancel()
            await asyncio.gather(polling, return_exceptions=True)
        for task in (periodic, notifying):
            task.cancel()
        await asyncio.gather(periodic, notifying, return_exceptions=True)
        await asyncio.to_thread(poller.writer.flush)
        await asyncio.to_thread(poller.leader.release)

    print(
        f"agent: polling {'site ' + args.site if args.site else 'every site'} every {args.interval:g} s "
        f"({ctx.database.kind} {ctx.database.display}); Ctrl-C stops",
        flush=True,
    )
    event_loop.run(main())  # uvloop where the platform has it: the poll is mostly loop work
    return 0


def _print_outcome(outcome: RunOutcome) -> None:
    what = outcome.report.describe() if outcome.report is not None else outcome.error
    print(f"curtailment {outcome.kind} of plan {str(outcome.plan_id)[:8]}: {what}", flush=True)
