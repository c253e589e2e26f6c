"""The follow-up report across graduates (``GET /api/follow-ups``), a module of its own
beside ``results`` (which holds the per-graduate follow-up schemas it extends)."""

from __future__ import annotations

from pydantic import Field

from service.api.schemas.results import FollowUpPublic
from service.outcomes import SubsidyState


class FollowUpReportEntry(FollowUpPublic):
    """One line of the report: a follow-up row, with the graduate's name, school and major
    while their record exists (no sensitive field of the record)."""

    subsidy: SubsidyState | None = Field(
        description="求职创业补贴：默认（每个毕业生与岗位的当前状态）为该毕业生最近填写的状态；all_rows=true 时为该条记录所填")
    graduate_exists: bool = Field(description="毕业生记录是否仍然存在")
    graduate_name: str | None
    school: str | None
    major: str | None
