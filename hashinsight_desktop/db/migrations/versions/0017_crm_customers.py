"""CRM customers: account details (company, billing address, tax id, phone), tags, contacts with roles,
and assets (a fleet miner or other equipment with serial, warranty and location); indexes for the
customers table's sorting and the customer filter of every CRM list.

Revision ID: 0017_crm_customers
Revises: 0016_missed_start_reported
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_crm_customers"
down_revision: str | None = "0016_missed_start_reported"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _entity_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("company", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("billing_address", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("tax_id", sa.String(length=64), server_default="", nullable=False))
        batch_op.add_column(sa.Column("phone", sa.String(length=64), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_customers_company"), ["company"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_contact_email"), ["contact_email"], unique=False)

    op.create_table(
        "customer_tags",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_tags_customer_id_customers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("customer_id", "tag", name=op.f("pk_customer_tags")),
    )
    op.create_index(op.f("ix_customer_tags_tag"), "customer_tags", ["tag"], unique=False)

    op.create_table(
        "customer_contacts",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=64), server_default="", nullable=False),
        sa.Column("role", sa.String(length=16), server_default="other", nullable=False),
        sa.Column("is_billing", sa.Boolean(), server_default=sa.false(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_contacts_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_contacts")),
    )
    op.create_index(op.f("ix_customer_contacts_customer_id"), "customer_contacts", ["customer_id"], unique=False)
    op.create_index(op.f("ix_customer_contacts_email"), "customer_contacts", ["email"], unique=False)

    op.create_table(
        "customer_assets",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("serial", sa.String(length=120), nullable=False),
        sa.Column("model", sa.String(length=120), server_default="", nullable=False),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("warranty_end", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=200), server_default="", nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_assets_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_customer_assets_miner_id_miners"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_assets")),
        sa.UniqueConstraint("customer_id", "serial", name=op.f("uq_customer_assets_customer_id_serial")),
    )
    op.create_index(op.f("ix_customer_assets_customer_id"), "customer_assets", ["customer_id"], unique=False)
    op.create_index(
        "ix_customer_assets_customer_id_warranty_end", "customer_assets", ["customer_id", "warranty_end"], unique=False
    )
    op.create_index(op.f("ix_customer_assets_miner_id"), "customer_assets", ["miner_id"], unique=False)
    op.create_index(op.f("ix_customer_assets_serial"), "customer_assets", ["serial"], unique=False)
    op.create_index(op.f("ix_customer_assets_warranty_end"), "customer_assets", ["warranty_end"], unique=False)


def downgrade() -> None:
    op.drop_table("customer_assets")
    op.drop_table("customer_contacts")
    op.drop_table("customer_tags")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_contact_email"))
        batch_op.drop_index(batch_op.f("ix_customers_company"))
        batch_op.drop_column("phone")
        batch_op.drop_column("tax_id")
        batch_op.drop_column("billing_address")
        batch_op.drop_column("company")
