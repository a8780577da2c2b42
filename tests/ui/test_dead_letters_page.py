"""Admin → Dead letters over failures the real consumer wrote: the list (sortable, filterable, toned), Retry
and Discard confirmed, done through the audited service, and the page only for administrators and owners."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hashinsight_desktop.db.models import AuditRecord, NotificationDelivery, OutboxEvent
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.cluster.consumers import Consumer, Event, consume
from hashinsight_desktop.services.notifications import delivery
from hashinsight_desktop.services.notifications.channels import ChannelInput, save_channel
from hashinsight_desktop.services.notifications.formats import digest_message
from hashinsight_desktop.services.permissions import Principal, Role
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.admin.admin_tab import visible_pages
from hashinsight_desktop.ui.admin.control_room_page import tone_qcolor
from hashinsight_desktop.ui.admin.dead_letters_page import FAILED_AT, RESOLVED, STATE, DeadLettersPage
from hashinsight_desktop.ui.theme import BAD_COLOR
from tests.services.notifications.test_dead_deliveries import Clock, send_until_given_up


def _refuse(session: Session, events: Sequence[Event], now: datetime) -> int:
    raise RuntimeError(f"no channel takes {events[0].payload['kind']}\nsecond line")


def make_dead_letters(context: AppContext, kinds: Sequence[str], name: str = "notifications") -> list[int]:
    """Events the consumer ``name`` fails on once (max_attempts 1): dead letters at once."""
    factory = context.database.session_factory
    consumer = Consumer(name, ("alert.raised",), _refuse, batch=1)
    consume(factory, consumer, context.clock)  # the consumer starts before its events
    with unit_of_work(factory) as session:
        rows = [
            {"topic": "alert.raised", "entity_type": "alert", "entity_id": str(uuid.uuid4()), "payload": {"kind": k}}
            for k in kinds
        ]
        ids = list(session.scalars(insert(OutboxEvent).returning(OutboxEvent.id), rows))
    assert consume(factory, consumer, context.clock, max_attempts=1).dead == len(kinds)
    return ids


def _cells(page: DeadLettersPage, column: int) -> list[str]:
    model = page.view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _answer(qtbot: QtBot, page: DeadLettersPage, button: QMessageBox.StandardButton) -> None:
    box = page.box
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_dead_letters_listed_then_retried_and_discarded_when_confirmed(
    qtbot: QtBot, context: AppContext, owner: Principal
) -> None:
    ids = [str(i) for i in make_dead_letters(context, ["over_temperature", "offline", "hashrate_low"])]
    page = DeadLettersPage(context, owner)
    qtbot.addWidget(page)
    model = page.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Failed at", "Consumer", "Event", "Topic", "Attempts", "State", "Resolved", "Last error"]
    assert sorted(_cells(page, 2)) == sorted(ids)  # newest first: the same moment here
    assert set(_cells(page, 5)) == {"dead"} and set(_cells(page, 4)) == {"1"}
    assert page.message.text() == "3 dead letters"
    assert "RuntimeError: no channel takes offline" in _cells(page, 7)  # the first line; the tooltip has it all
    assert model.index(0, STATE).data(Qt.ItemDataRole.ForegroundRole) == tone_qcolor(BAD_COLOR)
    assert "second line" in model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    page.filter.setText("hashrate")  # the error text is filtered on
    assert _cells(page, 2) == [ids[2]]
    page.filter.clear()
    page.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _cells(page, 2) == ids

    page.view.selectRow(0)
    assert page.retry_button.isEnabled() and page.discard_button.isEnabled()
    page.retry_button.click()
    _answer(qtbot, page, QMessageBox.StandardButton.Cancel)
    assert _cells(page, 2) == ids  # nothing done
    page.retry_button.click()
    _answer(qtbot, page, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: _cells(page, 2) == ids[1:])
    assert f"Event {ids[0]} goes back to notifications" in page.message.text()

    page.view.selectRow(0)  # ids[1]
    page.discard_button.click()
    assert "the alert it raised is sent to nobody" in page.box.text()
    _answer(qtbot, page, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: _cells(page, 2) == ids[2:])
    # Another process's consumer gives up on an event: seen when the page is shown again.
    ids += [str(i) for i in make_dead_letters(context, ["fan_failure"], name="analytics")]
    page.show()
    qtbot.waitUntil(lambda: sorted(_cells(page, 2)) == sorted(ids[2:]))
    assert page.message.text() == "2 dead letters" and "analytics" in _cells(page, 1)

    failed_at = dict(zip(_cells(page, 2), _cells(page, FAILED_AT), strict=True))
    page.everything.setChecked(True)
    states = dict(zip(_cells(page, 2), _cells(page, 5), strict=True))
    assert states == {ids[0]: "retry asked by owner", ids[1]: "discarded by owner", ids[2]: "dead", ids[3]: "dead"}
    # "Failed at" means one thing for every row (a discarded one keeps it); the decision has its own column.
    resolved = dict(zip(_cells(page, 2), _cells(page, RESOLVED), strict=True))
    assert {i: resolved[i] != "" for i in ids} == {ids[0]: True, ids[1]: True, ids[2]: False, ids[3]: False}
    assert all(dict(zip(_cells(page, 2), _cells(page, FAILED_AT), strict=True))[i] == failed_at[i] for i in ids[2:])
    page.view.sortByColumn(RESOLVED, Qt.SortOrder.DescendingOrder)
    assert set(_cells(page, 2)[:2]) == {ids[0], ids[1]}  # sorted on the moment; the unresolved after
    page.view.selectRow(_cells(page, 2).index(ids[0]))
    assert not page.retry_button.isEnabled()  # only a dead letter can be retried or discarded
    with context.database.session_factory() as session:
        actions = session.scalars(
            select(AuditRecord.action)
            .where(AuditRecord.action.like("consumer.dead_letter.%"))
            .order_by(AuditRecord.seq)
        ).all()
    assert actions == ["consumer.dead_letter.retry", "consumer.dead_letter.discard"]


def test_only_administrators_and_owners_see_the_page(owner: Principal) -> None:
    assert "Dead letters" in [title for title, _ in visible_pages(owner)]
    for role in (Role.ADMIN, Role.SITE_MANAGER, Role.CUSTOMER, Role.GUEST):
        principal = Principal(user_id=uuid.uuid4(), username="x", role=role)
        assert ("Dead letters" in [title for title, _ in visible_pages(principal)]) == (role == Role.ADMIN)


def test_a_notification_never_sent_is_listed_and_retried(qtbot: QtBot, context: AppContext, owner: Principal) -> None:
    """A delivery the sender gave up on (a webhook to a closed loopback port): listed without an event, and
    Retry queues it again."""
    factory, clock = context.database.session_factory, Clock()
    with unit_of_work(factory) as session:
        channel = save_channel(
            session, owner, context.secrets, ChannelInput("Hook", "webhook", secret="http://127.0.0.1:9/x")
        )
        message = digest_message([{"severity": "critical", "kind": "offline", "site": "S", "miner": "m1"}])
        row = delivery.new_delivery(channel, message, clock.now, next_attempt_at=clock.now)
        session.add(row)
    send_until_given_up(factory, context.secrets, clock)
    page = DeadLettersPage(context, owner)
    qtbot.addWidget(page)
    assert (_cells(page, 1), _cells(page, 2), _cells(page, 3)) == (["notification delivery"], ["—"], ["to Hook"])
    assert page.message.text() == "1 dead letter"
    page.view.selectRow(0)
    page.retry_button.click()
    assert page.box.text().startswith("Send the notification “") and " to Hook again?" in page.box.text()
    _answer(qtbot, page, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: _cells(page, 2) == [])
    assert page.message.text().endswith("to Hook: queued again.")
    with factory() as session:
        assert session.get_one(NotificationDelivery, row.id).status == delivery.PENDING
