"""The sales pipeline: leads, deals with per-stage probabilities (seeded, editable), activities on any
customer, lead, deal or ticket, commissions of completed deals; users get an e-mail address for the
notices a deal's owner receives.

Revision ID: 0018_sales_pipeline
Revises: 0017_crm_customers
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_sales_pipeline"
down_revision: str | None = "0017_crm_customers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(14, 2)
PERCENT = sa.Numeric(5, 2)
# The probabilities a new database starts with (the deals table's weighted value); open stages are editable.
STAGE_PROBABILITIES = {"draft": 10, "pending": 25, "approved": 50, "signed": 90, "completed": 100, "lost": 0}


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


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=True))

    op.create_table(
        "leads",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), server_default="", nullable=False),
        sa.Column("contact_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("source", sa.String(length=40), server_default="", nullable=False),
        sa.Column("value_estimate", MONEY, nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="new", nullable=False),
        sa.Column("lost_reason", sa.Text(), nullable=True),
        sa.Column("next_step", sa.String(length=200), server_default="", nullable=False),
        sa.Column("next_step_due", sa.Date(), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lost_from", sa.String(length=16), nullable=True),
        *_entity_columns(),
        _fk("leads", "owner_id", "users", "RESTRICT"),
        _fk("leads", "customer_id", "customers", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    op.create_index("ix_leads_status_updated_at", "leads", ["status", "updated_at"])
    op.create_index("ix_leads_owner_id_status", "leads", ["owner_id", "status"])
    op.create_index(op.f("ix_leads_customer_id"), "leads", ["customer_id"])

    op.create_table(
        "deals",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("lead_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.String(length=16), server_default="draft", nullable=False),
        sa.Column("value", MONEY, nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("commission_rate_pct", PERCENT, nullable=False),
        sa.Column("stage_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lost_reason", sa.Text(), nullable=True),
        sa.Column("lost_from", sa.String(length=16), nullable=True),
        *_entity_columns(),
        _fk("deals", "customer_id", "customers", "RESTRICT"),
        _fk("deals", "lead_id", "leads", "RESTRICT"),
        _fk("deals", "owner_id", "users", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
        sa.UniqueConstraint("lead_id", name=op.f("uq_deals_lead_id")),
    )
    op.create_index("ix_deals_stage_updated_at", "deals", ["stage", "updated_at"])
    op.create_index("ix_deals_owner_id_stage", "deals", ["owner_id", "stage"])
    op.create_index("ix_deals_signed_at", "deals", ["signed_at"])
    op.create_index(op.f("ix_deals_customer_id"), "deals", ["customer_id"])

    probabilities = op.create_table(
        "deal_stage_probabilities",
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("probability_pct", PERCENT, nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("stage", name=op.f("pk_deal_stage_probabilities")),
    )
    op.bulk_insert(
        probabilities,
        [{"stage": stage, "probability_pct": pct, "version": 1} for stage, pct in STAGE_PROBABILITIES.items()],
    )

    op.create_table(
        "activities",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject_kind", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), server_default="", nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        *_entity_columns(),
        _fk("activities", "customer_id", "customers", "CASCADE"),
        _fk("activities", "owner_id", "users", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    op.create_index(
        "ix_activities_subject_kind_subject_id_created_at", "activities", ["subject_kind", "subject_id", "created_at"]
    )
    op.create_index("ix_activities_owner_id_done_at_due_at", "activities", ["owner_id", "done_at", "due_at"])
    op.create_index("ix_activities_customer_id_created_at", "activities", ["customer_id", "created_at"])
    op.create_index("ix_activities_created_at", "activities", ["created_at"])

    op.create_table(
        "commissions",
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("deal_value", MONEY, nullable=False),
        sa.Column("rate_pct", PERCENT, nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("earned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        *_entity_columns(),
        _fk("commissions", "deal_id", "deals", "RESTRICT"),
        _fk("commissions", "owner_id", "users", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commissions")),
        sa.UniqueConstraint("deal_id", name=op.f("uq_commissions_deal_id")),
    )
    op.create_index("ix_commissions_month_owner_id", "commissions", ["month", "owner_id"])


def downgrade() -> None:
    op.drop_table("commissions")
    op.drop_table("activities")
    op.drop_table("deal_stage_probabilities")
    op.drop_table("deals")
    op.drop_table("leads")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("email")
