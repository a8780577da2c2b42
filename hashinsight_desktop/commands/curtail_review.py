"""The saved curtailment plans: `curtail list`, `show` (figures, what was measured, each miner's item), `approve`
and `cancel`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hashinsight_desktop.commands import curtail_names as names
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.commands.table import pad
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, render

if TYPE_CHECKING:
    from hashinsight_desktop.services.app_context import AppContext


def listing(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import list_plans

    site_id = names.site_id(ctx, args.site) if args.site else None
    with ctx.database.session_factory() as session:
        rows = list_plans(session, principal, site_id)
    for p in rows:
        print(
            translate(
                "CLI",
                (
                    "{value}  {created_at:%Y-%m-%d %H:%M}  {site} "
                    "{state_label} {shed_kw:>9,.1f} / {target_kw:,.1f} kW  "
                    "{miners:>5} miners  {name}"
                ),
            ).format(
                value=str(p.id)[:8],
                created_at=p.created_at,
                site=pad(p.site, 16),  # by terminal columns: Chinese names and states stay in line
                state_label=pad(render(p.state_label, translate), 19),
                shed_kw=p.shed_kw,
                target_kw=p.target_kw,
                miners=p.miners,
                name=p.name,
            )
        )
    if not rows:
        print(translate("CLI", "no curtailment plans"))
    return 0


def show(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import load_plan

    plan_id = names.plan_id(ctx, args.plan_id)
    with ctx.database.session_factory() as session:
        detail = load_plan(session, principal, plan_id)
    s = detail.summary
    if args.json:  # batches are numbered from 1 wherever a user sees them, as in the tab
        items = [{**item.__dict__, "batch": item.batch + 1} for item in detail.items]
        plan = dict(detail.plan)
        if isinstance(plan.get("options"), dict) and s.price_trigger is not None:  # $/kWh, as typed
            plan["options"] = {**plan["options"], "price_trigger": s.price_trigger.to_user_json()}
        print(json.dumps({"plan": plan, "items": items}, default=str, indent=2))
        return 0
    print(
        translate("CLI", "{name} ({plan_id}) at {site}: {state}").format(
            name=s.name, plan_id=s.id, site=s.site, state=render(s.state_label, translate)
        )
    )
    print(
        translate("CLI", "  shed {shed_kw:,.1f} of {target_kw:,.1f} kW; {value}").format(
            shed_kw=s.shed_kw, target_kw=s.target_kw, value=_cost_line(detail.plan, s)
        )
    )
    figures = s.figures
    if figures is not None:
        line = translate("CLI", "  power before {before_kw:,.1f} kW, target ≤ {target_kw:,.1f} kW").format(
            before_kw=figures.power_before_kw, target_kw=figures.site_target_kw
        )
        if figures.measured_kw is not None:
            line += translate("CLI", ", measured {kw:,.1f} kW").format(kw=figures.measured_kw)
        if figures.reached is True:
            line += translate("CLI", ": target reached")
        elif figures.reached is False:
            line += translate("CLI", ": short by {kw:,.1f} kW").format(kw=figures.short_kw)
        print(line)
        for miner in figures.short_miners:
            no_reading = translate("CLI", "no reading")
            measured = f"{miner.measured_w:,.0f} W" if miner.measured_w is not None else no_reading
            print(
                translate("CLI", "fell short: {miner} ({host}) {measured} on a {level_w:,.0f} W level").format(
                    miner=miner.miner, host=miner.host, measured=measured, level_w=miner.level_w
                )
            )
    if s.stop_requested_by:
        stopped = translate("CLI", ", stopped {at}").format(at=f"{s.stopped_at:%Y-%m-%d %H:%M}") if s.stopped_at else ""
        print(translate("CLI", "  stop asked by {user}").format(user=s.stop_requested_by) + stopped)
    if detail.plan.get("result"):
        print(translate("CLI", "  result: {value}").format(value=json.dumps(detail.plan["result"], default=str)))
    for item in detail.items:
        kind = _said(_LEVEL_KINDS, item.level)
        level = f"{kind} {item.power_pct}%" if item.power_pct else kind
        recovery = (
            translate("CLI", " recovery {state}").format(state=_said(_ITEM_STATES, item.recovery_state))
            if item.recovery_state
            else ""
        )
        print(
            translate("CLI", "{miner_name} {level} batch {value:<3} {state}{recovery} {value2}").format(
                miner_name=pad(item.miner_name, 20),
                level=pad(level, 12),
                value=item.batch + 1,
                state=pad(_said(_ITEM_STATES, item.state), 12),
                recovery=recovery,
                value2=render(item.detail or "", translate),
            )
        )
    return 0


# A plan item's level kind (services/curtailment/level_commands.KINDS, plus off), as the reader says it
_LEVEL_KINDS = {
    "off": QT_TRANSLATE_NOOP("CLI", "off"),
    "sleep": QT_TRANSLATE_NOOP("CLI", "sleep"),
    "preset": QT_TRANSLATE_NOOP("CLI", "preset"),
    "percent": QT_TRANSLATE_NOOP("CLI", "percent"),
    "watts": QT_TRANSLATE_NOOP("CLI", "watts"),
    "profile": QT_TRANSLATE_NOOP("CLI", "profile"),
}
# An item's command state (services/curtailment/command_log.ItemState), for its run and its recovery
_ITEM_STATES = {
    "planned": QT_TRANSLATE_NOOP("CLI", "planned"),
    "sending": QT_TRANSLATE_NOOP("CLI", "sending"),
    "accepted": QT_TRANSLATE_NOOP("CLI", "accepted"),
    "failed": QT_TRANSLATE_NOOP("CLI", "failed"),
    "confirmed": QT_TRANSLATE_NOOP("CLI", "confirmed"),
    "unconfirmed": QT_TRANSLATE_NOOP("CLI", "unconfirmed"),
}


def _said(words: Mapping[str, str], code: str) -> str:
    """A stored code in the reader's language, the same word in English (an unknown code as it is)."""
    return translate("CLI", words[code]) if code in words else code


def _cost_line(plan: dict[str, Any], s: Any) -> str:
    """The plan's cost as the preview says it ("loses X TH/s; no plan can lose less than Y")."""
    from hashinsight_desktop.services.curtailment.solution_text import loss_line

    switch_cost = float((plan.get("options") or {}).get("switch_cost_ths") or 0.0)
    if plan.get("objective_unit") == "TH/s" and switch_cost == 0.0:
        return render(
            loss_line(s.lost_ths, plan.get("lower_bound"), "TH/s", proven=bool(plan.get("proven"))), translate
        )
    if s.gap_pct < 0.005:
        return translate("CLI", "loses {lost:,.1f} TH/s; the best possible plan").format(lost=s.lost_ths)
    return translate("CLI", "loses {lost:,.1f} TH/s; at most {gap:.2f} % above the best possible plan").format(
        lost=s.lost_ths, gap=s.gap_pct
    )


def approve(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import approve_plan

    plan_id = names.plan_id(ctx, args.plan_id)
    approve_plan(ctx.database.session_factory, principal, plan_id, None, clock=ctx.clock)
    print(translate("CLI", "approved plan {plan_id}").format(plan_id=plan_id))
    return 0


def cancel(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment.plans import cancel_plan

    plan_id = names.plan_id(ctx, args.plan_id)
    cancel_plan(ctx.database.session_factory, principal, plan_id, None, clock=ctx.clock)
    print(translate("CLI", "cancelled plan {plan_id}").format(plan_id=plan_id))
    return 0
