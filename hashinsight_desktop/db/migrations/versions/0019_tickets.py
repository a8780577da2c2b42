"""Tickets and incidents with SLA policies, business calendars and holidays; the CRM's e-mail send log.

Revision ID: 0019_tickets
Revises: 0018_sales_pipeline
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_tickets"
down_revision: str | None = "0018_sales_pipeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "business_calendars",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("hours", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_calendars")),
        sa.UniqueConstraint("name", name=op.f("uq_business_calendars_name")),
    )
    op.create_table(
        "email_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("related_kind", sa.String(length=24), nullable=True),
        sa.Column("related_id", sa.String(length=64), nullable=True),
        sa.Column("queued_by", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("channel_name", sa.String(length=80), nullable=True),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_log")),
    )
    with op.batch_alter_table("email_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_email_log_created_at"), ["created_at"], unique=False)
        batch_op.create_index("ix_email_log_related_kind_related_id", ["related_kind", "related_id"], unique=False)
        batch_op.create_index("ix_email_log_status_next_attempt_at", ["status", "next_attempt_at"], unique=False)

    op.create_table(
        "calendar_holidays",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("calendar_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=120), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["business_calendars.id"],
            name=op.f("fk_calendar_holidays_calendar_id_business_calendars"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_holidays")),
        sa.UniqueConstraint("calendar_id", "day", name=op.f("uq_calendar_holidays_calendar_id_day")),
    )
    with op.batch_alter_table("calendar_holidays", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_holidays_calendar_id"), ["calendar_id"], unique=False)

    op.create_table(
        "incidents",
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("opened_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_incidents_site_id_sites"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_site_id"), ["site_id"], unique=False)
        batch_op.create_index("ix_incidents_started_at", ["started_at"], unique=False)

    op.create_table(
        "sla_policies",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("calendar_id", sa.Uuid(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["business_calendars.id"],
            name=op.f("fk_sla_policies_calendar_id_business_calendars"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sla_policies_customer_id_customers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_policies")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_sla_policies_customer_id")),
        sa.UniqueConstraint("name", name=op.f("uq_sla_policies_name")),
    )
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sla_policies_calendar_id"), ["calendar_id"], unique=False)

    op.create_table(
        "incident_miners",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_miners_incident_id_incidents"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_incident_miners_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("incident_id", "miner_id", name=op.f("pk_incident_miners")),
    )
    with op.batch_alter_table("incident_miners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_miners_miner_id"), ["miner_id"], unique=False)

    op.create_table(
        "tickets",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("policy_id", sa.Uuid(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("subject_key", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("opened_by", sa.String(length=64), nullable=False),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("response_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("response_breached", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("resolution_breached", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_tickets_assignee_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_tickets_customer_id_customers"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["sla_policies.id"], name=op.f("fk_tickets_policy_id_sla_policies"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_tickets_site_id_sites"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
        sa.UniqueConstraint("number", name=op.f("uq_tickets_number")),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tickets_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index("ix_tickets_customer_id_opened_at", ["customer_id", "opened_at"], unique=False)
        batch_op.create_index("ix_tickets_resolution_due_at", ["resolution_due_at"], unique=False)
        batch_op.create_index("ix_tickets_response_due_at", ["response_due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_site_id"), ["site_id"], unique=False)
        batch_op.create_index("ix_tickets_status_opened_at", ["status", "opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_subject_key"), ["subject_key"], unique=False)

    op.create_table(
        "incident_tickets",
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_tickets_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_incident_tickets_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("incident_id", "ticket_id", name=op.f("pk_incident_tickets")),
    )
    with op.batch_alter_table("incident_tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_tickets_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "ticket_messages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("from_customer", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_messages_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_messages")),
    )
    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_messages_ticket_id_created_at", ["ticket_id", "created_at"], unique=False)

    op.create_table(
        "ticket_miners",
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("miner_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["miner_id"], ["miners.id"], name=op.f("fk_ticket_miners_miner_id_miners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_miners_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("ticket_id", "miner_id", name=op.f("pk_ticket_miners")),
    )
    with op.batch_alter_table("ticket_miners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_miners_miner_id"), ["miner_id"], unique=False)

    op.create_table(
        "ticket_status_changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_status_changes_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_status_changes")),
    )
    with op.batch_alter_table("ticket_status_changes", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_status_changes_ticket_id_at", ["ticket_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket_status_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_status_changes_ticket_id_at")

    op.drop_table("ticket_status_changes")
    with op.batch_alter_table("ticket_miners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_miners_miner_id"))

    op.drop_table("ticket_miners")
    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_messages_ticket_id_created_at")

    op.drop_table("ticket_messages")
    with op.batch_alter_table("incident_tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_tickets_ticket_id"))

    op.drop_table("incident_tickets")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_subject_key"))
        batch_op.drop_index("ix_tickets_status_opened_at")
        batch_op.drop_index(batch_op.f("ix_tickets_site_id"))
        batch_op.drop_index("ix_tickets_response_due_at")
        batch_op.drop_index("ix_tickets_resolution_due_at")
        batch_op.drop_index("ix_tickets_customer_id_opened_at")
        batch_op.drop_index(batch_op.f("ix_tickets_assignee_id"))

    op.drop_table("tickets")
    with op.batch_alter_table("incident_miners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_miners_miner_id"))

    op.drop_table("incident_miners")
    with op.batch_alter_table("sla_policies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sla_policies_calendar_id"))

    op.drop_table("sla_policies")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_started_at")
        batch_op.drop_index(batch_op.f("ix_incidents_site_id"))

    op.drop_table("incidents")
    with op.batch_alter_table("calendar_holidays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_holidays_calendar_id"))

    op.drop_table("calendar_holidays")
    with op.batch_alter_table("email_log", schema=None) as batch_op:
        batch_op.drop_index("ix_email_log_status_next_attempt_at")
        batch_op.drop_index("ix_email_log_related_kind_related_id")
        batch_op.drop_index(batch_op.f("ix_email_log_created_at"))

    op.drop_table("email_log")
    op.drop_table("business_calendars")
