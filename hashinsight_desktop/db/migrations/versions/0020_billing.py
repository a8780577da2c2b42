"""Hosting billing: versioned contracts, invoices, number series, credit notes, payments, reminder steps,
curtail proposals; exact usage columns on telemetry_rollups (billing reads the roll-ups, not raw samples).

Revision ID: 0020_billing
Revises: 0019_tickets
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_billing"
down_revision: str | None = "0019_tickets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "billing_number_series",
        sa.Column("series", sa.String(length=32), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", name=op.f("pk_billing_number_series")),
    )
    op.create_table(
        "billing_contracts",
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_billing_contracts_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_billing_contracts_site_id_sites"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_contracts")),
        sa.UniqueConstraint("reference", name=op.f("uq_billing_contracts_reference")),
    )
    with op.batch_alter_table("billing_contracts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_billing_contracts_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_billing_contracts_site_id"), ["site_id"], unique=False)

    op.create_table(
        "billing_contract_versions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("deposit_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("billing_mode", sa.String(length=16), nullable=False),
        sa.Column("payment_terms_days", sa.Integer(), nullable=False),
        sa.Column("reminders", sa.JSON(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["billing_contracts.id"],
            name=op.f("fk_billing_contract_versions_contract_id_billing_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_contract_versions")),
        sa.UniqueConstraint("contract_id", "number", name=op.f("uq_billing_contract_versions_contract_id_number")),
    )
    op.create_table(
        "invoices",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("contract_version_id", sa.Uuid(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("total_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["billing_contracts.id"],
            name=op.f("fk_invoices_contract_id_billing_contracts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contract_version_id"],
            ["billing_contract_versions.id"],
            name=op.f("fk_invoices_contract_version_id_billing_contract_versions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_invoices_customer_id_customers"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("number", name=op.f("uq_invoices_number")),
    )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index("ix_invoices_contract_id_period", ["contract_id", "period"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoices_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_invoices_status_due_on", ["status", "due_on"], unique=False)

    op.create_table(
        "billing_curtail_proposals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("miner_ids", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_billing_curtail_proposals_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_billing_curtail_proposals_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_curtail_proposals")),
        sa.UniqueConstraint("invoice_id", "action", name=op.f("uq_billing_curtail_proposals_invoice_id_action")),
    )
    with op.batch_alter_table("billing_curtail_proposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_billing_curtail_proposals_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "credit_notes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("amount_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_credit_notes_invoice_id_invoices"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_notes")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_notes_number")),
    )
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_notes_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "invoice_payments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("amount_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_payments_invoice_id_invoices"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_payments")),
    )
    with op.batch_alter_table("invoice_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_payments_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "invoice_reminder_steps",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("days_from_due", sa.Integer(), nullable=False),
        sa.Column("fee_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_reminder_steps_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_reminder_steps")),
        sa.UniqueConstraint("invoice_id", "step", name=op.f("uq_invoice_reminder_steps_invoice_id_step")),
    )
    with op.batch_alter_table("telemetry_rollups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hashing_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("sleeping_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("curtailed_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("offline_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("energy_mwus", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("first_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("last_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("last_power_mw", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("last_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("spill_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_power_mw", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("inner_gaps", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("telemetry_rollups", schema=None) as batch_op:
        batch_op.drop_column("inner_gaps")
        batch_op.drop_column("prev_status")
        batch_op.drop_column("prev_power_mw")
        batch_op.drop_column("prev_us")
        batch_op.drop_column("spill_us")
        batch_op.drop_column("last_status")
        batch_op.drop_column("last_power_mw")
        batch_op.drop_column("last_us")
        batch_op.drop_column("first_us")
        batch_op.drop_column("energy_mwus")
        batch_op.drop_column("offline_us")
        batch_op.drop_column("curtailed_us")
        batch_op.drop_column("sleeping_us")
        batch_op.drop_column("hashing_us")

    op.drop_table("invoice_reminder_steps")
    with op.batch_alter_table("invoice_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_payments_invoice_id"))

    op.drop_table("invoice_payments")
    with op.batch_alter_table("credit_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_notes_invoice_id"))

    op.drop_table("credit_notes")
    with op.batch_alter_table("billing_curtail_proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_billing_curtail_proposals_customer_id"))

    op.drop_table("billing_curtail_proposals")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_status_due_on")
        batch_op.drop_index(batch_op.f("ix_invoices_customer_id"))
        batch_op.drop_index("ix_invoices_contract_id_period")

    op.drop_table("invoices")
    op.drop_table("billing_contract_versions")
    with op.batch_alter_table("billing_contracts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_billing_contracts_site_id"))
        batch_op.drop_index(batch_op.f("ix_billing_contracts_customer_id"))

    op.drop_table("billing_contracts")
    op.drop_table("billing_number_series")
