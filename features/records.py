"""Typed domain records: ``Job`` and ``Graduate``.

Frozen dataclasses, validated on construction. A field that the source did not state
stays ``None`` (unknown): a missing education is never read as 本科, a missing hardship
column never as 'no hardship'.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from features.education import MATCHING_DEGREE, Degree, EducationLevel, EducationRequirement
from features.ethnic_groups import is_ethnic_minority
from features.place_inference import InferredLocation, infer_location
from features.place_statements import stated_work_place


class EmployerType(enum.StrEnum):
    """Kinds of employer that campus public employment services deal with."""

    ENTERPRISE = "企业"
    STATE_ENTERPRISE = "国有企业"
    GOVERNMENT = "机关"
    PUBLIC_INSTITUTION = "事业单位"
    GRASSROOTS = "基层服务项目"
    RESEARCH_ASSISTANT = "科研助理"
    INTERNSHIP = "实习见习"
    OTHER = "其他"


class Gender(enum.StrEnum):
    MALE = "男"
    FEMALE = "女"


class Hardship(enum.StrEnum):
    """Hardship-support categories named by the regional plan."""

    ZERO_EMPLOYMENT_FAMILY = "零就业家庭"
    LOW_INCOME_FAMILY = "低收入家庭"
    DISABILITY = "残疾"
    ETHNIC_MINORITY = "少数民族"
    POVERTY_ALLEVIATION = "脱贫家庭"
    LONG_TERM_UNEMPLOYED = "长期失业"


class HardshipGroup(enum.StrEnum):
    """Narrower groups within a hardship category that a sheet may state (「低保户」「特困供养」
    「防返贫监测户」「贫困残疾人家庭」) and a policy may ask for (一次性求职创业补贴: 低保家庭、特困人员、
    贫困残疾人家庭). The record keeps them beside the category, which every other use reads
    (support, fairs, profile, rules)."""

    SUBSISTENCE_ALLOWANCE = "低保家庭"  # 最低生活保障 (城乡低保)
    EXTREME_POVERTY = "特困人员"  # 特困人员救助供养
    RELAPSE_MONITORING = "防返贫监测对象"
    # A household that is poor and has a disabled member (中国残联's 贫困残疾人家庭: income under the
    # local 低保 or 低收入 line): the family's hardship, so within 低收入家庭, and never the
    # graduate's own 残疾, which is a category of its own.
    POOR_DISABLED_FAMILY = "贫困残疾人家庭"

    @property
    def category(self) -> Hardship:
        """The wider category the group lies in."""
        return Hardship.POVERTY_ALLEVIATION if self is HardshipGroup.RELAPSE_MONITORING else Hardship.LOW_INCOME_FAMILY


def hardship_labels(hardship: frozenset[Hardship] | None, groups: frozenset[HardshipGroup] | None) -> list[str]:
    """Categories by name, each with the narrower groups stated in it: ``低收入家庭（低保家庭）``."""
    labels = []
    for category in sorted(hardship or (), key=lambda h: h.value):
        inner = sorted(g.value for g in groups or () if g.category is category)
        labels.append(f"{category.value}（{'、'.join(inner)}）" if inner else category.value)
    return labels


#: Fields of ``Graduate`` that only officers and the graduate themself may see (and whose
#: reads are logged); organisers never.
SENSITIVE_GRADUATE_FIELDS = ("ethnicity", "hardship", "hardship_groups", "student_loan", "id_number", "phone")


@dataclass(frozen=True, slots=True)
class SalaryRange:
    """Monthly salary in yuan; either bound may be unknown."""

    minimum: int | None
    maximum: int | None

    def __post_init__(self) -> None:
        for value in (self.minimum, self.maximum):
            if value is not None and value < 0:
                raise ValueError("薪资不能为负数")
        if self.minimum is not None and self.maximum is not None and self.maximum < self.minimum:
            raise ValueError(f"薪资上限 {self.maximum} 低于下限 {self.minimum}")

    def describe(self) -> str:
        if self.minimum is None and self.maximum is None:
            return "面议"
        if self.maximum is None:
            return f"{self.minimum}元/月起"
        if self.minimum is None:
            return f"最高{self.maximum}元/月"
        if self.minimum == self.maximum:  # one figure (「见习补贴2000元/月」): 「2000-2000元/月」 read as a typo
            return f"{self.minimum}元/月"
        return f"{self.minimum}-{self.maximum}元/月"


# Ids that name an API route under /api/jobs/ and so could never be read back there.
RESERVED_JOB_IDS = frozenset({"search"})
#: An id is one segment of an API address (/api/jobs/{id}): no slash, space, ? or #.
RECORD_ID_PATTERN = r"^[^/\s?#]+$"

#: Longest text, in characters, that each short field of ``Job`` may hold: the length of
#: its database column (``service.storage.models`` reads its lengths from here), so the
#: importers refuse what PostgreSQL would refuse. Longer texts (description, conditions)
#: are unbounded ``Text`` columns and are not listed.
JOB_TEXT_LIMITS: Mapping[str, int] = MappingProxyType({
    "id": 64, "title": 300, "employer": 300, "employer_type": 32,
    "category": 100, "industry": 100, "location": 200, "parent_unit": 300, "exam_type": 50,
    "announcement": 300,
})  # fmt: skip

#: The years a recruitment season (``Job.season_year``) may name.
MIN_SEASON_YEAR, MAX_SEASON_YEAR = 2000, 2099

#: The same for ``Graduate`` (intention is an unbounded ``Text`` column).
GRADUATE_TEXT_LIMITS: Mapping[str, int] = MappingProxyType({
    "id": 64, "name": 100, "school": 200, "major": 200, "major_code": 8, "gender": 4,
    "political_status": 50, "hukou": 200, "origin_place": 200, "ethnicity": 50, "id_number": 32, "phone": 32,
})  # fmt: skip

#: At most this many items in each list of ``Preferences`` (wished places, kinds of job,
#: industries), each at most ``PREFERENCE_ITEM_LENGTH`` characters: what the API accepts and
#: shows, so that a record read from a long intention or a long column can still be read and
#: changed through it.
PREFERENCE_ITEMS = 20
PREFERENCE_ITEM_LENGTH = 100


#: How a headcount stated as not fixed (``Job.headcount_open``) is written back: the API, the
#: pages and the fair plans show 「若干」 where the number would be.
OPEN_HEADCOUNT = "若干"


def shown_headcount(item) -> int | str | None:
    """A headcount as it is shown (a job, a fair's position or unplaced post: anything with
    ``headcount`` and ``headcount_open``): the number, 「若干」, or ``None`` (not stated: 未注明)."""
    return OPEN_HEADCOUNT if item.headcount_open else item.headcount


#: The pay of a job whose table left its pay cell empty.
PAY_NOT_STATED = "未注明"


def shown_pay(job: Job) -> str:
    """A job's pay in words, as lists and the API's ``salary`` show it: the monthly range when
    known (「5000-7000元/月」), else the pay as written (「面议」「按事业单位工资标准执行」), else
    「未注明」. ``SalaryRange.describe`` alone says 「面议」 of any unknown range, an empty cell too:
    a graduate read 面议 in a list beside 「薪资：未注明」 on the job's page, and a job exported
    from the API with no pay came back as 「面议」."""
    if job.salary.minimum is not None or job.salary.maximum is not None:
        return job.salary.describe()
    return job.pay_text or PAY_NOT_STATED


def shown_degree(job: Job) -> str | None:
    """A job's 学位 as the post words it: 「与学历相对应的学位」, 「学士」, 「不限」; ``None`` when
    not stated (未注明). The lowest degree alone misquoted 「与学历相对应的学位」 as 学士及以上."""
    if job.degree_matching:
        return MATCHING_DEGREE
    return None if job.degree is None else job.degree.requirement_label


def shown_location(job: Job) -> str | None:
    """A job's location as lists show it: as stated, else the place its names say, marked
    (「洛阳市西工区（据单位名称）」), else ``None`` (未注明)."""
    inferred = job.inferred_location
    return job.location or (inferred.shown() if inferred else None)


def post_label(title: str | None, employer: str | None, location: str | None = None) -> str:
    """「导游 · 喀什旅游集团 · 喀什市」: a post's title with what tells it from posts of the same title (会计,
    导游), as officers' pages and messages name a post; parts not known are left out."""
    return " · ".join(x for x in (title, employer, location) if x)


@dataclass(frozen=True, slots=True)
class Job:
    """A position collected for the season.

    ``majors_text`` is the major requirement exactly as the table wrote it (``None`` when
    the source had no major column or the cell was empty); it is the single source of the
    job's major list, parsed by ``features.major_requirements``.
    ``conditions`` keeps every other requirement text keyed by its source column
    (年龄要求, 其他要求, 备注 …) for the rules engine.
    ``parent_unit`` (上级单位, 主管部门) and ``exam_type`` (考试类型: 公务员, 事业单位, 教师, 医疗 …)
    say which system a public post belongs to when its employer is named only by an office
    (综合行政执法队 of a 街道办事处, 医政医管科 of a 卫生健康委员会); ``features.sectors`` reads them
    for industry fairs. They are not part of the job's text: the ranker reads what the post is.
    """

    id: str
    title: str
    employer: str | None = None
    employer_type: EmployerType | None = None
    category: str | None = None
    industry: str | None = None
    location: str | None = None
    parent_unit: str | None = None
    exam_type: str | None = None
    education: EducationRequirement = field(default_factory=lambda: EducationRequirement(minimum=None))
    degree: Degree | None = None
    #: The post asks 「与学历相对应的学位」: each applicant the degree of their own level (a 硕士
    #: graduate a 硕士 degree). ``degree`` then keeps the lowest one, of the education minimum.
    degree_matching: bool = False
    majors_text: str | None = None
    salary: SalaryRange = field(default_factory=lambda: SalaryRange(None, None))
    headcount: int | None = None
    #: The table states the number as not fixed (「若干」「不限」): ``headcount`` is then ``None``
    #: but answered, unlike an empty cell (not stated), which job checks report.
    headcount_open: bool = False
    description: str = ""
    conditions: tuple[tuple[str, str], ...] = ()
    #: The last day to apply (报名截止日期; ``None``: not stated). From the next day the post is
    #: closed: the rules refuse it (``matching.deadlines``), job checks report it, fairs leave it out.
    apply_by: dt.date | None = None
    #: The announcement (招聘公告, 简章) the post was published under, its title as written
    #: (``None``: not stated), and the recruitment season's year that title names or a 年度 column
    #: states (``features.announcements``; ``None``: unknown). With no ``apply_by``, a season long
    #: past closes the post (``matching.deadlines``).
    announcement: str | None = None
    season_year: int | None = None
    #: The pay cell as the table wrote it (``None``: empty). ``salary`` is what can be compared;
    #: this is what the post states (「面议」「按国家有关规定执行」「年薪10-15万，13薪」), shown on the
    #: job page and read by job checks, which tell 面议 from an empty cell by it.
    pay_text: str | None = None
    #: How to reach the employer, as the table states it (单位网站, 联系人, 咨询电话 …; several
    #: columns labelled and joined by 「；」, ``features.contacts``): the employer's public
    #: contact, for graduates and fair organisers. ``None``: not stated.
    contact: str | None = None
    #: 工作类型 as the table wrote it (全职, 兼职/临时, 实习, 校园; ``None``: no such column or an
    #: empty cell). Job checks read it (``matching.post_terms_checks.not_full_time_findings``) for
    #: stored posts as for a file's, so the web page and ``check-jobs`` find the same part-time posts.
    work_type: str | None = None
    #: The table's 职位代码 (beside the row's own id) and the 内设机构/科室 the post is assigned to, as written
    #: (``None``: not stated; ``service.record_sources.POST_KEY_HEADERS``). Two posts differing in them are two
    #: posts by the table's word: the duplicate check reads them for stored posts as for a file's.
    position_code: str | None = None
    department: str | None = None
    #: When the job board last updated the posting (招聘信息更新时间, ``service.record_sources.UPDATED_HEADERS``;
    #: ``None``: not stated or no date). With no ``apply_by``, a post not updated for long is asked about
    #: (信息更新已久, ``matching.closing_checks``), for stored posts as for a file's.
    updated_on: dt.date | None = None

    def __post_init__(self) -> None:
        if not str(self.id).strip():
            raise ValueError("岗位编号不能为空")
        if not str(self.title).strip():
            raise ValueError("职位名称不能为空")
        if self.headcount is not None and self.headcount < 0:
            raise ValueError("招聘人数不能为负数")
        if self.headcount_open and self.headcount is not None:
            raise ValueError("招聘人数不能既是「若干」又是具体人数")
        if self.season_year is not None and not MIN_SEASON_YEAR <= self.season_year <= MAX_SEASON_YEAR:
            raise ValueError(f"招聘年度「{self.season_year}」不在 {MIN_SEASON_YEAR}–{MAX_SEASON_YEAR} 年之间")

    @property
    def text(self) -> str:
        """The visible text of the job used for text features (no major column)."""
        parts = [self.title, self.employer or "", self.category or "", self.industry or "", self.description]
        return " ".join(p for p in parts if p)

    @property
    def inferred_location(self) -> InferredLocation | None:
        """Where the post lies when the table states no location: as a remark, another condition
        column or the description says in words (「工作地点：三门峡市」 in 备注,
        ``features.place_statements``), else by its names (employer, 上级单位, announcement;
        ``features.place_inference``); ``None`` when it states a location (a stated location is
        never overridden) or neither says a place. Ranking, wishes and lists read it; the
        eligibility rules read it only to tell which place a hukou requirement naming no province
        means (``matching.rules.places.seat``)."""
        if self.location:
            return None
        return (stated_work_place(self.conditions, self.description)
                or infer_location(self.employer, self.parent_unit, self.announcement))

    @property
    def ranking_location(self) -> str | None:
        """The location wishes are matched against: the stated one, else the inferred place."""
        inferred = self.inferred_location
        return self.location or (inferred.place if inferred else None)

    def condition(self, name: str) -> str | None:
        for key, value in self.conditions:
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Preferences:
    """Structured job intentions; empty tuples mean 'no stated preference'."""

    locations: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    min_salary: int | None = None


@dataclass(frozen=True, slots=True)
class Graduate:
    """A graduate of the season. Sensitive fields: see ``SENSITIVE_GRADUATE_FIELDS``.

    ``hardship`` is ``None`` when the source had no hardship column (unknown), an empty
    frozenset when it stated none. ``hardship_groups`` are the narrower groups the source
    named within those categories (「低保户」 → 低收入家庭 and 低保家庭); ``None`` when it named
    none, so that within a category stated only broadly the group is unknown.
    ``student_loan``: 获得国家助学贷款 (``None``: not stated); financial-aid data, not a
    hardship category, so it does not make the graduate a hardship-support case.
    """

    id: str
    name: str | None = None
    school: str | None = None
    major: str | None = None
    major_code: str | None = None  # resolved 6-digit catalog code, None if unresolved
    education: EducationLevel | None = None
    degree: Degree | None = None
    graduation_year: int | None = None
    gender: Gender | None = None
    ethnicity: str | None = None
    birth_date: dt.date | None = None
    political_status: str | None = None
    hukou: str | None = None
    #: 生源地: where the graduate was registered when admitted (a standard field of 毕业生就业 systems),
    #: as written, like ``hukou``; a post open to 「XX户籍或生源」 reads both. Not sensitive, as hukou.
    origin_place: str | None = None
    intention: str = ""
    preferences: Preferences = field(default_factory=Preferences)
    hardship: frozenset[Hardship] | None = None
    hardship_groups: frozenset[HardshipGroup] | None = None
    student_loan: bool | None = None
    id_number: str | None = None
    phone: str | None = None
    # Fields blanked in this copy because its reader may not see them (an organiser's view):
    # unknown to the reader, not unstated by the graduate, and reasons must say so.
    withheld: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not str(self.id).strip():
            raise ValueError("毕业生编号不能为空")
        if self.graduation_year is not None and not 1950 <= self.graduation_year <= 2100:
            raise ValueError(f"毕业年份 {self.graduation_year} 不在合理范围内")
        if self.hardship_groups is not None and not self.hardship_groups:
            object.__setattr__(self, "hardship_groups", None)  # one spelling of 'none named'
        for group in self.hardship_groups or ():
            if self.hardship is None or group.category not in self.hardship:
                raise ValueError(f"困难类别「{group.value}」属于{group.category.value}，"
                                 f"但登记的困难类别中没有{group.category.value}")

    @property
    def minority_by_ethnicity(self) -> bool:
        """少数民族 is a support group the record states through its 民族 alone (one of the 55 minority
        groups; ``features.ethnic_groups``, as the policies decide it) and not among the 困难类别: the
        plan names 少数民族毕业生 beside 零就业家庭 …, and sheets seldom repeat the 民族 there."""
        return Hardship.ETHNIC_MINORITY not in (self.hardship or ()) and is_ethnic_minority(self.ethnicity)

    @property
    def support_categories(self) -> frozenset[Hardship]:
        """The groups the graduate is supported in: the 困难类别, with 少数民族 when the 民族 names a
        minority group (``minority_by_ethnicity``)."""
        derived = {Hardship.ETHNIC_MINORITY} if self.minority_by_ethnicity else set()
        return frozenset(self.hardship or ()) | derived

    @property
    def needs_support(self) -> bool:
        """On the officers' hardship-support list (困难帮扶): in a 困难类别, or of a minority 民族."""
        return bool(self.support_categories)
