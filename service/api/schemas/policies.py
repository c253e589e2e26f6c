"""Schemas of the policy list (政策清单) and of one graduate's policy verdicts."""

from __future__ import annotations

from pydantic import BaseModel, Field


class PolicyPublic(BaseModel):
    """One policy as the bureau's file states it (conditions as written)."""

    id: str
    name: str
    category: str | None = None
    content: str | None = Field(None, description="内容/待遇")
    audience: str | None = Field(None, description="适用对象")
    education: str | None = Field(None, description="学历条件")
    graduation: str | None = Field(None, description="毕业年份或离校年限")
    age: str | None = None
    hardship: str | None = Field(None, description="困难类别（任一）")
    hukou: str | None = Field(None, description="户籍或地区")
    other: str | None = Field(None, description="其他条件")
    how_to_apply: str | None = None
    deadline: str | None = Field(None, description="截止日期（YYYY-MM-DD）")
    issuer: str | None = None
    basis: str | None = Field(None, description="政策依据")


class PolicyListPublic(BaseModel):
    loaded: bool = Field(description="是否载入了政策清单")
    message: str | None = Field(None, description="未载入时的说明")
    source: str | None = Field(None, description="政策清单文件")
    total: int
    items: list[PolicyPublic]


class PolicyVerdictPublic(BaseModel):
    policy: PolicyPublic
    status: str = Field(description="资格核对结论：eligible 符合、needs_review 待核实、not_eligible 不符合")
    status_label: str = Field(description="符合 / 待核实 / 不符合")
    reasons: list[str] = Field(description="符合：各项条件；待核实：须核实的在前；不符合：不符合的条件")


class GraduatePoliciesPublic(BaseModel):
    graduate_id: str
    loaded: bool = Field(description="是否载入了政策清单")
    message: str | None = Field(None, description="未载入时的说明")
    eligible: list[PolicyVerdictPublic]
    needs_review: list[PolicyVerdictPublic]
    not_eligible: list[PolicyVerdictPublic]
