"""The one entry point: no arguments opens the console; sub-commands work headless."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence

from hashinsight_desktop import __version__
from hashinsight_desktop.commands import agent, batch, calc, control, curtail, poll, simulate, site
from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.database import DatabaseConfigError, DatabaseUnavailable
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.secret_store import SecretStoreError
from hashinsight_desktop.services.settings import SettingsError

# Sub-commands that live in their own module: each has add_parser(commands) and run(args, context).
SUBCOMMAND_MODULES = {
    "calc": calc,
    "batch": batch,
    "poll": poll,
    "simulate": simulate,
    "agent": agent,
    "curtail": curtail,
    "control": control,
    "site": site,
}

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """Ends the command with one line on stderr and exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hashinsight-desktop",
        description="HashInsight Desktop: mining farm operations console. With no command, opens the console.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: settings, "
        "then HASHINSIGHT_DATABASE_URL, then a SQLite file in the user data folder)",
    )
    parser.add_argument(
        "--smoke-test", metavar="PATH", help="build the main window with every tab, save a screenshot to PATH and exit"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the console on a simulated farm (its own database; nothing real is touched)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="migrate the database schema to the newest version")
    db.add_parser("current", help="print the schema version of the database")

    user = commands.add_parser("user", help="user accounts").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="add a user (the first user must be the owner)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=["owner", "admin", "site_manager", "customer", "guest"])
    add.add_argument("--display-name", default="")
    add.add_argument("--site", action="append", default=[], metavar="NAME", help="site scope (site_manager)")
    add.add_argument("--customer", metavar="NAME", help="customer account (customer role)")
    add.add_argument("--password-stdin", action="store_true", help="read the new password from standard input")
    add.add_argument(
        "--as",
        dest="acting_user",
        metavar="ADMIN",
        help=f"act as this admin (password from {PASSWORD_ENV} or a prompt)",
    )
    listing = user.add_parser("list", help="list user accounts")
    listing.add_argument("--as", dest="acting_user", metavar="ADMIN", required=True)

    audit = commands.add_parser("audit", help="audit log").add_subparsers(dest="audit_command", required=True)
    audit.add_parser("verify", help="check the hash chain; exit 1 and name the first bad record if tampered")

    for module in SUBCOMMAND_MODULES.values():
        module.add_parser(commands)
    return parser


def _context(args: argparse.Namespace, process_name: str = "cli") -> AppContext:
    from hashinsight_desktop.app import build_context

    return build_context(args.database_url, process_name=process_name)


def _read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Repeat password: "):
        raise CliError("the two passwords differ")
    return first


def cmd_db(args: argparse.Namespace) -> int:
    from hashinsight_desktop.db import migrate

    ctx = _context(args)  # opening the database already migrates it to the newest schema
    revision = migrate.current_revision(ctx.database.engine)
    print(f"{ctx.database.kind} database {ctx.database.display}: schema {revision} (newest)")
    ctx.database.close()
    return EXIT_OK


def cmd_user(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Customer, Site
    from hashinsight_desktop.services import auth, users
    from hashinsight_desktop.services.transaction import unit_of_work

    ctx = _context(args)
    with ctx.database.session_factory() as session:
        first_user = not auth.has_users(session)
    if args.user_command == "list":
        principal = acting_principal(ctx, args.acting_user)
        with unit_of_work(ctx.database.session_factory) as session:
            for user in users.list_users(session, principal):
                state = "active" if user.is_active else "disabled"
                print(f"{user.username:<24} {user.role:<13} {state:<9} {user.display_name}")
        return EXIT_OK
    if first_user:
        if args.role != "owner":
            raise CliError("there are no users yet: the first account must be the owner (--role owner)")
    elif not args.acting_user:
        raise CliError("users exist already: say who adds this one with --as ADMIN")
    principal = None if first_user else acting_principal(ctx, args.acting_user)
    password = _read_new_password(args.password_stdin)
    with unit_of_work(ctx.database.session_factory, "user") as session:
        if principal is None:
            auth.create_first_owner(session, args.username, password, args.display_name, clock=ctx.clock)
        else:
            site_ids = set()
            for name in args.site:
                site_id = session.scalar(select(Site.id).where(Site.name == name))
                if site_id is None:
                    raise CliError(f"--site: no site named {name!r}")
                site_ids.add(site_id)
            customer_id = None
            if args.customer:
                customer_id = session.scalar(select(Customer.id).where(Customer.name == args.customer))
                if customer_id is None:
                    raise CliError(f"--customer: no customer account named {args.customer!r}")
            users.create_user(
                session,
                principal,
                username=args.username,
                password=password,
                role=args.role,
                display_name=args.display_name,
                site_ids=frozenset(site_ids),
                customer_id=customer_id,
                clock=ctx.clock,
            )
    print(f"added user {args.username.strip().lower()} ({args.role})")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from hashinsight_desktop.services import audit
    from hashinsight_desktop.services.permissions import SYSTEM

    ctx = _context(args)
    with ctx.database.session_factory() as session:
        result = audit.verify(session, SYSTEM)
    print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_gui(args: argparse.Namespace) -> int:
    if args.demo and not args.database_url:
        from hashinsight_desktop.demo import demo_database_url
        from hashinsight_desktop.services.paths import AppPaths

        args.database_url = demo_database_url(AppPaths.default().ensure().data_dir)
    ctx = _context(args, process_name="gui")
    from hashinsight_desktop.ui.gui_app import run_gui, smoke_test

    if args.smoke_test:
        return smoke_test(ctx, args.smoke_test)
    return run_gui(ctx, demo=args.demo)


def _module_command(name: str) -> Callable[[argparse.Namespace], int]:
    module = SUBCOMMAND_MODULES[name]

    def run(args: argparse.Namespace) -> int:
        needs = getattr(module, "NEEDS_DATABASE", True)  # a bool, or a function of the parsed arguments
        context = _context(args) if (needs(args) if callable(needs) else needs) else None
        return int(module.run(args, context))

    return run


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "db": cmd_db,
    "user": cmd_user,
    "audit": cmd_audit,
    **{name: _module_command(name) for name in SUBCOMMAND_MODULES},
}


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the installer build: the proof path's solver child starts here
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CliError, DatabaseConfigError, DatabaseUnavailable, SettingsError, SecretStoreError, ServiceError) as exc:
        print(f"hashinsight-desktop: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
