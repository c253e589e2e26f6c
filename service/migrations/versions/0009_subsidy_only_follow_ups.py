"""follow_ups: a row may record only the graduate's 求职创业补贴 state, without a job

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 10:30:00

job_id, job_title and status become nullable; a check keeps each row either a job's follow-up
(all three set) or a subsidy-only record (all three NULL, subsidy set). Rows written before
are all of the first kind. Going back to 0008 deletes the subsidy-only rows (that schema cannot
hold them) and the request keys that point at them.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

CHECK = ("(job_id IS NOT NULL AND job_title IS NOT NULL AND status IS NOT NULL) OR "
         "(job_id IS NULL AND job_title IS NULL AND status IS NULL AND subsidy IS NOT NULL)")


class _KeysKept:
    """SQLite alters a column by copying the table and dropping the old one, and dropping
    follow_ups with foreign keys on deletes every request key (ON DELETE CASCADE): keep them
    aside meanwhile. PostgreSQL alters in place."""

    def __enter__(self):
        self.sqlite = op.get_bind().dialect.name == 'sqlite'
        if self.sqlite:
            op.execute("CREATE TEMP TABLE kept_request_keys AS SELECT * FROM follow_up_request_keys")

    def __exit__(self, *exc):
        if self.sqlite and exc[0] is None:
            op.execute("DELETE FROM follow_up_request_keys")
            op.execute("INSERT INTO follow_up_request_keys SELECT * FROM kept_request_keys "
                       "WHERE follow_up_id IN (SELECT id FROM follow_ups)")
            op.execute("DROP TABLE kept_request_keys")
        return False


def upgrade() -> None:
    with _KeysKept(), op.batch_alter_table('follow_ups') as batch:
        batch.alter_column('job_id', existing_type=sa.String(length=64), nullable=True)
        batch.alter_column('job_title', existing_type=sa.String(length=300), nullable=True)
        batch.alter_column('status', existing_type=sa.String(length=16), nullable=True)
        batch.create_check_constraint('ck_follow_ups_job_or_subsidy', CHECK)


def downgrade() -> None:
    subsidy_only = "SELECT id FROM follow_ups WHERE job_id IS NULL"
    op.execute(f"DELETE FROM follow_up_request_keys WHERE follow_up_id IN ({subsidy_only})")
    op.execute("DELETE FROM follow_ups WHERE job_id IS NULL")
    with _KeysKept(), op.batch_alter_table('follow_ups') as batch:
        batch.drop_constraint('ck_follow_ups_job_or_subsidy', type_='check')
        batch.alter_column('status', existing_type=sa.String(length=16), nullable=False)
        batch.alter_column('job_title', existing_type=sa.String(length=300), nullable=False)
        batch.alter_column('job_id', existing_type=sa.String(length=64), nullable=False)
