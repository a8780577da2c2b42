"""`hashinsight-desktop site add|list|edit|credentials`: sites from the command line (a headless agent's
machine is set up without a screen), and the web/API login of a site's miners, in the keyring.

    site add NAME --timezone TZ [--power-price USD_PER_KWH] [--capacity-kw KW] [--location TEXT] --as USER
    site list [--json] --as USER
    site edit NAME [--name NEW] [--timezone TZ] [--power-price P] [--capacity-kw KW] [--location TEXT]
              [--four-eyes on|off] --as USER
    site credentials NAME [--model M] --user U --password-stdin --as USER
    site credentials NAME [--model M] --factory-defaults --as USER
    site credentials NAME [--model M] --show --as USER

The password is read from standard input, never from the command line; factory defaults (each firmware's
own, e.g. root/root on a stock Antminer) are used only when chosen here.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

MAX_CAPACITY_KW = 10_000_000  # the service's 10,000 MW
# The sites service's fields as this command's options (the site's own name is NAME on add, --name on edit).
OPTION_NAMES = {
    "electricity_price_usd_per_kwh": "--power-price",
    "capacity_mw": "--capacity-kw",
    "location": "--location",
    "timezone": "--timezone",
}
UNITS = {"electricity_price_usd_per_kwh": "$/kWh"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = commands.add_parser("site", help=translate("CLI", "site settings")).add_subparsers(
        dest="site_command", required=True
    )
    add = site.add_parser("add", help=translate("CLI", "add a site"))
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--timezone", required=True, metavar="TZ", help=translate("CLI", "IANA name, e.g. America/Chicago or UTC")
    )
    _site_fields(add)
    add_acting_arguments(add)
    listing = site.add_parser("list", help=translate("CLI", "the sites you may see"))
    add_acting_arguments(listing)
    edit = site.add_parser("edit", help=translate("CLI", "change a site (what is not given stays)"))
    edit.add_argument("site", metavar="NAME")
    edit.add_argument("--name", dest="new_name", metavar="NEW", help=translate("CLI", "rename it"))
    edit.add_argument("--timezone", metavar="TZ")
    _site_fields(edit)
    edit.add_argument(
        "--four-eyes",
        choices=("on", "off"),
        help=translate("CLI", "a second person must approve its curtailment plans"),
    )
    add_acting_arguments(edit)
    creds = site.add_parser(
        "credentials", help=translate("CLI", "the web/API login of the site's miners (kept in the keyring)")
    )
    creds.add_argument("site", metavar="NAME", help=translate("CLI", "the site's name"))
    creds.add_argument(
        "--model", metavar="M", help=translate("CLI", "only for this model at the site (e.g. 'Antminer S19j Pro')")
    )
    which = creds.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--user", metavar="U", help=translate("CLI", "the login user; the password is read from standard input")
    )
    which.add_argument(
        "--factory-defaults",
        action="store_true",
        help=translate("CLI", ("use each firmware's factory login (root/root, admin/admin…): an explicit choice")),
    )
    which.add_argument("--show", action="store_true", help=translate("CLI", "say what is stored (never the password)"))
    creds.add_argument(
        "--password-stdin", action="store_true", help=translate("CLI", "read the password from standard input")
    )
    creds.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        required=True,
        help=translate("CLI", "act as this user (password from {env})").format(env=PASSWORD_ENV),
    )


def _site_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--power-price", metavar="USD_PER_KWH", help=translate("CLI", "the power price in $/kWh (e.g. 0.045)")
    )
    parser.add_argument("--capacity-kw", metavar="KW", help=translate("CLI", "the site's power capacity in kW"))
    parser.add_argument("--location", metavar="TEXT")


def _capacity_mw(text: str) -> Decimal:
    try:
        kw = Decimal(text.strip())
    except InvalidOperation:
        raise ValidationError(
            "--capacity-kw", Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a number"), text=text)
        ) from None
    if not kw.is_finite() or not 0 <= kw <= MAX_CAPACITY_KW or kw != kw.to_integral_value():
        raise ValidationError(
            "--capacity-kw",
            Text(
                QT_TRANSLATE_NOOP("Errors", ("{text!r}: a whole number of kW between 0 and {MAX_CAPACITY_KW:,}")),
                text=text,
                MAX_CAPACITY_KW=MAX_CAPACITY_KW,
            ),
        )
    return kw / 1000


def _described(site: Any) -> dict[str, Any]:
    return {
        "id": str(site.id),
        "name": site.name,
        "timezone": site.timezone,
        "power_price_usd_per_kwh": f"{site.electricity_price_usd_per_kwh.normalize():f}",
        "capacity_kw": f"{(site.capacity_mw * 1000).normalize():f}",
        "location": site.location,
        "four_eyes": bool(site.curtail_four_eyes),
        "version": site.version,
    }


def _print_sites(sites: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print(json.dumps({"sites": sites}, indent=2))
        return
    for s in sites:
        print(
            translate("CLI", "{name} {timezone} {power_price_usd_per_kwh} $/kWh {capacity_kw} kW{value}").format(
                name=pad(s["name"], 24),  # by terminal columns: a Chinese name keeps the columns in line
                timezone=pad(s["timezone"], 22),
                power_price_usd_per_kwh=pad(s["power_price_usd_per_kwh"], 8, right=True),
                capacity_kw=pad(s["capacity_kw"], 8, right=True),
                value="  " + translate("CLI", "four-eyes") if s["four_eyes"] else "",
            )
        )


def _sites(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services import sites
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    names = {**OPTION_NAMES, "name": "NAME" if args.site_command == "add" else "--name"}
    with options_named(names, UNITS), unit_of_work(ctx.database.session_factory, "site") as session:
        if args.site_command == "list":
            _print_sites([_described(site) for site in sites.list_sites(session, principal)], args.json)
            return 0
        fields: dict[str, Any] = {}
        if args.power_price is not None:
            fields["electricity_price_usd_per_kwh"] = args.power_price
        if args.capacity_kw is not None:
            fields["capacity_mw"] = _capacity_mw(args.capacity_kw)
        if args.location is not None:
            fields["location"] = args.location
        if args.site_command == "add":
            site = sites.create_site(
                session, principal, name=args.name, timezone=args.timezone, clock=ctx.clock, **fields
            )
        else:
            current = {s.name: s for s in sites.list_sites(session, principal)}.get(args.site)
            if current is None:
                raise ValidationError(
                    "NAME", Text(QT_TRANSLATE_NOOP("Errors", "no site named {site!r} that you may see"), site=args.site)
                )
            state = _described(current)
            site = sites.update_site(
                session,
                principal,
                current.id,
                expected_version=current.version,
                name=args.new_name or current.name,
                location=fields.get("location", current.location),
                capacity_mw=fields.get("capacity_mw", current.capacity_mw),
                electricity_price_usd_per_kwh=fields.get(
                    "electricity_price_usd_per_kwh", current.electricity_price_usd_per_kwh
                ),
                timezone=args.timezone or state["timezone"],
                curtail_four_eyes=None if args.four_eyes is None else args.four_eyes == "on",
                clock=ctx.clock,
            )
        described = _described(site)
    if args.json:
        print(json.dumps({"site": described}, indent=2))
    else:
        print(translate("CLI", "added site:") if args.site_command == "add" else translate("CLI", "saved site:"))
        _print_sites([described], False)
    return 0


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from sqlalchemy import select

    if args.site_command != "credentials":
        return _sites(args, ctx)

    from hashinsight_desktop.db.models import Site
    from hashinsight_desktop.services.devices import Credentials, CredentialStore
    from hashinsight_desktop.services.fleet.site_credentials import set_site_credentials
    from hashinsight_desktop.services.permissions import Permission, require_site
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    store = CredentialStore.from_settings(ctx.secrets, ctx.settings.extra)
    with ctx.database.session_factory() as session:
        site_id = session.scalar(select(Site.id).where(Site.name == args.site))
    if site_id is None:
        raise ValidationError("NAME", Text(QT_TRANSLATE_NOOP("Errors", "no site named {site!r}"), site=args.site))
    where = f"{args.site}" + (f" ({args.model})" if args.model else "")
    if args.show:
        require_site(principal, Permission.FLEET_OPERATE, site_id, "see the miner logins of this site")
        print(
            translate("CLI", "miner login of {where}: {value}").format(
                where=where, value=store.describe(site_id, args.site, args.model)
            )
        )
        return 0
    credentials = None
    if args.user is not None:
        if not args.password_stdin:
            raise ValidationError(
                "--password-stdin",
                QT_TRANSLATE_NOOP("Errors", ("give the password on standard input (never on the command line)")),
            )
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ValidationError(
                "--password-stdin", QT_TRANSLATE_NOOP("Errors", "the password read from standard input is empty")
            )
        credentials = Credentials(args.user, password)
    with unit_of_work(ctx.database.session_factory, "site") as session:
        stored = set_site_credentials(
            session,
            principal,
            store,
            site_id,
            credentials,
            model=args.model,
            factory_defaults=bool(args.factory_defaults),
            clock=ctx.clock,
        )
    print(translate("CLI", "miner login of {where}: {stored} (in the keyring)").format(where=where, stored=stored))
    return 0
