"""Column-header alias tables for the job and graduate importers.

Tables written by hand, exported from job boards or published as official position lists
name the same column many ways (``职位代码``, ``岗位编号``, ``id``; ``招录机关（单位）``,
``企业名称``). Each record field lists its aliases in priority order: when a file has two
columns for one single-valued field, the earlier alias wins and the other column is
reported as ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: ``cond:专业要求`` / ``data:职位名称`` (aggregator exports) → ``专业要求``.
_SOURCE_PREFIX = re.compile(r"^[a-z]+:")
_MARKERS = re.compile(r"^[*※★]+|[*※★:：]+$")
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")
_ENGLISH_GLUE = re.compile(r"[\s_\-.]+")


def normalise_header(text: object) -> str:
    """Compare headers loosely: full-width → half-width (NFKC), no spaces, lower case,
    no ``*`` required-markers or trailing colons, no aggregator ``xxx:`` prefix."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = _ENGLISH_GLUE.sub("", s)
    s = _MARKERS.sub("", s)
    return _SOURCE_PREFIX.sub("", s)


def without_note(key: str) -> str:
    """``招聘人数(人)`` → ``招聘人数``; ``薪资(元/月)`` → ``薪资``."""
    return _TRAILING_NOTE.sub("", key)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str  # the importer's field name
    label: str  # how a message names the column
    aliases: tuple[str, ...]  # normalised, as headers are compared
    multi: bool = False  # several columns may feed this field (joined)
    spellings: tuple[str, ...] = ()  # the aliases as written, for messages (job_id, not jobid)


def _spec(name: str, label: str, aliases: str, *, multi: bool = False) -> FieldSpec:
    written = tuple(aliases.split())
    normalised = tuple(normalise_header(a) for a in written)
    # A message lists each header once: job_id and jobid are one name to the importer.
    spellings = tuple(w for i, w in enumerate(written) if normalised[i] not in normalised[:i])
    return FieldSpec(name, label, normalised, multi, spellings)


JOB_FIELDS: tuple[FieldSpec, ...] = (
    _spec("id", "岗位编号", "id job_id jobid 岗位编号 职位代码 岗位代码 职位编号 岗位编码 职位编码 岗位号 编号 代码 code"),
    _spec("title", "职位名称", "title 职位名称 岗位名称 职位 岗位 招聘岗位 招聘职位 岗位名 职位名 position job_title name"),
    _spec(
        "employer",
        "用人单位",
        "employer 用人单位 招录机关(单位) 招录机关 招聘单位 招考单位 企业名称 单位名称 公司名称 工作单位 "
        "用人单位名称 单位 公司 企业 workcompany company",
    ),
    # The unit above the employer (a 街道's 综合行政执法队, a 卫健委's 医政医管科): its system.
    _spec("parent_unit", "上级单位", "parent_unit 上级单位 主管部门 主管单位 上级主管部门 主管机关"),
    _spec("exam_type", "考试类型", "exam_type 考试类型 招考类型"),
    _spec("employer_type", "单位性质", "employer_type 单位性质 企业性质 单位类型 单位类别 企业类型 企业财产类型 机构性质"),
    _spec("category", "职位类别", "category 职位类别 岗位类别 岗位分类 职位分类 岗位类型 职位类型 职位性质 岗位性质"),
    _spec("industry", "行业", "industry 行业 所属行业 行业类别 行业业务 行业领域"),
    _spec(
        "location",
        "工作地点",
        "location 工作地点 工作地区 工作城市 地区 报考地区 城市 所在地 工作所在地 单位所在地 所在城市 地点 city",
    ),
    # 全职, 兼职/临时, 实习 (the job sites' 工作类型): read by job checks only (``matching.post_terms_checks``).
    _spec("work_type", "工作类型", "work_type 工作类型 用工形式 用工类型"),
    _spec("district", "行政区域", "district 行政区域 区县 县(市、区) 所在区县 县区"),
    # A street (街道区域: 中南路街), added to 工作地点 when no district is given (``service.importers``).
    _spec("street", "街道区域", "street 街道区域 所在街道 街道"),
    _spec("education", "学历要求", "education 学历要求 学历 最低学历 学历层次"),
    _spec("degree", "学位要求", "degree 学位要求 学位"),
    # ``majors_text``: the API's shape (``GET /api/jobs``), the major cells as the importer joined them.
    _spec("majors", "专业", "majors major majors_text 专业 专业要求 所需专业 专业名称 招聘专业 专业及代码", multi=True),
    _spec("majors_bachelor", "本科专业", "本科专业 本科专业要求 本科专业名称", multi=True),
    _spec("majors_master", "研究生专业", "研究生专业 研究生专业要求 硕士专业 硕士研究生专业 博士专业", multi=True),
    _spec("majors_college", "专科专业", "专科专业 大专专业 专科专业要求 高职专业", multi=True),
    # The last day to apply (``Job.apply_by``): the post is closed from the next day.
    _spec("apply_by", "报名截止日期", "apply_by 报名截止日期 截止日期 报名截止 截止时间 有效期至 有效期 deadline"),
    # The announcement the post belongs to (gkld's examTitle) and the season's year: a post of a
    # season long past is closed when no deadline says otherwise (``matching.deadlines``).
    _spec("announcement", "招聘公告",
          "announcement 招聘公告 公告名称 公告标题 招聘公告名称 简章名称 招聘简章 招考公告 招考简章 考试名称 examtitle 公告 简章"),
    _spec("season_year", "招聘年度", "season_year 招聘年度 招考年度 招录年度 年度"),
    _spec("headcount", "招聘人数", "headcount 招聘人数 招录人数 招考人数 招募人数 人数 拟招人数 需求人数 计划数 hires"),
    _spec(
        "description",
        "职位描述",
        "description 职位描述 职位简介 工作简介 岗位职责 职位介绍 岗位描述 岗位简介 工作内容 工作职责 职责 "
        "任职要求 岗位要求 任职资格 岗位说明",
        multi=True,
    ),
    _spec("salary", "薪资", "salary 薪资 薪酬待遇 薪资待遇 工资待遇 薪酬 待遇 月薪 工资 薪资范围 待遇(月工资)"),
    # The API's shape (``GET /api/jobs`` as JSON): the pay as written beside ``salary``, which
    # there is the range in words (「面议」 for any unknown range); a table's pay cell is read
    # once, from its salary column, into both ``Job.salary`` and ``Job.pay_text``.
    _spec("pay_text", "薪酬待遇原文", "pay_text"),
    # The employer's contact (``Job.contact``): every such column, each labelled by its header.
    _spec("contact", "联系方式",
          "contact 联系方式 联系电话 咨询电话 报名咨询电话 招聘咨询电话 联系人 联系人及电话 联系人及联系方式 "
          "报名地址和联系方式 单位网站 单位网址 网址 网站 单位主页 联系邮箱 电子邮箱 邮箱 邮箱地址 简历投递邮箱 报名邮箱 "
          # A job board's page of the employer (Wuhan's 企业信息url): an organiser finds the
          # employer there and reaches it through the board when no number is given.
          "企业信息url 公司信息url 企业主页 公司主页 企业网址 公司网址 企业网站 公司网站",
          multi=True),
)

#: Job requirement columns kept verbatim as ``Job.conditions`` under a canonical name.
JOB_CONDITIONS: tuple[FieldSpec, ...] = (
    _spec("年龄要求", "年龄要求", "年龄要求 年龄 age"),
    _spec("性别要求", "性别要求", "性别要求 性别 gender 是否限定性别"),
    _spec("民族要求", "民族要求", "民族要求 民族"),
    _spec("政治面貌", "政治面貌", "政治面貌 政治面貌要求 政治条件"),
    _spec("户籍要求", "户籍要求", "户籍要求 户籍 户籍地 户口 户籍所在地 考生户籍 户籍说明"),
    _spec("生源地", "生源地", "生源地 生源地要求"),
    # Kept apart from 工作经历要求: a bare cell under it (``2年``) means 2 years of 基层 work.
    _spec("基层工作经验", "基层工作经验", "基层工作经验 基层工作经历 基层工作最低年限 基层工作年限"),
    _spec(
        "工作经历要求",
        "工作经历要求",
        "工作经历要求 工作经历 工作经验 工作经验要求 最低工作年限 experience",
    ),
    _spec("学历性质", "学历性质", "学历性质 是否要求全日制 全日制 学历说明"),
    _spec("学校要求", "学校要求", "学校要求 院校要求"),
    _spec("资格证书", "资格证书", "资格证书 职称或执业资格要求 职称要求 专业技术资格 最低专业技术资格 执业资格"),
    # gkld's other:职称 (中级及以上, 副主任医师): the professional title asked (``matching.rules.title_columns``).
    _spec("职称", "职称", "职称"),
    _spec("应届要求", "应届要求", "应届 应届要求 是否应届"),
    _spec("服务基层项目", "服务基层项目", "服务基层项目 服务基层项目要求 是否定向招聘服务基层项目人员"),
    _spec("最低服务年限", "最低服务年限", "最低服务年限 最低服务工作年限 服务年限"),
    _spec("招聘对象", "招聘对象", "招聘对象 招考对象 面向对象 报考对象 招聘范围 面向范围 招聘范围及对象"),
    _spec("英语等级", "英语等级", "英语等级 外语要求"),
    _spec("其他要求", "其他要求", "其他要求 其它要求 其他条件 其他 条件要求 requirements other_requirements", multi=True),
    _spec("备注", "备注", "备注 说明 其他说明 remark remarks notes", multi=True),
    # The Henan table's police columns: read as notes the graduate is shown (``matching.rules.post_notices``).
    _spec("体检标准", "体检标准", "体检标准"),
    _spec("是否进行体能测评", "是否进行体能测评", "是否进行体能测评 体能测评 是否体能测评"),
)
#: Other headers that read as a requirement (``视力要求``, ``身高限制``) are conditions too.
_CONDITION_LIKE = re.compile(r"(要求|条件|限制)$")

GRADUATE_FIELDS: tuple[FieldSpec, ...] = (
    _spec("id", "编号", "id graduate_id 编号 学号 考生编号 毕业生编号 序号 student_id"),
    _spec("name", "姓名", "name 姓名 名字"),
    _spec("school", "学校", "school 学校 毕业院校 毕业学校 院校 学校名称 所在院校 university"),
    _spec("major", "专业", "major 专业 所学专业 专业名称 毕业专业 专业代码及名称"),
    _spec("education", "学历", "education 学历 学历层次 培养层次 最高学历"),
    _spec("degree", "学位", "degree 学位 学位类别 最高学位"),
    _spec("graduation_year", "毕业年份", "graduation_year 毕业年份 毕业时间 毕业年度 届别 毕业届别 毕业日期"),
    _spec("gender", "性别", "gender 性别 sex"),
    _spec("ethnicity", "民族", "ethnicity 民族"),
    _spec("birth_date", "出生日期", "birth_date birthday 出生日期 出生年月 生日 出生年月日"),
    _spec("political_status", "政治面貌", "political_status 政治面貌"),
    _spec("hukou", "户籍", "hukou 户籍 户籍所在地 户籍地 户口所在地 户口"),
    _spec("origin_place", "生源地", "origin_place 生源地 生源所在地 生源省份 生源地区"),
    _spec("intention", "就业意向", "intention 就业意向 求职意向 意向 就业意愿 求职意愿", multi=True),
    _spec("hardship", "困难类别", "hardship 困难类别 困难类型 困难群体类别 帮扶类别 困难毕业生类别"),
    # The API's shape: the groups in a field of their own (a sheet names them in 困难类别).
    _spec("hardship_groups", "困难细分类别", "hardship_groups 困难细分类别 细分困难类别 困难类别细分"),
    _spec("student_loan", "助学贷款", "student_loan 助学贷款 国家助学贷款 是否获得国家助学贷款 获得国家助学贷款 "
                                   "是否有助学贷款 是否办理助学贷款 生源地信用助学贷款 助学贷款情况"),
    _spec("pref_locations", "意向地点", "preferred_locations locations 意向地点 意向城市 意向地区 期望地点 期望城市 求职地点"),
    _spec(
        "pref_categories",
        "意向类别",
        "preferred_categories categories 意向类别 意向职位 意向岗位 期望职位 期望岗位 意向职业 求职岗位",
    ),
    _spec("pref_industries", "意向行业", "preferred_industries industries 意向行业 期望行业"),
    _spec("min_salary", "期望薪资", "min_salary expected_salary 期望薪资 最低薪资 期望月薪 期望工资 最低月薪"),
    _spec("id_number", "身份证号", "id_number 身份证号 身份证号码 身份证 公民身份号码 证件号码"),
    _spec("phone", "联系电话", "phone 联系电话 手机号 手机号码 电话 手机 联系方式 mobile"),
)

#: A bureau's list of employment policies (``service.policy_file``, ``features.policies``).
POLICY_FIELDS: tuple[FieldSpec, ...] = (
    _spec("id", "政策编号", "id policy_id 政策编号 政策代码 编号 序号 code"),
    _spec("name", "政策名称", "name policy_name 政策名称 政策 名称 项目名称 政策项目 title"),
    _spec("category", "类别", "category 类别 政策类别 政策类型 类型"),
    _spec("content", "内容/待遇", "content benefit 内容/待遇 内容 待遇 政策内容 支持内容 补贴标准"),
    _spec("audience", "适用对象", "audience 适用对象 适用范围 申请对象 支持对象 对象"),
    _spec("education", "学历", "education 学历 学历要求 最低学历"),
    _spec("graduation", "毕业年份或离校年限",
          "graduation 毕业年份或离校年限 毕业年份 离校年限 毕业年度 毕业时间 毕业年限"),
    _spec("age", "年龄", "age 年龄 年龄要求"),
    _spec("hardship", "困难类别", "hardship 困难类别 困难类型 帮扶类别 困难群体类别"),
    _spec("hukou", "户籍或地区", "hukou 户籍或地区 户籍 地区 户籍要求 户籍地"),
    _spec("other", "其他条件", "other other_conditions 其他条件 其他要求 其它条件 条件"),
    _spec("how_to_apply", "申请方式", "how_to_apply 申请方式 申请流程 办理方式 申请渠道"),
    _spec("deadline", "截止日期", "deadline 截止日期 申请截止日期 截止时间"),
    _spec("issuer", "发布单位", "issuer 发布单位 发布机构 主管部门 实施单位"),
    _spec("basis", "政策依据", "basis source 政策依据 依据 文件依据 政策文件"),
)

REQUIRED = {"jobs": ("id", "title"), "graduates": ("id",), "policies": ("id", "name")}
_KIND_FIELDS = {"jobs": JOB_FIELDS, "graduates": GRADUATE_FIELDS, "policies": POLICY_FIELDS}


@dataclass(slots=True)
class ColumnMap:
    """Which column of a table feeds which field.

    ``fields[name]`` lists column indices (one for single-valued fields); ``conditions``
    lists ``(index, canonical name)``; ``ignored`` the headers (as written) that feed nothing.
    """

    headers: list[str]
    fields: dict[str, list[int]] = field(default_factory=dict)
    conditions: list[tuple[int, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def score(self) -> tuple[int, int]:
        """How header-like the row is: recognised fields first, then condition columns
        (so a sub-header row 学历/学位 beats its group row 要求/要求)."""
        return len(self.fields), len(self.conditions)

    def recognised(self) -> list[int]:
        return sorted({i for v in self.fields.values() for i in v} | {i for i, _ in self.conditions})

    def first(self, name: str) -> int | None:
        columns = self.fields.get(name)
        return columns[0] if columns else None

    def candidates(self, name: str) -> list[int]:
        """Columns feeding ``name``, preferred first (single fields fall back in order)."""
        return self.fields.get(name, [])

    def missing(self, kind: str) -> list[FieldSpec]:
        specs = {s.name: s for s in _KIND_FIELDS[kind]}
        return [specs[name] for name in REQUIRED[kind] if name not in self.fields]


def _lookup(specs: tuple[FieldSpec, ...], key: str) -> tuple[FieldSpec, int] | None:
    for candidate in (key, without_note(key)):
        if not candidate:
            continue
        for spec in specs:
            if candidate in spec.aliases:
                return spec, spec.aliases.index(candidate)
    return None


#: A condition stated again under its name: the API's ``conditions`` object names the second 备注
#: 「备注（2）」 (``condition_keys``), read back as 备注 (``condition_names``).
_REPEATED_CONDITION = re.compile(r"^(.+)（(\d+)）$")


def condition_keys(conditions: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """``Job.conditions`` as one object, name → text: a name stated again (two 备注 columns) gets its
    count, 「备注（2）」, so no cell is lost (``dict`` kept only the last)."""
    keyed: dict[str, str] = {}
    for name, text in conditions:
        key, count = name, 1
        while key in keyed:
            count += 1
            key = f"{name}（{count}）"
        keyed[key] = text
    return keyed


def condition_names(keys: Iterable[str]) -> list[str]:
    """The names ``condition_keys`` stated: 「备注（2）」 after 「备注」 is 备注 again."""
    names: list[str] = []
    for key in keys:
        repeated = _REPEATED_CONDITION.match(key)
        names.append(repeated.group(1) if repeated and repeated.group(1) in names else key)
    return names


def map_columns(headers: list[object], kind: str, *, stated_conditions: Mapping[str, str] | None = None) -> ColumnMap:
    """Map a header row to fields (``kind`` is ``"jobs"``, ``"graduates"`` or ``"policies"``).

    ``stated_conditions`` maps headers to the condition each holds as named (a job JSON's
    ``conditions`` object, ``service.import_json``): kept under that name, whatever it reads as."""
    stated_conditions = stated_conditions or {}
    if kind not in REQUIRED:
        raise ValueError(f"unknown table kind {kind!r}")
    specs = _KIND_FIELDS[kind]
    written = ["" if h is None else str(h).strip() for h in headers]
    result = ColumnMap(headers=written)
    ranked: dict[str, list[tuple[int, int]]] = {}  # single field → [(alias rank, column)]
    for index, header in enumerate(written):
        if header in stated_conditions:
            result.conditions.append((index, stated_conditions[header]))
            continue
        key = normalise_header(header)
        if not key:
            continue
        hit = _lookup(specs, key)
        if hit is not None:
            spec, rank = hit
            if spec.multi:
                result.fields.setdefault(spec.name, []).append(index)
            else:
                ranked.setdefault(spec.name, []).append((rank, index))
            continue
        if kind == "jobs":
            condition = _lookup(JOB_CONDITIONS, key)
            if condition is not None:
                result.conditions.append((index, condition[0].name))
                continue
            if _CONDITION_LIKE.search(key):
                result.conditions.append((index, header))
                continue
        result.ignored.append(header)
    for name, hits in ranked.items():
        # Two columns for one field (职位名称 and position): the earlier alias is used, the
        # other fills rows where the first is empty.
        result.fields[name] = [index for _, index in sorted(hits)]
    return result


def known_aliases(kind: str) -> dict[str, str]:
    """Every recognised header (normalised) → its field label; for help texts."""
    specs = JOB_FIELDS + JOB_CONDITIONS if kind == "jobs" else _KIND_FIELDS[kind]
    return {alias: spec.label for spec in specs for alias in spec.aliases}
