"""What the CRM's table pages share: the paged table, buttons enabled by the selection, one-transaction
actions whose refusals are said in a box, a "Move to" menu of the legal moves, and live refresh."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm.stages import LOST
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.admin.admin_widgets import FormDialog, run_action
from hashinsight_desktop.ui.common import show_error
from hashinsight_desktop.ui.crm.crm_dialogs import ActivityDialog, TextDialog
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.crm.paged_query import TableSource
from hashinsight_desktop.ui.crm.paged_table import PagedTable
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.theme import set_tone

F = TypeVar("F", bound=FormDialog)


class RecordPage(QWidget):
    def __init__(
        self,
        context: AppContext,
        principal: Principal,
        source: TableSource[Any],
        topics: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.table = PagedTable(context, principal, source, self)
        self.notice = QLabel()
        self.notice.setObjectName("pageNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._selection_buttons: list[tuple[QWidget, Callable[[Any], bool]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        self.table.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.loaded.connect(self.update_buttons)
        follow_changes(self, topics, self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    def reload(self) -> None:
        self.table.reload()

    def say(self, text: str, tone: str | None = None) -> None:
        """A line above the table: what an action did."""
        self.notice.setText(text)
        set_tone(self.notice, tone)
        self.notice.setVisible(bool(text))

    def selected(self) -> Any:
        return self.table.selected()

    def button(
        self, text: str, slot: Callable[[], object], enabled: Callable[[Any], bool] | None = None
    ) -> QPushButton:
        """A button beside the search; ``enabled(selected row)`` says when it may be pressed."""
        button = self.table.add_button(QPushButton(text))
        button.clicked.connect(lambda _checked=False: slot())
        if enabled is not None:
            self._selection_buttons.append((button, enabled))
        return button

    def move_button(
        self, text: str, moves: Callable[[Any], Iterable[str]], move: Callable[[Any, str], object]
    ) -> QToolButton:
        """A "Move to" menu listing the moves the selected row may make (the service still judges each)."""
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        button.setMenu(menu)

        def fill() -> None:
            menu.clear()
            row = self.selected()
            for stage in moves(row) if row is not None else ():
                menu.addAction(stage_label(stage), lambda s=stage, r=row: move(r, s))

        menu.aboutToShow.connect(fill)
        self.table.buttons.addWidget(button)
        self._selection_buttons.append((button, lambda row: row is not None and bool(list(moves(row)))))
        return button

    def update_buttons(self) -> None:
        row = self.selected()
        for button, enabled in self._selection_buttons:
            button.setEnabled(row is not None and enabled(row))

    def open_form(self, dialog: F) -> F:
        """Opens a form; saved, the page re-reads; stale (changed by someone else), it says so and re-reads."""

        def stale(message: str) -> None:
            show_error(self, QCoreApplication.translate("RecordPage", "Not saved"), message)
            self.reload()

        dialog.on_stale = stale
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def act(self, entity: str, action: Callable[[Session], object]) -> bool:
        """One user action in one transaction; a refusal is said in a box and the page re-reads."""
        return run_action(self, self.context, entity, lambda session: (action(session), None)[1], self.reload)

    def move_row(self, entity: str, move: Callable[..., object], row: Any, stage: str, lost_title: str) -> object:
        """``move(session, principal, id, stage, expected_version=, reason=, clock=)`` in one transaction; lost
        asks why first (in a form whose refusal lands under the reason)."""

        def submit(session: Session, reason: str | None) -> object:
            return move(
                session,
                self.principal,
                row.id,
                stage,
                expected_version=row.version,
                reason=reason,
                clock=self.context.clock,
            )

        if stage == LOST:
            return self.ask_reason(lost_title, entity, submit)
        return self.act(entity, lambda session: submit(session, None))

    def log_activity_on(self, subject_kind: str) -> ActivityDialog | None:
        """Log a call, e-mail, meeting, note or task on the selected row."""
        row = self.selected()
        if row is None:
            return None
        return self.open_form(ActivityDialog(self.context, self.principal, subject_kind, row.id, row.title, self))

    def ask_reason(self, title: str, entity: str, submit: Callable[[Session, str], object]) -> TextDialog:
        dialog = TextDialog(
            self.context,
            self.principal,
            title,
            QCoreApplication.translate("RecordPage", "Reason"),
            entity,
            submit,
            self,
            field="reason",
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
