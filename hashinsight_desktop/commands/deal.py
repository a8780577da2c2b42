"""`hashinsight-desktop deal list|move`: the sales pipeline's deals from the command line.

    deal list [--search TEXT] [--stage STAGE] [--owner USER] [--sort KEY] [--ascending] [--limit N] [--offset N]
    deal move ID STAGE [--reason TEXT]

Deals move forward one stage at a time (draft → pending → approved → signed → completed) or to lost (with
--reason) from any open stage, never backwards; a refused move exits 1 with one line saying why and saves
nothing. Completing a deal writes its owner's commission. The same services as the CRM tab.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from hashinsight_desktop.commands import pipeline_options as options
from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP

OPTION_NAMES = {
    "stage": "STAGE",
    "reason": "--reason",
    "owner": "--owner",
    "order_by": "--sort",
    "limit": "--limit",
    "offset": "--offset",
}
SORT_KEYS = ["updated_at", "created_at", "title", "customer", "owner", "stage", "value", "expected_close"]
FIELDS = ("id", "title", "customer_id", "lead_id", "owner_id", "stage", "value", "expected_close")
FIELDS += ("commission_rate_pct", "lost_reason", "signed_at", "closed_at", "created_at", "version")
COLUMNS = [
    (QT_TRANSLATE_NOOP("CLI", "ID"), "id"),
    (QT_TRANSLATE_NOOP("CLI", "STAGE"), "stage"),
    (QT_TRANSLATE_NOOP("CLI", "TITLE"), "title"),
    (QT_TRANSLATE_NOOP("CLI", "CUSTOMER"), "customer_name"),
    (QT_TRANSLATE_NOOP("CLI", "VALUE"), "value"),
]
COLUMNS += [(QT_TRANSLATE_NOOP("CLI", "OWNER"), "owner_name"), (QT_TRANSLATE_NOOP("CLI", "CLOSE BY"), "expected_close")]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deal = commands.add_parser(
        "deal", help=translate("CLI", "sales deals: list, move through the pipeline")
    ).add_subparsers(dest="deal_command", required=True)
    listing = deal.add_parser("list", help=translate("CLI", "the deals, a page at a time"))
    listing.add_argument(
        "--stage", metavar="STAGE", help=translate("CLI", "draft, pending, approved, signed, completed or lost")
    )
    options.add_list_options(listing, SORT_KEYS, "updated_at")
    add_acting_arguments(listing)
    move = deal.add_parser("move", help=translate("CLI", "move a deal one stage forward, or to lost with --reason"))
    move.add_argument("deal_id", metavar="ID")
    move.add_argument("stage", metavar="STAGE", help=translate("CLI", "pending, approved, signed, completed or lost"))
    move.add_argument("--reason", metavar="TEXT", help=translate("CLI", "why it was lost (required for lost)"))
    add_acting_arguments(move)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.crm import deals
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "deal") as session:
        if args.deal_command == "list":
            page = deals.list_deals(
                session,
                principal,
                search=args.search,
                stage=args.stage,
                owner_id=options.owner_id(session, principal, "--owner", args.owner),
                order_by=args.sort,
                descending=not args.ascending,
                limit=options.whole_number("--limit", args.limit),
                offset=options.whole_number("--offset", args.offset),
            )
            rows = [_deal(r) | {"customer": r.customer_name, "owner": r.owner_name} for r in page.items]
            if args.json:
                print(json.dumps({"deals": rows, "total": page.total}, indent=2))
            else:
                options.print_table(
                    [r | {"customer_name": r["customer"], "owner_name": r["owner"]} for r in rows], COLUMNS
                )
                print(translate("CLI", "{n_rows} of {total} deals").format(n_rows=len(rows), total=page.total))
            return 0
        deal_id = options.entity_id("ID", args.deal_id, "deal")
        current = deals.get_deal(session, principal, deal_id)
        source = current.stage
        deal = deals.move_deal(
            session,
            principal,
            deal_id,
            args.stage,
            expected_version=current.version,
            reason=args.reason,
            clock=ctx.clock,
        )
        result = {"deal": _deal(deal)}
    print(json.dumps(result, indent=2) if args.json else f"deal {deal.id}: {source} → {deal.stage}")
    return 0


def _deal(row: Any) -> dict[str, Any]:
    return options.described(row, FIELDS)
