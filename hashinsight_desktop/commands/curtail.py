"""`hashinsight-desktop curtail …`: solve a CSV fleet (no database), or plan, list, approve, execute
and recover curtailment at a site of the database."""

from __future__ import annotations

import argparse
import json
import math
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from hashinsight_desktop.commands import curtail_run, curtail_solve
from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.curtailment.problem import DEFAULT_SWITCH_COST_THS
from hashinsight_desktop.services.curtailment.ramp import BATCH_INTERVAL_S
from hashinsight_desktop.services.curtailment.shortfall import HELD_BACK, describe
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

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
        help=f"act as this user (password from {PASSWORD_ENV} or a prompt)",
    )


def _percentages(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: want percentages like 75,50") from None
    if any(not 10 <= v < 100 for v in values):
        raise argparse.ArgumentTypeError("power-target presets are percentages from 10 to 99")
    return values


def _start_time(text: str) -> datetime:
    """ISO 8601, kept in UTC; a time without an offset stays naive here: it is the site's local time
    (Site.timezone, as the tab reads it), resolved once the site is known."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time (like 2026-11-22T17:00 or 2026-11-22T17:00+01:00)"
        ) from None
    return moment if moment.tzinfo is None else moment.astimezone(UTC)


def _site_time(moment: datetime, zone: str) -> datetime:
    """A time as the site's clock reads it, in UTC (a naive one is the site's local time)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC)


def _site_clock(moment: datetime, zone: str) -> str:
    return f"{moment.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M %Z} ({zone})"


def _usd_per_kwh(text: str) -> float:
    """A power price in $/kWh (the one unit every power price is typed and shown in)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a price in $/kWh (like 0.18)") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a price in $/kWh (like 0.18)")
    return value


def _feed_limit(text: str) -> tuple[str, float]:
    name, equals, kw = text.rpartition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: want NAME=KW, like rack1=200")
    try:
        value = float(kw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: KW must be a number") from None
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r}: KW must be 0 or more")
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
        type=_start_time,
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
        type=_usd_per_kwh,
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
        type=_usd_per_kwh,
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
        help=f"the same with X = {DEFAULT_SWITCH_COST_THS:g} TH/s: fewer commands for a little hashrate",
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
        "--usd-per-kwh", type=_usd_per_kwh, required=True, metavar="USD", help=translate("CLI", "the price in $/kWh")
    )
    price.add_argument(
        "--source", default="manual", help=translate("CLI", "where the price came from (default: manual)")
    )
    _as_user(price)

    for action, text in (
        ("show", "a plan's figures and per-miner items"),
        ("approve", "approve a pending plan"),
        ("cancel", "cancel a pending or approved plan"),
        ("execute", "send an approved plan to the miners and reconcile"),
        ("recover", "bring a plan's miners back to full power, staggered"),
        ("stop", "halt a plan's run after the commands in flight, whichever console or process runs it"),
    ):
        command = sub.add_parser(action, help=text)
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
                help=f"seconds between ramp batches (default {BATCH_INTERVAL_S:g}: ramps are kW per minute)",
            )
        _as_user(command)


def run(args: argparse.Namespace, ctx: AppContext | None) -> int:
    if args.curtail_command == "solve":
        return curtail_solve.run(args)
    assert ctx is not None
    try:
        principal = acting_principal(ctx, args.acting_user)
        handler = {
            "plan": _plan,
            "list": _list,
            "show": _show,
            "approve": _approve,
            "cancel": _cancel,
            "price": _price,
        }.get(args.curtail_command)
        if handler is not None:
            return handler(args, ctx, principal)
        leg = curtail_run.stop if args.curtail_command == "stop" else curtail_run.run_leg
        return leg(args, ctx, principal, _plan_id(ctx, args.plan_id))
    finally:
        ctx.database.close()


def _site_id(ctx: AppContext, name: str) -> uuid.UUID:
    return _site(ctx, name)[0]


def _site(ctx: AppContext, name: str) -> tuple[uuid.UUID, str]:
    """The site's id and time zone."""
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Site

    with ctx.database.session_factory() as session:
        row = session.execute(select(Site.id, Site.timezone).where(Site.name == name)).first()
    if row is None:
        raise ValidationError("--site", Text(QT_TRANSLATE_NOOP("Errors", "no site named {name!r}"), name=name))
    return row[0], row[1] or "UTC"


def _plan_id(ctx: AppContext, text: str) -> uuid.UUID:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import CurtailmentPlan

    with ctx.database.session_factory() as session:
        ids = session.scalars(select(CurtailmentPlan.id)).all()
    matches = [i for i in ids if str(i).startswith(text.lower())] if len(text) >= 8 else []
    if len(matches) != 1:
        raise ValidationError("PLAN", f"no plan {text!r}" if not matches else f"{text!r} names several plans")
    return matches[0]


def _miner_ids(ctx: AppContext, site_id: uuid.UUID, names: list[str]) -> frozenset[uuid.UUID]:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Miner

    with ctx.database.session_factory() as session:
        by_name = dict(session.execute(select(Miner.name, Miner.id).where(Miner.site_id == site_id)).all())
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ValidationError(
            "--protect", Text(QT_TRANSLATE_NOOP("Errors", "no miner named {value!r} at that site"), value=missing[0])
        )
    return frozenset(by_name[n] for n in names)


def _customer_caps(ctx: AppContext, specs: list[str]) -> dict[uuid.UUID, float]:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Customer

    caps: dict[uuid.UUID, float] = {}
    with ctx.database.session_factory() as session:
        for spec in specs:
            name, _, pct = spec.rpartition("=")
            customer_id = session.scalar(select(Customer.id).where(Customer.name == name.strip()))
            if customer_id is None:
                raise ValidationError(
                    "--customer-cap",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "no customer named {value!r} (want NAME=PCT)"), value=name.strip()
                    ),
                )
            try:
                caps[customer_id] = float(pct)
            except ValueError:
                raise ValidationError(
                    "--customer-cap", Text(QT_TRANSLATE_NOOP("Errors", "{spec!r}: PCT must be a number"), spec=spec)
                ) from None
    return caps


def _feed_limits(ctx: AppContext, site_id: uuid.UUID, site: str, limits: list[tuple[str, float]]) -> dict[str, float]:
    from hashinsight_desktop.services.curtailment.site_readings import site_feeds

    if not limits:
        return {}
    with ctx.database.session_factory() as session:
        feeds = [f.name for f in site_feeds(session, site_id, ctx.clock())]
    out: dict[str, float] = {}
    for name, kw in limits:
        if name not in feeds:
            known = f"its feeds: {', '.join(feeds)}" if feeds else "no miner of it has a power feed set"
            raise ValidationError(
                "--feed-limit",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "no feed named {name!r} at {site} ({known})"),
                    name=name,
                    site=site,
                    known=known,
                ),
            )
        if name in out:
            raise ValidationError(
                "--feed-limit", Text(QT_TRANSLATE_NOOP("Errors", "feed {name!r} is given twice"), name=name)
            )
        out[name] = kw
    return out


def _trigger(args: argparse.Namespace, ctx: AppContext, zone: str = "UTC") -> dict[str, Any]:
    """The PlanRequest fields of the trigger flags: manual, scheduled (--start-at, in the site's time
    zone ``zone`` when it has no offset) or price (--price-above, in $/kWh)."""
    from hashinsight_desktop.services.curtailment.price_trigger import PriceTrigger

    if args.price_above is None:
        for flag, value in (
            ("--price-hysteresis", args.price_hysteresis),
            ("--price-min-duration", args.price_min_duration),
        ):
            if value is not None:
                raise ValidationError(flag, QT_TRANSLATE_NOOP("Errors", "only with --price-above"))
    if args.start_at is not None:
        start_at = _site_time(args.start_at, zone)
        if start_at < ctx.clock() - timedelta(minutes=1):
            raise ValidationError(
                "--start-at",
                Text(QT_TRANSLATE_NOOP("Errors", "{value} is in the past"), value=_site_clock(start_at, zone)),
            )
        return {"trigger": "scheduled", "start_at": start_at}
    if args.price_above is not None:
        trigger = PriceTrigger(  # typed in $/kWh; the trigger keeps USD/MWh, its stored unit
            args.price_above * 1000.0,
            0.0 if args.price_hysteresis is None else args.price_hysteresis * 1000.0,
            15.0 if args.price_min_duration is None else args.price_min_duration,
        )
        try:
            trigger.check()
        except ValidationError as exc:
            flag = {"hysteresis": "--price-hysteresis", "min_duration": "--price-min-duration"}.get(
                exc.field, exc.field
            )
            raise ValidationError(flag, exc.message_text) from None
        return {"trigger": "price", "price_trigger": trigger}
    return {"trigger": "manual"}


def _kwh(usd_per_mwh: float) -> str:
    return f"${usd_per_mwh / 1000:,.5g}/kWh"


def _price_json(trigger: Any) -> dict[str, float] | None:
    """A price trigger as the user typed it: $/kWh."""
    return None if trigger is None else dict(trigger.to_user_json())


def _trigger_text(request: Any, zone: str = "UTC") -> str:
    if request.trigger == "scheduled":
        return f"starts at {_site_clock(request.start_at, zone)} once approved"
    if request.trigger == "price":
        t = request.price_trigger
        return (
            f"starts once approved when the power price ≥ {_kwh(t.threshold_usd_mwh)} for "
            f"{t.min_duration_min:g} min; recovers below {_kwh(t.threshold_usd_mwh - t.hysteresis_usd_mwh)}"
        )
    return "starts when executed by hand"


def _plan(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment import plans
    from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions

    site_id, zone = _site(ctx, args.site)
    request = plans.PlanRequest(
        site_id=site_id,
        name=args.name or f"shed {args.target_kw:g} kW",
        target_kw=args.target_kw,
        tolerance_kw=args.tolerance_kw,
        strategy=args.strategy,
        recover_after_h=args.recover_after_h,
        ramp_kw_per_min=args.ramp_kw_per_min,
        levels=LevelOptions(
            presets_pct=args.presets,
            sleep_w=args.sleep_w,
            protected=_miner_ids(ctx, site_id, args.protect),
            anti_flap_minutes=args.anti_flap_min,
            allow_power_off=args.allow_power_off,
        ),
        customer_caps_pct=_customer_caps(ctx, args.customer_cap),
        feed_max_shed_kw=_feed_limits(ctx, site_id, args.site, args.feed_limit),
        hashprice_usd_per_th_day=args.hashprice_usd_per_th_day,
        prove=args.prove,
        time_limit_s=args.time_limit,
        switch_cost_ths=DEFAULT_SWITCH_COST_THS if args.fewest_miners else args.switch_cost_ths,
        **_trigger(args, ctx, zone),
    )
    preview = plans.preview_plan(ctx.database.session_factory, principal, request, clock=ctx.clock)
    plan_id = None
    if preview.feasible and not args.dry_run:
        plan_id = plans.save_plan(ctx.database.session_factory, principal, preview, clock=ctx.clock)
        if args.approve:
            plans.approve_plan(ctx.database.session_factory, principal, plan_id, None, clock=ctx.clock)
    solution = preview.solution
    if args.json:
        print(
            json.dumps(
                {
                    "plan_id": str(plan_id) if plan_id else None,
                    "status": solution.status,
                    "site": preview.site.site_name,
                    "site_power_kw": round(preview.site.site_power_kw, 3),
                    "target_kw": request.target_kw,
                    "trigger": request.trigger,
                    "start_at": request.start_at.isoformat() if request.start_at else None,
                    "price_trigger": _price_json(request.price_trigger),
                    "feed_max_shed_kw": request.feed_max_shed_kw,
                    "shed_kw": round(preview.shed_kw, 3),
                    "lost_ths": round(preview.lost_ths, 3),
                    "lower_bound": solution.lower_bound,
                    "gap_pct": solution.gap_pct,
                    "unit": solution.unit,
                    "proven": solution.proven,
                    "message": preview.message,
                    "solver_detail": solution.solver_detail,
                    "commands": preview.commands,  # one per miner touched
                    "switch_cost_ths": request.switch_cost_ths,
                    "reasons": [w.to_json() for w in preview.reasons],
                    "batches": preview.batches,
                    "excluded": preview.site.excluded,
                    "miners": [
                        {
                            "miner": row.miner.name,
                            "host": f"{row.miner.host}:{row.miner.port}",
                            "feed": row.miner.power_feed,
                            "level": row.level.kind,
                            "power_pct": row.level.power_pct,
                            "level_source": row.level.source_text,  # measured from N samples, estimated
                            "level_samples": row.level.samples,
                            "shed_kw": round(row.shed_kw, 4),
                            "lost_ths": round(row.lost_ths, 4),
                            "batch": row.batch + 1,  # 1-based, as the tab numbers them
                        }
                        for row in preview.rows
                    ],
                },
                indent=2,
            )
        )
    else:
        print(
            translate(
                "CLI",
                (
                    "{site_name}: drawing {site_power_kw:,.1f} kW; shed "
                    "{shed_kw:,.1f} kW of {target_kw:,.1f} kW on {n_rows} miners "
                    "in {batches} batch(es), losing {lost_ths:,.1f} TH/s"
                ),
            ).format(
                site_name=preview.site.site_name,
                site_power_kw=preview.site.site_power_kw,
                shed_kw=preview.shed_kw,
                target_kw=request.target_kw,
                n_rows=len(preview.rows),
                batches=preview.batches,
                lost_ths=preview.lost_ths,
            )
        )
        print(f"  {preview.message.partition(HELD_BACK)[0]}")
        sources = Counter(row.level.source_text for row in preview.rows)
        if sources:  # whether the levels' figures were measured on miners of the model, or estimated
            print("  levels: " + ", ".join(f"{n} miner(s) {text}" for text, n in sources.most_common()))
        site_tz = plans.site_zone(preview.site)
        for reason in preview.reasons:  # out of reach: what holds it back, one line each
            print(translate("CLI", "  held back: {value}").format(value=describe(reason, site_tz)))
        print(f"  {_trigger_text(request, zone)}")
        for feed, limit in request.feed_max_shed_kw.items():
            shed = sum(row.shed_kw for row in preview.rows if row.miner.power_feed == feed)
            print(
                translate("CLI", "feed {feed}: shed {shed:,.1f} kW of at most {limit:,.1f} kW").format(
                    feed=feed, shed=shed, limit=limit
                )
            )
        for why, count in preview.site.excluded.items():
            print(translate("CLI", "  left out: {count} miner(s) {why}").format(count=count, why=why))
        if plan_id is not None:
            state = "approved" if args.approve else "pending approval"
            print(translate("CLI", "saved plan {plan_id} ({state})").format(plan_id=plan_id, state=state))
    return 0 if preview.feasible else 1


def _list(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import list_plans

    site_id = _site_id(ctx, args.site) if args.site else None
    with ctx.database.session_factory() as session:
        rows = list_plans(session, principal, site_id)
    for p in rows:
        print(
            translate(
                "CLI",
                (
                    "{value}  {created_at:%Y-%m-%d %H:%M}  {site:<16} "
                    "{state_label:<19} {shed_kw:>9,.1f} / {target_kw:,.1f} kW  "
                    "{miners:>5} miners  {name}"
                ),
            ).format(
                value=str(p.id)[:8],
                created_at=p.created_at,
                site=p.site,
                state_label=p.state_label,
                shed_kw=p.shed_kw,
                target_kw=p.target_kw,
                miners=p.miners,
                name=p.name,
            )
        )
    if not rows:
        print(translate("CLI", "no curtailment plans"))
    return 0


def _show(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import load_plan

    plan_id = _plan_id(ctx, args.plan_id)
    with ctx.database.session_factory() as session:
        detail = load_plan(session, principal, plan_id)
    s = detail.summary
    if args.json:  # batches are numbered from 1 wherever a user sees them, as in the tab
        items = [{**item.__dict__, "batch": item.batch + 1} for item in detail.items]
        plan = dict(detail.plan)
        if isinstance(plan.get("options"), dict) and s.price_trigger is not None:  # $/kWh, as typed
            plan["options"] = {**plan["options"], "price_trigger": s.price_trigger.to_user_json()}
        print(json.dumps({"plan": plan, "items": items}, default=str, indent=2))
        return 0
    print(f"{s.name} ({s.id}) at {s.site}: {s.state_label}")
    print(
        translate("CLI", "  shed {shed_kw:,.1f} of {target_kw:,.1f} kW; {value}").format(
            shed_kw=s.shed_kw, target_kw=s.target_kw, value=_cost_line(detail.plan, s)
        )
    )
    figures = s.figures
    if figures is not None:
        line = f"  power before {figures.power_before_kw:,.1f} kW, target ≤ {figures.site_target_kw:,.1f} kW"
        if figures.measured_kw is not None:
            line += f", measured {figures.measured_kw:,.1f} kW"
        if figures.reached is True:
            line += ": target reached"
        elif figures.reached is False:
            line += f": short by {figures.short_kw:,.1f} kW"
        print(line)
        for miner in figures.short_miners:
            measured = f"{miner.measured_w:,.0f} W" if miner.measured_w is not None else "no reading"
            print(
                translate("CLI", ("fell short: {miner} ({host}) {measured} on a {level_w:,.0f} W level")).format(
                    miner=miner.miner, host=miner.host, measured=measured, level_w=miner.level_w
                )
            )
    if s.stop_requested_by:
        print(
            f"  stop asked by {s.stop_requested_by}"
            + (f", stopped {s.stopped_at:%Y-%m-%d %H:%M}" if s.stopped_at else "")
        )
    if detail.plan.get("result"):
        print(translate("CLI", "  result: {value}").format(value=json.dumps(detail.plan["result"], default=str)))
    for item in detail.items:
        level = f"{item.level} {item.power_pct}%" if item.power_pct else item.level
        recovery = f" recovery {item.recovery_state}" if item.recovery_state else ""
        print(
            translate("CLI", ("{miner_name:<20} {level:<12} batch {value:<3} {state:<12}{recovery} {value2}")).format(
                miner_name=item.miner_name,
                level=level,
                value=item.batch + 1,
                state=item.state,
                recovery=recovery,
                value2=item.detail or "",
            )
        )
    return 0


def _approve(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import approve_plan

    plan_id = _plan_id(ctx, args.plan_id)
    approve_plan(ctx.database.session_factory, principal, plan_id, None, clock=ctx.clock)
    print(translate("CLI", "approved plan {plan_id}").format(plan_id=plan_id))
    return 0


def _cancel(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import cancel_plan

    plan_id = _plan_id(ctx, args.plan_id)
    cancel_plan(ctx.database.session_factory, principal, plan_id, None, clock=ctx.clock)
    print(translate("CLI", "cancelled plan {plan_id}").format(plan_id=plan_id))
    return 0


def _cost_line(plan: dict[str, Any], s: Any) -> str:
    """The plan's cost as the preview says it ("loses X TH/s; no plan can lose less than Y")."""
    from hashinsight_desktop.services.curtailment.solution_text import loss_line

    switch_cost = float((plan.get("options") or {}).get("switch_cost_ths") or 0.0)
    if plan.get("objective_unit") == "TH/s" and switch_cost == 0.0:
        return loss_line(s.lost_ths, plan.get("lower_bound"), "TH/s", proven=bool(plan.get("proven")))
    best = "the best possible plan" if s.gap_pct < 0.005 else f"at most {s.gap_pct:.2f} % above the best possible plan"
    return f"loses {s.lost_ths:,.1f} TH/s; {best}"


def _price(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.price_trigger import record_price
    from hashinsight_desktop.services.transaction import unit_of_work

    site_id = _site_id(ctx, args.site)
    with unit_of_work(ctx.database.session_factory) as session:  # stored per MWh, typed per kWh
        record_price(session, principal, site_id, args.usd_per_kwh * 1000.0, source=args.source, clock=ctx.clock)
    print(translate("CLI", "recorded {value} for {site}").format(value=_kwh(args.usd_per_kwh * 1000.0), site=args.site))
    return 0
