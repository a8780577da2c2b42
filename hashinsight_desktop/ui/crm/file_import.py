"""A CSV/XLSX import (customers, assets) chosen in a file dialog and run in one transaction off the GUI thread:
every row or none; the service names every bad cell (row and column), said in a box; a database failure offers
Retry."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import ServiceError
from hashinsight_desktop.services.texts import render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.save_retry import offer_retry


def _t(text: str) -> str:
    return QCoreApplication.translate("FileImport", text)


class FileImport:
    """``work(session, path)`` imports; ``done(result, path)`` is told on the GUI thread when it committed."""

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        title: str,
        work: Callable[[Session, Path], Any],
        done: Callable[[Any, Path], None],
    ) -> None:
        self.parent, self.context, self.title, self.work, self.done = parent, context, title, work, done
        self.task: asyncio.Task[None] | None = None

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self.parent, self.title)
        dialog.setNameFilters([_t("Tables (*.csv *.xlsx)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.start(Path(name)))
        dialog.open()
        return dialog

    def run(self, path: Path) -> Any:
        with unit_of_work(self.context.database.session_factory, "import") as session:
            return self.work(session, path)

    def start(self, path: Path) -> asyncio.Task[None] | None:
        if self.task is not None:
            return None

        async def go() -> None:
            try:
                result = await asyncio.to_thread(self.run, path)
            except ServiceError as exc:  # BadCells: every bad cell by row and column, nothing written
                if shiboken6.isValid(self.parent):
                    show_error(self.parent, _t("Nothing imported"), render_error(exc, QCoreApplication.translate))
                return
            except SQLAlchemyError as exc:
                if shiboken6.isValid(self.parent):
                    offer_retry(self.parent, _t("Nothing imported"), exc, lambda: self.start(path))
                return
            finally:
                self.task = None
            if shiboken6.isValid(self.parent):
                self.done(result, path)

        self.task = asyncio.ensure_future(go())
        return self.task
