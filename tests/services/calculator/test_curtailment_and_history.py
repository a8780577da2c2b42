"""Curtailment impact against hand-computed figures, and the per-user calculation history."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import AuditRecord
from hashinsight_desktop.services.calculator import history
from hashinsight_desktop.services.calculator.curtailment_impact import impact_of_hours, impact_of_price_series
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people

REVENUE_PER_HOUR = 270_000 / 2**32 * 100_000 / 24  # 100 TH/s, difficulty 1e14, $100k, no fees
INPUTS = CalculatorInputs.parse(
    {
        "hashrate_ths": 100,
        "power_w": 3000,
        "electricity_usd_per_kwh": "0.05",
        "btc_price_usd": 100_000,
        "difficulty": "1e14",
        "fees_per_block_btc": 0,
        "block_height": 900_000,
        "pool_fee_pct": 0,
    }
)


def test_hours_per_month() -> None:
    impact = impact_of_hours(INPUTS, 100)
    assert impact.revenue_lost_usd == Decimal(str(round(REVENUE_PER_HOUR * 100, 2)))  # 26.19
    assert impact.power_cost_saved_usd == Decimal("15.00")  # 3 kWh × $0.05 × 100 h
    assert impact.net_usd == impact.power_cost_saved_usd - impact.revenue_lost_usd
    assert impact.switch_off_above_usd_per_kwh == Decimal("0.08731")  # revenue per kWh
    assert impact.energy_not_used_mwh == Decimal("0.300")


def test_price_series_switches_off_only_above_break_even() -> None:
    impact = impact_of_price_series(INPUTS, ["0.02", "0.09", "0.20", "0.05", "0.0873"])
    assert impact.hours_curtailed == 2  # 0.09 and 0.20 are above 0.08731
    assert impact.power_cost_saved_usd == Decimal("0.87")  # 3 kWh × (0.09 + 0.20)
    assert impact.revenue_lost_usd == Decimal(str(round(REVENUE_PER_HOUR * 2, 2)))
    assert impact.net_usd > 0


@pytest.mark.parametrize("hours", ["-1", "800", "many"])
def test_bad_hours(hours: str) -> None:
    with pytest.raises(ValidationError, match="hours_per_month"):
        impact_of_hours(INPUTS, hours)


def test_bad_price_in_series_names_the_field() -> None:
    with pytest.raises(ValidationError, match="electricity_usd_per_kwh: 'n/a' is not a number"):
        impact_of_price_series(INPUTS, ["0.05", "n/a"])
    with pytest.raises(ValidationError, match="price series"):
        impact_of_price_series(INPUTS, [])


def test_history_is_per_user(session_factory) -> None:
    people = make_people(session_factory)
    with unit_of_work(session_factory) as session:
        for principal, label in ((people.guest, "guest S21"), (people.admin, "admin M60"), (people.guest, "guest 2")):
            history.save_calculation(
                session, principal, kind="single", label=label, inputs={"x": 1}, results={"profit_usd_per_day": "1.00"}
            )
    with session_factory() as session:
        assert [r.label for r in history.list_history(session, people.guest)] == ["guest 2", "guest S21"]
        assert [r.label for r in history.list_history(session, people.admin)] == ["admin M60"]
        # A calculation changes nothing of the farm: it is kept in its owner's history, not in the audit log.
        assert not session.scalars(select(AuditRecord).where(AuditRecord.entity_type == "calculation")).all()
