"""`hashinsight-desktop sla report|verify`: a customer's monthly SLA report signed by the site, and proving one
was not altered.

    sla report --customer NAME --period YYYY-MM --out FILE [--as USER]
    sla verify REPORT [--public-key BASE64]

The report's figures are the month's invoices' (uptime per miner, curtailment hours, SLA credit, credit notes) plus
the incidents on the customer's miners; it is signed with the site's Ed25519 key, kept in the OS keyring (made on
first use, its public half published in the audit log). `verify` checks the signature against the keys this site
published (or the one given with --public-key) and that not one byte of the file changed; exit 1 says why not.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
from pathlib import Path
from typing import Any

from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.option_names import options_named
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

OPTION_NAMES = {"period": "--period", "customer": "--customer"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sla = commands.add_parser(
        "sla", help=translate("CLI", "monthly SLA reports signed by the site; verify one")
    ).add_subparsers(dest="sla_command", required=True, metavar="ACTION")
    report = sla.add_parser(
        "report", help=translate("CLI", ("write a customer's signed SLA report for a month (from its invoices)"))
    )
    report.add_argument("--customer", required=True, metavar="NAME")
    report.add_argument("--period", required=True, metavar="YYYY-MM")
    report.add_argument("--out", required=True, metavar="FILE", type=Path)
    add_acting_arguments(report)
    verify = sla.add_parser("verify", help=translate("CLI", "prove a signed SLA report was not altered"))
    verify.add_argument("report", metavar="REPORT", type=Path)
    verify.add_argument(
        "--public-key", metavar="BASE64", help=translate("CLI", "trust this key instead of the site's published ones")
    )
    verify.add_argument("--json", action="store_true", help=translate("CLI", "print the verified report as JSON"))


def run(args: argparse.Namespace, ctx: Any) -> int:
    return _report(args, ctx) if args.sla_command == "report" else _verify(args, ctx)


def _report(args: argparse.Namespace, ctx: Any) -> int:
    from hashinsight_desktop.commands.invoice import _customer_id
    from hashinsight_desktop.services.billing.sla_report import signed_report
    from hashinsight_desktop.services.transaction import unit_of_work

    principal = acting_principal(ctx, args.acting_user)
    with options_named(OPTION_NAMES), unit_of_work(ctx.database.session_factory, "sla report") as session:
        data = signed_report(
            session, principal, ctx.secrets, _customer_id(session, args.customer), args.period, clock=ctx.clock
        )
    args.out.write_bytes(data)
    envelope = json.loads(data)
    if args.json:
        print(json.dumps({"out": str(args.out), "key_id": envelope["signature"]["key_id"]}))
    else:
        print(
            translate("CLI", "wrote {out}: signed by key {key_id}").format(
                out=args.out, key_id=envelope["signature"]["key_id"]
            )
        )
    return 0


def _trusted(args: argparse.Namespace, ctx: Any) -> dict[str, bytes]:
    from hashinsight_desktop.services.billing.sla_signing import key_id, published_keys

    if args.public_key:
        try:
            raw = base64.b64decode(args.public_key, validate=True)
        except binascii.Error:
            raise ValidationError("--public-key", QT_TRANSLATE_NOOP("Errors", "is not base64")) from None
        if len(raw) != 32:
            raise ValidationError(
                "--public-key", QT_TRANSLATE_NOOP("Errors", "is not an Ed25519 public key (32 bytes)")
            )
        return {key_id(raw): raw}
    with ctx.database.session_factory() as session:
        return published_keys(session)


def _verify(args: argparse.Namespace, ctx: Any) -> int:
    from hashinsight_desktop.services.billing.sla_signing import ReportNotVerified, verify

    try:
        data = args.report.read_bytes()
    except OSError as error:
        raise ValidationError(
            "REPORT",
            Text(
                QT_TRANSLATE_NOOP("Errors", "cannot read {report}: {strerror}"),
                report=args.report,
                strerror=error.strerror,
            ),
        ) from None
    try:
        verified = verify(data, _trusted(args, ctx))
    except ReportNotVerified as error:
        raise ValidationError(
            "REPORT", Text(QT_TRANSLATE_NOOP("Errors", "{report}: {error}"), report=args.report, error=error)
        ) from None
    report = verified.report
    if args.json:
        print(json.dumps({"verified": True, "key_id": verified.key_id, "report": report}, indent=2))
    else:
        print(
            translate(
                "CLI",
                ("OK: {report} is {name}'s SLA report for {period}, unaltered, signed by this site's key {key_id}"),
            ).format(
                report=args.report, name=report["customer"]["name"], period=report["period"], key_id=verified.key_id
            )
        )
    return 0
