"""graduates: 生源地 (origin_place), the place of origin registered at admission

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 17:10:00

Only adds the nullable column: rows written before hold no 生源地 (NULL, unknown), as a sheet
without the column would. Going back drops it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('graduates') as batch:
        batch.add_column(sa.Column('origin_place', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('graduates') as batch:
        batch.drop_column('origin_place')
