"""Pieces the admin pages share: a table with an empty-state text, a form dialog whose Save runs a
service call and shows a ValidationError next to the field it names, and one-shot service actions."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCursor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.errors import (
    FIELD_AND_MESSAGE,
    ConcurrentModificationError,
    NotFound,
    ServiceError,
    ValidationError,
)
from hashinsight_desktop.services.texts import Text, render, render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.services.validation import labelled
from hashinsight_desktop.ui import database_error
from hashinsight_desktop.ui.common import RECORD_ROLE, FilterProxy, RecordTableModel, record_table, show_error
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, set_tone


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """Password hashing and a round trip to a remote server take a noticeable moment."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def database_error_text(exc: SQLAlchemyError, action: str | None = None) -> str:
    """One line for the user: what could not be done (``action``, translated by the caller; by default "save the
    change"), and why (ui/database_error.py words the why)."""
    what = action if action is not None else QCoreApplication.translate("AdminWidgets", "save the change")
    return QCoreApplication.translate("AdminWidgets", "Could not {action}: {reason}").format(
        action=what, reason=database_error.database_error_text(exc)
    )


class RecordTable(QTableView):
    """A read-only, row-selecting, sortable table that says why it is empty instead of showing a blank."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        record_table(view=self, row_padding=10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def set_resize_modes(self, modes: dict[int, QHeaderView.ResizeMode]) -> None:
        for column, mode in modes.items():
            self.horizontalHeader().setSectionResizeMode(column, mode)

    def selected_record(self) -> Any:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_where(self, predicate: Callable[[Any], bool]) -> None:
        """Re-select a record after a reload (the model was reset, so the old index is gone)."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if predicate(index.data(RECORD_ROLE)):
                self.selectRow(row)
                self.scrollTo(index)
                return

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            painter.end()


class FormScrollArea(QScrollArea):
    """The form's fields: as tall as they need (a plain QScrollArea hints at most 24 lines), scrolling only
    when the dialog is held to the screen's height."""

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()


class FormDialog(QDialog):
    """Save calls ``save`` (a service call in one transaction). A ValidationError is shown under the
    field it names and the dialog stays open with the input kept; a conflict or a vanished record
    closes it and tells the page, which shows the message and reloads (``on_stale``)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.on_stale: Callable[[str], None] | None = None
        self._fields: dict[str, tuple[str, QWidget, QLabel]] = {}
        self._banner = QLabel()
        self._banner.setObjectName("formError")
        self._banner.setWordWrap(True)
        set_tone(self._banner, BAD_COLOR)
        self._banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.try_save)
        self._buttons.rejected.connect(self.reject)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch(1)
        self._scroll = FormScrollArea(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._buttons)

    @property
    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """``name`` is the service's field name, so its ValidationError lands here."""
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        set_tone(error, BAD_COLOR)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(hint_label)
        column.addWidget(error)
        self.form.addRow(label + ":", holder)
        self._fields[name] = (label, widget, error)
        return widget

    def add_text_field(
        self, name: str, label: str, text: str, placeholder: str, max_length: int = 0, hint: str = ""
    ) -> QLineEdit:
        """A one-line text row (``add_field`` with a QLineEdit); ``max_length`` is the column's size
        (the services do not check every length), 0 for none."""
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        self.add_field(name, label, edit, hint)
        return edit

    def save(self, session: Session) -> None:
        raise NotImplementedError

    def entity(self) -> str:
        return "record"

    def database_factory(self) -> Any:
        raise NotImplementedError

    def labels(self) -> dict[str, str | Text]:
        """What a message calls each field the services may name: its row's label (a form adds fields it fills
        from a row in its own terms)."""
        return {name: label for name, (label, _widget, _error) in self._fields.items()}

    def check_input(self) -> None:
        """Checks only the form can make (a repeated password); raise ValidationError."""

    def try_save(self) -> None:
        self.clear_errors()
        try:  # labelled: the other fields an all-at-once message names are called as the form calls them
            with labelled(self.labels()):
                self.check_input()
                with busy_cursor(), unit_of_work(self.database_factory(), self.entity()) as session:
                    self.save(session)
        except ValidationError as exc:
            self.show_field_error(exc.field, render(exc.message_text, QCoreApplication.translate))
        except (ConcurrentModificationError, NotFound) as exc:
            self.reject()
            if self.on_stale is not None:
                self.on_stale(render_error(exc, QCoreApplication.translate))
        except ServiceError as exc:  # PermissionDenied and the like: the input stays for a retry
            self.show_banner(render_error(exc, QCoreApplication.translate))
        except SQLAlchemyError as exc:  # the form stays as typed; Retry saves it again
            # A fixed context: self.tr would look it up under the subclass (UserDialog…), not where lupdate put it.
            offer_retry(self, QCoreApplication.translate("FormDialog", "Not saved"), exc, self.try_save, form=self)
        else:
            self.accept()

    def show_field_error(self, field: str, message: str, label: str | Text | None = None) -> None:
        """``message`` under ``field``'s row, named by the row's label or ``label`` (a part of the row: a table's
        row in it)."""
        if field not in self._fields and field == self.entity():  # about the whole record: the message alone
            self.show_banner(message)
            return
        if field not in self._fields:
            self.show_banner(render(Text(FIELD_AND_MESSAGE, field=field, message=message), QCoreApplication.translate))
            return
        row_label, widget, error = self._fields[field]
        named = Text(FIELD_AND_MESSAGE, field=row_label if label is None else label, message=message)
        error.setText(render(named, QCoreApplication.translate))
        error.show()
        widget.setFocus()
        self._fit_height()

    def show_banner(self, message: str) -> None:
        self._banner.setText(message)
        self._banner.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped messages need at the current width (a dialog's minimum size ignores
        wrapped labels' height-for-width, and the lines shown were squeezed and clipped), but never past the
        screen: beyond it the fields scroll and Save stays in reach."""
        self.layout().activate()
        body = self._scroll.widget().layout()
        width = self._scroll.viewport().width()
        body_needed = body.totalHeightForWidth(width) if body.hasHeightForWidth() else body.totalSizeHint().height()
        needed = self.height() - self._scroll.viewport().height() + max(body_needed, body.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), min(needed, self._screen_height()))

    def _screen_height(self) -> int:
        """The height a dialog may take on its screen: the available area less the window frame."""
        screen = self.screen() or QApplication.primaryScreen()
        frame = max(self.frameGeometry().height() - self.height(), 0)
        return screen.availableGeometry().height() - frame if screen else self.height()

    def showEvent(self, event: QShowEvent) -> None:
        """A form sized for a big screen (resize in a subclass) opens within a small one."""
        if self.height() > self._screen_height():
            self.resize(self.width(), self._screen_height())
        super().showEvent(event)

    def clear_errors(self) -> None:
        self._banner.hide()
        for _label, _widget, error in self._fields.values():
            error.clear()
            error.hide()

    def field_error(self, field: str) -> str:
        """The error shown under ``field`` ('' if none): what the user reads, and what tests check."""
        error = self._fields[field][2]
        return error.text() if not error.isHidden() else ""

    def banner_text(self) -> str:
        return self._banner.text() if not self._banner.isHidden() else ""


class ContextFormDialog(FormDialog):
    """A FormDialog that saves through the app's database and stamps the app's clock."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.context = context

    def database_factory(self) -> Any:
        return self.context.database.session_factory


class RecordSection(QGroupBox):
    """One titled table with Add/Edit/Delete; the page supplies what each button does."""

    def __init__(
        self, title: str, model: RecordTableModel[object], empty_text: str, can_manage: bool, denied_text: str
    ) -> None:
        super().__init__(title)
        self.model = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.view = RecordTable(empty_text)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.can_manage = can_manage
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
            if not can_manage:
                button.setToolTip(denied_text)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def connect_actions(
        self, add: Callable[[], object], edit: Callable[[], object], delete: Callable[[], object]
    ) -> None:
        self.add_button.clicked.connect(lambda _checked=False: add())
        self.edit_button.clicked.connect(lambda _checked=False: edit())
        self.delete_button.clicked.connect(lambda _checked=False: delete())
        self.view.doubleClicked.connect(lambda _index: edit() if self.edit_button.isEnabled() else None)

    def update_buttons(self) -> None:
        selected = self.view.selected_record() is not None
        self.add_button.setEnabled(self.can_manage)
        self.edit_button.setEnabled(self.can_manage and selected)
        self.delete_button.setEnabled(self.can_manage and selected)

    def show_records(self, records: list[object], empty_text: str) -> None:
        selected = self.view.selected_record()
        self.model.set_records(records)
        self.view.set_empty_text(empty_text)
        if selected is not None:
            self.view.select_where(lambda record: record.id == selected.id)
        self.update_buttons()


def run_action(
    parent: QWidget, context: AppContext, entity: str, action: Callable[[Session], None], reload: Callable[[], None]
) -> bool:
    """One user action (delete, enable…) in one transaction; any refusal becomes a message box.
    Reloads afterwards in every case: on a conflict the list is what was stale."""
    try:
        with busy_cursor(), unit_of_work(context.database.session_factory, entity) as session:
            action(session)
    except ValidationError as exc:
        show_error(
            parent,
            QCoreApplication.translate("AdminWidgets", "Not possible"),
            render(exc.message_text, QCoreApplication.translate),
        )
        return False
    except ServiceError as exc:
        show_error(
            parent,
            QCoreApplication.translate("AdminWidgets", "Not saved"),
            render_error(exc, QCoreApplication.translate),
        )
        reload()
        return False
    except SQLAlchemyError as exc:
        offer_retry(
            parent,
            QCoreApplication.translate("AdminWidgets", "Not saved"),
            exc,
            lambda: run_action(parent, context, entity, action, reload),
        )
        return False
    reload()
    return True
