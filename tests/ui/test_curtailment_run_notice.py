"""How a run's end is told: an automatic recovery refused because the plan changed says so honestly,
not with a form's "your changes were not saved"."""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import QCoreApplication, QTranslator

from hashinsight_desktop.services.errors import ConcurrentModificationError
from hashinsight_desktop.ui.curtailment.run_notice import outcome_notice
from hashinsight_desktop.workers.agent_reports import outcome_from_event, outcome_payload
from hashinsight_desktop.workers.curtailment_runner import RunOutcome, stopped_by
from tests.support.small_qm import build_qm


def test_an_automatic_recovery_refused_because_the_plan_changed_says_so() -> None:
    plan_id = uuid.uuid4()
    stale = str(ConcurrentModificationError("curtailment plan"))
    assert "your changes were not saved" in stale  # what a form says, and what the status bar showed
    kind = ConcurrentModificationError.__name__
    title, text = outcome_notice(RunOutcome(plan_id, "recovery", True, error=stale, error_kind=kind))
    assert title == f"Curtailment recovery (automatic) · plan {str(plan_id)[:8]}"
    assert text.startswith("The automatic recovery did not go ahead: the plan was changed meanwhile")
    assert "Nothing was sent to the miners" in text and "your changes" not in text
    _, other = outcome_notice(RunOutcome(plan_id, "execution", False, error="site lock held by another console"))
    assert other == "site lock held by another console"  # other refusals as the service said them


def test_a_run_that_ended_in_the_agent_is_told_in_the_consoles_language(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The agent publishes each sentence with its text; the console renders it with its own translator (an agent of
    an older version sent English only: shown as it is)."""
    stopped = "stopped by {kind}: {error}; it resumes at the next look"
    translator = QTranslator()
    folder = build_qm(tmp_path, {"RunRequests": {stopped: "已被 {kind} 停止：{error}；下次检查时继续"}})
    assert translator.load("hashinsight_zh_CN", str(folder))
    QCoreApplication.installTranslator(translator)
    try:
        plan_id = uuid.uuid4()
        sent = outcome_payload(RunOutcome(plan_id, "execution", True, error=stopped_by(RuntimeError("disk full"))))
        assert sent["error"] == "stopped by RuntimeError: disk full; it resumes at the next look"  # English beside
        received = outcome_from_event(str(plan_id), json.loads(json.dumps(sent)))
        assert outcome_notice(received)[1] == "已被 RuntimeError 停止：disk full；下次检查时继续"
        older = outcome_from_event(str(plan_id), {"kind": "execution", "automatic": True, "error": sent["error"]})
        assert outcome_notice(older)[1] == sent["error"]
    finally:
        QCoreApplication.removeTranslator(translator)
