"""The billing wizard runs billing and the issue-all step off the GUI thread with a busy bar and a Cancel: the window
keeps answering while they run, and a cancelled run or issuing is rolled back (no draft, no number used). SQLite
only: the services under it are tested on both engines; this is about the GUI thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from hashinsight_desktop.db.models import Invoice
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.ui.crm import billing_busy, billing_wizard
from hashinsight_desktop.ui.crm.billing_page import BillingPage
from tests.services.billing_db.kit import NOV, clock_at, make_billing

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
DAY = datetime(2026, 12, 2, 9, 0, tzinfo=NOV.tzinfo)


def spin(loop: asyncio.AbstractEventLoop, condition: Callable[[], bool]) -> None:
    async def wait() -> None:
        for _ in range(500):
            if condition():
                return
            await asyncio.sleep(0.01)
        raise AssertionError("condition not met in 5 s")

    loop.run_until_complete(wait())


def in_loop(loop: asyncio.AbstractEventLoop, action: Callable[[], object]) -> None:
    """Press a button as the app does: with the asyncio loop running (the app always runs it)."""

    async def press() -> None:
        action()

    loop.run_until_complete(press())


def gated(real: Callable[..., Any], gate: threading.Event, threads: list[int]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        assert gate.wait(5), "the gate was not opened: the GUI thread is blocked in the service"
        return real(*args, **kwargs)

    return call


def invoices(context: AppContext, status: str | None = None) -> int:
    with context.database.session_factory() as session:
        query = select(func.count()).select_from(Invoice)
        if status is not None:
            query = query.where(Invoice.status == status)
        return int(session.scalar(query) or 0)


def test_billing_and_issuing_run_off_the_gui_thread_and_cancel_rolls_back(  # type: ignore[no-untyped-def]
    qtbot, qasync_loop, context: AppContext, monkeypatch
) -> None:
    owner = make_billing(context.database).people.owner
    context.clock = clock_at(DAY)  # type: ignore[method-assign, misc]
    threads: list[int] = []
    run_gate, issue_gate = threading.Event(), threading.Event()
    monkeypatch.setattr(billing_wizard, "run_billing", gated(billing_wizard.run_billing, run_gate, threads))
    monkeypatch.setattr(billing_wizard, "issue_invoice", gated(billing_wizard.issue_invoice, issue_gate, threads))
    page = BillingPage(context, owner)
    qtbot.addWidget(page)
    wizard = page.run_billing()
    period = wizard.period_page
    period.period.setText("2026-11")

    in_loop(qasync_loop, wizard.next)  # returns at once: the run is in a worker thread
    assert wizard.currentId() == 0 and period.busy.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "rolled back" in period.busy.label.text()
    spin(qasync_loop, lambda: bool(threads))
    assert threads[0] != threading.get_ident()
    period.busy.cancel_button.click()  # abandon: the wait ends now
    assert not period.busy.isVisibleTo(wizard) and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    run_gate.set()
    spin(qasync_loop, lambda: not billing_busy._ALIVE)
    assert wizard.currentId() == 0 and invoices(context) == 0  # the abandoned run's drafts were rolled back

    in_loop(qasync_loop, wizard.next)
    spin(qasync_loop, lambda: wizard.currentId() == 1)
    assert wizard.preview_page.tree.topLevelItemCount() == 1 and invoices(context, "draft") == 1

    in_loop(qasync_loop, wizard.accept)  # Issue all: off the GUI thread too
    busy = wizard.preview_page.busy
    assert busy.isVisibleTo(wizard) and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    spin(qasync_loop, lambda: len(threads) == 3)
    assert threads[-1] != threading.get_ident()
    busy.cancel_button.click()
    issue_gate.set()
    spin(qasync_loop, lambda: not billing_busy._ALIVE)
    assert wizard.isVisible() and not wizard.issued and invoices(context, "draft") == 1  # rolled back, no number

    in_loop(qasync_loop, wizard.accept)
    spin(qasync_loop, lambda: bool(wizard.issued))
    assert wizard.issued[0].endswith("-000001")  # the cancelled issuing used no number
    assert wizard.result() == QWizard.DialogCode.Accepted and invoices(context, "issued") == 1
