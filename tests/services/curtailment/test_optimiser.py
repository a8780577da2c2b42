"""The optimiser's entry point against brute force: every strategy, every side constraint, honest reports."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pytest

from hashinsight_desktop.services.curtailment.constrained_path import solve_constrained
from hashinsight_desktop.services.curtailment.fast_path import Fleet, build_fleet, efficiency_order_on_off
from hashinsight_desktop.services.curtailment.optimiser import Problem, Solution, optimise
from hashinsight_desktop.services.curtailment.problem import DEFAULT_SWITCH_COST_THS, build_budgets, locked_fleet
from hashinsight_desktop.services.errors import ValidationError

EPS = 1e-6
HASHPRICE_H = 0.05 / 24  # USD per TH/s per hour
POWER_PRICE = 0.06  # USD per kWh


def random_fleet(rng: np.random.Generator, n: int) -> Fleet:
    """Full, 0–2 presets or sleep, off; some presets off the convex hull."""
    levels: list[list[tuple[float, float]]] = []
    for _ in range(n):
        p = float(rng.uniform(1500, 3600))
        h = float(rng.uniform(40, 200))
        miner = [(p, h)]
        for _ in range(int(rng.integers(0, 3))):
            if rng.random() < 0.25:
                miner.append((float(rng.uniform(10, 60)), 0.0))
            else:
                frac = float(rng.uniform(0.3, 0.95))
                miner.append((p * frac, h * frac ** float(rng.uniform(0.6, 1.4))))
        miner.append((0.0, 0.0))
        levels.append(miner)
    return Fleet.from_levels(levels)


def random_problem(rng: np.random.Generator, n: int, *, constraints: bool, strategy: str = "performance") -> Problem:
    fleet = random_fleet(rng, n)
    target = float(rng.uniform(0.05, 0.45 if constraints else 0.7)) * float(fleet.full_power_w.sum())
    tolerance = None if rng.random() < 0.5 else float(rng.uniform(0.02, 0.3)) * float(fleet.full_power_w.max())
    problem = Problem(
        fleet,
        target,
        tolerance,
        strategy=strategy,
        weights=rng.uniform(0.5, 4.0, n),
        hashprice_usd_per_th_h=HASHPRICE_H,
        power_price_usd_per_kwh=POWER_PRICE,
    )
    if not constraints:
        return problem
    return replace(
        problem,
        protected=rng.random(n) < 0.15,
        customer_of=[str(c) if c != "-" else None for c in rng.choice(["a", "b", "-"], n)],
        customer_cap_pct={"a": float(rng.uniform(20, 90)), "b": float(rng.uniform(20, 90))},
        group_of=[str(g) for g in rng.choice(["r1", "r2"], n)],
        group_max_shed_w={"r1": float(rng.uniform(0.3, 0.9)) * float(fleet.full_power_w.sum()) / 2},
    )


class Brute:
    """Every combination of levels of a small fleet, with its shed, loss and constraint check (independent code)."""

    def __init__(self, problem: Problem) -> None:
        fleet = problem.fleet
        n = fleet.n_miners
        protected = np.zeros(n, bool) if problem.protected is None else np.asarray(problem.protected, bool)
        ranges = [range(1) if protected[i] else range(int(c)) for i, c in enumerate(fleet.counts)]
        self.combos = np.array(list(itertools.product(*ranges)), dtype=np.int64).reshape(-1, n)
        at = fleet.offsets[:-1] + self.combos
        shed_each = fleet.full_power_w - fleet.power_w[at]
        lost_each = fleet.full_hashrate_ths - fleet.hashrate_ths[at]
        self.shed = shed_each.sum(axis=1)
        self.lost = lost_each.sum(axis=1)
        if problem.strategy == "customer":
            weights = np.ones(n) if problem.weights is None else np.asarray(problem.weights)
            self.loss = (lost_each * weights).sum(axis=1)
        elif problem.strategy == "revenue":
            assert problem.hashprice_usd_per_th_h is not None
            self.loss = (
                lost_each.sum(axis=1) * problem.hashprice_usd_per_th_h
                - self.shed / 1000 * problem.power_price_usd_per_kwh
            )
        else:
            self.loss = self.lost
        ok = np.ones(len(self.combos), bool)
        if problem.customer_of is not None:
            for customer, pct in dict(problem.customer_cap_pct).items():
                member = np.array([c == customer for c in problem.customer_of])
                ok &= lost_each[:, member].sum(axis=1) <= pct / 100 * fleet.full_hashrate_ths[member].sum() + EPS
        if problem.group_of is not None:
            for group, limit in dict(problem.group_max_shed_w).items():
                member = np.array([g == group for g in problem.group_of])
                ok &= shed_each[:, member].sum(axis=1) <= limit + EPS
        self.within_constraints = ok
        upper = np.inf if problem.tolerance_w is None else problem.target_w + problem.tolerance_w
        self.feasible = ok & (self.shed >= problem.target_w - EPS) & (self.shed <= upper + EPS)

    def optimum(self) -> float | None:
        return float(self.loss[self.feasible].min()) if self.feasible.any() else None

    def max_shed(self) -> float:
        return float(self.shed[self.within_constraints].max())

    def check(self, solution: Solution) -> int:
        """The row of the solution's plan; its reported figures must be its real ones."""
        row = int(np.flatnonzero((self.combos == solution.assignments).all(axis=1))[0])  # locked miners untouched
        assert solution.shed_w == pytest.approx(self.shed[row], abs=1e-6)
        assert solution.lost_ths == pytest.approx(self.lost[row], abs=1e-9)
        assert solution.objective == pytest.approx(self.loss[row], abs=1e-9)
        return row


@pytest.mark.parametrize("strategy", ["performance", "customer", "revenue"])
def test_fast_path_of_each_strategy_against_brute_force(strategy: str) -> None:
    rng = np.random.default_rng({"performance": 1, "customer": 2, "revenue": 3}[strategy])
    n_optimal = n_cases = 0
    for _ in range(120):
        problem = random_problem(rng, int(rng.integers(1, 8)), constraints=False, strategy=strategy)
        problem = replace(problem, tolerance_w=None)  # without a window the fast path never needs the proof path
        solution = optimise(problem)
        brute = Brute(problem)
        optimum = brute.optimum()
        assert optimum is not None
        assert solution.status == "ok" and solution.feasible and solution.path == "fast" and not solution.proven
        assert brute.feasible[brute.check(solution)]
        assert solution.unit == {"performance": "TH/s", "customer": "weighted TH/s", "revenue": "USD/h"}[strategy]
        assert solution.lower_bound is not None and solution.gap_pct is not None
        assert solution.lower_bound <= optimum + 1e-9 <= solution.objective + 2e-9
        n_optimal += solution.objective <= optimum + 1e-9
        n_cases += 1
    assert n_optimal / n_cases >= 0.8, (n_optimal, n_cases)


def test_revenue_sheds_unprofitable_miners_beyond_the_target_unless_a_window_caps_it() -> None:
    # miner 1 earns 20 TH/s × 0.05/24 = 0.042 USD/h but costs 3.4 kW × 0.06 = 0.204 USD/h: shed it for free
    fleet = build_fleet([3000.0, 3400.0, 3000.0], [150.0, 20.0, 140.0])
    problem = Problem(fleet, 0.0, strategy="revenue", hashprice_usd_per_th_h=HASHPRICE_H, power_price_usd_per_kwh=0.06)
    solution = optimise(problem)
    assert solution.feasible
    assert list(solution.assignments) == [0, 1, 0]
    assert solution.objective < 0
    assert solution.lost_ths == pytest.approx(20.0)
    windowed = optimise(replace(problem, tolerance_w=100.0))
    assert list(windowed.assignments) == [0, 0, 0]
    assert windowed.feasible


def test_customer_weights_protect_the_heavier_miner() -> None:
    fleet = build_fleet([3000.0, 3000.0], [100.0, 100.0])
    solution = optimise(Problem(fleet, 3000.0, strategy="customer", weights=[5.0, 1.0]))
    assert list(solution.assignments) == [0, 1]
    assert solution.objective == pytest.approx(100.0)
    solution = optimise(Problem(fleet, 3000.0, strategy="customer", weights=[1.0, 5.0]))
    assert list(solution.assignments) == [1, 0]


def test_efficiency_strategy_is_the_on_off_rule_measured_against_the_performance_bound() -> None:
    rng = np.random.default_rng(5)
    for _ in range(30):
        problem = random_problem(rng, 7, constraints=False, strategy="efficiency")
        problem = replace(problem, tolerance_w=None)
        solution = optimise(problem)
        expected = efficiency_order_on_off(problem.fleet, problem.target_w)
        assert list(solution.assignments) == list(expected)
        assert solution.unit == "TH/s"
        assert solution.objective == pytest.approx(solution.lost_ths)
        optimum = Brute(replace(problem, strategy="performance")).optimum()
        assert optimum is not None and solution.lower_bound is not None
        assert solution.lower_bound <= optimum + 1e-9 <= solution.lost_ths + 2e-9
        assert solution.solver_detail.startswith("efficiency order")
        assert solution.message.endswith("(the efficiency order is a fixed rule, not an optimum)")


def test_efficiency_strategy_keeps_protected_miners_caps_and_limits() -> None:
    rng = np.random.default_rng(6)
    met = 0
    for _ in range(40):
        problem = random_problem(rng, 7, constraints=True, strategy="efficiency")
        solution = optimise(problem)
        brute = Brute(problem)
        row = brute.check(solution)
        assert brute.within_constraints[row]  # caps, limits and protection always hold
        if solution.feasible:
            met += 1
            assert brute.feasible[row]
        else:
            assert solution.status in ("not_found", "infeasible_target")
    assert met > 10


def test_constraints_on_random_fleets_against_brute_force() -> None:
    """Every plan the optimiser calls feasible keeps every constraint; when it says none exists, none does."""
    rng = np.random.default_rng(2026)
    seen: dict[str, int] = {}
    n_optimal = n_feasible = 0
    for _ in range(90):
        problem = random_problem(rng, int(rng.integers(2, 8)), constraints=True)
        solution = optimise(problem, time_limit_s=10)
        brute = Brute(problem)
        optimum = brute.optimum()
        row = brute.check(solution)
        seen[solution.status] = seen.get(solution.status, 0) + 1
        if solution.feasible:
            assert brute.feasible[row]
            assert optimum is not None and solution.lower_bound is not None
            assert solution.lower_bound <= optimum + 1e-9 <= solution.objective + 2e-9
            n_feasible += 1
            n_optimal += solution.objective <= optimum + 1e-9
        else:
            # the fast path gave up and the proof path settled it: nothing meets everything
            assert optimum is None, (solution.status, solution.message)
            assert solution.status in ("infeasible_target", "tolerance_not_met")
            assert solution.proven
            assert solution.max_sheddable_w >= brute.max_shed() - 1e-6  # an honest upper figure
            if solution.max_sheddable_exact:
                assert solution.max_sheddable_w == pytest.approx(brute.max_shed(), abs=1e-6)
            if solution.status == "infeasible_target":
                assert brute.max_shed() < problem.target_w
            assert brute.within_constraints[row]
    assert seen.get("ok", 0) > 40 and n_feasible > 40, seen
    assert seen.get("infeasible_target", 0) + seen.get("tolerance_not_met", 0) > 5, seen
    assert n_optimal / n_feasible >= 0.7, (n_optimal, n_feasible)


def test_protected_and_recently_changed_miners_stay_as_they_are() -> None:
    # miner 2 was moved to its 75 % preset a minute ago (anti-flap): the caller builds its only level as that
    # operating point, so the plan leaves it there and measures shed from it
    fleet = Fleet.from_levels(
        [
            [(3000.0, 100.0), (2250.0, 78.0), (0.0, 0.0)],
            [(3200.0, 110.0), (2400.0, 86.0), (0.0, 0.0)],
            [(2250.0, 78.0)],
        ]
    )
    solution = optimise(Problem(fleet, 2000.0, protected=[False, True, False]), prove=True, time_limit_s=10)
    assert solution.feasible and solution.proven
    assert list(solution.assignments) == [2, 0, 0]
    assert solution.shed_w == pytest.approx(3000.0)
    assert solution.max_sheddable_w == pytest.approx(3000.0)
    solution = optimise(Problem(fleet, 3100.0, protected=[False, True, False]))
    assert solution.status == "infeasible_target"
    assert not solution.feasible
    assert "at most 3.0 kW can be shed within the constraints" in solution.message


def test_customer_cap_binds_and_the_infeasible_maximum_is_exact_when_proven() -> None:
    # customer "a" owns miners 0 and 1 (300 TH/s) with a 30 % cap: at most 90 TH/s of theirs curtailed
    presets = [[(2250.0, 80.0)], [(2250.0, 140.0)], [(2250.0, 70.0)]]
    fleet = build_fleet([3000.0, 3000.0, 3000.0], [100.0, 200.0, 100.0], presets=presets)
    problem = Problem(fleet, 3700.0, customer_of=["a", "a", None], customer_cap_pct={"a": 30.0})
    solution = optimise(problem)
    brute = Brute(problem)
    assert solution.feasible
    assert brute.feasible[brute.check(solution)]
    assert solution.objective == pytest.approx(brute.optimum())
    too_much = replace(problem, target_w=7000.0)
    fast = optimise(too_much)
    assert fast.status == "infeasible_target" and not fast.feasible and fast.proven
    assert fast.max_sheddable_w >= Brute(too_much).max_shed() - 1e-6
    proven = optimise(too_much, prove=True, time_limit_s=10)
    assert proven.max_sheddable_exact
    assert proven.max_sheddable_w == pytest.approx(Brute(too_much).max_shed())
    assert proven.shed_w == pytest.approx(proven.max_sheddable_w)
    assert "upper estimate" not in proven.message


def test_group_limit_caps_the_shed_of_a_feed() -> None:
    fleet = build_fleet([3000.0] * 4, [100.0, 90.0, 120.0, 130.0])
    problem = Problem(fleet, 6000.0, group_of=["f1", "f1", "f2", "f2"], group_max_shed_w={"f1": 3000.0})
    solution = optimise(problem)
    assert solution.feasible
    assert sorted(np.flatnonzero(solution.assignments).tolist()) == [1, 2]  # one of f1 (the cheaper), then f2


def test_bad_problems_are_validation_errors() -> None:
    fleet = build_fleet([3000.0, 3000.0], [100.0, 100.0])
    with pytest.raises(ValidationError, match="weights"):
        optimise(Problem(fleet, 100.0, weights=[1.0]))
    with pytest.raises(ValidationError, match="customer_cap_pct"):
        optimise(Problem(fleet, 100.0, customer_of=["a", "a"], customer_cap_pct={"a": 120.0}))
    with pytest.raises(ValidationError, match="hashprice"):
        optimise(Problem(fleet, 100.0, strategy="revenue"))
    with pytest.raises(ValidationError, match="strategy"):
        optimise(Problem(fleet, 100.0, strategy="cheapest"))
    with pytest.raises(ValidationError, match="target"):
        optimise(Problem(fleet, -1.0))


def test_index_labels_as_the_plans_service_passes_them() -> None:
    fleet = build_fleet([3000.0, 3000.0, 3000.0], [100.0, 100.0, 100.0])
    problem = Problem(fleet, 6000.0, customer_of=[0, 0, -1], customer_cap_pct=[50.0])
    solution = optimise(problem)
    assert solution.feasible
    assert solution.assignments[2] == 1 and int(np.count_nonzero(solution.assignments[:2])) == 1


def test_empty_fleet() -> None:
    assert optimise(Problem(Fleet.from_levels([]), 0.0)).feasible
    solution = optimise(Problem(Fleet.from_levels([]), 10.0))
    assert solution.status == "infeasible_target" and not solution.feasible


def test_constrained_fast_path_alone_finds_most_plans_and_never_breaks_a_budget() -> None:
    rng = np.random.default_rng(77)
    found = feasible = 0
    for _ in range(150):
        problem = random_problem(rng, int(rng.integers(2, 8)), constraints=True)
        fleet = locked_fleet(problem.fleet, problem.protected)
        plan = solve_constrained(fleet, problem.target_w, problem.tolerance_w, budgets=build_budgets(problem))
        brute = Brute(problem)
        row = int(np.flatnonzero((brute.combos == plan.assignments).all(axis=1))[0])
        if plan.feasible:
            assert brute.feasible[row]
            assert plan.status == "ok"
        if brute.optimum() is not None:
            feasible += 1
            found += plan.feasible
    assert found / feasible >= 0.85, (found, feasible)


def realistic_fleet(n: int = 240, seed: int = 9) -> Fleet:
    """A site of S19, S19 XP, S21 and S19j Pro-like miners as measured (a few % off nominal), with the
    console's default levels: 75 % and 50 % power presets (hashrate as power^0.85) and sleep at 30 W."""
    rng = np.random.default_rng(seed)
    models = [(3250.0, 95.0), (3010.0, 141.0), (3500.0, 200.0), (3400.0, 110.0)]
    levels = []
    for _ in range(n):
        power, hashrate = models[int(rng.integers(0, len(models)))]
        power *= float(rng.uniform(0.97, 1.03))
        hashrate *= float(rng.uniform(0.95, 1.03))
        presets = [(power * pct / 100, hashrate * (pct / 100) ** 0.85) for pct in (75, 50)]
        levels.append([(power, hashrate), *presets, (30.0, 0.0)])
    return Fleet.from_levels(levels)


def test_fewest_miners_touched_trades_a_little_hashrate_for_far_fewer_commands() -> None:
    fleet = realistic_fleet()
    plain = optimise(Problem(fleet, 200_000.0))
    fewest = optimise(Problem(fleet, 200_000.0, switch_cost_ths=DEFAULT_SWITCH_COST_THS))
    assert plain.feasible and fewest.feasible and fewest.shed_w >= 200_000.0 - 1e-6
    assert plain.commands == int(np.count_nonzero(plain.assignments)) and plain.switch_cost == 0.0
    assert fewest.commands == int(np.count_nonzero(fewest.assignments))
    assert fewest.commands <= 0.7 * plain.commands, (fewest.commands, plain.commands)  # 119 → 73 on this fleet
    assert fewest.lost_ths <= 1.08 * plain.lost_ths, (fewest.lost_ths, plain.lost_ths)  # about 5 % more lost
    assert fewest.objective == pytest.approx(fewest.lost_ths + DEFAULT_SWITCH_COST_THS * fewest.commands)
    assert fewest.plan_loss == pytest.approx(fewest.lost_ths)
    assert fewest.message.startswith(f"costs {fewest.objective:,.1f} TH/s ({fewest.lost_ths:,.1f} TH/s lost + ")
    assert fewest.lower_bound is not None and fewest.lower_bound <= fewest.objective + 1e-9


@pytest.mark.parametrize("strategy", ["performance", "customer", "revenue"])
def test_switch_cost_against_brute_force(strategy: str) -> None:
    """Each changed miner costs the switch cost more: the fast plan's bound holds, the proof finds the optimum."""
    rng = np.random.default_rng({"performance": 11, "customer": 12, "revenue": 13}[strategy])
    n_optimal = n_cases = 0
    for case in range(60):
        problem = random_problem(rng, int(rng.integers(1, 7)), constraints=case % 2 == 1, strategy=strategy)
        problem = replace(problem, switch_cost_ths=float(rng.uniform(1.0, 60.0)))
        per_miner = problem.switch_cost_ths * (HASHPRICE_H if strategy == "revenue" else 1.0)
        solution = optimise(problem, time_limit_s=10)
        brute = Brute(problem)
        brute.loss = brute.loss + per_miner * np.count_nonzero(brute.combos, axis=1)
        optimum = brute.optimum()
        row = brute.check(solution)
        if not solution.feasible:
            assert optimum is None or solution.status not in ("ok",)
            continue
        assert brute.feasible[row]
        assert optimum is not None and solution.lower_bound is not None
        assert solution.lower_bound <= optimum + 1e-9 <= solution.objective + 2e-9
        n_optimal += solution.objective <= optimum + 1e-9
        n_cases += 1
    assert n_optimal / n_cases >= 0.7, (n_optimal, n_cases)
    problem = replace(
        random_problem(np.random.default_rng(3), 6, constraints=False, strategy=strategy), switch_cost_ths=25.0
    )
    proven = optimise(problem, prove=True, time_limit_s=20)
    brute = Brute(problem)
    per_miner = 25.0 * (HASHPRICE_H if strategy == "revenue" else 1.0)
    brute.loss = brute.loss + per_miner * np.count_nonzero(brute.combos, axis=1)
    assert proven.proven and proven.objective == pytest.approx(brute.optimum())
    assert proven.message.endswith("this is the least any plan can cost")


def test_an_out_of_reach_target_names_what_holds_it_back() -> None:
    # five 3 kW miners (a 2 kW preset losing 25 TH/s, or off): one protected, one changed too recently
    # (anti-flap), two of customer "a" capped at 50 % of their hashrate; the last four on feed "f" (7 kW at most)
    fleet = build_fleet([3000.0] * 5, [100.0] * 5, presets=[[(2000.0, 75.0)]] * 5)
    problem = Problem(
        fleet,
        12_000.0,
        protected=[True, True, False, False, False],
        locked_by=["protected", "anti-flap", None, None, None],
        customer_of=[None, None, "a", "a", None],
        customer_cap_pct={"a": 50.0},
        group_of=[None, "f", "f", "f", "f"],
        group_max_shed_w={"f": 7000.0},
    )
    solution = optimise(problem)
    assert solution.status == "infeasible_target" and not solution.feasible
    assert solution.max_sheddable_w >= 6000.0 - 1e-6  # one of "a" off (the cap) and the fifth miner (LP: 6.3 kW)
    found = {(w.kind, w.label): w for w in solution.reasons}
    assert set(found) == {("locked", "protected"), ("customer cap", "a"), ("locked", "anti-flap")}
    assert found["locked", "protected"].miners == 1
    assert found["locked", "protected"].withheld_w == pytest.approx(3000.0)  # no feed: all of it
    assert found["locked", "anti-flap"].withheld_w == pytest.approx(1000.0)  # on feed "f": 7 kW − 6 kW
    assert found["customer cap", "a"].withheld_w == pytest.approx(1000.0)  # again the feed: 7 − 6
    assert found["customer cap", "a"].limit == 50.0 and found["customer cap", "a"].miners == 2
    assert "held back by protected: 1 miner kept at full power withholds 3.0 kW" in solution.message
    assert "customer cap of 50 % for a (2 miners) withholds 1.0 kW" in solution.message
    # the feed binds once the others are lifted
    lifted = optimise(replace(problem, protected=None, customer_cap_pct={}))
    assert [(w.kind, w.label, w.withheld_w) for w in lifted.reasons] == [("group limit", "f", 5000.0)]
    assert "feed limit of 7.0 kW on f (4 miners) withholds 5.0 kW" in lifted.message
