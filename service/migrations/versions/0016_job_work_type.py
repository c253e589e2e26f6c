"""jobs: work_type, the 工作类型 cell as written (全职, 兼职/临时, 实习)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:40:00

Job checks read a post's 工作类型 to tell part-time and intern posts (非全职岗位); stored jobs did not
keep it, so the web page (/job-checks) judged them by their titles alone and disagreed with
``jobmatch check-jobs`` on the same file (Wuhan 2024: 17 against 20, 6 in both). Existing rows start
NULL (read as stating none: judged by the title, as before); re-import their table to fill it. Going
back drops it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('work_type', sa.Text(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # In place, as 0014 and 0015 do: no copy of the table, so nothing pointing at it is touched (SQLite 3.35+).
        op.execute("ALTER TABLE jobs DROP COLUMN work_type")
    else:
        op.drop_column('jobs', 'work_type')
