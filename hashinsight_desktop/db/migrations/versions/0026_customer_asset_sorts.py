"""Customer assets sorted by model, purchase date or location from an index, with the id that breaks ties (the
CRM assets table's sortable columns; without them, 50,000 assets took 100-400 ms per page on SQLite).

Revision ID: 0026_customer_asset_sorts
Revises: 0025_market_history
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026_customer_asset_sorts"
down_revision: str | None = "0025_market_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("model", "purchase_date", "location")


def upgrade() -> None:
    for column in COLUMNS:
        op.create_index(f"ix_customer_assets_{column}_id", "customer_assets", [column, "id"], unique=False)


def downgrade() -> None:
    for column in COLUMNS:
        op.drop_index(f"ix_customer_assets_{column}_id", table_name="customer_assets")
