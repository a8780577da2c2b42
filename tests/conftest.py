"""The test kit: a throwaway PostgreSQL per session, an engine fixture over both engines,
an in-memory keyring, a per-test app home, and a qasync loop that works with pytest-qt."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import ipaddress
import itertools
import os
import shutil
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, text

from hashinsight_desktop.db import migrate
from hashinsight_desktop.db.engine import make_engine
from hashinsight_desktop.services import passwords
from hashinsight_desktop.services.database import Database, open_database
from hashinsight_desktop.services.secret_store import SecretStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.pg_cluster import throwaway_cluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_URL_ENV = "HASHINSIGHT_TEST_PG_URL"  # reuse a running server instead of starting one
ENGINES_ENV = "HASHINSIGHT_TEST_ENGINES"  # e.g. "sqlite" to skip PostgreSQL while iterating
TEMPLATE_DB = f"hashinsight_template_{os.getpid()}"  # each xdist worker (or run) on a shared server its own
_db_counter = itertools.count()


def _engines() -> list[str]:
    return [e.strip() for e in os.environ.get(ENGINES_ENV, "sqlite,postgresql").split(",") if e.strip()]


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    if "postgresql" not in _engines():
        pytest.skip("PostgreSQL disabled by HASHINSIGHT_TEST_ENGINES")
    if os.environ.get(PG_URL_ENV):
        yield os.environ[PG_URL_ENV]
        _dispose_admin(os.environ[PG_URL_ENV])
        return
    with throwaway_cluster() as url:
        yield url
        _dispose_admin(url)


_admin_engines: dict[str, Engine] = {}


def _admin_exec(server_url: str, *statements: str) -> None:
    """CREATE/DROP DATABASE on the server, over one pooled connection per server for the session (a new
    engine and a password login for each of the ~500 PostgreSQL tests' two calls cost seconds of the suite)."""
    engine = _admin_engines.get(server_url)
    if engine is None:
        engine = _admin_engines[server_url] = make_engine(server_url, isolation_level="AUTOCOMMIT", pool_size=1)
    with engine.connect() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _dispose_admin(server_url: str) -> None:
    engine = _admin_engines.pop(server_url, None)
    if engine is not None:
        engine.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server_url: str) -> Iterator[str]:
    """A migrated database that each test's database is cloned from (CREATE DATABASE … TEMPLATE)."""
    _admin_exec(pg_server_url, f"DROP DATABASE IF EXISTS {TEMPLATE_DB}", f"CREATE DATABASE {TEMPLATE_DB}")
    engine = make_engine(pg_server_url.rsplit("/", 1)[0] + f"/{TEMPLATE_DB}")
    migrate.upgrade(engine)
    engine.dispose()
    yield TEMPLATE_DB
    _admin_exec(pg_server_url, f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)")  # a reused server keeps none


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
        db = open_database(f"sqlite:///{path}", source="test", run_migrations=False)  # the template is migrated
        yield db
        db.close()
        return
    server = request.getfixturevalue("pg_server_url")
    template = request.getfixturevalue("pg_template")
    name = f"t_{os.getpid()}_{next(_db_counter)}"
    _admin_exec(server, f"CREATE DATABASE {name} TEMPLATE {template}")
    db = open_database(server.rsplit("/", 1)[0] + f"/{name}", source="test", run_migrations=False)
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
def no_leaked_workers() -> Iterator[None]:
    """A test that leaves a console's agent, its supervisor or a workers' loop running fails, naming it (they
    would load the machine and end at random in later tests); what it left is stopped here."""
    threads_before, agents_before = set(threading.enumerate()), set(_agent_children())
    yield
    leaked = [t for t in _worker_threads() if t not in threads_before]
    if not leaked and not set(_agent_children()) - agents_before:
        return
    deadline = time.monotonic() + 2.0  # a thread or agent that is ending may end
    for thread in leaked:
        thread.join(max(0.0, deadline - time.monotonic()))
    while set(_agent_children()) - agents_before and time.monotonic() < deadline:
        time.sleep(0.1)
    leaked = [t for t in leaked if t.is_alive()]
    children = {pid: argv for pid, argv in _agent_children().items() if pid not in agents_before}
    if not leaked and not children:
        return
    names = [f"thread {t.name!r} ({_target_name(t)})" for t in leaked]
    names += [f"agent process {pid}: {argv}" for pid, argv in children.items()]
    _stop_leaked(leaked, set(children))
    pytest.fail("the test left running: " + "; ".join(names), pytrace=False)


_WORKER_TARGETS = ("AgentSupervisor._watch", "BackgroundLoop._run", "_log_lines")


def _target_name(thread: threading.Thread) -> str:
    target = getattr(thread, "_target", None)
    return getattr(target, "__qualname__", "") if target is not None else ""


def _worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.is_alive() and _target_name(t) in _WORKER_TARGETS]


def _agent_children() -> dict[int, str]:
    """This process's running ``agent`` children (another child, such as the session's PostgreSQL, is not judged)."""
    agents: dict[int, str] = {}
    tasks = Path(f"/proc/{os.getpid()}/task")
    for children in tasks.glob("*/children") if tasks.is_dir() else ():  # each thread's own children
        with contextlib.suppress(OSError, IndexError):  # the thread or the child ended meanwhile
            for pid in map(int, children.read_text().split()):
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
                if "agent" in argv and state not in ("Z", "X"):
                    agents[pid] = " ".join(argv).strip()[:160]
    return agents  # not Linux: the threads are checked still


def _stop_leaked(threads: list[threading.Thread], children: set[int]) -> None:
    """Stop what a failed test left, so that later tests run on a quiet machine."""
    for thread in threads:
        owner = getattr(getattr(thread, "_target", None), "__self__", None)
        if hasattr(owner, "stop") and _target_name(thread) == "AgentSupervisor._watch":
            owner.stop()  # the child too: it is not restarted
        elif _target_name(thread) == "BackgroundLoop._run":
            owner._loop.call_soon_threadsafe(owner._loop.stop)  # type: ignore[union-attr]
    for pid in children:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "production_password_hashing: argon2id at the product's parameters (others hash at the cheapest)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Files with a ``slow`` test (minutes: the bundle build) run first: ``make test``'s two workers take files in
    this order (--dist loadfile --no-loadscope-reorder), so the other worker runs the rest meanwhile instead of
    one worker ending the run alone with it."""
    slow_files = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: the order within each part is kept


@pytest.fixture(autouse=True)
def cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its cheapest parameters (the product's cost is ~0.2 s a hash or login here, over a thousand
    of them in the suite: make_people alone hashes five). Still real argon2id hashes, verified and rehashed by the
    product's code; tests/services/test_auth.py (``production_password_hashing``) keeps the product's parameters."""
    if request.node.get_closest_marker("production_password_hashing") is None:
        monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only_getaddrinfo)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data/config/log folders; the user's real ones are never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("HASHINSIGHT_HOME", str(home))
    monkeypatch.delenv("HASHINSIGHT_DATABASE_URL", raising=False)
    monkeypatch.setenv("HASHINSIGHT_OFFLINE", "1")  # the market-history job asks no public API (child processes too)
    return home


@pytest.fixture(scope="module", autouse=True)
def frozen_start_up_heap() -> None:
    """What the session holds (the imported modules, the collected tests) is moved out of the collector's
    generations: the full collection each GUI test's teardown runs (~150 ms each otherwise), and those the
    interpreter runs itself, then scan only what the tests made. Checked per module: a test that unfreezes
    (tests/services/test_gc_policy.py) leaves it to be frozen again here."""
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()


@pytest.fixture
def qasync_loop(qapp):  # type: ignore[no-untyped-def]
    """A running-capable qasync loop on pytest-qt's QApplication.

    Coroutine slots only run while the asyncio loop runs: drive them with
    ``loop.run_until_complete(...)``. ``qtbot.waitUntil`` spins Qt events only, which is not
    enough for code that needs a running asyncio loop (``asyncio.to_thread``, ``current_task``).
    """
    from hashinsight_desktop.ui.gui_loop import gui_event_loop

    loop = gui_event_loop(qapp, already_running=False)
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
    timer._SimpleTimer__callbacks.clear()  # the loop itself is freed after the test, on this thread (below)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[object]:
    """After a test that had a QApplication, what it left of Qt is destroyed here, on the GUI thread.

    Left alone, it crashed later tests (a segfault or heap corruption on the GUI thread, 2 of 10 runs of the
    analytics tests, in the forecast test): pytest-qt's ``deleteLater()`` of a test's widgets waits for the next
    ``exec()`` — the next test's qasync loop — and the test's Python wrappers (its tab, closed loop, pyqtgraph
    items, all in reference cycles) wait for a collection, which any thread's allocation may start: the forecast's
    worker, importing statsforecast, collected ~19,000 such objects while the GUI thread's ``exec()`` deleted the
    same widgets. A fixture cannot do this: pytest holds the test's fixture values until after the last teardown,
    so a collection there frees only the test before's garbage."""
    uses_qt = "qapp" in getattr(item, "fixturenames", ())
    result = yield
    if uses_qt:
        _destroy_qt_leftovers()
    return result


def _destroy_qt_leftovers() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed widgets: their C++ objects
    gc.collect()  # wrappers in cycles (and the objects Python owns: never-shown widgets, a closed loop's timers)
    # What outlived the test (modules it imported, module-scoped fixtures) is frozen as the start-up heap is: the
    # next collection walks the next test's objects only (80 -> 6 ms each; measured on the fleet/curtailment tabs).
    gc.freeze()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what those destructors scheduled
