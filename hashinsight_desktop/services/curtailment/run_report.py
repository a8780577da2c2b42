"""What a curtailment run reports: per-miner results, counts, timings, the measured outcome; and the
JSON kept in the plan's ``result`` (what the console, the command line and the reports read)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hashinsight_desktop.services.curtailment.command_log import EXECUTION, ItemState
from hashinsight_desktop.services.curtailment.outcome import PlanOutcome
from hashinsight_desktop.services.curtailment.plan_states import LABELS, PlanState
from hashinsight_desktop.services.curtailment.reconcile import CommandRun
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

# A plan's state as the first word of a run's report (lower case in English, as inside a sentence).
STATE_WORDS = {
    PlanState.EXECUTING: QT_TRANSLATE_NOOP("RunReport", "executing"),
    PlanState.EXECUTED: QT_TRANSLATE_NOOP("RunReport", "executed"),
    PlanState.PARTIALLY_EXECUTED: QT_TRANSLATE_NOOP("RunReport", "partially executed"),
    PlanState.FAILED: QT_TRANSLATE_NOOP("RunReport", "failed"),
    PlanState.RECOVERING: QT_TRANSLATE_NOOP("RunReport", "recovering"),
    PlanState.COMPLETED: QT_TRANSLATE_NOOP("RunReport", "completed"),
    PlanState.STOPPED: QT_TRANSLATE_NOOP("RunReport", "stopped"),
}
REPORTED_MINERS_MAX = 200  # unconfirmed miners listed in a plan's result (every item keeps its own detail)


@dataclass(frozen=True)
class UnconfirmedMiner:
    item_id: uuid.UUID
    miner_name: str
    host: str
    state: str  # unconfirmed, failed
    reason: str | Text  # English by str()


@dataclass(frozen=True)
class ExecutionReport:
    plan_id: uuid.UUID
    kind: str  # execution, recovery
    state: str  # the plan's state at the end
    counts: Mapping[str, int]
    commands: int  # commands logged for this leg of the plan, over every run
    resends: int
    send_s: float  # this run: start → last batch's results logged
    confirm_s: float  # this run: start → reconciliation over
    batches: int
    resumed: bool
    unconfirmed: tuple[UnconfirmedMiner, ...] = field(default_factory=tuple)
    outcome: PlanOutcome | None = None  # executions that ran to their end: the site measured after
    stopped_by: str | None = None  # a stopped run: who asked
    batch_counts: Mapping[int, Mapping[str, int]] = field(default_factory=dict)

    def describe(self) -> Text:
        """The run in one line: English by ``str()``, the reader's language by ``render``."""
        confirmed = self.counts.get(ItemState.CONFIRMED, 0)
        state = PlanState(self.state)
        text = Text(
            QT_TRANSLATE_NOOP(
                "RunReport",
                "{state}: {confirmed:,} of {total:,} miners confirmed; {commands:,} commands ({resends:,} re-sent); "
                "sent in {send_s:.1f} s, reconciled in {confirm_s:.1f} s",
            ),
            state=STATE_WORDS.get(state, LABELS[state].lower()),
            confirmed=confirmed,
            total=sum(self.counts.values()),
            commands=self.commands,
            resends=self.resends,
            send_s=self.send_s,
            confirm_s=self.confirm_s,
        )
        if self.stopped_by is not None:
            text = Text(
                QT_TRANSLATE_NOOP("RunReport", "{report}; stopped by {user}"), report=text, user=self.stopped_by
            )
        if self.outcome is not None:
            text = Text(
                QT_TRANSLATE_NOOP("RunReport", "{report}; {outcome}"), report=text, outcome=self.outcome.describe()
            )
        return text


def summarise(
    run: CommandRun,
    send_s: float,
    confirm_s: float,
    resumed: bool,
    outcome: PlanOutcome | None = None,
    stopped_by: str | None = None,
) -> ExecutionReport:
    unconfirmed = tuple(
        UnconfirmedMiner(i.id, i.miner_name, i.address, i.state, i.detail or "")
        for i in run.items
        if i.state != ItemState.CONFIRMED
    )
    return ExecutionReport(
        plan_id=run.plan_id,
        kind=run.leg.name,
        state=PlanState.EXECUTING.value if run.leg is EXECUTION else PlanState.RECOVERING.value,
        counts=run.counts(),
        commands=sum(item.attempts for item in run.items),
        resends=sum(max(0, item.attempts - 1) for item in run.items),
        send_s=round(send_s, 3),
        confirm_s=round(confirm_s, 3),
        batches=run.batches,
        resumed=resumed,
        unconfirmed=unconfirmed,
        outcome=outcome,
        stopped_by=stopped_by,
        batch_counts=run.batch_counts(),
    )


def report_json(report: ExecutionReport, finished_at: datetime) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if report.outcome is not None:
        extra["outcome"] = report.outcome.to_json()
    if report.stopped_by is not None:
        extra["stopped_by"] = report.stopped_by
    return extra | {
        "batches_detail": [
            {"batch": number, "items": sum(counts.values()), **counts} for number, counts in report.batch_counts.items()
        ],
        "counts": dict(report.counts),
        "send_s": report.send_s,
        "confirm_s": report.confirm_s,
        "commands": report.commands,
        "resends": report.resends,
        "batches": report.batches,
        "resumed": report.resumed,
        "finished_at": finished_at.isoformat(),
        "unconfirmed_total": len(report.unconfirmed),
        "unconfirmed": [
            {
                "item_id": str(m.item_id),
                "miner": m.miner_name,
                "host": m.host,
                "state": m.state,
                "reason": str(m.reason),
            }
            for m in report.unconfirmed[:REPORTED_MINERS_MAX]
        ],
    }
