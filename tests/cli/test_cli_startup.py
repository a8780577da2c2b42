"""Start-up of the command line: a command loads only what it uses (structural; the timing is
benchmarks/bench_cli_start.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hashinsight_desktop import cli

HEAVY = ("sqlalchemy", "alembic", "pandas", "numpy", "PySide6", "pyqtgraph", "pulp", "httpx", "keyring", "openpyxl")
PROBE = """
import json, sys
from hashinsight_desktop import cli
argv = sys.argv[1:]
try:
    cli.build_parser(argv).parse_args(argv)
except SystemExit:
    pass
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def loaded_after_parsing(*argv: str) -> set[str]:
    """Top-level packages in sys.modules of a fresh interpreter that imported the CLI and parsed ``argv``."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    ("argv", "allowed"),
    [
        (["poll", "127.0.0.1", "--json"], set()),
        (["--help"], set()),
        (["simulate", "--miners", "2"], set()),
        (["curtail", "solve", "--miners-csv", "m.csv", "--target-kw", "2"], {"numpy"}),  # the solver's arrays
        (["--database-url", "sqlite:///x", "poll", "--help"], set()),
    ],
)
def test_a_command_loads_no_heavy_library_it_does_not_use(argv: list[str], allowed: set[str]) -> None:
    assert loaded_after_parsing(*argv) & set(HEAVY) == allowed


def test_each_registered_command_is_its_module_with_the_same_help_line() -> None:
    full = cli.build_parser()  # every module imported
    lazy = cli.build_parser([])  # none imported: names and help lines from the registry
    full_help = {a.dest: a.help for a in _commands(full)._choices_actions}
    lazy_help = {a.dest: a.help for a in _commands(lazy)._choices_actions}
    assert lazy_help == full_help
    assert set(cli.SUBCOMMAND_MODULES) <= set(lazy_help)


def _commands(parser: object) -> object:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
