"""Schemas of the graduate cohort profile (``GET /api/profile``): ``matching.cohort_profile``'s
records as ``service.profile_report.profile_dict`` writes them."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class CountPublic(BaseModel):
    key: str = Field(description="代码或取值；未注明时为空字符串")
    label: str
    count: int
    share: float = Field(description="占本节基数的比例（0–1）")


class PayWishesPublic(BaseModel):
    stated: int = Field(description="填写期望最低月薪的人数")
    median: float | None
    lower_quartile: float | None
    upper_quartile: float | None
    lowest: int | None
    highest: int | None
    bands: list[CountPublic] = Field(description="月薪区间（元/月），比例以填写者为基数")


class IntentionsPublic(BaseModel):
    stated: int = Field(description="填写了就业意向（文字或结构化意向）的人数")
    share: float
    places: list[CountPublic] = Field(description="意向地点，比例以填写意向者为基数")
    kinds: list[CountPublic] = Field(description="意向岗位类别")
    industries: list[CountPublic] = Field(description="意向行业")
    refused_places: list[CountPublic] = Field(description="就业意向中表示不考虑的地点")
    refused_kinds: list[CountPublic] = Field(description="就业意向中表示不愿从事的岗位")
    pay: PayWishesPublic


class BalanceLimitsPublic(BaseModel):
    min_side: int
    low_ratio: float
    high_ratio: float


class ClassBalancePublic(BaseModel):
    key: str
    label: str
    graduates: int
    positions: int
    headcount: int = Field(description="已注明的招聘人数之和")
    headcount_unknown: int = Field(description="未注明招聘人数的岗位数（各按 1 人计入 openings）")
    openings: int = Field(description="招聘人数（未注明的岗位按 1 人计）")
    ratio: float | None = Field(description="求人倍率：招聘人数 ÷ 毕业生人数；无毕业生时为空")
    flag: str = Field(description="「毕业生多、岗位少」「岗位多、毕业生少」或空")


class SupplyDemandPublic(BaseModel):
    basis: str = Field(description="岗位如何归入专业类（中文说明）")
    positions_total: int = Field(description="判断日期仍在报名的岗位数（报名已结束的不计入）")
    positions_unplaced: int
    graduates_unplaced: int
    day: dt.date | None = Field(default=None, description="判断日期（YYYY-MM-DD）：按这一天判断岗位报名是否已结束")
    positions_closed: int = Field(default=0, description="判断日期报名已结束、未计入供需的岗位数")
    limits: BalanceLimitsPublic
    classes: list[ClassBalancePublic]
    surplus: list[str] = Field(description="毕业生多、岗位少的专业类代码")
    shortage: list[str] = Field(description="岗位多、毕业生少的专业类代码")


class SensitiveCountsPublic(BaseModel):
    """Only for officers who ask for it (``sensitive=true``); audited per graduate counted."""

    hardship: list[CountPublic] = Field(description="各困难类别（登记的帮扶类别，可多选）的人数")
    hardship_any: int = Field(description="有任一困难类别的人数")
    hardship_none: int = Field(description="登记无困难的人数")
    hardship_unknown: int = Field(description="未登记困难情况的人数")
    hardship_groups: list[CountPublic] = Field(
        description="困难类别中登记表写明的细分类别（低保家庭、特困人员、防返贫监测对象、贫困残疾人家庭）的人数；只写了大类的不计入")
    student_loan: int = Field(description="获得国家助学贷款的人数")
    student_loan_none: int = Field(description="登记未获得国家助学贷款的人数")
    student_loan_unknown: int = Field(description="未登记助学贷款情况的人数")
    disability: int = Field(description="残疾人数（即困难类别「残疾」）")
    ethnic_minority: int = Field(description="民族为 55 个少数民族之一的人数（不同于困难类别「少数民族」）")
    ethnicity_unknown: int = Field(description="民族未登记或不在 56 个民族之列的人数")


class LabelCountPublic(BaseModel):
    label: str
    count: int


class YearRowPublic(BaseModel):
    """一届毕业生的主要数字，与其他各届并列比较。"""

    year: int | None = Field(description="毕业年份；未注明时为空")
    total: int
    by_education: list[LabelCountPublic] = Field(description="各学历人数（各届出现过的学历都列出）")
    women: int = Field(description="女性人数")
    men: int = Field(description="男性人数")
    wishing: int = Field(description="填写了就业意向的人数")
    pay_median: float | None = Field(description="期望最低月薪中位数（元）")
    origin_top: LabelCountPublic | None = Field(description="人数最多的生源省份；并列的都列出，以「、」分隔，count 为其中每省的人数")


class CrossTablePublic(BaseModel):
    """两个字段交叉的人数表：cells[i][j] 为第 i 行、第 j 列的人数。"""

    rows: list[str] = Field(description="行的名称，顺序同对应的单项统计")
    columns: list[str] = Field(description="列的名称（学历），顺序同学历统计")
    cells: list[list[int]] = Field(description="人数，按行排列")
    row_totals: list[int] = Field(description="各行合计")
    column_totals: list[int] = Field(description="各列合计")


class GroupWishesPublic(BaseModel):
    """一组毕业生（一个学历或学科门类）的就业意向。"""

    label: str
    total: int = Field(description="该组人数")
    wishing: int = Field(description="该组填写了就业意向的人数")
    public_sector: int = Field(description="该组意向岗位类别含「机关事业单位」的人数（比例以 wishing 为基数）")
    pay_stated: int = Field(description="该组填写期望最低月薪的人数")
    pay_median: float | None = Field(description="该组期望最低月薪中位数（元）")
    places: list[LabelCountPublic] = Field(description="该组人数最多的意向地点（至多 3 个）")


class CohortProfilePublic(BaseModel):
    """毕业生画像：规模、结构、专业、就业意向，以及按本科专业类的供需对比。"""

    year: int | None
    school: str | None
    filters: str
    total: int
    by_year: list[CountPublic]
    by_school: list[CountPublic]
    by_education: list[CountPublic]
    by_degree: list[CountPublic]
    by_gender: list[CountPublic]
    by_origin_province: list[CountPublic] = Field(description="生源地按省份（未登记、未能确定省份的列在最后）")
    by_origin_prefecture: list[CountPublic] = Field(description="生源地按地市（「新疆 喀什地区」；只写到省的按省）")
    years: list[YearRowPublic] = Field(description="各届对比：每个毕业年份一行；只有一届时为空")
    by_political: list[CountPublic] = Field(default=[], description="政治面貌（中共预备党员单列；无法识别的按填写的文字列出）")
    category_by_education: CrossTablePublic | None = Field(default=None, description="学科门类×学历")
    school_by_education: CrossTablePublic | None = Field(default=None, description="学校×学历")
    wishes_by_education: list[GroupWishesPublic] = Field(default=[], description="就业意向按学历")
    wishes_by_category: list[GroupWishesPublic] = Field(default=[], description="就业意向按学科门类")
    by_category: list[CountPublic]
    by_class: list[CountPublic]
    unplaced_majors: list[CountPublic]
    top_majors: list[CountPublic]
    unplaced: int
    intentions: IntentionsPublic
    supply: SupplyDemandPublic | None = Field(description="没有岗位时为空")
    sensitive: SensitiveCountsPublic | None = Field(description="仅专员以 sensitive=true 请求时给出")
