"""The first-run wizard driven through each path: an empty database on this computer with a site found by a
discovery scan of the simulator, the demo farm, a shared PostgreSQL (the test session's server), back navigation,
and Cancel (or a failed Finish) leaving nothing behind: no database file, no keyring entry, no settings."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from hashinsight_desktop import cli
from hashinsight_desktop.app import build_context
from hashinsight_desktop.db.models import Miner, Site, User
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cgminer import Timeouts
from hashinsight_desktop.services.connection_check import CheckResult, Outcome, PostgresTarget
from hashinsight_desktop.services.database import DatabaseUnavailable, password_key
from hashinsight_desktop.services.paths import AppPaths
from hashinsight_desktop.services.secret_store import SecretStore
from hashinsight_desktop.services.texts import Text
from hashinsight_desktop.simulator.farm import SimulatedFarm
from hashinsight_desktop.ui.first_run.choices import FirstRunChoices, Storage
from hashinsight_desktop.ui.first_run.entry import first_run_needed
from hashinsight_desktop.ui.first_run.finish import carry_out
from hashinsight_desktop.ui.first_run.wizard import OWNER, POSTGRES, SITE, START, SUMMARY, FirstRunWizard
from hashinsight_desktop.workers.background_loop import BackgroundLoop
from tests.conftest import _admin_exec
from tests.simulator.loopback import loopback_network
from tests.support.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.gui
PASSWORD = "a long enough password"


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def opened(keyring: MemoryKeyring) -> Iterator[list[AppContext]]:
    """The contexts Finish opened (closed after the test)."""
    contexts: list[AppContext] = []
    yield contexts
    for context in contexts:
        context.database.close()


def make_wizard(qtbot, keyring: KeyringBackend, opened: list[AppContext], **kwargs: object) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    secrets = SecretStore(keyring)

    def open_context(url: str) -> AppContext:
        context = build_context(url, process_name="gui", secrets=secrets, create=True)
        opened.append(context)
        return context

    paths = AppPaths.default()
    wizard = FirstRunWizard(
        secrets=secrets,
        local_database=paths.default_database,
        settings_file=paths.settings_file,
        open_context=open_context,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(wizard: FirstRunWizard, storage: Storage) -> None:
    wizard.start_page.buttons[storage].setChecked(True)
    wizard.next()


def fill_owner(wizard: FirstRunWizard, username: str = "boss") -> None:
    page = wizard.owner_page
    page.username.setText(username)
    page.display_name.setText("Bea Boss")
    page.password.setText(PASSWORD)
    page.repeat.setText(PASSWORD)


def settings_file() -> Path:
    return AppPaths.default().settings_file


@pytest.fixture
def farm() -> Iterator[SimulatedFarm]:
    """Three simulated miners on a loopback /29, served on a workers' loop while the wizard scans."""
    simulated = SimulatedFarm(3, bind=loopback_network(), mix=["Antminer S19 Pro"], seed=4, warmup_s=0)
    loop = BackgroundLoop("first-run-farm")
    loop.run(simulated.start()).result(timeout=10)
    yield simulated
    loop.run(simulated.stop()).result(timeout=10)
    asyncio.run(loop.stop())


def test_empty_on_this_computer_with_a_scanned_site(qtbot, keyring, opened, farm: SimulatedFarm, app_home) -> None:  # type: ignore[no-untyped-def]
    assert first_run_needed(None)
    wizard = make_wizard(qtbot, keyring, opened)
    choose(wizard, Storage.LOCAL)
    assert wizard.currentId() == OWNER
    wizard.owner_page.username.setText("boss")
    wizard.owner_page.password.setText("short")
    wizard.owner_page.repeat.setText("short")
    wizard.next()
    assert wizard.currentId() == OWNER and "at least 10 characters" in wizard.owner_page.error.text()
    fill_owner(wizard)
    wizard.next()
    assert wizard.currentId() == SITE
    site = wizard.site_page
    site.add_site.setChecked(True)
    site.name.setText("Texas North")
    site.timezone.setCurrentText("America/Chicago")
    site.price.setValue(0.045)
    site.timeouts = Timeouts(connect=0.5, deadline=1.0)
    site.cidr.setText(f"{farm.targets[0][0].rsplit('.', 1)[0]}.0/29")
    with qtbot.waitSignal(site.model.modelReset, timeout=5000, check_params_cb=lambda: site.scan_job is None):
        site.start_scan()
    qtbot.waitUntil(lambda: site.scan_job is None, timeout=5000)
    assert "3 miners answered out of 6 addresses." in site.status.text()
    assert not app_home.exists()  # the scan wrote nothing
    wizard.next()
    assert wizard.currentId() == SUMMARY
    steps = wizard.summary_page.steps.text()
    assert "Create the owner account boss." in steps and "Add 3 miners found by the scan to it." in steps
    wizard.button(QWizard.WizardButton.FinishButton).click()
    outcome = wizard.outcome
    assert outcome is not None and outcome.principal is not None and outcome.principal.username == "boss"
    assert outcome.context is not None
    with outcome.context.database.session_factory() as session:
        [texas] = session.scalars(select(Site)).all()
        assert (texas.name, texas.timezone, str(texas.electricity_price_usd_per_kwh)) == (
            "Texas North",
            "America/Chicago",
            "0.04500",
        )
        miners = session.scalars(select(Miner)).all()
        assert sorted(m.ip_address for m in miners) == sorted(host for host, _ in farm.targets)
        assert all(m.model_id is not None for m in miners)  # matched to the catalogue Finish loaded
    saved = json.loads(settings_file().read_text())
    assert saved["database_url"] == f"sqlite:///{AppPaths.default().default_database}"
    assert saved["last_username"] == "boss"
    assert not first_run_needed(None)  # the next start goes to the login


def test_back_on_every_step_keeps_what_was_typed(qtbot, keyring, opened, app_home) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, keyring, opened)
    assert wizard.button(QWizard.WizardButton.BackButton).isHidden()  # the first step has nowhere to go back to
    choose(wizard, Storage.LOCAL)
    fill_owner(wizard, "chief")
    wizard.next()
    wizard.site_page.add_site.setChecked(True)
    wizard.site_page.name.setText("North")
    wizard.site_page.timezone.setCurrentText("UTC")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    for expected in (SITE, OWNER, START):
        wizard.back()
        assert wizard.currentId() == expected
    choose(wizard, Storage.POSTGRES)
    assert wizard.currentId() == POSTGRES and not wizard.postgres_page.isComplete()  # Next waits for a test
    wizard.back()
    choose(wizard, Storage.DEMO)
    assert wizard.currentId() == SUMMARY and "Start the demo farm" in wizard.summary_page.steps.text()
    wizard.back()
    choose(wizard, Storage.LOCAL)
    assert wizard.owner_page.username.text() == "chief"
    wizard.next()
    assert wizard.site_page.name.text() == "North"
    wizard.next()
    assert "Create the site North (time zone UTC" in wizard.summary_page.steps.text()
    wizard.reject()
    assert wizard.outcome is None and not app_home.exists()


def test_the_demo_choice_writes_nothing_and_asks_for_the_demo(qtbot, keyring, opened, app_home) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, keyring, opened)
    choose(wizard, Storage.DEMO)
    assert wizard.currentId() == SUMMARY
    assert wizard.validateCurrentPage()
    assert wizard.outcome is not None and wizard.outcome.demo and wizard.outcome.context is None
    assert not app_home.exists() and not opened


def test_cancel_through_the_console_start_leaves_nothing(
    qapp, keyring, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """`hashinsight-desktop` on a new install: the wizard; filled in to its last step, then Cancel."""
    seen: list[int] = []

    def cancel_at_the_end() -> None:
        wizard = next((w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)), None)
        if wizard is None or not wizard.isVisible():
            QTimer.singleShot(20, cancel_at_the_end)
            return
        choose(wizard, Storage.LOCAL)
        fill_owner(wizard)
        wizard.next()
        wizard.next()
        seen.append(wizard.currentId())
        wizard.button(QWizard.WizardButton.CancelButton).click()

    monkeypatch.setattr("hashinsight_desktop.ui.first_run.entry.SecretStore", lambda: SecretStore(keyring))
    QTimer.singleShot(0, cancel_at_the_end)
    assert cli.main([]) == 0
    assert seen == [SUMMARY]
    assert not app_home.exists()  # no database, no settings, not even the folders
    assert not keyring._secrets


def test_a_failed_finish_takes_back_the_keyring_entry_and_the_file(qtbot, keyring, opened, app_home) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, keyring, opened)

    def refused(url: str) -> AppContext:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True)
            Path(url.removeprefix("sqlite:///")).write_bytes(b"half a database")
        else:
            assert SecretStore(keyring).get(password_key(url)) == "s3cret"  # stored before the database opened
        raise DatabaseUnavailable("cannot open database: disk full")

    wizard.open_context = refused
    choose(wizard, Storage.LOCAL)
    fill_owner(wizard)
    wizard.next()
    wizard.next()
    assert not wizard.validateCurrentPage()
    assert wizard.summary_page.error.text() == "Nothing was kept: cannot open database: disk full"
    assert wizard.currentId() == SUMMARY and wizard.outcome is None
    assert not AppPaths.default().default_database.exists() and not settings_file().exists()

    # A shared server: the password went to the keyring first; the failure takes it back.
    target = PostgresTarget("127.0.0.1", 5432, "farm", "ops", "s3cret")
    choices = FirstRunChoices(Storage.POSTGRES, target, CheckResult(Outcome.EMPTY, Text("")), keep_password=True)
    with pytest.raises(DatabaseUnavailable):
        carry_out(
            choices, open_context=refused, secrets=SecretStore(keyring), local_database=Path("/nowhere/x.sqlite3")
        )
    assert not keyring._secrets and not settings_file().exists()


@pytest.fixture
def shared_database(pg_server_url: str, pg_template: str) -> Iterator[tuple[str, str]]:
    """A migrated database with no account yet on the session's PostgreSQL: (its name, the server URL)."""
    name = f"t_first_run_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    _admin_exec(pg_server_url, f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield name, pg_server_url
    _admin_exec(pg_server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def fill_server(wizard: FirstRunWizard, server_url: str, database: str, password: str | None = None) -> None:
    url = make_url(server_url)
    page = wizard.postgres_page
    page.host.setText(str(url.host))
    page.port.setValue(int(url.port or 5432))
    page.database.setText(database)
    page.user.setText(str(url.username))
    page.password.setText(password if password is not None else str(url.password))


def test_connection(qtbot, wizard: FirstRunWizard) -> str:  # type: ignore[no-untyped-def]
    page = wizard.postgres_page
    page.test_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=8000)
    return page.status.text()


test_connection.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def test_a_shared_postgresql_owner_then_a_second_console_logs_in(  # type: ignore[no-untyped-def]
    qtbot, keyring, opened, shared_database, app_home
) -> None:
    name, server_url = shared_database
    wizard = make_wizard(qtbot, keyring, opened)
    choose(wizard, Storage.POSTGRES)
    fill_server(wizard, server_url, name, password="not the password")
    said = test_connection(qtbot, wizard)
    assert said.endswith("refused the login of user postgres: wrong user name or password.")
    assert not wizard.postgres_page.isComplete()
    fill_server(wizard, server_url, name)
    assert test_connection(qtbot, wizard).startswith(f"Connected to {name} on ")
    assert wizard.postgres_page.isComplete()
    wizard.postgres_page.database.setText(name + "x")  # changed after the test: tested again before Next
    assert not wizard.postgres_page.isComplete()
    wizard.postgres_page.database.setText(name)
    assert wizard.postgres_page.isComplete()
    wizard.next()
    assert wizard.currentId() == OWNER
    fill_owner(wizard)
    wizard.next()
    wizard.next()
    assert "Store its password in the OS keyring." in wizard.summary_page.steps.text()
    assert not app_home.exists() and not keyring._secrets  # nothing written before Finish
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome is not None and wizard.outcome.principal is not None, wizard.summary_page.error.text()
    saved = json.loads(settings_file().read_text())
    url = make_url(server_url)
    assert saved["database_url"] == f"postgresql+psycopg://postgres@{url.host}:{url.port}/{name}"  # no password
    assert saved["ask_database_password"] is False
    assert SecretStore(keyring).get(password_key(saved["database_url"])) == url.password
    with wizard.outcome.context.database.session_factory() as session:  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(User)) == 1

    # A second console on the same server, on a computer without a keyring: the database has its owner, so the
    # next step is a login, and the password is asked at each start.
    second = make_wizard(qtbot, fail.Keyring(), opened)
    choose(second, Storage.POSTGRES)
    fill_server(second, server_url, name)
    assert "It already has accounts: after Finish you log in with yours." in test_connection(qtbot, second)
    second.next()
    steps = second.summary_page.steps.text()
    assert second.currentId() == SUMMARY and "Then log in with your account" in steps
    assert "Ask for its password at each start (this computer has no keyring)." in steps
    second.button(QWizard.WizardButton.FinishButton).click()
    assert second.outcome is not None and second.outcome.context is not None and second.outcome.principal is None
    assert json.loads(settings_file().read_text())["ask_database_password"] is True


def test_a_database_without_accounts_gets_the_owner_and_site_steps(qtbot, keyring, opened, context) -> None:  # type: ignore[no-untyped-def]
    """`db init` made it, or --database-url names it: the storage steps are skipped (ConsoleSession.start shows
    this wizard: tests/ui/test_shell.py)."""
    if context.database.kind != "SQLite":
        pytest.skip("the same steps on both engines (the PostgreSQL path is tested above)")
    wizard = make_wizard(qtbot, keyring, opened, given=context)
    assert wizard.currentId() == OWNER
    assert wizard.button(QWizard.WizardButton.BackButton).isHidden()  # the database is given: no storage step
    fill_owner(wizard)
    wizard.owner_page.repeat.setText("something else")
    wizard.next()
    assert wizard.owner_page.error.text() == "Password: the two passwords differ."
    wizard.owner_page.repeat.setText(PASSWORD)
    wizard.next()
    wizard.site_page.add_site.setChecked(True)
    wizard.site_page.timezone.setCurrentText("Mars/Olympus")
    wizard.next()
    assert wizard.currentId() == SITE and wizard.site_page.error.text().startswith("name: ")
    wizard.site_page.name.setText("West")
    wizard.next()
    assert "'Mars/Olympus' is not a time zone name" in wizard.site_page.error.text()
    wizard.site_page.timezone.setCurrentText("UTC")
    wizard.next()
    assert "Remember this database" not in wizard.summary_page.steps.text()  # it was named at the start
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome is not None and wizard.outcome.principal is not None
    assert wizard.outcome.principal.username == "boss" and wizard.outcome.context is context
    with context.database.session_factory() as db:
        assert db.scalar(select(Site.name)) == "West"
    assert json.loads(settings_file().read_text())["last_username"] == "boss"


@pytest.mark.parametrize("storage", [Storage.LOCAL, Storage.DEMO])
def test_the_console_opens_what_the_wizard_made(  # type: ignore[no-untyped-def]
    qapp, keyring, app_home: Path, monkeypatch: pytest.MonkeyPatch, storage: Storage
) -> None:
    """`hashinsight-desktop` on a new install: Finish opens the console logged in as the new owner, or the demo."""
    started: dict[str, object] = {}

    def run_gui(context: AppContext, **options: object) -> int:
        started.update(options, context=context)
        context.database.close()
        return 0

    def finish() -> None:
        wizard = next((w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)), None)
        if wizard is None or not wizard.isVisible():
            QTimer.singleShot(20, finish)
            return
        choose(wizard, storage)
        if storage is Storage.LOCAL:
            fill_owner(wizard)
            wizard.next()
            wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    monkeypatch.setattr("hashinsight_desktop.ui.gui_app.run_gui", run_gui)
    monkeypatch.setattr("hashinsight_desktop.ui.first_run.entry.SecretStore", lambda: SecretStore(keyring))
    QTimer.singleShot(0, finish)
    assert cli.main([]) == 0
    if storage is Storage.LOCAL:
        principal = started["principal"]
        assert getattr(principal, "username", None) == "boss"
        assert AppPaths.default().default_database.exists() and not first_run_needed(None)
    else:
        assert str(started["demo_network"]).startswith("127.")  # as --demo: the simulated farm's range
        assert not AppPaths.default().default_database.exists() and not settings_file().exists()


def test_the_wizard_speaks_the_computers_language(  # type: ignore[no-untyped-def]
    qapp, keyring, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No settings yet: --lang, HASHINSIGHT_LANG or the computer's language, before the first window."""
    import subprocess
    import sys

    from hashinsight_desktop.ui import i18n
    from tests.ui.test_language_switch import write_ts

    write_ts(tmp_path / "hashinsight_zh_CN.ts", {"StartPage": {"Welcome to HashInsight Desktop": "欢迎使用"}})
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(tmp_path / "hashinsight_zh_CN.ts")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setenv("HASHINSIGHT_LANG", "zh_CN")
    monkeypatch.setattr("hashinsight_desktop.ui.first_run.entry.SecretStore", lambda: SecretStore(keyring))
    titles: list[str] = []

    def read_and_cancel() -> None:
        wizard = next((w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)), None)
        if wizard is None or not wizard.isVisible():
            QTimer.singleShot(20, read_and_cancel)
            return
        titles.append(wizard.start_page.title())
        wizard.reject()

    QTimer.singleShot(0, read_and_cancel)
    try:
        assert cli.main([]) == 0
    finally:
        i18n.install(qapp, "en")  # the next test starts in English
    assert titles == ["欢迎使用"]
