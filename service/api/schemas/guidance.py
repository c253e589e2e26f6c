"""Schemas of guidance and training needs (``GET /api/guidance``, ``GET /api/graduates/{id}/guidance``):
``matching.guidance``'s records as ``service.guidance_report`` writes them."""

from __future__ import annotations

from pydantic import BaseModel, Field


class AskedPublic(BaseModel):
    text: str = Field(description="岗位条件原文")
    count: int = Field(description="涉及的岗位数（个人）或毕业生数（群体）")


class MajorCountPublic(BaseModel):
    major: str
    count: int


class TopicNeedPublic(BaseModel):
    topic: str = Field(description="专题代码（teacher_certificate、education、major（专业须核实） …）")
    label: str
    fixed: bool = Field(description="是否为不可改变的条件（年龄、性别、户籍等，以及未列入所列专业），只陈述事实、不提建议；政治面貌也只陈述事实，但不属于此类")
    graduates: int = Field(description="前 N 个匹配岗位中有岗位涉及此专题的毕业生人数")
    share: float = Field(description="占所选毕业生的比例（0–1）")
    not_eligible_graduates: int = Field(description="其中有不符合（而非待核实）岗位的人数")
    jobs: int = Field(description="涉及的岗位数")
    openings: int = Field(description="这些岗位的招聘人数（未注明人数的岗位按 1 人计）")
    headcount_unknown: int
    top_majors: list[MajorCountPublic]
    majors_tied_out: int = Field(0, description="人数与所列最后一个专业相同、但未列出的专业数（0：未在并列处截断）")
    asked: list[AskedPublic]
    summary: str


class CohortGuidancePublic(BaseModel):
    year: int | None
    school: str | None
    major_class: str | None
    filters: str
    total: int = Field(description="所选毕业生人数")
    top: int = Field(description="每位毕业生核对的最匹配岗位数")
    topics: list[TopicNeedPublic] = Field(description="可通过培训改变的专题在前，只陈述事实的（性别、政治面貌等）在后，"
                                                      "各按涉及毕业生人数从多到少；不含民族、残疾等敏感条件")
    message: str | None = None


class GapExamplePublic(BaseModel):
    job_id: str
    title: str
    employer: str | None
    condition: str


class GapPublic(BaseModel):
    topic: str
    label: str
    fixed: bool
    jobs: int = Field(description="前 N 个匹配岗位中涉及此专题的岗位数")
    not_eligible: int
    needs_review: int
    examined: int
    job_ids: list[str]
    example: GapExamplePublic
    asked: list[AskedPublic]
    missing: list[str] = Field(description="登记信息中缺少、以致须核实的项目")
    fact: str
    suggestion: str | None = Field(description="建议；不可改变的条件和政治面貌为空")
    advice: str


class GraduateGuidancePublic(BaseModel):
    graduate_id: str
    top: int
    examined: int = Field(description="实际核对的岗位数")
    gaps: list[GapPublic]
    message: str | None = None
