"""Where a computed batch goes: a file (XLSX with a summary sheet and a chart, or CSV) and the user's calculation
history. Both run in a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.calculator import history
from hashinsight_desktop.services.calculator.batch import BatchMarket, BatchResult, BatchTotals, history_inputs
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.locale_format import grouped


def write_export(
    result: BatchResult,
    target: Path,
    market: BatchMarket,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> None:
    """In a worker thread: .xlsx with steps and cancel; a CSV is written in about a second, in one go."""
    from hashinsight_desktop.services.calculator import export

    if target.suffix.lower() == ".xlsx":
        export.export_xlsx(result, target, market, progress=progress, cancelled=cancelled)
    else:
        export.export_csv(result, target)


def save_to_history(
    context: AppContext, principal: Principal, file_name: str, market: BatchMarket, totals: BatchTotals
) -> None:
    """The batch as one entry of the user's history: its file, the market inputs and the fleet's totals."""
    label = f"Batch: {file_name} ({grouped(totals.rows)} rows)"
    inputs = history_inputs(market.sources("calculator"), file_name, totals)
    with unit_of_work(context.database.session_factory, "calculation") as session:
        history.save_calculation(
            session,
            principal,
            kind="batch",
            label=label,
            inputs=inputs,
            results=totals.as_history(),
            clock=context.clock,
        )
