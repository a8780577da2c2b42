"""A miner whose poll failed: the error the console phrased ("connection refused", "no complete reply within 0.6 s")
is kept with its template beside the English (miner_states.error_text) and read back as a text the Fleet tab, the
miner detail and discovery say in the reader's language; a row written before (no error_text) stays English.
A small test translator stands in for the shipped Chinese. Both engines: PostgreSQL writes states through unnest()
column arrays (the JSON column goes as text), SQLite through an upsert."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import update

from hashinsight_desktop.db.models import MinerState
from hashinsight_desktop.services.cgminer import Timeouts, poll_many
from hashinsight_desktop.services.cgminer.sample import ERROR, OFFLINE, MinerSample
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.fleet.miners import NewMiner, add_miners, list_miners
from hashinsight_desktop.services.telemetry.buffer import SampleBuffer, sample_row, state_row
from hashinsight_desktop.services.telemetry.writer import TelemetryWriter
from hashinsight_desktop.services.texts import render
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.simulator.farm import SimulatedFarm
from tests.simulator.loopback import loopback_network
from tests.support.factories import make_people

FAST = Timeouts(connect=0.3, deadline=0.6)
NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def chinese(context: str, source: str) -> str:
    return f"[{source}]"  # every marked sentence of the console, as translated


def test_a_polls_error_is_read_back_in_the_readers_language(database: Database) -> None:
    session_factory = database.session_factory
    people = make_people(session_factory)

    async def scenario() -> tuple[list[NewMiner], list[MinerSample]]:
        async with SimulatedFarm(3, bind=loopback_network(), seed=7, warmup_s=0) as farm:
            for index, fault in enumerate(("offline", "hang")):
                await farm.set_fault(index, fault)
            return [NewMiner(*t) for t in farm.targets], await poll_many(farm.targets, timeouts=FAST)

    new, samples = asyncio.run(scenario())
    refused, silent, answered = samples
    assert (refused.status, str(refused.error)) == (OFFLINE, "connection refused")
    assert silent.status == ERROR and silent.error_text is not None
    assert answered.error is None and "error_text" not in answered.to_dict()  # poll --json: English only
    with unit_of_work(session_factory) as session:
        miners = add_miners(session, people.owner, people.site_id, new)
    buffer = SampleBuffer()
    writer = TelemetryWriter(database.engine, buffer)

    def write(polled: list[MinerSample]) -> None:
        buffer.add(
            [sample_row(m.id, s, NOW) for m, s in zip(miners, polled, strict=True)],
            [
                state_row(m.id, s, NOW, consecutive_failures=1, last_seen_at=None)
                for m, s in zip(miners, polled, strict=True)
            ],
        )
        assert writer.flush().ok

    write(samples)

    def errors(translate: object) -> list[str]:
        with unit_of_work(session_factory) as session:
            rows = {r.id: r for r in list_miners(session, people.owner, people.site_id)}
        return [render(rows[m.id].error, translate) if rows[m.id].error else "" for m in miners]  # type: ignore[arg-type]

    assert errors(None) == [refused.error, silent.error, ""]  # English as before
    assert errors(chinese) == ["[connection refused]", render(silent.error_text, chinese), ""]
    assert render(silent.error_text, chinese) != silent.error  # "[no complete reply within {seconds} s]" or so
    write([answered, silent, refused])  # the first answers again, the third fails: rewritten rows
    assert errors(chinese) == ["", render(silent.error_text, chinese), "[connection refused]"]
    with unit_of_work(session_factory) as session:  # a row written before error_text was kept
        session.execute(update(MinerState).where(MinerState.miner_id == miners[2].id).values(error_text=None))
    assert errors(chinese)[2] == "connection refused"
