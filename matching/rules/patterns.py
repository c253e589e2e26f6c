"""The clause rules: each a compiled pattern, the condition kind it yields and a builder.

Rules are tried in order on one clause; each match is blanked so later rules do not read
it again. A clause counts as understood only when what is left after all rules is filler
(punctuation and function words: ``_FILLER``). Rules marked ``whole`` must match the
entire clause: they read text whose meaning depends on all of it (``…优先``, ``应届毕业生``).
All patterns are compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from features.data.places import PROVINCES
from features.education import parse_degree, parse_education_requirement
from features.records import Gender
from matching.rules.conditions import (
    DegreeCond,
    EducationCond,
    ExperienceCond,
    GenderCond,
    HukouCond,
    Kind,
    LanguageCond,
    NatureCond,
    Note,
    NoteCategory,
    Political,
    PoliticalCond,
    DetailCond,
    SchoolCond,
    ServiceYearsCond,
    TargetCond,
    TargetGroup,
)
from matching.rules.certificate_builders import (
    MINORITY_LANGUAGES,
    _ETHNIC_GROUPS,
    _alternatives,
    _certificate,
    _english,
    _ethnicity,
    _language,
    _law,
    _mandarin,
    _scoped_english,
)
from matching.rules.major_notices import MAJOR_NOTICE
from matching.rules.place_split import split_places
from matching.rules.text import NUMBER, number


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: Kind
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], object]
    whole: bool = False
    fallback: bool = False  # whole-clause reading tried only when the other rules fail


def _rule(
    name: str,
    kind: Kind,
    pattern: str,
    build: Callable[[re.Match[str]], object],
    *,
    whole: bool = False,
    fallback: bool = False,
    guarded: bool = False,
) -> Rule:
    if guarded:
        # Notes that may span commas must not swallow a requirement said in passing.
        pattern = rf"(?![^;]*(?:{_GUARD}))(?:{pattern})"
    if whole or fallback:
        pattern = rf"^\s*(?:{pattern})\s*[.,;:]?\s*$"
    return Rule(name, kind, re.compile(pattern), build, whole or fallback, fallback)


_GUARD = r"限男|限女|男性|女性|党员|周岁|证书|资格证|学历|学位|户籍|工作经历|工作经验|年以上|专业要求"


def _note(category: NoteCategory) -> Callable[[re.Match[str]], Note]:
    return lambda m: Note(category)


# --- vocabulary ---------------------------------------------------------------------------

LEVEL = r"(?:博士研究生|博士|硕士研究生|硕士|研究生|大学本科|普通本科|本科|大学专科|大专|专科|高职|中专(?:/中技)?|中技|高中|中职|技校)"
_EDU = (
    rf"(?:仅限|限)?(?:全日制)?(?:普通高校|普通高等学校|普通高等院校|国民教育(?:序列|系列)|统招)?(?:全日制)?"
    rf"{LEVEL}(?:学历)?(?:(?:或|、|/|和)(?:全日制)?{LEVEL}(?:学历)?)*(?:\(含\))?(?:及|或)?(?:以上|以下)?(?:学历)?(?:毕业生?)?"
    r"(?!(?:或|/)?□)"  # 中职或[高中教师资格证]: a school level inside a certificate name
)
_NATURE = r"(?:普通全日制|全日制普通高校|全日制普通高等(?:学校|院校)|普通高校全日制|全日制统招|全日制国民教育|全日制|非在职|统招|普通高等(?:学校|院校)|普通高校|国民教育(?:序列|系列)?)(?:毕业生?)?"
_PLACE = r"(?:(?!具有|生源|户籍|户口|的)[\u4e00-\u9fff]){1,10}?(?:省|市|自治区|自治州|州|地区|盟|县|区|旗|镇|乡|街道)"
_PROJECTS = r"三支一扶|西部志愿者|大学生志愿服务西部计划|西部计划|大学生村官|特岗计划教师|特岗教师|选调生|农村义务教育阶段学校教师特设岗位计划"
_HARD = (r"成绩|维吾尔|哈萨克|蒙古|柯尔克孜|锡伯|塔吉克|乌孜别克|塔塔尔|"
         rf"(?:{MINORITY_LANGUAGES})(?:语|文)|双语|语言(?!表达|沟通|文字|组织|能力)|英语|普通话|外语|证|资格|学历|学位|周岁|年龄|户籍|户口|生源|党员|团员|男|女|经历|经验|年以上|专业|应届|不得")


#: A clause stating an age limit is not a notice, whatever notice words it holds: 35周岁以下
#: (以报名截止日期计算) is read by the age parser or left for review, never dropped as a notice.
_NO_AGE_LIMIT = r"(?![^;]*\d\s*(?:\(含\))?\s*周?岁)"


def _detail(m: re.Match[str]) -> DetailCond:
    return DetailCond(m.group(0).strip(" ,.;"))


_NOT_DETAIL = r"(?![^,;]*(?:周岁|年龄|放宽|优先|户籍|党员|资格证|证书))"


def _loose_experience(m: re.Match[str]) -> ExperienceCond:
    t = m.group(0)
    years = re.search(rf"({NUMBER})\s*年", t)
    field = re.sub(r"^(?:具有|有|需有|须有|需|须|应|并有|且有)", "", t).strip(" ,.;")
    wording = re.sub(r"^(?:需|须|应|并|且)+(?=具有|具备|有)", "", t.strip(" ,.;"))
    return ExperienceCond(years=number(years.group(1)) if years else None, grassroots="基层" in t, field=field,
                          wording=wording)


def _education(m: re.Match[str]) -> EducationCond | None:
    # 博士研究生 would also be read as 研究生 (硕士) by the level parser: shorten first.
    text = m.group(0).replace("普通本科", "本科").replace("博士研究生", "博士").replace("硕士研究生", "硕士")
    req = parse_education_requirement(text)
    return EducationCond(req) if req.minimum is not None or req.any_level else None


def _nature(m: re.Match[str]) -> NatureCond:
    t = m.group(0)
    return NatureCond(
        full_time="全日制" in t or "非在职" in t,
        regular="统招" in t or "普通" in t,
        national_series="国民教育" in t,
    )


#: Degree types (学位门类) a requirement may name: 医学硕士, 理学学士及以上.
_DEGREE_FIELD = r"(?:哲学|经济学|法学|教育学|文学|历史学|理学|工学|农学|医学|军事学|管理学|艺术学)"


def _degree(m: re.Match[str]) -> DegreeCond | None:
    """学士及以上 → 学士; 硕士或博士 → one condition admitting the lowest named (硕士及以上);
    医学硕士 keeps its type (``field``), which the graduate record cannot confirm."""
    t = m.group(0)
    if "相" in t and "应" in t:
        return DegreeCond(matching_level=True)
    named = [d for d in map(parse_degree, re.findall(r"学士|硕士|博士", t)) if d is not None]
    if not named:
        return None
    field = m.groupdict().get("field")
    wording = t.strip() if field or len(named) > 1 else None
    return DegreeCond(minimum=min(named), field=field, wording=wording)


def _political(m: re.Match[str]) -> PoliticalCond:
    t = m.group(0)
    accepted = {Political.PARTY_MEMBER}
    if "团员" in t:
        accepted.add(Political.LEAGUE_MEMBER)
    return PoliticalCond(frozenset(accepted), full_member_only="正式" in t)


def _gender(m: re.Match[str]) -> GenderCond:
    return GenderCond(Gender.MALE if "男" in (m.group("g") or m.group("g2")) else Gender.FEMALE)


def _experience(m: re.Match[str]) -> ExperienceCond:
    years = m.groupdict().get("n") or m.groupdict().get("n2")
    if years is None and (said := re.search(rf"({NUMBER})\s*年", m.group(0))):
        years = said.group(1)
    field = re.sub(r"^(?:并具有|并有|及|和)", "", (m.groupdict().get("pre") or "") + (m.groupdict().get("field") or "")).strip("的") or None
    return ExperienceCond(years=number(years) if years else None, grassroots="基层" in m.group(0), field=field)


_SEEKING = re.compile(r"择业期|离校(?:2|两|二)年|(?:两|2|二)年内|未落实|未就业|暂缓就业|未派遣")


def _years(text: str) -> set[int]:
    years = {int(y) for y in re.findall(r"20\d\d", text)}
    for a, b in re.findall(r"(20\d\d)\s*(?:年|届)?\s*[-至到]\s*(20\d\d)", text):
        years.update(range(int(a), int(b) + 1))
    return years


_FRESH_TOKEN = (
    r"仅限|限|面向|招聘对象为|20\d\d\s*(?:年度|年|届)?|[、,和及或至\-]|以及|应届|择业期内?|(?:尚)?未落实工作单位的?"
    r"|离校(?:2|两|二)年(?:内|以内)未就业的?|尚未初次就业的?|未就业的?|(?:两|2|二)年内|高校|普通高校|普通高等院校"
    r"|全日制|统招|毕业生|应届生|毕业的?|的|\((?:含|包括)[^()]*\)|含择业期|含|报考|\s|国家规定|往届毕业生|往届|在"
    r"|\((?:2|两|二)年\)|\((?:20\d\d\s*(?:年|届)?[、,和及]?)+\)"
)


def _fresh(m: re.Match[str]) -> TargetCond:
    """Graduation years named by the clause; ``应届`` without a year means the season of the
    reference date. A job-seeking period (择业期两年内) adds the two years before."""
    t = m.group(0)
    main = re.sub(r"\([^()]*\)", "", t)
    seeking = bool(_SEEKING.search(t))
    if _years(main):
        years = _years(t)
        if seeking and len(years) == 1:
            (y,) = years
            years = {y - 2, y - 1, y}
        return TargetCond(TargetGroup.FRESH_GRADUATE, years=tuple(sorted(years)))
    return TargetCond(TargetGroup.FRESH_GRADUATE, job_seeking_years=2 if seeking else 0)


def _projects(m: re.Match[str]) -> TargetCond:
    names = tuple(dict.fromkeys(re.findall(rf"{_PROJECTS}|退役大学生士兵|退役士兵|服务基层项目", m.group(0))))
    group = TargetGroup.VETERAN if names and all("退役" in n for n in names) else TargetGroup.GRASSROOTS_PROJECT
    return TargetCond(group, projects=names)


#: 湖北省户籍或湖北省内高校毕业生: graduates of the province's universities are admitted too.
_HUKOU_ALT = r"(?P<alt>,?或(?:者)?(?:就读于?)?[\u4e00-\u9fff]{2,10}?(?:高校|院校)(?:毕业生)?)?"


def _hukou(m: re.Match[str]) -> HukouCond:
    alt = m.groupdict().get("alt")
    exceptions = (re.sub(r"^,?或(?:者)?", "", alt),) if alt else ()
    said = m.group(0) if not alt else m.group(0).replace(alt, "")
    origin = "生源" in said
    # 「河南省生源」 asks for the 生源地 alone; 「河南省户籍或生源」「河南籍」 admit a 户籍 there.
    return HukouCond(places=tuple(split_places(m.group("places"))), origin=origin,
                     hukou=not origin or bool(re.search(r"户|籍", said)), exceptions=exceptions)


def _hukou_or_origin(m: re.Match[str]) -> HukouCond:
    """Either way in, the place said once after both (「生源地或户籍为河南省」) or for each
    (「河南省户籍或生源地为河南省」「河南省户籍或河南生源」)."""
    return HukouCond(places=tuple(split_places(m.group("places"))), origin=True)


#: Provinces' short names, longest first (黑龙江 before 龙江 would be read inside it).
_PROVINCE_SHORT = "|".join(sorted(PROVINCES, key=len, reverse=True))
#: 「…为河南省」 after the words 户籍/生源地: the places, and who (人员, 考生) may follow.
_SAID_AFTER = (rf"(?:均)?(?:须|需|应|必须)?(?:为|是|在)(?P<places>{_PLACE}(?:[、或和及]{_PLACE})*)(?:内)?(?:的)?"
               r"(?:人员|考生|毕业生)?(?:报考)?")


def _origin_only(m: re.Match[str]) -> HukouCond:
    return HukouCond(places=tuple(split_places(m.group("places"))), origin=True, hukou=False)


def _beijing(m: re.Match[str]) -> list[tuple[Kind, object]]:
    year = m.group("year")
    exceptions = (f"符合面向{year}年应届毕业生招考职位条件的人员",) if year else ()
    out: list[tuple[Kind, object]] = [(Kind.HUKOU, HukouCond(places=("北京市",), exceptions=exceptions))]
    if m.group("grassroots"):
        out.append((Kind.WORK_EXPERIENCE, ExperienceCond(years=2, grassroots=True)))
    return out


RULES: tuple[Rule, ...] = (
    # Whole-clause readings first: their words would otherwise be read piecemeal.
    _rule("none", Kind.NOTE, r"(?:不限|无|无要求|无限制|没有要求|无特殊要求|暂无|否|/|-|—|\\|面向全国|全国|经验不限|无经验|1年以下|男女不限|(?:学历|学位|专业|性别|年龄|户籍|户口|生源地?|民族|政治面貌):?不限|不限(?:学历|专业|性别|年龄|户籍|户口|民族|政治面貌))", _note(NoteCategory.NO_REQUIREMENT), whole=True),
    # Labels of who may apply, as aggregator tables fill 招聘对象 (gkld: 1,912 Beijing posts say 普通职位):
    # an ordinary post is open to whoever meets its other conditions (a 应届 limit has its own column),
    # and fresh graduates together with the rest (应届或社会, 应往届毕业生) restrict nobody. Read before
    # ``fresh``, which would take 「应届和往届毕业生」 for fresh graduates only.
    _rule("open_post", Kind.NOTE, r"普通职位|普通岗位|面向社会公开(?:招聘|招考|招录)|(?:面向|限)?(?:应届(?:毕业生|生)?(?:或者|或|、|及|和|与)(?:非应届|往届|社会)(?:毕业生|生|人员|人士)?|应、?往届(?:毕业生|生)?)(?:均可)?(?:报考)?", _note(NoteCategory.NO_REQUIREMENT), whole=True),
    # 「大学生士兵」 (Beijing's 大学生士兵职位): posts reserved for university graduates who served, 退役大学生士兵.
    _rule("student_soldier", Kind.TARGET_GROUP, r"(?:限|仅限|面向)?大学生士兵(?:职位|岗位)?(?:报考)?", lambda m: TargetCond(TargetGroup.VETERAN, projects=("退役大学生士兵",)), whole=True),
    # 同等条件下 alone: the comma after it cut it from the preference it opens (…，同等条件下，取得…等人员优先).
    _rule("preference", Kind.NOTE, r"(?:同等条件下,?)?[^,;]*优先[^,;]*|[^,;]*者,\s*(?:同等条件下)?(?:予以)?优先(?:考虑|录用|聘用)?|(?:在)?同等条件下", _note(NoteCategory.PREFERENCE), whole=True),
    _rule("fresh", Kind.TARGET_GROUP, r"(?!含)(?=[^;]*(?:毕业生|应届|毕业的))(?=[^;]*(?:20\d\d|应届|择业期))(?:" + _FRESH_TOKEN + r")+", _fresh, whole=True),
    _rule("seeking", Kind.TARGET_GROUP, r"(?:含)?择业期(?:两|二|2)年内(?:的)?毕业生", lambda m: TargetCond(TargetGroup.FRESH_GRADUATE, job_seeking_years=2), whole=True),
    _rule("graduates", Kind.NOTE, r"专项招聘高校毕业生|(?:限|面向)?(?:普通)?高校毕业生|历届生|历届毕业生|面向社会|面向全国(?:招聘)?", _note(NoteCategory.NO_REQUIREMENT), whole=True),
    _rule("directed", Kind.TARGET_GROUP, r"(?:限|仅限|面向)?定向(?:生|培养生|培养毕业生)", lambda m: TargetCond(TargetGroup.DIRECTED), whole=True),
    _rule("project_join", Kind.TARGET_GROUP, rf"参加(?:过)?[^,;]{{0,16}}?\"?(?:{_PROJECTS})\"?(?:计划|项目)?(?:人员)?", _projects, whole=True),
    _rule("school_text", Kind.SCHOOL, r"[^,;]*(?:毕业院校|第一学历|毕业于|院校)[^,;]*(?:公办|本科以上学校|一本|二本|双一流|一流大学|一流学科|985|211|学位授予权|重点)[^,;]*|(?:不包括|不含)独立学院[^,;]*", lambda m: SchoolCond(m.group(0)), fallback=True),
    _rule("title", Kind.CERTIFICATE, r"(?:具有)?(?:高级)?讲师(?:及以上)?(?:\([^()]*\))?(?:职称)?|(?:副)?教授(?:及以上)?(?:职称)?", _certificate, whole=True),
    _rule("selection", Kind.TARGET_GROUP, r"\(?(?:限)?选培计划(?:人员)?\)?", lambda m: TargetCond(TargetGroup.DIRECTED, projects=("选培计划",)), whole=True),
    _rule("suits", Kind.NOTE, r"(?:该岗位|本岗位|岗位)?(?:工作)?[^,;]{0,20}?(?:较|更|比较)?(?:适合|适宜)(?:男|女)性?(?:报考|工作|从事)?", _note(NoteCategory.SOFT), whole=True),
    _rule("diploma_deadline", Kind.NOTE, r"(?![^,;]*毕业生\(|(?:取得|具有|获得)相(?:对)?应(?:的)?学位\()[^,;]*(?:报到前|之前|以前|前)[^,;]*(?:取得|获得)[^,;]*(?:毕业证|学历|学位)[^,;]*|[^,;]*资格复审[^,;]*", _note(NoteCategory.NOTICE), whole=True),
    _rule("notice", Kind.NOTE, _NO_AGE_LIMIT + r"(?:[^,;]*(?:不得与任何单位存在劳动|详见公告|详见简章|从简章|符合公告|见公告|承诺书|承诺自|取消聘用资格|解除聘用合同|服从组织分配|正常毕业|综合考察|录用人民警察的各项标准|可以报名|计算截止|截止时间|截止日期|计算至|时间结点|以身份证|常年招聘|用人部门为|计划招录|招聘人数|若干人|高分先选|因工作需要|方式确定岗位|详见下列|详见附件|按程序推荐|服从单位|服从工作安排|服从岗位安排|二次分配|人民警察|纳入|可以报考|提供[^,;]*原件|按时取得|解聘|详见备注|见备注|丧失|未取得[^,;]*的)[^,;]*|(?:男|女)性\d+人|[^;]{0,12}?(?:须|需)?(?:在|于)\d{4}年\d{1,2}月\d{1,2}日(?:前|之前|以前)取得[^;]*)", _note(NoteCategory.NOTICE), whole=True),
    _rule("social", Kind.TARGET_GROUP, r"(?:仅限|限|面向)?(?:社会(?:人员|人士)?|非应届(?:毕业生|生)?)(?:报考)?", lambda m: TargetCond(TargetGroup.NON_FRESH), whole=True),
    _rule("projects", Kind.TARGET_GROUP, rf"(?:限|仅限|面向)?(?:(?:{_PROJECTS}|退役大学生士兵|退役士兵|服务基层项目人员|服务基层项目)[,、和及或]*)+(?:人员)?(?:报考)?", _projects, whole=True),
    _rule("soft", Kind.NOTE, rf"(?![^,;]*(?:{_HARD}))[^,;]*(?:能力|精神|意识|责任心|事业心|吃苦耐劳|爱岗敬业|敬业|健康|品行|遵纪守法|作风|加班|值班|加值班|夜班|夜间|出差|外勤|外业|倒班|轮班|工作强度|强度大|任务重|适应|适合|熟悉|熟练|了解|擅长|立场|职业道德|诚实|团队|沟通|协调|表达|文字功底|踏实|认真|良好|扎实|优异|优良|素养|素质|思想|道德|身体|体能(?!测)|野外|艰苦|驻村|下乡|户外|基层一线|一线执法|执勤|备勤|轮值|节假日|深入基层|执法一线|一线工作|现场检查|值守|基层岗位|对抗性|压力|胜任|能力强|夜查|应急|任务|现场|督查|检查|根据工作性质|工作需要|环境|在外|住宿|责任感|能(?:够)?[^,;]{{0,6}}?开展)[^,;]*", _note(NoteCategory.SOFT), whole=True),
    # Requirements the graduate record cannot hold: typed, kept with their wording.
    _rule("major_detail", Kind.MAJOR_DETAIL, _NOT_DETAIL + r"[^,;]*(?:专业[^,;]{0,10}(?:一致|相同|相近|相符|对口)|辅修|主修学位|双专业|第二学位|二学位|专业代码|以最高学历对应的专业|最高学历对应(?:的)?专业|以最高学历所学专业|学历不限专业|专业背景|所学专业进行报考|(?:本科|研究生|硕士|博士|第一学历)(?:阶段)?(?:所学)?专业(?:须|需|应)?为[^,;]*)[^,;]*|[\u4e00-\u9fff、]{2,16}方向", _detail, fallback=True),
    _rule("physical", Kind.PHYSICAL, r"[^,;]*(?:身高|视力|色盲|色弱|五官端正|文身|纹身|口吃|重听|体重|裸眼|听力|嗅觉|身体条件|形象好|气质佳)[^,;]*", _detail, fallback=True),
    _rule("record", Kind.RECORD, _NOT_DETAIL + r"[^,;]*(?:年度考核|考核结果|考核均为|不及格|补考|学习成绩|成绩优(?:良|秀|异)|奖学金|荣誉|三好学生|优秀学生干部|发表|论文|影响因子|成果|课题|嘉奖|责任事故|违法违纪|不良记录|处分|刑事处罚)[^,;]*", _detail, fallback=True),
    _rule("status", Kind.STATUS, r"[^,;]*(?:公务员(?:\([^)]*\))?(?:或事业单位工作人员)?身份|干部身份|事业编制|在编在岗|在编人员|公务员登记)[^,;]*", _detail, fallback=True),
    _rule("english_level", Kind.LANGUAGE, r"(?:具有)?(?:良好的|较强的|较好的)?(?:英语|英文)(?:水平|能力|听说读写能力|读写能力|口语)(?:较高|良好|较好|突出|优秀|强)?", lambda m: LanguageCond(("英语",)), fallback=True),
    _rule("loose_experience", Kind.WORK_EXPERIENCE, r"(?:曾)?从事过[^,;]{1,30}?工作|(?![^,;]*(?:周岁|年龄|放宽|优先|户籍|党员|证|资格|学历|学位|专业|或))(?:具有|有|需有|须有|需|须|应|并有|且有)?[^,;]{0,36}?(?:经历|经验)|(?![^,;]*(?:周岁|年龄|放宽|优先|户籍|党员|证|资格|学历|学位|或))(?:具有|有|需|须|应)?[^,;]{0,30}?(?:工作|从事[^,;]{0,24}?)(?:满)?" + NUMBER + r"年(?:及|或)?(?:\(含\))?(?:以上)?", _loose_experience, fallback=True),
    # Boilerplate that imposes nothing checkable (explicit, tested patterns only).
    _rule("contact", Kind.NOTE, r"(?:咨询|联系|报名咨询|监督|举报|政策咨询)*(?:电话|联系人|邮箱|传真)\s*[:为]?\s*[\d\-, 、()a-zA-Z@._转]+", _note(NoteCategory.CONTACT)),
    _rule("relatives", Kind.NOTE, r"[^;]*(?:近亲属|配偶|父母|直系亲属|亲属关系|回避)[^;]*不得(?:报考|聘用)[^;]*|[^;]*(?:政治考察|政审|政治审查)[^;]*|[^;]*国\(境\)外[^;]*不得报考[^;]*", _note(NoteCategory.NOTICE), whole=True, guarded=True),
    _rule("exam", Kind.NOTE, r"[^;]{0,30}?(?:考核成绩|专业能力测试|加试|专业考试|考察|侧重|笔试总成绩|专业能力测试|专业科目(?:笔试|考试)|专业技能测试|体能测评|体能测试|心理测试|心理素质测试|技能测试|面试|笔试|试讲|考试内容|测试内容)[^;]*", _note(NoteCategory.EXAM), whole=True, guarded=True),
    _rule("workplace", Kind.NOTE, r"(?:工作地点|工作地|单位位于|单位地址|办公地点|办公地址)[^;]*", _note(NoteCategory.WORKPLACE), whole=True, guarded=True),
    # Terms of the post and what it gives (聘期2年, 服务期3年(含试用期), 见习期间购买意外伤害保险,
    # 编外, a tick in a yes/no column, a promise to stay 长期在当地工作) and an allowance (可按应届毕业生身份报考) ask nothing of
    # the applicant; left unread they made every graduate 待核实.
    _rule("terms", Kind.NOTE, r"(?:(?:聘期|服务期|合同期|试用期|见习期)(?:为|一般为)?\s*\d+\s*(?:年|个月)(?:\([^()]*\))?"
                              r"|见习期间[^,;]*(?:保险|补贴|生活费)|服务期满[^,;]*(?:享受|优惠政策)[^,;]*"
                              r"|编外|√|可按应届(?:高校)?毕业生身份报考"
                              # a commitment after a lifted limit (「户籍不限，但需长期在当地工作」)
                              r"|(?:但|但是)?(?:需|须|要|应|必须)?(?:能够?|愿意)?长期(?:(?:在|扎根)?(?:当地|本地|基层|本县|本市|本区)(?:工作|服务|扎根)"
                              r"|扎根(?:当地|本地|基层|本县|本市|本区))"
                              # or for years, a promise (「但需在当地服务满5年」「但须承诺在当地工作5年以上」), not a
                              # past service asked of the applicant (「在基层工作满2年」)
                              r"|(?:(?:但|但是)(?:需|须|要|应|必须)?(?:承诺)?|(?:需|须|必须)?承诺|(?:录用|聘用)后(?:需|须|应)?)"
                              r"在(?:当地|本地)(?:工作|服务)(?:满|不少于)?\s*\d+\s*年(?:以上)?)",
          _note(NoteCategory.NOTICE), whole=True),
    _rule("ratio", Kind.NOTE, r"按照?男女比例\s*\d+\s*:\s*\d+\s*(?:录取|招录|录用)", _note(NoteCategory.NOTICE)),
    _rule("main_major", Kind.NOTE, MAJOR_NOTICE, _note(NoteCategory.NOTICE)),
    _rule("medical_standard", Kind.NOTE, r"(?:达到|符合)?[^,;]{0,12}体检(?:及体能测试)?(?:标准|合格)[^,;]*", _note(NoteCategory.NOTICE)),
    # Hukou.
    _rule("beijing", Kind.HUKOU, r"限于截至公务员考试报名时具有北京市常住户口、人事行政关系在北京(?P<grassroots>,且具有2年以上\(含2年\)基层工作经历)?的人员\(不包括\d{4}年非北京生源毕业生及户口档案保留在学校的非北京生源往届毕业生\)(?:和符合面向(?P<year>\d{4})年应届毕业生招考职位条件的人员)?报考", _beijing),
    # 户籍 or 生源地, the place said after both or for each (same place, as tables write it).
    _rule("hukou_or_origin_said_after", Kind.HUKOU, rf"(?:仅限|限|要求)?(?:户籍|户口)(?:所在地)?(?:或|或者|和|、)生源(?:地)?{_SAID_AFTER}", _hukou_or_origin, whole=True),
    _rule("origin_or_hukou_said_after", Kind.HUKOU, rf"(?:仅限|限|要求)?生源(?:地)?(?:或|或者|和|、)(?:户籍|户口)(?:所在地)?{_SAID_AFTER}", _hukou_or_origin, whole=True),
    _rule("hukou_or_origin_said_twice", Kind.HUKOU, r"(?:仅限|限|具有|要求)?(?P<places>[\u4e00-\u9fff]{2,10}?)(?:户籍|户口)(?:或|或者)(?:生源(?:地)?(?:须|需|应)?(?:为|是|在)(?P=places)|(?P=places)生源)(?:的)?(?:人员|考生|毕业生)?(?:报考)?",
          _hukou_or_origin, whole=True),
    _rule("origin_only", Kind.HUKOU, rf"(?:仅限|限|要求)?生源(?:地)?{_SAID_AFTER}", _origin_only, whole=True),
    _rule("hukou_short", Kind.HUKOU, rf"(?:具有|具备|仅限|限)?(?P<places>(?!本地|外地|非|本市|本县|本区|本省|外省|外市)[\u4e00-\u9fff]{{2,6}}?)(?:内)?(?:生源或|生源、)?(?:常住)?(?:户籍|户口)(?:或生源(?:地)?)?(?:人员)?{_HUKOU_ALT}(?:报考)?", _hukou, whole=True),
    # 「北京生源」「限河南生源」 alone: a province's short name (a bare shorter place is too often a word).
    _rule("origin_province", Kind.HUKOU, rf"(?:仅限|限|须为|需为)?(?P<places>{_PROVINCE_SHORT})生源(?:毕业生|人员|考生)?(?:报考)?", _origin_only, whole=True),
    _rule("hukou", Kind.HUKOU, rf"(?<!非)(?:仅限|限|具有|须为|需为|要求)?(?P<places>(?!非|本市|本县|本区|本省|本地|外省|外地|外市){_PLACE}(?:[、或和及]{_PLACE})*)(?:内)?(?:常住|本地)?(?:户籍|户口|籍|生源)(?:或生源地?|或户籍|或户口|\(生源\))?(?:人员|考生)?{_HUKOU_ALT}(?:报考)?", _hukou),
    # Target groups inside longer text.
    _rule("veteran_act", Kind.TARGET_GROUP, r"[^;]*退役军人安置条例[^;]*退役军士和义务兵", lambda m: TargetCond(TargetGroup.VETERAN, projects=("退役军士和义务兵",)), whole=True),
    _rule("duty", Kind.NOTE, r"(?:本职位|本岗位|该岗位|该职位|此岗位|此职位)为[^,;]*|(?:主要)?负责[^,;]{1,40}|执行国家最低服务年限|(?:本岗位|本职位|该岗位|岗位)?(?:主要)?(?:从事(?!过)|负责)[^,;]{1,40}?(?:工作|事项)|涉及[^,;]{1,40}?事项", _note(NoteCategory.SOFT), whole=True),
    _rule("veteran", Kind.TARGET_GROUP, r"(?:面向|限)?(?:高校毕业生|大学生)?退役(?:大学生)?士兵|(?:面向|限)?复员退伍军人|(?:面向|限)?退伍军人", _projects),
    _rule("disabled", Kind.TARGET_GROUP, r"(?:限)?(?:肢体|听力|视力|言语|下肢|上肢)(?:\((?:下肢|上肢)\))?残疾[一二三四]级(?:或[一二三四]级)?(?:\((?:下肢|上肢)\))?(?:人员)?(?:报考)?|(?:需|须)?持有(?:有效期内的)?<中华人民共和国残疾人证>|(?:限|仅限)[\u4e00-\u9fff]{0,6}残疾[\u4e00-\u9fff]{0,4}人员(?:报考)?|(?:限|仅限|面向)?残疾人(?:专设岗位)?(?:报考)?", lambda m: TargetCond(TargetGroup.DISABLED)),
    # 限哈萨克族、柯尔克孜族 admits either: one condition with both names, not two that each refuse the
    # other. Names before 等少数民族 are examples: any minority is admitted.
    _rule("ethnic", Kind.ETHNICITY, rf"(?:限|仅限|面向)?(?P<n>(?:{_ETHNIC_GROUPS})(?:[、和或及/](?:{_ETHNIC_GROUPS}))*)"
          r"(?P<etc>等少数民族)?(?:考生|人员)?(?:报考)?", _ethnicity),
    _rule("minority", Kind.TARGET_GROUP, r"(?:限|仅限|面向)?少数民族(?:考生|人员)?(?:报考)?", lambda m: TargetCond(TargetGroup.MINORITY)),
    # Education stage rules before level rules: 本科须全日制 is not a level requirement.
    _rule("all_stages", Kind.DEGREE, r"(?:所有学历均取得相应学位)|(?:要求)?(?:本科及研究生|本科、研究生|本科和研究生|本科及以上学历|本科及以上学习|普通高等学校各|各学历|各)阶段(?:均|都)(?:应|要)?(?:要求)?(?:具有|取得)?(?:相应)?(?:的)?(?:毕业证和学位证|学位)|(?:要求)?(?:本科及研究生|本科、研究生|本科和研究生|本科及以上学历|本科及以上学习|普通高等学校各|各学历|各)阶段(?:均|都)(?:需|须|要|应)?(?:有|取得|具有)(?:相应|相对应)?的?学历(?:和|与|及|、)?(?:相应)?学位|(?:具有研究生学历的)?,?本科阶段(?:需|须)?取得(?:相应)?学位", lambda m: DegreeCond(matching_level=True, all_stages=True)),
    _rule("all_certs", Kind.DEGREE, r"(?:研究生阶段)?(?:需|须)?同时(?:获得|取得)(?:学历和学位|毕业证(?:书)?和学位证(?:书)?)|四证齐全", lambda m: DegreeCond(matching_level=True, all_stages=True)),
    _rule("stage_nature", Kind.EDUCATION_NATURE, r"(?:本科|研究生|第一学历|最高学历|各阶段)(?:阶段)?(?:学历)?(?:须|需|均须|均需|必须|应)?(?:为|系)?(?:全日制|统招|普通高等(?:学校|院校)|普通高校)(?:毕业)?", _nature),
    _rule("degree_match", Kind.DEGREE, r"(?:并)?(?:取得|具有|获得)?(?:与(?:最高|报名)?学历相(?:对)?应的学位|相应学历学位|相(?:对)?应(?:的)?(?:学士|硕士|博士)?学位)", _degree),
    _rule("degree", Kind.DEGREE, rf"(?!(?:硕士|博士)(?:或者|或|、|/)(?:硕士|博士)研究生)(?P<field>{_DEGREE_FIELD}(?:[或、/]{_DEGREE_FIELD})*)?(?:学士|硕士|博士)(?:学位)?(?:(?:或者|或|、|/)(?:学士|硕士|博士)(?:学位)?)*(?:\(含\))?(?:及以上|或以上|以上)?(?:学位)?(?=$|[^研])|(?:医学)?(?:硕士|博士)学位", _degree),
    _rule("nature", Kind.EDUCATION_NATURE, _NATURE, _nature),
    # Political status.
    _rule("non_party", Kind.POLITICAL, r"(?:限|仅限|须为|需为)?非(?:中共|中国共产党)?(?:\((?:含)?预备\))?党员(?:\((?:含|包括)?(?:中共)?预备党员\))?", lambda m: PoliticalCond(excluded=frozenset({Political.PARTY_MEMBER}))),
    _rule("political", Kind.POLITICAL, r"(?<!非)(?:限|仅限)?(?:中共(?:正式)?党员|中国共产党(?:正式)?党员|中共\((?:含)?预备\)党员)(?:\((?:含)?(?:中共)?预备(?:党员)?\))?(?:(?:或|/)(?:中共)?预备党员)?(?:或共青团员)?", _political),
    _rule("gender", Kind.GENDER, r"(?:限|仅限|只招考?|只招收|只录用)(?P<g>男|女)性?(?:考生)?(?:报考)?|^(?P<g2>男|女)性?$", _gender),
    # Work experience and service.
    _rule("experience", Kind.WORK_EXPERIENCE, rf"(?:具有|具备|有)?(?P<pre>(?:(?!证书|书)[\u4e00-\u9fff]){{0,12}}?)(?:(?P<n>{NUMBER})年(?:\(含(?:{NUMBER}年)?\))?(?:及|或)?(?:\(含\))?(?:以上)?)?(?:的)?(?P<field>[\u4e00-\u9fff、]{{0,16}}?)(?:工作|从业|任职|实践|实习)(?:经历|经验|年限)(?:年限)?(?(n)|(?:满)?(?P<n2>{NUMBER})年(?:及|或)?(?:以上)?)?", _experience),
    _rule("service", Kind.SERVICE_YEARS, rf"(?:聘用后|录用后)?(?:在[\u4e00-\u9fff]{{1,16}}?)?(?:最低)?服务(?:期限|期|年限)?(?:限)?(?:为|不少于|不低于|满)?\s*(?P<n>{NUMBER})\s*年(?:及以上|以上)?|(?:需|须)?签订(?P<n2>{NUMBER})年(?:期限)?(?:的)?服务协议", lambda m: ServiceYearsCond(number(m.group("n") or m.group("n2")))),
    # Certificates and languages.
    _rule("scoped_english", Kind.CERTIFICATE, r"(?:(?:研究生|本科生|本科|硕士|博士)(?:阶段)?(?:须|需)?(?:具有|取得|通过)?(?:大学)?英语(?:四|六|4|6)级(?:考试)?(?:成绩)?(?:\d{3}分)?(?:及)?(?:以上)?\s*[,、]?\s*)+", _scoped_english, whole=True),
    _rule("law", Kind.CERTIFICATE, r"(?:通过)?(?:国家司法考试|国家统一法律(?:职|执)业资格考试|法律职业资格(?:考试)?|司法考试)(?:证书?)?(?:\s*(?:或者|或|、)\s*(?:通过)?(?:国家司法考试|国家统一法律(?:职|执)业资格(?:考试|证书?)?))?\s*(?:\(?(?:A类|A证)\)?)?(?:证书)?|<法律职业资格证书>\s*(?:A证(?:、B证、C证)?|资格)", _law),
    _rule("english", Kind.CERTIFICATE, r"(?:英语)?CET-?(?P<cet>[46])(?:或相当水平)?|(?:通过)?大学英语(?P<lv2>四|六)级考试|(?:国家|大学)?英语(?:专业)?(?P<lv>四|六|八|专业八|专八|4|6)级(?:考试)?(?:证书)?(?:成绩)?(?:(?:在)?(?P<score>\d{3})分)?(?:及以上|以上)?(?:证书)?(?:或(?:四|六)级成绩(?:在)?(?P<score2>\d{3})分(?:及)?以上)?", _english),
    _rule("mandarin", Kind.CERTIFICATE, r"(?:和|及)?普通话(?:水平测试)?(?:等级证书)?(?:水平)?(?:要求|应|须)?(?:为|达到)?\s*\(?\s*(?P<lv>一|二|三)(?:级)?(?P<grade>甲|乙)?(?:等)?\s*(?:及以上|以上)?\)?(?:水平)?(?:及以上|以上)?(?:证书)?", _mandarin),
    _rule("language", Kind.LANGUAGE, rf"(?:能够?)?(?:熟练|熟悉)?(?:掌握|使用|精通|通晓|会)?(?:(?:{MINORITY_LANGUAGES})(?:语|文)(?:言)?(?:文字)?[、和及]?)+(?:听说读写)?(?:能力)?|(?:汉语和少数民族语言)?双语(?:教学)?(?:能力)?|蒙汉兼通", _language),
    _rule("certificate", Kind.CERTIFICATE, r"(?:须|需|应)?(?:具有|取得|持有|具备|获得)?(?![或>及以])(?:(?!或|毕业证|学历|学位|复审|提供|之前|报到|须于|届|未取得|丧失|规定时间|按时|取消|应聘资格|报考资格|聘用资格|且具有|并具有|且|并|需|须|要求)[\u4e00-\u9fffA-Za-z0-9<>\"()]){0,30}?(?:资格证书|资格证|资格|证书|执业证书?|上岗证书?|驾驶证|合格证明|合格证|规培证书?|执照|职称|医师证书?|报到证|员证书?|师证书?|执业医师|规培|规范化培训)(?:及以上)?(?:资格证书|资格证|资格|考试合格证明?|合格证书?|证书?)?(?:(?:小学|初中|高中|中职|中学|幼儿园)(?:学段)?(?:及以上|以上)?)?", _certificate),
    # Not a clause naming whom or when before its verb (应届本科毕业生在报到聘用前必须取得…): its
    # certificates are asked of some applicants, and the clause is no certificate's name.
    _rule("certificate_any", Kind.CERTIFICATE, r"(?![^,;]*?(?:毕业生|应届|考生|人员|报到|聘用|入职|录用)[^,;]*?(?:取得|具有|持有|具备|获得))"
          r"(?:须|需|应)?(?:具有|取得|持有|具备|获得|通过)?[^,;]*(?:证|资格|英语|雅思|托福|级)[^,;]*(?:或者|或)[^,;]*(?:证|证书|证明|资格|分|级)(?:以上)?", _alternatives, fallback=True),
    _rule("education", Kind.EDUCATION, _EDU, _education),
    # School tier.
    _rule("school", Kind.SCHOOL, r"(?:\"?双一流\"?|\"?211工程\"?|\"?985工程\"?|211|985|一本|二本|部属师范|一流大学|一流学科)[^,;]*(?:高校|院校|大学|及以上|建设高校)?", lambda m: SchoolCond(m.group(0))),
)

#: Function words left after the rules that carry no requirement on their own.
FILLER = re.compile(
    r"[\s,、()<>\"'.:;\-/□]|具有|具备|取得|持有|获得|同时|须|需要|需|应当|应|要求|必须|并且|并|且|和|及|或|与|的|者|等|报考|报名|均|人员|考生|相关|其他|为"
)

#: Conditional sentences: a requirement that applies only to some applicants
#: (大专学历需…, 社会人员需…, 男性55周岁…). Reading their parts unconditionally would
#: be wrong, so such clauses go to review unless a whole-clause rule reads them.
CONDITIONAL = re.compile(
    rf"(?:{LEVEL}|应届毕业生|应届生|非应届|应届|社会人员|往届|男性|女性|退役军人)(?:学历|生|毕业生)?(?:的,?)?(?:需|须|应(?!届)|可|要求|年龄|具有|具备|持有|取得)(?!(?:为|系)?(?:全日制|统招|普通))|(?:研究生|本科生|本科|硕士|博士|专科|大专)(?:生)?(?:阶段)?(?:大学)?英语|其中|如|若|放宽|不作要求|不要求|可不|含\d{{4}}|不含|除外|暂未取得|承诺|(?:^|,)或(?!者)"
)
