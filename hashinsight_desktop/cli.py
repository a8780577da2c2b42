"""The one entry point: no arguments opens the console; sub-commands work headless."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from hashinsight_desktop import __version__
from hashinsight_desktop.commands import language
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hashinsight_desktop.services.app_context import AppContext

# Sub-commands that live in their own module, hashinsight_desktop.commands.<name>, with add_parser(commands) and
# run(args, context), and the line `--help` shows for them. A module is imported only when its command is given:
# start-up stays fast because SQLAlchemy, Qt, pandas, PuLP and httpx load only in the commands that use them
# (tests/cli/test_cli_startup.py, benchmarks/bench_cli_start.py). The help line must be the module's own (tested).
SUBCOMMAND_MODULES: dict[str, str] = {
    "calc": QT_TRANSLATE_NOOP("CLI", "profitability of a miner model or a custom machine"),
    "batch": QT_TRANSLATE_NOOP(
        "CLI", "profitability of every line of a fleet file (CSV or XLSX), written to XLSX or CSV"
    ),
    "poll": QT_TRANSLATE_NOOP("CLI", "poll miners once over the CGMiner API and print what they report"),
    "simulate": QT_TRANSLATE_NOOP("CLI", "serve N emulated miners on loopback addresses"),
    "agent": QT_TRANSLATE_NOOP("CLI", "poll the miners, keep telemetry and run due curtailment plans, headless"),
    "curtail": QT_TRANSLATE_NOOP("CLI", "shed power while losing the least hashrate"),
    "control": QT_TRANSLATE_NOOP(
        "CLI", "control miners through their own firmware (sleep, wake, reboot, power, pool, mode)"
    ),
    "site": QT_TRANSLATE_NOOP("CLI", "site settings"),
    "miner": QT_TRANSLATE_NOOP("CLI", "the fleet's miners: list, import, export, set, remove"),
    "audit": QT_TRANSLATE_NOOP("CLI", "audit log: verify its chain and its end, write a checkpoint"),
    "user": QT_TRANSLATE_NOOP("CLI", "user accounts"),
    "customer": QT_TRANSLATE_NOOP("CLI", "hosting customer accounts"),
    "lead": QT_TRANSLATE_NOOP("CLI", "sales leads: add, list, move, convert into a deal"),
    "deal": QT_TRANSLATE_NOOP("CLI", "sales deals: list, move through the pipeline"),
    "ticket": QT_TRANSLATE_NOOP("CLI", "support tickets: add, list, move, show, reply"),
    "discover": QT_TRANSLATE_NOOP("CLI", "scan a range for miners; list them (with bad hosts) or add them"),
    "notify": QT_TRANSLATE_NOOP("CLI", "alert notifications: channels, rules, a test message, the send log"),
    "alerts": QT_TRANSLATE_NOOP("CLI", "open alerts, acknowledging them, thresholds and maintenance"),
    "cluster": QT_TRANSLATE_NOOP("CLI", "the control room: consoles, agents, roles, job ticks"),
    "analytics": QT_TRANSLATE_NOOP(
        "CLI", "indicators, forecasts and why profit changed, from files and values (no database)"
    ),
    "billing": QT_TRANSLATE_NOOP("CLI", "hosting billing: a contract's bill for a month from its usage"),
    "invoice": QT_TRANSLATE_NOOP("CLI", "hosting invoices: list, show, issue, pay, credit"),
    "sla": QT_TRANSLATE_NOOP("CLI", "monthly SLA reports signed by the site; verify one"),
}

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class OneLineParser(argparse.ArgumentParser):
    """Argument errors in one line naming the sub-command, not argparse's usage block; sub-parsers inherit it."""

    def error(self, message: str) -> NoReturn:
        program, _, where = self.prog.partition(" ")
        error, see_help = translate("CLI", "error"), translate("CLI", "(see --help)")
        self.exit(EXIT_USAGE, f"{program}: {error}: {where + ': ' if where else ''}{message} {see_help}\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given the arguments, only the named sub-command's module is imported (the others are
    listed by name and help line, enough for `--help`)."""
    parser = OneLineParser(
        prog="hashinsight-desktop",
        description=translate(
            "CLI", "HashInsight Desktop: mining farm operations console. With no command, opens the console."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("CLI", "show program's version number and exit"),  # argparse's own default is not gettext'd
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "CLI",
            "sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: settings, "
            "then HASHINSIGHT_DATABASE_URL, then a SQLite file in the user data folder)",
        ),
    )
    parser.add_argument(
        "--smoke-test",
        metavar="PATH",
        help=translate("CLI", "build the main window with every tab, save a screenshot to PATH and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "CLI",
            "check this installation: solvers, migrations, indicators, forecast, PDF, translations, keyring; "
            "exit 1 if one fails",
        ),
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="LANG",
        help=translate(
            "CLI",
            "en or zh_CN, this time (default: HASHINSIGHT_LANG; then, for the console, View → Language; "
            "for a command, the locale: LC_ALL, LANG)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CLI", "open the console on a simulated farm (its own database; nothing real is touched)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help=translate("CLI", "database maintenance")).add_subparsers(
        dest="db_command", required=True, metavar="ACTION"
    )
    db.add_parser(
        "init", help=translate("CLI", "create a new database (the only command that does; the console asks first)")
    )
    db.add_parser("upgrade", help=translate("CLI", "migrate the database schema to the newest version"))
    db.add_parser("current", help=translate("CLI", "print the schema version of the database"))

    chosen = _chosen_command(parser, argv) if argv is not None else None
    for name, help_line in SUBCOMMAND_MODULES.items():
        if argv is None or name == chosen:
            _command_module(name).add_parser(commands)
        else:
            commands.add_parser(name, help=translate("CLI", help_line))
    return parser


def _language(code: str) -> str:
    from hashinsight_desktop.services.languages import UnknownLanguage, normalise

    try:
        return normalise(code)
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(language.error_text(exc)) from None


def _chosen_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The sub-command the arguments name, found with the top-level options only (nothing imported)."""
    top = OneLineParser(prog=parser.prog, add_help=False)
    for action in parser._actions:
        if action.option_strings and action.nargs != 0 and not isinstance(action, argparse._SubParsersAction):
            top.add_argument(*action.option_strings, nargs=action.nargs)
    top.add_argument("command", nargs="?")
    top.add_argument("rest", nargs=argparse.REMAINDER)
    known, _ = top.parse_known_args(argv)
    return known.command if isinstance(known.command, str) else None


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(f"hashinsight_desktop.commands.{name}")


def _context(args: argparse.Namespace, process_name: str = "cli", *, create: bool = False) -> AppContext:
    from hashinsight_desktop.app import build_context

    return build_context(
        args.database_url, process_name=process_name, create=create, ask_password=_password_prompt(process_name)
    )


def _password_prompt(process_name: str) -> Callable[[str], str | None]:
    """How the start asks for the database password when the settings say to: a dialog for the console, the
    terminal for a command."""
    if process_name != "gui":
        from hashinsight_desktop.commands.acting_user import database_password_prompt

        return database_password_prompt

    def in_a_dialog(display: str) -> str | None:
        from hashinsight_desktop.ui.database_password_prompt import ask_database_password

        return ask_database_password(display)

    return in_a_dialog


def cmd_db(args: argparse.Namespace) -> int:
    from hashinsight_desktop.db import migrate

    ctx = _context(args, create=args.db_command == "init")  # opening it migrates it to the newest schema
    revision = migrate.current_revision(ctx.database.engine)
    print(
        translate("CLI", "{kind} database {display}: schema {revision} (newest)").format(
            kind=ctx.database.kind, display=ctx.database.display, revision=revision
        )
    )
    ctx.database.close()
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from hashinsight_desktop.services.texts import render
    from hashinsight_desktop.ui.platform_check import gui_start_problem

    problem = gui_start_problem()  # before Qt loads: it would abort with "Aborted" or a wrong library name
    if problem is not None:
        print(f"hashinsight-desktop: {translate('CLI', 'error')}: {render(problem, translate)}", file=sys.stderr)
        return EXIT_FAILED
    if not args.demo and not args.smoke_test:
        from hashinsight_desktop.ui.first_run.entry import first_run_needed, run_first_run

        if first_run_needed(args.database_url):  # a new install: the wizard, instead of a question and a dialog
            outcome = run_first_run(lambda url: _context(argparse.Namespace(database_url=url), "gui", create=True))
            if outcome is None:
                return EXIT_OK  # cancelled: nothing was written
            if outcome.context is not None:
                from hashinsight_desktop.ui.gui_app import run_gui

                return run_gui(outcome.context, principal=outcome.principal)
            args.demo = True  # the demo farm, as --demo
    network = None
    if args.demo:
        from hashinsight_desktop import demo
        from hashinsight_desktop.services.paths import AppPaths

        network = demo.free_network()  # before any window: a taken range is said here, in one line
        if network is None:
            taken = render(demo.no_free_network_message(), translate)
            print(f"hashinsight-desktop: {translate('CLI', 'error')}: {taken}", file=sys.stderr)
            return EXIT_FAILED
        args.database_url = args.database_url or demo.demo_database_url(AppPaths.default().ensure().data_dir, network)
    from hashinsight_desktop.services.database import DatabaseMissing

    try:
        ctx = _context(args, process_name="gui", create=args.demo)  # the demo's database is its own
    except DatabaseMissing as missing:
        from hashinsight_desktop.ui.first_start import confirm_new_database

        if args.smoke_test or not confirm_new_database(missing.path):
            raise
        ctx = _context(args, process_name="gui", create=True)
    from hashinsight_desktop.ui.gui_app import run_gui, smoke_test

    if args.smoke_test:
        return smoke_test(ctx, args.smoke_test)
    return run_gui(ctx, demo_network=network)


def _module_command(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        module = _command_module(name)
        needs = getattr(module, "NEEDS_DATABASE", True)  # a bool, or a function of the parsed arguments
        context = _context(args) if (needs(args) if callable(needs) else needs) else None
        return int(module.run(args, context))

    return run


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "db": cmd_db,
    **{name: _module_command(name) for name in SUBCOMMAND_MODULES},
}


def exit_code(exc: Exception) -> int | None:
    """The exit code of an error the command line reports in one line (None: a bug, shown as a traceback).
    1: understood, and refused or failed (invalid value, bad file, permission, illegal transition, a keyring or
    settings file that failed). 2: not understood, or no database (usage, a database URL that is wrong, a database
    missing, unreachable or refusing the login). Imported here, not at start-up: the raiser's module is loaded."""
    from hashinsight_desktop.services.database import DatabaseConfigError, DatabaseUnavailable
    from hashinsight_desktop.services.errors import ServiceError
    from hashinsight_desktop.services.secret_store import SecretStoreError
    from hashinsight_desktop.services.settings import SettingsError

    if isinstance(exc, DatabaseConfigError | DatabaseUnavailable):
        return EXIT_USAGE
    if isinstance(exc, ServiceError | SettingsError | SecretStoreError):
        return EXIT_FAILED
    return None


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the installer build: the proof path's solver child starts here
    argv = sys.argv[1:] if argv is None else list(argv)
    language.install(language.chosen(argv, os.environ))  # before the parser: its help texts are translated too
    args = build_parser(argv).parse_args(argv)
    if args.lang:  # the console (ui/i18n.py) and its agent read the language from the environment
        os.environ["HASHINSIGHT_LANG"] = args.lang
    try:
        if args.self_test:
            from hashinsight_desktop.self_test import run as self_test

            return self_test(translate)
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        code = exit_code(exc)
        if code is None:
            raise
        print(f"hashinsight-desktop: {translate('CLI', 'error')}: {language.error_text(exc)}", file=sys.stderr)
        return code
