"""Command epochs: each operation-log row the curtailment executor writes carries the epoch of the site's
executor role (``executor:<site>``) it was written under (refused in the same statement when a newer epoch
exists, so a stale executor leaves no row and sends no command).

Revision ID: 0015_command_epochs
Revises: 0014_consumer_positions
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_command_epochs"
down_revision: str | None = "0014_consumer_positions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("operation_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("epoch", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("operation_log", schema=None) as batch_op:
        batch_op.drop_column("epoch")
