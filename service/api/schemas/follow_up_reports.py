"""The follow-up report across graduates (``GET /api/follow-ups``), a module of its own
beside ``results`` (which holds the per-graduate follow-up schemas it extends)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from service.api.schemas.graduates import GraduateFull
from service.api.schemas.results import FollowUpPublic
from service.outcomes import SubsidyState


class FollowUpReportEntry(FollowUpPublic):
    """One line of the report: a follow-up row, with the graduate's name, school and major
    while their record exists (no sensitive field of the record)."""

    subsidy: SubsidyState | None = Field(
        description="求职创业补贴：默认（每个毕业生与岗位的当前状态）为该毕业生最近填写的状态；all_rows=true 时为该条记录所填")
    first_at: dt.datetime | None = Field(
        default=None, description="该毕业生该岗位第一条记录（首次推送）的时间；只登记补贴的为 null")
    graduate_exists: bool = Field(description="毕业生记录是否仍然存在")
    graduate_name: str | None
    school: str | None
    major: str | None


class UnpushedEntry(BaseModel):
    """A hardship-support graduate to whom no job was ever pushed (no follow-up names a job),
    ``GET /api/support/unpushed``: the full record, as ``GET /api/support`` gives it, and whether
    anything was recommended to them."""

    graduate: GraduateFull = Field(description="毕业生完整记录（与 /api/support 相同，含困难类别、国家助学贷款、民族、"
                                               "身份证号、联系电话；null 表示未登记），读取记入审计日志")
    recommended: bool = Field(description="是否已有就业服务专员查看过的推荐（推荐记录中为专员请求的一条；毕业生本人查看自己的推荐不算）")
