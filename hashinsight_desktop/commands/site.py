"""`hashinsight-desktop site credentials NAME …`: the web/API login of a site's miners, in the keyring.

    site credentials NAME [--model M] --user U --password-stdin --as USER
    site credentials NAME [--model M] --factory-defaults --as USER
    site credentials NAME [--model M] --show --as USER

The password is read from standard input, never from the command line; factory defaults (each firmware's
own, e.g. root/root on a stock Antminer) are used only when chosen here.
"""

from __future__ import annotations

import argparse
import sys

from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = commands.add_parser("site", help="site settings").add_subparsers(dest="site_command", required=True)
    creds = site.add_parser("credentials", help="the web/API login of the site's miners (kept in the keyring)")
    creds.add_argument("site", metavar="NAME", help="the site's name")
    creds.add_argument("--model", metavar="M", help="only for this model at the site (e.g. 'Antminer S19j Pro')")
    which = creds.add_mutually_exclusive_group(required=True)
    which.add_argument("--user", metavar="U", help="the login user; the password is read from standard input")
    which.add_argument(
        "--factory-defaults",
        action="store_true",
        help="use each firmware's factory login (root/root, admin/admin…): an explicit choice",
    )
    which.add_argument("--show", action="store_true", help="say what is stored (never the password)")
    creds.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    creds.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        required=True,
        help=f"act as this user (password from {PASSWORD_ENV})",
    )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from sqlalchemy import select

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
        raise ValidationError("NAME", f"no site named {args.site!r}")
    where = f"{args.site}" + (f" ({args.model})" if args.model else "")
    if args.show:
        require_site(principal, Permission.FLEET_OPERATE, site_id, "see the miner logins of this site")
        print(f"miner login of {where}: {store.describe(site_id, args.site, args.model)}")
        return 0
    credentials = None
    if args.user is not None:
        if not args.password_stdin:
            raise ValidationError("--password-stdin", "give the password on standard input (never on the command line)")
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ValidationError("--password-stdin", "the password read from standard input is empty")
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
    print(f"miner login of {where}: {stored} (in the keyring)")
    return 0
