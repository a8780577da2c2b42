"""The Control room's nodes table at the reviewer's 1280×800 and at 1920×1080, light and dark: with an agent
leading two roles, "Started by" is shown whole (the list of roles gives way, whole in its tooltip); the listener
lag in words a glance reads."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hashinsight_desktop.db.models import Site
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster import nodes
from hashinsight_desktop.services.cluster.roles import FencedRole
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.control_room_page import ControlRoomPage, lag_text
from hashinsight_desktop.ui.theme import apply_theme

LEADS, STARTED_BY = 9, 10
SHOTS = os.environ.get("HASHINSIGHT_SHOTS")  # a folder: the screenshots are saved there to be looked at


def test_lag_reads_as_milliseconds_then_as_a_duration() -> None:
    assert (lag_text(None), lag_text(2.4), lag_text(9_999), lag_text(42_000), lag_text(600_000)) == (
        "—",
        "2 ms",
        "9,999 ms",
        "42 s",
        "10 min",
    )


@pytest.fixture
def two_roles(context: AppContext) -> Iterator[None]:
    """A console and its agent leading the poller and the curtailment executor of a site with a long name."""
    engine = context.database.engine
    with unit_of_work(context.database.session_factory) as session:
        site = Site(name="Texas North Expansion", timezone="UTC", electricity_price_usd_per_kwh=Decimal("0.05"))
        session.add(site)
    console = dataclasses.replace(nodes.this_node("console", "owner"), host="ops-console-vm")
    agent = dataclasses.replace(nodes.this_node("agent", "owner", console.id), host="ops-console-vm", pid=4242)
    for node in (console, agent):
        nodes.register(engine, node)
    roles = [FencedRole(engine, f"{kind}:{site.id}", agent) for kind in ("poller", "curtailment")]
    assert all(role.try_acquire() for role in roles)
    yield
    for role in roles:
        role.release()


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_started_by_is_shown_whole(
    qtbot: QtBot, context: AppContext, owner: Principal, two_roles: None, width: int, height: int, theme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    page = ControlRoomPage(context, owner)
    qtbot.addWidget(page)
    page.resize(width - 220, height - 140)  # the Admin tab's page list and the window's tab bar take the rest
    page.show()
    qtbot.waitExposed(page)
    view, model = page.nodes_view, page.nodes_model
    agent_row = next(row for row, n in enumerate(model.records()) if n.kind == "agent")
    assert ", " in model.index(agent_row, LEADS).data()  # two roles
    assert view.sizeHintForColumn(STARTED_BY) <= view.columnWidth(STARTED_BY)
    right_edge = view.columnViewportPosition(STARTED_BY) + view.columnWidth(STARTED_BY)
    assert right_edge <= view.viewport().width()  # no scrolling to see whose agent it is
    leads = model.index(agent_row, LEADS)
    assert leads.data(Qt.ItemDataRole.ToolTipRole).split("\n") == leads.data().split(", ")  # whole, however narrow
    if SHOTS:
        page.grab().save(f"{SHOTS}/control_room_{theme}_{width}.png")
    apply_theme(app, "light")
