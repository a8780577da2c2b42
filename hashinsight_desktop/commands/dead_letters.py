"""`hashinsight-desktop cluster dead-letters list|retry ID|discard ID --as USER`: the outbox events a consumer
gave up on, as Admin → Dead letters shows them (services/cluster/dead_letters.py: settings managers only;
retry and discard audited). ``ID`` is a dead letter's id or its first characters (``list`` prints 8)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the command line imports this module to build its parser: SQLAlchemy loads only to run it
    from hashinsight_desktop.services.app_context import AppContext
    from hashinsight_desktop.services.cluster.dead_letters import FailureView

ERROR_WIDTH = 70  # characters of the last error in the list (--json has it whole)


def add_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``dead-letters`` under ``cluster``."""
    parser = verbs.add_parser(
        "dead-letters", help=translate("CLI", "events a consumer gave up on: list, retry, discard")
    )
    actions = parser.add_subparsers(dest="dead_letters_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help=translate("CLI", "the dead letters, newest first"))
    listing.add_argument(
        "--all", action="store_true", help=translate("CLI", "also failures still retrying, and discarded ones")
    )
    add_acting_arguments(listing)
    for name, help_text in (
        (
            "retry",
            QT_TRANSLATE_NOOP(
                "CLI", "send a dead letter back to its consumer (tried at its next run, with all its attempts)"
            ),
        ),
        ("discard", QT_TRANSLATE_NOOP("CLI", "give a dead letter up for good: its consumer never applies the event")),
    ):
        action = actions.add_parser(name, help=translate("CLI", help_text))
        action.add_argument(
            "id", metavar="ID", help=translate("CLI", "the dead letter's id, or its first characters (6 or more)")
        )
        add_acting_arguments(action, json_output=False)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.cluster import dead_letters
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    if args.dead_letters_command == "list":
        with ctx.database.session_factory() as session:
            rows = dead_letters.list_failures(session, principal, everything=args.all)
        print(json.dumps([_json(f) for f in rows], indent=2) if args.json else "\n".join(list_lines(rows)))
        return 0
    act = dead_letters.retry if args.dead_letters_command == "retry" else dead_letters.discard
    with unit_of_work(ctx.database.session_factory, "dead letter") as session:
        failure = dead_letters.find(session, principal, args.id)
        act(session, principal, failure.id, clock=ctx.clock)
    done = "goes back to its consumer" if act is dead_letters.retry else "discarded"
    what = (
        f"Event {failure.event_id}" if failure.event_id is not None else f"Notification {failure.payload['subject']!r}"
    )
    print(f"{what} ({failure.topic}) of {failure.consumer} {done}.")
    return 0


def _json(f: FailureView) -> dict[str, object]:
    return {
        "id": str(f.id), "consumer": f.consumer, "event_id": f.event_id, "topic": f.topic, "state": f.state,
        "attempts": f.attempts, "last_error": f.last_error, "first_failed_at": f.first_failed_at.isoformat(),
        "dead_at": f.dead_at.isoformat() if f.dead_at else None,
        "next_attempt_at": f.next_attempt_at.isoformat() if f.next_attempt_at else None,
        "resolved_by": f.resolved_by, "payload": f.payload,
    }  # fmt: skip


def list_lines(rows: list[FailureView]) -> list[str]:
    if not rows:
        return [translate("CLI", "No dead letters: every event was applied by its consumer.")]
    table = [
        (
            translate("CLI", "ID"),
            translate("CLI", "FAILED AT"),
            translate("CLI", "CONSUMER"),
            translate("CLI", "EVENT"),
            translate("CLI", "TOPIC"),
            translate("CLI", "ATTEMPTS"),
            translate("CLI", "STATE"),
            translate("CLI", "LAST ERROR"),
        )
    ]
    for f in rows:
        error = f.last_error.splitlines()[0] if f.last_error else ""
        error = error if len(error) <= ERROR_WIDTH else error[: ERROR_WIDTH - 1] + "…"
        state = f.state + (f" by {f.resolved_by}" if f.resolved_by else "")
        when = f"{f.first_failed_at.astimezone():%Y-%m-%d %H:%M:%S}"  # one meaning for every state
        event = "-" if f.event_id is None else str(f.event_id)  # a notification delivery
        table.append((str(f.id)[:8], when, f.consumer, event, f.topic, str(f.attempts), state, error))
    return table_lines(table)
