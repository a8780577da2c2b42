"""`hashinsight-desktop alerts`: open alerts, acknowledging them, alert thresholds and maintenance.

alerts list [--json] --as USER
alerts ack ALERT_ID... [--note TEXT] --as USER
alerts thresholds [--site NAME] [--model NAME] [--temp-warning C ...] [--json] --as USER
alerts maintenance MINER... (--hours H | --until-ended | --end) [--note TEXT] --as USER
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import timedelta
from typing import Any

from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

# option -> the threshold it sets
LIMIT_OPTIONS = {
    "temp_warning": "temp_warning_c",
    "temp_critical": "temp_critical_c",
    "temp_hysteresis": "temp_hysteresis_c",
    "hashrate_min_pct": "hashrate_min_pct",
    "hashrate_hysteresis_pct": "hashrate_hysteresis_pct",
    "offline_after": "offline_after_failures",
    "hold_s": "hold_s",
}


def _acting(parser: argparse.ArgumentParser, json_output: bool = False) -> None:
    parser.add_argument(
        "--as",
        dest="acting_user",
        metavar="USER",
        required=True,
        help=translate("CLI", "password from {env}").format(env=PASSWORD_ENV),
    )
    if json_output:
        parser.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON document"))


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "alerts", help=translate("CLI", "open alerts, acknowledging them, thresholds and maintenance")
    )
    verbs = parser.add_subparsers(dest="alerts_command", required=True, metavar="WHAT")
    _acting(
        verbs.add_parser("list", help=translate("CLI", "the open alerts you may see, newest first")), json_output=True
    )
    ack = verbs.add_parser("ack", help=translate("CLI", "acknowledge alerts (all or none), with a note"))
    ack.add_argument("alert_ids", nargs="+", metavar="ALERT_ID")
    ack.add_argument("--note", default="", help=translate("CLI", "who is on it, what was done"))
    _acting(ack)
    limits = verbs.add_parser(
        "thresholds",
        help=translate(
            "CLI", "show the limits in force (no limit given) or set a scope's (0 or more given; '' inherits)"
        ),
    )
    limits.add_argument("--site", help=translate("CLI", "a site's limits (default: the farm's)"))
    limits.add_argument(
        "--model", help=translate("CLI", "a catalogue model's limits (with --site: that model on that site)")
    )
    from hashinsight_desktop.services.telemetry.alert_settings import LIMIT_TITLES

    for option, field in LIMIT_OPTIONS.items():  # each limit by its title, as the Alert thresholds page names it
        title = translate("AlertLimits", LIMIT_TITLES[field]).replace("%", "%%")  # argparse formats help with %
        limits.add_argument(f"--{option.replace('_', '-')}", dest=option, metavar="N", help=title)
    _acting(limits, json_output=True)
    hold = verbs.add_parser(
        "maintenance", help=translate("CLI", "silence miners' alerts while they are worked on, or end that")
    )
    hold.add_argument("miners", nargs="+", metavar="MINER", help=translate("CLI", "name, IP, IP:port or id"))
    how = hold.add_mutually_exclusive_group(required=True)
    how.add_argument("--hours", type=float, help=translate("CLI", "for this many hours"))
    how.add_argument("--until-ended", action="store_true", help=translate("CLI", "until someone ends it"))
    how.add_argument("--end", action="store_true", help=translate("CLI", "end their maintenance"))
    hold.add_argument("--note", default="", help=translate("CLI", "what is being done"))
    _acting(hold)


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    principal = acting_principal(ctx, args.acting_user)
    verbs = {"list": _list, "ack": _ack, "thresholds": _thresholds, "maintenance": _maintenance}
    return verbs[args.alerts_command](args, ctx, principal)


def _list(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.telemetry.alert_list import open_alerts

    with ctx.database.session_factory() as session:
        alerts = open_alerts(session, principal)
    if args.json:
        rows = [
            {
                "id": str(a.id),
                "miner": a.miner,
                "ip_address": a.ip_address,
                "site": a.site,
                "kind": a.kind,
                "severity": a.severity,
                "message": a.message,
                "current_message": a.current_message,
                "raised_at": a.raised_at.isoformat(),
                "acknowledged_by": a.acknowledged_by,
                "acknowledged_note": a.acknowledged_note,
            }
            for a in alerts
        ]
        print(json.dumps(rows, indent=2))
        return 0
    for a in alerts:  # the messages in the command line's language (--json keeps them in English, for machines)
        said, current = a.message_in(translate), a.current_message_in(translate)
        if current and a.current_message != a.message:
            said = translate("CLI", "{raised} — now: {now}").format(raised=said, now=current)
        seen = f" [ack {a.acknowledged_by}{': ' + a.acknowledged_note if a.acknowledged_note else ''}]"
        print(
            f"{a.raised_at.astimezone():%Y-%m-%d %H:%M} {a.severity:8} {a.kind:16} {a.miner} ({a.site}): "
            f"{said}{seen if a.acknowledged_by else ''}  {a.id}"
        )
    print(translate("CLI", "{n_alerts} open alerts").format(n_alerts=len(alerts)))
    return 0


def _ack(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.telemetry.alert_rules import acknowledge_many
    from hashinsight_desktop.services.transaction import unit_of_work

    ids = []
    for text in args.alert_ids:
        try:
            ids.append(uuid.UUID(text))
        except ValueError:
            raise ValidationError(
                "ALERT_ID",
                Text(QT_TRANSLATE_NOOP("Errors", "{text!r} is not an alert id (see alerts list)"), text=text),
            ) from None
    with unit_of_work(ctx.database.session_factory, "alert") as session:
        alerts = acknowledge_many(session, principal, ids, note=args.note, clock=ctx.clock)
    print(translate("CLI", "acknowledged {n_alerts} alerts").format(n_alerts=len(alerts)))
    return 0


def _scope(ctx: AppContext, principal: Any, site: str | None, model: str | None) -> tuple[Any, Any]:
    from sqlalchemy import select

    from hashinsight_desktop.db.models import Site
    from hashinsight_desktop.services.catalogue import resolve

    with ctx.database.session_factory() as session:
        site_id = None
        if site is not None:
            site_id = session.scalar(select(Site.id).where(Site.name == site))
            if site_id is None:
                raise ValidationError("--site", Text(QT_TRANSLATE_NOOP("Errors", "no site named {site!r}"), site=site))
        model_id = resolve(session, principal, model).id if model is not None else None
    return site_id, model_id


def _thresholds(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from dataclasses import asdict

    from hashinsight_desktop.services.telemetry.alert_settings import (
        limits_text,
        load_thresholds,
        save_thresholds,
        scope_text,
    )
    from hashinsight_desktop.services.transaction import unit_of_work

    site_id, model_id = _scope(ctx, principal, args.site, args.model)
    given = {
        field: getattr(args, option) for option, field in LIMIT_OPTIONS.items() if getattr(args, option) is not None
    }
    if given:
        options = {field: f"--{option.replace('_', '-')}" for option, field in LIMIT_OPTIONS.items()}
        try:
            with options_named(options), unit_of_work(ctx.database.session_factory) as session:
                save_thresholds(session, principal, site_id=site_id, model_id=model_id, values=given, clock=ctx.clock)
        except ValidationError as error:
            if error.field != "alert thresholds":
                raise
            # The limits out of range, all at once, each under its option (options_named): "--hold-s: -5 is …; …".
            raise ServiceError(error.message_text) from None
    with ctx.database.session_factory() as session:
        effective = asdict(load_thresholds(session).for_miner(site_id, model_id))
    effective.pop("starting_grace_s", None)
    if args.json:
        print(json.dumps(effective, indent=2))
    else:
        scope = render(scope_text(args.site or "", args.model or ""), translate)
        print(translate("CLI", "alert limits in force for {scope}:").format(scope=scope))
        for name, value in effective.items():  # each limit by its title, as the console's page names it
            print("  " + render(limits_text({name: value}, lambda figure: f"{figure:g}"), translate))
    return 0


def _maintenance(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.commands.control import resolve_miners
    from hashinsight_desktop.services.telemetry.alert_settings import end_maintenance, set_maintenance
    from hashinsight_desktop.services.transaction import unit_of_work

    if args.hours is not None and args.hours <= 0:
        raise ValidationError("--hours", QT_TRANSLATE_NOOP("Errors", "must be above 0"))
    ids = [row.id for row in resolve_miners(ctx, principal, args.miners)]
    with unit_of_work(ctx.database.session_factory) as session:
        if args.end:
            count = end_maintenance(session, principal, ids, clock=ctx.clock)
            print(translate("CLI", "{count} miners out of maintenance").format(count=count))
            return 0
        until = ctx.clock() + timedelta(hours=args.hours) if args.hours is not None else None
        count = set_maintenance(session, principal, ids, until=until, note=args.note, clock=ctx.clock)
    if until is None:
        print(translate("CLI", "{count} miners under maintenance until ended").format(count=count))
    else:
        held = translate("CLI", "{count} miners under maintenance until {until} UTC")
        print(held.format(count=count, until=f"{until:%Y-%m-%d %H:%M}"))
    return 0
