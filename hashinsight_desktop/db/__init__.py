"""Persistence: SQLAlchemy models, engine, migrations. No Qt, no services."""
