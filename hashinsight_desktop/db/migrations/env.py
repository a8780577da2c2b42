"""Alembic environment: runs on the connection handed over by db.migrate (never reads alembic.ini)."""

from __future__ import annotations

from alembic import context

from hashinsight_desktop.db import models  # noqa: F401  (fills Base.metadata)
from hashinsight_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through hashinsight_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
