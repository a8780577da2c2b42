"""Price trigger: threshold held for the minimum duration, hysteresis on the way back, gaps decide nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services.curtailment.price_trigger import (
    HOLD,
    START,
    STOP,
    PriceTrigger,
    decide,
    recent_prices,
    record_price,
)
from hashinsight_desktop.services.errors import PermissionDenied, ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

NOW = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
TRIGGER = PriceTrigger(threshold_usd_mwh=100.0, hysteresis_usd_mwh=20.0, min_duration_min=15.0)


def _series(*minutes_and_prices: tuple[float, float]) -> list[tuple[datetime, float]]:
    return [(NOW - timedelta(minutes=m), p) for m, p in sorted(minutes_and_prices, reverse=True)]


def test_starts_only_when_the_price_held_above_the_threshold_for_the_whole_window() -> None:
    assert decide(_series((20, 120), (5, 130)), TRIGGER, NOW, curtailed=False).action == START
    # above now, but it was below inside the window
    assert decide(_series((20, 120), (10, 90), (2, 150)), TRIGGER, NOW, curtailed=False).action == HOLD
    # only 10 minutes of signals: the window is not covered
    held = decide(_series((10, 150)), TRIGGER, NOW, curtailed=False)
    assert held.action == HOLD and "no price signal" in held.reason


def test_stops_only_below_threshold_minus_hysteresis_for_the_window() -> None:
    # 90 is under the threshold but not under 100 − 20: keep curtailing
    assert decide(_series((30, 90), (5, 85)), TRIGGER, NOW, curtailed=True).action == HOLD
    assert decide(_series((30, 70), (5, 60)), TRIGGER, NOW, curtailed=True).action == STOP
    assert decide(_series((30, 120)), TRIGGER, NOW, curtailed=True).action == HOLD


def test_bad_trigger_settings_name_the_field() -> None:
    with pytest.raises(ValidationError, match="hysteresis"):
        PriceTrigger(100.0, -1.0).check()
    assert PriceTrigger.from_json(TRIGGER.to_json()) == TRIGGER


def test_prices_are_recorded_audited_and_read_back_with_the_one_in_force(database) -> None:  # type: ignore[no-untyped-def]
    people = make_people(database.session_factory)
    with unit_of_work(database.session_factory) as session:
        audits = session.scalar(select(func.count()).select_from(AuditRecord))
        for minutes, price in ((60, 50.0), (40, 110.0), (10, 130.0)):
            record_price(session, people.site_manager, people.site_id, price, at=NOW - timedelta(minutes=minutes))
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == audits + 3
        with pytest.raises(PermissionDenied):
            record_price(session, people.site_manager, people.other_site_id, 10.0, at=NOW)
        with pytest.raises(ValidationError, match=r"price: .*/kWh is not a plausible power price"):
            record_price(session, people.owner, people.site_id, 1e9, at=NOW)
    with database.session_factory() as session:
        prices = recent_prices(session, people.site_id, NOW - timedelta(minutes=15))
    assert [p for _, p in prices] == [110.0, 130.0]
    assert decide(prices, TRIGGER, NOW, curtailed=False).action == START
