"""What can be done to a plan — approve, execute, recover now, cancel — as actions enabled by the
plan's state, each with the question asked before it (all four reach the miners, or decide that
they will)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from hashinsight_desktop.services.curtailment.plans import PlanSummary
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.ui.curtailment.plans_model import release_text, trigger_text
from hashinsight_desktop.ui.locale_format import grouped, number, significant


class PlanAction(StrEnum):
    APPROVE = "approve"
    EXECUTE = "execute"
    RECOVER = "recover"
    CANCEL = "cancel"
    STOP = "stop"


def action_titles() -> dict[PlanAction, str]:
    """Each action as its button names it (literal strings, so the translation tools find them)."""
    return {
        PlanAction.APPROVE: QCoreApplication.translate("PlanActions", "Approve"),
        PlanAction.EXECUTE: QCoreApplication.translate("PlanActions", "Execute"),
        PlanAction.RECOVER: QCoreApplication.translate("PlanActions", "Recover now"),
        PlanAction.CANCEL: QCoreApplication.translate("PlanActions", "Cancel plan"),
        PlanAction.STOP: QCoreApplication.translate("PlanActions", "Stop"),
    }


# The plan states each action is offered in.
OFFERED = {
    PlanAction.APPROVE: frozenset({"pending"}),
    # executing / recovering: a run left unfinished (a crash) is resumed; the executor's site guard
    # refuses, with a message, while another console or the background runner still drives it
    PlanAction.EXECUTE: frozenset({"approved", "executing"}),
    PlanAction.RECOVER: frozenset({"executed", "partially_executed", "failed", "stopped", "recovering"}),
    PlanAction.CANCEL: frozenset({"pending", "approved"}),
    # whoever drives the run: this console, another one, the background runner or the command line
    PlanAction.STOP: frozenset({"executing", "recovering"}),
}
TIPS = {
    PlanAction.APPROVE: QT_TRANSLATE_NOOP(
        "PlanActions", "Approve the selected plan so it can be executed (asks first)"
    ),
    PlanAction.EXECUTE: QT_TRANSLATE_NOOP(
        "PlanActions", "Send the selected approved plan to its miners now (asks first)"
    ),
    PlanAction.RECOVER: QT_TRANSLATE_NOOP(
        "PlanActions", "Bring the plan's miners back to full power now, staggered (asks first)"
    ),
    PlanAction.CANCEL: QT_TRANSLATE_NOOP("PlanActions", "Cancel the selected pending or approved plan (asks first)"),
    PlanAction.STOP: QT_TRANSLATE_NOOP(
        "PlanActions", "Halt the run after the commands in flight, from this console or any other (asks first)"
    ),
}


def _miners(n: int) -> str:
    return _tr("1 miner") if n == 1 else _tr("{n} miners").format(n=grouped(n))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanActions", text)


def ramp_and_recovery(ramp_kw_per_min: float | None, recover_after_h: float | None, price: bool) -> str:
    """How the commands go out and how the miners come back, in one sentence."""
    ramp = (
        _tr("Ramp: at most {ramp} kW per minute, in batches a minute apart.").format(
            ramp=significant(ramp_kw_per_min, 6)
        )
        if ramp_kw_per_min
        else _tr("Ramp: none, every miner at once.")
    )
    if recover_after_h:
        back = _tr("Recovery: automatic after {h} h.").format(h=f"{recover_after_h:g}")
        if price:
            back = _tr("Recovery: when the price falls, or after {h} h.").format(h=f"{recover_after_h:g}")
    else:
        back = _tr("Recovery: when the price falls.") if price else _tr("Recovery: by hand (Recover now).")
    return f"{ramp} {back}"


def question(action: PlanAction, plan: PlanSummary) -> str:
    name = f"“{plan.name}”"
    if action is PlanAction.STOP:
        what = _tr("execution") if plan.state != "recovering" else _tr("recovery")
        return _tr(
            "Stop the {what} of {name} at {site}?\nThe run halts once the commands in flight are answered, "
            "whichever console or process drives it; no further command is sent. The plan is then "
            "stopped with what took effect listed, and Recover now brings the changed miners back."
        ).format(what=what, name=name, site=plan.site)
    if action is PlanAction.APPROVE:
        if plan.trigger == "scheduled":
            then = _tr("As a scheduled plan, it starts by itself at its start time.")
        elif plan.trigger == "price" and plan.price_trigger is not None:
            then = _tr("As a price-triggered plan, it starts by itself {start} and recovers {release}.").format(
                start=trigger_text("price", None, plan.price_trigger), release=release_text(plan.price_trigger)
            )
        else:
            then = _tr("Anyone operating the site may then execute it.")
        return _tr("Approve {name} at {site}?\nIt sheds {kw} kW on {miners}, losing {ths} TH/s. {then}\n").format(
            name=name,
            site=plan.site,
            kw=number(plan.shed_kw, 1),
            miners=_miners(plan.miners),
            ths=number(plan.lost_ths, 1),
            then=then,
        ) + ramp_and_recovery(plan.ramp_kw_per_min, plan.recover_after_h, plan.trigger == "price")
    resume = _tr(
        "\nIf another console or the background runner is still running it, this stops with a message; "
        "no miner is sent a command twice."
    )
    if action is PlanAction.EXECUTE and plan.state == "executing":
        return (
            _tr("Resume the execution of {name} at {site}?\nIt was left executing.").format(name=name, site=plan.site)
            + resume
        )
    if action is PlanAction.RECOVER and plan.state == "recovering":
        return (
            _tr("Resume the recovery of {name} at {site}?\nIt was left recovering.").format(name=name, site=plan.site)
            + resume
        )
    if action is PlanAction.EXECUTE:
        return _tr(
            "Execute {name} now?\nCommands go to {miners} at {site}: the site sheds about "
            "{kw} kW and loses {ths} TH/s until the plan is recovered."
        ).format(
            name=name,
            miners=_miners(plan.miners),
            site=plan.site,
            kw=number(plan.shed_kw, 1),
            ths=number(plan.lost_ths, 1),
        )
    if action is PlanAction.RECOVER:
        return _tr(
            "Recover {name} now?\nIts miners at {site} go back to full power, staggered: the site draws "
            "about {kw} kW more once every batch is back."
        ).format(name=name, site=plan.site, kw=number(plan.shed_kw, 1))
    return _tr(
        "Cancel {name}?\nNothing has been sent to its miners; a cancelled plan cannot be approved or executed."
    ).format(name=name)


class PlanActions(QObject):
    triggered = Signal(object)  # PlanAction

    def __init__(self, can_operate: bool, parent: QWidget, username: str = "") -> None:
        super().__init__(parent)
        self.can_operate = can_operate
        self.username = username  # the four-eyes rule: a plan's creator does not approve it
        self.actions: dict[PlanAction, QAction] = {}
        titles = action_titles()
        for action in PlanAction:
            qaction = QAction(self.tr("{action}…").format(action=titles[action]), self)
            qaction.setIconText(titles[action])
            qaction.setObjectName(f"{action.value}Action")
            qaction.triggered.connect(lambda _checked=False, a=action: self.triggered.emit(a))
            self.actions[action] = qaction
        self.actions[PlanAction.APPROVE].setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.actions[PlanAction.EXECUTE].setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.actions[PlanAction.RECOVER].setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.actions[PlanAction.STOP].setShortcut(QKeySequence("Ctrl+Shift+S"))
        for qaction in self.actions.values():
            qaction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent.addAction(qaction)
        self.update(None, running=False, busy=False)

    def buttons(self) -> list[QToolButton]:
        """One text button per action (call once per place the actions are shown)."""
        buttons = []
        for action, qaction in self.actions.items():
            button = QToolButton()
            button.setDefaultAction(qaction)
            button.setObjectName(f"{action.value}Button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)
        return buttons

    def enabled(self, action: PlanAction) -> bool:
        return self.actions[action].isEnabled()

    def update(self, plan: PlanSummary | None, *, running: bool, busy: bool) -> None:
        """``running``: this console is executing or recovering the plan; ``busy``: another change
        of this console is being saved."""
        resuming = {PlanAction.EXECUTE: "executing", PlanAction.RECOVER: "recovering"}
        titles = action_titles()
        for action, qaction in self.actions.items():
            title = titles[action]
            if plan is not None and resuming.get(action) == plan.state and not running:  # left by a crash
                title = self.tr("Resume execution") if action is PlanAction.EXECUTE else self.tr("Resume recovery")
            qaction.setText(self.tr("{action}…").format(action=title))
            qaction.setIconText(title)
            offered = plan is not None and plan.state in OFFERED[action]
            elsewhere = (  # a resume offered for a run another process drives would only be refused
                plan is not None
                and resuming.get(action) == plan.state
                and not running
                and plan.run_elsewhere(datetime.now(UTC))
            )
            if action is PlanAction.STOP:  # the one action for a plan that runs, here or elsewhere
                offered = plan is not None and (running or plan.state in OFFERED[action])
                stopping = plan is not None and plan.stop_requested_at is not None and plan.stopped_at is None
                ok = self.can_operate and offered and not stopping
            else:
                ok = self.can_operate and offered and not running and not busy and not elsewhere
            four_eyes = action is PlanAction.APPROVE and plan is not None and not plan.may_approve(self.username)
            ok = ok and not four_eyes
            qaction.setEnabled(ok)
            shortcut = qaction.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if not self.can_operate:
                tip = _tr("Your role may not operate this site")
            elif plan is None:
                tip = _tr("Select a plan first")
            elif four_eyes:
                tip = _tr("Four-eyes rule at this site: someone other than {creator} approves this plan").format(
                    creator=plan.created_by
                )
            elif action is PlanAction.STOP and offered and plan.stop_requested_at is not None:
                tip = _tr("Stop requested by {who}: the run halts after the commands in flight").format(
                    who=plan.stop_requested_by or "?"
                )
            elif action is PlanAction.STOP and offered:
                tip = _tr(TIPS[action])  # QT_TRANSLATE_NOOP in TIPS
            elif running:
                tip = _tr("This console is running the plan: wait for it to finish")
            elif elsewhere and plan is not None:
                tip = _tr("Running in {owner}: Stop halts it").format(owner=plan.executor_owner)
            elif busy:
                tip = _tr("Another change is being saved")
            elif not offered:
                tip = _tr("Not for a plan that is {state}").format(
                    state=render(plan.state_label, QCoreApplication.translate).lower()
                )
            else:
                tip = _tr(TIPS[action])  # QT_TRANSLATE_NOOP in TIPS
            qaction.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
