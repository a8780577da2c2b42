"""`hashinsight-desktop analytics indicators|forecast|explain|signals|import|heatmap|replay`: the Analytics tab's
computations on files and values, no database (for scripting); `import` back-fills the database's market history;
`heatmap` (of a model: no database; `--fleet`: the user's miners) and `replay` read the stored market and
telemetry. A bad file lists every bad cell by row and column on stderr and exits 1, nothing computed; a bad value
exits 1 naming it."""

from __future__ import annotations

import argparse
import json
import math
import sys
from decimal import Decimal
from typing import Any

from hashinsight_desktop.commands import analytics_fleet, analytics_market
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render


def NEEDS_DATABASE(args: argparse.Namespace) -> bool:
    """cli.py asks: `import` writes to the database; `replay` and a `--fleet` heat-map read it."""
    return bool(args.analytics_command == "import" or analytics_fleet.needs_database(args))


EXIT_OK, EXIT_FAILED = 0, 1
SHOWN_ROWS = 10  # the text output's tail of the indicator table
# The forecast's first line by (with a constant, on logs); the bare order as it is.
MODEL_LINES = {
    (True, False): QT_TRANSLATE_NOOP("CLI", "{order} with a constant"),
    (False, True): QT_TRANSLATE_NOOP("CLI", "{order} on logs"),
    (True, True): QT_TRANSLATE_NOOP("CLI", "{order} with a constant on logs"),
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "analytics",
        help=translate("CLI", "indicators, forecasts and why profit changed, from files and values (no database)"),
    )
    sub = parser.add_subparsers(dest="analytics_command", required=True, metavar="ACTION")

    indicators = sub.add_parser(
        "indicators", help=translate("CLI", "SMA, EMA, RSI, MACD, Bollinger Bands (and ATR) as TA-Lib does")
    )
    indicators.add_argument(
        "--prices-csv",
        metavar="FILE",
        required=True,
        help=translate(
            "CLI", "CSV or XLSX with date, close and optional open, high, low, volume (ATR needs high and low)"
        ),
    )
    indicators.add_argument(
        "--json", action="store_true", help=translate("CLI", "arrays aligned with the rows, null in warm-up")
    )

    forecast = sub.add_parser(
        "forecast", help=translate("CLI", "ARIMA forecast with 80/95 %% intervals and a back-test")
    )
    forecast.add_argument(
        "--series-csv", metavar="FILE", required=True, help=translate("CLI", "CSV or XLSX with date, value; daily")
    )
    forecast.add_argument(
        "--log", action="store_true", help=translate("CLI", "model the logarithm (prices); report in the input's scale")
    )
    forecast.add_argument("--days", type=int, default=7, metavar="N", help=translate("CLI", "days ahead, default 7"))
    forecast.add_argument(
        "--budget-s",
        type=float,
        default=0.8,
        metavar="S",
        help=translate("CLI", "time for the order search, default 0.8"),
    )
    forecast.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object"))

    explain = sub.add_parser(
        "explain", help=translate("CLI", "split a change of daily profit into each input's part (Shapley)")
    )
    keys = (
        "btc_price, difficulty, block_height, fees_per_block, hashrate_ths, uptime_pct, power_w, electricity, "
        "pool_fee_pct"
    )
    explain.add_argument(
        "--before",
        metavar="K=V,...",
        required=True,
        help=translate(
            "CLI",
            "the inputs before: {keys} (uptime_pct and pool_fee_pct default to 100 and 2); no thousands separators; "
            "difficulty may be 110T",
        ).format(keys=keys),
    )
    explain.add_argument(
        "--after", metavar="K=V,...", required=True, help=translate("CLI", "the inputs that changed (others as before)")
    )
    explain.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object"))
    analytics_market.add_parsers(sub)
    analytics_fleet.add_parsers(sub)


def run(args: argparse.Namespace, context: object = None) -> int:
    from hashinsight_desktop.services.table_file import BadCells

    try:
        if args.analytics_command == "import":
            return analytics_market.import_file(args, context)
        if args.analytics_command in WITH_CONTEXT:
            return int(WITH_CONTEXT[args.analytics_command](args, context))
        return int(ACTIONS[args.analytics_command](args))
    except BadCells as bad:
        source = (
            getattr(args, "reading", None) or getattr(args, "prices_csv", None) or getattr(args, "series_csv", None)
        )
        headline = (
            translate("CLI", "hashinsight-desktop: error: {source}: {count} bad cell(s); nothing was imported:")
            if args.analytics_command == "import"
            else translate("CLI", "hashinsight-desktop: error: {source}: {count} bad cell(s); nothing was computed:")
        )
        print(headline.format(source=source, count=len(bad.errors)), file=sys.stderr)
        for error in bad.errors:
            print(f"  {render(error.text, translate)}", file=sys.stderr)
        return EXIT_FAILED


def _indicators(args: argparse.Namespace) -> int:
    from hashinsight_desktop.services.analytics.indicators import compute
    from hashinsight_desktop.services.analytics.series_file import read_prices

    prices = read_prices(args.prices_csv)
    result = compute(prices.close, prices.high, prices.low)
    dates = [d.date().isoformat() if d.time() == d.min.time() else d.isoformat() for d in prices.dates]
    if args.json:
        print(json.dumps({"dates": dates, "close": prices.close.tolist(), **result.as_json()}))
        return EXIT_OK
    names = list(result.values)
    date, close = translate("CLI", "date"), translate("CLI", "close")
    print("  ".join([pad(date, 19), pad(close, 12, right=True), *(pad(name, 12, right=True) for name in names)]))
    for i in range(max(0, len(dates) - SHOWN_ROWS), len(dates)):
        cells = [_shown(result.values[name][i]) for name in names]
        print("  ".join([dates[i].ljust(19), f"{prices.close[i]:12.2f}", *cells]))
    shown = translate("CLI", "({rows} rows; the last {shown} shown; --json for all)")
    print(shown.format(rows=len(dates), shown=min(SHOWN_ROWS, len(dates))))
    return EXIT_OK


def _shown(value: float) -> str:
    return "—".rjust(12) if math.isnan(value) else f"{value:12.2f}"


def _forecast(args: argparse.Namespace) -> int:
    from hashinsight_desktop.services.analytics.forecast import bands_note as forecast_bands_note
    from hashinsight_desktop.services.analytics.forecast import forecast
    from hashinsight_desktop.services.analytics.series_file import read_series

    if not (math.isfinite(args.budget_s) and args.budget_s > 0):
        more_than = QT_TRANSLATE_NOOP("Errors", "must be more than 0 seconds, not {value}")
        raise ValidationError("--budget-s", Text(more_than, value=args.budget_s))
    series = read_series(args.series_csv, positive=args.log)
    result = forecast(series.dates, series.values, days=args.days, log=args.log, budget_s=args.budget_s)
    if args.json:
        print(json.dumps(result.as_json(), indent=2))
        return EXIT_OK
    p, d, q = result.order
    order, line = f"ARIMA({p},{d},{q})", MODEL_LINES.get((result.constant, result.log))
    print(translate("CLI", line).format(order=order) if line else order)
    print(forecast_bands_note(result, translate))
    date, mean = translate("CLI", "date"), translate("CLI", "mean")
    inside_80, inside_95 = translate("CLI", "80 % interval"), translate("CLI", "95 % interval")
    print(f"{date:<10}  {mean:>12}  {inside_80:>27}  {inside_95:>27}")
    for point in result.points:
        print(
            f"{point.date.date().isoformat()}  {point.mean:12.2f}  {point.lo80:12.2f} – {point.hi80:12.2f}"
            f"  {point.lo95:12.2f} – {point.hi95:12.2f}"
        )
    test = result.backtest
    if test is None:
        print(translate("CLI", "Back-test: the series is too short for one window"))
    else:
        backtest = translate(
            "CLI",
            "Back-test over {points} forecasts ({windows} windows): MAPE {mape:.2f} %, "
            "inside the 80 % interval {inside_80:.0f} %, inside the 95 % interval {inside_95:.0f} %",
        )
        print(
            backtest.format(
                points=test.points,
                windows=test.windows,
                mape=test.mape_pct,
                inside_80=test.coverage_80_pct,
                inside_95=test.coverage_95_pct,
            )
        )
    for warning in result.warnings:
        print(translate("CLI", "Warning: {warning}").format(warning=render(warning, translate)))
    return EXIT_OK


def _pairs(flag: str, text: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for piece in (p.strip() for p in text.split(",")):
        key, equals, value = piece.partition("=")
        if not equals or not key.strip():
            not_pair = QT_TRANSLATE_NOOP("Errors", "{piece!r} is not KEY=VALUE (no thousands separators in values)")
            raise ValidationError(flag, Text(not_pair, piece=piece))
        if key.strip() in pairs:
            raise ValidationError(flag, Text(QT_TRANSLATE_NOOP("Errors", "{key} is given twice"), key=key.strip()))
        pairs[key.strip()] = value.strip()
    return pairs


def _explain(args: argparse.Namespace) -> int:
    from hashinsight_desktop.services.analytics.explain import TRANSLATION_CONTEXT, explain, parse_inputs

    given_before, given_after = _pairs("--before", args.before), _pairs("--after", args.after)
    try:
        before = parse_inputs(given_before)
    except ValidationError as exc:
        raise ValidationError(f"--before {exc.field}", exc.message_text) from None
    try:
        after = parse_inputs(given_after, before)
    except ValidationError as exc:
        raise ValidationError(f"--after {exc.field}", exc.message_text) from None
    result = explain(before, after)
    if args.json:
        print(json.dumps(result.as_json(), indent=2))
        return EXIT_OK
    profit = translate("CLI", "Daily profit: {before} → {after} (change {change}/day)")
    print(
        profit.format(
            before=_usd(result.profit_before), after=_usd(result.profit_after), change=_usd(result.change, signed=True)
        )
    )
    for sentence in result.sentences:
        print("  " + translate(TRANSLATION_CONTEXT, sentence.template).format(**sentence.arguments))
    if not result.sentences:
        print("  " + translate("CLI", "No input changed."))
    return EXIT_OK


def _usd(amount: Decimal, *, signed: bool = False) -> str:
    """−$3.20 with the sentences' minus sign (it was $-3.20), +$1.50 for a gain where ``signed``."""
    return ("−" if amount < 0 else "+" if signed else "") + f"${abs(amount):,.2f}"


WITH_CONTEXT: dict[str, Any] = {"heatmap": analytics_fleet.heatmap, "replay": analytics_fleet.replay}
ACTIONS: dict[str, Any] = {
    "indicators": _indicators,
    "forecast": _forecast,
    "explain": _explain,
    "signals": analytics_market.signals,
}
