"""How a run's end is told: an automatic recovery refused because the plan changed says so honestly,
not with a form's "your changes were not saved"."""

from __future__ import annotations

import uuid

from hashinsight_desktop.services.errors import ConcurrentModificationError
from hashinsight_desktop.ui.curtailment.run_notice import outcome_notice
from hashinsight_desktop.workers.curtailment_runner import RunOutcome


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
