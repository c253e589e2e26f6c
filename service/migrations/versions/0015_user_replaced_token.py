"""users: replaced_token_hash, the hash of the token a reissue replaced

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 03:35:00

The login page tells a visitor whose cookie holds a reissued account's old token that it was
replaced (not just 「登录已失效」); a reissue overwrote the only hash, so the last replaced one is kept
here. Existing rows start empty. Going back drops it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('replaced_token_hash', sa.String(64), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # in place, as 0014 does: a batch copy of users would null or delete the rows pointing at it
        op.execute("ALTER TABLE users DROP COLUMN replaced_token_hash")
    else:
        op.drop_column('users', 'replaced_token_hash')
