"""jobs: the pay cell as written (薪酬待遇, 「面议」 kept apart from an empty cell) and the employer's contact

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 14:00:00

Both NULL when not stated. Jobs written before read NULL (an unknown pay then reads as not stated,
and no contact): re-import their table to add them. Text columns: a pay cell may be a paragraph
(gkld: up to 125 characters), a contact several labelled parts.
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('pay_text', sa.Text(), nullable=True))
        batch.add_column(sa.Column('contact', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('contact')
        batch.drop_column('pay_text')
