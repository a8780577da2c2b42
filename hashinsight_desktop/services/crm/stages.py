"""The legal moves of leads and deals: the one place that knows them (services, the board and the CLI ask here).

Leads: new → contacted → qualified, one stage at a time; lost (with a reason) from any open stage; won only by
converting the lead into a deal (from contacted or qualified). Deals: draft → pending → approved → signed →
completed, one stage at a time and never backwards; lost (with a reason) from any open stage. Won and lost
leads, completed and lost deals are final.
"""

from __future__ import annotations

from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

LEAD_STAGES = ("new", "contacted", "qualified", "won", "lost")
LEAD_OPEN = ("new", "contacted", "qualified")
CONVERTIBLE = ("contacted", "qualified")  # a lead becomes a deal from these stages and is then won

DEAL_STAGES = ("draft", "pending", "approved", "signed", "completed", "lost")
DEAL_OPEN = ("draft", "pending", "approved", "signed")
LOST = "lost"


def _next(order: tuple[str, ...], stage: str) -> str | None:
    position = order.index(stage)
    return order[position + 1] if position + 1 < len(order) else None


def lead_legal_moves(status: str) -> tuple[str, ...]:
    """Where ``move_lead`` may take a lead in ``status`` (winning is conversion's: not a move)."""
    if status not in LEAD_OPEN:
        return ()
    forward = _next(LEAD_OPEN, status)
    return (forward, LOST) if forward else (LOST,)


def legal_moves(stage: str) -> tuple[str, ...]:
    """Where a deal in ``stage`` may go: the next stage, or lost while it is open."""
    if stage not in DEAL_OPEN:
        return ()
    return (str(_next(DEAL_STAGES[:5], stage)), LOST)


def _stage(field: str, value: str, known: tuple[str, ...]) -> str:
    stage = (value or "").strip().lower()
    if stage not in known:
        raise ValidationError(
            field,
            Text(
                QT_TRANSLATE_NOOP("Errors", "{value!r} is not a stage; one of {value2}"),
                value=value,
                value2=", ".join(known),
            ),
        )
    return stage


def _check_move(
    kind: str, is_open: tuple[str, ...], forward: tuple[str, ...], current: str, target: str, reason: str | None
) -> str:
    """``target`` if a ``kind`` may move there from ``current``: the next of its ``forward`` stages, or lost with
    a reason, while ``current`` is open."""
    target = _stage("stage", target, LEAD_STAGES if kind == "lead" else DEAL_STAGES)
    where = f"{kind} {current} → {target}"
    if current == target:
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{where}: the {kind} is already {current}"),
                where=where,
                kind=kind,
                current=current,
            ),
        )
    if current not in is_open:
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{where}: a {current} {kind} is closed"),
                where=where,
                current=current,
                kind=kind,
            ),
        )
    if kind == "lead" and target == "won":
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{where}: a lead is won by converting it into a deal (lead convert)"),
                where=where,
            ),
        )
    if target == LOST:
        _require_reason(reason, where)
        return target
    if forward.index(target) < forward.index(current):
        raise ValidationError(
            "stage", Text(QT_TRANSLATE_NOOP("Errors", "{where}: {kind}s never move backwards"), where=where, kind=kind)
        )
    following = _next(forward, current)
    if target != following:
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP("Errors", "{where}: {kind}s move one stage at a time (next: {following})"),
                where=where,
                kind=kind,
                following=following,
            ),
        )
    return target


def check_lead_move(current: str, target: str, reason: str | None) -> str:
    """The target status if moving a lead there is legal; else ValidationError("stage", one line why)."""
    return _check_move("lead", LEAD_OPEN, LEAD_OPEN, current, target, reason)


def check_deal_move(current: str, target: str, reason: str | None) -> str:
    """The target stage if moving a deal there is legal; else ValidationError("stage", one line why)."""
    return _check_move("deal", DEAL_OPEN, DEAL_STAGES[:5], current, target, reason)


def check_convertible(status: str) -> None:
    if status not in CONVERTIBLE:
        raise ValidationError(
            "stage",
            Text(
                QT_TRANSLATE_NOOP(
                    "Errors", ("lead {status} → won: only a contacted or qualified lead converts into a deal")
                ),
                status=status,
            ),
        )


def _require_reason(reason: str | None, where: str) -> None:
    if not (reason or "").strip():
        raise ValidationError("reason", Text(QT_TRANSLATE_NOOP("Errors", "{where}: say why it was lost"), where=where))
