"""`analytics heatmap` and `analytics replay`: the Analytics tab's ROI heat-map and historical replay from the command
line, for a model's typed figures or (``--fleet``) for the miners a user may see, optionally one site. The heat-map
of a model needs no database; the fleet's and every replay read it (the stored market and telemetry)."""

from __future__ import annotations

import argparse
import json
import math
import uuid
from datetime import date
from typing import Any

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

EXIT_OK = 0
MAX_CELLS = 400
DAY_STATUSES = {  # a replayed day's status as --json keeps it, and as the text output says it
    "covered": QT_TRANSLATE_NOOP("CLI", "covered"),
    "no_telemetry": QT_TRANSLATE_NOOP("CLI", "no_telemetry"),
    "no_market_data": QT_TRANSLATE_NOOP("CLI", "no_market_data"),
    "partial": QT_TRANSLATE_NOOP("CLI", "partial"),
}


def needs_database(args: argparse.Namespace) -> bool:
    return bool(args.analytics_command == "replay" or getattr(args, "fleet", False))


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    heat = sub.add_parser(
        "heatmap",
        help=translate("CLI", "daily profit (and payback) over electricity price x BTC price, for a model or --fleet"),
    )
    _scenario_arguments(heat, uptime=True)
    heat.add_argument(
        "--btc-price", required=True, metavar="USD", help=translate("CLI", "today's BTC price (the marked point)")
    )
    heat.add_argument(
        "--difficulty", required=True, metavar="D", help=translate("CLI", "network difficulty (110T allowed)")
    )
    heat.add_argument(
        "--fees-per-block", required=True, metavar="BTC", help=translate("CLI", "transaction fees per block")
    )
    heat.add_argument(
        "--block-height", required=True, metavar="N", help=translate("CLI", "the block height (its subsidy era)")
    )
    heat.add_argument(
        "--electricity", default="0.05", metavar="USD", help=translate("CLI", "today's $/kWh, default 0.05")
    )
    heat.add_argument(
        "--hardware-cost", default="0", metavar="USD", help=translate("CLI", "per unit, for payback; default 0 (none)")
    )
    heat.add_argument(
        "--max-electricity", type=float, default=0.15, metavar="USD", help=translate("CLI", "top row, default 0.15")
    )
    heat.add_argument(
        "--price-span-pct",
        type=float,
        default=60.0,
        metavar="PCT",
        help=translate("CLI", "columns: price ± this %%, default 60"),
    )
    heat.add_argument(
        "--cells",
        type=int,
        default=11,
        metavar="N",
        help=translate("CLI", "per axis, 2-{top}, default 11").format(top=MAX_CELLS),
    )

    play = sub.add_parser(
        "replay",
        help=translate(
            "CLI", "what a model, or --fleet as it was, earned day by day with the stored market (database)"
        ),
    )
    _scenario_arguments(play, uptime=True)
    play.add_argument(
        "--from", dest="start", required=True, type=_day, metavar="DATE", help=translate("CLI", "first day, YYYY-MM-DD")
    )
    play.add_argument(
        "--to", dest="end", required=True, type=_day, metavar="DATE", help=translate("CLI", "last day, YYYY-MM-DD")
    )
    play.add_argument("--electricity", default="0.05", metavar="USD", help=translate("CLI", "$/kWh, default 0.05"))
    play.add_argument(
        "--fees-per-block",
        default="0.08",
        metavar="BTC",
        help=translate("CLI", "for days without a stored snapshot, default 0.08"),
    )


def _scenario_arguments(parser: argparse.ArgumentParser, *, uptime: bool) -> None:
    parser.add_argument(
        "--fleet", action="store_true", help=translate("CLI", "the miners --as USER may see (measured or nameplate)")
    )
    parser.add_argument("--site", metavar="NAME", help=translate("CLI", "with --fleet: only this site's miners"))
    parser.add_argument("--hashrate-ths", metavar="THS", help=translate("CLI", "a model: TH/s per unit"))
    parser.add_argument("--power-w", metavar="W", help=translate("CLI", "a model: watts per unit"))
    parser.add_argument("--quantity", default="1", metavar="N", help=translate("CLI", "a model: units, default 1"))
    parser.add_argument("--pool-fee-pct", default="2", metavar="PCT", help=translate("CLI", "default 2"))
    if uptime:
        parser.add_argument(
            "--uptime-pct", default="100", metavar="PCT", help=translate("CLI", "a model's uptime, default 100")
        )
    parser.add_argument(
        "--as", dest="acting_user", metavar="USER", help=translate("CLI", "with --fleet: whose fleet (required)")
    )
    parser.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object"))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text!r} is not a date YYYY-MM-DD").format(text=text)
        ) from None


def _check_scenario(args: argparse.Namespace) -> None:
    if args.fleet:
        if args.hashrate_ths or args.power_w:
            raise ValidationError(
                "--fleet",
                QT_TRANSLATE_NOOP("CLI", "the fleet brings its own figures: drop --hashrate-ths and --power-w"),
            )
        if not args.acting_user:
            raise ValidationError(
                "--as", QT_TRANSLATE_NOOP("CLI", "the fleet is the miners a user may see: name the user")
            )
        return
    if args.site:
        raise ValidationError("--site", QT_TRANSLATE_NOOP("CLI", "only with --fleet"))
    missing = [
        flag for flag, value in (("--hashrate-ths", args.hashrate_ths), ("--power-w", args.power_w)) if not value
    ]
    if missing:
        raise ValidationError(
            missing[0], QT_TRANSLATE_NOOP("CLI", "a model needs --hashrate-ths and --power-w (or use --fleet)")
        )


def _site_id(session: Any, principal: Any, name: str | None) -> uuid.UUID | None:
    from hashinsight_desktop.services.sites import list_sites

    if not name:
        return None
    for site in list_sites(session, principal):
        if site.name.casefold() == name.casefold():
            return site.id
    raise ValidationError(
        "--site", Text(QT_TRANSLATE_NOOP("CLI", "no site named {name!r} that you may see"), name=name)
    )


def _parsed(raw: dict[str, Any], flags: dict[str, str]) -> Any:
    from hashinsight_desktop.services.calculator.inputs import CalculatorInputs

    with options_named(flags):
        return CalculatorInputs.parse(raw)


def heatmap(args: argparse.Namespace, context: Any) -> int:
    import numpy as np

    from hashinsight_desktop.services.analytics.heatmap import heatmap as compute

    _check_scenario(args)
    if not 2 <= args.cells <= MAX_CELLS:
        raise ValidationError(
            "--cells", Text(QT_TRANSLATE_NOOP("CLI", "must be 2 to {top}, not {n}"), top=MAX_CELLS, n=args.cells)
        )
    if not (math.isfinite(args.max_electricity) and args.max_electricity > 0):
        raise ValidationError(
            "--max-electricity", Text(QT_TRANSLATE_NOOP("CLI", "must be above 0, not {n}"), n=args.max_electricity)
        )
    if not (math.isfinite(args.price_span_pct) and 0 < args.price_span_pct < 100):
        raise ValidationError(
            "--price-span-pct",
            Text(QT_TRANSLATE_NOOP("CLI", "must be between 0 and 100, not {n}"), n=args.price_span_pct),
        )
    scenario: dict[str, Any] = {"kind": "model"}
    figures = {"hashrate_ths": args.hashrate_ths, "power_w": args.power_w, "quantity": args.quantity}
    if args.fleet:
        profile = _fleet_profile(args, context)
        scenario = {"kind": "fleet", "site": args.site, **_profile_json(profile)}
        if not profile.counted:
            raise ValidationError(
                "--fleet", QT_TRANSLATE_NOOP("CLI", "no miner with telemetry or a catalogue model: nothing to draw")
            )
        figures = {  # the calculator takes a unit's figures: `counted` units of the fleet's average miner
            "hashrate_ths": repr(profile.hashrate_ths / profile.counted),
            "power_w": repr(profile.power_w / profile.counted),
            "quantity": str(profile.counted),
        }
    flags = {
        "hashrate_ths": "--hashrate-ths",
        "power_w": "--power-w",
        "quantity": "--quantity",
        "btc_price_usd": "--btc-price",
        "difficulty": "--difficulty",
        "fees_per_block_btc": "--fees-per-block",
        "block_height": "--block-height",
        "electricity_usd_per_kwh": "--electricity",
        "hardware_cost_usd": "--hardware-cost",
        "pool_fee_pct": "--pool-fee-pct",
        "uptime_pct": "--uptime-pct",
    }
    inputs = _parsed(
        {
            **figures,
            "btc_price_usd": args.btc_price,
            "difficulty": args.difficulty,
            "fees_per_block_btc": args.fees_per_block,
            "block_height": args.block_height,
            "electricity_usd_per_kwh": args.electricity,
            "hardware_cost_usd": args.hardware_cost,
            "pool_fee_pct": args.pool_fee_pct,
            "uptime_pct": args.uptime_pct,
        },
        flags,
    )
    price, span = float(inputs.btc_price_usd), args.price_span_pct / 100
    electricity = np.linspace(0.0, args.max_electricity, args.cells)
    prices = np.linspace(price * (1 - span), price * (1 + span), args.cells)
    result = compute(inputs, electricity, prices)
    if args.json:
        payback = result.payback_days
        print(
            json.dumps(
                {
                    "scenario": scenario,
                    "electricity_usd_per_kwh": electricity.tolist(),
                    "btc_price_usd": prices.tolist(),
                    "profit_usd_per_day": result.profit_usd_per_day.tolist(),
                    "payback_days": None
                    if payback is None
                    else [[None if d < 0 else int(d) for d in row] for row in payback.tolist()],
                    "current": {
                        "row": result.current_cell[0],
                        "column": result.current_cell[1],
                        "profit_usd_per_day": result.current_profit_usd_per_day,
                    },
                }
            )
        )
        return EXIT_OK
    if args.fleet:
        print(_profile_line(scenario))
    print(
        translate(
            "CLI",
            "Now: {profit:,.2f} USD/day at {price:,.0f} USD and {kwh:.3f} $/kWh. "
            "Daily profit (USD), rows $/kWh, columns BTC price:",
        ).format(profit=result.current_profit_usd_per_day, price=price, kwh=float(inputs.electricity_usd_per_kwh))
    )
    print("  ".join([pad(translate("CLI", "$/kWh"), 7, right=True), *(f"{p:>10,.0f}" for p in prices)]))
    for i, kwh in enumerate(electricity):
        print("  ".join([f"{kwh:7.3f}", *(f"{v:10,.2f}" for v in result.profit_usd_per_day[i])]))
    return EXIT_OK


def _fleet_profile(args: argparse.Namespace, context: Any) -> Any:
    from hashinsight_desktop.commands.acting_user import acting_principal
    from hashinsight_desktop.services.analytics.fleet_profile import fleet_profile

    principal = acting_principal(context, args.acting_user)
    with context.database.session_factory() as session:
        return fleet_profile(session, principal, context.clock(), _site_id(session, principal, args.site))


def _profile_json(profile: Any) -> dict[str, Any]:
    return {
        "miners": profile.miners,
        "measured": profile.measured,
        "nameplate": profile.nameplate,
        "left_out": profile.without_figures,
        "never_answered": profile.silent,
        "hashrate_ths": profile.hashrate_ths,
        "power_w": profile.power_w,
        "answered_pct": profile.answered_pct,
        "measured_since": profile.since.isoformat(),
        "measured_until": profile.until.isoformat(),
    }


def _profile_line(scenario: dict[str, Any]) -> str:
    where = (
        translate("CLI", "at {site}").format(site=scenario["site"])
        if scenario["site"]
        else translate("CLI", "at all sites")
    )
    return translate(
        "CLI",
        "Fleet {where}: {miners} miners: {measured} measured, {nameplate} nameplate, {left_out} left out (no telemetry "
        "and no catalogue model); total {ths:,.1f} TH/s, {kw:,.2f} kW (measured: {since} – {until} UTC, downtime "
        "included)",
    ).format(
        where=where,
        miners=scenario["miners"],
        measured=scenario["measured"],
        nameplate=scenario["nameplate"],
        left_out=scenario["left_out"],
        ths=scenario["hashrate_ths"],
        kw=scenario["power_w"] / 1000,
        since=scenario["measured_since"][:16],
        until=scenario["measured_until"][:16],
    )


def replay(args: argparse.Namespace, context: Any) -> int:
    import numpy as np

    from hashinsight_desktop.commands.acting_user import acting_principal
    from hashinsight_desktop.services.analytics.fleet_history import fleet_days, market_days
    from hashinsight_desktop.services.analytics.replay import fleet_replay
    from hashinsight_desktop.services.analytics.replay import replay as model_replay

    _check_scenario(args)
    if args.end < args.start:
        raise ValidationError(
            "--to", Text(QT_TRANSLATE_NOOP("CLI", "{end} is before {start}"), end=args.end, start=args.start)
        )
    electricity = _value("--electricity", "electricity_usd_per_kwh", args.electricity)
    pool_fee = _value("--pool-fee-pct", "pool_fee_pct", args.pool_fee_pct)
    fees = _value("--fees-per-block", "fees_per_block_btc", args.fees_per_block)
    if not args.fleet:
        hashrate = _value("--hashrate-ths", "hashrate_ths", args.hashrate_ths)
        power = _value("--power-w", "power_w", args.power_w)
        quantity = int(_value("--quantity", "quantity", args.quantity))
        uptime = _value("--uptime-pct", "uptime_pct", args.uptime_pct)
    with context.database.session_factory() as session:
        market = market_days(session, args.start, args.end, fees)
        if args.fleet:
            principal = acting_principal(context, args.acting_user)
            days = fleet_days(session, principal, args.start, args.end, _site_id(session, principal, args.site))
    if args.fleet:
        result = fleet_replay(market.history, days, electricity_usd_per_kwh=electricity, pool_fee_pct=pool_fee)
    else:
        result = model_replay(
            market.history,
            hashrate_ths=hashrate,
            power_w=power,
            electricity_usd_per_kwh=electricity,
            quantity=quantity,
            pool_fee_pct=pool_fee,
            uptime_pct=uptime,
        )
    rows = []
    for i, day in enumerate(result.dates):
        status = "covered"
        if result.no_telemetry is not None and result.no_telemetry[i]:
            status = "no_telemetry"
        elif result.no_market is not None and result.no_market[i]:
            status = "no_market_data"
        elif args.fleet and days.partial[i]:
            status = "partial"  # not all its hours rolled up yet (today): counted as far as they go
        row: dict[str, Any] = {"date": day.isoformat(), "status": status}
        if result.hashrate_ths is not None and result.energy_kwh is not None:
            row["hashrate_ths"] = _number(result.hashrate_ths[i])
            row["energy_kwh"] = _number(result.energy_kwh[i])
        for name, values in (
            ("subsidy_btc", result.subsidy_btc),
            ("btc", result.btc),
            ("revenue_usd", result.revenue_usd),
            ("power_cost_usd", result.power_cost_usd),
            ("profit_usd", result.profit_usd),
        ):
            row[name] = _number(values[i])
        rows.append(row)
    calendar = (args.end - args.start).days + 1
    summary = {
        "scenario": "fleet" if args.fleet else "model",
        "site": args.site,
        "from": args.start.isoformat(),
        "to": args.end.isoformat(),
        "calendar_days": calendar,
        "covered_days": result.covered_days,
        "days_without_telemetry": int(result.no_telemetry.sum()) if result.no_telemetry is not None else None,
        "days_without_market_data": int(result.no_market.sum())
        if result.no_market is not None
        else calendar - len(result.dates),
        "fleet_miners": days.fleet_size if args.fleet else None,
        "partial_days": [day.isoformat() for day in days.partial_days] if args.fleet else None,
        "fees_stored_days": market.fees_stored,
        "fees_stated_days": market.fees_stated,
        "btc": float(np.nansum(result.btc)),
        "revenue_usd": float(np.nansum(result.revenue_usd)),
        "power_cost_usd": float(np.nansum(result.power_cost_usd)),
        "total_profit_usd": result.total_profit_usd,
    }
    if args.json:
        print(json.dumps({**summary, "days": rows}))
        return EXIT_OK
    for row in rows:
        profit = row["profit_usd"]
        shown = f"{profit:12,.2f}" if profit is not None else "—".rjust(12)
        print(f"{row['date']}  {shown}  {translate('CLI', DAY_STATUSES[row['status']])}")
    totals = {
        "btc": summary["btc"],
        "revenue": summary["revenue_usd"],
        "cost": summary["power_cost_usd"],
        "profit": summary["total_profit_usd"],
        "stored": market.fees_stored,
        "stated": market.fees_stated,
        "fees": args.fees_per_block,
        "covered": summary["covered_days"],
        "calendar": calendar,
        "no_market": summary["days_without_market_data"],
    }
    if args.fleet:
        text = translate(
            "CLI",
            "{covered} of {calendar} days covered ({no_telemetry} without telemetry, {no_market} without market data, "
            "not counted): {btc:.6f} BTC, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD. "
            "Fees per block stored on {stored} days, {fees} BTC stated on {stated}.",
        ).format(no_telemetry=summary["days_without_telemetry"], **totals)
        if days.partial_days:
            partial = translate("CLI", "Partial, counted as far as its hours are rolled up: {days}.")
            text += "\n" + partial.format(days=", ".join(summary["partial_days"]))
    else:
        text = translate(
            "CLI",
            "{covered} of {calendar} days covered ({no_market} without market data, not counted): {btc:.6f} BTC, "
            "revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD. Fees per block stored on "
            "{stored} days, {fees} BTC stated on {stated}.",
        ).format(**totals)
    print(text)
    return EXIT_OK


def _value(flag: str, field: str, text: str) -> float:
    from hashinsight_desktop.services.calculator.inputs import parse_number

    try:
        return float(parse_number(field, text))
    except ValidationError as exc:
        raise ValidationError(flag, exc.message_text) from None


def _number(value: float) -> float | None:
    return None if math.isnan(value) else float(value)
