"""Why a target is out of reach: each constraint that binds, and how much it withholds.

"How much it withholds" is measured, not guessed: the most the fleet can shed with that one constraint lifted,
minus the most it can shed with every constraint, both by the same estimate (every miner at its deepest level
without caps or limits, which is exact; the budget-aware greedy with them, a plan that exists). So the figures
of different constraints are each honest on their own; they do not add up when constraints overlap (a miner
both protected and on a full feed is withheld by either).

- locked miners, by why they are locked ("protected", "anti-flap"): they are given back their levels;
- a customer cap or a feed/rack limit, group by group: that group's limit is lifted;
- miners left out of the fleet before planning (not hashing, not reporting, in another plan): the kW their
  deepest level would shed, from the figures at hand (their last reading, else the catalogue). The site layer
  adds those (``left_out``), as it alone knows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np

from hashinsight_desktop.services.curtailment.budgets import Budget
from hashinsight_desktop.services.curtailment.constrained_path import max_shed_within_budgets
from hashinsight_desktop.services.curtailment.fast_path import Fleet, pad_levels
from hashinsight_desktop.services.curtailment.max_shed import per_miner_max
from hashinsight_desktop.services.curtailment.problem import Problem, limits_by_label, locked_fleet
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text

BINDS_W = 1.0  # a constraint withholding less than a watt does not bind
HELD_BACK = "; held back by "  # in an out-of-reach message, before the constraints that bind
_PER_GROUP_WORK = 2_000_000  # miners × groups to lift one by one; beyond, each kind's groups are lifted together
LOCKED, CUSTOMER_CAP, GROUP_LIMIT, LEFT_OUT = "locked", "customer cap", "group limit", "left out"
LOCK_WORDS = {"protected": QT_TRANSLATE_NOOP("Curtailment", "protected")}  # a lock's label as said to the user


@dataclass(frozen=True)
class Withholding:
    kind: str  # LOCKED, CUSTOMER_CAP, GROUP_LIMIT or LEFT_OUT
    label: str | Text  # locked: "protected" / "anti-flap"; a cap or limit: the customer or feed; left out: why
    miners: int  # the miners it holds back (locked or left out), or the group's miners
    withheld_w: float  # how much more could be shed without it
    limit: float | None = None  # a customer cap in %, a group limit in W
    free_at: datetime | None = None  # anti-flap: when the last of these miners may be changed again

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "label": str(self.label),
            "miners": self.miners,
            "withheld_kw": round(self.withheld_w / 1000.0, 3),
            "limit": self.limit,
            "free_at": self.free_at.isoformat() if self.free_at else None,
        }


def most_sheddable_w(fleet: Fleet, budgets: Sequence[Budget]) -> float:
    """The most a plan sheds: exact without budgets, the greedy's plan with them (a plan that exists)."""
    if fleet.n_miners == 0:
        return 0.0
    pad = pad_levels(fleet)
    if not budgets:
        return per_miner_max(pad)[1]
    plan = max_shed_within_budgets(pad, budgets)
    return float(np.maximum(pad.shed[np.arange(plan.size), plan], 0.0).sum())


def withholdings(problem: Problem, budgets: Sequence[Budget]) -> list[Withholding]:
    """Every constraint of ``problem`` that binds, with what it withholds, the largest first."""
    fleet = problem.fleet
    n = fleet.n_miners
    locked = np.zeros(n, dtype=bool) if problem.protected is None else np.asarray(problem.protected, dtype=bool)
    why = [("protected" if problem.locked_by is None else problem.locked_by[i]) or "protected" for i in range(n)]
    base_fleet = locked_fleet(fleet, locked)
    pad = pad_levels(base_fleet)
    rows = np.arange(n)
    plan = max_shed_within_budgets(pad, budgets) if budgets else per_miner_max(pad)[0]
    base = float(np.maximum(pad.shed[rows, plan], 0.0).sum())
    # a group can bind only if one of its miners is above its deepest level (a knapsack binds below its limit)
    short = pad.shed[rows, plan] < np.where(pad.valid, pad.shed, -np.inf).max(axis=1) - BINDS_W
    tight = [np.unique(b.group_of[(b.group_of >= 0) & short]) for b in budgets]
    per_group = n * sum(t.size for t in tight) <= _PER_GROUP_WORK  # else each kind's groups lifted together
    found: list[Withholding] = []
    for label in sorted({why[i] for i in np.flatnonzero(locked)}):
        those = locked & np.array([w == label for w in why])
        lifted = most_sheddable_w(locked_fleet(fleet, locked & ~those), budgets)
        if lifted - base > BINDS_W:
            found.append(Withholding(LOCKED, label, int(those.sum()), lifted - base))
    caps = limits_by_label(problem.customer_cap_pct)  # the caps in % as stated (the budgets hold TH/s)
    for b, budget in enumerate(budgets):
        kind = CUSTOMER_CAP if budget.measure == "lost_ths" else GROUP_LIMIT
        groups: list[list[int]] = [[int(g)] for g in tight[b]] if per_group else [tight[b].tolist()]
        for group in groups:
            if not group:
                continue
            limit = budget.limit.copy()
            limit[group] = np.inf
            others = [*budgets[:b], replace(budget, limit=limit), *budgets[b + 1 :]]
            lifted = most_sheddable_w(base_fleet, others)
            if lifted - base <= BINDS_W:
                continue
            miners = int(np.isin(budget.group_of, group).sum())
            if per_group:
                value = float(budget.limit[group[0]])
                shown = value if budget.measure == "shed_w" else caps.get(budget.labels[group[0]])
                found.append(Withholding(kind, budget.labels[group[0]], miners, lifted - base, shown))
            else:
                found.append(Withholding(kind, f"{len(group)} groups", miners, lifted - base))
    found.sort(key=lambda w: -w.withheld_w)
    return found


def for_site(
    reasons: Sequence[Withholding],
    free_at: Sequence[datetime | None],
    locked_by: Sequence[str | None],
    excluded: dict[str | Text, int],
    excluded_kw: dict[str | Text, float],
    customer_names: dict[str, str],
) -> tuple[Withholding, ...]:
    """A site's reasons: the optimiser's, with the anti-flap miners' release time and the customers' names,
    and the miners left out of the fleet (per reason, what their deepest level would shed)."""
    out: list[Withholding] = []
    for reason in reasons:
        if reason.kind == LOCKED and reason.label == "anti-flap":
            times = [t for t, why in zip(free_at, locked_by, strict=True) if why == "anti-flap" and t is not None]
            out.append(replace(reason, free_at=max(times) if times else None))
        elif reason.kind == CUSTOMER_CAP:
            out.append(replace(reason, label=customer_names.get(str(reason.label), reason.label)))
        else:
            out.append(reason)
    for why, count in excluded.items():
        out.append(Withholding(LEFT_OUT, why, count, excluded_kw.get(why, 0.0) * 1000.0))
    out.sort(key=lambda w: -w.withheld_w)
    return tuple(out)


def with_reasons(message: str, reasons: Sequence[Withholding], zone: ZoneInfo | None) -> str:
    """An out-of-reach message with ``reasons`` in place of the ones it named."""
    head = message.partition(HELD_BACK)[0]
    return head + (HELD_BACK + "; ".join(str(describe(w, zone)) for w in reasons) if reasons else "")


def _kw(watts: float) -> str:
    return f"{watts / 1000.0:,.1f} kW"


def _miners(n: int) -> Text:
    if n == 1:
        return Text(QT_TRANSLATE_NOOP("Curtailment", "1 miner"))
    return Text(QT_TRANSLATE_NOOP("Curtailment", "{n:,} miners"), n=n)


def describe(w: Withholding, zone: ZoneInfo | None = None, names: dict[str, str] | None = None) -> Text:
    """One line for the user (``str()`` is English); ``zone``: the site's time zone for anti-flap times;
    ``names``: labels → names."""
    label = (names or {}).get(str(w.label), w.label)
    one = w.miners == 1
    miners, kw = _miners(w.miners), _kw(w.withheld_w)
    if w.kind == LOCKED and w.label == "anti-flap":
        text = Text(
            QT_TRANSLATE_NOOP("Curtailment", "anti-flap: {miners} changed too recently withholds {kw}")
            if one
            else QT_TRANSLATE_NOOP("Curtailment", "anti-flap: {miners} changed too recently withhold {kw}"),
            miners=miners,
            kw=kw,
        )
        if w.free_at is None:
            return text
        when = w.free_at.astimezone(zone) if zone is not None else w.free_at
        if zone is None:
            return Text(QT_TRANSLATE_NOOP("Curtailment", "{text}; all free at {time}"), text=text, time=f"{when:%H:%M}")
        return Text(
            QT_TRANSLATE_NOOP("Curtailment", "{text}; all free at {time} ({zone})"),
            text=text,
            time=f"{when:%H:%M}",
            zone=zone.key,
        )
    if w.kind == LOCKED:
        return Text(
            QT_TRANSLATE_NOOP("Curtailment", "{label}: {miners} kept at full power withholds {kw}")
            if one
            else QT_TRANSLATE_NOOP("Curtailment", "{label}: {miners} kept at full power withhold {kw}"),
            label=LOCK_WORDS.get(str(label), label),
            miners=miners,
            kw=kw,
        )
    if w.kind == CUSTOMER_CAP:
        if w.limit is None:
            return Text(
                QT_TRANSLATE_NOOP("Curtailment", "customer cap for {label} ({miners}) withholds {kw}"),
                label=label,
                miners=miners,
                kw=kw,
            )
        return Text(
            QT_TRANSLATE_NOOP("Curtailment", "customer cap of {cap:g} % for {label} ({miners}) withholds {kw}"),
            cap=w.limit,
            label=label,
            miners=miners,
            kw=kw,
        )
    if w.kind == GROUP_LIMIT:
        if w.limit is None:
            return Text(
                QT_TRANSLATE_NOOP("Curtailment", "feed limit on {label} ({miners}) withholds {kw}"),
                label=label,
                miners=miners,
                kw=kw,
            )
        return Text(
            QT_TRANSLATE_NOOP("Curtailment", "feed limit of {limit} on {label} ({miners}) withholds {kw}"),
            limit=_kw(w.limit),
            label=label,
            miners=miners,
            kw=kw,
        )
    return Text(
        QT_TRANSLATE_NOOP("Curtailment", "left out, {label}: {miners} whose deepest level would shed {kw}"),
        label=label,
        miners=miners,
        kw=kw,
    )
