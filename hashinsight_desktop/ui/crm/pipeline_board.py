"""The pipeline board: a column per deal stage with its count, value and probability-weighted value, the
deals as cards. Dragging a card onto another column asks services.crm.deals.move_deal to move it; an
illegal move is refused by the service and its one-line reason is shown above the board (nothing moves).
Moving to lost asks for the reason first. Double-click a card: the deal's customer."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.crm import deals
from hashinsight_desktop.services.crm.stages import DEAL_OPEN, LOST
from hashinsight_desktop.services.errors import ConcurrentModificationError, NotFound, ServiceError, ValidationError
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.services.texts import render, render_error
from hashinsight_desktop.services.transaction import unit_of_work
from hashinsight_desktop.ui.common import RECORD_ROLE
from hashinsight_desktop.ui.crm.fresh_read import FreshRead
from hashinsight_desktop.ui.crm.labels import stage_label
from hashinsight_desktop.ui.crm.paged_table import SEARCH_DELAY_MS
from hashinsight_desktop.ui.crm.pipeline_cards import CardDelegate, StageCardsModel, money
from hashinsight_desktop.ui.database_error import database_error_text
from hashinsight_desktop.ui.live_refresh import follow_changes
from hashinsight_desktop.ui.locale_format import grouped
from hashinsight_desktop.ui.save_retry import offer_retry
from hashinsight_desktop.ui.theme import BAD_COLOR, OK_COLOR, set_tone

BOARD_TOPICS = frozenset({"deal", "lead", "customer", "deal_stage_probability"})
COLUMN_WIDTH = 190  # six columns fit 1280 px


class StageColumn(QFrame):
    """One stage: its figures on top, its cards below (a list view: thousands of cards stay smooth)."""

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.title = QLabel(f"<b>{stage_label(stage)}</b>")
        self.figures = QLabel()
        self.figures.setObjectName(f"figures_{stage}")
        self.model = StageCardsModel(stage, self)
        self.view = QListView()
        self.view.setObjectName(f"cards_{stage}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.view, 1)

    def show_column(self, column: Any) -> None:
        self.model.set_cards(column.cards)
        text = QCoreApplication.translate("PipelineBoard", "Deals: %1 · %2<br>weighted %3 (%4 %)")
        shown = (
            column.count
            if column.count == len(column.cards)
            else f"{grouped(len(column.cards))} / {grouped(column.count)}"
        )
        self.figures.setText(
            text.replace("%1", f"{shown}" if isinstance(shown, str) else grouped(shown))
            .replace("%2", money(column.value))
            .replace("%3", money(column.weighted_value))
            .replace("%4", format(column.probability_pct.normalize(), "f"))
        )


class PipelineBoard(QWidget):
    def __init__(self, context: AppContext, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.principal = context, principal
        self.message = QLabel(self.tr("Drag a card to another stage to move the deal."))
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        self.totals = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Search deals or customers"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.mine = QCheckBox(self.tr("Only my deals"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.mine.toggled.connect(lambda _on: self.reload())
        self.columns: dict[str, StageColumn] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for stage in deals.DEAL_STAGES:
            column = StageColumn(stage)
            column.model.dropped.connect(self.request_move)
            column.view.doubleClicked.connect(lambda index: self.open_deal(index.data(RECORD_ROLE)))
            self.columns[stage] = column
            row.addWidget(column, 1)
        holder = QWidget()
        holder.setLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(self.search)
        top.addWidget(self.mine)
        self.probabilities_button = QPushButton(self.tr("Probabilities…"))
        self.probabilities_button.setToolTip(self.tr("How likely a deal in each open stage is to be won"))
        self.probabilities_button.clicked.connect(lambda _checked=False: self.edit_probabilities())
        top.addWidget(self.probabilities_button)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self._reader: FreshRead[Any] = FreshRead(self, self._read, self._show)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        follow_changes(self, BOARD_TOPICS, self.reload)
        self.reload()

    def reload(self) -> None:
        self._asked = (self.search.text().strip(), self.mine.isChecked())  # read by the worker thread
        self._reader.request()

    def _read(self) -> Any:
        search, mine = self._asked
        try:
            with self.context.database.session_factory() as session:
                return deals.pipeline_board(
                    session, self.principal, search=search, owner_id=self.principal.user_id if mine else None
                )
        except ServiceError as exc:
            return render_error(exc, QCoreApplication.translate)
        except SQLAlchemyError as exc:
            return database_error_text(exc)

    def _show(self, board: Any) -> None:
        if isinstance(board, str):
            self.say(self.tr("Could not read the pipeline: %1").replace("%1", board), BAD_COLOR)
            return
        self.board: list[deals.BoardColumn] = board
        for column in board:
            if column.stage in self.columns:
                self.columns[column.stage].show_column(column)
        open_columns = [column for column in board if column.stage in DEAL_OPEN]
        self.totals.setText(
            self.tr("Open pipeline — deals: %1 · value %2 · weighted %3")
            .replace("%1", grouped(sum(c.count for c in open_columns)))
            .replace("%2", money(sum((c.value for c in open_columns), Decimal(0))))
            .replace("%3", money(sum((c.weighted_value for c in open_columns), Decimal(0))))
        )

    def say(self, text: str, tone: str | None = None) -> None:
        self.message.setText(text)
        set_tone(self.message, tone)

    def card(self, deal_id: uuid.UUID) -> Any:
        for column in self.columns.values():
            for card in column.model.cards:
                if card.id == deal_id:
                    return card
        return None

    def request_move(self, deal_id: uuid.UUID, stage: str) -> None:
        """A card was dropped on ``stage``: lost asks why first; the service judges every move."""
        card = self.card(deal_id)
        if card is None:
            return
        if stage == LOST and card.stage in DEAL_OPEN:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("Deal lost"))
            dialog.setLabelText(self.tr("Why was “%1” lost?").replace("%1", card.title))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.textValueSelected.connect(lambda reason: self.move(card, stage, reason))
            dialog.open()
            self.reason_dialog = dialog
            return
        self.move(card, stage, None)

    def move(self, card: Any, stage: str, reason: str | None) -> bool:
        """One transaction; a refusal (illegal move, stale card, no permission) is said in one line."""
        try:
            with unit_of_work(self.context.database.session_factory, "deal") as session:
                deals.move_deal(
                    session,
                    self.principal,
                    card.id,
                    stage,
                    reason=reason,
                    expected_version=card.version,
                    clock=self.context.clock,
                )
        except ValidationError as exc:
            self.say(
                self.tr("Not moved: %1").replace("%1", render(exc.message_text, QCoreApplication.translate)), BAD_COLOR
            )
            return False
        except (ConcurrentModificationError, NotFound) as exc:
            self.say(self.tr("Not moved: %1").replace("%1", render_error(exc, QCoreApplication.translate)), BAD_COLOR)
            self.reload()
            return False
        except ServiceError as exc:
            self.say(self.tr("Not moved: %1").replace("%1", render_error(exc, QCoreApplication.translate)), BAD_COLOR)
            return False
        except SQLAlchemyError as exc:
            offer_retry(self, self.tr("Deal not moved"), exc, lambda: self.move(card, stage, reason))
            return False
        self.say(
            self.tr("Moved “%1” from %2 to %3.")
            .replace("%1", card.title)
            .replace("%2", stage_label(card.stage))
            .replace("%3", stage_label(stage)),
            OK_COLOR,
        )
        self.reload()
        return True

    def edit_probabilities(self) -> QWidget:
        from hashinsight_desktop.ui.crm.probabilities_dialog import ProbabilitiesDialog

        dialog = ProbabilitiesDialog(self.context, self.principal, self)
        dialog.accepted.connect(self.reload)
        dialog.on_stale = lambda message: (self.say(message, BAD_COLOR), self.reload())[0]
        dialog.open()
        return dialog

    def open_deal(self, card: Any) -> None:
        if card is None:
            return
        from hashinsight_desktop.ui.crm.customer_detail import CustomerDetail

        CustomerDetail.open_for(self.context, self.principal, card.customer_id, self)
