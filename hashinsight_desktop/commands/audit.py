"""`hashinsight-desktop audit list | verify [--checkpoint FILE] | checkpoint --out FILE`: the audit log, its chain and
its end.

    audit list [--search TEXT] [--limit N] [--json]
                                      the newest records, summaries in the command line's language (--json: one
                                      document, summaries in English as stored, for machines)

    audit verify                      every record's hash, the chain, and its end (the database's head and this
                                      computer's head file); exit 1 naming what is wrong
    audit verify --checkpoint FILE    also: the log still holds the record a checkpoint names
    audit checkpoint --out FILE       the log's end (sequence, hash, database, time) for an off-site copy

Both read only. Without --as they act as the operating-system account (reading the database is what that
account can do anyway).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hashinsight_desktop.commands.acting_user import PASSWORD_ENV, acting_principal
from hashinsight_desktop.commands.language import error_text, translate
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, render

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hashinsight_desktop.services.permissions import Principal


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser(
        "audit", help=translate("CLI", "audit log: verify its chain and its end, write a checkpoint")
    ).add_subparsers(dest="audit_command", required=True)
    verify = audit.add_parser(
        "verify",
        help=translate("CLI", "check the hash chain and its end; exit 1 naming the first bad record or the cut"),
    )
    verify.add_argument(
        "--checkpoint",
        metavar="FILE",
        type=Path,
        help=translate(
            "CLI", "also prove the log still holds the end a checkpoint recorded (audit checkpoint --out FILE)"
        ),
    )
    listing = audit.add_parser("list", help=translate("CLI", "the newest records, newest first"))
    listing.add_argument(
        "--search", default="", help=translate("CLI", "only records whose actor, action, entity, id or summary hold it")
    )
    listing.add_argument(
        "--limit", type=int, default=50, metavar="N", help=translate("CLI", "at most N records (default 50)")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("CLI", "print one JSON document (summaries in English)")
    )
    checkpoint = audit.add_parser(
        "checkpoint",
        help=translate("CLI", "write the log's end (sequence, hash, database, time) to FILE, to keep off-site"),
    )
    checkpoint.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help=translate("CLI", "the checkpoint file to write")
    )
    for parser in (listing, verify, checkpoint):
        parser.add_argument(
            "--as",
            dest="acting_user",
            metavar="USER",
            help=translate(
                "CLI", "act as this user (password from {env}); default: the operating-system account"
            ).format(env=PASSWORD_ENV),
        )


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services import audit, audit_head
    from hashinsight_desktop.services.permissions import Role, os_account

    principal = acting_principal(ctx, args.acting_user) if args.acting_user else os_account(Role.ADMIN)
    with ctx.database.session_factory() as session:
        if args.audit_command == "list":
            return _list(args, session, principal)
        if args.audit_command == "checkpoint":
            try:
                head = audit.current_head(session, principal)
            except audit_head.AuditChainCut as exc:
                print(
                    translate("CLI", "hashinsight-desktop: error: {exc}").format(exc=error_text(exc)), file=sys.stderr
                )
                return 1
            try:
                audit_head.write_checkpoint(args.out, head)
            except OSError as exc:
                print(
                    translate("CLI", "hashinsight-desktop: error: --out: cannot write {out}: {strerror}").format(
                        out=args.out, strerror=exc.strerror
                    ),
                    file=sys.stderr,
                )
                return 1
            print(
                translate("CLI", "checkpoint written to {out}: {value} of {database}").format(
                    out=args.out, value=render(head.describe(), translate), database=head.database
                )
            )
            return 0
        result = audit.verify(session, principal, checkpoint=args.checkpoint)
    print(result.describe(translate), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _list(args: argparse.Namespace, session: Session, principal: Principal) -> int:
    from hashinsight_desktop.services import audit

    if args.limit < 1:
        raise ValidationError("--limit", QT_TRANSLATE_NOOP("Errors", "must be at least 1"))
    page = audit.list_records(session, principal, search=args.search, limit=args.limit)
    if args.json:
        fields = ("seq", "actor", "action", "entity_type", "entity_id", "summary", "record_hash")
        rows = [
            {**{name: getattr(r, name) for name in fields}, "recorded_at": r.recorded_at.isoformat()}
            for r in page.records
        ]
        print(json.dumps({"total": page.total, "records": rows}, indent=2))
        return 0
    for r in page.records:
        summary = audit.summary_of(r, translate)
        print(
            f"{r.seq:>6} {r.recorded_at.astimezone():%Y-%m-%d %H:%M:%S} {r.actor} {r.action} {r.entity_id}  {summary}"
        )
    print(translate("CLI", "{shown} of {total} records").format(shown=len(page.records), total=page.total))
    return 0
