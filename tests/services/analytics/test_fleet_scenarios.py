"""The user's fleet in the heat-map (measured where telemetry has it, nameplate where not, said which) and the
fleet as it was in the replay (each day's own telemetry and market; a day without either shown as missing), over
telemetry written and rolled up by the real services, scoped like the Fleet tab (a customer sees only theirs)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from hashinsight_desktop.services.analytics.fleet_history import fleet_days, height_on, market_days
from hashinsight_desktop.services.analytics.fleet_profile import fleet_profile
from hashinsight_desktop.services.analytics.replay import fleet_replay
from hashinsight_desktop.services.calculator.inputs import CalculatorInputs
from hashinsight_desktop.services.calculator.profitability import daily_figures
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.permissions import SYSTEM, Principal, Role
from tests.services.analytics.fleet_farm import CLOSE, DAYS, DIFFICULTY, Farm, make_farm, midnight


@pytest.fixture
def farm(database: Database, tmp_path: Path) -> Farm:
    return make_farm(database, tmp_path)


def customer_of(farm: Farm) -> Principal:
    return Principal(uuid.uuid4(), "acme", Role.CUSTOMER, customer_id=farm.customer)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # plain SQL; the day grouping below is per engine
def test_the_fleet_heat_map_counts_measured_and_nameplate_miners(farm: Farm) -> None:
    now = midnight(DAYS[4]) + timedelta(minutes=30)  # the last 24 whole hours: D4
    with farm.database.session_factory() as session:
        everyone = fleet_profile(session, SYSTEM, now)
        site_b = fleet_profile(session, SYSTEM, now, farm.site_b)
        customer = fleet_profile(session, customer_of(farm), now)
    assert (everyone.miners, everyone.measured, everyone.nameplate, everyone.without_figures) == (4, 2, 1, 1)
    # m1 100 TH all day, m2 50 TH for half of it (the rest offline), m3 its 200 TH nameplate; m4 left out
    assert everyone.hashrate_ths == pytest.approx(100 + 25 + 200)
    assert everyone.power_w == pytest.approx(3000 + 750 + 3500)
    assert everyone.answered_pct == pytest.approx(75.0)
    assert (site_b.miners, site_b.measured, site_b.nameplate, site_b.hashrate_ths) == (1, 0, 1, 200.0)
    assert (customer.miners, customer.measured) == (1, 1) and customer.hashrate_ths == pytest.approx(100.0)


def test_the_fleet_as_it_was_each_day_with_missing_days_shown(farm: Farm) -> None:
    with farm.database.session_factory() as session:
        fleet = fleet_days(session, SYSTEM, DAYS[0], DAYS[4])
        market = market_days(session, DAYS[0], DAYS[4], stated_fees_btc=0.08)
    assert np.isnan(fleet.hashrate_ths[[1, 4]]).all() and fleet.days_without_telemetry == 2  # D2, D5: not zero
    assert fleet.hashrate_ths[[0, 2, 3]] == pytest.approx([150.0, 150.0, 125.0])  # D4: m2 down half the day
    assert fleet.energy_kwh[[0, 3]] == pytest.approx([108.0, 90.0])  # metered: 4.5 kW × 24 h; 72 + 18
    assert list(fleet.miner_hours) == [48, 0, 48, 48, 0] and fleet.fleet_size == 4  # m2's offline hours reported
    assert (market.fees_stored, market.fees_stated) == (1, 3)  # D1 from its snapshot
    result = fleet_replay(market.history, fleet, electricity_usd_per_kwh=0.05, pool_fee_pct=2.0)
    assert list(result.no_telemetry) == [False, True, False, False, True]  # type: ignore[arg-type]
    assert list(result.no_market) == [False, False, True, False, False]  # type: ignore[arg-type]
    assert result.covered_days == 2 and np.isnan(result.profit_usd[[1, 2, 4]]).all()
    for i, ths, kwh, fees in ((0, 150, 108, "0.2"), (3, 125, 90, "0.08")):
        day = daily_figures(
            CalculatorInputs.parse(
                {
                    "hashrate_ths": str(ths),
                    "power_w": str(kwh / 24 * 1000),
                    "electricity_usd_per_kwh": "0.05",
                    "btc_price_usd": str(CLOSE[i]),
                    "difficulty": f"{DIFFICULTY:.0f}",
                    "fees_per_block_btc": fees,
                    "block_height": str(height_on(DAYS[i])),
                    "pool_fee_pct": "2",
                }
            )
        )
        assert result.profit_usd[i] == pytest.approx(day.revenue_usd - day.power_cost_usd, rel=1e-9)
    assert result.total_profit_usd == pytest.approx(float(np.nansum(result.profit_usd)))
    assert result.cumulative_profit_usd[3] == pytest.approx(result.total_profit_usd)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the scoping is list_miners', engine-neutral
def test_a_customer_replays_only_its_own_miners(farm: Farm) -> None:
    with farm.database.session_factory() as session:
        theirs = fleet_days(session, customer_of(farm), DAYS[0], DAYS[4])
        site_b = fleet_days(session, SYSTEM, DAYS[0], DAYS[4], farm.site_b)
    assert theirs.fleet_size == 1 and theirs.hashrate_ths[[0, 3]] == pytest.approx([100.0, 100.0])
    assert site_b.fleet_size == 1 and site_b.days_without_telemetry == 5  # m3 never reported
