"""`make run` installs what running needs; `make test` adds the development tools (dry runs of the real Makefile)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def planned(folder: Path, target: str) -> list[str]:
    """The pip installs `make TARGET` would run (make -n runs nothing)."""
    result = subprocess.run(["make", "-n", target], cwd=folder, capture_output=True, text=True, check=True, timeout=30)
    return [line for line in result.stdout.splitlines() if "pip install" in line and " -U pip" not in line]


def test_run_installs_no_dev_tools_and_test_adds_them(tmp_path: Path) -> None:
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    [run_install] = planned(tmp_path, "run")
    assert run_install.endswith("-e .")  # no [dev]: no pytest, mypy or PyInstaller to open the console

    stamp = subprocess.run(["cksum", "pyproject.toml"], cwd=tmp_path, capture_output=True, text=True, check=True)
    venv = tmp_path / ".venv"
    venv.mkdir()
    (venv / f".installed-run-{stamp.stdout.split()[0]}").touch()  # as `make run` leaves it
    assert planned(tmp_path, "run") == []
    assert [line.endswith("-e '.[dev]'") for line in planned(tmp_path, "test")] == [True]

    (venv / f".installed-dev-{stamp.stdout.split()[0]}").touch()  # as `make test` leaves it (with the run stamp)
    assert planned(tmp_path, "run") == [] and planned(tmp_path, "test") == []
