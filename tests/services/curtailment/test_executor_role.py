"""The executor as the site's fenced role ``executor:<site>``: every command row carries the role's epoch and
is refused, in the statement that writes it, once a newer epoch holds the site, so a stale executor sends no
command to the (simulated) miners."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from hashinsight_desktop.db.models import CurtailmentPlan, OperationLogEntry, RoleLease
from hashinsight_desktop.services.cluster.nodes import this_node
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.curtailment import command_log
from hashinsight_desktop.services.curtailment.command_log import EXECUTION
from hashinsight_desktop.services.curtailment.executor import LeaseLost, execute_plan
from hashinsight_desktop.services.curtailment.site_guard import role_name
from hashinsight_desktop.services.database import Database
from hashinsight_desktop.services.transaction import unit_of_work
from tests.services.curtailment.test_executor import (
    QUICK,
    add_farm_miners,
    items_of,
    levels,
    make_farm,
    make_plan,
)
from tests.support.factories import make_people


def plan_of_site(session_factory: sessionmaker[Session], site_id: uuid.UUID) -> uuid.UUID:
    with session_factory() as session:
        return session.scalars(select(CurtailmentPlan.id).where(CurtailmentPlan.site_id == site_id)).one()


def test_a_stale_executor_writes_no_command_row_and_sends_nothing(database: Database) -> None:
    session_factory = database.session_factory
    people = make_people(session_factory)
    role = role_name(people.site_id)

    async def scenario() -> list[int]:
        async with make_farm(4) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, levels(4, batches=2))
            # A long lease: no renewal within the test, so the database's fence is what refuses batch 2.
            options = dataclasses.replace(QUICK, batch_interval_s=1.5, lease_s=30.0)
            run = asyncio.create_task(execute_plan(session_factory, people.owner, plan_id, options))
            for _ in range(100):  # batch 1 sent (miners 0 and 1), the ramp pausing before batch 2
                await asyncio.sleep(0.05)
                if farm.control_counts()[:2] == [1, 1]:
                    break
            with database.engine.begin() as connection:  # another executor took the site over (epoch 2)
                connection.execute(
                    update(RoleLease).where(RoleLease.role == role).values(epoch=2, holder_node_id=uuid.uuid4())
                )
            with pytest.raises(LeaseLost, match="lost the plan or its site"):
                await run
            return farm.control_counts()

    sent = asyncio.run(scenario())
    assert sent == [1, 1, 0, 0]  # batch 2 never left: its rows were refused first
    with session_factory() as session:
        logged = session.execute(select(OperationLogEntry.host, OperationLogEntry.epoch)).all()
    assert len(logged) == 2 and {epoch for _, epoch in logged} == {1}  # batch 1's rows, under epoch 1
    plan_id = plan_of_site(session_factory, people.site_id)
    assert [i.state for i in items_of(session_factory, plan_id)][2:] == ["planned", "planned"]


def test_the_command_row_itself_is_refused_for_a_stale_epoch(database: Database) -> None:
    """The insert of the command rows is fenced in its own statement (not only by the plan's fence)."""
    session_factory = database.session_factory
    people = make_people(session_factory)
    role = role_name(people.site_id)
    holder, successor = (
        FencedRole(database.engine, role, this_node("agent")),
        FencedRole(database.engine, role, this_node("agent")),
    )
    assert holder.try_acquire() and holder.epoch == 1

    async def items() -> list[command_log.ItemView]:
        async with make_farm(2) as farm:
            ids = add_farm_miners(session_factory, people, farm)
            plan_id = make_plan(session_factory, people, farm, ids, levels(2))
            with session_factory() as session:
                return command_log.load_items(session, plan_id, EXECUTION)

    views = asyncio.run(items())
    plan_id = plan_of_site(session_factory, people.site_id)
    now = datetime.now(UTC)
    for view in views:
        view.state = command_log.ItemState.SENDING
    try:
        command_log.write_sending(
            session_factory, "owner", plan_id, EXECUTION, views[:1], [uuid.uuid4()], now, role=(role, 1)
        )
        holder.release()
        assert successor.try_acquire() and successor.epoch == 2  # a newer epoch holds the site
        with pytest.raises(LeaseLost, match="epoch 1 is stale"):
            command_log.write_sending(
                session_factory, "owner", plan_id, EXECUTION, views[1:], [uuid.uuid4()], now, role=(role, 1)
            )
    finally:
        successor.release()
    with unit_of_work(session_factory) as session:
        rows = session.execute(select(OperationLogEntry.host, OperationLogEntry.epoch)).all()
    assert rows == [(views[0].address, 1)]  # the stale epoch's row is not there, nor its item's 'sending'
    assert [i.state for i in items_of(session_factory, plan_id)] == ["sending", "planned"]
