"""`hashinsight-desktop calc`: one profitability calculation from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.market_data import MarketValue, Quantity
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, render

if TYPE_CHECKING:
    from hashinsight_desktop.services.calculator.difficulty_trend import GrowthEstimate

# flag dest → calculator field, for the inputs every front end shares
MARKET_FLAGS = {
    "btc_price": "btc_price_usd",
    "difficulty": "difficulty",
    "fees_per_block": "fees_per_block_btc",
    "block_height": "block_height",
    "network_hashrate": "network_hashrate_ehs",
}
FARM_FLAGS = {
    "pool_fee_pct": "pool_fee_pct",
    "uptime_pct": "uptime_pct",
    "growth_pct_month": "growth_pct_month",
    "horizon_months": "horizon_months",
}


def add_market_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags `calc` and `batch` share: market inputs (fetched when absent) and farm assumptions."""
    market = parser.add_argument_group(
        translate("CLI", "market inputs (fetched live, else the last stored value, when not given)")
    )
    market.add_argument("--btc-price", metavar="USD")
    market.add_argument("--difficulty", metavar="D")
    market.add_argument(
        "--fees-per-block", metavar="BTC", help=translate("CLI", "transaction fees per block, excluding the subsidy")
    )
    market.add_argument("--block-height", metavar="H", help=translate("CLI", "for the subsidy and the next halving"))
    market.add_argument(
        "--network-hashrate", metavar="EH/s", help=translate("CLI", "for the second, hashrate-share estimate")
    )
    market.add_argument(
        "--offline", action="store_true", help=translate("CLI", "use only stored market values; no network")
    )
    farm = parser.add_argument_group(translate("CLI", "assumptions"))
    farm.add_argument("--pool-fee-pct", metavar="F", help=translate("CLI", "default 2"))
    farm.add_argument("--uptime-pct", metavar="U", help=translate("CLI", "default 100"))
    farm.add_argument(
        "--growth-pct-month",
        metavar="G",
        help=translate(
            "CLI", ("difficulty growth per month; default: measured over the stored difficulty history, else 3")
        ),
    )
    farm.add_argument("--horizon-months", metavar="M", help=translate("CLI", "default 24"))
    parser.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object"))


# Errors name the flag a CLI user typed, not the service's field name.
FIELD_FLAGS = {
    "electricity_usd_per_kwh": "--electricity",
    "hardware_cost_usd": "--hardware-cost",
    "quantity": "--quantity",
    "hashrate_ths": "--hashrate-ths",
    "power_w": "--power-w",
    "btc_price_usd": "--btc-price",
    "difficulty": "--difficulty",
    "fees_per_block_btc": "--fees-per-block",
    "block_height": "--block-height",
    "network_hashrate_ehs": "--network-hashrate",
    "pool_fee_pct": "--pool-fee-pct",
    "uptime_pct": "--uptime-pct",
    "growth_pct_month": "--growth-pct-month",
    "horizon_months": "--horizon-months",
    "model": "--model",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("calc", help=translate("CLI", "profitability of a miner model or a custom machine"))
    machine = parser.add_mutually_exclusive_group(required=True)
    machine.add_argument("--model", metavar="NAME", help=translate("CLI", 'catalogue model, e.g. "S21 XP" or "m60s"'))
    machine.add_argument(
        "--hashrate-ths", metavar="X", help=translate("CLI", "custom machine: hashrate per unit (TH/s)")
    )
    parser.add_argument("--power-w", metavar="Y", help=translate("CLI", "custom machine: power per unit (W)"))
    parser.add_argument(
        "--electricity", metavar="P", required=True, help=translate("CLI", "electricity price, USD per kWh")
    )
    parser.add_argument("--quantity", metavar="N", help=translate("CLI", "default 1"))
    parser.add_argument("--hardware-cost", metavar="USD", help=translate("CLI", "price per unit, for payback and ROI"))
    add_market_arguments(parser)


def given_market_and_farm(args: argparse.Namespace) -> dict[str, object]:
    flags = MARKET_FLAGS | FARM_FLAGS
    return {field: getattr(args, dest) for dest, field in flags.items() if getattr(args, dest) is not None}


def check_given(given: dict[str, object]) -> None:
    """The user's own values first: a typo names its flag before any market data is looked for."""
    from hashinsight_desktop.services.calculator.inputs import parse_number
    from hashinsight_desktop.services.errors import ValidationError

    for field, value in given.items():
        try:
            parse_number(field, value)
        except ValidationError as exc:
            raise ValidationError(FIELD_FLAGS.get(field, field), exc.message_text) from None


def market_values(ctx: AppContext, wanted: list[Quantity], offline: bool) -> dict[Quantity, MarketValue]:
    """Live values, else the last stored ones; a missing network hashrate only drops the second estimate.
    Offline, the stored values are used and stderr says from where and how old they are."""
    from hashinsight_desktop.services.market_data import (
        MarketDataUnavailable,
        describe_sources,
        fetch_market_values,
        latest_snapshots,
    )

    stored = latest_snapshots(ctx.database.session_factory, wanted)
    required = [q for q in wanted if q is not Quantity.NETWORK_HASHRATE_EHS]
    if offline or not required:  # the optional network hashrate alone is no reason to go online
        if offline and stored:
            used = describe_sources(stored.values(), ctx.clock())
            print(translate("CLI", "offline: using stored values from {used}").format(used=used), file=sys.stderr)
        return stored
    failures: dict[str, str] = {}
    try:
        values = fetch_market_values(ctx.database.session_factory, wanted, secrets=ctx.secrets, failures=failures)
    except MarketDataUnavailable as exc:
        if set(exc.quantities) != {Quantity.NETWORK_HASHRATE_EHS}:
            raise
        values = fetch_market_values(ctx.database.session_factory, required, secrets=ctx.secrets)
    fallen_back = [v for v in values.values() if v.stale]
    if fallen_back and failures:
        why = "; ".join(f"{name}: {reason}" for name, reason in sorted(failures.items()))
        used = describe_sources(fallen_back, ctx.clock())
        print(
            translate("CLI", ("market data providers failed ({why}): using stored values from {used}")).format(
                why=why, used=used
            ),
            file=sys.stderr,
        )
    return values


def stored_growth(ctx: AppContext) -> GrowthEstimate:
    """The difficulty growth measured over the stored history (else the stated default)."""
    from hashinsight_desktop.services.calculator.difficulty_trend import measured_growth

    with ctx.database.session_factory() as session:
        return measured_growth(session, ctx.clock())


def require_market(values: dict[Quantity, MarketValue], given: dict[str, object], offline: bool = False) -> None:
    from hashinsight_desktop.services.calculator.resolution import MARKET_FIELDS, REQUIRED_MARKET
    from hashinsight_desktop.services.market_data import MarketDataUnavailable

    field_of = {q: f for f, q in MARKET_FIELDS.items()}
    missing = [q for q in REQUIRED_MARKET if q not in values and field_of[q] not in given]
    if missing:
        raise MarketDataUnavailable(*missing, offline=offline)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services import catalogue
    from hashinsight_desktop.services.calculator import history
    from hashinsight_desktop.services.calculator.payback import payback
    from hashinsight_desktop.services.calculator.profitability import calculate
    from hashinsight_desktop.services.calculator.resolution import (
        market_quantities_needed,
        resolve_inputs,
        sources_as_dict,
    )
    from hashinsight_desktop.services.errors import ValidationError
    from hashinsight_desktop.services.permissions import Role, os_account
    from hashinsight_desktop.services.transaction import unit_of_work

    user = os_account(Role.GUEST)  # no login here: the OS account, with the calculator's rights only
    given = given_market_and_farm(args)
    given |= {
        k: v
        for k, v in {
            "electricity_usd_per_kwh": args.electricity,
            "quantity": args.quantity,
            "hardware_cost_usd": args.hardware_cost,
        }.items()
        if v is not None
    }
    model = None
    with ctx.database.session_factory() as session:
        if args.model:
            try:
                model = catalogue.resolve(session, user, args.model)
            except ValidationError as exc:
                raise ValidationError("--model", exc.message_text) from None
        else:
            if args.power_w is None:
                raise ValidationError(
                    "--power-w", QT_TRANSLATE_NOOP("Errors", "a custom machine needs --power-w with --hashrate-ths")
                )
            given |= {"hashrate_ths": args.hashrate_ths, "power_w": args.power_w}
    check_given(given)  # before market data: offline, its absence hid a mistyped --electricity
    values = market_values(ctx, market_quantities_needed(given), args.offline)
    require_market(values, given, args.offline)
    with options_named(FIELD_FLAGS):
        inputs, sources = resolve_inputs(given, model, values, ctx.clock(), stored_growth(ctx))
    result = calculate(inputs)
    headline = result.headline()
    with unit_of_work(ctx.database.session_factory) as session:
        history.save_calculation(
            session,
            user,
            kind="single",
            label=f"CLI: {inputs.model_name}",
            inputs=sources_as_dict(sources),
            results=headline,
            clock=ctx.clock,
        )
    paid_back = payback(
        result.payback_days,
        inputs.hardware_cost_usd * inputs.quantity,
        result.unrounded["profit_usd_per_day"] or 0.0,
        inputs.horizon_months,
    )
    if args.json:
        payload: dict[str, Any] = result.exact_figures()  # full precision: the text output rounds
        payload |= paid_back.as_json()  # "n/a", beyond the horizon and "never" told apart, not 0 or null
        payload["inputs"] = sources_as_dict(sources)
        print(json.dumps(payload, indent=2))
    else:
        print(render_text(inputs.model_name, headline, sources, paid_back.text(translate)))
    return 0


def render_text(model_name: str, headline: dict[str, Any], sources: dict[str, Any], payback_line: str) -> str:
    no_cost = translate("CLI", "n/a (no hardware cost)")
    rows = [
        (QT_TRANSLATE_NOOP("CLI", "BTC per day"), headline["btc_per_day"]),
        (QT_TRANSLATE_NOOP("CLI", "Revenue per day (USD)"), headline["revenue_usd_per_day"]),
        (QT_TRANSLATE_NOOP("CLI", "Power cost per day (USD)"), headline["power_cost_usd_per_day"]),
        (QT_TRANSLATE_NOOP("CLI", "Profit per day (USD)"), headline["profit_usd_per_day"]),
        (QT_TRANSLATE_NOOP("CLI", "Profit per month (USD)"), headline["profit_usd_per_month"]),
        (QT_TRANSLATE_NOOP("CLI", "Hashprice (USD/TH/day)"), headline["hashprice_usd_per_th_day"]),
        (QT_TRANSLATE_NOOP("CLI", "Break-even power price (USD/kWh)"), headline["breakeven_electricity_usd_per_kwh"]),
        (QT_TRANSLATE_NOOP("CLI", "Break-even BTC price (USD)"), headline["breakeven_btc_price_usd"]),
        (QT_TRANSLATE_NOOP("CLI", "Payback"), payback_line),
        (
            QT_TRANSLATE_NOOP("CLI", "ROI over horizon (%)"),
            headline["roi_pct"] if headline["roi_pct"] is not None else no_cost,
        ),
    ]
    if headline["algorithm_difference_pct"] is not None:
        rows.append(
            (
                QT_TRANSLATE_NOOP("CLI", "Hashrate-share estimate vs difficulty (%)"),
                headline["algorithm_difference_pct"],
            )
        )
    lines = [model_name, ""] + [f"  {pad(translate('CLI', label), 42)} {value}" for label, value in rows]
    lines += ["", translate("CLI", "Inputs:")]
    for field, source in sorted(sources.items()):
        minutes = translate("CLI", ", {minutes:.0f} min old")
        age = minutes.format(minutes=source.age_s / 60) if source.age_s is not None else ""
        value = f"{source.value:f}" if isinstance(source.value, Decimal) else str(source.value)
        lines.append(f"  {field:<28} {value:<22} {render(source.source, translate)}{age}")
    return "\n".join(lines)
