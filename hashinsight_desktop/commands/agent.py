"""`hashinsight-desktop agent`: the workers without a window, for a site machine or a server."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import signal
import sys
import threading
import uuid

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services import event_loop
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "agent", help=translate("CLI", ("poll the miners, keep telemetry and run due curtailment plans, headless"))
    )
    parser.add_argument(
        "--site", metavar="NAME", help=translate("CLI", "only this site's miners (default: every site)")
    )
    parser.add_argument(
        "--interval", type=float, default=60.0, metavar="S", help=translate("CLI", "seconds between polls")
    )
    parser.add_argument(
        "--cycles", type=int, metavar="N", help=translate("CLI", "stop after N polls (default: run until stopped)")
    )
    parser.add_argument(
        "--lease",
        type=float,
        metavar="S",
        help=translate(
            "CLI",
            ("seconds a site's poller role stays with a leader that stopped renewing (default: the settings', 15)"),
        ),
    )
    parser.add_argument(
        "--settle-s",
        type=float,
        metavar="S",
        help=translate(
            "CLI",
            ("seconds every miner family is given to settle after a curtailment command (default: the settings')"),
        ),
    )
    # Set by the console that starts this agent as its child (workers/agent_supervisor.py).
    parser.add_argument(
        "--parent-node", type=uuid.UUID, metavar="ID", help=translate("CLI", "the console node that started this agent")
    )
    parser.add_argument(
        "--supervised",
        action="store_true",
        help=translate("CLI", ("stop when stdin closes (the console that started it quit or died)")),
    )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Site
    from hashinsight_desktop.services.cgminer.limits import raise_open_file_limit
    from hashinsight_desktop.services.cluster.nodes import NodeHeartbeat, set_process_node, this_node
    from hashinsight_desktop.services.curtailment.executor import DEFAULT_SETTLE_S, run_options
    from hashinsight_desktop.services.errors import ValidationError
    from hashinsight_desktop.workers.agent_reports import outcome_reporter
    from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
    from hashinsight_desktop.workers.notifier import Notifier
    from hashinsight_desktop.workers.periodic_jobs import standard_jobs
    from hashinsight_desktop.workers.run_requests import RunRequestServer
    from hashinsight_desktop.workers.telemetry_poller import TelemetryPoller

    site_id = None
    if args.site:
        with ctx.database.session_factory() as session:
            site_id = session.scalar(select(Site.id).where(Site.name == args.site))
        if site_id is None:
            raise ValidationError("--site", Text(QT_TRANSLATE_NOOP("Errors", "no site named {site!r}"), site=args.site))
    raise_open_file_limit()
    if args.interval <= 0:
        raise ValidationError(
            "--interval",
            Text(QT_TRANSLATE_NOOP("Errors", "{interval:g} s: must be more than 0"), interval=args.interval),
        )
    if args.lease is not None and args.lease < 1:
        raise ValidationError(
            "--lease", Text(QT_TRANSLATE_NOOP("Errors", "{lease:g} s: at least 1 s"), lease=args.lease)
        )
    settle = {} if args.settle_s is None else {"settle_s": dict.fromkeys(DEFAULT_SETTLE_S, args.settle_s)}
    node = this_node("agent", parent_id=args.parent_node)
    set_process_node(node)  # the holder of the roles this agent leads
    # One poller role per site (or the one --site names): several agents split or share the sites.
    poller = TelemetryPoller(
        ctx.database.session_factory,
        site_id=site_id,
        interval_s=args.interval,
        on_cycle=lambda report: after_cycle(report.describe()),
        node=node,
        lease_s=args.lease or ctx.settings.lease_s,
    )

    frozen = [False]

    def after_cycle(line: str) -> None:
        echo(line)
        if not frozen[0]:
            # After start-up (imports, the database opened, the first miner list and poll): what exists now lives
            # as long as the process. Frozen out of the cyclic GC, whose collections (which the poll's allocations
            # trigger) would otherwise rescan it each time: ~20 µs of GC per miner and poll, profiled; bench_poll
            # --agent-modules at 5,000 miners, loaded machine: 152-160 µs CPU per miner, 140-141 with --gc-freeze.
            gc.freeze()
            frozen[0] = True

    async def main() -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises KeyboardInterrupt instead
                loop.add_signal_handler(signum, stop.set)
        if args.supervised:
            watch_parent(loop, stop)
        beating = asyncio.create_task(NodeHeartbeat(ctx.database.engine, node).run(), name="node-heartbeat")
        # Alerts raised here reach e-mail and webhooks from here too: a site machine may be the only one running.
        notifying = asyncio.create_task(Notifier.of(ctx).run(), name="notifier")
        if args.cycles:
            # Roll-ups, retention, prunes: each tick run by one console or agent of the control room only.
            periodic = asyncio.create_task(standard_jobs(ctx, node_id=node.id).run(), name="periodic-jobs")
            await poller.run(cycles=args.cycles)
        else:
            # Scheduled, price-triggered and due recoveries of curtailment plans run here too: a site
            # machine without a console still brings its miners back on time.
            runner = CurtailmentRunner(
                ctx.database.session_factory,
                options=run_options(ctx, **settle),
                on_outcome=outcome_reporter(ctx.database.session_factory, echo),
            )
            # A user's "execute now" / "recover now" from any console reaches the runner through the database.
            requests = RunRequestServer(ctx.database.session_factory, runner, node_id=node.id, site_id=site_id)
            polling = asyncio.create_task(poller.run(), name="poller")
            # ... and the look for due plans, a ticked job like the others.
            periodic = asyncio.create_task(
                standard_jobs(ctx, runner=runner, node_id=node.id).run(), name="periodic-jobs"
            )
            serving = asyncio.create_task(requests.run(), name="run-requests")
            await stop.wait()
            periodic.cancel()  # no plan starts while the runner stops
            serving.cancel()
            await runner.stop()
            polling.cancel()
            await asyncio.gather(polling, serving, return_exceptions=True)
        for task in (periodic, notifying):
            task.cancel()
        await asyncio.gather(periodic, notifying, return_exceptions=True)
        beating.cancel()  # last: the node is marked stopped once its roles are released
        await asyncio.gather(beating, return_exceptions=True)

    print(
        translate("CLI", ("agent: polling {value} every {interval:g} s ({kind} {display}); Ctrl-C stops")).format(
            value=translate("CLI", "site {name}").format(name=args.site)
            if args.site
            else translate("CLI", "every site"),
            interval=args.interval,
            kind=ctx.database.kind,
            display=ctx.database.display,
        ),
        flush=True,
    )
    event_loop.run(main())  # uvloop where the platform has it: the poll is mostly loop work
    return 0


def echo(line: str) -> None:
    print(line, flush=True)


def watch_parent(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Stop when stdin reaches its end: the console closed its pipe to ask, or died (an orphan must not
    keep polling and curtailing for a console nobody runs)."""

    def read_to_end() -> None:
        with contextlib.suppress(OSError, ValueError):
            while sys.stdin.buffer.read(4096):
                pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=read_to_end, name="parent-watch", daemon=True).start()
