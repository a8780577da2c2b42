"""`curtail plan`: a plan for a site previewed from its flags (what it sheds, what it loses, what holds it back),
printed or as JSON, and saved (approved with --approve) unless --dry-run."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from hashinsight_desktop.commands import curtail_names as names
from hashinsight_desktop.commands import curtail_trigger as trigger
from hashinsight_desktop.commands.language import translate
from hashinsight_desktop.services.curtailment.problem import DEFAULT_SWITCH_COST_THS
from hashinsight_desktop.services.curtailment.shortfall import describe
from hashinsight_desktop.services.curtailment.solution_text import without_reasons
from hashinsight_desktop.services.texts import render

if TYPE_CHECKING:
    from hashinsight_desktop.services.app_context import AppContext


def plan(args: argparse.Namespace, ctx: AppContext, principal: Any) -> int:
    from hashinsight_desktop.services.curtailment import plans
    from hashinsight_desktop.services.curtailment.site_fleet import LevelOptions

    site_id, zone = names.site(ctx, args.site)
    request = plans.PlanRequest(
        site_id=site_id,
        name=args.name or f"shed {args.target_kw:g} kW",
        target_kw=args.target_kw,
        tolerance_kw=args.tolerance_kw,
        strategy=args.strategy,
        recover_after_h=args.recover_after_h,
        ramp_kw_per_min=args.ramp_kw_per_min,
        levels=LevelOptions(
            presets_pct=args.presets,
            sleep_w=args.sleep_w,
            protected=names.miner_ids(ctx, site_id, args.protect),
            anti_flap_minutes=args.anti_flap_min,
            allow_power_off=args.allow_power_off,
        ),
        customer_caps_pct=names.customer_caps(ctx, args.customer_cap),
        feed_max_shed_kw=names.feed_limits(ctx, site_id, args.site, args.feed_limit),
        hashprice_usd_per_th_day=args.hashprice_usd_per_th_day,
        prove=args.prove,
        time_limit_s=args.time_limit,
        switch_cost_ths=DEFAULT_SWITCH_COST_THS if args.fewest_miners else args.switch_cost_ths,
        **trigger.trigger_fields(args, ctx, zone),
    )
    preview = plans.preview_plan(ctx.database.session_factory, principal, request, clock=ctx.clock)
    plan_id = None
    if preview.feasible and not args.dry_run:
        plan_id = plans.save_plan(ctx.database.session_factory, principal, preview, clock=ctx.clock)
        if args.approve:
            plans.approve_plan(ctx.database.session_factory, principal, plan_id, None, clock=ctx.clock)
    solution = preview.solution
    if args.json:
        print(
            json.dumps(
                {
                    "plan_id": str(plan_id) if plan_id else None,
                    "status": solution.status,
                    "site": preview.site.site_name,
                    "site_power_kw": round(preview.site.site_power_kw, 3),
                    "target_kw": request.target_kw,
                    "trigger": request.trigger,
                    "start_at": request.start_at.isoformat() if request.start_at else None,
                    "price_trigger": trigger.price_json(request.price_trigger),
                    "feed_max_shed_kw": request.feed_max_shed_kw,
                    "shed_kw": round(preview.shed_kw, 3),
                    "lost_ths": round(preview.lost_ths, 3),
                    "lower_bound": solution.lower_bound,
                    "gap_pct": solution.gap_pct,
                    "unit": solution.unit,
                    "proven": solution.proven,
                    "message": preview.message,
                    "solver_detail": solution.solver_detail,
                    "commands": preview.commands,  # one per miner touched
                    "switch_cost_ths": request.switch_cost_ths,
                    "reasons": [w.to_json() for w in preview.reasons],
                    "batches": preview.batches,
                    "excluded": {str(why): n for why, n in preview.site.excluded.items()},  # English keys
                    "miners": [
                        {
                            "miner": row.miner.name,
                            "host": f"{row.miner.host}:{row.miner.port}",
                            "feed": row.miner.power_feed,
                            "level": row.level.kind,
                            "power_pct": row.level.power_pct,
                            "level_source": str(row.level.source_text),  # measured from N samples, estimated
                            "level_samples": row.level.samples,
                            "shed_kw": round(row.shed_kw, 4),
                            "lost_ths": round(row.lost_ths, 4),
                            "batch": row.batch + 1,  # 1-based, as the tab numbers them
                        }
                        for row in preview.rows
                    ],
                },
                indent=2,
            )
        )
    else:
        print(
            translate(
                "CLI",
                (
                    "{site_name}: drawing {site_power_kw:,.1f} kW; shed "
                    "{shed_kw:,.1f} kW of {target_kw:,.1f} kW on {n_rows} miners "
                    "in {batches} batch(es), losing {lost_ths:,.1f} TH/s"
                ),
            ).format(
                site_name=preview.site.site_name,
                site_power_kw=preview.site.site_power_kw,
                shed_kw=preview.shed_kw,
                target_kw=request.target_kw,
                n_rows=len(preview.rows),
                batches=preview.batches,
                lost_ths=preview.lost_ths,
            )
        )
        print(f"  {render(without_reasons(preview.solution.message_text or preview.message), translate)}")
        sources = Counter(row.level.source_text for row in preview.rows)
        if sources:  # whether the levels' figures were measured on miners of the model, or estimated
            counts = ", ".join(
                translate("CLI", "{count} miner(s) {source}").format(count=n, source=render(text, translate))
                for text, n in sources.most_common()
            )
            print(translate("CLI", "  levels: {counts}").format(counts=counts))
        site_tz = plans.site_zone(preview.site)
        for reason in preview.reasons:  # out of reach: what holds it back, one line each
            held_back = translate("CLI", "  held back: {value}")
            print(held_back.format(value=render(describe(reason, site_tz), translate)))
        print(f"  {trigger.trigger_text(request, zone)}")
        for feed, limit in request.feed_max_shed_kw.items():
            shed = sum(row.shed_kw for row in preview.rows if row.miner.power_feed == feed)
            print(
                translate("CLI", "feed {feed}: shed {shed:,.1f} kW of at most {limit:,.1f} kW").format(
                    feed=feed, shed=shed, limit=limit
                )
            )
        for why, count in preview.site.excluded.items():
            left_out = translate("CLI", "  left out: {count} miner(s) {why}")
            print(left_out.format(count=count, why=render(why, translate)))
        if plan_id is not None:
            state = translate("CLI", "approved") if args.approve else translate("CLI", "pending approval")
            print(translate("CLI", "saved plan {plan_id} ({state})").format(plan_id=plan_id, state=state))
    return 0 if preview.feasible else 1
