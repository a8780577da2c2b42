"""Every alert rule raises, does not duplicate, and clears; acknowledging is scoped and audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from hashinsight_desktop.db.models import Alert, AuditRecord, MinerState, OutboxEvent
from hashinsight_desktop.services.cgminer.sample import ERROR, HASHING, OFFLINE, SLEEPING, BoardSample, MinerSample
from hashinsight_desktop.services.errors import NotFound, PermissionDenied
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.telemetry.alert_rules import (
    COMMANDED_LEVEL,
    COMMANDED_SLEEP,
    CRITICAL,
    DEAD_BOARD,
    HASHRATE_DROP,
    OFFLINE_ALERT,
    OVER_TEMPERATURE,
    POLLED_KINDS,
    POOL_DOWN,
    WARNING,
    AlertThresholds,
    acknowledge,
    acknowledge_many,
    apply_alerts,
    checked_kinds,
    evaluate,
)
from tests.services.telemetry.conftest import NOMINAL_THS, T0, Fleet, principal


def healthy(**changes: object) -> MinerSample:
    sample = MinerSample(
        status=HASHING,
        hashrate_ths=195.0,
        boards=[BoardSample(65.0, 70.0, 108), BoardSample(65.0, 71.0, 108), BoardSample(65.0, 72.0, 108)],
        fans_rpm=[4200, 4300],
        power_w=3500.0,
        pool_url="stratum+tcp://pool.example:3333",
        max_chip_temp_c=72.0,
        uptime_s=86_400,
        dialect="antminer",
    )
    return replace(sample, **changes)


def kinds(sample: MinerSample, failures: int = 0, commanded: str | None = None) -> dict[str, str]:
    """The kinds that would raise an alert (hysteresis-band conditions only keep one)."""
    found = evaluate(sample, nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=failures, commanded=commanded)
    return {c.kind: c.severity for c in found if not c.sustain_only}


def test_a_healthy_miner_raises_nothing() -> None:
    assert kinds(healthy()) == {}
    assert kinds(healthy(status=SLEEPING, hashrate_ths=0.0, power_w=25.0, pool_url=None)) == {}


def test_over_temperature_warns_then_turns_critical() -> None:
    assert kinds(healthy(max_chip_temp_c=84.9)) == {}
    assert kinds(healthy(max_chip_temp_c=85.0)) == {OVER_TEMPERATURE: WARNING}
    assert kinds(healthy(max_chip_temp_c=95.0)) == {OVER_TEMPERATURE: CRITICAL}
    stricter = AlertThresholds(temp_warning_c=75, temp_critical_c=80)
    found = evaluate(
        healthy(max_chip_temp_c=81.0), nominal_hashrate_ths=None, consecutive_failures=0, thresholds=stricter
    )
    assert {(c.kind, c.severity, c.sustain_only) for c in found} == {(OVER_TEMPERATURE, CRITICAL, False)}
    assert "81 °C" in next(iter(found)).message


def test_offline_after_the_third_failed_poll() -> None:
    refused = MinerSample.failed(OFFLINE, "connection refused")
    assert kinds(refused, failures=2) == {}
    assert kinds(refused, failures=3) == {OFFLINE_ALERT: CRITICAL}
    assert kinds(MinerSample.failed(ERROR, "no reply within 5 s"), failures=3) == {OFFLINE_ALERT: CRITICAL}


def test_hashrate_below_eighty_percent_of_nominal_while_hashing() -> None:
    assert kinds(healthy(hashrate_ths=160.0)) == {}
    assert kinds(healthy(hashrate_ths=159.0)) == {HASHRATE_DROP: WARNING}
    unknown_model = evaluate(healthy(hashrate_ths=10.0), nominal_hashrate_ths=None, consecutive_failures=0)
    assert unknown_model == set()
    assert kinds(healthy(status=ERROR, hashrate_ths=0.0, error="not hashing")) == {HASHRATE_DROP: CRITICAL}
    assert kinds(healthy(status=ERROR, hashrate_ths=0.0, uptime_s=60, error="not hashing yet")) == {}


def test_a_dead_board_while_the_others_hash() -> None:
    boards = [BoardSample(97.5, 70.0, 108), BoardSample(97.5, 71.0, 108), BoardSample(0.0, None, 108)]
    assert kinds(healthy(boards=boards)) == {DEAD_BOARD: WARNING}
    no_chips = [BoardSample(97.5, 70.0, 108), BoardSample(97.5, 71.0, 0)]
    assert kinds(healthy(boards=no_chips)) == {DEAD_BOARD: WARNING}
    all_dead = [BoardSample(0.0, None, 0)] * 3
    assert DEAD_BOARD not in kinds(healthy(status=ERROR, hashrate_ths=0.0, boards=all_dead))


class WithPoolStatus(MinerSample):
    """A sample from a client that also reports whether the pool is alive."""

    pool_alive: bool | None = None


def test_pool_down_without_a_pool_or_with_a_dead_one() -> None:
    assert kinds(healthy(pool_url=None)) == {POOL_DOWN: CRITICAL}
    dead_pool = WithPoolStatus(status=HASHING, hashrate_ths=195.0, pool_url="stratum+tcp://pool.example:3333")
    dead_pool.dialect, dead_pool.uptime_s = "antminer", 86_400
    assert kinds(dead_pool) == {}
    dead_pool.pool_alive = False
    assert kinds(dead_pool) == {POOL_DOWN: CRITICAL}


def test_rules_also_read_a_stored_state() -> None:
    state = MinerState(
        status=HASHING,
        hashrate_ths=195.0,
        max_chip_temp_c=86.0,
        boards_total=3,
        boards_dead=1,
        pool_url=None,
        consecutive_failures=0,
        uptime_s=86_400,
    )
    found = evaluate(state, nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=0)
    assert {c.kind for c in found} == {POOL_DOWN, DEAD_BOARD, OVER_TEMPERATURE}


def test_an_unanswered_poll_settles_only_the_offline_alert() -> None:
    refused = MinerSample.failed(OFFLINE, "connection refused")
    assert checked_kinds(refused, consecutive_failures=1) == frozenset()
    assert checked_kinds(refused, consecutive_failures=3) == {OFFLINE_ALERT}
    assert checked_kinds(healthy(), consecutive_failures=0) == POLLED_KINDS  # never the anomaly job's kind


def test_a_sleeping_or_starting_miner_does_not_settle_its_boards_hashrate_or_pool() -> None:
    """The flapping seen: dead-board alerts cleared when a plan slept the miners, raised anew at wake-up."""
    asleep = healthy(status=SLEEPING, hashrate_ths=0.0, power_w=25.0, boards=[])
    assert checked_kinds(asleep, consecutive_failures=0) == {OFFLINE_ALERT, OVER_TEMPERATURE}
    waking = healthy(status=ERROR, hashrate_ths=0.0, uptime_s=40, error="not hashing yet")
    assert checked_kinds(waking, consecutive_failures=0) == {OFFLINE_ALERT, OVER_TEMPERATURE}


def test_a_commanded_miner_raises_nothing_for_its_commanded_state() -> None:
    dead = [BoardSample(97.5, 70.0, 108), BoardSample(0.0, None, None)]
    assert kinds(healthy(boards=dead), commanded=COMMANDED_LEVEL) == {}
    assert kinds(MinerSample.failed(OFFLINE, "connection refused"), failures=5, commanded=COMMANDED_SLEEP) == {}
    refused = MinerSample.failed(OFFLINE, "connection refused")
    assert checked_kinds(refused, consecutive_failures=5, commanded=COMMANDED_SLEEP) == frozenset()
    assert kinds(healthy(max_chip_temp_c=97.0), commanded=COMMANDED_SLEEP) == {OVER_TEMPERATURE: CRITICAL}


def test_hysteresis_keeps_an_open_alert_but_never_raises_one() -> None:
    band = evaluate(healthy(max_chip_temp_c=82.0), nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=0)
    assert [(c.kind, c.sustain_only) for c in band] == [(OVER_TEMPERATURE, True)]
    assert evaluate(healthy(max_chip_temp_c=79.9), nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=0) == set()
    band = evaluate(healthy(hashrate_ths=163.0), nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=0)
    assert [(c.kind, c.sustain_only) for c in band] == [(HASHRATE_DROP, True)]


# -- alert records -------------------------------------------------------------------------------


def open_alerts(fleet: Fleet) -> dict[str, str]:
    with fleet.session_factory() as session:
        alerts = session.scalars(select(Alert).where(Alert.cleared_at.is_(None)))
        return {a.kind: a.severity for a in alerts}


def events(fleet: Fleet) -> list[str]:
    with fleet.session_factory() as session:
        return list(session.scalars(select(OutboxEvent.topic).where(OutboxEvent.entity_type == "alert")))


def run(fleet: Fleet, sample: MinerSample, failures: int = 0, minutes: int = 0, hold_s: int = 0) -> tuple[int, int]:
    miner = fleet.miners[0]
    conditions = evaluate(sample, nominal_hashrate_ths=NOMINAL_THS, consecutive_failures=failures)
    checked = checked_kinds(sample, consecutive_failures=failures)
    with fleet.session_factory.begin() as session:
        now = T0 + timedelta(minutes=minutes)
        changes = apply_alerts(session, miner, fleet.site_id, conditions, now, checked=checked, hold_s=hold_s)
        return len(changes.raised), len(changes.cleared)


@pytest.mark.parametrize(
    ("kind", "bad", "failures"),
    [
        (OVER_TEMPERATURE, healthy(max_chip_temp_c=96.0), 0),
        (OFFLINE_ALERT, MinerSample.failed(OFFLINE, "connection refused"), 3),
        (HASHRATE_DROP, healthy(hashrate_ths=100.0), 0),
        (DEAD_BOARD, healthy(boards=[BoardSample(97.5, 70.0, 108), BoardSample(0.0, None, None)]), 0),
        (POOL_DOWN, healthy(pool_url=None), 0),
    ],
)
def test_each_rule_raises_once_and_clears(fleet: Fleet, kind: str, bad: MinerSample, failures: int) -> None:
    assert run(fleet, bad, failures) == (1, 0)
    assert run(fleet, bad, failures + 1, minutes=1) == (0, 0)  # still holds: no duplicate
    assert list(open_alerts(fleet)) == [kind]
    assert run(fleet, healthy(), minutes=2) == (0, 1)
    assert open_alerts(fleet) == {}
    assert events(fleet) == ["alert.raised", "alert.cleared"]
    with fleet.session_factory() as session:
        alert = session.scalars(select(Alert)).one()
        assert (alert.raised_at, alert.cleared_at) == (T0, T0 + timedelta(minutes=2))
        assert alert.site_id == fleet.site_id


def test_going_offline_does_not_clear_what_cannot_be_seen_and_worsening_escalates(fleet: Fleet) -> None:
    assert run(fleet, healthy(max_chip_temp_c=88.0)) == (1, 0)
    assert run(fleet, MinerSample.failed(OFFLINE, "connection refused"), failures=1, minutes=1) == (0, 0)
    assert run(fleet, MinerSample.failed(OFFLINE, "connection refused"), failures=3, minutes=3) == (1, 0)
    assert open_alerts(fleet) == {OVER_TEMPERATURE: WARNING, OFFLINE_ALERT: CRITICAL}
    assert run(fleet, healthy(max_chip_temp_c=97.0), minutes=4) == (1, 1)  # back, hotter: offline cleared
    assert open_alerts(fleet) == {OVER_TEMPERATURE: CRITICAL}
    assert run(fleet, healthy(max_chip_temp_c=90.0), minutes=5) == (0, 0)  # easing keeps the critical one
    assert open_alerts(fleet) == {OVER_TEMPERATURE: CRITICAL}
    with fleet.session_factory() as session:  # escalated in place: raised when it first held, read now
        alert = session.scalars(select(Alert).where(Alert.kind == OVER_TEMPERATURE)).one()
        assert alert.raised_at == T0
        assert "88 °C" in alert.message and "90 °C" in (alert.current_message or "")


def test_an_alert_clears_only_after_its_hold_time_and_keeps_its_raise_time(fleet: Fleet) -> None:
    dead = healthy(boards=[BoardSample(97.5, 70.0, 108), BoardSample(0.0, None, None)])
    assert run(fleet, dead, hold_s=300) == (1, 0)
    assert run(fleet, healthy(), minutes=1, hold_s=300) == (0, 0)  # gone for a minute: still open
    assert run(fleet, dead, minutes=2, hold_s=300) == (0, 0)  # back: the same alert
    assert run(fleet, healthy(), minutes=6, hold_s=300) == (0, 0)  # 4 min after it last held
    assert run(fleet, healthy(), minutes=8, hold_s=300) == (0, 1)  # 6 min: cleared
    with fleet.session_factory() as session:
        alert = session.scalars(select(Alert)).one()
        assert (alert.raised_at, alert.held_at, alert.cleared_at) == (
            T0,
            T0 + timedelta(minutes=2),
            T0 + timedelta(minutes=8),
        )


def test_acknowledging_is_scoped_to_the_alerts_site_and_audited(fleet: Fleet) -> None:
    run(fleet, healthy(pool_url=None))
    with fleet.session_factory() as session:
        alert_id = session.scalars(select(Alert.id)).one()
    outsider = principal(Role.SITE_MANAGER, fleet.other_site_id)
    for denied in (outsider, principal(Role.GUEST), principal(Role.CUSTOMER)):
        with pytest.raises(PermissionDenied), fleet.session_factory.begin() as session:
            acknowledge(session, denied, alert_id)
    manager = principal(Role.SITE_MANAGER, fleet.site_id)
    with fleet.session_factory.begin() as session:
        alert = acknowledge(session, manager, alert_id, clock=lambda: T0 + timedelta(minutes=9))
        assert (alert.acknowledged_by, alert.acknowledged_at) == ("site_manager-user", T0 + timedelta(minutes=9))
    with fleet.session_factory.begin() as session:
        acknowledge(session, principal(Role.OWNER), alert_id)  # already acknowledged: unchanged, not audited
    with fleet.session_factory() as session:
        assert session.get(Alert, alert_id).acknowledged_by == "site_manager-user"  # type: ignore[union-attr]
        actions = list(session.scalars(select(AuditRecord.action)))
        assert actions == ["alert.acknowledge"]
    assert events(fleet) == ["alert.raised", "alert.acknowledged"]
    with pytest.raises(NotFound), fleet.session_factory.begin() as session:
        acknowledge(session, manager, fleet.site_id)


def test_acknowledging_several_with_a_note(fleet: Fleet) -> None:
    run(fleet, healthy(pool_url=None, max_chip_temp_c=97.0))
    with fleet.session_factory() as session:
        ids = list(session.scalars(select(Alert.id)))
    assert len(ids) == 2
    with fleet.session_factory.begin() as session:
        acknowledge_many(session, principal(Role.OWNER), ids, note="  fans ordered ")
    with fleet.session_factory() as session:
        assert {a.acknowledged_note for a in session.scalars(select(Alert))} == {"fans ordered"}
        assert len(list(session.scalars(select(AuditRecord)))) == 2
