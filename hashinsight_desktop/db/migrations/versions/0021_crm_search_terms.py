"""CRM search terms: the lower-case words of each customer's and asset's searchable text, so a search is an
index range per word on both engines (PostgreSQL compares them in the "C" collation, as SQLite does).
Existing customers and assets are indexed here.

Revision ID: 0021_crm_search_terms
Revises: 0020_billing
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_crm_search_terms"
down_revision: str | None = "0020_billing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    terms = op.create_table(
        "crm_search_terms",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "term", sa.String(length=64).with_variant(sa.String(64, collation="C"), "postgresql"), nullable=False
        ),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "term", "entity_id", name=op.f("pk_crm_search_terms")),
    )
    op.create_index(op.f("ix_crm_search_terms_entity_id"), "crm_search_terms", ["entity_id"], unique=False)
    # The rows already there, split into words as the services do (a later change of the words re-indexes).
    from hashinsight_desktop.services.crm.search_terms import customer_texts, terms_of

    connection = op.get_bind()
    customers = sa.table(
        "customers", *(sa.column(c, sa.String()) for c in ("name", "company", "contact_email", "phone", "tax_id"))
    )
    assets = sa.table("customer_assets", *(sa.column(c, sa.String()) for c in ("serial", "model", "location")))
    uuid_id = sa.column("id", sa.Uuid())
    rows = []
    for row in connection.execute(sa.select(uuid_id, *customers.c).select_from(customers)):
        rows += [{"kind": "customer", "term": t, "entity_id": row[0]} for t in terms_of(*customer_texts(*row[1:]))]
    for row in connection.execute(sa.select(uuid_id, *assets.c).select_from(assets)):
        rows += [{"kind": "asset", "term": t, "entity_id": row[0]} for t in terms_of(*row[1:])]
    if rows:
        op.bulk_insert(terms, rows)


def downgrade() -> None:
    op.drop_table("crm_search_terms")
