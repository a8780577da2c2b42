"""Pipeline search and open tasks: the words of existing leads, deals and activities in the CRM's word index
(``crm_search_terms``, kinds lead, deal, activity; the services write them with every change from now on), and
an index for the open-tasks list across owners (kind, done_at, due_at).

Revision ID: 0023_pipeline_search
Revises: 0022_ticket_list_indexes
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_pipeline_search"
down_revision: str | None = "0022_ticket_list_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("lead", "deal", "activity")


def upgrade() -> None:
    op.create_index("ix_activities_kind_done_at_due_at", "activities", ["kind", "done_at", "due_at"])
    from hashinsight_desktop.services.crm.search_terms import term_rows

    connection = op.get_bind()
    uuid_id = sa.column("id", sa.Uuid())
    sources = {
        "lead": sa.table(
            "leads", *(sa.column(c, sa.String()) for c in ("title", "company", "contact_name", "email", "phone"))
        ),
        "deal": sa.table("deals", sa.column("title", sa.String())),
        "activity": sa.table("activities", sa.column("title", sa.String())),
    }
    terms = sa.table(
        "crm_search_terms",
        sa.column("kind", sa.String()),
        sa.column("term", sa.String()),
        sa.column("entity_id", sa.Uuid()),
    )
    # Rewritten whole: a console that ran newer services against this database may have written some already.
    connection.execute(sa.delete(terms).where(terms.c.kind.in_(KINDS)))
    for kind, table in sources.items():
        rows = []
        for row in connection.execute(sa.select(uuid_id, *table.c).select_from(table)):
            rows += term_rows(kind, row[0], *row[1:])
        if rows:
            op.bulk_insert(terms, rows)


def downgrade() -> None:
    terms = sa.table("crm_search_terms", sa.column("kind", sa.String()))
    op.get_bind().execute(sa.delete(terms).where(terms.c.kind.in_(KINDS)))
    op.drop_index("ix_activities_kind_done_at_due_at", table_name="activities")
