"""The installer bundle, built once per test session into a temporary folder by packaging/build_bundle.py (what
`make package` runs), then run as a user's computer would: a bare environment (PATH /usr/bin:/bin, no project venv,
no PYTHONPATH, a fresh HOME, no D-Bus session unless the test starts one).

- `--self-test` inside a D-Bus session with GNOME Keyring: every step ok, the keyring one through Secret Service
  (a frozen keyring that lost its backends says "No recommended backend"; this proves they travelled);
- `db init` (migrations and the miner catalogue from the bundle), then `--smoke-test PATH`: every tab's screenshot;
- install.sh into a prefix: the command on PATH, the menu entry with the installed program and icon;
- what the bundle leaves out (pyarrow, GTK, other languages' Qt translations) and what it must carry (CBC, .qm).
The no-keyring computer is tests/packaging/test_self_test.py's (in process: the same code, no bundle needed).
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hashinsight_desktop.ui.analytics.heatmap_panel import PAYBACK_MAP, PROFIT_MAP

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))  # build scripts, not a package
import elf_symbols  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
GNOME_KEYRING = shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--dist",
            str(where / "dist"),
            "--work",
            str(where / "work"),
            "--no-archive",
        ],
        cwd=ROOT,
        check=True,
        timeout=840,
    )
    shutil.rmtree(where / "work")  # ~400 MB of PyInstaller's intermediate files
    return where / "dist" / "hashinsight-desktop"


def _clean_env(home: Path) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "HASHINSIGHT_OFFLINE": "1",  # no public market API is asked from the test
    }


def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.skipif(
    not GNOME_KEYRING, reason="no Secret Service implementation here: apt-get install dbus gnome-keyring"
)
def test_the_self_test_passes_from_the_bundle_with_a_real_keyring(bundle: Path, tmp_path: Path) -> None:
    program = bundle / "hashinsight-desktop"
    # The daemon forks once it serves (no wait needed) and leaves with the session's bus.
    script = (
        "printf 'keyring-pw' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null && "
        f"exec '{program}' --self-test"
    )
    done = _run(["dbus-run-session", "--", "sh", "-c", script], _clean_env(tmp_path / "home"), tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("self-test of HashInsight Desktop") and str(bundle) in lines[0]
    for step in (
        "curtailment with CBC",
        "curtailment with HiGHS",
        "database migration",
        "indicators (TA-Lib)",
        "forecast (AutoARIMA)",
        "PDF invoice",
        "translations (Chinese)",
    ):
        assert any(line.startswith(f"{step}: ok: ") for line in lines), (step, done.stdout)
    assert any(line.startswith("keyring: ok: ") and "Secret Service" in line for line in lines), done.stdout
    assert lines[-1] == "self-test passed"


def test_the_console_starts_from_the_bundle_on_a_new_database(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path / "home")
    program = str(bundle / "hashinsight-desktop")
    url = f"sqlite:///{tmp_path / 'farm.sqlite3'}"
    created = _run([program, "--database-url", url, "db", "init"], env, tmp_path)
    assert created.returncode == 0 and "(newest)" in created.stdout, created.stdout + created.stderr
    shot = tmp_path / "shots" / "console.png"
    smoke = _run([program, "--database-url", url, "--smoke-test", str(shot)], env, tmp_path)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert shot.stat().st_size > 10_000
    assert len(list(shot.parent.glob("console-*.png"))) >= 5  # a screenshot per tab


def test_install_sh_puts_the_command_and_the_menu_entry_in_place(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = _clean_env(tmp_path / "home")
    installed = _run(["sh", str(bundle / "install.sh"), "--prefix", str(prefix)], env, tmp_path)
    assert installed.returncode == 0, installed.stderr
    version = _run([str(prefix / "bin" / "hashinsight-desktop"), "--version"], env, tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("hashinsight-desktop 0."), version.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(prefix / "share" / "applications" / "hashinsight-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "HashInsight Desktop"
    assert desktop["Exec"] == str(prefix / "lib" / "hashinsight-desktop" / "hashinsight-desktop")
    assert os.access(desktop["Exec"], os.X_OK)
    assert Path(desktop["Icon"]).read_text(encoding="utf-8").lstrip().startswith("<")  # the SVG icon
    removed = _run(["sh", str(bundle / "install.sh"), "--uninstall", "--prefix", str(prefix)], env, tmp_path)
    assert removed.returncode == 0 and not (prefix / "lib" / "hashinsight-desktop").exists()


def test_the_bundle_carries_what_runs_and_leaves_out_what_never_does(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert next(internal.glob("pulp/solverdir/cbc/*/*/cbc*")).is_file()
    assert (internal / "hashinsight_desktop" / "resources" / "i18n" / "hashinsight_zh_CN.qm").is_file()
    assert not list(internal.rglob("*.ts"))
    qt_translations = {path.name for path in internal.glob("PySide6/Qt/translations/*.qm")}
    assert {"qtbase_zh_CN.qm", "qt_zh_CN.qm"} <= qt_translations
    assert not {name for name in qt_translations if not name.endswith(("_zh_CN.qm", "_en.qm"))}
    assert not (internal / "pyarrow").exists() and not list(internal.glob("libgtk-3*"))
    assert not list(internal.glob("PySide6/Qt/plugins/platforms/*vnc*"))
    assert not (internal / "lxml").exists()
    # statsforecast's statsmodels.api is the runtime hook's: the state-space models (15 MB) and others stay out
    assert not (internal / "statsmodels" / "tsa" / "statespace").exists()
    if shutil.which("icupkg") and shutil.which("cc"):  # Qt's ICU data cut to English and Chinese (32 MB whole)
        assert [path.stat().st_size < 10_000_000 for path in internal.glob("PySide6/Qt/lib/libicudata.so*")] == [True]
    twins = [path for path in internal.glob("*.libs/*") if path.is_symlink()]  # numpy's and scipy's libgfortran
    assert twins and all(path.resolve().is_file() for path in twins)
    maps = {path.stem for path in internal.glob("pyqtgraph/colors/maps/*.csv")}  # those the console names, no other
    assert maps == {PROFIT_MAP, PAYBACK_MAP} and not (internal / "pyqtgraph" / "icons" / "peegee").exists()
    # what the runtime hooks stand in for (rthook_qtopengl.py, rthook_scipy_highs.py) and Wayland's plugins (xcb serves)
    assert not list(internal.glob("PySide6/QtOpenGL.*")) and not list(internal.glob("scipy/optimize/_highspy/_core*"))
    assert not list(internal.glob("PySide6/Qt/plugins/*wayland*")) and not list(
        internal.glob("PySide6/Qt/plugins/*/*wayland*")
    )
    if shutil.which("strip") and shutil.which("objdump"):  # no symbol table left, OpenBLAS's included (elf_symbols.py)
        libraries = [path for path in internal.rglob("*.so*") if path.is_file() and not path.is_symlink()]
        assert libraries and not [path.name for path in libraries if elf_symbols.has_symbol_table(path)]
