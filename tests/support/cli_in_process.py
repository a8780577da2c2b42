"""The command line run in the test's own process through ``cli.main``: the same parser, registry, error handling
and exit codes as ``python -m hashinsight_desktop``, without a second of interpreter start-up and imports per call.
For tests about what a command does; tests about the process itself (start-up, environment, keyring backend
chosen from the environment, signals) keep a real subprocess (tests/cli/test_cli.py ``run_cli``)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from hashinsight_desktop import cli


@contextlib.contextmanager
def _environment(changes: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_main(
    *args: str, home: Path, stdin: str = "", env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``cli.main(args)`` with HASHINSIGHT_HOME=home and ``env`` set for the call; its exit code, stdout and stderr
    as a CompletedProcess (what ``run_cli`` returns), so the same assertions read both."""
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    language = os.environ.get("HASHINSIGHT_LANG")  # main exports --lang (for the console's agents): not past the call
    with (
        _environment({"HASHINSIGHT_HOME": str(home), **(env or {})}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        saved_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
        try:
            code = cli.main(list(args))
        except SystemExit as exited:  # argparse: usage errors and --help
            code = exited.code if isinstance(exited.code, int) else 1
        finally:
            sys.stdin = saved_stdin
            if language is None:
                os.environ.pop("HASHINSIGHT_LANG", None)
            else:
                os.environ["HASHINSIGHT_LANG"] = language
            for handler in [h for h in root.handlers if h not in handlers]:  # main logs to a file in the home
                root.removeHandler(handler)
                handler.close()
            root.setLevel(level)
    return subprocess.CompletedProcess(["hashinsight-desktop", *args], code, out.getvalue(), err.getvalue())
