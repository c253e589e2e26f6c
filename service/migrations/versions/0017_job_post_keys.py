"""jobs: position_code and department, the 职位代码 and 内设机构/科室 cells as written

Revision ID: 0017_job_post_keys
Revises: 0016
Create Date: 2026-12-07 06:50:00

The duplicate check (疑似重复岗位) tells apart posts the table numbers or assigns apart; stored jobs
did not keep those cells, so /api/job-checks flagged as twins posts that ``jobmatch check-jobs`` on the
same file does not (gkld: 121 against the file's 22). Existing rows start NULL (read as stating
neither: compared as before); re-import their table to fill them. Going back drops both.
"""

from alembic import op
import sqlalchemy as sa


revision = '0017_job_post_keys'
down_revision = '0016'
branch_labels = None
depends_on = None

_COLUMNS = ('position_code', 'department')


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        for name in _COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))


def downgrade() -> None:
    for name in reversed(_COLUMNS):
        if op.get_bind().dialect.name == 'sqlite':
            # In place, as 0014 to 0016 do: no copy of the table, so nothing pointing at it is touched (SQLite 3.35+).
            op.execute(f"ALTER TABLE jobs DROP COLUMN {name}")
        else:
            op.drop_column('jobs', name)
