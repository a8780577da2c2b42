"""`hashinsight-desktop audit verify [--checkpoint FILE] | checkpoint --out FILE`: the audit log's chain and its end.

    audit verify                      every record's hash, the chain, and its end (the database's head and this
                                      computer's head file); exit 1 naming what is wrong
    audit verify --checkpoint FILE    also: the log still holds the record a checkpoint names
    audit checkpoint --out FILE       the log's end (sequence, hash, database, time) for an off-site copy

Both read only. Without --as they act as the operating-system account (reading the database is what that
account can do anyway).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.app_context import AppContext


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser(
        "audit", help=translate("CLI", "audit log: verify its chain and its end, write a checkpoint")
    ).add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser(
        "verify",
        help=translate("CLI", ("check the hash chain and its end; exit 1 naming the first bad record or the cut")),
    )
    verify.add_argument(
        "--checkpoint",
        metavar="FILE",
        type=Path,
        help=translate(
            "CLI", ("also prove the log still holds the end a checkpoint recorded (audit checkpoint --out FILE)")
        ),
    )
    checkpoint = audit.add_parser(
        "checkpoint",
        help=translate("CLI", ("write the log's end (sequence, hash, database, time) to FILE, to keep off-site")),
    )
    checkpoint.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help=translate("CLI", "the checkpoint file to write")
    )
    for parser in (verify, checkpoint):
        parser.add_argument(
            "--as",
            dest="acting_user",
            metavar="USER",
            help=f"act as this user (password from {PASSWORD_ENV}); default: the operating-system account",
        )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services import audit, audit_head
    from hashinsight_desktop.services.permissions import Role, os_account

    principal = acting_principal(ctx, args.acting_user) if args.acting_user else os_account(Role.ADMIN)
    with ctx.database.session_factory() as session:
        if args.audit_command == "checkpoint":
            try:
                head = audit.current_head(session, principal)
            except audit_head.AuditChainCut as exc:
                print(translate("CLI", "hashinsight-desktop: error: {exc}").format(exc=exc), file=sys.stderr)
                return 1
            try:
                audit_head.write_checkpoint(args.out, head)
            except OSError as exc:
                print(
                    translate("CLI", ("hashinsight-desktop: error: --out: cannot write {out}: {strerror}")).format(
                        out=args.out, strerror=exc.strerror
                    ),
                    file=sys.stderr,
                )
                return 1
            print(
                translate("CLI", "checkpoint written to {out}: {value} of {database}").format(
                    out=args.out, value=head.describe(), database=head.database
                )
            )
            return 0
        result = audit.verify(session, principal, checkpoint=args.checkpoint)
    print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
