"""A user's "execute now" asked through the database: the console writes a request, an agent's request
server takes it (one taker), runs it through its runner to the (simulated) miners and writes how it ended;
refusals come back with the service's message, and a request nobody takes expires instead of starting late."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from hashinsight_desktop.db.models import CurtailmentRunRequest, User
from hashinsight_desktop.services.curtailment import run_requests as requests
from hashinsight_desktop.services.curtailment.run_requests import RunNotDone
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.workers.curtailment_runner import CurtailmentRunner
from hashinsight_desktop.workers.run_requests import RunRequestServer, request_and_wait
from tests.services.curtailment.test_executor import QUICK, add_farm_miners, levels, make_farm, make_plan, plan_of
from tests.support.factories import make_people


def _ask(database: Database, principal: object, plan_id: uuid.UUID) -> uuid.UUID:
    with unit_of_work(database.session_factory) as session:
        return requests.request_run(
            session,
            principal,
            plan_id,
            "execution",
            node_id=None,
            now=datetime.now(UTC),  # type: ignore[arg-type]
        )


def _chinese(context: str, source: str) -> str:
    """A test translator: the refusal the agent writes, in Chinese."""
    refusal = "The user {username!r} who asked for this run no longer may."
    return "要求运行的用户 {username!r} 已不再有权限。" if (context, source) == ("Errors", refusal) else ""


def _request(database: Database, request_id: uuid.UUID) -> CurtailmentRunRequest:
    with database.session_factory() as session:
        row = session.get(CurtailmentRunRequest, request_id)
        assert row is not None
        return row


def test_a_requested_execution_runs_in_the_agent_and_its_end_comes_back(database: Database) -> None:
    factory = database.session_factory
    people = make_people(factory)

    async def scenario() -> None:
        async with make_farm(3) as farm:
            plan_id = make_plan(factory, people, farm, add_farm_miners(factory, people, farm), levels(3))
            runner = CurtailmentRunner(factory, options=dataclasses.replace(QUICK, settle_s={}))
            node = uuid.uuid4()
            server = RunRequestServer(factory, runner, node_id=node, interval_s=0.05)
            other = RunRequestServer(factory, runner, interval_s=0.05)
            serving = [asyncio.create_task(server.run()), asyncio.create_task(other.run())]
            try:
                await asyncio.wait_for(request_and_wait(factory, people.owner, plan_id, "execution"), 30)
            finally:
                for task in serving:
                    task.cancel()
                await runner.stop()
            assert sum(1 for m in farm.simulated if m.sleeping or m.power_pct < 100) == 3  # sent by the agent
        assert plan_of(factory, plan_id).state == "executed"
        with factory() as session:
            (row,) = session.query(CurtailmentRunRequest).all()
        assert row.state == requests.DONE and row.username == people.owner.username
        assert row.taken_by_node in (node, None) and row.message and "3" in row.message

    asyncio.run(scenario())


def test_a_refusal_in_the_agent_comes_back_with_its_message_and_one_agent_takes_a_request(
    database: Database,
) -> None:
    factory = database.session_factory
    people = make_people(factory)

    async def scenario() -> None:
        async with make_farm(2) as farm:
            plan_id = make_plan(factory, people, farm, add_farm_miners(factory, people, farm), levels(2))
            request_id = _ask(database, people.owner, plan_id)
            with unit_of_work(factory) as session:  # another agent took it first
                assert requests.take(session, request_id, uuid.uuid4(), datetime.now(UTC))
                assert not requests.take(session, request_id, uuid.uuid4(), datetime.now(UTC))
            with factory() as session:
                assert requests.pending(session) == []
            # The requester was disabled since: the agent refuses to run it for them.
            with unit_of_work(factory) as session:
                session.execute(update(User).where(User.id == people.owner.user_id).values(is_active=False))
            refused = _ask(database, people.owner, plan_id)
            with factory() as session:
                assert [r.id for r in requests.pending(session, people.site_id)] == [refused]  # type: ignore[arg-type]
                assert requests.pending(session, people.other_site_id) == []  # type: ignore[arg-type]
            runner = CurtailmentRunner(factory, options=QUICK)
            assert await RunRequestServer(factory, runner).serve() == 0
            row = _request(database, refused)
            assert row.state == requests.REFUSED and people.owner.username in (row.message or "")
            # The asking console says the agent's refusal in its own language (kept as a text beside the English).
            with factory() as session:
                said = requests.read(session, refused)
            assert said is not None and said.message is not None
            chinese = RunNotDone(said.message).render(_chinese)
            assert chinese == f"要求运行的用户 {people.owner.username!r} 已不再有权限。"
            assert not any(m.sleeping or m.power_pct < 100 for m in farm.simulated)

    asyncio.run(scenario())


def test_a_request_nobody_takes_expires_and_says_so(database: Database) -> None:
    factory = database.session_factory
    people = make_people(factory)

    async def scenario() -> None:
        async with make_farm(1) as farm:
            plan_id = make_plan(factory, people, farm, add_farm_miners(factory, people, farm), levels(1))
            with pytest.raises(RunNotDone, match="No agent took the execution"):
                await request_and_wait(factory, people.owner, plan_id, "execution", take_timeout_s=0.3)
            with factory() as session:
                (row,) = session.query(CurtailmentRunRequest).all()
            assert row.state == requests.EXPIRED
            runner = CurtailmentRunner(factory, options=QUICK)
            assert await RunRequestServer(factory, runner).serve() == 0  # an agent starting later does not run it

    asyncio.run(scenario())
