"""The tab's own small calculations, no database: MACD crossing markers skip the warm-up; each day's halving era."""

from __future__ import annotations

import math
from datetime import date

import numpy as np

from hashinsight_desktop.services.analytics.fleet_history import height_on
from hashinsight_desktop.ui.analytics.price_chart import crossings


def test_crossings_skip_warm_up() -> None:
    a = np.array([math.nan, 1.0, -1.0, 2.0, 3.0, -0.5])
    b = np.zeros(6)
    up, down = crossings(a, b)
    assert up.tolist() == [3] and down.tolist() == [2, 5]


def test_halving_eras_by_date() -> None:
    assert height_on(date(2024, 4, 19)) < 840_000 <= height_on(date(2024, 4, 20))
    assert height_on(date(2020, 5, 10)) // 210_000 == 2
