"""`hashinsight-desktop user …`: accounts from the command line.

    user add NAME --role ROLE [--display-name T] [--email A] [--site S]... [--customer C] [--password-stdin]
             [--as ADMIN]
    user edit NAME [--display-name T] [--email A] --as USER [--json]
    user list --as ADMIN [--json]
    user reset-password NAME [--password-stdin] --as ADMIN
    user disable|enable|unlock NAME --as ADMIN
    user recover OWNER [--password-stdin]          (no --as: direct database access, see the README)

New passwords come from a prompt (typed twice) or one line of standard input, never from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import Any

from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

ROLES = ["owner", "admin", "site_manager", "customer", "guest"]
EMAIL_HELP = QT_TRANSLATE_NOOP("CLI", "where the user's CRM notices are e-mailed (a deal they own)")


def _acting(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="ADMIN",
        required=required,
        help=translate("CLI", "act as this admin (password from {env} or a prompt)").format(env=PASSWORD_ENV),
    )


def _new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin", action="store_true", help=translate("CLI", "read the new password from standard input")
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = commands.add_parser("user", help=translate("CLI", "user accounts")).add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser("add", help=translate("CLI", "add a user (the first user must be the owner)"))
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", default="")
    add.add_argument("--email", metavar="ADDRESS", help=translate("CLI", EMAIL_HELP))
    add.add_argument(
        "--site", action="append", default=[], metavar="NAME", help=translate("CLI", "site scope (site_manager)")
    )
    add.add_argument("--customer", metavar="NAME", help=translate("CLI", "customer account (customer role)"))
    _new_password_option(add)
    _acting(add, required=False)
    edit = user.add_parser(
        "edit", help=translate("CLI", ("change a user's display name or notice e-mail address (your own: any user)"))
    )
    edit.add_argument("username")
    edit.add_argument("--display-name", metavar="TEXT")
    edit.add_argument(
        "--email",
        metavar="ADDRESS",
        help=translate("CLI", "{email}; '' clears it").format(email=translate("CLI", EMAIL_HELP)),
    )
    edit.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON document"))
    _acting(edit)
    listing = user.add_parser("list", help=translate("CLI", "list user accounts with their state and last login"))
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON document"))
    _acting(listing)
    reset = user.add_parser("reset-password", help=translate("CLI", "set a new password for a user (also unlocks)"))
    reset.add_argument("username")
    _new_password_option(reset)
    _acting(reset)
    for name, text in (
        ("disable", QT_TRANSLATE_NOOP("CLI", "disable an account (it can no longer log in; its history stays)")),
        ("enable", QT_TRANSLATE_NOOP("CLI", "enable a disabled account again")),
        ("unlock", QT_TRANSLATE_NOOP("CLI", "clear an account's failed logins, so its next login need not wait")),
    ):
        action = user.add_parser(name, help=translate("CLI", text))
        action.add_argument("username")
        action.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON document"))
        _acting(action)
    recover = user.add_parser(
        "recover",
        help=translate(
            "CLI", ("locked-out owner: new password, unlocked, enabled, with direct database access (no --as; audited)")
        ),
    )
    recover.add_argument("username", metavar="OWNER")
    _new_password_option(recover)


def read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ValidationError(
                "--password-stdin", QT_TRANSLATE_NOOP("Errors", "the password read from standard input is empty")
            )
        return password
    try:
        first = getpass.getpass(translate("CLI", "New password: "))
        repeat = getpass.getpass(translate("CLI", "Repeat password: "))
    except EOFError:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("Errors", ("no terminal to ask it: give it on standard input (--password-stdin)")),
        ) from None
    if first != repeat:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "the two passwords differ"))
    return first


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    if args.user_command == "add":
        return _add(args, ctx)
    if args.user_command == "recover":
        return _recover(args, ctx)
    if args.user_command == "list":
        return _list(args, ctx)
    if args.user_command == "edit":
        return _edit(args, ctx)
    return _change(args, ctx)


def _list(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services import auth, users
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    now = ctx.clock()
    with unit_of_work(ctx.database.session_factory) as session:
        rows = [
            {
                "username": u.username,
                "role": u.role,
                "state": _state(u, auth.login_wait_s(u, now)),
                "last_login_at": u.last_login_at.astimezone(UTC).isoformat() if u.last_login_at else None,
                "failed_logins": u.failed_login_count,
                "display_name": u.display_name,
                "email": u.email,
            }
            for u in users.list_users(session, principal)
        ]
    if args.json:
        print(json.dumps({"users": rows}, indent=2))
        return 0
    user, role, state, last_login, failed, display_name = (
        translate("CLI", "USER"),
        translate("CLI", "ROLE"),
        translate("CLI", "STATE"),
        translate("CLI", "LAST LOGIN"),
        translate("CLI", "FAILED"),
        translate("CLI", "DISPLAY NAME"),
    )
    padded = (pad(user, 24), pad(role, 13), pad(state, 18), pad(last_login, 17), pad(failed, 6, right=True))
    print(" ".join(padded) + "  " + display_name)  # by terminal columns: Chinese headings stay in line
    for row in rows:
        last = row["last_login_at"]
        shown = datetime.fromisoformat(last).astimezone().strftime("%Y-%m-%d %H:%M") if last else "never"
        print(
            f"{pad(row['username'], 24)} {row['role']:<13} {row['state']:<18} {shown:<17} "
            f"{row['failed_logins']:>6}  {row['display_name']}"
        )
    return 0


def _state(user: Any, wait_s: float) -> str:
    if not user.is_active:
        return "disabled"
    return f"locked ({wait_s:.0f} s more)" if wait_s > 0 else "active"


def _change(args: argparse.Namespace, ctx: AppContext) -> int:
    """reset-password, disable, enable, unlock: one transaction, audited by the service."""
    from hashinsight_desktop.services import users
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    password = read_new_password(args.password_stdin) if args.user_command == "reset-password" else ""
    with unit_of_work(ctx.database.session_factory, "user") as session:
        user = users.find_user(session, principal, args.username)
        name = user.username
        if args.user_command == "reset-password":
            users.set_password(session, principal, user.id, password, clock=ctx.clock)
            said = Text(QT_TRANSLATE_NOOP("CLI", "new password set for {name} (failed logins cleared)"), name=name)
        elif args.user_command == "unlock":
            cleared = users.unlock_user(session, principal, user.id, clock=ctx.clock)
            unlocked = QT_TRANSLATE_NOOP("CLI", "unlocked {name}")
            not_locked = QT_TRANSLATE_NOOP("CLI", "{name} was not locked (no failed logins)")
            said = Text(unlocked if cleared else not_locked, name=name)
        else:
            enable = args.user_command == "enable"
            was = user.is_active
            users.update_user(
                session, principal, user.id, expected_version=user.version, is_active=enable, clock=ctx.clock
            )
            done = {  # (changed, already) by enabling
                True: (
                    QT_TRANSLATE_NOOP("CLI", "enabled {name}"),
                    QT_TRANSLATE_NOOP("CLI", "{name} was already enabled"),
                ),
                False: (
                    QT_TRANSLATE_NOOP("CLI", "disabled {name}"),
                    QT_TRANSLATE_NOOP("CLI", "{name} was already disabled"),
                ),
            }[enable]
            said = Text(done[0] if was != enable else done[1], name=name)
    if getattr(args, "json", False):
        print(json.dumps({"username": name, "action": args.user_command, "result": str(said)}))
    else:
        print(render(said, translate))
    return 0


def _edit(args: argparse.Namespace, ctx: AppContext) -> int:
    """Display name and notice address: one transaction, audited by the service (unchanged: no record)."""
    from hashinsight_desktop.services import users
    from hashinsight_desktop.services.transaction import unit_of_work

    if args.display_name is None and args.email is None:
        raise ValidationError(
            "--email", QT_TRANSLATE_NOOP("Errors", ("say what to change: --email ADDRESS and/or --display-name TEXT"))
        )
    principal = acting_principal(ctx, args.acting_user)
    changes: dict[str, Any] = {"display_name": args.display_name}
    if args.email is not None:
        changes["email"] = args.email
    with unit_of_work(ctx.database.session_factory, "user") as session:
        own = principal.user_id is not None and args.username.strip().lower() == principal.username
        user = users.get_user(session, principal, principal.user_id) if own else None  # type: ignore[arg-type]
        user = user or users.find_user(session, principal, args.username)
        user = users.update_user(session, principal, user.id, expected_version=user.version, clock=ctx.clock, **changes)
        row = {"id": str(user.id), "username": user.username, "display_name": user.display_name, "email": user.email}
    if args.json:
        print(json.dumps(row))
    else:
        notices = row["email"] or translate("CLI", "the console only")
        print(
            translate("CLI", "{username}: display name {value}, CRM notices to {notices}").format(
                username=row["username"], value=row["display_name"] or "-", notices=notices
            )
        )
    return 0


def _recover(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.account_recovery import recover_owner
    from hashinsight_desktop.services.permissions import os_account_name
    from hashinsight_desktop.services.transaction import unit_of_work

    operator = os_account_name()  # no application login: the OS account and host
    print(
        translate(
            "CLI",
            ("Recovering owner {value} with direct access to {display}; recorded in the audit log as {operator}."),
        ).format(value=args.username.strip().lower(), display=ctx.database.display, operator=operator),
        file=sys.stderr,
    )
    password = read_new_password(args.password_stdin)
    with unit_of_work(ctx.database.session_factory, "user") as session:
        user = recover_owner(session, args.username, password, operator=operator, clock=ctx.clock)
        name = user.username
    print(
        translate("CLI", ("owner {name} recovered: new password set, failed logins cleared, account enabled")).format(
            name=name
        )
    )
    return 0


def _add(args: argparse.Namespace, ctx: AppContext) -> int:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Customer, Site
    from hashinsight_desktop.services import auth, users
    from hashinsight_desktop.services.transaction import unit_of_work

    with ctx.database.session_factory() as session:
        first_user = not auth.has_users(session)
    if first_user:
        if args.role != "owner":
            raise ValidationError(
                "--role",
                QT_TRANSLATE_NOOP(
                    "Errors", ("there are no users yet: the first account must be the owner (--role owner)")
                ),
            )
    elif not args.acting_user:
        raise ValidationError(
            "--as", QT_TRANSLATE_NOOP("Errors", "users exist already: say who adds this one with --as ADMIN")
        )
    principal = None if first_user else acting_principal(ctx, args.acting_user)
    password = read_new_password(args.password_stdin)
    with unit_of_work(ctx.database.session_factory, "user") as session:
        if principal is None:
            auth.create_first_owner(
                session, args.username, password, args.display_name, email=args.email, clock=ctx.clock
            )
        else:
            site_ids = set()
            for name in args.site:
                site_id = session.scalar(select(Site.id).where(Site.name == name))
                if site_id is None:
                    raise ValidationError(
                        "--site", Text(QT_TRANSLATE_NOOP("Errors", "no site named {name!r}"), name=name)
                    )
                site_ids.add(site_id)
            customer_id = None
            if args.customer:
                customer_id = session.scalar(select(Customer.id).where(Customer.name == args.customer))
                if customer_id is None:
                    raise ValidationError(
                        "--customer",
                        Text(
                            QT_TRANSLATE_NOOP("Errors", "no customer account named {customer!r}"),
                            customer=args.customer,
                        ),
                    )
            users.create_user(
                session,
                principal,
                username=args.username,
                password=password,
                role=args.role,
                display_name=args.display_name,
                site_ids=frozenset(site_ids),
                customer_id=customer_id,
                email=args.email,
                clock=ctx.clock,
            )
    print(translate("CLI", "added user {value} ({role})").format(value=args.username.strip().lower(), role=args.role))
    return 0
