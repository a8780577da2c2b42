"""Acceptance: the README's commands on a fresh clone, in a container-like environment (no project venv, no
display, no keyring backend, no database yet): one-line messages and the README's exit codes, nothing else.

`make run` really runs in the clone: it creates the venv, upgrades pip, installs the project (editable,
without the [dev] tools) and starts the console. So that the test does not download and unpack a gigabyte of
wheels each time, the clone's venv borrows the already-installed dependencies through a .pth file (the
project itself and pip/setuptools are not borrowed). HASHINSIGHT_FRESH_CLONE_FULL=1 skips the borrowing and
lets `make run` install everything (about 2.5 minutes here), as on a new machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_BORROWED = re.compile(r"^(hashinsight_desktop|__editable__|pip|setuptools|_distutils_hack|pkg_resources)|\.pth$")
pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not all(shutil.which(tool) for tool in ("git", "make")), reason="needs git and make"
)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fresh")
    subprocess.run(["git", "clone", "-q", str(ROOT), str(folder / "repo")], check=True, timeout=60)
    repo = folder / "repo"
    assert not (repo / ".venv").exists()
    if not os.environ.get("HASHINSIGHT_FRESH_CLONE_FULL"):
        borrowed = folder / "borrowed"
        borrowed.mkdir()
        installed = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
        for entry in (installed / "site-packages").iterdir():
            if not NOT_BORROWED.search(entry.name):
                (borrowed / entry.name).symlink_to(entry)
        subprocess.run([_base_python(), "-m", "venv", str(repo / ".venv")], check=True, timeout=120)
        [site_packages] = (repo / ".venv" / "lib").glob("python*/site-packages")
        (site_packages / "borrowed-dependencies.pth").write_text(f"{borrowed}\n")
    yield repo


def _base_python() -> str:
    return str(Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}")


def make(repo: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`make ARGS...` as a user's shell runs it: no display, no D-Bus session (no keyring backend)."""
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "VIRTUAL_ENV", "DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("HASHINSIGHT_")}
    env["HASHINSIGHT_HOME"] = str(home)
    return subprocess.run(["make", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=900, check=False)


def program_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("hashinsight-desktop")]


def exit_of_program(result: subprocess.CompletedProcess[str]) -> int:
    """The console's exit code as make reports it (`make: *** [Makefile:N: run] Error CODE`)."""
    found = re.search(r"\] Error (\d+)$", result.stderr.strip(), flags=re.MULTILINE)
    return int(found.group(1)) if found else 0


@pytest.mark.timeout(600)  # the full install (HASHINSIGHT_FRESH_CLONE_FULL=1) takes minutes
def test_the_readme_commands_on_a_fresh_clone(clone: Path, tmp_path: Path) -> None:
    home = tmp_path / "user"  # not app_home: tests/cli start that one with a database
    first = make(clone, "run", home=home)
    installs = [line for line in first.stdout.splitlines() if "pip install" in line and "-U pip" not in line]
    assert installs and all(line.endswith("-e .") for line in installs)  # no [dev]: no pytest, mypy, PyInstaller
    own = [p.name.lower() for p in next((clone / ".venv" / "lib").glob("python*/site-packages")).iterdir()]
    assert not [name for name in own if name.startswith(("pytest", "mypy", "pyinstaller"))]
    assert program_lines(first) == [
        "hashinsight-desktop: error: no display: set QT_QPA_PLATFORM=offscreen or run under a desktop"
    ]
    assert exit_of_program(first) == 1 and "Aborted" not in first.stderr

    again = make(clone, "run", "ARGS=--demo", home=home)
    assert "pip install" not in again.stdout  # installed once
    assert program_lines(again) == program_lines(first)

    no_database = make(clone, "run", "ARGS=audit verify", home=home)
    database = home / "data" / "hashinsight.sqlite3"
    assert program_lines(no_database) == [
        f"hashinsight-desktop: error: no database at {database} (no such file): check the database URL, "
        "or create a new database with `hashinsight-desktop db init`"
    ]
    assert exit_of_program(no_database) == 2 and not database.exists()

    typo = tmp_path / "typo" / "x.sqlite3"
    mistyped = make(clone, "run", f"ARGS=--database-url sqlite:///{typo} user list --as boss", home=home)
    assert exit_of_program(mistyped) == 2 and not typo.parent.exists()
    assert f"(the folder {typo.parent} does not exist)" in program_lines(mistyped)[0]

    bad_flag = make(clone, "run", "ARGS=--bogus", home=home)
    assert program_lines(bad_flag) == ["hashinsight-desktop: error: unrecognized arguments: --bogus (see --help)"]
    assert exit_of_program(bad_flag) == 2

    created = make(clone, "run", "ARGS=db init", home=home)
    assert exit_of_program(created) == 0 and database.exists()
    assert make(clone, "run", "ARGS=audit verify", home=home).returncode == 0

    planned = subprocess.run(["make", "-n", "test"], cwd=clone, capture_output=True, text=True, check=True)
    assert "-e '.[dev]'" in planned.stdout  # `make test` adds the development tools
