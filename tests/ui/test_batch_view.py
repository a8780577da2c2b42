"""The batch view: a fleet file opened, checked, computed in an executor with progress and cancel,
shown sorted and filtered, exported; and its table model on 100,000 rows, without a window."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from hashinsight_desktop.services import catalogue
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator import fleet_file
from hashinsight_desktop.services.calculator.batch import (
    RESULT_COLUMNS,
    BatchMarket,
    BatchResult,
    BatchTotals,
    compute_batch,
)
from hashinsight_desktop.services.calculator.history import list_history
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.calculator import batch_view
from hashinsight_desktop.ui.calculator.batch_results_model import RESULT_VIEW, BatchResultModel
from hashinsight_desktop.ui.calculator.batch_texts import NO_MARKET
from hashinsight_desktop.ui.calculator.batch_view import PAGE_EMPTY, PAGE_ERRORS, PAGE_RESULTS, BatchView
from hashinsight_desktop.ui.calculator.formatting import usd

MARKET = BatchMarket.parse(
    {
        "btc_price_usd": "100000",
        "difficulty": "1.2e14",
        "fees_per_block_btc": "0.05",
        "block_height": 900_000,
        "horizon_months": 36,
        "network_hashrate_ehs": "800",
    }
)
GOOD = (
    "model,quantity,electricity_price,hardware_cost,site\n"
    "Antminer S21 XP,12,0.035,1500,North\n"
    "s19 pro,3,0.041,250,north annex\n"
    "Antminer S9,100,0.09,50,South\n"  # loses money
)
COLUMN = {column.name: index for index, column in enumerate(RESULT_VIEW)}


@pytest.fixture
def market() -> dict[str, BatchMarket | None]:
    return {"value": MARKET}  # what the calculator form holds; a test may empty it


@pytest.fixture
def view(qtbot, qasync_loop, context: AppContext, owner: Principal, shipped_catalogue: int, market) -> BatchView:  # type: ignore[no-untyped-def]
    widget = BatchView(context, owner, lambda: market["value"])
    qtbot.addWidget(widget)
    outcomes: list[str] = []
    widget.finished.connect(outcomes.append)
    widget.outcomes = outcomes  # type: ignore[attr-defined]
    return widget


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def expected(path: Path) -> BatchResult:
    rows = fleet_file.load_fleet(path, fleet_file.index_models(catalogue.shipped_catalogue()))
    return compute_batch(rows, MARKET)


def cell(view: BatchView, row: int, name: str) -> str:
    return str(view.results.model.index(row, COLUMN[name]).data())


def test_good_rows_are_computed_shown_with_totals_and_saved(
    qasync_loop, view: BatchView, tmp_path: Path, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "fleet.csv", GOOD)
    saved: list[bool] = []
    view.history_saved.connect(lambda: saved.append(True))

    qasync_loop.run_until_complete(view.start_load(str(path)))

    want = expected(path)
    assert view.outcomes == ["computed"]  # type: ignore[attr-defined]
    assert view.results.model.rowCount() == 3 and view.pages.currentIndex() == PAGE_RESULTS
    assert view.results.shown_rows() == [2, 3, 4]
    assert cell(view, 0, "model") == "Antminer S21 XP"
    assert cell(view, 0, "profit_usd_day") == usd(want.frame.profit_usd_day[0])
    assert cell(view, 2, "payback_days") == "never"
    assert (
        view.results.model.index(2, COLUMN["profit_usd_day"]).data(Qt.ItemDataRole.ForegroundRole) is not None
    )  # a loss
    totals = view.results.totals_label.text()
    assert "3 lines, 115 machines" in totals
    assert f"Profit {usd(want.totals.profit_usd_day)}/day" in totals
    assert view.result is not None and view.result.totals == want.totals
    assert "3 rows computed" in view.status.text()
    assert view.xlsx_button.isEnabled() and view.csv_button.isEnabled() and view.reload_button.isEnabled()
    assert not view.progress.isVisibleTo(view) and not view.cancel_button.isVisibleTo(view)

    assert saved == [True]
    with context.database.session_factory() as session:
        [record] = list_history(session, owner)
    assert record.kind == "batch" and record.label == "Batch: fleet.csv (3 rows)"
    assert record.results["profit_usd_per_day"] == f"{want.totals.profit_usd_day:.2f}"
    assert record.inputs["btc_price_usd"]["source"] == "calculator"
    assert record.inputs["fleet_machines"]["value"] == 115 and "quantity" not in record.inputs

    view.results.table.sortByColumn(COLUMN["profit_usd_day"], Qt.SortOrder.DescendingOrder)
    profits = view.results.shown_rows("profit_usd_day")
    assert profits == sorted(profits, reverse=True)
    view.results.table.sortByColumn(COLUMN["payback_days"], Qt.SortOrder.DescendingOrder)
    assert view.results.shown_rows()[-1] == 4  # "never" last, whichever the direction

    view.results.filter_box.setText("NORTH")
    assert sorted(view.results.shown_rows()) == [2, 3]
    assert view.results.shown_label.text().startswith("Showing 2 of 3 rows: 15 machines")
    view.results.filter_box.clear()
    assert view.results.model.rowCount() == 3


def test_bad_rows_are_listed_by_row_and_nothing_is_computed(qasync_loop, view: BatchView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "fleet.csv",
        "model,quantity,electricity_price\nAntminer S21,2,0.05\nAntminer S21,2.5,0.05\nS19 Prro,1,cheap\n",
    )
    qasync_loop.run_until_complete(view.start_load(str(path)))

    assert view.outcomes == ["invalid"]  # type: ignore[attr-defined]
    assert view.result is None and view.results.model.rowCount() == 0
    assert view.pages.currentIndex() == PAGE_ERRORS
    assert [(e.row, e.column) for e in view.error_rows()] == [(3, "quantity"), (4, "model"), (4, "electricity_price")]
    shown = [[view.error_model.index(r, c).data() for c in range(3)] for r in range(view.error_model.rowCount())]
    assert shown[0] == ["3", "quantity", "must be a whole number (got 2.5)"]
    assert shown[1][:2] == ["4", "model"] and "closest: Antminer S19 Pro" in shown[1][2]
    assert "3 invalid cells in 2 rows" in view.status.text() and "Nothing was computed" in view.status.text()
    assert not view.xlsx_button.isEnabled() and not view.csv_button.isEnabled()

    write(path, GOOD)  # fixed: Reload computes it
    view.reload()
    qasync_loop.run_until_complete(view.run_task)
    assert view.results.model.rowCount() == 3 and view.error_rows() == []


def test_cancel_mid_way_shows_cancelled_and_no_results(
    qasync_loop, view: BatchView, tmp_path: Path, context: AppContext, owner: Principal, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    lines = ["model,quantity,electricity_price,hardware_cost,site"]
    lines += [f"Antminer S21,{1 + i % 40},0.0{3 + i % 5},3000,Site {i % 7}" for i in range(20_000)]
    path = write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    view.chunk = 100  # 200 steps

    def held_after_the_first_step(rows, market, *, progress, cancelled, chunk):  # type: ignore[no-untyped-def]
        # The real computation in the worker thread, which waits after its first step until the GUI thread
        # has seen the progress and pressed Cancel: the cancel lands mid-way however fast the machine is.
        def report(done: int, total: int) -> None:
            progress(done, total)
            deadline = time.monotonic() + 10
            while done == chunk and not cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        return compute_batch(rows, market, progress=report, cancelled=cancelled, chunk=chunk)

    monkeypatch.setattr(batch_view, "compute_batch", held_after_the_first_step)
    seen: list[tuple[int, int]] = []

    def first_progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 1:
            assert view.progress.maximum() == total == 20_000 and view.cancel_button.isEnabled()
            view.cancel_button.click()

    view.progress_changed.connect(first_progress)
    qasync_loop.run_until_complete(view.start_load(str(path)))

    assert seen == [(100, 20_000)]
    assert view.outcomes == ["cancelled"]  # type: ignore[attr-defined]
    assert view.status.text() == "Cancelled after 100 of 20,000 rows: nothing is shown. Reload computes it again."
    assert view.result is None and view.results.model.rowCount() == 0 and view.pages.currentIndex() == PAGE_EMPTY
    assert view.open_button.isEnabled() and not view.cancel_button.isVisibleTo(view)
    with context.database.session_factory() as session:
        assert list_history(session, owner) == []


def test_without_market_inputs_it_asks_for_them_first(qasync_loop, view: BatchView, market, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    market["value"] = None
    qasync_loop.run_until_complete(view.start_load(str(write(tmp_path / "fleet.csv", GOOD))))
    assert view.status.text() == NO_MARKET
    assert view.result is None and view.outcomes == []  # type: ignore[attr-defined]


def test_export_xlsx_and_csv_write_files_in_the_executor(qasync_loop, view: BatchView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qasync_loop.run_until_complete(view.start_load(str(write(tmp_path / "fleet.csv", GOOD))))
    view.results.filter_box.setText("south")  # the export writes every row, whatever is filtered

    workbook_path = tmp_path / "out.xlsx"
    qasync_loop.run_until_complete(view.start_export(str(workbook_path)))
    workbook = openpyxl.load_workbook(workbook_path)
    assert workbook.sheetnames == ["Summary", "Results"]
    assert len(workbook["Summary"]._charts) == 1
    assert workbook["Results"].max_row == 4
    assert str(workbook_path) in view.status.text()

    csv_path = tmp_path / "out.csv"
    qasync_loop.run_until_complete(view.start_export(str(csv_path)))
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(RESULT_COLUMNS)
    assert view.outcomes == ["computed", "exported", "exported"]  # type: ignore[attr-defined]
    assert view.export_dialog("xlsx") is not None  # the save dialog opens (with open()) on a result


def test_a_dropped_fleet_file_is_loaded(qasync_loop, view: BatchView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path / "fleet.csv", GOOD)))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    view.dropEvent(event)
    assert view.run_task is not None
    qasync_loop.run_until_complete(view.run_task)
    assert view.results.model.rowCount() == 3 and view.file_label.text() == "fleet.csv"


def synthetic_result(count: int) -> BatchResult:
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({name: rng.normal(100, 50, count) for name in RESULT_COLUMNS})
    frame["row"] = np.arange(2, count + 2)
    frame["site"] = np.array([f"Site {i % 40}" for i in range(count)], dtype=object)
    frame["model"] = np.array(["Antminer S21", "antminer S19 Pro", "Whatsminer M60S"] * (count // 3 + 1), dtype=object)[
        :count
    ]
    frame["payback_days"] = np.where(np.arange(count) % 10 == 0, np.nan, frame["payback_days"])
    frame["payback_status"] = np.where(np.arange(count) % 10 == 0, "never", "within_horizon").astype(object)
    totals = BatchTotals(count, count, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, None)
    return BatchResult(frame[list(RESULT_COLUMNS)], totals)


def test_the_model_loads_sorts_and_filters_100k_rows_quickly(qapp) -> None:  # type: ignore[no-untyped-def]
    result = synthetic_result(100_000)
    model = BatchResultModel()

    started = time.perf_counter()
    model.set_result(result)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    model.sort(COLUMN["payback_days"], Qt.SortOrder.DescendingOrder)
    sorted_s = time.perf_counter() - started
    started = time.perf_counter()
    model.set_filter("site 3")  # Site 3 and Site 30..39
    filtered = time.perf_counter() - started

    assert model.rowCount() == 100_000 * 11 // 40
    assert loaded < 1.0 and sorted_s < 1.0 and filtered < 1.0, (loaded, sorted_s, filtered)
    paybacks = [float(model.index(r, COLUMN["payback_days"]).data().replace(",", "").split()[0]) for r in range(50)]
    assert paybacks == sorted(paybacks, reverse=True)
    last = model.index(model.rowCount() - 1, COLUMN["payback_days"]).data()
    assert last == "never"

    model.set_filter("")
    model.sort(COLUMN["model"], Qt.SortOrder.AscendingOrder)  # case-insensitive
    models = [model.index(r, COLUMN["model"]).data() for r in (0, 40_000, 99_999)]
    assert models == ["antminer S19 Pro", "Antminer S21", "Whatsminer M60S"]


def test_cancelling_an_export_writes_no_file(qasync_loop, view: BatchView, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lines = ["model,quantity,electricity_price,site"] + [f"Antminer S21,2,0.05,Site {i}" for i in range(12_000)]
    qasync_loop.run_until_complete(view.start_load(str(write(tmp_path / "big.csv", "\n".join(lines)))))
    real_export = batch_view.write_export

    def held_after_the_first_step(result, target, market, progress, cancelled):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:  # waits until the GUI thread has pressed Cancel
            progress(done, total)
            deadline = time.monotonic() + 10
            while not cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        real_export(result, target, market, report, cancelled)

    monkeypatch.setattr(batch_view, "write_export", held_after_the_first_step)
    view.progress_changed.connect(lambda done, total: view.cancel())  # at the first 5,000 rows written
    target = tmp_path / "out.xlsx"

    qasync_loop.run_until_complete(view.start_export(str(target)))

    assert view.outcomes == ["computed", "cancelled"]  # type: ignore[attr-defined]
    assert view.status.text() == "Export cancelled: out.xlsx was not written."
    assert not target.exists() and not list(tmp_path.glob("*out.xlsx*"))  # no temporary file left either
    assert view.results.model.rowCount() == 12_000 and view.xlsx_button.isEnabled()  # the result stays


def test_the_open_dialog_is_not_modal_loop(qtbot, view: BatchView) -> None:  # type: ignore[no-untyped-def]
    dialog = view.open_file_dialog()  # open(), not exec(): returns at once
    assert dialog.isVisible() and dialog.fileMode() == dialog.FileMode.ExistingFile
    assert "*.csv *.xlsx" in dialog.nameFilters()[0]
    dialog.reject()
