"""What the curtailment tab reads about a site: "N of M reporting" counts only the miners that
answered their latest poll, and only when that poll is recent."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from hashinsight_desktop.db.models import MinerState
from hashinsight_desktop.services.curtailment.site_readings import site_power
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people
from tests.support.site_miners import MinerSpec, add_site_miners

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_reporting_counts_only_miners_that_answered_their_last_poll(database) -> None:  # type: ignore[no-untyped-def]
    sf = database.session_factory
    people = make_people(sf)
    fresh = NOW - timedelta(minutes=1)
    answered = add_site_miners(sf, people.site_id, [MinerSpec(3000.0, 100.0)] * 5, fresh)
    add_site_miners(
        sf, people.site_id, [MinerSpec(3000.0, 100.0, status="offline")] * 2, fresh, name_prefix="off", network="10.10"
    )
    add_site_miners(
        sf, people.site_id, [MinerSpec(3000.0, 100.0)], NOW - timedelta(hours=1), name_prefix="old", network="10.11"
    )
    add_site_miners(
        sf, people.site_id, [MinerSpec(3000.0, 100.0, status="sleeping")], fresh, name_prefix="zz", network="10.12"
    )
    with unit_of_work(sf) as session:  # a failed poll that kept the miner's last figures
        state = session.scalar(select(MinerState).where(MinerState.miner_id == answered[0]))
        assert state is not None
        state.consecutive_failures = 2
    assert isinstance(people.site_id, uuid.UUID)
    with sf() as session:
        power = site_power(session, people.site_id, NOW)
    assert power.miners == 9
    assert power.reporting == 5  # 4 hashing that answered + the sleeping one; not the offline, stale or failing
