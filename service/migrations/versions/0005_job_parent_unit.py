"""jobs: the unit above the employer (上级单位, 主管部门) and the exam type (考试类型), which
tell the system of a post whose employer is named only by an office (综合行政执法队 of a
街道办事处), for industry fairs

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 05:00:00

Jobs written before keep NULL in both: their tables' columns were not kept, so re-import the
table to fill them (an import replaces a job with the same id).
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('parent_unit', sa.String(length=300), nullable=True))
        batch.add_column(sa.Column('exam_type', sa.String(length=50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('exam_type')
        batch.drop_column('parent_unit')
