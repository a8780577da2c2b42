"""What a new user sees when something is missing: one line, the rule's exit code, nothing created by mistake."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hashinsight_desktop import cli
from hashinsight_desktop.services.permissions import os_account_name
from hashinsight_desktop.ui import platform_check
from hashinsight_desktop.ui.first_start import confirm_new_database
from tests.cli.test_cli import run_cli


def one_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("hashinsight-desktop: error: ")
    return line


@pytest.mark.parametrize(
    "command",
    [["audit", "verify"], ["db", "upgrade"], ["user", "list", "--as", "boss"], ["curtail", "list", "--as", "x"]],
)
def test_a_mistyped_sqlite_path_names_the_missing_folder_exits_2_and_creates_nothing(
    tmp_path: Path, app_home: Path, command: list[str]
) -> None:
    url = f"sqlite:///{tmp_path}/typo/dir/x.sqlite3"
    line = one_line(run_cli("--database-url", url, *command, home=app_home), 2)
    assert f"no database at {tmp_path}/typo/dir/x.sqlite3 (the folder {tmp_path}/typo does not exist)" in line
    assert not (tmp_path / "typo").exists()


def test_only_db_init_creates_the_default_database(tmp_path: Path) -> None:
    home = tmp_path / "fresh"  # not app_home: that one starts initialised
    database = home / "data" / "hashinsight.sqlite3"
    for command in (
        ["audit", "verify"],
        ["calc", "--model", "S21", "--electricity", "0.05", "--offline"],
        ["user", "list", "--as", "boss"],
    ):
        assert f"no database at {database} (no such file)" in one_line(run_cli(*command, home=home), 2)
    assert not database.exists()
    assert run_cli("db", "init", home=home).returncode == 0
    assert database.exists()
    assert run_cli("audit", "verify", home=home).returncode == 0


@pytest.mark.parametrize("command", [["audit", "verify"], ["user", "list", "--as", "boss"], ["db", "upgrade"]])
def test_an_empty_file_is_named_not_quietly_made_a_database(tmp_path: Path, app_home: Path, command: list[str]) -> None:
    empty = tmp_path / "farm.sqlite3"
    empty.touch()  # a stray touch or a failed copy
    line = one_line(run_cli("--database-url", f"sqlite:///{empty}", *command, home=app_home), 2)
    assert f"{empty} is empty, not a HashInsight database: run `hashinsight-desktop db init`" in line
    assert empty.stat().st_size == 0


def test_db_init_makes_an_empty_file_a_database(tmp_path: Path, app_home: Path) -> None:
    empty = tmp_path / "farm.sqlite3"
    empty.touch()
    assert run_cli("--database-url", f"sqlite:///{empty}", "db", "init", home=app_home).returncode == 0
    assert run_cli("--database-url", f"sqlite:///{empty}", "audit", "verify", home=app_home).returncode == 0


def test_db_init_records_the_catalogue_load_as_the_os_account(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    assert run_cli("db", "init", home=home).returncode == 0
    with sqlite3.connect(home / "data" / "hashinsight.sqlite3") as connection:
        rows = connection.execute("SELECT actor, action FROM audit_log ORDER BY seq").fetchall()
    assert rows == [(os_account_name(), "catalogue.load")]  # the README: a command with no login is the OS account


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer(button, seen))
        return
    seen += [box.text(), box.informativeText()]
    box.button(button).click()


def test_the_console_asks_before_creating_and_no_leaves_nothing(
    qapp, tmp_path: Path, app_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.No, seen))
    code = cli.main(["--database-url", f"sqlite:///{tmp_path}/typo/x.sqlite3"])
    assert code == 2
    assert seen and f"{tmp_path}/typo/x.sqlite3" in seen[0]
    [line] = capsys.readouterr().err.strip().splitlines()
    assert f"no database at {tmp_path}/typo/x.sqlite3" in line
    assert not (tmp_path / "typo").exists()


def test_the_console_asks_about_an_empty_file_and_no_leaves_it_empty(
    qapp, tmp_path: Path, app_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    empty = tmp_path / "farm.sqlite3"
    empty.touch()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.No, seen))
    assert cli.main(["--database-url", f"sqlite:///{empty}"]) == 2
    question, detail = seen
    assert f"{empty}\nis empty, not a HashInsight database" in question
    assert detail == "If the path is mistyped, choose No and start again with the right database URL."  # no stray space
    [line] = capsys.readouterr().err.strip().splitlines()
    assert f"{empty} is empty, not a HashInsight database" in line
    assert empty.stat().st_size == 0


def test_yes_in_the_question_agrees_to_create(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.Yes, seen))
    assert confirm_new_database(tmp_path / "new.sqlite3") is True
    assert seen


def test_no_display_is_one_line_not_qt_aborting(app_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "hashinsight_desktop"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert one_line(result, 1).endswith("no display: set QT_QPA_PLATFORM=offscreen or run under a desktop")


def test_a_display_nobody_listens_on_is_named() -> None:
    problem = platform_check.gui_start_problem({"DISPLAY": ":97"}, "linux")
    assert problem is not None and "nothing listens on DISPLAY=:97" in str(problem)


def _real_plugin(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{name}.so"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ELF and ldd")
def test_missing_libraries_of_a_real_plugin_are_named(tmp_path: Path) -> None:
    assert platform_check.missing_libraries(_real_plugin("offscreen")) == []  # the tests' own platform loads
    # The xcb plugin finds Qt's libraries through its RUNPATH ($ORIGIN/../../lib): a copy elsewhere cannot.
    copy = tmp_path / "libqxcb.so"
    shutil.copy(_real_plugin("xcb"), copy)
    assert "libQt6XcbQpa.so.6" in platform_check.missing_libraries(copy)


def test_the_message_names_libraries_and_their_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "_x_server_listens", lambda display: True)
    monkeypatch.setattr(platform_check, "missing_libraries", lambda path: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    problem = platform_check.gui_start_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in str(problem)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in str(problem)
    assert platform_check.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert platform_check.debian_package("libEGL.so.1") == "libegl1"


def test_no_check_for_headless_platforms_or_other_systems() -> None:
    assert platform_check.gui_start_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert platform_check.gui_start_problem({}, "darwin") is None
    assert platform_check.gui_start_problem({}, "win32") is None


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["curtail", "plan", "--target-kw", "5", "--as", "u"],
            "hashinsight-desktop: error: curtail plan: the following arguments are required: --site (see --help)",
        ),
        (["--bogus"], "hashinsight-desktop: error: unrecognized arguments: --bogus (see --help)"),
        (["poll", "h", "--port", "x"], "hashinsight-desktop: error: poll: argument --port: "),
    ],
)
def test_argument_errors_are_one_line_with_exit_2(app_home: Path, argv: list[str], expected: str) -> None:
    line = one_line(run_cli(*argv, home=app_home), 2)
    assert line.startswith(expected) and line.endswith("(see --help)")


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ELF and ldd")
def test_a_display_with_xcb_libraries_missing_names_them(app_home: Path) -> None:
    """The issue's machine: a display, but libxcb-icccm4 and libxcb-keysyms1 missing (Qt blamed xcb-cursor0).
    The display is an abstract socket named like an X server's (nothing written to /tmp/.X11-unix)."""
    missing = platform_check.missing_libraries(_real_plugin("xcb"))
    if not missing:
        pytest.skip("every library of the xcb plugin is installed here")
    number = 90 + os.getpid() % 400
    with socket.socket(socket.AF_UNIX) as fake_x:
        fake_x.bind(f"\0/tmp/.X11-unix/X{number}")
        fake_x.listen()
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        result = subprocess.run(
            [sys.executable, "-m", "hashinsight_desktop"],
            capture_output=True,
            text=True,
            env={**env, "DISPLAY": f":{number}", "HASHINSIGHT_HOME": str(app_home)},
            timeout=60,
            check=False,
        )
    line = one_line(result, 1)
    assert f"missing: {', '.join(missing)}" in line
    assert "sudo apt-get install " + " ".join(platform_check.debian_package(name) for name in missing) in line
