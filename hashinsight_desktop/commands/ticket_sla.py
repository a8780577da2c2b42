"""`ticket calendar` and `ticket policy`: business calendars and SLA policies from the command line.

    ticket calendar NAME --hours "mon-fri 09:00-17:00" [--hours "sat 10:00-14:00"] [--timezone ZONE]
                    [--holiday 2026-12-25[=Christmas]]... --as USER [--json]
    ticket policy NAME --calendar NAME [--customer NAME] --target urgent=15/120 [--target normal=60/480]...
                    --as USER [--json]       targets: response/resolution in business minutes per priority

Saving an existing name changes it (its holidays are replaced by those given); without --timezone a calendar
counts in each ticket's site's zone. A policy without --customer is the default one. Saving a policy re-times
the open tickets it now governs (also those opened before any policy); resolved and closed ones keep theirs.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from hashinsight_desktop.commands.acting_user import add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.errors import FIELD_AND_MESSAGE, ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(r"^\s*([a-z]{3})(?:-([a-z]{3}))?\s+(.+)$")


def add_parsers(ticket: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    calendar = ticket.add_parser(
        "calendar", help=translate("CLI", "add or change a business calendar (working hours, holidays)")
    )
    calendar.add_argument("name", metavar="NAME")
    calendar.add_argument(
        "--hours",
        action="append",
        default=[],
        metavar="SPEC",
        help=translate("CLI", ('working hours, e.g. "mon-fri 09:00-17:00" or "sat 10:00-12:00,13:00-15:00"; repeat')),
    )
    calendar.add_argument(
        "--timezone", metavar="ZONE", help=translate("CLI", "IANA zone (default: each ticket's site's zone)")
    )
    calendar.add_argument(
        "--holiday",
        action="append",
        default=[],
        metavar="YYYY-MM-DD[=NAME]",
        help=translate("CLI", "a whole day off; repeat"),
    )
    add_acting_arguments(calendar)
    policy = ticket.add_parser(
        "policy",
        help=translate("CLI", "add or change an SLA policy (targets per priority)"),
        description=translate(
            "CLI",
            (
                "Add or change an SLA policy. Saving it re-times the open "
                "tickets it now governs under the new targets (also tickets "
                "opened before any policy, and a customer's when given their "
                "own policy); resolved and closed tickets keep the policy "
                "they were judged by."
            ),
        ),
    )
    policy.add_argument("name", metavar="NAME")
    policy.add_argument(
        "--calendar", required=True, metavar="NAME", help=translate("CLI", "the business calendar it counts in")
    )
    policy.add_argument(
        "--customer", metavar="NAME", help=translate("CLI", "the customer it is for (default: every other customer)")
    )
    policy.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="PRIORITY=RESPONSE/RESOLUTION",
        help=translate("CLI", "business minutes, e.g. urgent=15/120; repeat per priority"),
    )
    add_acting_arguments(policy)


def parse_hours(specs: list[str]) -> dict[str, list[list[str]]]:
    """ "mon-fri 09:00-17:00" → {"0": [["09:00", "17:00"]], …, "4": […]}; ValidationError names --hours."""
    if not specs:
        raise ValidationError(
            "--hours", QT_TRANSLATE_NOOP("Errors", 'give the working hours, e.g. "mon-fri 09:00-17:00"')
        )
    hours: dict[str, list[list[str]]] = {str(d): [] for d in range(7)}
    for spec in specs:
        match = _HOURS.match(spec.lower())
        first, last = (match.group(1), match.group(2) or match.group(1)) if match else ("", "")
        if not match or first not in DAYS or last not in DAYS or DAYS.index(last) < DAYS.index(first):
            raise ValidationError(
                "--hours",
                Text(
                    QT_TRANSLATE_NOOP("Errors", '{spec!r}: write days then hours, e.g. "mon-fri 09:00-17:00"'),
                    spec=spec,
                ),
            )
        spans = []
        for span in match.group(3).split(","):
            start, _, end = span.strip().partition("-")
            if not end:
                raise ValidationError(
                    "--hours",
                    Text(
                        QT_TRANSLATE_NOOP("Errors", "{spec!r}: {value!r} is not a span like 09:00-17:00"),
                        spec=spec,
                        value=span.strip(),
                    ),
                )
            spans.append([start.strip(), end.strip()])
        for day in range(DAYS.index(first), DAYS.index(last) + 1):
            hours[str(day)] += spans
    return hours


def parse_holidays(specs: list[str]) -> list[tuple[date, str]]:
    days = []
    for spec in specs:
        text, _, name = spec.partition("=")
        try:
            days.append((date.fromisoformat(text.strip()), name.strip()))
        except ValueError:
            raise ValidationError(
                "--holiday", Text(QT_TRANSLATE_NOOP("Errors", "{spec!r} is not a date (YYYY-MM-DD[=name])"), spec=spec)
            ) from None
    return days


def parse_targets(specs: list[str]) -> dict[str, list[int | None]]:
    targets: dict[str, list[int | None]] = {}
    for spec in specs:
        priority, _, pair = spec.partition("=")
        response, _, resolution = pair.partition("/")
        try:
            targets[priority.strip()] = [
                int(response) if response.strip() else None,
                int(resolution) if resolution.strip() else None,
            ]
        except ValueError:
            raise ValidationError(
                "--target",
                Text(QT_TRANSLATE_NOOP("Errors", "{spec!r}: write PRIORITY=RESPONSE/RESOLUTION in minutes"), spec=spec),
            ) from None
    if not targets:
        raise ValidationError("--target", QT_TRANSLATE_NOOP("Errors", "give at least one, e.g. normal=60/480"))
    return targets


def run(args: argparse.Namespace, session: Any, principal: Any, clock: Any) -> dict[str, Any]:
    """Save the calendar or policy the arguments describe; what was saved, for printing. A service's field
    ("hours on Monday", "time zone", "normal response") is named as the option the user typed."""
    try:
        return _save(args, session, principal, clock)
    except ValidationError as error:
        raise _as_option(error) from None


def _as_option(error: ValidationError) -> ValidationError:
    # A new error under the option (no outer options_named renames it again), its message's template kept.
    field, said = error.field, error.message_text
    if field == "priority" or field.endswith((" targets", " response", " resolution")):
        return ValidationError(
            "--target", said if field == "priority" else Text(FIELD_AND_MESSAGE, field=field, message=said)
        )
    for prefix, option in (("hours", "--hours"), ("time zone", "--timezone")):
        if field.startswith(prefix):
            detail = field.removeprefix(prefix).strip()
            return ValidationError(option, Text(FIELD_AND_MESSAGE, field=detail, message=said) if detail else said)
    return error


def _save(args: argparse.Namespace, session: Any, principal: Any, clock: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.crm import sla_policies

    if args.ticket_command == "calendar":
        hours, holidays = parse_hours(args.hours), parse_holidays(args.holiday)
        existing = {c.name.casefold(): c for c in sla_policies.list_calendars(session, principal)}
        current = existing.get(args.name.strip().casefold())
        calendar = sla_policies.save_calendar(
            session,
            principal,
            name=args.name,
            hours=hours,
            timezone=args.timezone,
            holidays=holidays,
            calendar_id=None if current is None else current.id,
            expected_version=None if current is None else current.version,
            clock=clock,
        )
        return {
            "calendar": {
                "id": str(calendar.id),
                "name": calendar.name,
                "timezone": calendar.timezone,
                "hours": calendar.hours,
                "holidays": [d.isoformat() for d, _ in holidays],
            }
        }
    calendars = {c.name.casefold(): c for c in sla_policies.list_calendars(session, principal)}
    chosen = calendars.get(args.calendar.strip().casefold())
    if chosen is None:
        raise ValidationError(
            "--calendar",
            Text(QT_TRANSLATE_NOOP("Errors", "no business calendar named {calendar!r}"), calendar=args.calendar),
        )
    from hashinsight_desktop.commands.ticket import customer_named

    customer_id = customer_named(session, principal, args.customer)
    wanted = args.name.strip().casefold()
    same = next((p for p in sla_policies.list_policies(session, principal) if p.name.casefold() == wanted), None)
    policy = sla_policies.save_policy(
        session,
        principal,
        name=args.name,
        calendar_id=chosen.id,
        targets=parse_targets(args.target),
        customer_id=customer_id,
        policy_id=None if same is None else same.id,
        expected_version=None if same is None else same.version,
        clock=clock,
    )
    whose = None if customer_id is None else str(customer_id)
    saved = {"id": str(policy.id), "name": policy.name, "calendar": chosen.name, "customer_id": whose}
    return {"policy": saved | {"targets": policy.targets}}
