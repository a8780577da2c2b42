"""`hashinsight-desktop customer add|list|edit`: hosting customer accounts from the command line, so a headless
site machine can give miners to a customer (`miner set IP --customer NAME`) without the Admin page.

    customer add NAME [--email ADDRESS] [--notes TEXT] --as USER [--json]
    customer list --as USER [--json]
    customer edit NAME [--name NEW] [--email ADDRESS] [--notes TEXT] --as USER [--json]

The same service as Admin → Customers: the same permission (manage customers), audited the same way.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError

OPTION_NAMES = {"name": "NAME", "contact_email": "--email", "notes": "--notes", "customer": "NAME"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    customer = commands.add_parser("customer", help="hosting customer accounts").add_subparsers(
        dest="customer_command", required=True
    )
    add = customer.add_parser("add", help="add a hosting customer account")
    add.add_argument("name", metavar="NAME")
    _fields(add)
    add_acting_arguments(add)
    listing = customer.add_parser("list", help="the hosting customer accounts")
    add_acting_arguments(listing)
    edit = customer.add_parser("edit", help="change a customer account (what is not given stays)")
    edit.add_argument("customer", metavar="NAME")
    edit.add_argument("--name", dest="new_name", metavar="NEW", help="rename it")
    _fields(edit)
    add_acting_arguments(edit)


def _fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--email", metavar="ADDRESS", help="contact e-mail ('' clears it)")
    parser.add_argument("--notes", metavar="TEXT")


def _described(customer: Any) -> dict[str, Any]:
    return {
        "id": str(customer.id),
        "name": customer.name,
        "email": customer.contact_email,
        "notes": customer.notes,
        "version": customer.version,
    }


def _print(rows: list[dict[str, Any]]) -> None:
    width = max([len("CUSTOMER"), *(len(r["name"]) for r in rows)])
    print(f"{'CUSTOMER':<{width}}  {'E-MAIL':<32}  NOTES")
    for r in rows:
        print(f"{r['name']:<{width}}  {r['email'] or '–':<32}  {r['notes']}")


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.crm import customers
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "customer") as session:
        if args.customer_command == "list":
            rows = [_described(c) for c in customers.list_customers(session, principal)]
            if args.json:
                print(json.dumps({"customers": rows}, indent=2))
            else:
                _print(rows)
            return 0
        if args.customer_command == "add":
            customer = customers.add_customer(
                session, principal, name=args.name, contact_email=args.email, notes=args.notes, clock=ctx.clock
            )
        else:
            wanted = args.customer.strip().casefold()
            found = [c for c in customers.list_customers(session, principal) if c.name.casefold() == wanted]
            if not found:
                raise ValidationError("NAME", f"no customer named {args.customer!r}")
            current = found[0]
            customer = customers.update_customer(
                session,
                principal,
                current.id,
                expected_version=current.version,
                name=args.new_name if args.new_name is not None else current.name,
                contact_email=args.email if args.email is not None else current.contact_email,
                notes=args.notes,
                clock=ctx.clock,
            )
        described = _described(customer)
    if args.json:
        print(json.dumps({"customer": described}, indent=2))
    else:
        print(f"{'added' if args.customer_command == 'add' else 'saved'} customer:")
        _print([described])
    return 0
