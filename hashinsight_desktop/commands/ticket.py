"""`hashinsight-desktop ticket add|list|move|show|reply`: support tickets from the command line.

    ticket add SUBJECT [--customer NAME] [--priority P] [--description TEXT] [--miner MINER]... --as USER [--json]
    ticket list [--search TEXT] [--status STATE]... [--priority P] [--customer NAME] [--breached]
                [--sort KEY] [--ascending] [--limit N] [--offset N] --as USER [--json]
    ticket move ID STATE --as USER [--json]      open, in_progress, waiting, resolved, closed (legal moves only)
    ticket show ID --as USER [--json]            replies, status history, SLA timers, incidents
    ticket reply ID TEXT --as USER [--json]      a staff reply is e-mailed to the customer's contacts
    ticket calendar NAME --hours "mon-fri 09:00-17:00" [--timezone ZONE] [--holiday DATE[=NAME]]...
    ticket policy NAME --calendar NAME [--customer NAME] --target urgent=15/120...   (commands/ticket_sla.py)

ID is the ticket's number (T-12 or 12) or its id. A customer-role user opens tickets for their own account (no
--customer), sees and replies to only theirs. The same services as the CRM tab, audited the same way; a refused
move exits 1 with one line naming it, and nothing is saved.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from hashinsight_desktop.commands import pipeline_options as options
from hashinsight_desktop.commands import ticket_sla
from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

STATES = ("open", "in_progress", "waiting", "resolved", "closed")
SORT_KEYS = ["opened_at", "updated_at", "number", "subject", "customer", "status", "priority", "resolution_due_at"]
OPTION_NAMES = {
    "subject": "SUBJECT",
    "description": "--description",
    "priority": "--priority",
    "customer": "--customer",
    "miners": "--miner",
    "status": "STATE",
    "order_by": "--sort",
    "limit": "--limit",
    "offset": "--offset",
    "reply": "TEXT",
    "ticket": "ID",
}
ROW_FIELDS: tuple[str, ...] = ("id", "number", "subject", "customer_id", "customer_name", "status", "priority")
ROW_FIELDS += ("opened_at", "updated_at", "response_due_at", "resolution_due_at", "breached", "version")
COLUMNS = [
    (QT_TRANSLATE_NOOP("CLI", "TICKET"), "ref"),
    (QT_TRANSLATE_NOOP("CLI", "STATUS"), "status"),
    (QT_TRANSLATE_NOOP("CLI", "PRIORITY"), "priority"),
    (QT_TRANSLATE_NOOP("CLI", "CUSTOMER"), "customer_name"),
]
COLUMNS += [
    (QT_TRANSLATE_NOOP("CLI", "SUBJECT"), "subject"),
    (QT_TRANSLATE_NOOP("CLI", "OPENED (UTC)"), "opened"),
    (QT_TRANSLATE_NOOP("CLI", "DUE (UTC)"), "due"),
    (QT_TRANSLATE_NOOP("CLI", "SLA"), "sla"),
]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ticket = commands.add_parser(
        "ticket", help=translate("CLI", "support tickets: add, list, move, show, reply")
    ).add_subparsers(dest="ticket_command", required=True)
    add = ticket.add_parser("add", help=translate("CLI", "open a ticket"))
    add.add_argument("subject", metavar="SUBJECT")
    add.add_argument(
        "--customer", metavar="NAME", help=translate("CLI", "the customer it is for (staff; a customer: their own)")
    )
    add.add_argument(
        "--priority", default="normal", metavar="P", help=translate("CLI", "low, normal (default), high or urgent")
    )
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument("--miner", dest="miners", action="append", default=[], metavar="MINER",
                     help=translate("CLI", "an affected miner (name, IP or id); repeat for more"))  # fmt: skip
    add_acting_arguments(add)
    listing = ticket.add_parser("list", help=translate("CLI", "the tickets, a page at a time (newest first)"))
    listing.add_argument(
        "--search", metavar="TEXT", help=translate("CLI", "part of the subject, the customer's name, or T-12")
    )
    listing.add_argument(
        "--status",
        action="append",
        metavar="STATE",
        help=translate("CLI", "one of {keys}; repeat").format(keys=", ".join(STATES)),
    )
    listing.add_argument("--priority", metavar="P", help=translate("CLI", "low, normal, high or urgent"))
    listing.add_argument("--customer", metavar="NAME", help=translate("CLI", "only this customer's"))
    listing.add_argument(
        "--breached", action="store_true", help=translate("CLI", "only tickets that missed or passed an SLA target")
    )
    listing.add_argument(
        "--sort",
        default="opened_at",
        metavar="KEY",
        help=translate("CLI", "one of {keys}").format(keys=", ".join(SORT_KEYS)),
    )
    listing.add_argument(
        "--ascending", action="store_true", help=translate("CLI", "smallest first (default: largest, newest first)")
    )
    listing.add_argument(
        "--limit", default="100", metavar="N", help=translate("CLI", "rows per page (1-1000, default 100)")
    )
    listing.add_argument("--offset", default="0", metavar="N", help=translate("CLI", "rows to skip (the next page)"))
    add_acting_arguments(listing)
    move = ticket.add_parser("move", help=translate("CLI", "move a ticket to another state (legal moves only)"))
    move.add_argument("ticket", metavar="ID", help=translate("CLI", "T-12, 12 or the ticket's id"))
    move.add_argument("state", metavar="STATE", help=", ".join(STATES))
    add_acting_arguments(move)
    show = ticket.add_parser(
        "show", help=translate("CLI", "a ticket with its replies, history, SLA timers and incidents")
    )
    show.add_argument("ticket", metavar="ID", help=translate("CLI", "T-12, 12 or the ticket's id"))
    add_acting_arguments(show)
    reply = ticket.add_parser("reply", help=translate("CLI", "reply on a ticket"))
    reply.add_argument("ticket", metavar="ID", help=translate("CLI", "T-12, 12 or the ticket's id"))
    reply.add_argument("text", metavar="TEXT")
    add_acting_arguments(reply)
    ticket_sla.add_parsers(ticket)


def customer_named(session: Any, principal: Any, name: str | None) -> Any:
    if name is None:
        return None
    from sqlalchemy import func, select

    from hashinsight_desktop.db.models import Customer
    from hashinsight_desktop.services.crm.scope import scoped

    query = scoped(select(Customer.id).where(func.lower(Customer.name) == name.strip().lower()), principal,
                   Customer.id, "see customer accounts")  # fmt: skip
    found = session.scalar(query)
    if found is None:
        raise ValidationError("--customer", Text(QT_TRANSLATE_NOOP("Errors", "no customer named {name!r}"), name=name))
    return found


def _line(described: dict[str, Any], row: Any) -> dict[str, Any]:
    """A list row as the table shows it (times in UTC)."""
    due, sla = _when(row.resolution_due_at), "BREACHED" if row.breached else ""
    return described | {"ref": f"T-{row.number}", "opened": _when(row.opened_at), "due": due, "sla": sla}


def _when(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _hours(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
    return f"{sign}{int(seconds // 3600)}h{int(seconds % 3600 // 60):02d}"


def _timer(timer: Any) -> dict[str, Any]:
    return {
        "state": timer.state,
        "target_s": timer.target_s,
        "elapsed_s": round(timer.elapsed_s, 1),
        "remaining_s": None if timer.remaining_s is None else round(timer.remaining_s, 1),
        "due_at": options.json_value(timer.due_at),
        "breached": timer.breached,
    }


def _detail(detail: Any) -> dict[str, Any]:
    t = detail.ticket
    return {
        "id": str(t.id), "number": t.number, "subject": t.subject, "description": t.description,
        "customer_id": str(t.customer_id), "customer_name": detail.customer_name, "status": t.status,
        "priority": t.priority, "opened_by": t.opened_by, "opened_at": options.json_value(t.opened_at),
        "first_response_at": options.json_value(t.first_response_at), "version": t.version,
        "legal_moves": list(detail.legal_moves),
        "miners": [{"id": str(i), "name": n} for i, n in detail.miners],
        "replies": [{"id": str(m.id), "author": m.author, "from_customer": m.from_customer, "body": m.body,
                     "at": options.json_value(m.created_at)} for m in detail.messages],
        "history": [{"from": h.from_status, "to": h.to_status, "by": h.by, "at": options.json_value(h.at)}
                    for h in detail.history],
        "sla": {"response": _timer(detail.timers.response), "resolution": _timer(detail.timers.resolution)},
        "incidents": [{"id": str(i), "title": title} for i, title in detail.incidents],
        "emails": [{"id": str(e.id), "to": e.recipients, "status": e.status, "error": e.error} for e in detail.emails],
    }  # fmt: skip


def _utc(iso: str | None) -> str:
    """An ISO instant of the JSON as people read it: "2026-12-07 17:00 UTC"."""
    return "–" if not iso else f"{iso[:16].replace('T', ' ')} UTC"


SLA_NAMES = {"response": QT_TRANSLATE_NOOP("CLI", "response"), "resolution": QT_TRANSLATE_NOOP("CLI", "resolution")}
PACES = {
    "running": QT_TRANSLATE_NOOP("CLI", "running"),
    "off_hours": QT_TRANSLATE_NOOP("CLI", "paused outside business hours"),
    "waiting": QT_TRANSLATE_NOOP("CLI", "paused, waiting"),
}


def _sla_line(name: str, t: dict[str, Any]) -> str:
    sla = translate("CLI", SLA_NAMES[name])
    if t["target_s"] is None:
        return translate("CLI", "SLA {name}: no target").format(name=sla)
    if t["state"] == "stopped":
        stopped = (
            translate("CLI", "SLA {name}: MISSED after {elapsed} of {target}")
            if t["breached"]
            else translate("CLI", "SLA {name}: met after {elapsed} of {target}")
        )
        return stopped.format(name=sla, elapsed=_hours(t["elapsed_s"]), target=_hours(t["target_s"]))
    left = (
        translate("CLI", "over by {time}").format(time=_hours(-t["remaining_s"]))
        if t["breached"]
        else translate("CLI", "{time} left").format(time=_hours(t["remaining_s"]))
    )
    due = (
        translate("CLI", "due {time}").format(time=_utc(t["due_at"]))
        if t["due_at"]
        else translate("CLI", "due when it runs again")
    )
    pace = translate("CLI", PACES[t["state"]])
    line = (
        translate("CLI", "SLA {name}: BREACHED · {pace} · {left} · {due}")
        if t["breached"]
        else translate("CLI", "SLA {name}: {pace} · {left} · {due}")
    )
    return line.format(name=sla, pace=pace, left=left, due=due)


def _print_detail(d: dict[str, Any]) -> None:
    print(f"T-{d['number']}  {d['subject']}")
    opened = translate("CLI", "opened {time} by {user}").format(time=_utc(d["opened_at"]), user=d["opened_by"])
    print(
        translate("CLI", "customer {customer_name} · {status} · {priority} · {opened}").format(
            customer_name=d["customer_name"], status=d["status"], priority=d["priority"], opened=opened
        )
    )
    if d["legal_moves"]:
        print(translate("CLI", "can move to: {value}").format(value=", ".join(d["legal_moves"])))
    for name in ("response", "resolution"):
        print(_sla_line(name, d["sla"][name]))
    if d["miners"]:
        print(translate("CLI", "miners: {names}").format(names=", ".join(m["name"] for m in d["miners"])))
    if d["incidents"]:
        print(translate("CLI", "incidents: {titles}").format(titles=", ".join(i["title"] for i in d["incidents"])))
    if d["description"]:
        print(f"\n{d['description']}")
    for r in d["replies"]:
        author = translate("CLI", "{name} (customer)").format(name=r["author"]) if r["from_customer"] else r["author"]
        print(f"\n[{_utc(r['at'])}] {author}:\n{r['body']}")
    for e in d["emails"]:
        print(
            translate("CLI", "e-mail to {value}: {status}{value2}").format(
                value=", ".join(e["to"]), status=e["status"], value2=" – " + e["error"] if e["error"] else ""
            )
        )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.crm import tickets
    from hashinsight_desktop.services.crm.ticket_list import check_choice
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    clock = ctx.clock
    miners: list[Any] = []
    if args.ticket_command == "add" and args.miners:
        from hashinsight_desktop.commands.control import resolve_miners

        with options_named({"MINER": "--miner"}):
            miners = [r.id for r in resolve_miners(ctx, principal, args.miners)]
    names = OPTION_NAMES | ({"status": "--status"} if args.ticket_command == "list" else {})
    with options_named(names), unit_of_work(ctx.database.session_factory, "ticket") as session:
        if args.ticket_command in ("calendar", "policy"):
            saved = ticket_sla.run(args, session, principal, clock)
            print(json.dumps(saved, indent=2) if args.json else f"saved {args.ticket_command} {args.name}")
            return 0
        if args.ticket_command == "list":
            page = tickets.list_tickets(
                session,
                principal,
                search=args.search,
                status=args.status,
                priority=args.priority,
                customer_id=customer_named(session, principal, args.customer),
                breached=True if args.breached else None,
                order_by=args.sort,
                descending=not args.ascending,
                limit=options.whole_number("--limit", args.limit),
                offset=options.whole_number("--offset", args.offset),
                clock=clock,
            )
            rows = [options.described(r, ROW_FIELDS) for r in page.items]
            if args.json:
                print(json.dumps({"tickets": rows, "total": page.total}, indent=2))
            else:
                options.print_table([_line(r, i) for r, i in zip(rows, page.items, strict=True)], COLUMNS)
                print(translate("CLI", "{n_rows} of {total} tickets").format(n_rows=len(rows), total=page.total))
            return 0
        if args.ticket_command == "add":
            ticket = tickets.open_ticket(
                session,
                principal,
                subject=args.subject,
                customer_id=customer_named(session, principal, args.customer),
                description=args.description,
                priority=args.priority,
                miner_ids=miners,
                clock=clock,
            )
            said, ticket_id = f"opened T-{ticket.number}: {ticket.subject}", ticket.id
        else:
            if args.ticket_command == "move":
                check_choice("status", args.state, STATES)  # a typo is named before the ticket is looked up
            found = tickets.find_ticket(session, principal, args.ticket)
            ticket_id, before = found.id, found.status
            if args.ticket_command == "move":
                moved = tickets.move_ticket(session, principal, found.id, args.state, expected_version=found.version,
                                            clock=clock)  # fmt: skip
                said = f"T-{moved.number}: {before} → {moved.status}"
            elif args.ticket_command == "reply":
                answer = tickets.reply(session, principal, found.id, args.text, expected_version=found.version,
                                       clock=clock)  # fmt: skip
                mailed = ", ".join(answer.emailed_to)
                replied = (
                    translate("CLI", "replied on T-{number} (now {status}), e-mailed to {mailed}")
                    if mailed
                    else translate("CLI", "replied on T-{number} (now {status})")
                )
                said = replied.format(number=answer.ticket.number, status=answer.ticket.status, mailed=mailed)
                if answer.not_emailed:
                    said += translate("CLI", " (not e-mailed: {why})").format(why=answer.not_emailed)
            else:
                said = ""
        described = _detail(tickets.ticket_detail(session, principal, ticket_id, clock=clock))
    if args.json:
        print(json.dumps({"ticket": described}, indent=2))
    elif said:
        print(said)
    else:
        _print_detail(described)
    return 0
