"""Alert limits are checked as a miner is judged by them, after inheritance: a site's critical 70 °C under the
farm's warning 85 °C (76–81 °C raised nothing) is refused, naming the limit given, and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from hashinsight_desktop.db.models import AlertThreshold
from hashinsight_desktop.services.errors import ValidationError
from hashinsight_desktop.services.telemetry.alert_rules import AlertThresholds
from hashinsight_desktop.services.telemetry.alert_settings import inconsistency, load_thresholds, save_thresholds
from hashinsight_desktop.services.transaction import unit_of_work
from tests.support.factories import make_people


@pytest.mark.parametrize(
    ("limits", "blamed"),
    [
        (AlertThresholds(temp_warning_c=85, temp_critical_c=70), "temp_critical_c"),
        (AlertThresholds(temp_warning_c=85, temp_critical_c=85), "temp_critical_c"),
        (AlertThresholds(temp_warning_c=85, temp_critical_c=88, temp_hysteresis_c=3.5), "temp_hysteresis_c"),
        (AlertThresholds(hashrate_min_pct=98, hashrate_hysteresis_pct=5), "hashrate_hysteresis_pct"),
    ],
)
def test_limits_that_cannot_work_together(limits: AlertThresholds, blamed: str) -> None:
    found = inconsistency(limits)
    assert found is not None and found[0][0] == blamed
    assert inconsistency(AlertThresholds()) is None
    assert inconsistency(AlertThresholds(temp_warning_c=85, temp_critical_c=88, temp_hysteresis_c=3)) is None


def _refused(session_factory, people, site_id, values) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused, unit_of_work(session_factory) as session:
        save_thresholds(session, people.owner, site_id=site_id, model_id=None, values=values)
    return refused.value


def test_inherited_limits_are_checked_for_every_scope_they_reach(session_factory) -> None:  # type: ignore[no-untyped-def]
    people = make_people(session_factory)
    bad = _refused(session_factory, people, people.site_id, {"temp_critical_c": 70})
    assert (bad.field, bad.message) == (
        "temp_critical_c",
        "the critical temperature (70 °C) must be above the warning temperature (85 °C)",
    )
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(AlertThreshold)) == 0  # nothing half written

    with unit_of_work(session_factory) as session:  # both given at the site: fine
        save_thresholds(
            session, people.owner, site_id=people.site_id, model_id=None,
            values={"temp_warning_c": 60, "temp_critical_c": 66},
        )  # fmt: skip
    bad = _refused(
        session_factory, people, None, {"temp_hysteresis_c": 8}
    )  # fine at the farm (85/95), not at the site (60/66)
    assert bad.field == "temp_hysteresis_c"
    assert bad.message.endswith("warning (60 °C) and critical (66 °C) for site Texas North"), bad.message
    bad = _refused(session_factory, people, people.site_id, {"hashrate_min_pct": 97})
    assert bad.field == "hashrate_min_pct" and "never clear" in bad.message
    with session_factory() as session:
        limits = load_thresholds(session).for_miner(people.site_id, None)
    assert (limits.temp_warning_c, limits.temp_critical_c, limits.temp_hysteresis_c) == (60, 66, 5)
