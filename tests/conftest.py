"""The test kit: a throwaway PostgreSQL per session, an engine fixture over both engines,
an in-memory keyring, a per-test app home, and a qasync loop that works with pytest-qt."""

from __future__ import annotations

import asyncio
import gc
import ipaddress
import itertools
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.secret_store import SecretStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pg_cluster import throwaway_cluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_URL_ENV = "HASHINSIGHT_TEST_PG_URL"  # reuse a running server instead of starting one
ENGINES_ENV = "HASHINSIGHT_TEST_ENGINES"  # e.g. "sqlite" to skip PostgreSQL while iterating
TEMPLATE_DB = "hashinsight_template"
_db_counter = itertools.count()


def _engines() -> list[str]:
    return [e.strip() for e in os.environ.get(ENGINES_ENV, "sqlite,postgresql").split(",") if e.strip()]


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    if "postgresql" not in _engines():
        pytest.skip("PostgreSQL disabled by HASHINSIGHT_TEST_ENGINES")
    if os.environ.get(PG_URL_ENV):
        yield os.environ[PG_URL_ENV]
        return
    with throwaway_cluster() as url:
        yield url


def _admin_exec(server_url: str, *statements: str) -> None:
    engine = make_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server_url: str) -> str:
    """A migrated database that each test's database is cloned from (CREATE DATABASE … TEMPLATE)."""
    _admin_exec(pg_server_url, f"DROP DATABASE IF EXISTS {TEMPLATE_DB}", f"CREATE DATABASE {TEMPLATE_DB}")
    engine = make_engine(pg_server_url.rsplit("/", 1)[0] + f"/{TEMPLATE_DB}")
    migrate.upgrade(engine)
    engine.dispose()
    return TEMPLATE_DB


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a brand-new, unmigrated database on the engine under test."""
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server_url")
    name = f"t_empty_{os.getpid()}_{next(_db_counter)}"
    _admin_exec(server, f"CREATE DATABASE {name}")
    yield server.rsplit("/", 1)[0] + f"/{name}"
    _admin_exec(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=_engines())
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database on each engine (SQLite file and PostgreSQL), one per test."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        db = open_database(f"sqlite:///{path}", source="test")
        yield db
        db.close()
        return
    server = request.getfixturevalue("pg_server_url")
    template = request.getfixturevalue("pg_template")
    name = f"t_{os.getpid()}_{next(_db_counter)}"
    _admin_exec(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    db = open_database(server.rsplit("/", 1)[0] + f"/{name}", source="test")
    yield db
    db.close()
    _admin_exec(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def session_factory(database: Database):  # type: ignore[no-untyped-def]
    return database.session_factory


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore(MemoryKeyring())


_real_getaddrinfo = socket.getaddrinfo


def _loopback_only_getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Tests talk to this machine only: resolving any other host fails loudly (respx mocks answer
    before any lookup, so mocked public APIs still work)."""
    name = host.decode() if isinstance(host, bytes) else str(host) if host is not None else "localhost"
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = name in ("localhost", "localhost.localdomain")
    if not loopback:
        raise OSError(f"test network guard: refusing to resolve {name!r}; tests use loopback only")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only_getaddrinfo)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data/config/log folders; the user's real ones are never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("HASHINSIGHT_HOME", str(home))
    monkeypatch.delenv("HASHINSIGHT_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def qasync_loop(qapp):  # type: ignore[no-untyped-def]
    """A running-capable qasync loop on pytest-qt's QApplication.

    Coroutine slots only run while the asyncio loop runs: drive them with
    ``loop.run_until_complete(...)``. ``qtbot.waitUntil`` spins Qt events only, which is not
    enough for code that needs a running asyncio loop (``asyncio.to_thread``, ``current_task``).
    """
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    asyncio.set_event_loop(None)
    loop.close()
    # qasync's close() only flags its timer object: Qt timers still armed (callbacks that threads
    # handed over, call_later handles) would fire in a later test into this loop, torn down and
    # collected, and crash the interpreter. Disarm them here.
    timer = loop._timer
    for timer_id in list(timer._SimpleTimer__callbacks):
        timer.killTimer(timer_id)
    timer._SimpleTimer__callbacks.clear()
    # Collect now, on the GUI thread: a collection that happens later in a worker thread would
    # destroy the closed loop's Qt timers from the wrong thread and crash the interpreter.
    gc.collect()
