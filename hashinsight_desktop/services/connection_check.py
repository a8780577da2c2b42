"""Test a connection to a shared PostgreSQL before the console uses it: say exactly what failed, in one line.

The first-run wizard's "Test connection": the host name is resolved here (``resolve`` is a parameter, so a test
never asks the real resolver about a made-up name), then libpq connects to the resolved address with the name
kept for the certificate check (``hostaddr``), with TLS ``verify-full`` when a CA file is given. What libpq
reports is sorted into the few things a user can act on: DNS, refused, timeout, authentication, TLS, the database
missing, and, once in, a schema this build does not know (made by a newer version) or an older one (migrated at
the end). Nothing is written: the check only reads.
"""

from __future__ import annotations

import enum
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# (host, port) -> the addresses it resolves to; raises socket.gaierror when the name is unknown.
Resolver = Callable[[str, int], list[str]]
DEFAULT_PORT = 5432
CHECK_TIMEOUT_S = 5  # libpq's connect_timeout (its minimum is 2 s)


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class Outcome(enum.Enum):
    OK = "ok"  # the newest schema
    EMPTY = "empty"  # no HashInsight schema yet: created at the end
    OLDER = "older"  # an older schema: migrated at the end
    BAD_INPUT = "bad input"
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    AUTH = "auth"
    TLS_UNAVAILABLE = "tls unavailable"
    TLS_CERTIFICATE = "tls certificate"
    DATABASE_MISSING = "database missing"
    NOT_OURS = "not ours"  # tables, but no HashInsight schema
    TOO_NEW = "schema too new"
    OTHER = "other"


USABLE = (Outcome.OK, Outcome.EMPTY, Outcome.OLDER)


@dataclass(frozen=True)
class PostgresTarget:
    host: str
    port: int
    database: str
    user: str
    password: str = ""
    ca_file: str = ""  # given: TLS verify-full against this CA

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def url(self, *, with_password: bool = False, hostaddr: str | None = None) -> URL:
        """The console's database URL (no password unless asked: it goes to the keyring, never the settings)."""
        query: dict[str, str] = {}
        if self.ca_file:
            query |= {"sslmode": "verify-full", "sslrootcert": str(Path(self.ca_file).expanduser().absolute())}
        if hostaddr is not None:
            query["hostaddr"] = hostaddr
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password if with_password and self.password else None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )


@dataclass(frozen=True)
class CheckResult:
    outcome: Outcome
    message: Text  # one line, naming host, port, user or database
    revision: str | None = None
    has_users: bool = False  # an existing console's database: the owner exists, the next step is a login

    @property
    def usable(self) -> bool:
        return self.outcome in USABLE


def _result(outcome: Outcome, template: str, target: PostgresTarget, **extra: object) -> CheckResult:
    fields = {"host": target.host, "port": target.port, "user": target.user, "database": target.database}
    return CheckResult(outcome, Text(template, **fields, **extra))


def check_input(target: PostgresTarget) -> CheckResult | None:
    """A field left empty or a CA file that is not there (None: all present)."""
    for name, value in (("host", target.host), ("database", target.database), ("user", target.user)):
        if not value.strip():
            return _result(
                Outcome.BAD_INPUT, QT_TRANSLATE_NOOP("ConnectionCheck", "{field}: required"), target, field=name
            )
    if not 1 <= target.port <= 65535:
        return _result(Outcome.BAD_INPUT, QT_TRANSLATE_NOOP("ConnectionCheck", "port: 1 to 65535"), target)
    if target.ca_file and not Path(target.ca_file).expanduser().is_file():
        return _result(
            Outcome.BAD_INPUT,
            QT_TRANSLATE_NOOP("ConnectionCheck", "CA file: {path} is not a file"),
            target,
            path=target.ca_file,
        )
    return None


def check_connection(
    target: PostgresTarget, *, resolve: Resolver = system_resolver, timeout_s: int = CHECK_TIMEOUT_S
) -> CheckResult:
    """Connect once, read the schema version and whether anyone has an account; say what failed if it did."""
    bad = check_input(target)
    if bad is not None:
        return bad
    try:
        addresses = [str(ipaddress.ip_address(target.host))]
    except ValueError:
        try:
            addresses = resolve(target.host, target.port)
        except OSError:
            addresses = []
        if not addresses:
            return _result(
                Outcome.DNS,
                QT_TRANSLATE_NOOP("ConnectionCheck", "The name {host} is not known (DNS): check the host name."),
                target,
            )
    result = None
    for address in addresses:  # as libpq does with a name: the next address when one cannot be reached
        result = _attempt(target, address, timeout_s)
        if result.outcome not in (Outcome.REFUSED, Outcome.TIMEOUT):
            break
    assert result is not None
    return result


def _attempt(target: PostgresTarget, address: str, timeout_s: int) -> CheckResult:
    engine = make_engine(
        target.url(with_password=True, hostaddr=address), connect_timeout_s=timeout_s, poolclass=NullPool
    )
    try:
        with engine.connect() as connection:
            return _schema_result(connection, target)
    except DBAPIError as exc:
        return classify_failure(str(exc.orig or exc), target)
    finally:
        engine.dispose()


def classify_failure(error: str, target: PostgresTarget) -> CheckResult:
    """libpq's words for a failed connection, sorted (its messages are stable across versions 12 to 17)."""
    said = error.lower()
    first = next((line.strip() for line in error.splitlines() if line.strip()), error)
    rules: list[tuple[tuple[str, ...], Outcome, str]] = [
        (
            ("connection refused",),
            Outcome.REFUSED,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "{host}:{port} refused the connection: is PostgreSQL running there, on that port, "
                "and listening beyond localhost?",
            ),
        ),
        (
            ("timeout expired", "timed out"),
            Outcome.TIMEOUT,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck", "{host}:{port} did not answer in time: a firewall, or the wrong address?"
            ),
        ),
        (
            ("server does not support ssl", "ssl was required"),
            Outcome.TLS_UNAVAILABLE,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "{host}:{port} does not offer TLS, and a CA file asks for verified TLS: enable ssl on the server "
                "or leave the CA file empty.",
            ),
        ),
        (
            ("certificate verify failed", "does not match host name", "certificate", "root certificate"),
            Outcome.TLS_CERTIFICATE,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "The TLS certificate of {host}:{port} was not accepted ({detail}): check the CA file and "
                "that the host name is the one in the certificate.",
            ),
        ),
        (
            ("password authentication failed", "no password supplied", "authentication failed"),
            Outcome.AUTH,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck", "{host}:{port} refused the login of user {user}: wrong user name or password."
            ),
        ),
        (
            ("no pg_hba.conf entry",),
            Outcome.AUTH,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "{host}:{port} does not let user {user} connect from this computer to {database} (pg_hba.conf).",
            ),
        ),
        (
            ('role "',),
            Outcome.AUTH,
            QT_TRANSLATE_NOOP("ConnectionCheck", "{host}:{port} has no user {user}: check the user name."),
        ),
        (
            ("does not exist",),
            Outcome.DATABASE_MISSING,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck", "{host}:{port} has no database {database}: ask its administrator to create it."
            ),
        ),
    ]
    for needles, outcome, template in rules:
        if any(needle in said for needle in needles):
            return _result(outcome, template, target, detail=_detail(first))
    return _result(
        Outcome.OTHER,
        QT_TRANSLATE_NOOP("ConnectionCheck", "{host}:{port} as {user}: {detail}"),
        target,
        detail=_detail(first),
    )


def _detail(first_line: str) -> str:
    """libpq's own words, without its "connection to server at … failed:" preamble."""
    return first_line.rsplit("failed:", 1)[-1].strip()


def _schema_result(connection: Connection, target: PostgresTarget) -> CheckResult:
    revision = MigrationContext.configure(connection).get_current_revision()
    script = ScriptDirectory.from_config(migrate.alembic_config(connection.engine))
    head = script.get_current_head()
    if revision is None:
        tables = connection.scalar(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        )
        if tables:
            return _result(
                Outcome.NOT_OURS,
                QT_TRANSLATE_NOOP(
                    "ConnectionCheck",
                    "Database {database} on {host}:{port} holds {count} tables of another program and no "
                    "HashInsight schema: choose an empty database.",
                ),
                target,
                count=tables,
            )
        return _result(
            Outcome.EMPTY,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "Connected to {database} on {host}:{port} as {user}: it is empty; the schema is created at the end.",
            ),
            target,
        )
    known = {script_revision.revision for script_revision in script.walk_revisions()}
    if revision not in known:
        result = _result(
            Outcome.TOO_NEW,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "Database {database} on {host}:{port} has schema {revision}, made by a newer HashInsight "
                "(this one knows up to {head}): update this console first.",
            ),
            target,
            revision=revision,
            head=head,
        )
        return CheckResult(result.outcome, result.message, revision)
    has_users = bool(
        connection.scalar(text("SELECT to_regclass('users') IS NOT NULL"))
        and connection.scalar(text("SELECT count(*) FROM users"))
    )
    if revision != head:
        result = _result(
            Outcome.OLDER,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck",
                "Connected to {database} on {host}:{port} as {user}: schema {revision} is older and is migrated "
                "to {head} at the end (other consoles on it must be updated too).",
            ),
            target,
            revision=revision,
            head=head,
        )
    else:
        result = _result(
            Outcome.OK,
            QT_TRANSLATE_NOOP(
                "ConnectionCheck", "Connected to {database} on {host}:{port} as {user}: schema {revision} (newest)."
            ),
            target,
            revision=revision,
        )
    return CheckResult(result.outcome, result.message, revision, has_users)
