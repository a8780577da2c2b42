"""`curtail execute | recover | stop PLAN`: a plan's run of commands on the miners, and halting it.

Whichever process runs a plan, these commands go through the same executor and its lease, so a plan
another console or agent is running is refused here with who holds it, and nothing is sent.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from typing import TYPE_CHECKING, Any

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.texts import render

if TYPE_CHECKING:  # a database opens only in the actions that need one
    from hashinsight_desktop.services.app_context import AppContext


def run_leg(args: argparse.Namespace, ctx: AppContext, principal: Any, plan_id: uuid.UUID) -> int:
    """`execute` or `recover`: the same run of commands, logged and reconciled, on one leg of the plan."""
    from hashinsight_desktop.services.curtailment import executor

    run = executor.execute_plan if args.curtail_command == "execute" else executor.recover_plan
    options = executor.run_options(ctx, batch_interval_s=args.batch_interval)
    try:
        report = asyncio.run(run(ctx.database.session_factory, principal, plan_id, options, clock=ctx.clock))
    except ServiceError as exc:
        if not args.json:
            raise
        # stdout stays one JSON document whatever happens (refused, busy, lost lease)
        print(json.dumps({"plan_id": str(plan_id), "state": "refused", "error": str(exc)}, indent=2))
        return 1
    if args.json:
        print(json.dumps(report_json(report), indent=2))
    else:
        print(render(report.describe(), translate))
        for miner in report.unconfirmed:
            print(f"  {miner.miner_name} ({miner.host}): {miner.state}: {render(miner.reason, translate)}")
    reached = report.outcome is None or report.outcome.reached
    return 0 if report.state in ("executed", "completed") and reached else 1


def report_json(report: Any) -> dict[str, Any]:
    """A run's report as one JSON document (what `execute --json` and `recover --json` print)."""
    return {
        "plan_id": str(report.plan_id),
        "kind": report.kind,
        "state": report.state,
        "summary": str(report.describe()),  # --json: English
        "counts": dict(report.counts),
        "commands": report.commands,
        "resends": report.resends,
        "batches": report.batches,
        "batch_counts": {str(k): dict(v) for k, v in report.batch_counts.items()},
        "resumed": report.resumed,
        "stopped_by": report.stopped_by,
        "outcome": report.outcome.to_json() if report.outcome is not None else None,
        "unconfirmed": [
            {"miner": m.miner_name, "host": m.host, "state": m.state, "reason": str(m.reason)}  # --json: English
            for m in report.unconfirmed
        ],
    }


def stop(args: argparse.Namespace, ctx: AppContext, principal: Any, plan_id: uuid.UUID) -> int:
    """Ask the plan's run to halt after the commands in flight (audited; heard by the live executor
    in whichever process runs it); with --wait, wait for the plan to leave executing/recovering."""
    from hashinsight_desktop.services.curtailment import executor
    from hashinsight_desktop.services.curtailment.plans import load_plan

    message = render(
        executor.request_stop(ctx.database.session_factory, principal, plan_id, clock=ctx.clock), translate
    )
    deadline = time.monotonic() + max(args.wait, 0.0)
    while True:
        with ctx.database.session_factory() as session:
            detail = load_plan(session, principal, plan_id)
        state = detail.summary.state
        if state not in ("executing", "recovering") or time.monotonic() >= deadline:
            break
        time.sleep(min(0.5, max(deadline - time.monotonic(), 0.0)))
    running = state in ("executing", "recovering")
    # What took effect on the leg that was stopped: the recovery's states once a recovery had started.
    recovering = isinstance((detail.plan.get("result") or {}).get("recovery"), dict)
    states = [(i.recovery_state or "planned") if recovering else i.state for i in detail.items]
    took = {k: states.count(k) for k in ("confirmed", "accepted", "sending", "planned")}
    if args.json:
        print(
            json.dumps(
                {
                    "plan_id": str(plan_id),
                    "message": message,
                    "state": state,
                    "stopped": state == "stopped",
                    "items": took,
                },
                indent=2,
            )
        )
    else:
        print(message)
        if state == "stopped":
            print(
                translate(
                    "CLI",
                    (
                        "stopped: {confirmed:,} confirmed, {value:,} accepted, "
                        "{planned:,} never sent; `curtail recover {value2}` brings "
                        "the changed miners back"
                    ),
                ).format(
                    confirmed=took["confirmed"],
                    value=took["accepted"] + took["sending"],
                    planned=took["planned"],
                    value2=str(plan_id)[:8],
                )
            )
        elif running and args.wait > 0:
            print(
                translate("CLI", ("still {state} after {wait:g} s: the run halts after the commands in flight")).format(
                    state=state, wait=args.wait
                )
            )
    return 0 if not (running and args.wait > 0) else 1
