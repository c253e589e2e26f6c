"""jobs: the announcement a post was published under (招聘公告) and the season year it names

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 11:50:00

Both NULL when unknown. Jobs written before read NULL (season unknown, so not closed by it):
re-import their table to add them.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('announcement', sa.String(length=300), nullable=True))
        batch.add_column(sa.Column('season_year', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('season_year')
        batch.drop_column('announcement')
