"""Build the installer bundle: the .qm translations, the PyInstaller one-folder bundle, and its archive.

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--no-archive]

`make package` runs it with the defaults (dist/ and build/ in the checkout); the bundle test builds into a
temporary folder. On Linux and macOS the archive is dist/hashinsight-desktop-VERSION-SYSTEM-MACHINE.tar.gz (a
folder of the same name: the bundle, install.sh, the .desktop entry, the icon and the agent's systemd unit), on
Windows a .zip. Prints the bundle's size and the archive's path. Not a package (a `packaging` package would hide
the PyPI library of that name): run it as a script.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

from shared_libraries import link_twins, strip_symbols
from trim_icu import trim_icu_data

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "hashinsight-desktop"
# Beside the executable in the bundle (Linux): how install.sh puts it on the menu and the agent under systemd.
EXTRAS = {
    HERE / "install.sh": "install.sh",
    HERE / f"{NAME}.desktop": f"share/{NAME}.desktop",
    HERE / "hashinsight-agent.service": "share/hashinsight-agent.service",
    ROOT / NAME.replace("-", "_") / "resources" / "icons" / "hashinsight.svg": f"share/{NAME}.svg",
}


def version() -> str:
    text = (ROOT / "hashinsight_desktop" / "__init__.py").read_text(encoding="utf-8")
    return next(line.split('"')[1] for line in text.splitlines() if line.startswith("__version__"))


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """The bundle folder dist/hashinsight-desktop, built from scratch."""
    # The .qm only when one is missing or older than its .ts (as make does): a test running beside others never
    # rewrites a file they may be reading. tools/translations.py locks with fcntl: Windows (the workflow) runs lrelease.
    if sys.platform != "win32" and any(
        not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
        for ts in (ROOT / "hashinsight_desktop" / "resources" / "i18n").glob("*.ts")
    ):
        subprocess.run([sys.executable, "-m", "tools.translations", "release"], cwd=ROOT, check=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-OO",  # as the spec compiles the byte code: PyInstaller reuses its analysis' code objects (~15 s less)
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(HERE / f"{NAME}.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    bundle = dist / NAME
    print(f"PyInstaller: {time.perf_counter() - started:.0f} s")
    binutils = all(shutil.which(tool) for tool in ("strip", "objdump"))
    if sys.platform.startswith("linux") and binutils:
        _step("symbol tables stripped", lambda: strip_symbols(bundle / "_internal"))
    if sys.platform.startswith("linux"):
        _step("ICU data trimmed to English and Chinese", lambda: trim_icu_data(bundle))
    if sys.platform != "win32":
        linux = sys.platform.startswith("linux") and binutils
        _step("libraries two wheels vendor kept once", lambda: link_twins(bundle, compatible=linux))
    if sys.platform.startswith("linux"):
        for source, target in EXTRAS.items():
            (bundle / target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, bundle / target)
    return bundle


def _step(what: str, shrink: Callable[[], int]) -> None:
    started = time.perf_counter()
    saved = shrink()
    print(f"{what}: {saved / 1e6:.1f} MB less ({time.perf_counter() - started:.0f} s)")


def archive(bundle: Path) -> Path:
    """The bundle as one file named with the version, system and machine; its top folder is named the same."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    stem = f"{NAME}-{version()}-{system}-{platform.machine().lower()}"
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(bundle.parent / stem), "zip", bundle.parent, bundle.name))
    out = bundle.parent / f"{stem}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=stem)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default build/)")
    parser.add_argument("--no-archive", action="store_true", help="the bundle folder only")
    args = parser.parse_args()
    started = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(
        f"bundle {bundle}: {folder_size(bundle) / 1e6:.0f} MB unpacked, built in {time.perf_counter() - started:.0f} s"
    )
    if not args.no_archive:
        out = archive(bundle)
        print(f"archive {out}: {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
