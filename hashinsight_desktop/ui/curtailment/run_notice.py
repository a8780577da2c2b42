"""How the end of a plan's run (automatic or not) is told in a desktop notification or the status bar.

A run refused because the plan's row changed under it (another console, the command line or a user
edited it meanwhile) raised the same error as a form saved from a stale copy, whose text speaks of
"your changes" not being saved: an automatic recovery has no changes of anyone's. It gets its own,
honest sentence here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hashinsight_desktop.services.errors import ConcurrentModificationError
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.workers.curtailment_runner import RunOutcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("CurtailmentRun", text)


def outcome_notice(outcome: RunOutcome) -> tuple[str, str]:
    """(title, message) for the end of one run."""
    what = _tr("Curtailment") if outcome.kind == "execution" else _tr("Curtailment recovery")
    automatic = _tr("(automatic) ") if outcome.automatic else ""
    plan = _tr("plan")
    title = f"{what} {automatic}· {plan} {str(outcome.plan_id)[:8]}"
    if outcome.report is not None:
        return title, render(outcome.report.describe(), QCoreApplication.translate)
    if outcome.summary is not None:
        return title, render(outcome.summary, QCoreApplication.translate)
    error = render(outcome.error or "", QCoreApplication.translate)
    if outcome.error_kind == ConcurrentModificationError.__name__:
        run = _tr("recovery") if outcome.kind != "execution" else _tr("execution")
        starter = _tr("The automatic {run}") if outcome.automatic else _tr("The {run}")
        error = starter.format(run=run) + _tr(
            " did not go ahead: the plan was changed meanwhile (by another console, the command line or a "
            "user). Nothing was sent to the miners; the plan is read again and its state shows in the "
            "Curtailment tab."
        )
    return title, error
