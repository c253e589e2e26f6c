"""graduates: the narrower hardship groups a sheet names (低保家庭, 特困人员, 防返贫监测对象) and
the national student loan (获得国家助学贷款), both sensitive

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 12:00:00

Rows written before keep NULL in both: no group named and the loan not stated, which is
what their sheets told the service (policies then review, as before).
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('graduates') as batch:
        batch.add_column(sa.Column('hardship_groups', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('student_loan', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('graduates') as batch:
        batch.drop_column('student_loan')
        batch.drop_column('hardship_groups')
