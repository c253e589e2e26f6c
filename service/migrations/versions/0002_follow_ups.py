"""follow-ups: what came of each job put to a graduate (append-only)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 10:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=100), nullable=False),
    sa.Column('graduate_id', sa.String(length=64), nullable=False),
    sa.Column('job_id', sa.String(length=64), nullable=False),
    sa.Column('job_title', sa.String(length=300), nullable=False),
    sa.Column('job_employer', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('subsidy', sa.String(length=16), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_follow_ups_graduate_job', 'follow_ups', ['graduate_id', 'job_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_follow_ups_graduate_job', table_name='follow_ups')
    op.drop_table('follow_ups')
