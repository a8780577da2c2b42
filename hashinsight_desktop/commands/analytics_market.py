"""`analytics signals` (files, no database) and `analytics import` (a history file into the database's market
history, as a user): the market-history half of the `analytics` command."""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from hashinsight_desktop.commands.language import translate  # the command line's language (--lang, locale)
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

EXIT_OK = 0
STANCES = {  # the ensemble's stance, as --json keeps it
    "buy": QT_TRANSLATE_NOOP("CLI", "buy"),
    "sell": QT_TRANSLATE_NOOP("CLI", "sell"),
    "neutral": QT_TRANSLATE_NOOP("CLI", "neutral"),
}
MODULES = {  # the signal modules' names, as --json keeps them
    "technical": QT_TRANSLATE_NOOP("CLI", "technical"),
    "sentiment": QT_TRANSLATE_NOOP("CLI", "sentiment"),
    "derivatives": QT_TRANSLATE_NOOP("CLI", "derivatives"),
    "network": QT_TRANSLATE_NOOP("CLI", "network"),
    "regime": QT_TRANSLATE_NOOP("CLI", "regime"),
    "levels": QT_TRANSLATE_NOOP("CLI", "levels"),
    "exhaustion": QT_TRANSLATE_NOOP("CLI", "exhaustion"),
}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from hashinsight_desktop.commands.acting_user import add_acting_arguments

    signals = sub.add_parser(
        "signals", help=translate("CLI", "the signal modules and their −100…+100 ensemble score on a price file")
    )
    signals.add_argument(
        "--prices-csv",
        metavar="FILE",
        required=True,
        help=translate("CLI", "CSV or XLSX with date, close and optional open, high, low, volume"),
    )
    signals.add_argument(
        "--fear-greed-csv", metavar="FILE", help=translate("CLI", "date, value (0-100): the Fear & Greed index by day")
    )
    signals.add_argument(
        "--difficulty-csv", metavar="FILE", help=translate("CLI", "date, value: network difficulty by day")
    )
    signals.add_argument(
        "--funding-8h-pct", type=float, metavar="PCT", help=translate("CLI", "Deribit perpetual funding, %% per 8 h")
    )
    signals.add_argument(
        "--basis-pct", type=float, metavar="PCT", help=translate("CLI", "perpetual mark over the index, %%")
    )
    signals.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object"))

    importing = sub.add_parser(
        "import",
        help=translate("CLI", "back-fill the market history's daily bars from a CSV/XLSX file (needs the database)"),
    )
    importing.add_argument(
        "file",
        metavar="FILE",
        help=translate("CLI", "date, close and optional open, high, low, volume (USD), difficulty, hashrate (EH/s)"),
    )
    add_acting_arguments(importing)


def _finite(flag: str, value: float | None) -> float | None:
    if value is not None and not math.isfinite(value):
        raise ValidationError(
            flag, Text(QT_TRANSLATE_NOOP("Errors", "must be a finite number, not {value}"), value=value)
        )
    return value


def signals(args: argparse.Namespace) -> int:
    import numpy as np

    from hashinsight_desktop.services.analytics.series_file import read_prices, read_series
    from hashinsight_desktop.services.analytics.signals import MarketSeries
    from hashinsight_desktop.services.analytics.signals.ensemble import ensemble
    from hashinsight_desktop.services.texts import render

    funding, basis = _finite("--funding-8h-pct", args.funding_8h_pct), _finite("--basis-pct", args.basis_pct)
    args.reading = args.prices_csv  # the file a bad cell is reported against
    prices = read_prices(args.prices_csv)
    days = tuple(d.date() for d in prices.dates)
    fear: dict[Any, int] = {}
    if args.fear_greed_csv:
        args.reading = args.fear_greed_csv
        series = read_series(args.fear_greed_csv)
        bad = [v for v in series.values if not 0 <= v <= 100 or v != int(v)]
        if bad:
            whole = QT_TRANSLATE_NOOP("Errors", "values are whole numbers 0-100, not {value:g}")
            raise ValidationError("--fear-greed-csv", Text(whole, value=bad[0]))
        fear = {d.date(): int(v) for d, v in zip(series.dates, series.values, strict=True)}
    difficulty = None
    if args.difficulty_csv:
        args.reading = args.difficulty_csv
        series = read_series(args.difficulty_csv, positive=True)
        by_day = {d.date(): v for d, v in zip(series.dates, series.values, strict=True)}
        difficulty = np.array([by_day.get(day, math.nan) for day in days], dtype=np.float64)
    market = MarketSeries(days, prices.close, prices.high, prices.low, prices.volume, difficulty, fear, funding, basis)
    result = ensemble(market)
    if args.json:
        print(json.dumps(result.as_json(translate), indent=2, ensure_ascii=False))
        return EXIT_OK
    score = translate("CLI", "Score {score:+.0f} ({stance}) on {day}")
    print(score.format(score=result.score, stance=translate("CLI", STANCES[result.stance]), day=result.as_of))
    for c in result.contributions:
        print(f"  {c.points:+5.0f}  {pad(_module(c.module), 11)} {render(c.reason, translate)}")
    missing = translate("CLI", "missing")
    for module, why in result.missing.items():
        print(f"  {pad(missing, 5, right=True)}  {pad(_module(module), 11)} {render(why, translate)}")
    if result.support is not None or result.resistance is not None:
        levels = (
            (QT_TRANSLATE_NOOP("CLI", "support {level:,.0f}"), result.support),
            (QT_TRANSLATE_NOOP("CLI", "resistance {level:,.0f}"), result.resistance),
        )
        shown = [translate("CLI", name).format(level=level) for name, level in levels if level]
        print(translate("CLI", "Levels: {levels}").format(levels=", ".join(shown)))
    return EXIT_OK


def _module(name: str) -> str:
    return translate("CLI", MODULES[name]) if name in MODULES else name


def import_file(args: argparse.Namespace, context: Any) -> int:
    from hashinsight_desktop.commands.acting_user import acting_principal
    from hashinsight_desktop.services.analytics.history_import import import_history
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(context, args.acting_user)
    args.reading = args.file
    with unit_of_work(context.database.session_factory, "market history") as session:
        result = import_history(session, principal, args.file, clock=context.clock)
    if args.json:
        print(json.dumps({"id": f"{result.first_day}..{result.last_day}", **vars(result)}))
        return EXIT_OK
    imported = translate(
        "CLI",
        "Imported {bars} daily bar(s) {first} – {last} ({written} new, {replaced} replaced; {kept} collected day(s) "
        "kept)",
    )
    print(
        imported.format(
            bars=result.written + result.replaced,
            first=result.first_day,
            last=result.last_day,
            written=result.written,
            replaced=result.replaced,
            kept=result.skipped_collected,
        )
    )
    return EXIT_OK
