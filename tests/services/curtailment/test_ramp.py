"""Ramp batches and the planned power timeline."""

from __future__ import annotations

import pytest

from hashinsight_desktop.services.curtailment.ramp import batch_count, power_timeline, ramp_batches


def test_without_a_ramp_everything_is_one_batch() -> None:
    assert ramp_batches([3.0, 2.0, 1.0], None) == [0, 0, 0]
    assert ramp_batches([], 5.0) == []


def test_batches_hold_at_most_the_ramp_and_a_big_step_gets_its_own() -> None:
    kw = [3.0, 3.0, 2.0, 9.0, 1.0, 1.0]
    batches = ramp_batches(kw, 5.0)
    assert batches == [0, 1, 1, 2, 3, 3]
    per_batch = [sum(k for k, b in zip(kw, batches, strict=True) if b == i) for i in range(batch_count(batches))]
    assert all(total <= 5.0 or count == 1 for total, count in zip(per_batch, [1, 2, 1, 2], strict=True))


@pytest.mark.parametrize("n_batches", [1, 3, 10])
def test_without_a_ramp_recovery_still_staggers_in_equal_batches(n_batches: int) -> None:
    kw = [1.0] * 30
    batches = ramp_batches(kw, None, batches_without_ramp=n_batches)
    assert batch_count(batches) == n_batches
    assert batches == sorted(batches)
    sizes = [batches.count(b) for b in range(n_batches)]
    assert max(sizes) - min(sizes) <= 1


def test_timeline_steps_down_holds_and_comes_back() -> None:
    points = power_timeline(100.0, [10.0, 5.0], [5.0, 5.0, 5.0], hold_minutes=60.0)
    assert points[0] == (0.0, 100.0)
    assert min(kw for _, kw in points) == pytest.approx(85.0)
    assert points[-1][1] == pytest.approx(100.0)
    times = [t for t, _ in points]
    assert times == sorted(times)
    assert any(t == 60.0 for t in times)  # recovery starts at the hold time
