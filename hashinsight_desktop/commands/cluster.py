"""`hashinsight-desktop cluster status [--json] --as USER`: the control room from a terminal, as Admin → Control
room shows it (services/cluster/status.py reads both): every console and agent with its last heartbeat, who leads
which role under which epoch until when, each job's last tick and the next, listener lag, dead letters.

Each verb is a parser in ``add_parser`` and a function in ``VERBS``; a new verb (``cluster dead-letters …``) adds
one of each."""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from hashinsight_desktop.commands import dead_letters
from hashinsight_desktop.commands.acting_user import acting_principal, add_acting_arguments
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import table_lines
from hashinsight_desktop.services.code_labels import CLUSTER_ROLES, CLUSTER_STATES, NODE_KINDS, cluster_role, label
from hashinsight_desktop.services.texts import Template, render

if TYPE_CHECKING:  # the command line imports this module to build its parser: SQLAlchemy loads only to run it
    from hashinsight_desktop.services.app_context import AppContext
    from hashinsight_desktop.services.cluster.status import ClusterStatus, JobStatus


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cluster = commands.add_parser(
        "cluster", help=translate("CLI", "the control room: consoles, agents, roles, job ticks")
    )
    verbs = cluster.add_subparsers(dest="cluster_command", required=True, metavar="ACTION")
    status = verbs.add_parser(
        "status",
        help=translate("CLI", ("every console and agent, who leads which role, job ticks, listener lag, dead letters")),
    )
    add_acting_arguments(status)
    dead_letters.add_parser(verbs)


def _status(args: argparse.Namespace, ctx: AppContext) -> int:
    from hashinsight_desktop.services.cluster.status import cluster_status

    principal = acting_principal(ctx, args.acting_user)
    with ctx.database.session_factory() as session:
        seen = cluster_status(session, principal)
    if args.json:
        print(json.dumps(seen.as_json(), indent=2))
    else:
        print("\n".join(status_lines(seen)))
    return 0


VERBS: dict[str, Callable[[argparse.Namespace, AppContext], int]] = {
    "status": _status,
    "dead-letters": dead_letters.run,
}


def run(args: argparse.Namespace, ctx: AppContext) -> int:
    return VERBS[args.cluster_command](args, ctx)


def status_lines(seen: ClusterStatus) -> list[str]:
    """The compact text of ``cluster status``: three tables and the dead letters, times in local time with age."""
    from hashinsight_desktop.services.durations import seconds_text, short_duration

    now = seen.now

    def duration(seconds: float) -> str:  # '42 s', '3 min' with the user's language's units
        return render(short_duration(seconds), translate)

    def at(moment: datetime | None) -> str:
        if moment is None:
            return "-"
        delta = (now - moment).total_seconds()
        when = duration(abs(delta))
        past = translate("CLI", "{time} ({age} ago)") if delta >= 0 else translate("CLI", "{time} (in {age})")
        return past.format(time=f"{moment.astimezone():%H:%M:%S}", age=when)

    def said(labels: Mapping[str, Template], code: str) -> str:  # a code by its label, in the user's language
        return render(label(labels, code), translate)

    def job_label(job: JobStatus) -> str:  # the title in words (JOB_TITLES, marked for translation by the page)
        title = translate("ControlRoomPage", job.title)
        return f"{title} · {job.subject}" if job.subject else title

    def holder(host: str | None, pid: int | None) -> str:
        return translate("CLI", "{host} pid {pid}").format(host=host, pid=pid) if host else "-"

    consoles, agents = len(seen.online("console")), len(seen.online("agent"))
    heading = translate(
        "CLI",
        "Control room at {now} (the database's clock): {consoles} and {agents} online; "
        "a node is gone after {gone:.0f} s without a heartbeat",
    )
    consoles_text = translate("CLI", "1 console") if consoles == 1 else translate("CLI", "{n} consoles")
    agents_text = translate("CLI", "1 agent") if agents == 1 else translate("CLI", "{n} agents")
    lines = [
        heading.format(
            now=f"{now.astimezone():%Y-%m-%d %H:%M:%S %Z}",
            consoles=consoles_text.format(n=consoles),
            agents=agents_text.format(n=agents),
            gone=seen.gone_after_s,
        ),
        "",
    ]
    lines += _columns(
        (
            translate("CLI", "KIND"),
            translate("CLI", "HOST"),
            translate("CLI", "PID"),
            translate("CLI", "USER"),
            translate("CLI", "VERSION"),
            translate("CLI", "LAST HEARTBEAT"),
            translate("CLI", "STATE"),
            translate("CLI", "LISTENER LAG"),
            translate("CLI", "LEADS"),
        ),
        [
            (
                translate("CLI", "{kind} (child)").format(kind=said(NODE_KINDS, node.kind))
                if node.parent_id
                else said(NODE_KINDS, node.kind),
                node.host,
                str(node.pid),
                node.username,
                node.version,
                at(node.heartbeat_at),
                said(CLUSTER_STATES, node.state),
                "-" if node.listener_lag_ms is None else f"{node.listener_lag_ms:,.0f} ms",
                ", ".join(render(cluster_role(r.kind, r.subject), translate) for r in seen.roles_held_by(node.id))
                or "-",
            )
            for node in seen.nodes
        ],
        translate("CLI", "no console or agent has connected in the last day"),
    )
    lines.append("")
    lines += _columns(
        (
            translate("CLI", "ROLE"),
            translate("CLI", "FOR"),
            translate("CLI", "HOLDER"),
            translate("CLI", "EPOCH"),
            translate("CLI", "SINCE"),
            translate("CLI", "EXPIRES"),
            translate("CLI", "LEASE"),
            translate("CLI", "STATE"),
        ),
        [
            (
                said(CLUSTER_ROLES, role.kind),
                role.subject or "-",
                holder(role.holder_host, role.holder_pid),
                str(role.epoch),
                at(role.acquired_at),
                at(role.expires_at),
                render(seconds_text(role.lease_s), translate),
                said(CLUSTER_STATES, role.state),
            )
            for role in sorted(seen.roles, key=lambda r: (r.subject, r.kind))  # a site's roles together
        ],
        translate("CLI", "no role has been taken yet"),
    )
    lines.append("")
    lines += _columns(
        (
            translate("CLI", "JOB"),
            translate("CLI", "EVERY"),
            translate("CLI", "LAST RUN"),
            translate("CLI", "TOOK"),
            translate("CLI", "OUTCOME"),
            translate("CLI", "BY"),
            translate("CLI", "NEXT TICK"),
            translate("CLI", "FAILED (1 DAY)"),
        ),
        [
            (
                job_label(job),
                duration(job.interval_s),
                at(job.claimed_at),
                "-" if job.duration_ms is None else f"{job.duration_ms:,.0f} ms",
                said(CLUSTER_STATES, job.outcome)
                + (f": {render(job.detail, translate)}" if job.detail and job.outcome == "failed" else ""),
                _node_name(seen, job.node_id),
                translate("CLI", "when asked")
                if job.on_demand
                else translate("CLI", "{time} overdue").format(time=at(job.next_tick))
                if job.overdue
                else at(job.next_tick),
                translate("CLI", "{failed} of {runs}").format(failed=job.failures_last_day, runs=job.runs_last_day),
            )
            for job in sorted(seen.jobs, key=lambda j: j.label)
        ],
        translate("CLI", "no periodic job has run yet"),
    )
    lines += ["", translate("CLI", "Dead letters: {count}").format(count=seen.dead_letters)]
    return lines


def _node_name(seen: ClusterStatus, node_id: uuid.UUID | None) -> str:
    node = seen.node(node_id)
    return translate("CLI", "{host} pid {pid}").format(host=node.host, pid=node.pid) if node is not None else "-"


def _columns(header: Sequence[str], rows: Sequence[Sequence[str]], empty: str) -> list[str]:
    if not rows:
        return [header[0], f"  ({empty})"]
    return table_lines([header, *rows])
