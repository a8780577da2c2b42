"""Who a command acts as: `--as USER`, logged in with a password from the environment or a prompt."""

from __future__ import annotations

import getpass
import os

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal

PASSWORD_ENV = "HASHINSIGHT_PASSWORD"  # for scripted `--as` logins; a prompt otherwise


def acting_principal(ctx: AppContext, username: str) -> Principal:
    from hashinsight_desktop.services import auth

    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Password for {username}: ")
    return auth.login(ctx.database.session_factory, username, password, clock=ctx.clock)
