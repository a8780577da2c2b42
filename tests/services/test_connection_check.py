"""The first-run wizard's "Test connection" against real things: a closed loopback port, the test session's
PostgreSQL (wrong password, a missing database, a schema from the future, an older one, no TLS when verified TLS
is asked), a loopback listener that never answers. The DNS case injects the resolver: a query for a made-up name
would leave this machine."""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.services.connection_check import Outcome, PostgresTarget, check_connection
from tests.conftest import _admin_exec, _engines
from tests.simulator.loopback import free_port
from tests.support.pg_cluster import throwaway_server


@pytest.fixture
def server(pg_server_url: str) -> PostgresTarget:
    url = make_url(pg_server_url)
    assert url.host and url.port and url.username and url.password
    return PostgresTarget(url.host, url.port, "postgres", url.username, url.password)


@pytest.fixture
def stamped(pg_server_url: str, server: PostgresTarget, request: pytest.FixtureRequest) -> Iterator[PostgresTarget]:
    """A database whose alembic_version says ``request.param`` (its tables need not exist to be judged)."""
    name = f"t_check_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    _admin_exec(pg_server_url, f"CREATE DATABASE {name}")
    engine = make_engine(pg_server_url.rsplit("/", 1)[0] + f"/{name}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        connection.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": request.param})
    engine.dispose()
    yield PostgresTarget(server.host, server.port, name, server.user, server.password)
    _admin_exec(pg_server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _with(target: PostgresTarget, **changes: object) -> PostgresTarget:
    return PostgresTarget(**{**target.__dict__, **changes})


def test_a_closed_port_is_refused() -> None:
    result = check_connection(PostgresTarget("127.0.0.1", free_port(), "farm", "ops", "pw"))
    assert result.outcome is Outcome.REFUSED and not result.usable
    assert str(result.message).startswith(f"127.0.0.1:{result.message.params['port']} refused the connection")


def test_an_unknown_name_is_dns_and_nothing_is_sent() -> None:
    asked: list[tuple[str, int]] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append((host, port))
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    result = check_connection(PostgresTarget("db.farm.invalid", 5432, "farm", "ops"), resolve=resolver)
    assert result.outcome is Outcome.DNS
    assert str(result.message) == "The name db.farm.invalid is not known (DNS): check the host name."
    assert asked == [("db.farm.invalid", 5432)]


def test_empty_fields_and_a_missing_ca_file_are_named_before_connecting(tmp_path: Path) -> None:
    assert str(check_connection(PostgresTarget("", 5432, "farm", "ops")).message) == "host: required"
    result = check_connection(PostgresTarget("127.0.0.1", 5432, "farm", "ops", ca_file=str(tmp_path / "ca.pem")))
    assert result.outcome is Outcome.BAD_INPUT and str(result.message) == f"CA file: {tmp_path}/ca.pem is not a file"


def test_a_listener_that_never_answers_is_a_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel completes the handshake; nobody ever answers the startup packet
        port = silent.getsockname()[1]
        result = check_connection(PostgresTarget("127.0.0.1", port, "farm", "ops", "pw"), timeout_s=2)
    assert result.outcome is Outcome.TIMEOUT
    assert str(result.message) == f"127.0.0.1:{port} did not answer in time: a firewall, or the wrong address?"


def test_the_real_server_wrong_password_missing_database_and_user(server: PostgresTarget) -> None:
    wrong = check_connection(_with(server, password="not the password"))
    assert wrong.outcome is Outcome.AUTH
    assert str(wrong.message) == f"{server.where} refused the login of user postgres: wrong user name or password."
    missing = check_connection(_with(server, database="no_such_farm"))
    assert missing.outcome is Outcome.DATABASE_MISSING
    assert str(missing.message) == f"{server.where} has no database no_such_farm: ask its administrator to create it."
    empty = check_connection(server)  # the maintenance database: no HashInsight schema, no other tables
    assert empty.outcome is Outcome.EMPTY and empty.usable and not empty.has_users


def test_verified_tls_against_a_server_without_tls(server: PostgresTarget, tmp_path: Path) -> None:
    ca = tmp_path / "farm-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
    result = check_connection(_with(server, ca_file=str(ca)))
    assert result.outcome is Outcome.TLS_UNAVAILABLE
    assert str(result.message).startswith(f"{server.where} does not offer TLS, and a CA file asks for verified TLS")
    url = _with(server, ca_file=str(ca)).url()
    assert url.query == {"sslmode": "verify-full", "sslrootcert": str(ca)} and url.password is None


@pytest.mark.parametrize("stamped", ["9999_from_a_newer_build"], indirect=True)
def test_a_schema_from_a_newer_build_is_too_new(stamped: PostgresTarget) -> None:
    result = check_connection(stamped)
    assert result.outcome is Outcome.TOO_NEW and not result.usable
    assert "has schema 9999_from_a_newer_build, made by a newer HashInsight" in str(result.message)


@pytest.mark.parametrize("stamped", ["0001_core"], indirect=True)
def test_an_older_schema_is_usable_and_migrated_at_the_end(stamped: PostgresTarget) -> None:
    result = check_connection(stamped)
    assert result.outcome is Outcome.OLDER and result.usable and result.revision == "0001_core"
    assert "schema 0001_core is older and is migrated" in str(result.message)


def _certificates(folder: Path) -> dict[str, Path]:
    """A CA, a certificate for "localhost" it signed with its key, and another CA that signed nothing here."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)

    def certificate(subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, signer: ec.EllipticCurvePrivateKey):  # type: ignore[no-untyped-def]
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(hours=1))
            .not_valid_after(now + timedelta(days=1))
        )
        if subject == issuer:
            builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        else:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(subject)]), critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, other_key, server_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    pem = serialization.Encoding.PEM
    files = {
        "ca": certificate("Farm CA", ca_key, "Farm CA", ca_key).public_bytes(pem),
        "other_ca": certificate("Other CA", other_key, "Other CA", other_key).public_bytes(pem),
        "cert": certificate("localhost", server_key, "Farm CA", ca_key).public_bytes(pem),
        "key": server_key.private_bytes(
            pem, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        ),
    }
    folder.mkdir()
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name}.pem"
        paths[name].write_bytes(content)
        if os.geteuid() == 0:
            shutil.chown(paths[name], "postgres")
    paths["key"].chmod(0o600)  # PostgreSQL refuses a key others can read
    return paths


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[PostgresTarget, dict[str, Path]]]:
    """A throwaway PostgreSQL of its own serving TLS with a certificate for "localhost" (the session's server has no
    TLS, and turning it on would change every other test's connections)."""
    if "postgresql" not in _engines():
        pytest.skip("PostgreSQL disabled by HASHINSIGHT_TEST_ENGINES")
    with throwaway_server() as server:
        tls = _certificates(server.data.parent / "tls")
        server.stop()
        server.options += f" -c ssl=on -c ssl_cert_file={tls['cert']} -c ssl_key_file={tls['key']}"
        server.start()
        url = make_url(server.url)
        assert url.port and url.username and url.password
        yield PostgresTarget("localhost", url.port, "postgres", url.username, url.password), tls


def _loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]  # "localhost" as this server listens (IPv4 only)


def test_verified_tls_with_the_right_ca_the_wrong_ca_and_a_name_not_in_the_certificate(
    tls_server: tuple[PostgresTarget, dict[str, Path]],
) -> None:
    server, tls = tls_server
    trusted = check_connection(_with(server, ca_file=str(tls["ca"])), resolve=_loopback)
    assert trusted.outcome is Outcome.EMPTY, trusted.message
    untrusted = check_connection(_with(server, ca_file=str(tls["other_ca"])), resolve=_loopback)
    assert untrusted.outcome is Outcome.TLS_CERTIFICATE
    assert str(untrusted.message).startswith(f"The TLS certificate of localhost:{server.port} was not accepted (")
    assert "certificate verify failed" in str(untrusted.message)
    by_address = check_connection(_with(server, host="127.0.0.1", ca_file=str(tls["ca"])))
    assert by_address.outcome is Outcome.TLS_CERTIFICATE
    assert 'does not match host name "127.0.0.1"' in str(by_address.message)
