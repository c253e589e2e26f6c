"""Domain words for the segmenter: job, industry and place terms of campus recruitment.

Major names come from the catalog (``MajorCatalog.names``); this module adds the terms a
general dictionary cuts badly.
"""

from __future__ import annotations

import functools
import re

from features.catalog import MajorCatalog

JOB_TERMS = (
    "软件工程师 前端开发 后端开发 测试工程师 运维工程师 数据分析师 算法工程师 产品经理 项目经理 "
    "会计 出纳 审计 财务管理 税务 统计员 文秘 行政助理 人力资源 综合管理 文字综合 文稿起草 "
    "信息化建设 网络安全 电子商务 市场营销 销售代表 客户经理 采购员 物流专员 仓储管理 "
    "施工员 造价员 监理员 质检员 安全员 技术员 电气工程师 机械设计 工艺工程师 "
    "护士 护理 临床医师 医师 药剂师 检验师 影像医师 公共卫生 疾病预防控制 "
    "教师 中学教师 小学教师 幼儿教师 辅导员 科研助理 实验员 研究助理 "
    "乡镇 街道 社区 村官 大学生村官 三支一扶 西部计划 特岗教师 基层服务 "
    "实习 见习 就业见习 应届毕业生 全日制 普通高校 "
    "维吾尔语 哈萨克语 双语 普通话 汉语言 "
    "公务员 事业编制 机关 事业单位 国有企业 民营企业 "
    "五险一金 绩效奖金 包吃住 双休"
).split()

INDUSTRY_TERMS = (
    "互联网 信息技术 人工智能 大数据 云计算 软件服务 通信 电子信息 新能源 光伏 风电 "
    "石油化工 煤化工 矿业 冶金 建筑工程 房地产 交通运输 物流 现代农业 畜牧业 林果业 "
    "纺织服装 食品加工 旅游 酒店 文化旅游 金融 银行 保险 证券 教育培训 医疗卫生 医药 "
    "生物医药 环境保护 水利 电力 电网 政务服务 社会保障 制造业"
).split()

#: Words that name an industry of ``INDUSTRY_TERMS`` only in the general forms of an intention
#: (「教育行业」「IT领域」「医疗方向」「做教育」; ``features.intentions``), not alone: 「教育背景」「学前教育专业」
#: 「软件开发」 name none. 能源 (oil, coal or power?) and 化工 (石油化工 or 煤化工?) are left out: which
#: industry they mean is not clear, nor 卫生 (「做卫生」 is cleaning). 政府/机关 are a kind of employer
#: (``JOB_TERMS``), not an industry.
INDUSTRY_FIELD_WORDS: dict[str, str] = {
    "教育": "教育培训",
    **dict.fromkeys(("医疗", "医疗健康"), "医疗卫生"),
    **dict.fromkeys(("IT", "计算机", "信息化"), "信息技术"),
    "软件": "软件服务",
    **dict.fromkeys(("制造", "工业制造"), "制造业"),
    **dict.fromkeys(("石油", "石化", "油气"), "石油化工"),
    "农业": "现代农业",
    "建筑": "建筑工程",
    "环保": "环境保护",
    # GB/T 4754 puts restaurants with hotels (住宿和餐饮业, the section ``INDUSTRY_NAMES`` gives 酒店).
    "餐饮": "酒店",
    # 游戏 and 电商 platforms are GB/T 4754's 互联网游戏服务/互联网平台 (section I, the one of 互联网); 传媒 is
    # 新闻出版、广播电视 (文化、体育和娱乐业: 文化旅游). Law firms (租赁和商务服务业) and 超市 (批发和零售业) have
    # no industry here and are not read.
    **dict.fromkeys(("游戏", "电商"), "互联网"),
    "传媒": "文化旅游",
}

#: Employers that stand for their industry after 去/到/进 (「去医院」「到油田或石化企业」), not elsewhere
#: (「在学校期间」 is a time, 「医院管理专业」 a major), or after 在 when 工作/上班 follows (「希望在医院工作」).
#: 「想到酒店或旅行社」: a 旅行社 or 景区 is of 旅游 (it read as 酒店 alone); 酒店 is a workplace too, so that
#: the pair joined by 或 is read as one list; newspapers, broadcasters and publishers are GB/T 4754's
#: 文化、体育和娱乐业 (新闻和出版业, 广播、电视…), the section of 文化旅游.
INDUSTRY_WORKPLACES: dict[str, str] = {
    **dict.fromkeys(("医院", "卫生院", "疾控中心", "诊所"), "医疗卫生"),
    **dict.fromkeys(("学校", "培训机构", "幼儿园"), "教育培训"),
    **dict.fromkeys(("油田", "炼油厂"), "石油化工"),
    "工厂": "制造业",
    "电厂": "电力",
    "券商": "证券",
    **dict.fromkeys(("旅行社", "景区"), "旅游"),
    **dict.fromkeys(("酒店", "宾馆"), "酒店"),
    **dict.fromkeys(("药企", "药厂"), "医药"),
    **dict.fromkeys(("电视台", "报社", "出版社"), "文化旅游"),
    "铁路局": "交通运输",
    # Care homes are 老年人养护服务 of 卫生和社会工作, the section ``INDUSTRY_NAMES`` gives 医疗卫生.
    **dict.fromkeys(("养老院", "敬老院"), "医疗卫生"),
}

#: What an industry word of an intention also goes by in job tables: the section (门类) of the
#: national classification GB/T 4754-2017 it belongs to, which tables write in their 行业 column
#: (「想去银行」 → 金融业), a division (大类) where the section is all of manufacturing, and for
#: a few words the employers that are plainly of it (医疗卫生 → 医院). Words whose section is not
#: clear (电子信息, 冶金, 石油化工 span manufacturing, mining and energy) are left as they are.
INDUSTRY_NAMES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("互联网", "信息技术", "人工智能", "大数据", "云计算", "软件服务", "通信"),
                    ("信息传输、软件和信息技术服务业",)),
    **dict.fromkeys(("新能源", "光伏", "风电", "电力", "电网"), ("电力、热力、燃气及水生产和供应业",)),
    "矿业": ("采矿业",),
    "建筑工程": ("建筑业",),
    "房地产": ("房地产业",),
    **dict.fromkeys(("交通运输", "物流"), ("交通运输、仓储和邮政业",)),
    **dict.fromkeys(("现代农业", "畜牧业", "林果业"), ("农、林、牧、渔业",)),
    "纺织服装": ("纺织业", "纺织服装、服饰业"),
    "食品加工": ("农副食品加工业", "食品制造业"),
    "酒店": ("住宿和餐饮业",),
    "文化旅游": ("文化、体育和娱乐业",),
    **dict.fromkeys(("金融", "银行", "保险", "证券"), ("金融业",)),
    "教育培训": ("教育", "学校"),
    "医疗卫生": ("卫生和社会工作", "医院", "卫生院", "疾病预防控制"),
    **dict.fromkeys(("医药", "生物医药"), ("医药制造业",)),
    "环境保护": ("水利、环境和公共设施管理业", "生态环境"),
    **dict.fromkeys(("政务服务", "社会保障"), ("公共管理、社会保障和社会组织",)),
}


def industry_names(term: str) -> tuple[str, ...]:
    """``term`` and the names job tables give its industry (``INDUSTRY_NAMES``)."""
    return (term, *INDUSTRY_NAMES.get(term, ()))


def names_industry(term: str, text: str) -> bool:
    """True if ``text`` (a job's ``industry_text``) names the wished industry."""
    return any(name in text for name in industry_names(term))


#: 「教育」 of these names is work of another field, not the education industry (GB/T 4754's
#: 教育): party and cadre centres (县委党员教育中心, 老干部教育活动中心, 党员电化教育中心), prisons
#: and rehabilitation (罪犯管理教育心理辅导岗, 罪犯教育改造, 教育矫治所), campaigns (普法教育指导中心,
#: 宣传教育科): 125 of the 538 posts with 教育 in their names in the Henan, gkld and Wuhan tables
#: (scratch count). 教育培训 itself stays (干部教育培训中心). Only 「教育」 is dropped: the words
#: around it still tell the field (罪犯 and 矫治所 are prisons', ``features.sectors``).
_NOT_EDUCATION = re.compile(r"(?<=党员|干部|电化|普法|法治|宣传|警示|廉政|罪犯|管理)教育(?!培训)|教育(?=矫治|改造)")


def industry_text(*fields: str | None) -> str:
    """A job's industry, category, employer and title as wished industries are looked for in them
    (``names_industry``, the ranker), without the names above: 「教育培训」 would otherwise meet
    a prison post through 「教育」."""
    return _NOT_EDUCATION.sub(" ", " ".join(filter(None, fields)))


#: How job titles name software work (「软件开发」「开发工程师」「前端」).
_SOFTWARE_WORK = ("软件开发", "软件…开发", "系统…开发", "开发工程师", "软件工程师", "程序", "前端", "后端")

#: How job titles name a doctor's work (see 「医生」 in ``JOB_KIND_NAMES``).
_DOCTOR_WORK = ("医师", "医生", "内科", "外科", "儿科", "妇产科")

#: How job titles name personnel work (「人事管理岗」「人力资源综合服务岗」「人力资源处工作人员」). Not 人力资源
#: alone: a labour agency's name in the title (「专项聘员（佛山市江智人力资源有限公司劳务派遣）」) is no HR post.
_HR_WORK = ("人事", "人力资源管理", "人力资源…服务", "人力资源处", "人力资源部", "人力资源…专员", "人力资源开发",
            "人力综合")

#: What a kind of job a graduate names in everyday words is called in job titles, so that
#: 「想当老师」 meets 中学教师 and 「不想当司机」 refuses 驾驶员 (wished and refused kinds alike).
JOB_KIND_NAMES: dict[str, tuple[str, ...]] = {
    # 「教学岗位」「教学科研岗」 (gkld: 23 教学岗位 at 职业技术学院) are teachers' posts; 教学 meets only a
    # title word whose head it is (``name_occurs``), not 教学管理岗 or 教学事务岗.
    "老师": ("教师", "教学"),
    # 「临床医生」 as titles say it (gkld: 住院医师 26, 临床医师 18, 儿科 15, 内科医师 10, 胸外科 5, 妇产科 4): a
    # department's name alone is a doctor's post there; 内科护士 is not (``_NAMES_OTHER_WORK_AFTER``).
    **dict.fromkeys(("医生", "医师", "大夫", "临床医生", "临床医师"), _DOCTOR_WORK),
    # Not 「开发」 alone: 招商开发, 土地开发.
    **dict.fromkeys(("程序员", "码农"), _SOFTWARE_WORK),
    "司机": ("驾驶员",),
    "文员": ("文秘", "文书"),
    "客服": ("客户服务",),
    "财务": ("会计", "出纳"),
    # Real titles (gkld, Henan, Wuhan tables; scratch count): 财务 312 against 会计 99, 护理 101
    # against 护士 30, 驾驶员 7 against 司机 0, 幼儿…教师 89 against 幼师 1.
    "会计": ("财务",),
    "护士": ("护理",),
    "护理": ("护士",),
    "驾驶员": ("司机",),
    # A bank's 客户经理 (零售, 个贷, 公司, 小微: the 11 gkld posts are all at banks) wins customers and
    # sells deposits, loans and wealth products against targets: sales work, as a careers adviser says.
    "销售": ("营销", "业务员", "客户经理"),
    # Publicity work as companies title it (Wuhan: 新媒体运营 107 posts, 文案编辑/文案策划 19, 品牌策划 and
    # 品牌传播 3; gkld: 新媒体工作人员, 融媒体运营岗). Not 推广 alone: 农业技术推广 is farm extension work, nor
    # 品牌 alone (工业品牌研究工程师 is research).
    "宣传": ("新媒体", "融媒体", "文案", "品牌…策划", "品牌…传播", "品牌推广"),
    # 综合管理岗 (1,239 gkld posts at 机关 and 事业单位) and 办公室文员/行政文员 are office administration,
    # what 「做行政」 means. Not 综合管理 alone: 综合管理类 is the civil-service exam class of nearly every post
    # (a 司法局's 法律事务岗 is filed under it).
    "行政": ("综合管理岗", "综合管理职位", "综合管理人员", "文员"),
    "人事": _HR_WORK,
    # Network and system administration (gkld: 网络管理员, 信息系统管理员, 系统管理岗) is operations work.
    "运维": ("网络管理", "系统管理"),
    "律师": ("法务",),
    "厨师": ("烹饪",),
    # Community work as gkld titles it (专职社区工作者, 社区建设岗, 社区治理岗, 网格员; not 社区医生, 社区支行行长).
    **dict.fromkeys(("社区工作", "社区工作者"), ("社区专职", "社区建设", "社区管理", "社区治理", "社区公共服务", "网格员")),
}


#: Kinds of job whose own word, in job titles, names other work too: only these names are looked
#: for. 「做开发」 is software work; 招商开发, 人力资源开发, 文化和旅游资源开发 and 产品开发 posts are not
#: (12 of the 19 titles with 开发 in the gkld and Wuhan tables; these names find 5 of the other 7).
#: 「中小学教师」 is a teacher at a 小学 or 中学 (初中, 高中), which titles name before the subject
#: (小学数学教师, 高中物理教师): read as 小学教师 it missed every 中学 post; 小学 alone would take
#: textbook editors (小学英语编辑老师), whose titles do not say 教师. 「…」 stands for any characters
#: within one word of the title (``name_occurs``).
JOB_KIND_ONLY_NAMES: dict[str, tuple[str, ...]] = {
    "开发": _SOFTWARE_WORK,
    **dict.fromkeys(("人力资源", "人力资源管理"), _HR_WORK),
    **dict.fromkeys(("中小学教师", "中小学老师"),
                    tuple(f"{stage}…{head}" for stage in ("中小学", "小学", "中学", "初中", "高中")
                          for head in ("教师", "教学"))),
}

#: The school stages titles name before a teacher's subject, as an intention's stage says them:
#: a 中学 teacher is a 初中 or 高中 one too (初中语文教师 236 titles, 高中 140, 中学 29 in gkld), a
#: 幼儿园 teacher is written 幼儿教师 or 幼儿园教师 (幼儿…教师 covers both).
TEACHER_STAGES: dict[str, tuple[str, ...]] = {
    "小学": ("小学",),
    "中学": ("中学", "初中", "高中"),
    "初中": ("初中",),
    "高中": ("高中",),
    "幼儿": ("幼儿",),
    # School levels, which titles rarely say (专任教师, 讲师): ``job_kind_text`` writes the level of
    # the employer (``school_level``) before a teaching title's word, as 「高校专任教师」.
    "高校": ("高校",),
    "高职": ("高职",),
    "中职": ("中职",),
    "职业院校": ("职业院校", "高职", "中职"),
}
#: A university's 讲师 is a teaching post too (the title of its rank).
_LECTURER_LEVELS = frozenset({"高校", "高职", "职业院校"})
#: A teacher by stage and subject as ``features.intentions`` writes it (「小学教师」「中学语文教师」).
_STAGE_TEACHER = re.compile(rf"^({'|'.join(sorted(TEACHER_STAGES, key=len, reverse=True))})(.*)教师$")


def _stage_teacher_names(term: str) -> tuple[str, ...] | None:
    """「中学语文教师」 → 中学…语文…教师, 初中…语文…教师, 高中…语文…教师: titles put the subject between
    the stage and 教师 (小学数学教师), and 「小学教师」 alone missed 318 such gkld titles."""
    found = _STAGE_TEACHER.match(term)
    if found is None:
        return None
    stage, subject = found.groups()
    heads = ("教师", "讲师", "教学") if stage in _LECTURER_LEVELS else ("教师", "教学")
    return tuple("…".join(filter(None, (name, said, head))) for name in TEACHER_STAGES[stage]
                 for said in SUBJECT_NAMES.get(subject, (subject,)) for head in heads)


#: School subjects a wish names without a stage (「想当语文老师」), and the names titles give each: 思政 is
#: taught as 政治 and 道德与法治 (高中政治教师, 初中道德与法治教师). Only these: 「编辑老师」 is no teacher.
SUBJECT_NAMES: dict[str, tuple[str, ...]] = {
    **{s: (s,) for s in ("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "音乐", "美术", "体育",
                         "信息技术", "科学", "心理健康")},
    **dict.fromkeys(("思政", "政治", "思想政治", "道德与法治"), ("思政", "政治", "道德与法治", "道德与法制")),
}
_SUBJECT_TEACHER = re.compile(rf"^({'|'.join(sorted(SUBJECT_NAMES, key=len, reverse=True))})(?:老师|教师)$")


def _subject_teacher_names(term: str) -> tuple[str, ...] | None:
    """「语文老师」 → 语文…教师, 语文…教学: titles say 教师 after a stage or school (小学语文教师, 专技人员（语文教师）),
    and 「语文老师」 as written met none of gkld's 语文 posts (2026-12-07 graduate review)."""
    found = _SUBJECT_TEACHER.match(term)
    if found is None:
        return None
    return (term, *(f"{said}…{head}" for said in SUBJECT_NAMES[found.group(1)] for head in ("教师", "教学")))


#: The school nouns of an employer's name, the longer first; its level is that of the last one
#: (「某某大学附属中学」 is a 中学). 技师学院 and 技工学校 are secondary vocational (人社部门的技工院校), as
#: are 职业技术学校 and 中专学校 (学院 is tertiary). Institutions called 学院 that grant no degrees
#: (党校 and its 行政学院/社会主义学院, the 科学院 and their 研究所, 干部/进修/检察官/法官学院: 辽阳市教师进修学院's
#: 研训教师 teach in 初中), and what a university runs that is no university (附属医院, 附属学校, 研究院), are
#: of no level: 「想去大学当老师」 did meet them (gkld: 7 研训教师). A name says no more than it says: a
#: 卫生学校 is a 中等卫生学校 (中职; its college is a 卫生职业学院), a 实验学校 a primary or secondary school
#: of no one stage (小学, 初中 or 九年一贯制: 东北育才实验学校 语文教师), read 「中小学」, which a wish for
#: 中小学教师 or 老师 meets and one for 小学 or 中学 alone does not.
_NOT_TERTIARY = ("党校", "行政学院", "社会主义学院", "科学院", "干部学院", "培训学院", "进修学院", "检察官学院", "检察学院",
                 "法官学院", "医院", "研究所", "研究院", "学校")
_SCHOOL_NOUN = re.compile(r"职业技术学院|职业学院|高等专科学校|技师学院|技工学校|中等职业学校|中等专业学校|职业中专|"
                          r"职业高级中学|职业高中|职业中学|职业技术学校|职业学校|中专学校|中专|卫生学校|实验学校|"
                          + "|".join(_NOT_TERTIARY) + r"|大学|学院|高级中学|初级中学|中学|小学|幼儿园|附中|附小")
_SCHOOL_LEVELS = {
    **dict.fromkeys(("职业技术学院", "职业学院", "高等专科学校"), "高校高职"),
    **dict.fromkeys(("大学", "学院"), "高校"),
    **dict.fromkeys(("技师学院", "技工学校", "中等职业学校", "中等专业学校", "职业中专", "职业高级中学", "职业高中",
                     "职业中学", "职业技术学校", "职业学校", "中专学校", "中专", "卫生学校"), "中职"),
    "实验学校": "中小学",
    # Many titles name no stage either (体育教师 at 米东区第七中学, 英语教师 at 疏附县高级中学).
    **dict.fromkeys(("中学", "附中"), "中学"), "高级中学": "高中", "初级中学": "初中",
    **dict.fromkeys(("小学", "附小"), "小学"), "幼儿园": "幼儿",
}
#: A title word that names its stage or level itself (「小学数学教师」「高校教师」「中职语文教师」).
_NAMES_STAGE = re.compile(r"小学|中学|初中|高中|幼儿|高校|大学|高职|中职|职业院校")


def school_level(employer: str | None) -> str | None:
    """The level of a school employer as titles would say it before 教师: 「高校」 (某某大学, 某某学院),
    「高校高职」 (职业技术学院: both), 「中职」 (技工学校, 中等职业学校); ``None`` for other employers
    (党校, 中国科学院, 某某大学附属医院, 实验学校); 「中学」「高中」「小学」「幼儿」 for those schools, whose titles
    often name no stage (体育教师 at 某某第七中学)."""
    nouns = _SCHOOL_NOUN.findall(employer or "")
    return _SCHOOL_LEVELS.get(nouns[-1]) if nouns else None


def job_kind_text(title: str | None, category: str | None, employer: str | None = None) -> str:
    """A job's title and category as kinds of work are looked for in them (``names_job_kind``), a
    teaching title's word led by its school's level where it says none (「专任教师」 at 某某大学 →
    「高校专任教师」): 「想在高校当老师」 (高校…教师) then meets a university's posts, not a 小学's."""
    level = school_level(employer)
    if level and title:
        title = " ".join(level + word if is_teaching(word) and not _NAMES_STAGE.search(word) else word
                         for word in title.split())
    return " ".join(filter(None, (title, category)))


@functools.lru_cache(maxsize=20_000)  # asked for every wished word against every job explained
def job_kind_names(term: str) -> tuple[str, ...]:
    """``term`` and the names job titles give that kind of job (``JOB_KIND_NAMES``), or only the
    names where the term itself says too much (``JOB_KIND_ONLY_NAMES``)."""
    if term in JOB_KIND_ONLY_NAMES:
        return JOB_KIND_ONLY_NAMES[term]
    stage_teacher = _stage_teacher_names(term)
    if stage_teacher is not None:
        return stage_teacher
    if term not in JOB_KIND_NAMES and (subject_teacher := _subject_teacher_names(term)) is not None:
        return subject_teacher
    return (term, *JOB_KIND_NAMES.get(term, ()))


def same_job_kind(first: str, second: str) -> bool:
    """True if two words name one kind of job: a name titles give it is common to both (财务 and
    会计, 老师 and 教师), so that one kind said in two words is counted once."""
    return first == second or bool(set(job_kind_names(first)) & set(job_kind_names(second)))


#: The job noun a teaching title ends in (its head), before what titles add after it: a post
#: (岗, 岗位, 专业技术岗位13级以上), a number or letter (教师1, 教师（二）, 教师A), a note in brackets
#: (（聘用教师控制数）, （自动化方向）). An editor or writer called 老师 (初中数学编辑老师, 兼职写手老师: Wuhan's
#: publishers) is no teacher. 「护理教师」「大数据与会计专业教师」 are teachers: the subject before the
#: head is what they teach, not the work they do (gkld: 护理学相关课程教师, 会计专业课教师).
_TEACHING_HEAD = re.compile(r"(?:教师|(?<!编辑)(?<!写手)老师|讲师|辅导员|助教|教学(?:科研)?(?:人员)?)(?:专业技术岗位?\d*级?以上|岗位?|专技|[（(][^（()）]*[）)]?"
                            r"|[0-9０-９]+|[一二三四五六七八九十]+|[A-Za-z]|[）)])*$")


@functools.lru_cache(maxsize=200_000)
def is_teaching(word: str) -> bool:
    """True if a title word's head is a teacher (「护理教师」「会计专业课教师2」「专任教师岗位」), or a
    kind of job names one (「高校教师」「小学…教师」「辅导员」)."""
    return _TEACHING_HEAD.search(word.replace("…", "")) is not None


#: Kinds whose word, followed by these, names other work: 行政执法 (339 of the 483 gkld titles with 行政, all
#: 484 of Henan's: 一级行政执法员), 行政审批, 行政复议, 行政许可, 行政应诉 are enforcement and legal work, not the
#: office administration 「做行政」 means (行政管理岗, 行政助理, 行政岗).
_NAMES_OTHER_WORK_AFTER: dict[str, re.Pattern[str]] = {
    "行政": re.compile(r"行政(?!执法|审批|复议|许可|应诉|诉讼|处罚|强制)"),
    **{dept: re.compile(rf"{dept}(?!护|技)") for dept in ("内科", "外科", "儿科", "妇产科")},
}


def name_occurs(name: str, text: str) -> bool:
    """True if ``name`` occurs in ``text``; a 「…」 in it stands for any characters between its
    parts within one whitespace-separated word (「小学…教师」 occurs in 「小学数学教师 专业技术」, not in
    「小学后勤 教师岗」). A name that is no teaching work does not occur in a teacher's title
    (``is_teaching``): 「护士」 wished meets 护士 and 护理 posts, not 护理教师 (its subject); nor a name
    where what follows makes it other work (``_NAMES_OTHER_WORK_AFTER``: 行政执法员 is no 行政)."""
    parts = name.split("…")
    if parts[0] not in text:
        return False
    if (other_after := _NAMES_OTHER_WORK_AFTER.get(name)) is not None and other_after.search(text) is None:
        return False
    teaching = is_teaching(name)
    # 教学 heads a teacher's title (教学岗位) but is part of others (教学管理岗): met only as a head.
    head_only = name.endswith("教学")
    return any(_in_order(parts, word) for word in text.split()
               if (is_teaching(word) if head_only else teaching or not is_teaching(word)))


def _in_order(parts: list[str], word: str) -> bool:
    at = 0
    for part in parts:
        at = word.find(part, at)
        # The 小学 of 中小学 names no 小学 (「中小学语文教师」, a 实验学校's 「中小学」 level).
        while part == "小学" and at > 0 and word[at - 1] == "中":
            at = word.find(part, at + 1)
        if at < 0:
            return False
        at += len(part)
    return True


def names_job_kind(term: str, text: str) -> bool:
    """True if ``text`` (a job's title and category) names the kind of job ``term`` says."""
    return any(name_occurs(name, text) for name in job_kind_names(term))


PLACE_TERMS = (
    "新疆 新疆维吾尔自治区 乌鲁木齐 乌鲁木齐市 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 博乐 巴音郭楞 库尔勒 "
    "阿克苏 克孜勒苏 阿图什 喀什 喀什地区 和田 伊犁 伊宁 伊犁哈萨克自治州 塔城 阿勒泰 石河子 "
    "阿拉尔 图木舒克 五家渠 北屯 铁门关 双河 可克达拉 昆玉 胡杨河 新星 "
    "奎屯 霍尔果斯 阿拉山口 库车 沙湾 乌苏 昌吉市 阜康 米东区 天山区 沙依巴克区 新市区 水磨沟区 头屯河区 达坂城区"
).split()


def domain_words(catalog: MajorCatalog | None = None) -> list[str]:
    """Every extra word the project's segmenter should know."""
    words = [*JOB_TERMS, *INDUSTRY_TERMS, *PLACE_TERMS]
    if catalog is not None:
        words.extend(catalog.names())
    return sorted(set(words))
