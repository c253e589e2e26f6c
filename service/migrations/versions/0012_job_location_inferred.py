"""jobs: the place a post's names say when it states none, stored so that the place filter can read it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 14:40:00

``location_inferred`` is ``Job.inferred_location`` from the province down (「河南省开封市兰考县」): NULL
when the post states a location or its employer, 上级单位 and announcement name no place. This
revision only adds the column. Rows written before are filled by the service at its start
(``job_store.refresh_inferred_places``, run on every start to follow a changed inference anyway),
before the first request: a migration that called ``features.place_inference`` would run today's
code for ever, and a later change of that code (its signature, its gazetteer) would break or
change fresh installs, whereas the start-up refresh always infers as the running code does. A fresh
database and an upgraded one so end with the same places once the service has started. Going back
drops the column: nothing else reads it.
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.add_column(sa.Column('location_inferred', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('jobs') as batch:
        batch.drop_column('location_inferred')
