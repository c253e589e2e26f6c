"""The Chinese content of the OpenAPI document (``/docs``, ``/openapi.json``): tag descriptions, the
descriptions of schemas, of schema fields their models leave undescribed, and of query and path
parameters their routes leave undescribed.

The officers and organisers who open 接口文档 read Chinese. A field described in its model
(``Field(description=...)``) keeps that description; the others are described here, by field name,
because the same names recur across many schemas (``id``, ``total``, ``items``, ``school``, ``status``
…) and one glossary says each once. ``FIELDS_BY_SCHEMA`` gives a schema's own meaning where the
name alone is ambiguous. A sensitive field (``SENSITIVE_GRADUATE_FIELDS``) is said to be officer-only
wherever it appears. ``tests/test_openapi_chinese.py`` fails on any operation, tag, field or
parameter left undescribed, and on any schema, parameter or operation description not in Chinese.

A schema's docstring stays English for developers; the document shows ``SCHEMAS`` instead, so a
new model with an English docstring and no entry here is named by the test. Parameters recur
across routes (``job_id``, ``graduate_id``, ``school`` …) and are described once in ``PARAMETERS``
unless the route says more (``Query(description=...)`` wins), or per operation in
``PARAMETERS_BY_OPERATION`` where the same name filters differently.
"""

from __future__ import annotations

from typing import Any

from features.records import SENSITIVE_GRADUATE_FIELDS, EmployerType
from service.audit import ACTIONS
from service.outcomes import FollowUpStatus, SubsidyState

OFFICER_ONLY = "（敏感信息：仅就业服务专员可见，每次读取记入审计日志）"

#: Fields said to be officer-only wherever they appear: the sensitive graduate fields, whether the
#: graduate is on the support list (it follows from hardship), and the sensitive counts of the profile.
SENSITIVE_FIELDS = frozenset(SENSITIVE_GRADUATE_FIELDS) | {"needs_support", "support_categories"}
SENSITIVE_SCHEMAS = frozenset({"SensitiveCountsPublic"})
#: The audit actions as the API writes them, each beside its Chinese name.
ACTION_CODES = "、".join(f"{code} {label}" for code, label in ACTIONS.items())

DESCRIPTION = """公共就业服务进校园：岗位与毕业生智能匹配服务。导入岗位表和毕业生名单，为每位毕业生推荐可报考的岗位并逐条核对报考条件（学历、专业、年龄、户籍等），为岗位列出候选毕业生，生成小型招聘会方案，核验岗位表，统计毕业生画像与供需，并支持困难毕业生帮扶跟进与政策匹配。

**认证**：在请求头中提供 `Authorization: Bearer <令牌>`。令牌由管理员用命令 `jobmatch users add` 签发，每个账号一个；网页登录后，令牌保存在浏览器 Cookie 中，本页的「Authorize」按钮可填入令牌后直接试用接口。

**角色**：
- 就业服务专员（officer）：全部数据，包括困难类别、残疾、民族、身份证号、联系电话等敏感信息；每次读取敏感信息都记入审计日志；可查看审计日志、帮扶队列和跟进报表。
- 招聘活动组织者（organiser）：岗位、候选毕业生、招聘会方案、岗位核验、毕业生画像，以及毕业生的非敏感信息。
- 毕业生（graduate）：只能查看本人的信息、推荐岗位、就业指导和可享受的政策。

**错误**：统一为 RFC 9457 `application/problem+json`，`title`/`detail` 为中文。"""

#: Tag name (as the routers declare it) → what its endpoints do.
TAGS = [
    {"name": "岗位", "description": "岗位的增删改查、按关键词检索、导入岗位表（xlsx/csv/jsonl），以及一个岗位的候选毕业生。"},
    {"name": "毕业生", "description": "毕业生名单的增删改查与导入、岗位推荐及推荐记录、帮扶跟进登记。"
                                   "困难类别、民族、身份证号、电话等敏感字段仅就业服务专员可见，读取记入审计日志。"},
    {"name": "招聘活动", "description": "按行业、专业类等把岗位和毕业生分成小型招聘会，说明每场的单位、岗位、受邀毕业生，以及未列入的原因。"},
    {"name": "岗位核验", "description": "检查岗位表中的问题（薪资不合理、条件矛盾、信息缺失等），按岗位或公告列出，附汇总。"},
    {"name": "政策", "description": "就业政策清单，以及一位毕业生符合、待核实、不符合哪些政策。"},
    {"name": "毕业生画像", "description": "毕业生的规模、结构、专业、就业意向和期望薪资，以及按本科专业类的岗位供需对比。"},
    {"name": "帮扶跟进", "description": "困难毕业生帮扶队列、可申领未申领求职创业补贴的毕业生、帮扶跟进报表（仅就业服务专员）。"},
    {"name": "就业指导", "description": "毕业生与匹配岗位之间的条件差距（证书、学历、专业等）及建议，按群体或个人。"},
    {"name": "账号与审计", "description": "当前账号、审计日志（仅就业服务专员）和服务健康检查。"},
]

#: Field name → description, for fields whose model gives none.
FIELDS = {
    "id": "记录编号", "name": "姓名", "title": "岗位名称", "employer": "招聘单位", "school": "毕业院校", "major": "所学专业",
    "major_code": "本科专业目录代码，如 080901", "education": "学历，如「本科」「硕士研究生」", "degree": "学位，如「学士」「硕士」",
    "graduation_year": "毕业年份", "gender": "性别", "birth_date": "出生日期（YYYY-MM-DD）", "political_status": "政治面貌",
    "hukou": "户籍所在地", "origin_place": "生源地", "intention": "就业意向（原文）",
    "preferences": "结构化的求职偏好（地点、岗位类别、行业、最低月薪）；未填写的项从就业意向中读取",
    "ethnicity": "民族", "hardship": "困难类别；null 表示未知，[] 表示无", "hardship_groups": "困难类别中登记的细分类别",
    "student_loan": "是否获得国家助学贷款", "id_number": "身份证号（18 位，末位校验码须正确；15 位旧号码不收；不能与其他毕业生相同）", "phone": "联系电话",
    "needs_support": "是否列入帮扶对象（有困难类别，或民族为少数民族）",
    "items": "本页的记录", "total": "符合条件的记录总数", "offset": "本页从第几条开始（从 0 起）", "limit": "每页最多条数",
    "job_id": "岗位编号", "graduate_id": "毕业生编号", "user_id": "操作账号编号", "user_name": "操作账号名称",
    "location": "工作地点", "status": "资格核对结论：eligible 符合、needs_review 待核实、not_eligible 不符合",
    "status_label": "资格核对结论（中文）", "label": "名称（中文）", "message": "说明（中文）", "category": "类别",
    "positions": "岗位数", "graduates": "毕业生人数", "theme": "招聘会主题（行业或专业类）", "score": "匹配得分（越高越匹配）",
    "rank": "排名（从 1 起）", "reasons": "匹配或不匹配的理由（中文）", "salary_min": "月薪下限（元）", "salary_max": "月薪上限（元）",
    "salary": "薪资（原文）", "industry": "行业", "employer_type": "单位性质，如「机关」「事业单位」「国有企业」",
    "description": "岗位描述与职责", "conditions": "报考条件（原文）", "year": "毕业年份筛选", "filters": "所用筛选条件（中文）",
    "top_majors": "人数最多的专业", "summary": "汇总", "role": "角色：officer、organiser、graduate", "role_label": "角色（中文）",
    "note": "备注", "not_eligible": "不符合的数量", "needs_review": "待核实的数量", "eligible": "符合的政策",
    "limits": "所用的上下限", "job_employer": "跟进涉及的招聘单位", "job": "岗位摘要", "graduate": "毕业生信息",
    "count": "人数", "check_label": "核验项（中文）", "at": "时间（UTC，ISO 8601）", "asked": "岗位所要求的具体内容及岗位数",
    "updated": "更新的记录数", "created": "新增的记录数", "skipped": "跳过的行及原因", "notes": "提示（不影响写入）：与前面的行内容相同、只读入一次的行；已写入但缺少专业、无法核对专业要求的毕业生",
    "source": "导入的文件名", "kind": "导入的记录种类（jobs 岗位、graduates 毕业生）", "unplaced_majors": "未能归入本科专业类的专业",
    "unplaced": "未能归入专业类的毕业生人数", "type": "错误类型（URI）", "topic": "专题代码", "top": "每位毕业生核对的最匹配岗位数",
    "suggestions": "推荐的岗位，按排名", "subsidy": "是否为求职创业补贴相关的跟进", "share": "比例（0–1）",
    "severity": "严重程度：错误 / 警告 / 提示", "row": "行号（含表头，从 1 起）", "rejected": "未推荐的岗位及原因",
    "record_type": "被读取或修改的记录种类", "record_id": "被读取或修改的记录编号", "reason": "原因（中文）",
    "positions_unplaced": "未能归入专业类的岗位数", "positions_total": "岗位总数", "positions_placed": "列入招聘会的岗位数",
    "policy_name": "政策名称", "policy_id": "政策编号", "policy": "政策", "places": "举办地点（城市）", "pay": "期望月薪统计",
    "parts": "本主题共分几场", "part": "本场是本主题的第几场", "min_side": "供需对比时一方至少的人数（更少的专业类不标记）",
    "min_salary": "期望最低月薪（元）", "min_positions": "每场最少岗位数", "min_graduates": "每场最少毕业生人数",
    "min_fit": "列入招聘会的最低匹配得分", "median": "中位数（元/月）", "max_rank": "只邀请排名在此以内的毕业生",
    "max_positions": "每场最多岗位数", "max_graduates": "每场最多毕业生人数", "max_fairs_per_graduate": "每位毕业生最多受邀场数",
    "max_employers": "每场最多单位数", "max_classes": "每位毕业生最多计入的专业类数", "majors_text": "专业要求（原文）",
    "major_note": "专业名称如何识别的说明（如按相近专业识别）；意向地点没有岗位时的提示", "major_class": "本科专业类筛选", "lowest": "最低值（元/月）",
    "lower_quartile": "下四分位数（元/月）", "upper_quartile": "上四分位数（元/月）", "highest": "最高值（元/月）",
    "low_ratio": "求人倍率低于此值标记为「毕业生多、岗位少」", "high_ratio": "求人倍率高于此值标记为「岗位多、毕业生少」",
    "locations": "意向地点", "categories": "意向岗位类别", "industries": "意向行业", "key": "专业类代码",
    "jobs_checked": "核验的岗位数", "jobs": "岗位（按排名）", "job_title": "岗位名称", "job_ids": "涉及的岗位编号",
    "issuer": "发文单位", "intentions": "就业意向统计", "instance": "出错的请求路径", "how_to_apply": "申领方式",
    "headcount_unknown": "未注明招聘人数的岗位数", "graduates_unplaced": "未能归入专业类的毕业生人数",
    "graduates_total": "毕业生总数", "graduates_placed": "受邀参加招聘会的毕业生人数", "graduate_name": "毕业生姓名",
    "gaps": "条件差距，按涉及岗位数从多到少", "fixed": "是否为不可改变的条件（年龄、性别、户籍等），只陈述事实、不提建议",
    "fields": "读取或修改的字段", "fairs": "各场招聘会", "fact": "事实陈述（中文）", "example": "一个涉及此专题的岗位示例",
    "examined": "核对的岗位数", "employers": "参加的单位", "detail": "错误详情（中文）", "condition": "该岗位的相关条件（原文）",
    "column": "列名", "classes": "各专业类的供需", "check": "核验项代码", "candidates": "候选毕业生，按匹配度排序",
    "by_year": "按毕业年份", "by_school": "按院校", "by_label": "分场依据（中文）", "by_gender": "按性别", "by_education": "按学历",
    "by_degree": "按学位", "by_class": "按本科专业类", "by_category": "按专业门类", "age": "年龄条件（原文）",
    "advice": "建议（中文）", "action": "操作：" + ACTION_CODES,
}

#: (schema, field) → description, where the field means something else in that schema.
FIELDS_BY_SCHEMA = {
    ("AuditPublic", "id"): "审计记录编号",
    ("FollowUpPublic", "id"): "跟进记录编号", ("FollowUpReportEntry", "id"): "跟进记录编号",
    ("RecommendationLogEntry", "id"): "推荐记录编号", ("RecommendationLogEntry", "jobs"): "推荐的岗位，按排名",
    ("MePublic", "id"): "账号编号", ("MePublic", "name"): "账号名称",
    ("MePublic", "graduate_id"): "毕业生账号对应的毕业生编号；其他角色为空",
    ("JobCreate", "id"): "岗位编号", ("JobPublic", "id"): "岗位编号", ("JobSummary", "id"): "岗位编号",
    ("SuggestedJob", "id"): "岗位编号", ("JobPublic", "degree"): "学位要求（岗位原文的说法：「学士」「不限」或「与学历相对应的学位」）；null 表示未注明", ("JobSummary", "education"): "学历要求",
    ("SuggestedJob", "education"): "学历要求",
    ("GraduateCreate", "id"): "毕业生编号", ("GraduatePublic", "id"): "毕业生编号", ("GraduateFull", "id"): "毕业生编号",
    ("GraduateOwn", "id"): "毕业生编号",
    ("PolicyPublic", "id"): "政策编号", ("PolicyPublic", "name"): "政策名称", ("PolicyPublic", "category"): "政策类别",
    ("Problem", "title"): "错误标题（中文）", ("Problem", "status"): "HTTP 状态码",
    ("FollowUpConflictProblem", "title"): "错误标题（中文）", ("FollowUpConflictProblem", "status"): "HTTP 状态码",
    ("FairPublic", "title"): "招聘会名称，如「党政机关专场（之三）」", ("FairPublic", "positions"): "本场的岗位",
    ("FairPublic", "graduates"): "本场受邀的毕业生", ("FairDroppedPublic", "theme"): "未单独举办的主题或分场",
    ("FairUnplacedCountPublic", "positions"): "因此类原因未列入招聘会的岗位数",
    ("JobCheckFindingPublic", "message"): "发现的问题（中文）", ("JobCheckFindingPublic", "title"): "岗位名称（公告类问题为公告名称）",
    ("JobChecksPublic", "summary"): "全部发现按核验项汇总", ("JobChecksPublic", "items"): "本页的发现",
    ("ClassBalancePublic", "label"): "专业类名称", ("ClassBalancePublic", "positions"): "可归入此专业类的岗位数",
    ("ClassBalancePublic", "graduates"): "此专业类的毕业生人数",
    ("CountPublic", "label"): "分组名称", ("CountPublic", "count"): "人数", ("MajorCountPublic", "count"): "人数",
    ("TopicNeedPublic", "label"): "专题名称（中文）", ("TopicNeedPublic", "summary"): "一句话概括（中文）",
    ("GapPublic", "label"): "专题名称（中文）", ("GapPublic", "not_eligible"): "不符合此条件的岗位数",
    ("GapPublic", "needs_review"): "此条件须核实的岗位数", ("GapPublic", "examined"): "核对的岗位数",
    ("GraduatePoliciesPublic", "needs_review"): "待核实的政策", ("GraduatePoliciesPublic", "not_eligible"): "不符合的政策",
    ("SubsidyHintPublic", "status"): "资格核对结论：eligible 符合、needs_review 待核实",
    ("FollowUpStatePublic", "status"): "跟进状态：" + "、".join(FollowUpStatus), ("CohortProfilePublic", "year"): "毕业年份筛选",
    ("CohortProfilePublic", "school"): "院校筛选", ("CohortGuidancePublic", "school"): "院校筛选",
    ("CohortProfilePublic", "total"): "所选毕业生人数", ("CohortProfilePublic", "unplaced"): "未能归入本科专业类的毕业生人数",
    ("CohortProfilePublic", "top_majors"): "人数最多的专业", ("IntentionsPublic", "share"): "填写意向者占所选毕业生的比例（0–1）",
    ("PolicyListPublic", "total"): "政策条数", ("PolicyListPublic", "items"): "政策",
    ("SupportEntryPublic", "graduate"): "毕业生（含敏感信息，仅就业服务专员可见）",
    ("CandidatePublic", "graduate"): "毕业生的非敏感信息",
    ("CandidatesPublic", "candidates"): "候选毕业生，按匹配度排序",
}


def describe_fields(schemas: dict[str, dict[str, Any]]) -> None:
    """Fill in the description of every property of ``schemas`` (OpenAPI ``components.schemas``)
    that has none, and say a sensitive field is officer-only. A name neither table knows is left
    bare, for the test to name."""
    for schema_name, schema in schemas.items():
        for field, prop in schema.get("properties", {}).items():
            text = prop.get("description") or FIELDS_BY_SCHEMA.get((schema_name, field)) or FIELDS.get(field)
            if text is None:
                continue
            if (field in SENSITIVE_FIELDS or schema_name in SENSITIVE_SCHEMAS) and "仅就业服务专员" not in text:
                text += OFFICER_ONLY
            prop["description"] = text


#: Schema name → its description in the document, in place of the class docstring (English, for
#: developers). Schemas whose docstring is already Chinese, or that have none, need no entry.
SCHEMAS = {
    "EmployerType": "单位性质：" + "、".join(EmployerType),
    "FairGraduatePublic": "招聘会受邀的一位毕业生，只含非敏感信息（组织者也可查看）。",
    "FairPlanPublic": "小型招聘会方案：各场的用人单位、岗位及受邀毕业生，均附理由。",
    "FairUninvitedPublic": "可报考某主题的岗位、但该主题各场均已达到每场毕业生上限而未受邀的毕业生。",
    "FairAbsentPublic": "未受邀参加任何招聘会的毕业生及原因。",
    "FairUnplacedCountPublic": "因同一类原因未列入任何招聘会的岗位数。",
    "FairUnplacedPublic": "未列入任何招聘会的一个岗位及原因，供组织者处理。",
    "FollowUpCreate": "登记一次跟进：某岗位对该毕业生的结果；每次登记都保留，最新的一条为当前状态。"
                      "只登记求职创业补贴办理情况时不填 job_id 与 status、须填 subsidy（补贴属于毕业生，不属于某个岗位）；"
                      "缺少哪一项，422 回答中会指明。",
    "FollowUpConflictProblem": "登记跟进时的 409 回答：在 last_seen_id 之后已有与本次冲突的记录（RFC 9457，另带 latest_id 与 recorded_since）。",
    "FollowUpReportEntry": "报表的一行：一条跟进记录，毕业生记录仍在时附其姓名、学校和专业（不含敏感信息）。",
    "FollowUpStatePublic": "一条跟进的当前状态，不含备注（备注在该毕业生的跟进记录中查看）。",
    "FollowUpStatus": "（毕业生，岗位）的跟进结果：" + "、".join(FollowUpStatus) + "；最新的一条记录为当前状态。",
    "GraduateFull": "毕业生的全部信息，含敏感字段（仅就业服务专员可见，读取记入审计日志）。",
    "GraduateOwn": "毕业生本人可见的本人信息：不含困难类别、助学贷款、民族和身份证号（仅就业服务专员可见），含本人联系电话（读取记入审计日志）。",
    "GraduatePublic": "招聘活动组织者可见的毕业生信息：不含敏感字段。",
    "Hardship": "困难帮扶类别（按地区帮扶方案）" + OFFICER_ONLY,
    "HardshipGroup": "困难类别中的细分类别：名单可能注明（「低保户」「特困供养」「防返贫监测户」「贫困残疾人家庭」），"
                     "政策可能要求（一次性求职创业补贴：低保家庭、特困人员、贫困残疾人家庭）。与困难类别一并保存；"
                     "帮扶队列、招聘会、画像、资格核对等其他用途只读困难类别" + OFFICER_ONLY,
    "JobCheckCoveredJobPublic": "一条公告类发现所涉及的一个岗位。",
    "JobCheckFindingPublic": "一条发现：针对一个岗位（job_id）、一则招聘公告（job_id 为空，所涉 jobs 个岗位列于 covered），"
                             "或整个岗位表（job_id 为空，covered 为空）。",
    "JobChecksPublic": "符合筛选条件的发现（本页）及全部发现的汇总。",
    "JobUpdate": "只修改请求中给出的字段（值为 null 即清空该字段）。",
    "PolicyPublic": "一项政策，按政策文件原文（条件照录）。",
    "PreferencesInput": "求职偏好（地点、岗位类别、行业、最低月薪）。意向地点每项须为可识别的地名（省、市、县，如「郑州」"
                        "「河南省郑州市」）、「县城」「乡镇」，或不考虑的地方（「不去喀什」）；「不限」不算一项（等于留空）；"
                        "其他内容（如「火星」）为 422，指明 preferences.locations 和该项。",
    "Problem": "所有错误回答的内容（RFC 9457），title 与 detail 为中文。",
    "RecommendationLogEntry": "一次推荐：何时、应谁的请求、按排名推荐了哪些岗位。",
    "SensitiveCountsPublic": "敏感信息统计：仅在就业服务专员请求时带 sensitive=true 才提供，按统计到的每位毕业生记入审计日志。",
    "Severity": "严重程度：错误——岗位表发出前须改正（jobmatch check-jobs 以退出码 1 结束）；"
                "警告——毕业生会因此受影响；提示——值得一看。",
    "SubsidyHintPublic": "毕业生可申领而尚未申领的求职创业补贴。",
    "SubsidyState": "毕业生的求职创业补贴办理情况：" + "、".join(SubsidyState)
                    + "。只有困难帮扶毕业生可领取，有此状态即表明该毕业生是帮扶对象。",
    "SubsidyUnclaimedEntry": "不在帮扶名单（未登记困难类别）、可申领而尚未申领求职创业补贴的一位毕业生。",
    "UnpushedEntry": "困难帮扶名单中尚未推送过任何岗位（没有任何岗位跟进记录）的一位毕业生：名单所示的记录与专员是否已看过其推荐。",
    "SuggestedJob": "推荐岗位的摘要及报考所需的信息（无需再逐个查看岗位）：招聘公告、报名截止日期、单位联系方式、薪资原文。",
    "SupportEntryPublic": "就业服务专员帮扶队列中的一位困难毕业生。",
}

#: Parameter name → description, for query and path parameters whose route gives none.
PARAMETERS = {
    "job_id": "岗位编号", "graduate_id": "毕业生编号",
    "employer_type": "只列出该单位性质的岗位", "category": "岗位类别包含该文字（不区分大小写）",
    "school": "学校名称包含该文字（不区分大小写）", "major": "专业名称包含该文字（不区分大小写）",
    "graduation_year": "只列出该毕业年份的毕业生", "user_id": "只看该账号的操作（账号编号）",
    "action": "只看该操作：" + ACTION_CODES,
}

#: ("METHOD path", parameter) → description, where the name means something else in that operation.
PARAMETERS_BY_OPERATION = {
    ("GET /api/jobs/search", "education"): "只列出接受该学历的岗位",
    ("GET /api/graduates", "education"): "只列出该学历的毕业生，如「本科」「硕士研究生」",
    ("GET /api/jobs/{job_id}/candidates", "k"): "列出的候选毕业生人数",
}


def describe_schemas(schemas: dict[str, dict[str, Any]]) -> None:
    """Show ``SCHEMAS``' Chinese description in place of each schema's docstring. A described
    schema that the table does not know keeps its docstring, for the test to name."""
    for schema_name, schema in schemas.items():
        if "description" in schema and schema_name in SCHEMAS:
            schema["description"] = SCHEMAS[schema_name]


def describe_parameters(paths: dict[str, dict[str, Any]]) -> None:
    """Describe every query and path parameter of ``paths`` (OpenAPI ``paths``) that its route
    leaves undescribed. A name neither table knows is left bare, for the test to name."""
    for path, item in paths.items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                name = parameter["name"]
                text = (parameter.get("description") or PARAMETERS_BY_OPERATION.get((f"{method.upper()} {path}", name))
                        or PARAMETERS.get(name))
                if text is not None:
                    parameter["description"] = text
