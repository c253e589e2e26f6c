"""users: revision, a counter raised by every change of an account (deactivated, token reissued)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 02:20:00

A running service notices changes of the accounts by one aggregate over the table
(``repository.accounts_mark``); a reissued token changes no count and no id, so each change
raises this counter and the mark sums it. Existing rows start at 0. Going back drops it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('revision', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # Batch mode would copy users and drop the old table: with foreign keys on, that sets every
        # follow-up's and audit entry's user_id to NULL and deletes the request keys (ON DELETE
        # CASCADE). SQLite drops a plain column in place (3.35+).
        op.execute("ALTER TABLE users DROP COLUMN revision")
    else:
        op.drop_column('users', 'revision')
