"""graduates: a unique index on upper(id_number), one 身份证号 per graduate (NULLs allowed many times)

Revision ID: 0018_unique_id_number
Revises: 0017_job_post_keys
Create Date: 2026-12-07 07:00:00

The service refuses a second graduate with a stored 身份证号 (``service.id_number_clashes``), but it
reads, then writes: two requests at once could both store one number. The index makes the database
refuse the second. Numbers are compared upper-cased, as the service compares them (a number stored
before its check may end in a lower-case x). A database already holding two graduates with one number
is not upgraded: the upgrade stops naming their ids (never the number) and changes nothing; correct or
delete one of each pair, then start again. Going back drops the index.
"""

from alembic import op
import sqlalchemy as sa


revision = '0018_unique_id_number'
down_revision = '0017_job_post_keys'
branch_labels = None
depends_on = None

INDEX = 'uq_graduates_id_number'
#: Pairs named in the refusal at most; the rest are counted.
_SHOWN = 20


def _shared_numbers(connection) -> list[list[str]]:
    """The ids of the graduates of each number stored more than once, each group sorted."""
    rows = connection.execute(sa.text(
        "SELECT upper(id_number) AS number, id FROM graduates WHERE id_number IS NOT NULL "
        "AND upper(id_number) IN (SELECT upper(id_number) FROM graduates WHERE id_number IS NOT NULL "
        "GROUP BY upper(id_number) HAVING count(*) > 1) ORDER BY number, id")).all()
    groups: dict[str, list[str]] = {}
    for number, graduate_id in rows:
        groups.setdefault(number, []).append(graduate_id)
    return sorted(groups.values())


def _refusal(groups: list[list[str]]) -> str:
    shown = "；".join("、".join(f"「{i}」" for i in ids) for ids in groups[:_SHOWN])
    more = f"等 {len(groups)} 组" if len(groups) > _SHOWN else f"共 {len(groups)} 组"
    return (f"数据库中有毕业生的身份证号相同（{shown}，{more}），无法建立「一个身份证号只属于一人」的唯一索引，"
            "数据库未作任何修改。请逐组核对：是同一人重复录入的，删除多余的记录；号码抄错的，改正后重新启动服务（或重新运行迁移）")


def upgrade() -> None:
    groups = _shared_numbers(op.get_bind())
    if groups:
        # Raised before any change: Alembic's transaction rolls back and alembic_version stays at 0017.
        raise RuntimeError(_refusal(groups))
    op.create_index(INDEX, 'graduates', [sa.text('upper(id_number)')], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name='graduates')
