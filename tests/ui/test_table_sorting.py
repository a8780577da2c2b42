"""Record tables sort dates and times in time order: Qt cannot order a Python datetime (aware or naive),
date, time or Decimal — every row compared equal and the column did not sort (Admin → Notifications send
log 'Queued', the audit log's 'Time', the control room's heartbeats…). One piece, ``ui.common.sort_key``,
makes every RecordTableModel's sort value something Qt orders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from hashinsight_desktop.db.models import NotificationDelivery
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.admin.notifications_page import NotificationsPage
from hashinsight_desktop.ui.common import Column, FilterProxy, RecordTableModel

T0 = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)
EAST = timezone(timedelta(hours=8))


def _sorted(values: list[Any], order: Qt.SortOrder) -> list[str]:
    model: RecordTableModel[Any] = RecordTableModel([Column("v", str, lambda v: v)])
    model.set_records(values)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, order)
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


@pytest.mark.parametrize(
    "values",
    [
        # aware, in different zones: 09:30+08:00 is 01:30 UTC, between the other two
        [T0 + timedelta(hours=1), T0, datetime(2026, 12, 5, 9, 30, tzinfo=EAST)],
        [datetime(2026, 12, 5, 3), datetime(2026, 12, 5, 1), datetime(2026, 12, 5, 2)],  # naive
        [date(2026, 1, 3), date(2025, 12, 31), date(2026, 1, 2)],
        [time(13, 5), time(1, 0, 30), time(9)],
        [Decimal("10.5"), Decimal("2"), Decimal("9.75")],
    ],
)
def test_dates_times_and_decimals_sort_in_order(qapp: Any, values: list[Any]) -> None:
    ascending = sorted(values)
    assert _sorted(values, Qt.SortOrder.AscendingOrder) == [str(v) for v in ascending]
    assert _sorted(values, Qt.SortOrder.DescendingOrder) == [str(v) for v in reversed(ascending)]


def test_the_send_log_sorts_by_when_it_was_queued(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    page = NotificationsPage(context, owner)
    qtbot.addWidget(page)
    queued = [T0 - timedelta(minutes=5), T0, T0 - timedelta(days=1), T0 - timedelta(minutes=30)]
    page.log_model.set_records(
        [
            NotificationDelivery(
                channel_name="Hook",
                recipient="x",
                subject=f"s{n}",
                alerts=[],
                is_test=False,
                status="sent",
                attempts=1,
                created_at=at,
            )
            for n, at in enumerate(queued)
        ]
    )
    view = page.log_view
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first, as the page opens
    shown = [view.model().index(row, 3).data() for row in range(view.model().rowCount())]
    assert shown == ["s1", "s0", "s3", "s2"]
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [view.model().index(row, 3).data() for row in range(4)] == ["s2", "s3", "s0", "s1"]
