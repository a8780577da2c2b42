"""Every line of every `--help` goes through the command line's translator: the whole command tree (each command,
sub-command and sub-sub-command) is asked for its help under a pseudo-translation in which each translated text
reads ⟪like this⟫. A word left outside ⟪⟫ was never translated — unless it is something the user types as it is:
an option name, a metavar, a choice, a command's name (read from the parser itself, not listed by hand)."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hashinsight_desktop import cli
from hashinsight_desktop.commands import customer, deal, language, lead, ticket
from hashinsight_desktop.services.analytics import explain
from hashinsight_desktop.services.languages import LANGUAGE_ENV
from hashinsight_desktop.simulator.farm import DEFAULT_MIX
from hashinsight_desktop.ui import i18n
from tests.support.cli_in_process import run_main

OPEN, CLOSE = "⟪", "⟫"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # wrapped help spans lines: [^…] crosses them
# A word a reader would want in their language: three letters or more, not all capitals (FILE, USD, TH/s).
_WORD = re.compile(r"(?<![\w-])(?=[A-Za-z]*[a-z])[A-Za-z]{3,}(?![\w-])")
_TYPED = re.compile(r"(?<!\w)--?[\w-]+")  # option names as typed: never translated
# Help that is nothing but the values a user types, shown as they are in every language (not argparse choices, which
# the walk reads itself: the command checks them, naming the field, in the reader's language).
VALUES_TYPED: dict[tuple[str, ...], set[str]] = {
    ("ticket", "move"): set(ticket.STATES),  # STATE's help lists the states `ticket move` takes
    ("ticket", "list"): {*ticket.STATES, *ticket.SORT_KEYS},  # "one of …": --status's and --sort's values
    ("customer", "list"): set(customer.SORTS),
    ("lead", "list"): set(lead.SORT_KEYS),
    ("deal", "list"): set(deal.SORT_KEYS),
    ("analytics", "explain"): set(explain.KEYS),  # the inputs --before and --after name
    ("simulate",): {
        word for model in DEFAULT_MIX for word in re.findall(r"[A-Za-z]+", model)
    },  # --mix's default: catalogue models
}


_PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%\([^)]*\)[a-z]|%[sdr])")  # str.format's and argparse's


class _Marker:
    """Stands in for the .qm: every text looked up comes back with its words marked and its placeholders not, so
    an English value a template is filled with shows outside the marks."""

    def translate(self, context: str, text: str, *_: object) -> str:
        parts = _PLACEHOLDER.split(text)
        return "".join(part if i % 2 else f"{OPEN}{part}{CLOSE}" for i, part in enumerate(parts) if part)


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "own_translator", lambda _language: _Marker())
    monkeypatch.setenv(LANGUAGE_ENV, "en")  # cli.main exports --lang for the console's agents: undone after the test
    yield
    language.install("en")


def _tree(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], set[str]]]:
    """(the words that name a command, the words a user types) for ``parser`` and every parser below it."""
    typed: set[str] = set(path)
    below: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        typed.update(action.option_strings)
        for metavar in action.metavar if isinstance(action.metavar, tuple) else (action.metavar,):
            if metavar:
                typed.update(re.findall(r"[\w-]+", metavar))
        typed.add(action.dest)
        typed.add(action.dest.upper())
        if isinstance(action, argparse._SubParsersAction):
            below.extend(action.choices.items())
        elif action.choices:
            typed.update(str(choice) for choice in action.choices)
    typed.update(name for name, _ in below)
    yield path, typed
    for name, child in below:
        yield from _tree(child, (*path, name))


def untranslated(help_text: str, typed: set[str]) -> list[str]:
    """The lines of ``help_text`` with an English word no translation produced."""
    rest = help_text
    while (unmarked := _MARKED.sub(" ", rest)) != rest:  # the innermost first: a template holds translated values
        rest = unmarked
    found = []
    for line in rest.splitlines():
        words = [w for w in _WORD.findall(_TYPED.sub(" ", line)) if w not in typed and w != "hashinsight"]
        if words:
            found.append(f"{line.strip()!r}: {words}")
    return found


def test_every_help_line_is_translated(marked: None, app_home: Path) -> None:
    language.install("zh_CN")
    try:
        commands = list(_tree(cli.build_parser(None), ()))  # every module's parser, built in the marked language
    finally:
        language.install("en")
    assert len(commands) > 120  # the walk reached the sub-sub-commands
    failures = []
    for path, typed in commands:
        result = run_main("--lang", "zh_CN", *path, "--help", home=app_home)
        assert result.returncode == 0, (path, result.stderr)
        left = untranslated(result.stdout, typed | VALUES_TYPED.get(path, set()))
        failures += [f"{' '.join(path) or '(top)'}: {line}" for line in left]
    assert not failures, "help left in English:\n" + "\n".join(failures)


PRICES = Path(__file__).parents[1] / "services" / "analytics" / "data" / "btc_usd_daily.csv"
JSON_KEYS = {"macd"}  # the indicators' columns are named by their --json keys; the others hold _ or digits
MARKET = ("--btc-price", "60000", "--difficulty", "80T", "--fees-per-block", "0.1", "--block-height", "850000")


def test_every_analytics_text_line_is_translated(marked: None, app_home: Path, tmp_path: Path) -> None:
    """What the analytics commands print (not --json: that stays English, for scripts). Figures, dates and the
    indicators' column names (the --json keys, words joined by _) are the same in every language."""
    series = tmp_path / "series.csv"
    rows = PRICES.read_text().splitlines()[1:]
    series.write_text("date,value\n" + "".join(f"{r.split(',')[0]},{r.split(',')[4]}\n" for r in rows))
    before = "btc_price=60000,difficulty=80T,block_height=850000,fees_per_block=0.1,hashrate_ths=100,power_w=3000,"
    before += "electricity=0.05"
    runs = [
        ("indicators", "--prices-csv", str(PRICES)),
        ("forecast", "--series-csv", str(series), "--days", "2", "--log", "--budget-s", "0.2"),
        ("explain", "--before", before, "--after", "btc_price=50000,electricity=0.06"),
        ("explain", "--before", before, "--after", "btc_price=60000"),
        ("signals", "--prices-csv", str(PRICES), "--funding-8h-pct", "0.05"),
        ("heatmap", "--hashrate-ths", "100", "--power-w", "3000", *MARKET, "--cells", "2"),
    ]
    failures = []
    for args in runs:
        result = run_main("--lang", "zh_CN", "analytics", *args, home=app_home)
        assert result.returncode == 0, (args, result.stderr)
        failures += [f"analytics {args[0]}: {line}" for line in untranslated(result.stdout, JSON_KEYS)]
    assert not failures, "printed in English:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    "args",
    [
        ("poll", "127.0.0.1", "--port", "x"),
        ("poll", "127.0.0.1", "--port", "70000"),
        ("poll", "127.0.0.1", "--timeout", "-1"),
        ("curtail", "plan", "--site", "s", "--target-kw", "1", "--feed-limit", "rack1", "--as", "u"),
        ("curtail", "plan", "--site", "s", "--target-kw", "1", "--start-at", "tomorrow", "--as", "u"),
        ("analytics", "replay", "--from", "May", "--to", "2024-01-02"),
    ],
)
def test_a_refused_argument_is_said_in_the_readers_language(
    marked: None, app_home: Path, args: tuple[str, ...]
) -> None:
    result = run_main("--lang", "zh_CN", *args, home=app_home)
    assert result.returncode == 2, result.stderr
    said = result.stderr.replace("hashinsight-desktop", "").replace(" ".join(args[:2]), "")
    assert "⟪" in said and not untranslated(said, set(args)), result.stderr


def test_calc_and_batch_text_is_translated(marked: None, app_home: Path, tmp_path: Path) -> None:
    """calc's table, its payback and where each input came from; batch's summary. The inputs' names are the --json
    keys; the model's name, the file names and figures are the same in every language."""
    market = ("--btc-price", "100000", "--difficulty", "1e14", "--fees-per-block", "0", "--block-height", "900000")
    calc = ("calc", "--model", "Antminer S19 Pro", "--electricity", "0.05", "--hardware-cost", "9000", *market)
    keys = set(json.loads(run_main(*calc, "--json", home=app_home).stdout)["inputs"])
    said = run_main("--lang", "zh_CN", *calc, home=app_home)
    assert said.returncode == 0, said.stderr
    left = untranslated(said.stdout, keys | {"Bitmain", "Antminer", "Pro"})
    fleet, out = tmp_path / "fleet.csv", tmp_path / "result.csv"
    fleet.write_text("Model,Quantity,Electricity price\nAntminer S19 Pro,20,0.05\n", encoding="utf-8")
    summary = run_main("--lang", "zh_CN", "batch", str(fleet), "--out", str(out), *market, home=app_home)
    assert summary.returncode == 0, summary.stderr
    left += untranslated(summary.stdout.replace(str(out), "").replace(fleet.name, ""), set())
    assert not left, "printed in English:\n" + "\n".join(left)
