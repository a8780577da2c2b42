"""The anomaly job against the database: scores stored for the Fleet tab, alerts raised, held and cleared."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from hashinsight_desktop.db.models import Alert, MinerAnomaly, MinerMaintenance, MinerState, TelemetryRollup
from hashinsight_desktop.services.analytics.anomaly_scores import score_anomalies
from hashinsight_desktop.services.fleet.miners import list_miners
from hashinsight_desktop.services.permissions import Role
from hashinsight_desktop.services.telemetry.alert_rules import ANOMALY
from hashinsight_desktop.services.telemetry.health import fleet_health
from tests.services.telemetry.conftest import NOMINAL_THS, T0, Fleet, principal

BUCKETS = 288


def _rollups(fleet: Fleet, start_bucket: int, stop_bucket: int, *, hot: bool) -> list[dict[str, object]]:
    rows = []
    for i, miner in enumerate(fleet.miners[:4]):
        for j in range(start_bucket, stop_bucket):
            curtailed = i == 2 and j >= BUCKETS - 12  # a plan holds m3 at half power for the last hour
            rows.append(
                {
                    "miner_id": miner,
                    "resolution_s": 300,
                    "bucket_start": T0 + timedelta(seconds=300 * j),
                    "samples": 5,
                    "online_samples": 5,
                    "hashrate_ths_avg": (NOMINAL_THS / 2 if curtailed else NOMINAL_THS) + (j * 7 % 5) * 0.3,
                    "power_w_avg": 1800.0 if curtailed else 3500.0 + (j * 3 % 7),
                    "max_chip_temp_c": 90.0 if hot and i in (1, 3) and j == stop_bucket - 1 else 70.0 + (j % 3) * 0.2,
                    "hashing_us": 0 if curtailed else 300_000_000,
                    "sleeping_us": 0,
                    "curtailed_us": 300_000_000 if curtailed else 0,
                    "offline_us": 0,
                }
            )
    return rows


def test_anomaly_job_scores_raises_holds_on_silence_and_never_fires_on_suppressed(fleet: Fleet) -> None:
    now = T0 + timedelta(seconds=300 * BUCKETS)
    m1, m2, m3, m4 = fleet.miners[:4]
    with fleet.session_factory.begin() as session:
        session.execute(TelemetryRollup.__table__.insert(), _rollups(fleet, 0, BUCKETS, hot=True))
        for miner, status in ((m1, "hashing"), (m2, "hashing"), (m3, "curtailed"), (m4, "hashing")):
            session.add(MinerState(miner_id=miner, polled_at=now, status=status, hashrate_ths=100.0, power_w=1800.0))
        session.add(MinerMaintenance(miner_id=m4, since=T0, until=None, set_by="ops", note="fans"))
    with fleet.session_factory.begin() as session:
        run = score_anomalies(session, now)
    assert (run.suppressed, run.anomalous, run.raised) == (2, 1, 1)  # m3 curtailed, m4 in maintenance: hot too
    with fleet.session_factory() as session:
        alerts = session.scalars(select(Alert).where(Alert.kind == ANOMALY)).all()
        assert [(a.miner_id, a.severity) for a in alerts] == [(m2, "critical")]
        assert "chip temperature 90.0 °C" in alerts[0].message
        stored = {a.miner_id: a for a in session.scalars(select(MinerAnomaly))}
        assert stored[m3].score is None and stored[m3].suppressed == "curtailed"
        assert stored[m4].suppressed == "maintenance" and stored[m1].score is not None and stored[m1].score < 4
        health = fleet_health(session, list_miners(session, principal(Role.ADMIN)), now)
        assert health[m2].anomaly_score is not None and health[m2].anomaly_score >= 8
        assert health[m3].anomaly == "not judged: curtailed"

    later = now + timedelta(minutes=5)  # no new roll-up for m2 (silent): the anomaly is kept
    with fleet.session_factory.begin() as session:
        assert score_anomalies(session, later).cleared == 0
    with fleet.session_factory.begin() as session:  # then a normal reading: cleared (hold time passed)
        session.execute(TelemetryRollup.__table__.insert(), _rollups(fleet, BUCKETS, BUCKETS + 2, hot=False))
        run = score_anomalies(session, later + timedelta(minutes=5))
        assert (run.cleared, run.anomalous) == (1, 0)
