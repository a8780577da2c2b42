"""What a job's run said (a poller's skipped ticks, an abandoned run, a service's refusal) is kept as a text beside its
English, so the control room reads it in its own language; a tick recorded before (English only) reads as stored.
SQLite only: a JSON column read back, the same on either engine."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import update

from hashinsight_desktop.db.models import JobTick
from hashinsight_desktop.services.cluster import status, ticks
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.telemetry.writer import skipped_detail
from hashinsight_desktop.services.texts import QT_TRANSLATE_NOOP, Text, render
from hashinsight_desktop.services.transaction import unit_of_work

ADMIN = Principal(user_id=uuid.uuid4(), username="ada", role=Role.ADMIN)
CHINESE = {
    ("JobTicks", "{count} ticks skipped before it: the poller was late"): "之前跳过了 {count} 个周期：轮询迟到",
    ("JobTicks", "abandoned: its claimer stopped before recording how the run ended"): "已放弃：认领者在记录结果前停止",
    ("JobTicks", "{kind}: {message}"): "{kind}：{message}",
    ("Errors", "No site named {name}."): "没有名为 {name} 的站点。",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_jobs_detail_reads_in_the_readers_language_and_an_older_one_as_stored(database: Database) -> None:
    refusal = ServiceError(Text(QT_TRANSLATE_NOOP("Errors", "No site named {name}."), name="Texas"))
    finished = {
        "poller": (ticks.OK, skipped_detail(3)),
        "rollups": (ticks.FAILED, ticks.failure_text(refusal)),
        "retention": (ticks.FAILED, ticks.failure_text(RuntimeError("disk full"))),  # not a service's: English
        "digest": (ticks.FAILED, "ValueError: from a version without texts"),
    }
    with unit_of_work(database.session_factory) as session:
        for job, (outcome, detail) in finished.items():
            tick = ticks.claim_tick(session, job, 60.0, None)
            assert tick is not None
            ticks.finish_tick(session, job, tick.start, outcome, 5.0, 1, detail)
        abandoned = ticks.claim_tick(session, "market", 1.0, None)
        assert abandoned is not None
        long_ago = abandoned.start - timedelta(hours=1)  # its claimer died long ago
        session.execute(update(JobTick).where(JobTick.job == "market").values(claimed_at=long_ago))
        assert ticks.close_abandoned(session) == 1
        session.execute(update(JobTick).where(JobTick.job == "digest").values(detail_text=None))  # an older row
    with database.session_factory() as session:
        seen = status.cluster_status(session, ADMIN)
    jobs = {job.job: job for job in seen.jobs}

    said = {name: render(job.detail or "", chinese) for name, job in jobs.items()}
    assert said == {
        "poller": "之前跳过了 3 个周期：轮询迟到",
        "rollups": "ServiceError：没有名为 Texas 的站点。",
        "retention": "RuntimeError: disk full",
        "digest": "ValueError: from a version without texts",
        "market": "已放弃：认领者在记录结果前停止",
    }
    # The command line's --json says it in English, as it says every stored text.
    listed = {job["job"]: job["detail"] for job in json.loads(json.dumps(seen.as_json()))["jobs"]}
    assert listed["poller"] == "3 ticks skipped before it: the poller was late"
    assert listed["rollups"] == "ServiceError: No site named Texas."
