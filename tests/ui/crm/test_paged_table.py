"""The CRM's paged table without a database: what it asks for (search, filters, sort, page) is what the
source is given, the pager says where it is, and the export writes every matching row with text a
spreadsheet would run as a formula kept as text."""

from __future__ import annotations

import contextlib
import csv
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from hashinsight_desktop.services.permissions import SYSTEM
from hashinsight_desktop.ui.crm.paged_query import (
    EXPORT_CHUNK,
    PagedColumn,
    TableFilter,
    TablePage,
    TableQuery,
    TableSource,
    all_rows,
)
from hashinsight_desktop.ui.crm.paged_table import PagedTable
from hashinsight_desktop.ui.crm.table_export import ExportCancelled, export_rows


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    value: int


class FakeSource:
    """Answers like a list service: filtered by the search, sorted, one page, the total."""

    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.asked: list[TableQuery] = []

    def fetch(self, _session: Any, _principal: Any, query: TableQuery) -> TablePage[Row]:
        self.asked.append(query)
        found = [r for r in self.rows if query.search.lower() in r.name.lower()]
        if query.filter("big"):
            found = [r for r in found if r.value >= 100]
        if query.order_by:
            found.sort(key=lambda r: getattr(r, query.order_by or "id"), reverse=query.descending)
        return TablePage(found[query.offset : query.offset + query.limit], len(found))


COLUMNS = [
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name"),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Value"), lambda r: r.value, "value", True),
    PagedColumn(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: "=HYPERLINK(1)" if r.id == 0 else ""),
]


def table(qtbot, rows: list[Row]) -> tuple[PagedTable, FakeSource]:  # type: ignore[no-untyped-def]
    fake = FakeSource(rows)
    source = TableSource(
        "things",
        COLUMNS,
        fake.fetch,
        filters=[TableFilter("big", "Every size", [("yes", "Big")])],
        default_order="name",
    )
    context = SimpleNamespace(database=SimpleNamespace(session_factory=lambda: contextlib.nullcontext(None)))
    widget = PagedTable(context, SYSTEM, source)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.reload()
    return widget, fake


def test_search_filters_sort_and_pages_are_asked_of_the_source(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [Row(i, f"miner-{i:03}", i) for i in range(450)]
    widget, fake = table(qtbot, rows)
    assert widget.model.rowCount() == 200 and widget.summary.text() == "1–200 of 450"
    assert not widget.previous_button.isEnabled() and widget.next_button.isEnabled()

    widget.next_button.click()
    widget.next_button.click()
    assert fake.asked[-1].offset == 400 and widget.summary.text() == "401–450 of 450"
    assert not widget.next_button.isEnabled()

    header = widget.table.horizontalHeader()
    header.sectionClicked.emit(1)  # a click on Value: the database sorts, smallest first …
    assert (fake.asked[-1].order_by, fake.asked[-1].descending, fake.asked[-1].offset) == ("value", False, 0)
    header.sectionClicked.emit(1)  # … a second click, largest first
    assert fake.asked[-1].descending and widget.model.rows[0].value == 449
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)

    asked = len(fake.asked)
    header.sectionClicked.emit(2)  # Note is not sortable: nothing is asked, the indicator stays
    assert len(fake.asked) == asked and header.sortIndicatorSection() == 1

    widget.filter_boxes["big"].setCurrentIndex(1)
    widget.search.setText("miner-1")
    qtbot.waitUntil(lambda: fake.asked[-1].search == "miner-1", timeout=2000)
    assert fake.asked[-1].filters == {"big": "yes"}
    assert widget.summary.text() == "1–100 of 100"  # miner-100 … miner-199


def test_export_writes_every_matching_row_and_no_formula(tmp_path: Path) -> None:
    rows = [Row(i, f"r{i}", i) for i in range(EXPORT_CHUNK + 5)]
    fake = FakeSource(rows)
    query = TableQuery(order_by="value", descending=True)
    read = list(all_rows(lambda q: fake.fetch(None, None, q), query))
    assert len(read) == len(rows) and read[0].value == len(rows) - 1  # two chunks, in the table's order

    headers = ["Name", "Value", "Note"]
    written = export_rows(tmp_path / "t.csv", headers, COLUMNS, sorted(rows, key=lambda r: r.id))
    assert written == len(rows)
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0] == headers and lines[1] == ["r0", "0", "'=HYPERLINK(1)"]

    export_rows(tmp_path / "t.xlsx", headers, COLUMNS, rows[:3])
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet["C2"].value == "=HYPERLINK(1)" and sheet["C2"].data_type == "s"  # text, never a formula
    assert sheet["B3"].value == 1  # numbers stay numbers


def test_a_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_rows(tmp_path / "t.csv", ["Name"], COLUMNS[:1], [Row(1, "a", 1)], cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_reload_asked_while_a_read_runs_is_read_again_after_it(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """A save committed while the table was reading: the rows shown in the end are those after the save."""
    import asyncio
    import threading

    first_read_started, let_it_finish = threading.Event(), threading.Event()
    widget, fake = table(qtbot, [Row(0, "before", 0)])  # read at once (no loop running yet)
    slow_fetch = fake.fetch

    def fetch(session: Any, principal: Any, query: TableQuery) -> TablePage[Row]:
        if not first_read_started.is_set():
            first_read_started.set()
            let_it_finish.wait(2)  # the save below commits while this read runs
            return TablePage([Row(0, "before", 0)], 1)
        return slow_fetch(session, principal, query)

    widget.source = TableSource("things", COLUMNS, fetch, default_order="name")

    async def save_during_read() -> None:
        widget.reload()
        await asyncio.to_thread(first_read_started.wait, 2)
        fake.rows = [Row(0, "after", 0)]  # the save commits …
        widget.reload()  # … and its page asks again while the first read still runs (dropped by BackgroundRead)
        let_it_finish.set()
        for _ in range(200):
            await asyncio.sleep(0.01)
            if widget.model.rows and widget.model.rows[0].name == "after":
                return

    qasync_loop.run_until_complete(save_during_read())
    assert [r.name for r in widget.model.rows] == ["after"]
