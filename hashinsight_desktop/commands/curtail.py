"""`hashinsight-desktop curtail …`: solve a CSV fleet (no database), or plan, list, approve, execute
and recover curtailment at a site of the database. This module is the command line (its arguments and which
module runs each action): curtail_solve, curtail_plan, curtail_review, curtail_trigger (and `price`), curtail_run."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from hashinsight_desktop.commands import curtail_names as names
from hashinsight_desktop.commands import curtail_plan, curtail_review, curtail_run, curtail_solve, curtail_trigger
from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.curtailment.problem import DEFAULT_SWITCH_COST_THS
from hashinsight_desktop.services.curtailment.ramp import BATCH_INTERVAL_S
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # a database opens only in the actions that need one
    from hashinsight_desktop.services.app_context import AppContext


def NEEDS_DATABASE(args: argparse.Namespace) -> bool:  # the cli reads this name on every module
    return bool(args.curtail_command != "solve")


def _as_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        required=True,
        help=translate("CLI", "act as this user (password from {env} or a prompt)").format(env=PASSWORD_ENV),
    )


def _percentages(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text!r}: want percentages like 75,50").format(text=text)
        ) from None
    if any(not 10 <= v < 100 for v in values):
        raise argparse.ArgumentTypeError(translate("CLI", "power-target presets are percentages from 10 to 99"))
    return values


def _feed_limit(text: str) -> tuple[str, float]:
    name, equals, kw = text.rpartition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(translate("CLI", "{text!r}: want NAME=KW, like rack1=200").format(text=text))
    try:
        value = float(kw)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CLI", "{text!r}: KW must be a number").format(text=text)) from None
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(translate("CLI", "{text!r}: KW must be 0 or more").format(text=text))
    return name.strip(), value


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("curtail", help=translate("CLI", "shed power while losing the least hashrate"))
    sub = parser.add_subparsers(dest="curtail_command", required=True, metavar="ACTION")

    solve = sub.add_parser(
        "solve", help=translate("CLI", "choose miners to curtail from a CSV fleet file (no database)")
    )
    curtail_solve.add_arguments(solve)

    plan = sub.add_parser("plan", help=translate("CLI", "preview (and save) a plan for a site of the database"))
    plan.add_argument("--site", required=True, metavar="NAME")
    plan.add_argument("--target-kw", type=float, required=True, metavar="KW")
    plan.add_argument(
        "--tolerance-kw", type=float, metavar="KW", help=translate("CLI", "shed at most target + tolerance")
    )
    plan.add_argument("--name", help=translate("CLI", "plan name (default: 'shed KW kW')"))
    plan.add_argument("--strategy", default="performance", choices=["performance", "efficiency", "revenue", "customer"])
    plan.add_argument(
        "--hashprice-usd-per-th-day", type=float, metavar="USD", help=translate("CLI", "revenue strategy")
    )
    plan.add_argument(
        "--presets", type=_percentages, default=(75, 50), metavar="PCTS", help=translate("CLI", "default 75,50")
    )
    plan.add_argument(
        "--sleep-w", type=float, default=30.0, metavar="W", help=translate("CLI", "a sleeping miner's draw")
    )
    plan.add_argument(
        "--protect", action="append", default=[], metavar="MINER", help=translate("CLI", "miner name never touched")
    )
    plan.add_argument(
        "--customer-cap",
        action="append",
        default=[],
        metavar="NAME=PCT",
        help=translate("CLI", "curtail at most PCT %% of a customer"),
    )
    plan.add_argument("--anti-flap-min", type=float, default=15.0, metavar="MIN")
    plan.add_argument("--ramp-kw-per-min", type=float, metavar="KW")
    plan.add_argument(
        "--recover-after-h", type=float, metavar="H", help=translate("CLI", "recover automatically after H hours")
    )
    plan.add_argument(
        "--feed-limit",
        action="append",
        type=_feed_limit,
        default=[],
        metavar="NAME=KW",
        help=translate("CLI", ("shed at most KW kW on the power feed NAME (repeatable; feeds are set on the miners)")),
    )
    trigger = plan.add_mutually_exclusive_group()
    trigger.add_argument(
        "--start-at",
        type=curtail_trigger.start_time,
        metavar="ISO8601",
        help=translate(
            "CLI",
            (
                "start by itself at this time once approved, e.g. "
                "2026-11-22T17:00 (without an offset: the site's time zone, "
                "as set in Admin → Sites)"
            ),
        ),
    )
    trigger.add_argument(
        "--price-above",
        type=curtail_trigger.usd_per_kwh,
        metavar="USD_PER_KWH",
        help=translate(
            "CLI",
            (
                "start by itself once approved when the site's power price "
                "(`curtail price`) has stayed at or above this for "
                "--price-min-duration; recover when it stays below it minus "
                "--price-hysteresis"
            ),
        ),
    )
    plan.add_argument(
        "--price-hysteresis",
        type=curtail_trigger.usd_per_kwh,
        metavar="USD_PER_KWH",
        help=translate("CLI", ("with --price-above: recover below threshold − this many $/kWh (default 0)")),
    )
    plan.add_argument(
        "--price-min-duration",
        type=float,
        metavar="MIN",
        help=translate("CLI", ("with --price-above: how long the price must hold, in minutes (default 15)")),
    )
    plan.add_argument(
        "--allow-power-off",
        action="store_true",
        help=translate("CLI", "a sleeping miner may be planned at 0 W (--sleep-w 0)"),
    )
    touched = plan.add_mutually_exclusive_group()
    touched.add_argument(
        "--switch-cost-ths",
        type=float,
        default=0.0,
        metavar="X",
        help=translate(
            "CLI", ("fewest miners touched: each miner the plan changes counts as losing X TH/s more (default 0)")
        ),
    )
    touched.add_argument(
        "--fewest-miners",
        action="store_true",
        help=translate("CLI", "the same with X = {ths:g} TH/s: fewer commands for a little hashrate").format(
            ths=DEFAULT_SWITCH_COST_THS
        ),
    )
    plan.add_argument("--prove", action="store_true", help=translate("CLI", "prove the plan optimal with CBC"))
    plan.add_argument("--time-limit", type=float, default=30.0, metavar="S")
    plan.add_argument("--dry-run", action="store_true", help=translate("CLI", "print the preview, save nothing"))
    plan.add_argument("--approve", action="store_true", help=translate("CLI", "save the plan approved"))
    plan.add_argument("--json", action="store_true")
    _as_user(plan)

    listing = sub.add_parser("list", help=translate("CLI", "the plans of every site you operate, newest first"))
    listing.add_argument("--site", metavar="NAME")
    _as_user(listing)

    price = sub.add_parser(
        "price", help=translate("CLI", ("record a power-price signal for a site (what price-triggered plans watch)"))
    )
    price.add_argument("--site", required=True, metavar="NAME")
    price.add_argument(
        "--usd-per-kwh",
        type=curtail_trigger.usd_per_kwh,
        required=True,
        metavar="USD",
        help=translate("CLI", "the price in $/kWh"),
    )
    price.add_argument(
        "--source", default="manual", help=translate("CLI", "where the price came from (default: manual)")
    )
    _as_user(price)

    for action, text in (
        ("show", QT_TRANSLATE_NOOP("CLI", "a plan's figures and per-miner items")),
        ("approve", QT_TRANSLATE_NOOP("CLI", "approve a pending plan")),
        ("cancel", QT_TRANSLATE_NOOP("CLI", "cancel a pending or approved plan")),
        ("execute", QT_TRANSLATE_NOOP("CLI", "send an approved plan to the miners and reconcile")),
        ("recover", QT_TRANSLATE_NOOP("CLI", "bring a plan's miners back to full power, staggered")),
        (
            "stop",
            QT_TRANSLATE_NOOP(
                "CLI", "halt a plan's run after the commands in flight, whichever console or process runs it"
            ),
        ),
    ):
        command = sub.add_parser(action, help=translate("CLI", text))
        command.add_argument("plan_id", metavar="PLAN", help=translate("CLI", "plan id (or its first 8 characters)"))
        if action == "stop":
            command.add_argument(
                "--wait",
                type=float,
                default=0.0,
                metavar="S",
                help=translate("CLI", ("wait up to S seconds for the run to halt (default: ask and return at once)")),
            )
            command.add_argument("--json", action="store_true")
        if action in ("show", "execute", "recover"):
            command.add_argument("--json", action="store_true")
        if action in ("execute", "recover"):
            command.add_argument(
                "--batch-interval",
                type=float,
                default=BATCH_INTERVAL_S,
                metavar="S",
                help=translate(
                    "CLI", "seconds between ramp batches (default {seconds:g}: ramps are kW per minute)"
                ).format(seconds=BATCH_INTERVAL_S),
            )
        _as_user(command)


def run(args: argparse.Namespace, ctx: AppContext | None) -> int:
    if args.curtail_command == "solve":
        return curtail_solve.run(args)
    assert ctx is not None
    try:
        principal = acting_principal(ctx, args.acting_user)
        handler = {
            "plan": curtail_plan.plan,
            "list": curtail_review.listing,
            "show": curtail_review.show,
            "approve": curtail_review.approve,
            "cancel": curtail_review.cancel,
            "price": curtail_trigger.price,
        }.get(args.curtail_command)
        if handler is not None:
            with options_named(names.PLAN_OPTIONS):  # "--target-kw: …", not the service's "target_kw: …"
                return handler(args, ctx, principal)
        leg = curtail_run.stop if args.curtail_command == "stop" else curtail_run.run_leg
        return leg(args, ctx, principal, names.plan_id(ctx, args.plan_id))
    finally:
        ctx.database.close()
