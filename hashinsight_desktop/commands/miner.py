"""`hashinsight-desktop miner …`: the fleet's miners from the command line.

    miner list [--site NAME] [--customer NAME] [--json] --as USER
    miner import FILE [--site NAME] [--create-feeds] [--dry-run] [--json] --as USER
    miner export FILE [--site NAME] [--customer NAME] [--json] --as USER
    miner set MINER... [--customer NAME [--since DATE] | --no-customer] [--name N] [--feed F [--new-feed]]
                       [--rack R] [--position P] [--json] --as USER
    miner remove MINER... [--delete-telemetry] [--json] --as USER

MINER is a miner's name, its IP address (or IP:port), or its id (as for `control`). An import with a bad
cell writes nothing and lists every bad cell on standard error (exit 1). A date without a time is midnight
in the miner's site's time zone.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# The fleet services' fields as `miner set`'s options.
SET_OPTION_NAMES = {
    "name": "--name",
    "power_feed": "--feed",
    "rack": "--rack",
    "position": "--position",
    "date": "--since",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    miner = commands.add_parser("miner", help=translate("CLI", "the fleet's miners: list, import, export, set, remove"))
    verbs = miner.add_subparsers(dest="miner_command", required=True)
    listing = verbs.add_parser("list", help=translate("CLI", "the miners you may see"))
    listing.add_argument("--site", metavar="NAME")
    listing.add_argument("--customer", metavar="NAME")
    add_acting_arguments(listing)
    imports = verbs.add_parser(
        "import", help=translate("CLI", "add or update miners from a CSV/XLSX list (all or nothing)")
    )
    imports.add_argument(
        "file", metavar="FILE", help=translate("CLI", ("columns ip, name, rack, position, customer, feed, model; port"))
    )
    imports.add_argument(
        "--site", metavar="NAME", help=translate("CLI", "the site (needed when you may operate several)")
    )
    imports.add_argument(
        "--create-feeds", action="store_true", help=translate("CLI", "create the feeds the site does not have")
    )
    imports.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "say what would change; write nothing")
    )
    add_acting_arguments(imports)
    export = verbs.add_parser(
        "export", help=translate("CLI", ("write the miners to a CSV or XLSX file (the import's columns + status)"))
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument("--site", metavar="NAME")
    export.add_argument("--customer", metavar="NAME")
    add_acting_arguments(export)
    change = verbs.add_parser("set", help=translate("CLI", "a hosting customer, name, feed, rack or position"))
    change.add_argument("miners", nargs="+", metavar="MINER")
    who = change.add_mutually_exclusive_group()
    who.add_argument("--customer", metavar="NAME", help=translate("CLI", "give the miners to this hosting customer"))
    who.add_argument("--no-customer", action="store_true", help=translate("CLI", "take them back from their customer"))
    change.add_argument(
        "--since", metavar="DATE", help=translate("CLI", "the assignment's date (default now): 2026-12-01[T08:00]")
    )
    change.add_argument("--name", metavar="N", help=translate("CLI", "rename (one miner)"))
    change.add_argument("--feed", metavar="F", help=translate("CLI", "a feed of the site ('' for none)"))
    change.add_argument(
        "--new-feed", action="store_true", help=translate("CLI", "with --feed: create it (the site does not have it)")
    )
    change.add_argument("--rack", metavar="R", help=translate("CLI", "'' for none"))
    change.add_argument("--position", metavar="P", help=translate("CLI", "'' for none"))
    add_acting_arguments(change)
    remove = verbs.add_parser(
        "remove", help=translate("CLI", ("remove miners (their telemetry kept unless --delete-telemetry)"))
    )
    remove.add_argument("miners", nargs="+", metavar="MINER")
    remove.add_argument(
        "--delete-telemetry", action="store_true", help=translate("CLI", "delete its samples and history too")
    )
    add_acting_arguments(remove)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    principal = acting_principal(ctx, args.acting_user)
    verb = {"list": _list, "import": _import, "export": _export, "set": _set, "remove": _remove}
    return verb[args.miner_command](args, ctx, principal)


def _named_site(ctx: AppContext, principal: Any, name: str | None, *, operate: bool) -> Any:
    from hashinsight_desktop.services.permissions import Permission
    from hashinsight_desktop.services.sites import list_sites

    with ctx.database.session_factory() as session:
        sites = list_sites(session, principal)
    if operate:
        sites = [s for s in sites if principal.can(Permission.FLEET_OPERATE) and principal.can_access_site(s.id)]
    if name is None:
        if len(sites) == 1:
            return sites[0]
        raise ValidationError(
            "--site",
            QT_TRANSLATE_NOOP("Errors", "name the site")
            if sites
            else QT_TRANSLATE_NOOP("Errors", "no site you may change: add one first"),
        )
    for site in sites:
        if site.name == name:
            return site
    raise ValidationError(
        "--site",
        Text(
            QT_TRANSLATE_NOOP("Errors", "no site named {name!r} that you may change")
            if operate
            else QT_TRANSLATE_NOOP("Errors", "no site named {name!r} that you may see"),
            name=name,
        ),
    )


def _customer_id(ctx: AppContext, principal: Any, name: str) -> Any:
    from hashinsight_desktop.services.crm.customers import list_customers

    with ctx.database.session_factory() as session:
        for customer in list_customers(session, principal):
            if customer.name.casefold() == name.casefold():
                return customer.id
    raise ValidationError(
        "--customer",
        Text(QT_TRANSLATE_NOOP("Errors", "no customer named {name!r} (add one with: customer add NAME)"), name=name),
    )


def _rows(ctx: AppContext, principal: Any, args: argparse.Namespace) -> list[Any]:
    from hashinsight_desktop.services.fleet.miners import list_miners

    site = _named_site(ctx, principal, args.site, operate=False) if args.site else None
    customer = _customer_id(ctx, principal, args.customer) if args.customer else None
    with ctx.database.session_factory() as session:
        return list_miners(session, principal, site.id if site else None, customer)


LIST_HEADER = (  # in the reader's language when printed
    QT_TRANSLATE_NOOP("CLI", "NAME"),
    QT_TRANSLATE_NOOP("CLI", "ADDRESS"),
    QT_TRANSLATE_NOOP("CLI", "SITE"),
    QT_TRANSLATE_NOOP("CLI", "CUSTOMER"),
    QT_TRANSLATE_NOOP("CLI", "RACK/POS"),
    QT_TRANSLATE_NOOP("CLI", "FEED"),
    QT_TRANSLATE_NOOP("CLI", "MODEL"),
    QT_TRANSLATE_NOOP("CLI", "STATUS"),
)


def _list(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    rows = _rows(ctx, principal, args)
    if args.json:
        keys = ("name", "ip_address", "port", "site", "customer", "rack", "position", "power_feed", "model", "status")
        print(json.dumps({"miners": [{"id": str(r.id), **{k: getattr(r, k) for k in keys}} for r in rows]}, indent=2))
        return 0
    table = [tuple(translate("CLI", heading) for heading in LIST_HEADER)] + [
        (
            r.name,
            r.ip_address + ("" if r.port == 4028 else f":{r.port}"),
            r.site,
            r.customer or "-",
            "/".join(p for p in (r.rack, r.position) if p) or "-",
            r.power_feed or "-",
            r.model or "-",
            r.status,
        )
        for r in rows
    ]
    for line in table_lines(table, free_last=True):
        print(line)
    print(translate("CLI", "{n_rows} miners").format(n_rows=len(rows)), file=sys.stderr)
    return 0


def _import(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.fleet.miner_import import apply_import, plan_import, read_miner_list
    from hashinsight_desktop.services.transaction import unit_of_work

    site = _named_site(ctx, principal, args.site, operate=True)
    table = read_miner_list(args.file)
    with unit_of_work(ctx.database.session_factory, "miner") as session:
        plan = plan_import(session, principal, site.id, table, source=args.file, create_feeds=args.create_feeds)
        if not plan.errors and not args.dry_run:
            apply_import(session, principal, plan, clock=ctx.clock)
    counts = {action: plan.count(action) for action in ("add", "update", "unchanged")}
    if args.json:
        print(json.dumps({"site": site.name, "written": not (plan.errors or args.dry_run), **counts,
                          "new_feeds": plan.new_feeds, "errors": [str(e) for e in plan.errors]}, indent=2))  # fmt: skip
    if plan.errors:
        for error in plan.errors:
            print(translate("CLI", "hashinsight-desktop: error: {error}").format(error=error), file=sys.stderr)
        print(
            translate("CLI", ("hashinsight-desktop: {n_errors} bad cell(s); nothing imported")).format(
                n_errors=len(plan.errors)
            ),
            file=sys.stderr,
        )
        return 1
    if not args.json:
        feeds = ""
        if plan.new_feeds:
            feeds = translate("CLI", "; new feeds: {feeds}").format(feeds=", ".join(plan.new_feeds))
        summary = (
            translate("CLI", "{name}: would add {add}, would update {update}, {unchanged} unchanged{feeds}")
            if args.dry_run
            else translate("CLI", "{name}: added {add}, updated {update}, {unchanged} unchanged{feeds}")
        )
        print(
            summary.format(
                name=site.name, add=counts["add"], update=counts["update"], unchanged=counts["unchanged"], feeds=feeds
            )
        )
    return 0


def _export(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.fleet.miner_export import export_miners

    written = export_miners(_rows(ctx, principal, args), args.file)
    wrote = translate("CLI", "wrote {count} miners to {file}")
    print(
        json.dumps({"file": args.file, "miners": written}) if args.json else wrote.format(count=written, file=args.file)
    )
    return 0


def _since(text: str | None, timezone: str) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            "--since",
            Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date (2026-12-01 or 2026-12-01T08:00)"), text=text),
        ) from None
    return moment.replace(tzinfo=ZoneInfo(timezone)) if moment.tzinfo is None else moment


def _set(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.commands.control import resolve_miners
    from hashinsight_desktop.db.models import Site
    from hashinsight_desktop.services.fleet import management
    from hashinsight_desktop.services.fleet.customer_assignments import assign_customer
    from hashinsight_desktop.services.fleet.miner_refs import MinerRef
    from hashinsight_desktop.services.transaction import unit_of_work

    rows = resolve_miners(ctx, principal, args.miners)
    if args.name is not None and len(rows) != 1:
        raise ValidationError(
            "--name", Text(QT_TRANSLATE_NOOP("Errors", "names one miner; {n_rows} were given"), n_rows=len(rows))
        )
    if args.since and args.customer is None and not args.no_customer:
        raise ValidationError("--since", QT_TRANSLATE_NOOP("Errors", "only with --customer or --no-customer"))
    placing = {k: getattr(args, k) for k in ("rack", "position") if getattr(args, k) is not None}
    if args.feed is not None:
        placing["power_feed"] = args.feed
    if not (placing or args.name is not None or args.customer is not None or args.no_customer):
        raise ValidationError(
            "set",
            QT_TRANSLATE_NOOP(
                "Errors", ("say what to set: --customer, --no-customer, --name, --feed, --rack or --position")
            ),
        )
    refs = [MinerRef(r.id) for r in rows]
    changed: dict[str, int] = {}
    with options_named(SET_OPTION_NAMES), unit_of_work(ctx.database.session_factory, "miner") as session:
        if args.name is not None:
            management.rename_miner(session, principal, refs[0], args.name, clock=ctx.clock)
            changed["renamed"] = 1
        if placing:
            changed["placed"] = management.place_miners(
                session, principal, refs, new_feed=args.new_feed, clock=ctx.clock, **placing
            )
        if args.customer is not None or args.no_customer:
            customer = _customer_id(ctx, principal, args.customer) if args.customer else None
            zones = {s.timezone for s in session.query(Site).filter(Site.id.in_({r.site_id for r in rows}))}
            if args.since and len(zones) > 1 and "T" not in args.since:
                raise ValidationError(
                    "--since",
                    QT_TRANSLATE_NOOP(
                        "Errors", ("the miners' sites are in different time zones: give a time and offset")
                    ),
                )
            at = _since(args.since, zones.pop() if zones else "UTC")
            changed["customer"] = assign_customer(session, principal, refs, customer, effective_at=at, clock=ctx.clock)
    if args.json:
        print(json.dumps({"miners": [r.name for r in rows], "changed": changed}, indent=2))
    else:
        print(f"{len(rows)} miner(s): " + ", ".join(f"{k} {v}" for k, v in changed.items()))
    return 0


def _remove(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.commands.control import resolve_miners
    from hashinsight_desktop.services.fleet.management import remove_miners
    from hashinsight_desktop.services.fleet.miner_refs import MinerRef
    from hashinsight_desktop.services.transaction import unit_of_work

    rows = resolve_miners(ctx, principal, args.miners)
    with unit_of_work(ctx.database.session_factory, "miner") as session:
        deleted = remove_miners(
            session, principal, [MinerRef(r.id) for r in rows], delete_telemetry=args.delete_telemetry, clock=ctx.clock
        )
    if args.json:
        print(json.dumps({"removed": [r.name for r in rows], "samples_deleted": deleted.samples}, indent=2))
    elif args.delete_telemetry:
        print(
            translate("CLI", ("removed {n_rows} miner(s) with their telemetry ({samples:,} samples deleted)")).format(
                n_rows=len(rows), samples=deleted.samples
            )
        )
    else:
        print(
            translate(
                "CLI", ("removed {n_rows} miner(s); their telemetry is kept (adding the address again brings one back)")
            ).format(n_rows=len(rows))
        )
    return 0
