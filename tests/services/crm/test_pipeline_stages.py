"""The legal moves of leads and deals, every pair of stages: pure logic, no database."""

from __future__ import annotations

import itertools

import pytest

from hashinsight_desktop.services.crm import stages
from hashinsight_desktop.services.errors import ValidationError

DEAL_LEGAL = {
    ("draft", "pending"),
    ("pending", "approved"),
    ("approved", "signed"),
    ("signed", "completed"),
    *((stage, "lost") for stage in ("draft", "pending", "approved", "signed")),
}
LEAD_LEGAL = {
    ("new", "contacted"),
    ("contacted", "qualified"),
    *((s, "lost") for s in ("new", "contacted", "qualified")),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(stages.DEAL_STAGES, repeat=2)))
def test_every_deal_move_is_legal_exactly_when_the_rules_say(current: str, target: str) -> None:
    if (current, target) in DEAL_LEGAL:
        assert stages.check_deal_move(current, target, "budget cut") == target
        assert target in stages.legal_moves(current)
        return
    assert target not in stages.legal_moves(current)
    with pytest.raises(ValidationError) as refused:
        stages.check_deal_move(current, target, "budget cut")
    assert refused.value.field == "stage"
    message = str(refused.value)
    assert message.startswith(f"stage: deal {current} → {target}: ") and "\n" not in message


def test_deal_refusals_say_why() -> None:
    def why(current: str, target: str, reason: str | None = "x") -> str:
        with pytest.raises(ValidationError) as refused:
            stages.check_deal_move(current, target, reason)
        return str(refused.value)

    assert why("signed", "pending") == "stage: deal signed → pending: deals never move backwards"
    assert why("draft", "approved") == "stage: deal draft → approved: deals move one stage at a time (next: pending)"
    assert why("completed", "lost") == "stage: deal completed → lost: a completed deal is closed"
    assert why("pending", "lost", "  ") == "reason: deal pending → lost: say why it was lost"
    assert (
        why("draft", "won") == "stage: 'won' is not a stage; one of draft, pending, approved, signed, completed, lost"
    )


@pytest.mark.parametrize(("current", "target"), list(itertools.product(stages.LEAD_STAGES, repeat=2)))
def test_every_lead_move_is_legal_exactly_when_the_rules_say(current: str, target: str) -> None:
    if (current, target) in LEAD_LEGAL:
        assert stages.check_lead_move(current, target, "no budget") == target
        assert target in stages.lead_legal_moves(current)
        return
    with pytest.raises(ValidationError, match=rf"^stage: lead {current} → {target}: "):
        stages.check_lead_move(current, target, "no budget")


def test_a_lead_is_won_only_by_conversion_from_contacted_or_qualified() -> None:
    with pytest.raises(ValidationError, match="a lead is won by converting it into a deal"):
        stages.check_lead_move("qualified", "won", None)
    for status in ("contacted", "qualified"):
        stages.check_convertible(status)
    for status in ("new", "won", "lost"):
        with pytest.raises(ValidationError, match=f"lead {status} → won: only a contacted or qualified lead converts"):
            stages.check_convertible(status)
