"""Tickets' list orders (opened, updated) served by indexes: the first page of 20,000 tickets without a sort of
them all (benchmarks/bench_crm.py: 280 ms -> under 1 ms on SQLite).

Revision ID: 0022_ticket_list_indexes
Revises: 0021_crm_search_terms
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022_ticket_list_indexes"
down_revision: str | None = "0021_crm_search_terms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_opened_at", ["opened_at"], unique=False)
        batch_op.create_index("ix_tickets_updated_at", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_updated_at")
        batch_op.drop_index("ix_tickets_opened_at")
