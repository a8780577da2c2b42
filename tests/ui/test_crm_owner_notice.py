"""A deal made from a lead reaches its owner's console, whichever console or command made it: the outbox event
the conversion wrote becomes a desktop notification (the status bar where no tray exists) for that user only."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster.outbox_tail import OutboxRow
from hashinsight_desktop.services.crm.owner_notify import NOTICE_TOPIC
from hashinsight_desktop.ui.main_window import MainWindow
from hashinsight_desktop.workers.task_registry import TaskRegistry
from tests.services.crm.pipeline_kit import cheap_passwords
from tests.support.factories import make_people

pytestmark = [
    pytest.mark.usefixtures(cheap_passwords.__name__),
    pytest.mark.parametrize("database", ["sqlite"], indirect=True),  # the window, not the engine, is tested
]


def _notice(row_id: int, user_id: object) -> OutboxRow:
    payload = {"deal_id": str(uuid.uuid4()), "deal": "200 S21 hosting", "customer": "Nordic Hash AB",
               "lead": "Nordic inbound", "by": "sam"}  # fmt: skip
    return OutboxRow(row_id, None, NOTICE_TOPIC, "user", str(user_id), payload, datetime.now(UTC))


def test_the_owner_is_notified_and_nobody_else(qtbot: QtBot, context: AppContext) -> None:
    people = make_people(context.database.session_factory)
    window = MainWindow(context, people.owner, TaskRegistry())
    qtbot.addWidget(window)
    window.show_crm_notices([_notice(1, people.admin.user_id)])  # another user's deal
    assert window.statusBar().currentMessage() == ""
    window.show_crm_notices([_notice(2, people.owner.user_id)])
    assert window.statusBar().currentMessage() == (
        "New deal: 200 S21 hosting: sam converted lead Nordic inbound into a deal for Nordic Hash AB that you own."
    )
