"""The calculator-based pages of the Analytics tab (heat-map, replay, explain), added as they are built."""

from __future__ import annotations

from typing import Any


def add_to(tab: Any) -> None:
    tab.market_pages = []
