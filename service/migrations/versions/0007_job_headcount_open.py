"""jobs: whether the headcount was stated as not fixed (「若干」), which a NULL headcount alone
cannot tell from an empty cell (not stated)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 09:40:00

Jobs written before read false: their 「若干」 was not kept, so re-import the table to restore it
(an import replaces a job with the same id).
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('headcount_open', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('headcount_open')
