"""jobs: the place a post's names say when it states none, stored so that the place filter can read it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 14:40:00

``location_inferred`` is ``Job.inferred_location`` from the province down (「河南省开封市兰考县」): NULL
when the post states a location or its employer, 上级单位 and announcement name no place. Rows written
before are filled here from those columns with ``features.place_inference`` as it is now (the
service brings them up to date at each start, ``repository.refresh_inferred_places``, should the
inference change later). Going back drops the column: nothing else reads it.
"""

from alembic import op
import sqlalchemy as sa

from features.place_inference import infer_location


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

#: The columns this revision reads and writes, as they stand at 0011 (not the current models).
_jobs = sa.table('jobs', sa.column('id', sa.String), sa.column('location', sa.String),
                 sa.column('employer', sa.String), sa.column('parent_unit', sa.String),
                 sa.column('announcement', sa.String), sa.column('location_inferred', sa.Text))


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('location_inferred', sa.Text(), nullable=True))
    bind = op.get_bind()
    unplaced = bind.execute(sa.select(_jobs.c.id, _jobs.c.employer, _jobs.c.parent_unit, _jobs.c.announcement)
                            .where(sa.or_(_jobs.c.location.is_(None), _jobs.c.location == ''))).all()
    filled = [{'job_id': job_id, 'place': inferred.place} for job_id, employer, parent_unit, announcement in unplaced
              if (inferred := infer_location(employer, parent_unit, announcement)) is not None]
    if filled:
        bind.execute(_jobs.update().where(_jobs.c.id == sa.bindparam('job_id'))
                     .values(location_inferred=sa.bindparam('place')), filled)


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('location_inferred')
