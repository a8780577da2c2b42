"""`hashinsight-desktop customer add|list|edit|import|assets`: hosting customer accounts from the command line,
for scripts and for a headless site machine giving miners to a customer (`miner set IP --customer NAME`).

    customer add NAME [--company C] [--email A] [--phone P] [--tax-id T] [--billing-address B] [--tag T]... [--notes N]
                 [--language en|zh_CN]
    customer list [--search TEXT] [--tag T] [--sort name|company|email|created_at] [--desc] [--limit N] [--offset N]
    customer edit NAME [--name NEW] [the fields of add] [--no-tags]
    customer import CSV [--assets]
    customer assets [NAME] [--search TEXT] [--limit N] [--offset N]

Every one takes --as USER and --json (each item carries its id). The same services as the CRM tab and Admin →
Customers: the same permissions (a customer-role user lists only their own account and assets), audited alike.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

OPTION_NAMES = {
    "name": "NAME",
    "contact_email": "--email",
    "notes": "--notes",
    "company": "--company",
    "phone": "--phone",
    "tax_id": "--tax-id",
    "billing_address": "--billing-address",
    "language": "--language",
    "tags": "--tag",
    "customer": "NAME",
    "order_by": "--sort",
    "file": "CSV",
}
SORTS = ("name", "company", "email", "created_at")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    customer = commands.add_parser("customer", help=translate("CLI", "hosting customer accounts")).add_subparsers(
        dest="customer_command", required=True
    )
    add = customer.add_parser("add", help=translate("CLI", "add a hosting customer account"))
    add.add_argument("name", metavar="NAME")
    _fields(add)
    add_acting_arguments(add)

    listing = customer.add_parser(
        "list", help=translate("CLI", "the hosting customer accounts (a customer: their own)")
    )
    listing.add_argument(
        "--search", metavar="TEXT", help=translate("CLI", "in name, company, e-mail, phone or tax id (any case)")
    )
    listing.add_argument("--tag", metavar="TAG", help=translate("CLI", "only customers with this tag"))
    listing.add_argument(
        "--sort",
        default="name",
        metavar="COLUMN",
        help=translate("CLI", "one of {keys} (name)").format(keys=", ".join(SORTS)),
    )
    listing.add_argument("--desc", action="store_true", help=translate("CLI", "sort descending"))
    _paging(listing)
    add_acting_arguments(listing)

    edit = customer.add_parser("edit", help=translate("CLI", "change a customer account (what is not given stays)"))
    edit.add_argument("customer", metavar="NAME")
    edit.add_argument("--name", dest="new_name", metavar="NEW", help=translate("CLI", "rename it"))
    _fields(edit)
    edit.add_argument("--no-tags", action="store_true", help=translate("CLI", "remove every tag"))
    add_acting_arguments(edit)

    imports = customer.add_parser(
        "import",
        help=translate(
            "CLI",
            (
                "add customer accounts from a CSV or XLSX file (name, "
                "company, email, phone, tax_id, billing_address, tags, "
                "notes, language), or with --assets their assets (customer, serial, "
                "model, purchase_date, warranty_end, location, miner); every "
                "bad row is named and nothing is written unless all are good"
            ),
        ),
    )
    imports.add_argument("file", metavar="CSV")
    imports.add_argument(
        "--assets", action="store_true", help=translate("CLI", "the file lists assets, not customer accounts")
    )
    add_acting_arguments(imports)

    assets = customer.add_parser(
        "assets", help=translate("CLI", ("customers' assets: equipment on record (a customer: their own)"))
    )
    assets.add_argument("customer", metavar="NAME", nargs="?", help=translate("CLI", "only this customer's"))
    assets.add_argument("--search", metavar="TEXT", help=translate("CLI", "in serial, model or location (any case)"))
    _paging(assets)
    add_acting_arguments(assets)


def _fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--company", metavar="NAME", help=translate("CLI", "the company's legal name"))
    parser.add_argument("--email", metavar="ADDRESS", help=translate("CLI", "contact e-mail ('' clears it)"))
    parser.add_argument("--phone", metavar="NUMBER")
    parser.add_argument("--tax-id", metavar="ID", help=translate("CLI", "VAT or tax number"))
    parser.add_argument("--billing-address", metavar="TEXT")
    parser.add_argument(
        "--tag", action="append", metavar="TAG", help=translate("CLI", "a tag (repeat for several; edit: replaces all)")
    )
    parser.add_argument("--notes", metavar="TEXT")
    parser.add_argument(
        "--language",
        metavar="LANG",
        help=translate("CLI", ("en or zh_CN: the language of their invoices and statements (default en)")),
    )


def _paging(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", metavar="N", help=translate("CLI", "at most N rows"))
    parser.add_argument("--offset", metavar="N", default="0", help=translate("CLI", "skip the first N rows"))


def _count(option: str, text: str | None) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise ValidationError(
            option, Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a whole number"), text=text)
        ) from None
    if value < 0:
        raise ValidationError(option, QT_TRANSLATE_NOOP("Errors", "must be 0 or more"))
    return value


def _described(customer: Any, tags: tuple[str, ...]) -> dict[str, Any]:
    return {
        "id": str(customer.id),
        "name": customer.name,
        "company": customer.company,
        "email": customer.contact_email,
        "phone": customer.phone,
        "tax_id": customer.tax_id,
        "billing_address": customer.billing_address,
        "language": customer.language,
        "tags": list(tags),
        "notes": customer.notes,
        "version": customer.version,
    }


def _asset(row: Any) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "customer": row.customer_name,
        "serial": row.serial,
        "model": row.model,
        "purchase_date": row.purchase_date.isoformat() if row.purchase_date else None,
        "warranty_end": row.warranty_end.isoformat() if row.warranty_end else None,
        "location": row.location,
        "miner": row.miner_name,
    }


def _table(headers: list[str], rows: list[list[str]]) -> None:
    for line in table_lines([headers, *rows]):
        print(line)


def _print_customers(rows: list[dict[str, Any]]) -> None:
    _table(
        [
            translate("CLI", "CUSTOMER"),
            translate("CLI", "COMPANY"),
            translate("CLI", "E-MAIL"),
            translate("CLI", "TAGS"),
            translate("CLI", "NOTES"),
        ],
        [[r["name"], r["company"] or "–", r["email"] or "–", ",".join(r["tags"]) or "–", r["notes"]] for r in rows],
    )


def _by_name(session: Any, principal: Any, name: str) -> Any:
    from hashinsight_desktop.services.crm import customers

    wanted = name.strip().casefold()
    found = [
        c for c in customers.list_customers(session, principal, search=name.strip()) if c.name.casefold() == wanted
    ]
    if not found:
        raise ValidationError("NAME", Text(QT_TRANSLATE_NOOP("Errors", "no customer named {name!r}"), name=name))
    return found[0]


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "customer") as session:
        document = _RUNNERS[args.customer_command](session, principal, args, ctx)
    if args.json:
        print(json.dumps(document, indent=2))
    return 0


def _list(session: Any, principal: Any, args: argparse.Namespace, ctx: AppContext) -> dict[str, Any]:
    from hashinsight_desktop.services.crm import customers

    query = {"search": args.search, "tag": args.tag}
    found = customers.list_customers(
        session,
        principal,
        **query,
        order_by=args.sort,
        descending=args.desc,
        limit=_count("--limit", args.limit),
        offset=_count("--offset", args.offset) or 0,
    )
    tags = customers.tags_of(session, [c.id for c in found])
    rows = [_described(c, tags.get(c.id, ())) for c in found]
    total = customers.count_customers(session, principal, **query)
    if not args.json:
        _print_customers(rows)
        if len(rows) < total:
            print(translate("CLI", "({n_rows} of {total:,} shown)").format(n_rows=len(rows), total=total))
    return {"customers": rows, "total": total}


def _add_or_edit(session: Any, principal: Any, args: argparse.Namespace, ctx: AppContext) -> dict[str, Any]:
    from hashinsight_desktop.services.crm import customers

    details = {
        "notes": args.notes,
        "company": args.company,
        "billing_address": args.billing_address,
        "tax_id": args.tax_id,
        "phone": args.phone,
        "language": args.language,
    }
    if args.customer_command == "add":
        customer = customers.add_customer(
            session,
            principal,
            name=args.name,
            contact_email=args.email,
            tags=args.tag or (),
            clock=ctx.clock,
            **details,
        )
    else:
        current = _by_name(session, principal, args.customer)
        customer = customers.update_customer(
            session,
            principal,
            current.id,
            expected_version=current.version,
            name=args.new_name if args.new_name is not None else current.name,
            contact_email=args.email if args.email is not None else current.contact_email,
            tags=() if args.no_tags else args.tag,
            clock=ctx.clock,
            **details,
        )
    described = _described(customer, customers.tags_of(session, [customer.id]).get(customer.id, ()))
    if not args.json:
        added = args.customer_command == "add"
        print(translate("CLI", "added customer:") if added else translate("CLI", "saved customer:"))
        _print_customers([described])
    return {"customer": described}


def _import(session: Any, principal: Any, args: argparse.Namespace, ctx: AppContext) -> dict[str, Any]:
    from hashinsight_desktop.services.crm import assets, customer_import, customers
    from hashinsight_desktop.services.crm.asset_import import import_assets_csv

    if args.assets:
        result = import_assets_csv(session, principal, args.file, clock=ctx.clock)
        rows = [_asset(r) for r in assets.asset_rows(session, result.asset_ids)]
        if not args.json:
            print(
                translate("CLI", "imported {n_rows} assets of {customers} customers").format(
                    n_rows=len(rows), customers=result.customers
                )
            )
        return {"assets": rows}
    ids = customer_import.import_customers_csv(session, principal, args.file, clock=ctx.clock)

    added = [customers.get_customer(session, principal, customer_id) for customer_id in ids]
    tags = customers.tags_of(session, ids)
    if not args.json:
        print(translate("CLI", "imported {n_added} customers").format(n_added=len(added)))
    return {"customers": [_described(c, tags.get(c.id, ())) for c in added]}


def _assets(session: Any, principal: Any, args: argparse.Namespace, ctx: AppContext) -> dict[str, Any]:
    from hashinsight_desktop.services.crm import assets

    owner = _by_name(session, principal, args.customer).id if args.customer else None
    found = assets.list_assets(
        session,
        principal,
        customer_id=owner,
        search=args.search,
        limit=_count("--limit", args.limit),
        offset=_count("--offset", args.offset) or 0,
    )
    rows = [_asset(r) for r in found]
    total = assets.count_assets(session, principal, customer_id=owner, search=args.search)
    if not args.json:
        headers = [
            translate("CLI", "CUSTOMER"),
            translate("CLI", "SERIAL"),
            translate("CLI", "MODEL"),
            translate("CLI", "BOUGHT"),
            translate("CLI", "WARRANTY END"),
            translate("CLI", "LOCATION"),
            translate("CLI", "MINER"),
        ]
        keys = ["customer", "serial", "model", "purchase_date", "warranty_end", "location", "miner"]
        _table(headers, [[r[k] or "–" for k in keys] for r in rows])
        if len(rows) < total:
            print(translate("CLI", "({n_rows} of {total:,} shown)").format(n_rows=len(rows), total=total))
    return {"assets": rows, "total": total}


_RUNNERS = {"list": _list, "add": _add_or_edit, "edit": _add_or_edit, "import": _import, "assets": _assets}
