"""jobs: updated_on, the day the job board last updated the posting (招聘信息更新时间)

Revision ID: 0020_job_updated_on
Revises: 0019_job_degree_matching
Create Date: 2026-12-07 09:40:00

``jobmatch check-jobs`` asks about a post with no deadline last updated more than 180 days before
(信息更新已久) from the file's 招聘信息更新时间; stored jobs did not keep that day, so /api/job-checks
never did (Wuhan's table: the CLI 706 such posts, the stored jobs' check none). Existing rows start
NULL (read as stating none: not asked about, as before); re-import their table to fill it. Going
back drops it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0020_job_updated_on'
down_revision = '0019_job_degree_matching'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('updated_on', sa.Date(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # In place, as 0014 to 0019 do: no copy of the table, so nothing pointing at it is touched (SQLite 3.35+).
        op.execute("ALTER TABLE jobs DROP COLUMN updated_on")
    else:
        op.drop_column('jobs', 'updated_on')
