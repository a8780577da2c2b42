"""The pipeline board against a real database: a column per stage with its count, value and weighted value; a
card dragged onto another column moves the deal when the move is legal, and an illegal drop is refused with
the service's reason while nothing moves."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hashinsight_desktop.db.models import Deal
from hashinsight_desktop.services.app_context import AppContext
from hashinsight_desktop.services.permissions import Principal
from hashinsight_desktop.ui.crm.pipeline_board import PipelineBoard
from tests.ui.crm.crm_seed import add_customer, add_deal

# The services are tested on both engines; the board only shows what they answer.
pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def drop(board: PipelineBoard, deal_id: uuid.UUID, from_stage: str, to_stage: str) -> bool:
    """What a drag of the card from one column onto another hands the target's model."""
    source = board.columns[from_stage].model
    row = next(i for i, card in enumerate(source.cards) if card.id == deal_id)
    mime = source.mimeData([source.index(row)])
    target = board.columns[to_stage].model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    return target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def stage_of(context: AppContext, deal_id: uuid.UUID) -> str:
    with context.database.session_factory() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        return deal.stage


def test_columns_show_count_value_and_weighted_value(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining")
    add_deal(context, owner, customer, "Hall B, 2 MW", "480000")
    add_deal(context, owner, customer, "Spare PSUs", "20000.50")
    board = PipelineBoard(context, owner)
    qtbot.addWidget(board)
    draft = board.columns["draft"]
    assert draft.model.rowCount() == 2
    figures = draft.figures.text()
    assert "Deals: 2 ·" in figures and "$500,000" in figures  # 480,000 + 20,000.50, shown to the dollar
    board_draft = next(column for column in board.board if column.stage == "draft")
    weighted = (Decimal("500000.50") * board_draft.probability_pct / 100).quantize(Decimal("0.01"))
    assert board_draft.weighted_value == weighted
    assert f"${weighted:,.0f}" in figures
    assert board.columns["pending"].model.rowCount() == 0


def test_an_illegal_drop_is_refused_with_the_reason_and_nothing_moves(
    qtbot, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining")
    deal_id = add_deal(context, owner, customer, "Hall B, 2 MW", "480000")
    board = PipelineBoard(context, owner)
    qtbot.addWidget(board)

    assert drop(board, deal_id, "draft", "signed") is False  # the model inserts nothing itself
    assert board.message.text() == "Not moved: deal draft → signed: deals move one stage at a time (next: pending)"
    assert stage_of(context, deal_id) == "draft"
    assert [card.id for card in board.columns["draft"].model.cards] == [deal_id]


def test_a_legal_drop_moves_the_deal_and_the_board_follows(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining")
    deal_id = add_deal(context, owner, customer, "Hall B, 2 MW", "480000")
    board = PipelineBoard(context, owner)
    qtbot.addWidget(board)

    drop(board, deal_id, "draft", "pending")
    assert stage_of(context, deal_id) == "pending"
    assert "Moved “Hall B, 2 MW” from Draft to Pending" in board.message.text()
    assert [card.id for card in board.columns["pending"].model.cards] == [deal_id]
    assert board.columns["draft"].model.rowCount() == 0


def test_a_drop_on_lost_asks_why_and_a_stale_card_is_refused(qtbot, context: AppContext, owner: Principal) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining")
    deal_id = add_deal(context, owner, customer, "Hall B, 2 MW", "480000")
    board = PipelineBoard(context, owner)
    qtbot.addWidget(board)
    card = board.card(deal_id)

    drop(board, deal_id, "draft", "lost")
    assert board.reason_dialog.isVisible() and stage_of(context, deal_id) == "draft"  # nothing before the reason
    board.reason_dialog.reject()

    board.move(card, "pending", None)  # someone else moves it first …
    assert board.move(card, "approved", None) is False  # … then this desktop's copy is stale
    assert "changed by someone else" in board.message.text()
    assert stage_of(context, deal_id) == "pending"


def test_stage_probabilities_are_edited_and_the_weighted_value_follows(
    qtbot, context: AppContext, owner: Principal
) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(context, owner, "Northwind Mining")
    add_deal(context, owner, customer, "Hall B, 2 MW", "480000")
    board = PipelineBoard(context, owner)
    qtbot.addWidget(board)
    dialog = board.edit_probabilities()
    assert set(dialog.edits) == {"draft", "pending", "approved", "signed"}  # completed and lost are fixed
    dialog.edits["draft"].setText("150")
    dialog.save_button.click()
    assert dialog.field_error("draft").startswith("Draft: ") and dialog.isVisible()
    dialog.edits["draft"].setText("15")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert "weighted $72,000 (15 %)" in board.columns["draft"].figures.text()  # 15 % of 480,000
