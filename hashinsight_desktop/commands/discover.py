"""`hashinsight-desktop discover CIDR --site NAME [--add [--include-bad]] [--json] --as USER`.

Scans the range for the CGMiner API with the same service as the console's Discover dialog and lists
every host that accepted the connection: the miners that answered, and those that answered badly (hung,
unreadable) with the reason. ``--add`` adds the miners that answered to the site (then identifies them,
as the dialog does); ``--include-bad`` adds the bad ones too. Exit 0 when the scan ran (finding nothing
is an answer); 1 when adding was refused; 2 for a usage error or no database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import uuid
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.poll import port_number, positive_seconds  # the same checks as poll's options
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "discover", help=translate("CLI", ("scan a range for miners; list them (with bad hosts) or add them"))
    )
    parser.add_argument(
        "cidr", metavar="CIDR", help=translate("CLI", "the range to scan, like 10.20.0.0/24 (at most a /16)")
    )
    parser.add_argument(
        "--site", required=True, metavar="NAME", help=translate("CLI", "the site the miners are (or go) in")
    )
    parser.add_argument("--port", type=port_number, default=4028, metavar="PORT", help=translate("CLI", "default 4028"))
    parser.add_argument("--add", action="store_true", help=translate("CLI", "add the miners that answered to the site"))
    parser.add_argument(
        "--include-bad",
        action="store_true",
        help=translate("CLI", ("with --add: also the hosts that answered badly (hung, unreadable)")),
    )
    parser.add_argument(
        "--no-identify", action="store_true", help=translate("CLI", "with --add: do not identify the added miners")
    )
    parser.add_argument(
        "--connect-timeout", type=positive_seconds, default=1.0, metavar="S", help=translate("CLI", "default 1 s")
    )
    parser.add_argument(
        "--deadline", type=positive_seconds, default=3.0, metavar="S", help=translate("CLI", "per reply (default 3 s)")
    )
    add_acting_arguments(parser)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.cgminer import Timeouts
    from hashinsight_desktop.services.fleet import discovery
    from hashinsight_desktop.services.transaction import unit_of_work

    if args.include_bad and not args.add:
        raise ValidationError("--include-bad", QT_TRANSLATE_NOOP("Errors", "only with --add"))
    targets = discovery.expand_cidr(args.cidr, args.port)
    principal = acting_principal(ctx, args.acting_user)
    with ctx.database.session_factory() as session:
        choices = dict((name, site_id) for site_id, name in discovery.sites_to_add_to(session, principal))
        no_site = "" if choices else discovery.no_site_reason(session, principal)
        known = discovery.known_addresses(session, principal)
    site_id = choices.get(args.site)
    if site_id is None:
        no_such = QT_TRANSLATE_NOOP("Errors", "no site named {site!r} that you may add miners to")
        raise ValidationError("--site", no_site or Text(no_such, site=args.site))

    found = asyncio.run(
        discovery.scan(targets, timeouts=Timeouts(connect=args.connect_timeout, deadline=args.deadline))
    )
    with ctx.database.session_factory() as session:
        discovery.resolve_models(session, principal, found)
    for item in found:
        item.known = (site_id, item.sample.host, item.sample.port) in known
    added: list[uuid.UUID] = []
    if args.add:
        chosen = [f for f in found if not f.known and (args.include_bad or not f.bad)]
        with unit_of_work(ctx.database.session_factory, "miner") as session:
            added = discovery.add_found(session, principal, site_id, chosen, clock=ctx.clock)
    identified = _identify(ctx, principal, added) if added and not args.no_identify else {}
    _report(args, len(targets), found, added, identified)
    return 0


def _identify(ctx: AppContext, principal: Any, miner_ids: list[uuid.UUID]) -> dict[str, int]:
    """Families of the added miners, counted (the dialog does the same after adding)."""
    from hashinsight_desktop.services.devices import CredentialStore
    from hashinsight_desktop.services.fleet.identification import identify_miners

    store = CredentialStore.from_settings(ctx.secrets, ctx.settings.extra)
    found = asyncio.run(
        identify_miners(ctx.database.session_factory, principal, miner_ids, credentials=store, clock=ctx.clock)
    )
    counts: dict[str, int] = {}
    for item in found:
        counts[item.identity.family.label] = counts.get(item.identity.family.label, 0) + 1
    return counts


def _said(found: Any, english: str | None) -> str | None:
    """A bad host's reason in the reader's language where the console phrased it (--json keeps the English)."""
    return found.sample.error_text.render(translate) if found.sample.error_text is not None else english


def _report(
    args: argparse.Namespace, addresses: int, found: list[Any], added: list[uuid.UUID], identified: dict[str, int]
) -> None:
    ordered = sorted(found, key=lambda f: (tuple(int(p) for p in f.sample.host.split(".")), f.sample.port))
    rows = [
        {
            "host": f.sample.host,
            "port": f.sample.port,
            "answered": "badly" if f.bad else "well",
            "reason": f.sample.error if f.bad else None,
            "status": f.sample.status,
            "model_reported": f.sample.model,
            "firmware": f.sample.firmware,
            "hashrate_ths": None if f.bad else f.sample.hashrate_ths,
            "catalogue_model": f.catalogue_name,
            "already_in_site": f.known,
        }
        for f in ordered
    ]
    bad = sum(1 for f in found if f.bad)
    if args.json:
        document = {
            "site": args.site,
            "range": args.cidr,
            "addresses": addresses,
            "answered": len(found) - bad,
            "answered_badly": bad,
            "hosts": rows,
            "added": len(added) if args.add else None,
            "identified": identified,
        }
        print(json.dumps(document, indent=2))
        return
    lines = [
        (
            row["host"] if row["port"] == 4028 else f"{row['host']}:{row['port']}",
            row["answered"],
            "–" if row["hashrate_ths"] is None else f"{row['hashrate_ths']:,.1f}",
            row["catalogue_model"] or row["model_reported"] or "–",
            (
                translate("CLI", "answered badly: {reason}").format(reason=_said(f, row["reason"]))
                if row["answered"] == "badly"
                else row["status"]
            )
            + (translate("CLI", " (already in the site)") if row["already_in_site"] else ""),
        )
        for row, f in zip(rows, ordered, strict=True)
    ]
    if lines:  # columns as wide as their widest cell: nothing cut, nothing pushed out of line
        header = (translate("CLI", "HOST"), translate("CLI", "ANSWER"), "TH/S", translate("CLI", "MODEL"))
        header += (translate("CLI", "NOTE"),)
        for line in table_lines([header, *lines], right={2}, free_last=True):
            print(line)
    answered = (
        translate("CLI", "{count:,} miners answered out of {addresses:,} addresses; {bad:,} more answered badly.")
        if bad
        else translate("CLI", "{count:,} miners answered out of {addresses:,} addresses.")
    )
    print(answered.format(count=len(found) - bad, addresses=addresses, bad=bad))
    if args.add:
        skipped = (
            translate("CLI", " (hosts that answered badly left out: --include-bad adds them)")
            if bad and not args.include_bad
            else ""
        )
        print(
            translate("CLI", "added {n_added:,} miners to {site}{skipped}").format(
                n_added=len(added), site=args.site, skipped=skipped
            )
        )
    if identified:
        print("identified: " + ", ".join(f"{n:,} {family}" for family, n in sorted(identified.items())))
