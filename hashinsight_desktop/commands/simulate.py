"""`hashinsight-desktop simulate`: serve an emulated farm on loopback (no database)."""

from __future__ import annotations

import argparse

from hashinsight_desktop.commands.language import translate

NEEDS_DATABASE = False


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from hashinsight_desktop.simulator.cli import add_arguments

    add_arguments(
        commands.add_parser("simulate", help=translate("CLI", "serve N emulated miners on loopback addresses")),
        translate,
    )


def run(args: argparse.Namespace, _context: object = None) -> int:
    from hashinsight_desktop.simulator.cli import run_from_args

    return int(run_from_args(args))
