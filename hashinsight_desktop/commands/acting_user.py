"""Who a command acts as: `--as USER`, logged in with a password from the environment or a prompt."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import TYPE_CHECKING

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.errors import AuthenticationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # the command line imports this module before it knows whether a database is needed
    from hashinsight_desktop.services.app_context import AppContext

PASSWORD_ENV = "HASHINSIGHT_PASSWORD"  # for scripted `--as` logins; a prompt otherwise


def add_acting_arguments(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    """The required ``--as USER`` of a command that acts for a user, and its ``--json`` (unless it prints nothing)."""
    if json_output:
        parser.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON document"))
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        required=True,
        help=translate("CLI", "act as this user (password from {env})").format(env=PASSWORD_ENV),
    )


def acting_principal(ctx: AppContext, username: str) -> Principal:
    from hashinsight_desktop.services import auth

    password = os.environ.get(PASSWORD_ENV)
    if not password:
        try:
            password = getpass.getpass(translate("CLI", "Password for {username}: ").format(username=username))
        except EOFError:  # no terminal and nothing on standard input (a script, a service)
            raise AuthenticationError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Errors", ("no password for {username}: set {PASSWORD_ENV} or run in a terminal")
                    ),
                    username=username,
                    PASSWORD_ENV=PASSWORD_ENV,
                )
            ) from None
    return auth.login(ctx.database.session_factory, username, password, clock=ctx.clock)


def database_password_prompt(display: str) -> str | None:
    """The database password at each start, when the settings say to ask for it: typed on the terminal; with no
    terminal nothing is asked ("") and PGPASSWORD or ~/.pgpass still apply. None: the user gave up (Ctrl+D)."""
    import sys

    if not sys.stdin.isatty():
        return ""
    try:
        return getpass.getpass(translate("CLI", "Password of database {display}: ").format(display=display))
    except (EOFError, KeyboardInterrupt):
        return None
