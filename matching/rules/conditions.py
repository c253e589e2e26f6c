"""Typed eligibility conditions parsed from the condition columns of a job.

One ``Condition`` record per parsed requirement: a ``Kind``, a typed payload (one frozen
dataclass per kind) and the ``Span`` of source text it came from. Text the parser does
not understand becomes a ``Kind.NEEDS_REVIEW`` condition carrying that text, so no
requirement is ever dropped silently.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from features.education import Degree, EducationLevel, EducationRequirement
from features.policies import GraduationWindow, HardshipRequirement
from features.records import Gender
# The age payloads live apart (the largest pair, read by ``age``/``age_checks``); named here as before.
from matching.rules.age_conditions import AgeCond, AgeRelaxation  # noqa: F401


class Kind(enum.StrEnum):
    EDUCATION = "education"
    EDUCATION_NATURE = "education_nature"
    DEGREE = "degree"
    MAJOR = "major"
    GENDER = "gender"
    AGE = "age"
    POLITICAL = "political"
    ETHNICITY = "ethnicity"
    HUKOU = "hukou"
    WORK_EXPERIENCE = "work_experience"
    TARGET_GROUP = "target_group"
    LANGUAGE = "language"
    CERTIFICATE = "certificate"
    SERVICE_YEARS = "service_years"
    SCHOOL = "school"
    MAJOR_DETAIL = "major_detail"  # 本硕专业一致, 主修专业, 临床方向 …
    PHYSICAL = "physical"  # 身高, 视力, 无色盲 …
    RECORD = "record"  # 年度考核, 成绩无补考, 获奖, 论文 …
    STATUS = "status"  # 公务员/事业编制/干部身份
    HARDSHIP = "hardship"  # 困难类别 a policy is for (features.policies)
    GRADUATION = "graduation"  # 毕业年度内 / 离校N年内, stated by policies
    POST_SCOPED = "post_scoped"  # 应聘公寓辅导员岗位人员须为中共党员: for one named post (matching.rules.post_scoped)
    NOTE = "note"  # understood, imposes nothing checkable (不限, 咨询电话, 优先 …)
    NEEDS_REVIEW = "needs_review"  # not understood: carries the text


@dataclass(frozen=True, slots=True)
class Span:
    """Where a condition came from: ``text[start:end]`` of the cell in ``column``."""

    column: str
    start: int
    end: int


# --- payloads -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EducationCond:
    requirement: EducationRequirement
    scope: str | None = None  # only these applicants (2021年非北京生源应届毕业生): a shortfall is reviewed


@dataclass(frozen=True, slots=True)
class NatureCond:
    """How the education was obtained: 全日制, 普通高校/统招, 国民教育序列."""

    full_time: bool = False
    regular: bool = False  # 普通高等学校 / 统招: admitted through the national plan
    national_series: bool = False  # 国民教育序列: any state-recognised diploma
    # Asked only of applicants of these levels (研究生学历应聘考生要求本科阶段为全日制…): a
    # graduate of another level is not concerned; ``scope`` words them for reasons.
    scope: str | None = None
    scope_levels: tuple[EducationLevel, ...] = ()


@dataclass(frozen=True, slots=True)
class DegreeCond:
    """``minimum=None`` with ``matching_level`` = 与学历相对应的学位.

    ``all_stages``: every stage (本科 and 研究生) must carry both diploma and degree.
    ``field``: the degree type named (医学, 工学 …), which the graduate record does not
    hold; ``wording``: the requirement as written when it names a type or alternatives
    (医学硕士, 硕士或博士), quoted in reasons instead of ``minimum``.
    """

    minimum: Degree | None = None
    matching_level: bool = False
    all_stages: bool = False
    field: str | None = None
    wording: str | None = None
    # Asked only of some applicants (研究生需取得硕士及以上学位; 公费师范生需取得学士学位): a graduate
    # of a level outside ``scope_levels`` is not concerned; a ``scope`` no level tells
    # (公费师范生) turns a shortfall into a review.
    scope: str | None = None
    scope_levels: tuple[EducationLevel, ...] = ()


@dataclass(frozen=True, slots=True)
class MajorCond:
    requirement: object  # features.major_requirements.MajorRequirement (kept loose: optional module)
    main_major_only: bool = False


@dataclass(frozen=True, slots=True)
class GenderCond:
    gender: Gender


class Political(enum.StrEnum):
    """A 政治面貌 as registration forms list them (democratic parties as one standing)."""

    PARTY_MEMBER = "中共党员"  # incl. 预备党员 unless ``full_member_only``
    LEAGUE_MEMBER = "共青团员"
    DEMOCRATIC_PARTY = "民主党派成员"
    NON_PARTISAN = "无党派人士"
    MASSES = "群众"


@dataclass(frozen=True, slots=True)
class PoliticalCond:
    """``accepted``: the standings admitted (empty: any); ``excluded``: standings refused
    (非中共党员); ``parties``: the democratic parties a member of one may belong to (若是民主党派
    成员仅限民革党员, short names as ``matching.rules.political.PARTIES``), which restricts no one
    outside the democratic parties."""

    accepted: frozenset[Political] = frozenset()
    full_member_only: bool = False
    excluded: frozenset[Political] = frozenset()
    parties: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EthnicityCond:
    """``names``: accepted ethnic groups; ``minority``: any group but 汉族."""

    names: tuple[str, ...] = ()
    minority: bool = False


@dataclass(frozen=True, slots=True)
class HukouCond:
    """Household registration (户籍) or student origin (生源) in one of ``places``.

    ``exceptions`` holds text that opens the post to others (2021年应届不限户籍, 详见备注):
    a graduate outside ``places`` then needs review rather than a fail.
    """

    places: tuple[str, ...]
    origin: bool = False  # 生源地 accepted (户籍或生源) or, with ``hukou`` False, required (河南生源)
    #: 户籍 accepted: False when the post names only 生源 (「河南生源」, a bare place under 生源地).
    hukou: bool = True
    exceptions: tuple[str, ...] = ()
    #: Each place with what contains it, as the job's location names it (仪征市 → 江苏省扬州市仪征市;
    #: ``places.seat``, set by ``engine``), or the place itself: where the check reads its province.
    seats: tuple[str, ...] = ()
    #: The post asks for a 生源地 *outside* ``places`` (「京外生源」「非北京生源」 under 生源地).
    outside: bool = False
    #: How the table names ``places`` as a whole, said in reasons in their stead and without 位于…:
    #: 「绍兴市区（越城区、柯桥区、上虞区）」 (``hukou_forms``); ``None``: the places are said.
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ExperienceCond:
    years: int | None = None
    grassroots: bool = False
    field: str | None = None  # 财务相关, 临床 …
    scope: str | None = None  # only these applicants need it (非应届生, 社会人员)
    #: the clause as written, when read loosely (「2年以上（含2年）相关工作经历」): quoted in reasons
    #: instead of years + field, which would repeat its years and its 经历
    wording: str | None = None


class TargetGroup(enum.StrEnum):
    FRESH_GRADUATE = "应届毕业生"
    GRASSROOTS_PROJECT = "服务基层项目人员"
    VETERAN = "退役大学生士兵"
    DISABLED = "残疾人"
    MINORITY = "少数民族"
    DIRECTED = "定向"
    NON_FRESH = "社会人员"
    UNEMPLOYED_YOUTH = "失业青年"  # 16-24岁失业青年 (就业见习): an age on the record, unemployment not
    # ``matching.rules.cohort_forms``: groups whose year or level the record tells, their status not.
    LEFT_UNEMPLOYED = "离校未就业高校毕业生"  # 2018年以来离校未就业毕业生: ``graduated_from``
    FREE_NORMAL = "免费师范生"  # 2021年毕业免费师范生: ``years``
    RETURNEE = "留学回国人员"  # 经认证的获得硕士及以上学位的留学回国人员: ``degree``
    HOMECOMING = "返乡高校毕业生"


@dataclass(frozen=True, slots=True)
class TargetCond:
    """Who the post is reserved for. ``years``: graduation years named (2023应届);
    ``job_seeking_years``: extra years admitted by 择业期; ``projects``: named
    grassroots projects (三支一扶, 西部志愿者 …)."""

    group: TargetGroup
    years: tuple[int, ...] = ()
    job_seeking_years: int = 0
    projects: tuple[str, ...] = ()
    graduated_by: int | None = None  # NON_FRESH: graduated in this year or before (2020届及以前)
    # FRESH_GRADUATE: graduates of these levels from earlier years meet it too (博士生不受择业期限制,
    # said in another cell and joined by ``engine._with_seeking_exemptions``).
    any_year_levels: tuple[EducationLevel, ...] = ()
    ages: tuple[int, int] | None = None  # UNEMPLOYED_YOUTH: (youngest, oldest) in whole years
    # UNEMPLOYED_YOUTH: the day ``ages`` count on, as ``AgeCond.as_of``/``as_of_note``: stated in
    # the clause (16-24岁失业青年（年龄计算截至2026年6月30日）) or the job's one age day
    # (``age_joins.with_one_age_day``); ``None``: the engine's reference day.
    as_of: dt.date | None = None
    as_of_note: str | None = None
    graduated_from: int | None = None  # LEFT_UNEMPLOYED: graduated in this year or later (2018年以来)
    degree: Degree | None = None  # RETURNEE: the lowest degree the group holds (硕士及以上学位)
    # RETURNEE: the (first, last) graduation year the text's own years allow (2022年毕业的留学人员,
    # 2019年11月27日至2020年11月26日取得国(境)外学位; 2020年、2021年获得…认证: none after 2021); ``None``: unstated.
    graduated_in: tuple[int, int] | None = None
    # DISABLED: the disability types and grades the post admits, as the sentence states them (肢体残疾四级或听力残疾…).
    disability: str | None = None


@dataclass(frozen=True, slots=True)
class LanguageCond:
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CertificateCond:
    """A certificate or qualification to hold; ``alternatives`` any one of which suffices."""

    name: str
    alternatives: tuple[str, ...] = ()
    scope: str | None = None  # only applicants of this level must hold it (本科生 / 研究生)
    post: str | None = None  # only applicants to this post must hold it (报考语文教师岗位的考生)
    # A professional title of 中级 or above (中级职称, 高级职称, 教授): years of work after graduating,
    # so no fresh graduate holds it (``cohort_forms.senior_title``).
    senior: bool = False
    # The post's words sparing some graduates the title (具有研究生学历、硕士及以上学位的，可不要求职称;
    # ``title_columns.with_title_waivers``).
    waiver: str | None = None
    # The post's words letting an applicant without it apply and obtain it by a date (``certificate_commitments``).
    commitment: str | None = None


@dataclass(frozen=True, slots=True)
class ServiceYearsCond:
    years: int


@dataclass(frozen=True, slots=True)
class SchoolCond:
    requirement: str  # 双一流, 211, 一本及以上, 师范类 …
    # Asked only of some applicants (a master's 本科 school, under 「…硕士要求」): a graduate of a
    # level outside ``scope_levels`` is not concerned.
    scope: str | None = None
    scope_levels: tuple[EducationLevel, ...] = ()


@dataclass(frozen=True, slots=True)
class DetailCond:
    """A requirement the graduate record cannot hold, kept with its wording so the
    officer knows what to verify (kinds MAJOR_DETAIL, PHYSICAL, RECORD, STATUS)."""

    text: str
    # As ``SchoolCond.scope``/``scope_levels`` (本、硕专业相同或相近 concerns 硕士 applicants only).
    scope: str | None = None
    scope_levels: tuple[EducationLevel, ...] = ()
    # STATUS of a post filled by a 遴选: whom it chooses among (``matching.rules.selection``).
    selection: str | None = None


@dataclass(frozen=True, slots=True)
class HardshipCond:
    """Any of these hardship categories (a policy's 困难类别), or an alternative the record
    cannot hold, which is then reviewed. ``subject``: who states it, as reasons say it (政策面向…;
    a post's 「咸丰县户籍建档立卡贫困户家庭成员」: 岗位面向…)."""

    requirement: HardshipRequirement
    subject: str = "政策"


@dataclass(frozen=True, slots=True)
class GraduationCond:
    """A window of graduation years counted from the reference date (a policy's 毕业年度内,
    离校2年内未就业; see ``features.policies.GraduationWindow``)."""

    window: GraduationWindow
    subject: str = "政策"  # who states it, in reasons: 政策面向… / 岗位面向…


@dataclass(frozen=True, slots=True)
class EitherCond:
    """Groups a post is open to, any one of which admits (a 见习 post for 离校2年内未就业高校毕业生
    and 16-24岁失业青年): ``options`` are (kind, payload) pairs, each checked as usual; the best
    outcome stands (``engine._with_target_alternatives``)."""

    options: tuple[tuple[Kind, object], ...]


@dataclass(frozen=True, slots=True)
class RouteCond:
    """One route of a numbered list (招聘对象及条件：1.…届硕博士研究生 2.…届一流学科本科毕业生 …): every
    part (届, level, school kind) must be met, the worst outcome stands (``checks._route``); the
    routes are the options of an ``EitherCond``. ``label`` names the route where the routes are
    listed, ``short`` (第2项) where the reason goes on to say what each route lacks."""

    label: str
    parts: tuple[tuple[Kind, object], ...]
    short: str = ""


class NoteCategory(enum.StrEnum):
    NO_REQUIREMENT = "无要求"
    CONTACT = "咨询方式"
    PREFERENCE = "优先条件"
    SOFT = "能力与工作条件"
    EXAM = "考试说明"
    WORKPLACE = "工作地点"
    NOTICE = "报考须知"
    PAY = "薪酬待遇"
    HUKOU_EXEMPTION = "户籍放宽"  # opens a hukou limit of another column to some graduates
    MAJOR_EXEMPTION = "专业放宽"  # 博士…不受招聘专业限制: a 博士 outside the list is reviewed
    OVERSEAS_MAJOR_EXEMPTION = "留学生专业放宽"  # 英国…留学毕业生不限专业: a refusal on the list is reviewed
    FRESH_ALTERNATIVE = "应届身份放宽"  # 留学回国人员…可以报考面向应届毕业生招聘的岗位: engine._with_fresh_alternatives
    EDUCATION_EXEMPTION = "学历放宽"  # 具有副教授职称的学历可放宽至硕士: matching.rules.title_exemptions
    SEEKING_EXEMPTION = "择业期放宽"  # 博士生不受择业期限制: a 博士 of an earlier year meets the 应届 limit
    # 2021届毕业生须于试用期满之前取得…教师资格证: due after appointment, no condition of applying, but
    # keeping the post depends on it: shown to the graduate as a note (``engine``, status 符合).
    CERTIFICATE_DUE = "证书限期取得"
    # 年龄不得放宽: no relaxation said elsewhere in the post lifts its age limits (age_joins.with_age_relaxations).
    AGE_STRICT = "年龄不得放宽"


@dataclass(frozen=True, slots=True)
class Note:
    category: NoteCategory


@dataclass(frozen=True, slots=True)
class Unparsed:
    text: str


@dataclass(frozen=True, slots=True)
class PostScopedCond:
    """A condition a row states for one named post of several (a 说明 shared by an announcement's
    posts: 「应聘公寓辅导员岗位人员须为中共党员（含预备）」): ``requirement`` as written, read by the
    engine when the job is that post (``matching.rules.post_scoped``); on another post it is a note."""

    post: str
    requirement: str


Payload = (
    AgeRelaxation
    | EducationCond
    | NatureCond
    | DegreeCond
    | MajorCond
    | GenderCond
    | AgeCond
    | PoliticalCond
    | EthnicityCond
    | HukouCond
    | ExperienceCond
    | TargetCond
    | LanguageCond
    | CertificateCond
    | ServiceYearsCond
    | SchoolCond
    | DetailCond
    | Note
    | Unparsed
    | PostScopedCond
    | HardshipCond
    | GraduationCond
    | EitherCond
    | RouteCond
)


@dataclass(frozen=True, slots=True)
class Condition:
    kind: Kind
    payload: Payload
    span: Span
    text: str  # the source text of ``span``

    @property
    def imposes(self) -> bool:
        """False for notes, which are understood but restrict nobody."""
        return self.kind is not Kind.NOTE
