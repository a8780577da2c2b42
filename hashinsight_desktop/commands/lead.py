"""`hashinsight-desktop lead add|list|move|convert`: the sales pipeline's leads from the command line.

    lead add TITLE [--company NAME] [--contact NAME] [--email ADDRESS] [--phone NUMBER] [--source TEXT]
             [--value AMOUNT] [--owner USER] [--next-step TEXT] [--due YYYY-MM-DD] --as USER [--json]
    lead list [--search TEXT] [--status STAGE] [--owner USER] [--sort KEY] [--ascending] [--limit N] [--offset N]
    lead move ID STAGE [--reason TEXT]          new → contacted → qualified, or lost (with --reason)
    lead convert ID [--title TEXT] [--value AMOUNT] [--owner USER] [--expected-close YYYY-MM-DD]
             [--commission-rate PCT]            a contacted or qualified lead becomes a deal; the lead is won

The same services as the CRM tab: the same permission (manage customers), audited the same way; a refused
move exits 1 with one line saying why, and nothing is saved.
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
    "title": "TITLE",
    "company": "--company",
    "contact_name": "--contact",
    "email": "--email",
    "phone": "--phone",
    "source": "--source",
    "value_estimate": "--value",
    "value": "--value",
    "owner": "--owner",
    "next_step": "--next-step",
    "status": "--status",
    "stage": "STAGE",
    "reason": "--reason",
    "commission_rate_pct": "--commission-rate",
    "order_by": "--sort",
    "limit": "--limit",
    "offset": "--offset",
}
SORT_KEYS = ["updated_at", "created_at", "title", "company", "status", "value_estimate", "next_step_due", "owner"]
FIELDS = ("id", "title", "company", "contact_name", "email", "phone", "source", "value_estimate", "status")
FIELDS += ("owner_id", "lost_reason", "next_step", "next_step_due", "customer_id", "created_at", "version")
COLUMNS = [
    (QT_TRANSLATE_NOOP("CLI", "ID"), "id"),
    (QT_TRANSLATE_NOOP("CLI", "STATUS"), "status"),
    (QT_TRANSLATE_NOOP("CLI", "TITLE"), "title"),
    (QT_TRANSLATE_NOOP("CLI", "COMPANY"), "company"),
    (QT_TRANSLATE_NOOP("CLI", "VALUE"), "value_estimate"),
]
COLUMNS += [
    (QT_TRANSLATE_NOOP("CLI", "OWNER"), "owner_name"),
    (QT_TRANSLATE_NOOP("CLI", "NEXT STEP"), "next_step"),
    (QT_TRANSLATE_NOOP("CLI", "DUE"), "next_step_due"),
]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lead = commands.add_parser(
        "lead", help=translate("CLI", "sales leads: add, list, move, convert into a deal")
    ).add_subparsers(dest="lead_command", required=True)
    add = lead.add_parser("add", help=translate("CLI", "add a lead (status new)"))
    add.add_argument("title", metavar="TITLE")
    add.add_argument("--company", default="", metavar="NAME")
    add.add_argument("--contact", default="", metavar="NAME", help=translate("CLI", "the person to talk to"))
    add.add_argument("--email", metavar="ADDRESS")
    add.add_argument("--phone", metavar="NUMBER")
    add.add_argument(
        "--source", default="", metavar="TEXT", help=translate("CLI", "where it came from (website, referral, …)")
    )
    add.add_argument("--value", default="0", metavar="AMOUNT", help=translate("CLI", "estimated value"))
    add.add_argument("--owner", metavar="USER", help=translate("CLI", "who works it (default: you)"))
    add.add_argument("--next-step", default="", metavar="TEXT")
    add.add_argument("--due", metavar="YYYY-MM-DD", help=translate("CLI", "when the next step is due"))
    add_acting_arguments(add)
    listing = lead.add_parser("list", help=translate("CLI", "the leads, a page at a time"))
    listing.add_argument("--status", metavar="STAGE", help=translate("CLI", "new, contacted, qualified, won or lost"))
    options.add_list_options(listing, SORT_KEYS, "updated_at")
    add_acting_arguments(listing)
    move = lead.add_parser("move", help=translate("CLI", "move a lead to its next stage, or to lost with --reason"))
    move.add_argument("lead_id", metavar="ID")
    move.add_argument("stage", metavar="STAGE", help=translate("CLI", "contacted, qualified or lost"))
    move.add_argument("--reason", metavar="TEXT", help=translate("CLI", "why it was lost (required for lost)"))
    add_acting_arguments(move)
    convert = lead.add_parser(
        "convert", help=translate("CLI", ("turn a contacted or qualified lead into a deal (the lead is won)"))
    )
    convert.add_argument("lead_id", metavar="ID")
    convert.add_argument("--title", metavar="TEXT", help=translate("CLI", "the deal's title (default: the lead's)"))
    convert.add_argument(
        "--value", metavar="AMOUNT", help=translate("CLI", "the deal's value (default: the lead's estimate)")
    )
    convert.add_argument("--owner", metavar="USER", help=translate("CLI", "the deal's owner (default: the lead's)"))
    convert.add_argument("--expected-close", metavar="YYYY-MM-DD")
    convert.add_argument(
        "--commission-rate", default="0", metavar="PCT", help=translate("CLI", "the owner's commission, %% of value")
    )
    add_acting_arguments(convert)


def _lead(row: Any) -> dict[str, Any]:
    return options.described(row, FIELDS)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.crm import conversion, leads
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    clock = ctx.clock
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "lead") as session:
        if args.lead_command == "list":
            page = leads.list_leads(
                session,
                principal,
                search=args.search,
                status=args.status,
                owner_id=options.owner_id(session, principal, "--owner", args.owner),
                order_by=args.sort,
                descending=not args.ascending,
                limit=options.whole_number("--limit", args.limit),
                offset=options.whole_number("--offset", args.offset),
            )
            if args.json:
                print(json.dumps({"leads": [_lead(r) for r in page.items], "total": page.total}, indent=2))
            else:
                options.print_table([_lead(r) | {"owner_name": r.owner_name} for r in page.items], COLUMNS)
                print(translate("CLI", "{n_items} of {total} leads").format(n_items=len(page.items), total=page.total))
            return 0
        if args.lead_command == "add":
            lead = leads.add_lead(
                session,
                principal,
                title=args.title,
                company=args.company,
                contact_name=args.contact,
                email=args.email,
                phone=args.phone,
                source=args.source,
                value_estimate=args.value,
                owner_id=options.owner_id(session, principal, "--owner", args.owner),
                next_step=args.next_step,
                next_step_due=options.day("--due", args.due),
                clock=clock,
            )
            result: dict[str, Any] = {"lead": _lead(lead)}
            said = translate("CLI", "added lead {id}: {title}").format(id=lead.id, title=lead.title)
        elif args.lead_command == "move":
            lead_id = options.entity_id("ID", args.lead_id, "lead")
            current = leads.get_lead(session, principal, lead_id)
            source = current.status
            lead = leads.move_lead(
                session,
                principal,
                lead_id,
                args.stage,
                expected_version=current.version,
                reason=args.reason,
                clock=clock,
            )
            result = {"lead": _lead(lead)}
            said = f"lead {lead.id}: {source} → {lead.status}"
        else:
            lead_id = options.entity_id("ID", args.lead_id, "lead")
            current = leads.get_lead(session, principal, lead_id)
            made = conversion.convert_lead(
                session,
                principal,
                lead_id,
                expected_version=current.version,
                title=args.title,
                value=args.value,
                owner_id=options.owner_id(session, principal, "--owner", args.owner),
                expected_close=options.day("--expected-close", args.expected_close),
                commission_rate_pct=args.commission_rate,
                translate=translate,
                clock=clock,
            )
            customer = {"id": str(made.customer.id), "name": made.customer.name, "created": made.customer_created}
            deal = {"id": str(made.deal.id), "title": made.deal.title, "stage": made.deal.stage}
            deal["value"] = str(made.deal.value)
            result = {"lead": _lead(current), "deal": deal, "customer": customer | {"matched_by": made.matched_by}}
            how = (
                translate("CLI", "new customer")
                if made.customer_created
                else translate("CLI", "existing customer, matched by {field}").format(field=made.matched_by)
            )
            said = translate("CLI", "lead {lead} won: deal {deal} for {customer} ({how})").format(
                lead=current.id, deal=made.deal.id, customer=made.customer.name, how=how
            )
    print(json.dumps(result, indent=2) if args.json else said)
    return 0
