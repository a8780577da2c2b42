"""Analytics tests: pure functions on files and arrays, no database."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "statistical: checks a rate on simulated data; fixed seeds make it deterministic"
    )
