"""follow-up request keys: the answer the first request got (replayed as it was) and an index
on their time, so that expired keys are deleted cheaply when new ones are written

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 09:30:00

Keys written before keep NULL: their replay is built from the follow-up they wrote, as before.
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('follow_up_request_keys') as batch:
        batch.add_column(sa.Column('response_body', sa.Text(), nullable=True))
    op.create_index('ix_follow_up_request_keys_at', 'follow_up_request_keys', ['at'])


def downgrade() -> None:
    op.drop_index('ix_follow_up_request_keys_at', table_name='follow_up_request_keys')
    with op.batch_alter_table('follow_up_request_keys') as batch:
        batch.drop_column('response_body')
