"""`batch` writes its result as any file the user creates: mode 0666 less the umask (it was always 0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_batch_cli import GOOD_CSV, MARKET

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.mark.parametrize(("suffix", "umask", "mode"), [(".xlsx", 0o022, 0o644), (".csv", 0o002, 0o664)])
def test_output_file_mode_follows_the_umask(tmp_path: Path, app_home: Path, suffix: str, umask: int, mode: int) -> None:
    source = tmp_path / "fleet.csv"
    source.write_text(GOOD_CSV, encoding="utf-8")
    out = tmp_path / f"result{suffix}"
    result = subprocess.run(
        [sys.executable, "-m", "hashinsight_desktop", "batch", str(source), "--out", str(out), *MARKET],
        capture_output=True,
        text=True,
        env={**os.environ, "HASHINSIGHT_HOME": str(app_home)},
        umask=umask,  # the child's real umask, as a shell's `umask 022` sets it
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == mode
