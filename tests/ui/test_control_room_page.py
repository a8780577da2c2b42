"""Admin → Control room and the status bar's roles, over nodes, a role and a tick written by the real functions
(nodes.register, FencedRole, claim_tick/finish_tick): what each table shows, in which tone, sorted how; a node
that stops beating turns gone; the status bar names the roles this console's agent leads."""

from __future__ import annotations

import dataclasses
import os
import socket
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import ClusterNode, RoleLease, Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.clock import database_now
from hashinsight_desktop.services.cluster import consumers, nodes, ticks
from hashinsight_desktop.services.cluster import status as cluster_status
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.admin_tab import visible_pages
from hashinsight_desktop.ui.admin.control_room_page import JOB_TITLES, NODE_LEADS, ControlRoomPage, tone_qcolor
from hashinsight_desktop.ui.live_refresh import LiveRefresh
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.ui.roles_status import RolesStatusLabel
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR
from tests.support.small_qm import build_qm, console_in_chinese

COL_STATE, COL_PID = 7, 2


@dataclasses.dataclass
class Room:
    console: nodes.NodeInfo
    other: nodes.NodeInfo
    agent: nodes.NodeInfo
    site: uuid.UUID


@pytest.fixture
def room(context: AppContext) -> Iterator[Room]:
    """This process as a console, its child agent leading the site's poller role, another console, and a tick."""
    engine = context.database.engine
    with unit_of_work(context.database.session_factory) as session:
        site = Site(name="Texas North", timezone="UTC", electricity_price_usd_per_kwh=Decimal("0.05"))
        session.add(site)
    console = nodes.this_node("console", "owner")
    agent = dataclasses.replace(nodes.this_node("agent", "owner", console.id), pid=os.getpid() + 1)
    other = dataclasses.replace(nodes.this_node("console", "ops"), host="ops2", pid=4200)
    for node in (console, agent, other):
        nodes.register(engine, node)
    role = FencedRole(engine, f"poller:{site.id}", agent)
    assert role.try_acquire()
    with unit_of_work(context.database.session_factory) as session:
        tick = ticks.claim_tick(session, "telemetry-rollups", 60.0, agent.id)
    assert tick is not None
    with unit_of_work(context.database.session_factory) as session:
        ticks.finish_tick(session, "telemetry-rollups", tick.start, "ok", 250.0, items=12)
    yield Room(console, other, agent, site.id)
    role.release()


def _age(context: AppContext, node: nodes.NodeInfo, seconds: float) -> None:
    """The clock moves on for one node: its last heartbeat is ``seconds`` old."""
    with unit_of_work(context.database.session_factory) as session:
        beat = session.get(ClusterNode, node.id).heartbeat_at  # type: ignore[union-attr]
        session.execute(
            update(ClusterNode).where(ClusterNode.id == node.id).values(heartbeat_at=beat - timedelta(seconds=seconds))
        )


def _column(page: ControlRoomPage, view_name: str, column: int) -> list[str]:
    proxy = getattr(page, view_name).model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_page_shows_consoles_agents_roles_and_ticks(
    qtbot: QtBot, context: AppContext, owner: Principal, room: Room
) -> None:
    _age(context, room.other, 60)
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    model = page.nodes_model
    rows = {(n.host, n.pid): row for row, n in enumerate(model.records())}
    gone = model.index(rows["ops2", 4200], COL_STATE)
    assert gone.data() == "gone"
    assert gone.data(Qt.ItemDataRole.ForegroundRole) == tone_qcolor(BAD_COLOR)
    mine = model.index(rows[room.console.host, room.console.pid], COL_STATE)
    assert (mine.data(), mine.data(Qt.ItemDataRole.ForegroundRole)) == ("online", tone_qcolor(OK_COLOR))
    agent_row = rows[room.agent.host, room.agent.pid]
    assert model.index(agent_row, 9).data() == "Miner polling · Texas North"  # Leads
    assert model.index(agent_row, 10).data() == f"console {room.console.host} pid {room.console.pid}"  # Started by
    assert "s ago)" in model.index(agent_row, 6).data()  # Last heartbeat: local time and age
    assert "does not follow the outbox" in model.index(agent_row, 8).data(Qt.ItemDataRole.ToolTipRole)

    page.nodes_view.sortByColumn(COL_PID, Qt.SortOrder.DescendingOrder)
    pids = [int(p) for p in _column(page, "nodes_view", COL_PID)]
    assert pids == sorted(pids, reverse=True)

    assert len(page.roles_model.records()) == 1
    assert _column(page, "roles_view", 0) == ["Miner polling"]  # in words, not the role's id "poller"
    assert _column(page, "roles_view", 1) == ["Texas North"]
    assert _column(page, "roles_view", 2) == [f"{room.agent.host} pid {room.agent.pid}"]
    assert (_column(page, "roles_view", 3), _column(page, "roles_view", 8)) == (["1"], ["held"])
    assert "(in " in _column(page, "roles_view", 6)[0]  # Expires: still ahead
    assert _column(page, "jobs_view", 0) == ["Telemetry averages (5-minute, hourly)"]  # in words, not its id
    assert _column(page, "jobs_view", 3) == ["250 ms"]
    assert _column(page, "jobs_view", 5) == [f"{room.agent.host} pid {room.agent.pid}"]
    assert _column(page, "jobs_view", 7) == ["0 of 1"]
    assert page.summary_label.text() == "1 console and 1 agent online  ·  1 gone  ·  1 role held  ·  1 periodic job"
    assert page.dead_letters_label.text() == "Dead letters: 0"
    assert page.read_label.text().startswith("Gone: no heartbeat for 20 s  ·  database time ")

    nodes.mark_stopped(context.database.engine, room.other.id)
    page.refresh()  # no event loop here: read at once
    assert "stopped" in _column(page, "nodes_view", COL_STATE)


def test_a_site_renamed_elsewhere_shows_at_once(
    qtbot: QtBot, context: AppContext, owner: Principal, room: Room
) -> None:
    """Another console renames the site: its outbox event refreshes the shown page (not the 3 s timer)."""
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    page.timer.setInterval(600_000)
    page.show()
    qtbot.waitExposed(page)
    with unit_of_work(context.database.session_factory) as session:
        session.get_one(Site, room.site).name = "Texas South"
    event = OutboxRow(1, None, "site.changed", "site", str(room.site), {}, datetime.now(UTC))
    LiveRefresh.instance().on_events([event])
    qtbot.waitUntil(lambda: _column(page, "roles_view", 1) == ["Texas South"], timeout=2000)


def test_dead_letters_are_counted_and_lead_to_their_page(
    qtbot: QtBot, context: AppContext, owner: Principal, room: Room
) -> None:
    pages = QTabWidget()
    pages.setObjectName("adminPages")  # as AdminTab names its pages
    qtbot.addWidget(pages)
    page = ControlRoomPage(context, owner)
    pages.addTab(page, "Control room")
    pages.addTab(QWidget(), "Dead letters")
    page.refresh()
    assert (page.dead_letters_label.text(), page.dead_letters_button.isHidden()) == ("Dead letters: 0", True)

    def refuse(_session: Session, _events: Sequence[consumers.Event], _now: datetime) -> int:
        raise RuntimeError("SMTP refused")

    sink = consumers.Consumer("mail-sink", ("site.changed",), refuse)
    consumers.consume(context.database.session_factory, sink, context.clock, max_attempts=1)  # its place: now
    with unit_of_work(context.database.session_factory, "site") as session:
        session.get_one(Site, room.site).location = "Row 4"  # one event the sink cannot apply
    report = consumers.consume(context.database.session_factory, sink, context.clock, max_attempts=1)
    assert report.dead == 1
    page.refresh()
    assert page.dead_letters_label.text().startswith("Dead letters: 1 — ")
    assert not page.dead_letters_button.isHidden()
    page.dead_letters_button.click()
    assert pages.currentIndex() == 1


def test_the_panes_share_the_height_by_what_they_hold(
    qtbot: QtBot, context: AppContext, owner: Principal, room: Room
) -> None:
    """Twelve sites' roles (written as rows: a layout test) beside three nodes and one job: every row shows at
    1280x800, the roles' pane taking what the others do not need; a divider the user moved stays."""
    with unit_of_work(context.database.session_factory) as session:
        now = database_now(session)
        for number in range(11):
            site = Site(name=f"Site {number:02d}", timezone="UTC", electricity_price_usd_per_kwh=Decimal("0.05"))
            session.add(site)
            session.flush()
            session.add(
                RoleLease(
                    role=f"poller:{site.id}", epoch=1, holder_node_id=room.agent.id, holder_host=room.agent.host,
                    holder_pid=room.agent.pid, lease_s=15.0, acquired_at=now, renewed_at=now,
                    expires_at=now + timedelta(seconds=15),
                )
            )  # fmt: skip
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    for view in (page.nodes_view, page.roles_view, page.jobs_view):
        rows = view.model().rowCount()
        assert view.viewport().height() >= rows * view.verticalHeader().defaultSectionSize(), rows
    assert page.roles_view.height() > 2 * page.jobs_view.height()
    page.split.splitterMoved.emit(100, 1)  # the user drags a divider
    sizes = page.split.sizes()
    page.refresh()
    assert page.split.sizes() == sizes


def test_only_administrators_get_the_page() -> None:
    owner = Principal(user_id=uuid.uuid4(), username="olivia", role=Role.OWNER)
    manager = Principal(user_id=uuid.uuid4(), username="sam", role=Role.SITE_MANAGER)
    assert "Control room" in [title for title, _ in visible_pages(owner)]
    assert "Control room" not in [title for title, _ in visible_pages(manager)]


def test_the_status_bar_names_the_roles_of_this_console_and_its_agent(
    qtbot: QtBot, context: AppContext, room: Room
) -> None:
    assert (room.console.host, room.console.pid) == (socket.gethostname()[:255], os.getpid())
    label = RolesStatusLabel(context)
    qtbot.addWidget(label)
    label.refresh()
    assert label.text() == "Leads: Miner polling · Texas North"
    assert f"epoch 1, held by its agent (pid {room.agent.pid})" in label.toolTip()
    _age(context, room.agent, 120)
    label.refresh()
    assert label.text() == f"Leads: Miner polling · Texas North  · agent pid {room.agent.pid} silent 2 min"


def test_the_roles_are_read_at_once_and_named_in_words(qtbot: QtBot, context: AppContext, room: Room) -> None:
    """Issue 13: no "Roles: none" for the 5 s before the first timed read; the tooltip names the role as the
    text does ("Miner polling · Texas North"), not by its key with the site's id."""
    label = RolesStatusLabel(context)
    qtbot.addWidget(label)
    assert label.text() == "Roles: reading…"
    qtbot.waitUntil(lambda: label.text() == "Leads: Miner polling · Texas North", timeout=1000)
    assert label.toolTip().startswith("Miner polling · Texas North: epoch 1, held by its agent")
    assert str(room.site) not in label.toolTip()


def test_every_role_sees_its_console_s_roles_in_the_status_bar(qtbot: QtBot, context: AppContext, room: Room) -> None:
    manager = Principal(user_id=uuid.uuid4(), username="sam", role=Role.SITE_MANAGER)  # no Admin → Control room
    window = MainWindow(context, manager)
    qtbot.addWidget(window)
    window.roles_label.refresh()
    assert window.roles_label.text() == "Leads: Miner polling · Texas North"
    assert window.roles_label in window.statusBar().findChildren(RolesStatusLabel)


def test_every_job_title_is_marked_for_translation() -> None:
    assert sorted(JOB_TITLES) == sorted(cluster_status.JOB_TITLES.values())


def test_a_poller_tick_after_skipped_ones_says_so_in_its_outcome(
    qtbot: QtBot, context: AppContext, owner: Principal, room: Room
) -> None:
    from hashinsight_desktop.services.telemetry.buffer import TickFence
    from hashinsight_desktop.services.telemetry.writer import record_tick
    from hashinsight_desktop.ui.theme import NOTE_COLOR

    job = f"poller:{room.site}"
    with context.database.engine.begin() as connection:
        start = ticks.tick_start(database_now(connection), 60.0)
        fence = TickFence(job, 1, job, start, 60.0, room.agent.id, poll_ms=80.0, skipped=2)
        assert record_tick(connection, fence, items=3)  # what the poller writes after waking two ticks late
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    row = next(r for r, j in enumerate(page.jobs_model.records()) if j.job == job)
    outcome = page.jobs_model.index(row, 4)
    assert outcome.data() == "ok · 2 ticks skipped before it: the poller was late"
    assert outcome.data(Qt.ItemDataRole.ForegroundRole) == tone_qcolor(NOTE_COLOR)


CHINESE = {
    "ControlRoomPage": {
        "console": "控制台",
        "agent": "代理",
        "online": "在线",
        "Miner polling": "矿机轮询",
        "{role} · {subject}": "{role}：{subject}",
    },
    "RolesStatus": {"Leads: {roles}": "主导：{roles}"},
    "Durations": {"{n} s": "{n} 秒", "{n} min": "{n} 分钟", "{n} h": "{n} 小时"},
}


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with console_in_chinese(build_qm(tmp_path, CHINESE), monkeypatch):
        yield


def test_kinds_and_roles_in_the_readers_language(
    qtbot: QtBot, context: AppContext, owner: Principal, room: Room, chinese: None
) -> None:
    """A process's kind and a role are named by their labels, translated ("poller · Texas North" was English in
    Chinese); the site's name stays as typed."""
    if context.database.kind != "SQLite":
        pytest.skip("labels of codes read the same from either engine: the page's reads are tested on both above")
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    rows = {(n.host, n.pid): row for row, n in enumerate(page.nodes_model.records())}
    agent, console = rows[room.agent.host, room.agent.pid], rows[room.console.host, room.console.pid]
    assert page.nodes_model.index(agent, 0).data() == "代理"  # Kind
    assert page.nodes_model.index(console, 0).data() == "控制台"
    assert page.nodes_model.index(agent, NODE_LEADS).data() == "矿机轮询：Texas North"
    assert page.nodes_model.index(agent, NODE_LEADS).data(Qt.ItemDataRole.ToolTipRole) == "矿机轮询：Texas North"
    assert page.nodes_model.index(agent, 10).data().startswith("控制台 ")  # Started by
    assert _column(page, "roles_view", 0) == ["矿机轮询"]
    lease, since = _column(page, "roles_view", 7)[0], _column(page, "roles_view", 4)[0]
    assert lease.endswith(" 秒") and "秒" in since, (
        lease,
        since,
    )  # durations with the reader's units ("15 s" was English)
    label = RolesStatusLabel(context)
    qtbot.addWidget(label)
    label.refresh()
    assert label.text() == "主导：矿机轮询：Texas North"
