"""jobs: degree_matching, a 学位 of 「与学历相对应的学位」 kept as the post words it

Revision ID: 0019_job_degree_matching
Revises: 0018_unique_id_number
Create Date: 2026-12-07 07:40:00

A post asking 「与学历相对应的学位」 asks each applicant for the degree of their own level (a 硕士
graduate a 硕士 degree); stored jobs kept only the lowest degree (学士 for 本科及以上), so a 硕士
graduate read 「岗位要求学士及以上学位」 and one without a 硕士 degree passed. Existing rows start
false (read as before: the stored degree and above); re-import their table to keep the wording.
Going back drops it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0019_job_degree_matching'
down_revision = '0018_unique_id_number'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('degree_matching', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # In place, as 0014 to 0017 do: no copy of the table, so nothing pointing at it is touched (SQLite 3.35+).
        op.execute("ALTER TABLE jobs DROP COLUMN degree_matching")
    else:
        op.drop_column('jobs', 'degree_matching')
