"""The audit log's end: ``audit_head`` holds the newest record's seq and hash, kept by a trigger on every insert
into ``audit_log``; another trigger lets it only move forward and refuses its deletion, so removing the newest
records (or emptying the log) shows in ``audit verify`` and refuses the next append. Filled from the log as it is.

Revision ID: 0009_audit_head
Revises: 0008_alert_rules_health
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_audit_head"
down_revision: str | None = "0008_alert_rules_health"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_TRIGGERS = """
CREATE FUNCTION audit_head_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_head (id, seq, record_hash) VALUES (1, NEW.seq, NEW.record_hash)
    ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, record_hash = EXCLUDED.record_hash;
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_head_follow();
CREATE FUNCTION audit_head_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.seq > OLD.seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_head only moves forward: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_refuse_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_head_refuse_change();
"""

# SQLite: the same rules (a file's owner can drop them; the settings folder's head file covers that).
SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log BEGIN
        INSERT INTO audit_head (id, seq, record_hash) VALUES (1, NEW.seq, NEW.record_hash)
        ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, record_hash = excluded.record_hash;
    END""",
    """CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head WHEN NEW.seq <= OLD.seq BEGIN
        SELECT RAISE(ABORT, 'audit_head only moves forward: UPDATE refused');
    END""",
    """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN
        SELECT RAISE(ABORT, 'audit_head only moves forward: DELETE refused');
    END""",
)


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.execute(
        "INSERT INTO audit_head (id, seq, record_hash) "
        "SELECT 1, seq, record_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_TRIGGERS)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_moves_head ON audit_log")
        op.execute("DROP TABLE audit_head CASCADE")
        op.execute("DROP FUNCTION audit_head_follow()")
        op.execute("DROP FUNCTION audit_head_refuse_change()")
    else:
        op.execute("DROP TRIGGER audit_log_moves_head")
        op.drop_table("audit_head")
