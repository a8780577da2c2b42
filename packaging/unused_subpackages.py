"""Which subpackages of the big scientific libraries the console never loads: the spec's NEVER_LOADED comes from it.

    python packaging/unused_subpackages.py

Runs `--self-test` and `--smoke-test` (on a new SQLite farm) in the venv, each in a child process that first applies
the bundle's runtime hook (rthook_statsforecast.py) and imports every module of the console, and prints each
subpackage (two levels deep) of SciPy, statsmodels, pandas and NumPy that neither run loaded, with its size on disk.
A subpackage only imported inside a function the runs never call is listed too: read the list before excluding.
Not a package (see build_bundle.py): run it as a script.
"""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import json
import os
import pkgutil
import runpy
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIBRARIES = ("scipy", "statsmodels", "pandas", "numpy")


def record(out: str, arguments: list[str]) -> int:
    """In the child: the bundle's start, every console module, then the command; the loaded modules into out."""
    runpy.run_path(str(HERE / "rthook_statsforecast.py"))
    atexit.register(lambda: Path(out).write_text(json.dumps(sorted(sys.modules)), encoding="utf-8"))
    import hashinsight_desktop
    from hashinsight_desktop.cli import main

    for module in pkgutil.walk_packages(hashinsight_desktop.__path__, "hashinsight_desktop."):
        if ".db.migrations" not in module.name and not module.name.endswith("__main__"):  # alembic runs those; the CLI
            importlib.import_module(module.name)
    return main(arguments)


def size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def unused(package: str, loaded: set[str], depth: int = 2) -> list[tuple[str, int]]:
    folder = Path(importlib.util.find_spec(package).submodule_search_locations[0])  # type: ignore[union-attr,index]
    found = []
    for module in pkgutil.iter_modules([str(folder)]):
        name = f"{package}.{module.name}"
        if not module.ispkg:
            continue
        if not any(seen == name or seen.startswith(f"{name}.") for seen in loaded):
            found.append((name, size(folder / module.name)))
        elif depth > 1:
            found += unused(name, loaded, depth - 1)
    return found


def main() -> int:
    loaded: set[str] = set()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HASHINSIGHT_OFFLINE": "1"}
    with tempfile.TemporaryDirectory(prefix="unused-subpackages-") as scratch:
        url = f"sqlite:///{scratch}/farm.sqlite3"
        runs = (
            ["--self-test"],
            ["--database-url", url, "db", "init"],
            ["--database-url", url, "--smoke-test", f"{scratch}/shot.png"],
        )
        for number, arguments in enumerate(runs):
            out = f"{scratch}/loaded-{number}.json"
            subprocess.run(
                [sys.executable, __file__, "--record", out, *arguments], env=env, check=True, capture_output=True
            )
            loaded |= set(json.loads(Path(out).read_text(encoding="utf-8")))
    for name, bytes_ in (found for library in LIBRARIES for found in unused(library, loaded)):
        print(f"{name}  {bytes_ / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(record(sys.argv[2], sys.argv[3:]) if sys.argv[1:2] == ["--record"] else main())
