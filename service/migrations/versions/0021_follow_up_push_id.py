"""follow_ups: push_id, which push of a job to a graduate a row belongs to

Revision ID: 0021_follow_up_push_id
Revises: 0020_job_updated_on
Create Date: 2026-12-07 12:40:00

A row named its post only by job id, title and employer, and each push's current state was the
newest row per (graduate, job id). A pushed job deleted and its id given to another post then
had its old push and the new post's merged: a result for the old post could not be recorded
(it became the new post's), so the old push stayed 「尚无结果」 for ever. ``push_id`` is the id of
the push's first row, shared by every row of that push; states group by it too.

Existing rows are filled as the graduate's page already told them apart: the rows of one graduate
and job id that are about the job stored under it now (stored before the row, or keeping its title
and employer) are one push, the others (a post deleted since) another. Nothing else is rewritten;
no column of follow_ups is changed. Going back drops the new column in place.
"""

from alembic import op
import sqlalchemy as sa


revision = '0021_follow_up_push_id'
down_revision = '0020_job_updated_on'
branch_labels = None
depends_on = None


def _listed(alias: str) -> str:
    """SQL: whether row ``alias`` is about the job stored under its id now (``follow_ups._about`` as it read
    before this revision)."""
    return (f"EXISTS (SELECT 1 FROM jobs j WHERE j.id = {alias}.job_id AND (j.created_at <= {alias}.at OR "
            f"(j.title = {alias}.job_title AND (j.employer = {alias}.job_employer OR "
            f"(j.employer IS NULL AND {alias}.job_employer IS NULL)))))")


def upgrade() -> None:
    with op.batch_alter_table('follow_ups') as batch:
        batch.add_column(sa.Column('push_id', sa.Integer(), nullable=True))
    # Each row's push: the first row of its graduate and job id on the same side of "about the listed job".
    op.execute(
        "UPDATE follow_ups SET push_id = (SELECT MIN(f2.id) FROM follow_ups f2 "
        "WHERE f2.graduate_id = follow_ups.graduate_id AND f2.job_id = follow_ups.job_id "
        f"AND ({_listed('f2')}) = ({_listed('follow_ups')})) WHERE job_id IS NOT NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # In place, as 0014 to 0020 do: no copy of the table, so nothing pointing at it is touched (SQLite 3.35+).
        op.execute("ALTER TABLE follow_ups DROP COLUMN push_id")
    else:
        op.drop_column('follow_ups', 'push_id')
