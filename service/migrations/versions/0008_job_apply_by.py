"""jobs: the last day to apply (报名截止日期); NULL when the source states none

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:10:00

Jobs written before read NULL (no deadline): re-import their table to add the dates.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('apply_by', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('apply_by')
