"""`hashinsight-desktop control …`: tell miners of the database something, each through its firmware's
own protocol, for scripts and headless sites.

    control sleep|wake|reboot MINER... --as USER [--json]
    control power MINER... --watts W | --percent P --as USER
    control pool MINER... --pool-url URL --worker NAME [--pool-password-stdin [--remember]] --as USER
    control mode low|normal|high MINER... --as USER
    control light on|off MINER... --as USER
    control identify MINER... --as USER       (make, model, firmware, family and capabilities, stored)

MINER is a miner's name, its IP address (or IP:port), or its id (or the id's first 8 characters).
An action a miner's firmware lacks is refused for that miner with the reason and nothing is sent to it.
Exit status 1 when any miner failed or was refused; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import uuid
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render

ACTIONS = ("sleep", "wake", "reboot", "power", "pool", "mode", "light", "identify")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "miners", nargs="+", metavar="MINER", help=translate("CLI", "name, IP address (or IP:port) or id")
    )
    add_acting_arguments(parser)
    parser.add_argument(
        "--deadline", type=float, default=20.0, metavar="S", help=translate("CLI", "per-miner deadline (default 20 s)")
    )
    parser.add_argument("--concurrency", type=int, default=50, metavar="N")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    control = commands.add_parser(
        "control",
        help=translate("CLI", ("control miners through their own firmware (sleep, wake, reboot, power, pool, mode)")),
    )
    actions = control.add_subparsers(dest="control_action", required=True, metavar="ACTION")
    for name, text in (
        ("sleep", QT_TRANSLATE_NOOP("CLI", "stop hashing")),
        ("wake", QT_TRANSLATE_NOOP("CLI", "resume hashing")),
        ("reboot", QT_TRANSLATE_NOOP("CLI", "reboot the miners")),
    ):
        _common(actions.add_parser(name, help=translate("CLI", text)))
    power = actions.add_parser(
        "power", help=translate("CLI", ("a power target: --watts (Braiins, Whatsminer, LuxOS, VNish) or --percent"))
    )
    _common(power)
    level = power.add_mutually_exclusive_group(required=True)
    level.add_argument("--watts", type=int, metavar="W")
    level.add_argument("--percent", type=int, metavar="P")
    pool = actions.add_parser("pool", help=translate("CLI", "make a pool the active one"))
    _common(pool)
    pool.add_argument(
        "--pool-url", required=True, metavar="URL", help=translate("CLI", "like stratum+tcp://pool.example:3333")
    )
    pool.add_argument("--worker", required=True, metavar="NAME")
    pool.add_argument(
        "--pool-password",
        metavar="PW",
        help=translate("CLI", ("the pool's password (default: the keyring's for this pool and worker, else x)")),
    )
    pool.add_argument(
        "--pool-password-stdin",
        action="store_true",
        help=translate("CLI", "read the pool's password from standard input"),
    )
    pool.add_argument(
        "--remember",
        action="store_true",
        help=translate("CLI", "store the given password in the keyring for next time"),
    )
    mode = actions.add_parser(
        "mode", help=translate("CLI", ("a firmware power mode (stock Antminer low-power, Whatsminer, Avalon)"))
    )
    mode.add_argument("mode", choices=("low", "normal", "high"))
    _common(mode)
    light = actions.add_parser("light", help=translate("CLI", "the fault (locate) light"))
    light.add_argument("state", choices=("on", "off"))
    _common(light)
    _common(
        actions.add_parser(
            "identify", help=translate("CLI", "identify make, model, firmware and family, and store them")
        )
    )


def resolve_miners(ctx: AppContext, principal: Any, specs: list[str]) -> list[Any]:
    """MinerRows for names, IPs (IP:port) or ids, in the user's scope; a spec matching none is an error."""
    from hashinsight_desktop.services.fleet.miners import list_miners

    with ctx.database.session_factory() as session:
        rows = list_miners(session, principal)
    chosen: dict[uuid.UUID, Any] = {}
    for spec in specs:
        text = spec.strip()
        matches = [
            r
            for r in rows
            if text in (r.name, r.ip_address, f"{r.ip_address}:{r.port}", str(r.id))
            or (len(text) >= 8 and str(r.id).startswith(text.lower()))
        ]
        if not matches:
            raise ValidationError(
                "MINER",
                Text(
                    QT_TRANSLATE_NOOP("Errors", ("no miner named {text!r} (by name, IP address or id) in your sites")),
                    text=text,
                ),
            )
        by_ip = [r for r in matches if r.ip_address == text]
        if len(by_ip) > 1:  # one IP in several sites: say which
            names = ", ".join(f"{r.name} ({r.site})" for r in by_ip)
            raise ValidationError(
                "MINER",
                Text(
                    QT_TRANSLATE_NOOP("Errors", "{text} is at several sites ({names}): name one by its id"),
                    text=text,
                    names=names,
                ),
            )
        for row in matches:
            chosen[row.id] = row
    return list(chosen.values())


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.devices import CredentialStore

    principal = acting_principal(ctx, args.acting_user)
    rows = resolve_miners(ctx, principal, args.miners)
    store = CredentialStore.from_settings(ctx.secrets, ctx.settings.extra)
    if args.control_action == "identify":
        return _identify(args, ctx, principal, rows, store)
    return _control(args, ctx, principal, rows, store)


def _pool(args: argparse.Namespace, ctx: AppContext, principal: Any) -> Any:
    """The pool to send: the password given (stdin or option), else the keyring's, else x; stored if asked."""
    import sys

    from hashinsight_desktop.services.fleet import pool_passwords
    from hashinsight_desktop.services.transaction import unit_of_work

    typed = sys.stdin.readline().rstrip("\n") if args.pool_password_stdin else args.pool_password
    if args.remember and not typed:
        raise ValidationError(
            "--remember", QT_TRANSLATE_NOOP("Errors", "give the password to store (--pool-password-stdin)")
        )
    resolved = pool_passwords.resolve(ctx.secrets, args.pool_url, args.worker, typed or None)
    if args.remember:
        with unit_of_work(ctx.database.session_factory) as session:
            pool_passwords.remember(session, principal, ctx.secrets, resolved.pool, clock=ctx.clock)
    return resolved.pool


def _control(args: argparse.Namespace, ctx: AppContext, principal: Any, rows: list[Any], store: Any) -> int:
    from hashinsight_desktop.services.fleet.control import DeviceAction, control_targets, run_action

    action = {
        "sleep": DeviceAction.SLEEP,
        "wake": DeviceAction.WAKE,
        "reboot": DeviceAction.REBOOT,
        "power": DeviceAction.POWER_TARGET,
        "pool": DeviceAction.POOL,
        "mode": DeviceAction.MODE,
        "light": DeviceAction.FAULT_LIGHT,
    }[args.control_action]
    options: dict[str, Any] = {}
    if action is DeviceAction.POWER_TARGET:
        if args.percent is not None:
            options["power_pct"] = args.percent
        else:
            if args.watts <= 0:
                raise ValidationError("--watts", QT_TRANSLATE_NOOP("Errors", "must be a positive number of watts"))
            options["watts"] = args.watts
    elif action is DeviceAction.POOL:
        options["pool"] = _pool(args, ctx, principal)
    elif action is DeviceAction.MODE:
        options["mode"] = args.mode
    elif action is DeviceAction.FAULT_LIGHT:
        options["light"] = args.state == "on"
    with ctx.database.session_factory() as session:
        targets = control_targets(session, principal, [r.id for r in rows], store)
    results = asyncio.run(
        run_action(
            ctx.database.session_factory,
            principal,
            targets,
            action,
            clock=ctx.clock,
            concurrency=max(1, args.concurrency),
            deadline_s=args.deadline,
            **options,
        )
    )
    by_id = {t.miner_id: t for t in targets}
    report = [
        {
            "miner_id": str(r.miner_id),
            "name": by_id[r.miner_id].name,
            "host": r.host,
            "family": by_id[r.miner_id].family or "generic",
            "outcome": r.outcome,
            "detail": r.detail,  # a Text: English in --json, the CLI's language in the table
        }
        for r in results
    ]
    counts = {
        outcome: sum(1 for item in report if item["outcome"] == outcome) for outcome in ("ok", "refused", "failed")
    }
    if args.json:
        print(json.dumps({"action": action.value, "miners": report, **counts}, indent=2, default=str))
    else:
        for item in report:
            detail = render(item["detail"], translate)
            print(f"{pad(item['name'], 22)} {item['host']:<16} {item['family']:<10} {item['outcome']:<8} {detail}")
        summary = f"{counts['ok']} ok, {counts['refused']} refused, {counts['failed']} failed"
        print(f"{action.value}: {summary} of {len(report)}")
    return 0 if counts["ok"] == len(report) else 1


def _identify(args: argparse.Namespace, ctx: AppContext, principal: Any, rows: list[Any], store: Any) -> int:
    from hashinsight_desktop.services.fleet.identification import identify_miners

    found = asyncio.run(
        identify_miners(
            ctx.database.session_factory,
            principal,
            [r.id for r in rows],
            credentials=store,
            deadline_s=args.deadline,
            concurrency=max(1, args.concurrency),
            clock=ctx.clock,
        )
    )
    report = [
        {
            "miner_id": str(f.miner_id),
            "name": f.name,
            "host": f.host,
            "make": f.identity.make,
            "model": f.identity.model,
            "firmware": f.identity.firmware,
            "family": f.identity.family.value,
            "capabilities": f.identity.capabilities.to_json(),
            "note": f.identity.reason,
        }
        for f in found
    ]
    if args.json:
        print(json.dumps({"miners": report}, indent=2))
    else:
        for item, f in zip(report, found, strict=True):
            what = " ".join(str(part) for part in (item["make"], item["model"], item["firmware"]) if part)
            note = f"  ({item['note']})" if item["note"] else ""
            can = f.identity.capabilities.describe()
            print(f"{pad(item['name'], 22)} {item['family']:<10} {what or '?'}: {can}{note}")
    return 0
