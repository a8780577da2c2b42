"""When a curtailment plan starts: by hand, at a time (--start-at, the site's clock when it has no offset) or when
the site's power price holds above a threshold (--price-above, typed in $/kWh); those flags as the plan request's
fields and said in words, and `curtail price`, which records the price signal such a plan watches."""

from __future__ import annotations

import argparse
import math
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from hashinsight_desktop.commands import curtail_names as names
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from hashinsight_desktop.services.app_context import AppContext


def start_time(text: str) -> datetime:
    """ISO 8601, kept in UTC; a time without an offset stays naive here: it is the site's local time
    (Site.timezone, as the tab reads it), resolved once the site is known."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CLI", "{text!r} is not an ISO 8601 time (like 2026-11-22T17:00 or 2026-11-22T17:00+01:00)"
            ).format(text=text)
        ) from None
    return moment if moment.tzinfo is None else moment.astimezone(UTC)


def usd_per_kwh(text: str) -> float:
    """A power price in $/kWh (the one unit every power price is typed and shown in)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text!r} is not a price in $/kWh (like 0.18)").format(text=text)
        ) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(
            translate("CLI", "{text!r} is not a price in $/kWh (like 0.18)").format(text=text)
        )
    return value


def site_time(moment: datetime, zone: str) -> datetime:
    """A time as the site's clock reads it, in UTC (a naive one is the site's local time)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC)


def site_clock(moment: datetime, zone: str) -> str:
    return f"{moment.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M %Z} ({zone})"


def trigger_fields(args: argparse.Namespace, ctx: AppContext, zone: str = "UTC") -> dict[str, Any]:
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
        start_at = site_time(args.start_at, zone)
        if start_at < ctx.clock() - timedelta(minutes=1):
            raise ValidationError(
                "--start-at",
                Text(QT_TRANSLATE_NOOP("Errors", "{value} is in the past"), value=site_clock(start_at, zone)),
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


def kwh(usd_per_mwh: float) -> str:
    return f"${usd_per_mwh / 1000:,.5g}/kWh"


def price_json(trigger: Any) -> dict[str, float] | None:
    """A price trigger as the user typed it: $/kWh."""
    return None if trigger is None else dict(trigger.to_user_json())


def trigger_text(request: Any, zone: str = "UTC") -> str:
    if request.trigger == "scheduled":
        return translate("CLI", "starts at {moment} once approved").format(moment=site_clock(request.start_at, zone))
    if request.trigger == "price":
        t = request.price_trigger
        return translate(
            "CLI",
            "starts once approved when the power price ≥ {threshold} for {minutes:g} min; recovers below {recovery}",
        ).format(
            threshold=kwh(t.threshold_usd_mwh),
            minutes=t.min_duration_min,
            recovery=kwh(t.threshold_usd_mwh - t.hysteresis_usd_mwh),
        )
    return translate("CLI", "starts when executed by hand")


def price(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.price_trigger import record_price
    from hashinsight_desktop.services.transaction import unit_of_work

    site_id = names.site_id(ctx, args.site)
    with unit_of_work(ctx.database.session_factory) as session:  # stored per MWh, typed per kWh
        record_price(session, principal, site_id, args.usd_per_kwh * 1000.0, source=args.source, clock=ctx.clock)
    print(translate("CLI", "recorded {value} for {site}").format(value=kwh(args.usd_per_kwh * 1000.0), site=args.site))
    return 0
