"""Persistence: SQLAlchemy models, migrations runner and repository functions."""
