"""`hashinsight-desktop notify`: alert notification channels, rules, a test message and the send log.

    notify channel list|add|edit|remove …     notify rule list|add|remove …
    notify test CHANNEL                        notify log [--limit N]

All with ``--as USER`` (settings managers) and ``--json`` where a script reads the output. A channel's
secret (SMTP password, webhook URL, bot token) is never an argument (it would stay in the shell's history
and the process list): it is read from standard input with ``--secret-stdin``, or prompted for.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

KINDS = ("email", "slack", "teams", "telegram", "webhook")
SEVERITIES = ("critical", "warning")


# What the channel service calls a setting → the option that gives it (`option_names.options_named`).
CHANNEL_OPTIONS = {
    "SMTP host": "--host",
    "port": "--port",
    "security": "--security",
    "from": "--from",
    "to": "--to",
    "API address": "--api-base",
    "digest window": "--digest",
    "messages per hour": "--max-per-hour",
    "kind": "--kind",
}


def _channel_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help=translate("CLI", "e-mail: SMTP server"))
    parser.add_argument(
        "--port", type=int, help=translate("CLI", "e-mail: SMTP port (default by --security: 587, 465, 25)")
    )
    parser.add_argument(
        "--security", choices=("starttls", "tls", "none"), help=translate("CLI", "e-mail (default starttls)")
    )
    parser.add_argument("--user", help=translate("CLI", "e-mail: SMTP login (none: no login)"))
    parser.add_argument("--from", dest="sender", metavar="ADDRESS", help=translate("CLI", "e-mail: sender address"))
    parser.add_argument("--to", metavar="ADDRESSES", help=translate("CLI", "e-mail: recipients, comma-separated"))
    parser.add_argument("--chat-id", help=translate("CLI", "telegram: the chat, group or channel id"))
    parser.add_argument(
        "--api-base", help=translate("CLI", "telegram: Bot API address (default https://api.telegram.org)")
    )
    parser.add_argument(
        "--digest", type=int, metavar="S", help=translate("CLI", "digest window in seconds (default 60)")
    )
    parser.add_argument(
        "--max-per-hour", type=int, metavar="N", help=translate("CLI", "messages per hour at most (default 20)")
    )
    parser.add_argument("--disabled", action="store_true", help=translate("CLI", "save the channel switched off"))
    parser.add_argument(
        "--secret-stdin",
        action="store_true",
        help=translate("CLI", ("read the SMTP password / webhook URL / bot token from standard input (else a prompt)")),
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "notify", help=translate("CLI", ("alert notifications: channels, rules, a test message, the send log"))
    )
    verbs = parser.add_subparsers(dest="notify_command", required=True, metavar="WHAT")
    channel = verbs.add_parser("channel", help=translate("CLI", "e-mail and webhook channels")).add_subparsers(
        dest="action", required=True
    )
    add_acting_arguments(channel.add_parser("list", help=translate("CLI", "list the channels")))
    add = channel.add_parser("add", help=translate("CLI", "add a channel"))
    add.add_argument("name")
    add.add_argument("--kind", choices=KINDS, required=True)
    _channel_options(add)
    add_acting_arguments(add, json_output=False)
    edit = channel.add_parser("edit", help=translate("CLI", "change a channel (options not given stay as they are)"))
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NAME")
    _channel_options(edit)
    edit.add_argument("--enabled", action="store_true", help=translate("CLI", "switch the channel on"))
    add_acting_arguments(edit, json_output=False)
    remove = channel.add_parser(
        "remove", help=translate("CLI", ("remove a channel, its rules and waiting alerts (its log stays)"))
    )
    remove.add_argument("name")
    add_acting_arguments(remove, json_output=False)

    rule = verbs.add_parser("rule", help=translate("CLI", "which alerts go to which channel")).add_subparsers(
        dest="action", required=True
    )
    add_acting_arguments(rule.add_parser("list", help=translate("CLI", "list the rules")))
    add_rule = rule.add_parser("add", help=translate("CLI", "add a rule (no --severity/--kind/--site: every one)"))
    add_rule.add_argument("name")
    add_rule.add_argument("--channel", required=True, metavar="NAME")
    add_rule.add_argument("--severity", action="append", choices=SEVERITIES, default=[])
    add_rule.add_argument(
        "--kind", action="append", default=[], metavar="KIND", help=translate("CLI", "an alert kind, repeatable")
    )
    add_rule.add_argument(
        "--site", action="append", default=[], metavar="NAME", help=translate("CLI", "a site, repeatable")
    )
    add_acting_arguments(add_rule, json_output=False)
    remove_rule = rule.add_parser("remove", help=translate("CLI", "remove a rule"))
    remove_rule.add_argument("name")
    add_acting_arguments(remove_rule, json_output=False)

    test = verbs.add_parser(
        "test", help=translate("CLI", ("send a test message through a channel now and say what happened"))
    )
    test.add_argument("channel", metavar="CHANNEL")
    add_acting_arguments(test)
    log = verbs.add_parser("log", help=translate("CLI", "the send log, newest first"))
    log.add_argument("--limit", type=int, default=50, metavar="N")
    add_acting_arguments(log)


def _read_secret(args: argparse.Namespace, label: str, needed: bool) -> str | None:
    if args.secret_stdin:
        return sys.stdin.readline().strip() or None
    if not needed:
        return None
    try:
        return getpass.getpass(f"{label}: ") or None
    except EOFError:
        raise ValidationError(
            label, QT_TRANSLATE_NOOP("Errors", "not given: use --secret-stdin or run in a terminal")
        ) from None


def _settings(args: argparse.Namespace, kind: str, current: dict[str, Any]) -> dict[str, Any]:
    given = {
        "host": args.host,
        "port": args.port,
        "security": args.security,
        "username": args.user,
        "sender": args.sender,
        "recipients": args.to,
        "chat_id": args.chat_id,
        "api_base": args.api_base,
    }
    return current | {k: v for k, v in given.items() if v is not None}


def _channel_row(channel: Any) -> dict[str, Any]:
    from hashinsight_desktop.services.notifications.channels import recipient

    return {
        "name": channel.name,
        "kind": channel.kind,
        "sends_to": str(recipient(channel)),
        "digest_window_s": channel.digest_window_s,
        "max_per_hour": channel.max_per_hour,
        "enabled": channel.enabled,
    }


def _print(rows: list[dict[str, Any]], as_json: bool, columns: list[str]) -> None:
    if as_json:
        print(json.dumps(rows, indent=2, default=str))
        return
    for line in table_lines([columns, *([str(row[c]) for c in columns] for row in rows)]):
        print(line)


def _find_channel(session: Any, principal: Any, name: str) -> Any:
    from hashinsight_desktop.services.notifications.channels import list_channels

    found = {c.name: c for c in list_channels(session, principal)}
    if name not in found:
        raise ValidationError(
            "channel",
            Text(QT_TRANSLATE_NOOP("Errors", "no channel named {name!r} (notify channel list shows them)"), name=name),
        )
    return found[name]


def _channel(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.notifications import channels
    from hashinsight_desktop.services.transaction import unit_of_work

    if args.action == "list":
        with ctx.database.session_factory() as session:
            rows = [_channel_row(c) for c in channels.list_channels(session, principal)]
        _print(rows, args.json, ["name", "kind", "sends_to", "digest_window_s", "max_per_hour", "enabled"])
        return 0
    with options_named(CHANNEL_OPTIONS), unit_of_work(ctx.database.session_factory, "notification channel") as session:
        if args.action == "remove":
            channels.delete_channel(
                session, principal, ctx.secrets, _find_channel(session, principal, args.name).id, clock=ctx.clock
            )
            print(translate("CLI", "removed channel {name}").format(name=args.name))
            return 0
        current = None if args.action == "add" else _find_channel(session, principal, args.name)
        kind = args.kind if current is None else current.kind
        label = channels.secret_label(kind)
        needed = current is None and kind != "email"  # editing: nothing given keeps the keyring's
        secret = _read_secret(args, label, needed or (kind == "email" and current is None and bool(args.user)))
        data = channels.ChannelInput(
            name=(args.rename if current is not None and args.rename else args.name),
            kind=kind,
            settings=_settings(args, kind, dict(current.settings) if current is not None else {}),
            digest_window_s=args.digest if args.digest is not None else (current.digest_window_s if current else 60),
            max_per_hour=args.max_per_hour
            if args.max_per_hour is not None
            else (current.max_per_hour if current else 20),
            enabled=(not args.disabled)
            if current is None
            else (args.enabled or (current.enabled and not args.disabled)),
            secret=secret,
        )
        saved = channels.save_channel(
            session,
            principal,
            ctx.secrets,
            data,
            channel_id=current.id if current is not None else None,
            expected_version=current.version if current is not None else None,
            clock=ctx.clock,
        )
        print(
            (
                translate("CLI", "added channel {name}: {recipient}")
                if current is None
                else translate("CLI", "changed channel {name}: {recipient}")
            ).format(name=saved.name, recipient=render(channels.recipient(saved), translate))
        )
    return 0


def _rule(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services import sites
    from hashinsight_desktop.services.notifications import rules
    from hashinsight_desktop.services.notifications.channels import list_channels
    from hashinsight_desktop.services.transaction import unit_of_work

    with unit_of_work(ctx.database.session_factory, "notification rule") as session:
        site_names = {s.name: s.id for s in sites.list_sites(session, principal)}
        if args.action == "list":
            names = {c.id: c.name for c in list_channels(session, principal)}
            by_id = {str(v): k for k, v in site_names.items()}
            rows = [
                {
                    "name": r.name,
                    "channel": names.get(r.channel_id, "?"),
                    "severities": ", ".join(r.severities) or "any",
                    "kinds": ", ".join(r.kinds) or "any",
                    "sites": ", ".join(by_id.get(s, s) for s in r.site_ids) or "any",
                    "enabled": r.enabled,
                }
                for r in rules.list_rules(session, principal)
            ]
            _print(rows, args.json, ["name", "channel", "severities", "kinds", "sites", "enabled"])
            return 0
        if args.action == "remove":
            matching = [r for r in rules.list_rules(session, principal) if r.name == args.name]
            if not matching:
                raise ValidationError(
                    "rule", Text(QT_TRANSLATE_NOOP("Errors", "no rule named {name!r}"), name=args.name)
                )
            for found in matching:
                rules.delete_rule(session, principal, found.id, clock=ctx.clock)
            print(translate("CLI", "removed rule {name}").format(name=args.name))
            return 0
        if missing := [name for name in args.site if name not in site_names]:
            raise ValidationError(
                "--site",
                Text(QT_TRANSLATE_NOOP("Errors", "no site named {value}"), value=", ".join(map(repr, missing))),
            )
        channel = _find_channel(session, principal, args.channel)
        data = rules.RuleInput(args.name, channel.id, args.severity, args.kind, [site_names[n] for n in args.site])
        rules.save_rule(session, principal, data, clock=ctx.clock)
        print(translate("CLI", "added rule {name} → {name2}").format(name=args.name, name2=channel.name))
    return 0


def _test(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.notifications.delivery import SENT, send_test

    with ctx.database.session_factory() as session:
        channel = _find_channel(session, principal, args.channel)
    outcome = asyncio.run(send_test(ctx.database.session_factory, principal, ctx.secrets, channel.id, clock=ctx.clock))
    if args.json:
        print(json.dumps({"channel": args.channel, "status": outcome.status, "error": outcome.error}))
    elif outcome.status == SENT:
        print(translate("CLI", "test sent through {channel}: the server accepted it").format(channel=args.channel))
    else:
        print(
            translate("CLI", "test through {channel} failed: {error}").format(channel=args.channel, error=outcome.error)
        )
    return 0 if outcome.status == SENT else 1


def _log(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.notifications.delivery import send_log

    with ctx.database.session_factory() as session:
        rows = [
            {
                "queued": d.created_at.isoformat(timespec="seconds"),
                "channel": d.channel_name,
                "to": d.recipient,
                "subject": ("[test] " if d.is_test else "") + d.subject,
                "alerts": len(d.alerts),
                "status": d.status,
                "attempts": d.attempts,
                "next_attempt": d.next_attempt_at.isoformat(timespec="seconds") if d.next_attempt_at else "",
                "last_error": d.last_error or "",
            }
            for d in send_log(session, principal, limit=max(1, args.limit))
        ]
    _print(rows, args.json, ["queued", "channel", "status", "attempts", "alerts", "subject", "last_error"])
    return 0


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    principal = acting_principal(ctx, args.acting_user)
    verbs = {"channel": _channel, "rule": _rule, "test": _test, "log": _log}
    return verbs[args.notify_command](args, ctx, principal)
