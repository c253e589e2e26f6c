"""Explicit readings of recurring cells the clause rules leave to review (gkld 应届, 资格证书,
备注): each rule reads one whole clause of a known form into typed conditions.

They are tried only after the clause rules fail (``clause_reader._cover``), so no clause the
clause rules understand is read differently. Every rule here is anchored to the whole
clause and tested in ``tests/test_rules_followup.py``; a form that merely resembles one
stays in review. The age relaxations are read by ``age_relaxations`` (``AGE_RULES``, in this order).
"""

from __future__ import annotations

import re

from features.education import Degree, parse_education_requirement
from features.records import Gender
from matching.rules.conditions import (
    CertificateCond,
    DegreeCond,
    DetailCond,
    EducationCond,
    ExperienceCond,
    GenderCond,
    HukouCond,
    Kind,
    LanguageCond,
    NatureCond,
    Note,
    NoteCategory,
    SchoolCond,
    ServiceYearsCond,
    TargetCond,
    TargetGroup,
)
from matching.rules.age_relaxations import AGE_RULES
from matching.rules.patterns import _EDU, _FRESH_TOKEN, _NATURE, _SEEKING, Rule, _education, _nature, _rule, _years
from matching.rules.text import number as _number

Pairs = list[tuple[Kind, object]]

# --- 应届: graduation years together with the nature, level and school of the diploma ----

_FRESH_EXTRA = (
    r"招聘对象为|列入国家统一招生计划|能够正常参加|就业派遣|国家规定|择业期(?:\((?:2|两|二)年\))?内|内|且|近(?:三|3)年"
    r"|\(20\d\d年\d{1,2}月\d{1,2}日前取得毕业证的?\)|\(不含定向、委培\)|\((?:20\d\d届毕业生及)?(?:尚未初次就业的)?20\d\d届毕业生(?:及尚未初次就业的20\d\d届毕业生)?\)"
    r"|\(20\d\d\s*-\s*20\d\d年\)|学历"
)
_SCHOOL_FRESH = r"(?P<school>[\u4e00-\u9fff]{2,10}?(?:师范类院校|师范院校))"
_FRESH_WITH = (
    rf"(?=[^;]*(?:毕业生|应届))(?=[^;]*(?:20\d\d|应届|择业期))(?:{_SCHOOL_FRESH}|{_FRESH_EXTRA}|{_EDU}|{_NATURE}|{_FRESH_TOKEN})+"
)


def _fresh_with(m: re.Match[str]) -> Pairs:
    """2021年普通高校本科及以上学历应届毕业生，含择业期内毕业生 → 2019–2021 graduates,
    普通高校, 本科及以上; every part named is kept as its own condition."""
    t = m.group(0)
    main = re.sub(r"\([^()]*\)", "", t)
    seeking = bool(_SEEKING.search(t))
    years = _years(main)
    if years:
        # 近三年(2019、2020、2021届)毕业生及2022年应届毕业生: the bracketed cohorts count too;
        # a date there (2021年7月31日前取得毕业证) is a deadline, not a cohort.
        years |= _years(re.sub(r"20\d\d年\d{1,2}月(?:\d{1,2}日)?", "", t))
    elif not re.search(r"择业期\(", t):
        years = _years(t)  # 近三年(2018-2020年), 应届毕业生(2021届毕业生及…2020届毕业生)
    if seeking and len(years) == 1:
        (y,) = years
        years = {y - 2, y - 1, y}
    out: Pairs = [(Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, years=tuple(sorted(years)),
                                                 job_seeking_years=0 if years else 2 if seeking else 0))]
    if (school := m.group("school")) is not None:
        out.append((Kind.SCHOOL, SchoolCond(school)))
    nature = re.search(_NATURE, re.sub(r"\([^()]*\)", "", t))
    if nature is not None:
        out.append((Kind.EDUCATION_NATURE, _nature(nature)))
    level = re.search(_EDU, t)
    if level is not None and (edu := _education(level)) is not None and re.search(r"本科|专科|研究生|硕士|博士", level.group(0)):
        out.append((Kind.EDUCATION, edu))
    if "不含定向、委培" in t:
        out.append((Kind.STATUS, DetailCond("不含定向、委培")))
    return out


def _graduated_by(m: re.Match[str]) -> Pairs:
    """招聘对象为2020届及以前毕业的全日制普通类高等院校毕业生: graduated in 2020 or before."""
    out: Pairs = [(Kind.TARGET_GROUP, TargetCond(TargetGroup.NON_FRESH, graduated_by=int(m.group("year"))))]
    nature = m.group("nature") or ""
    if nature:
        out.append((Kind.EDUCATION_NATURE, NatureCond(full_time="全日制" in nature, regular="普通" in nature)))
    return out


# --- certificates ---------------------------------------------------------------------------

_COMMIT = r"\((?:暂未取得的,)?须承诺于[^()]*?前取得[^()]*\)"
_GET = r"(?:须|需|应)?(?:获得|具备|具有|取得|持有)"


def _post_certificate(m: re.Match[str]) -> Pairs:
    """报考语文教师岗位的考生须具备普通话二级甲等及以上水平(暂未取得的,须承诺于…前取得)."""
    out: Pairs = [(Kind.CERTIFICATE, CertificateCond(name=m.group("cert"), post=m.group("post")))]
    if m.group("commit"):
        out.append((Kind.NOTE, Note(NoteCategory.NOTICE)))
    return out


def _teacher_certificate(m: re.Match[str]) -> Pairs:
    """考生须具备报考岗位相应的教师资格证(暂未取得的，须承诺于…前取得…): the certificate,
    and a notice that a commitment to obtain it admits applicants without it."""
    return [(Kind.CERTIFICATE, CertificateCond(name="报考岗位相应的教师资格证")), (Kind.NOTE, Note(NoteCategory.NOTICE))]


# --- 备注 ----------------------------------------------------------------------------------

_N = r"(?:\d{1,2}|[一二两三四五六七八九十])"


def _scoped_experience(m: re.Match[str]) -> ExperienceCond:
    """非应届生一般应在优秀的教学型医院(三级医院)从事三年以上的一线临床工作."""
    where = (m.group("where") or "").strip()
    field = (where + (m.group("field") or "")).strip("的") or None
    return ExperienceCond(years=_number(m.group("n")) if m.group("n") else None, field=field, scope=m.group("scope"))


def _hukou_with_origin(m: re.Match[str]) -> HukouCond:
    return HukouCond(places=(m.group("place"),), origin=True)


def _hukou_origin_defined(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """「具有周村区户籍(含周村生源及从周村区入伍人员)」「云和户籍或云和生源(生源是指…录取时的户口所在地)」:
    户籍或生源 there; the bracket's others (入伍人员) are an exception, a date for the 户籍 a notice."""
    exceptions = (m.group("exc"),) if m.group("exc") else ()
    out: list[tuple[Kind, object]] = [(Kind.HUKOU, HukouCond(places=(m.group("place"),), origin=True, exceptions=exceptions))]
    return out + ([(Kind.NOTE, Note(NoteCategory.NOTICE))] if m.group("asof") else [])


def _hukou_exempt(m: re.Match[str]) -> HukouCond:
    return HukouCond(places=(m.group("place"),), exceptions=(m.group("exc"),))


def _high_school(m: re.Match[str]) -> EducationCond:
    """高中以上文化程度或持有退役士兵(官)证: every graduate holds the level; the
    alternative only opens the post wider."""
    return EducationCond(parse_education_requirement("高中及以上"))


def _master_public_bachelor(m: re.Match[str]) -> Pairs:
    return [
        (Kind.EDUCATION, EducationCond(parse_education_requirement("硕士研究生及以上"))),
        (Kind.EDUCATION_NATURE, NatureCond(regular=True)),
        (Kind.SCHOOL, SchoolCond("本科为公办普通高校")),
    ]


def _cert_and_social(m: re.Match[str]) -> Pairs:
    scope = m.group("scope")
    return [
        (Kind.CERTIFICATE, CertificateCond(name=m.group("cert"))),
        (Kind.CERTIFICATE, CertificateCond(name=m.group("title"), scope=scope)),
        (Kind.WORK_EXPERIENCE, ExperienceCond(field=m.group("exp"), scope=scope)),
    ]


def _second_tier(m: re.Match[str]) -> Pairs:
    return [
        (Kind.SCHOOL, SchoolCond("二本B类及以上")),
        (Kind.EDUCATION_NATURE, NatureCond(full_time=True, regular=True)),
        (Kind.EDUCATION, EducationCond(parse_education_requirement("本科及以上"))),
        (Kind.DEGREE, DegreeCond(minimum=Degree.BACHELOR)),
    ]


def _edu_and_degree(m: re.Match[str]) -> Pairs:
    out: Pairs = [(Kind.EDUCATION, EducationCond(parse_education_requirement(m.group("lv").replace("大学本科", "本科") + "及以上")))]
    if m.group("full"):
        out.insert(0, (Kind.EDUCATION_NATURE, NatureCond(full_time=True)))
    out.append((Kind.DEGREE, DegreeCond(matching_level=True)))
    return out


def _first_class(m: re.Match[str]) -> Pairs:
    return [
        (Kind.SCHOOL, SchoolCond("一流大学和一流学科建设高校及建设学科")),
        (Kind.EDUCATION, EducationCond(parse_education_requirement("本科及以上"))),
        (Kind.DEGREE, DegreeCond(matching_level=True)),
    ]


def _recognised(m: re.Match[str]) -> Pairs:
    level = {"大学专科": "专科", "大专": "专科", "大学本科": "本科"}.get(m.group("lv"), m.group("lv"))
    out: Pairs = [(Kind.EDUCATION, EducationCond(parse_education_requirement(level + "及以上"))), (Kind.EDUCATION_NATURE, NatureCond(national_series=True))]
    if "工作能力" in m.group(0):
        out.append((Kind.NOTE, Note(NoteCategory.SOFT)))  # 及履行岗位职责所需的工作能力
    return out


def _local_graduates(m: re.Match[str]) -> Pairs:
    """1.湖北省内高校2020年应届毕业生和省外高校湖北籍…；2.两年择业期内…: 2018–2020
    graduates who are 湖北籍 or studied in 湖北 (the latter kept as the hukou exception)."""
    year, place = int(m.group("y")), m.group("place")
    exceptions = (f"{place}省内高校毕业生",) if "省内高校" in m.group(0) else ()
    return [
        (Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, years=(year - 2, year - 1, year))),
        (Kind.HUKOU, HukouCond(places=(place,), origin=True, exceptions=exceptions)),
    ]


def _scoped_bachelor(m: re.Match[str]) -> Pairs:
    """2021年非北京生源应届毕业生须本科及以上学历，能够取得相应学位: binds that group only."""
    scope = m.group("scope")
    out: Pairs = [(Kind.EDUCATION, EducationCond(parse_education_requirement("本科及以上"), scope=scope))]
    if m.group(0).startswith("考生须正常毕业"):
        out.insert(0, (Kind.NOTE, Note(NoteCategory.NOTICE)))
    out.append((Kind.CERTIFICATE, CertificateCond(name="相应学位", scope=scope)))
    return out


def _service_excluding(m: re.Match[str]) -> Pairs:
    """(聘用后两年内需取得执业医师资格证，)最低服务年限为5年(不含试用期和住院医师规培时间)."""
    out: Pairs = [(Kind.NOTE, Note(NoteCategory.NOTICE))] if m.group("later") else []
    return out + [(Kind.SERVICE_YEARS, ServiceYearsCond(int(m.group("n"))))]


def _note(category: NoteCategory):
    return lambda m: Note(category)


def _all_stages_and_exam(m: re.Match[str]) -> Pairs:
    return [(Kind.DEGREE, DegreeCond(matching_level=True, all_stages=True)), (Kind.NOTE, Note(NoteCategory.EXAM))]


def _fresh_bachelor(m: re.Match[str]) -> Pairs:
    """面向…本科以上应届毕业生(应届高校毕业生是指…择业期内未落实工作单位的普通高校毕业生)."""
    return [
        (Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, job_seeking_years=2)),
        (Kind.EDUCATION, EducationCond(parse_education_requirement("本科及以上"))),
    ]


RULES: tuple[Rule, ...] = (
    _rule("post_certificate", Kind.CERTIFICATE, rf"报考(?P<post>[\u4e00-\u9fff]{{2,12}}?岗位)的考生{_GET}(?P<cert>[\u4e00-\u9fff]{{2,20}}?(?:证书|证|水平))(?P<commit>{_COMMIT})?", _post_certificate, whole=True),
    _rule("teacher_certificate", Kind.CERTIFICATE, rf"(?:考生)?{_GET}报考岗位相应的教师资格证(?P<commit>\((?:暂未取得的,)?须承诺于[^()]*?前取得相应教师资格证;\"双一流\"高校非教育类研究生须承诺于入职之日起\d年内取得相应教师资格证\))", _teacher_certificate, whole=True),
    _rule("overseas_alternative", Kind.NOTE, r"报考[\u4e00-\u9fff]{2,12}?岗位的境外高校毕业生如无[\u4e00-\u9fff]{2,20}?证书,须提供雅思考试\d分或托福考试\d+分及以上成绩单", lambda m: Note(NoteCategory.NOTICE), whole=True),
    _rule("graduated_by", Kind.TARGET_GROUP, r"(?:招聘对象为|面向|限)?(?P<year>20\d\d)(?:届|年)及以前毕业的(?P<nature>全日制普通类高等院校|全日制普通高等院校|全日制普通高校|普通高校|全日制)?(?:高校)?毕业生(?:报考)?", _graduated_by, whole=True),
    _rule("fresh_with", Kind.TARGET_GROUP, _FRESH_WITH, _fresh_with, whole=True),
    # 备注: requirements for some applicants only, hukou with origin or exemptions.
    _rule("scoped_experience", Kind.WORK_EXPERIENCE, rf"(?P<scope>非应届生|非应届毕业生|社会人员)(?:一般)?(?:应|需要|需|须)(?:有|具有|具备)?(?:在(?P<where>[\u4e00-\u9fff()]{{2,20}}?))?(?:从事)?(?:(?P<n>{_N})年以上(?:的)?)?(?P<field>[\u4e00-\u9fff]{{0,12}}?)(?:工作经历|从业经历|工作)(?:\(社保在同一单位连续缴纳不少于{_N}年\))?(?:,不限年限)?", _scoped_experience, whole=True),
    _rule("hukou_origin", Kind.HUKOU, r"具有(?P<place>[\u4e00-\u9fff]{2,8}?)户籍\((?:含高考入学前为[\u4e00-\u9fff]{2,8}户籍|指就读大学前的户籍所在地)\)", _hukou_with_origin, whole=True),
    _rule("hukou_origin_included", Kind.HUKOU, r"具有(?P<place>(?P<stem>[\u4e00-\u9fff]{2,6}?)[区县市]?)户籍\(含(?P=stem)[区县市]?生源(?:及(?P<exc>[^()]{2,20}?人员))?\)(?P<asof>)", _hukou_origin_defined, whole=True),
    _rule("hukou_origin_defined", Kind.HUKOU, r"(?P<place>[\u4e00-\u9fff]{2,8}?)户籍或(?P=place)生源\(生源是指[^()]{4,40}?(?:录取时|入学前)的户口所在地\)(?P<exc>)(?P<asof>户籍关系以[^;]{4,30}?的户口所在地为准)?", _hukou_origin_defined, whole=True),
    _rule("hukou_exempt", Kind.HUKOU, r"(?P<place>[\u4e00-\u9fff]{2,8}?)户籍,(?P<exc>[^;]{4,80}?(?:不限户籍|户籍不限))", _hukou_exempt, whole=True),
    _rule("beijing_origin", Kind.HUKOU, r"北京生源(?:毕业生)?(?:须|需)?具有北京市常住户口", lambda m: HukouCond(places=("北京市",), exceptions=("本条仅针对北京生源毕业生",)), whole=True),  # a 户籍 asked of 北京生源: a 生源地 there admits no one
    _rule("beijing_non_origin", Kind.HUKOU, r"非北京生源(?:应届)?毕业生(?:需|须)符合北京市人力资源和社会保障局引进非北京生源毕业生的(?:条件|有关规定)", lambda m: HukouCond(places=("北京市",), origin=True, exceptions=(m.group(0),)), whole=True),
    _rule("hukou_exemption_list", Kind.NOTE, r"符合以下条件的毕业生户籍不限:\s*1\.研究生毕业并具有硕士及以上学位的人员;\s*2\.[^;]{4,40}学士学位人员;\s*3\.[^;]{10,120}的人员;\s*4\.[^;]{10,60}学士学位人员;\s*5\.教育部直属师范大学免\(公\)费师范生。?", _note(NoteCategory.HUKOU_EXEMPTION), whole=True),
    _rule("fresh_bachelor", Kind.TARGET_GROUP, r"本批次招聘面向[\u4e00-\u9fff]{2,6}类本科以上应届毕业生,普通高校大学本科以上应届毕业生\(应届高校毕业生是指持有毕业生就业协议和派遣证且在择业期内未落实工作单位的普通高校毕业生\)", _fresh_bachelor, whole=True),
    _rule("stages_and_exam", Kind.DEGREE, r"本科及研究生阶段均有学历和学位\.1\.专业能力测试[^;]*", _all_stages_and_exam, whole=True),
    _rule("police_school", Kind.MAJOR_DETAIL, r"公安院校公安专业20\d\d届毕业生不得报考此职位", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("commitment", Kind.NOTE, r"报名时无法提供相应层次教师资格证的人员,须提交承诺书,承诺自入职之日起\d年内取得相应层次的教师资格证,[^;]{0,30}?可放宽至\d年,届时无法提供的将取消聘用资格", _note(NoteCategory.NOTICE), whole=True),
    _rule("obtain_later", Kind.NOTE, rf"(?:聘用后|入职后|录用后)?{_N}年内(?:需|须)取得[\u4e00-\u9fff]{{2,16}}?(?:证书|证)", _note(NoteCategory.NOTICE), whole=True),
    _rule("diploma_by", Kind.NOTE, r"(?:(?:社会人员|普通高校20\d\d年应届毕业生)报考的,)?学历、学位(?:证书)?须于\d{4}年\d{1,2}月\d{1,2}日前取得(?:\([^()]*\))?", _note(NoteCategory.NOTICE), whole=True),
    _rule("only_gender", Kind.GENDER, r"根据工作性质只招(?P<g>男|女)性考生", lambda m: GenderCond(Gender.MALE if m.group("g") == "男" else Gender.FEMALE), whole=True),
    _rule("skill_soft", Kind.NOTE, r"专业能力强|专业能力突出|专业基础扎实|需要经常性加班[、,]?出差[、,]?外出调查取证(?:,工作强度大)?", _note(NoteCategory.SOFT), whole=True),
    _rule("teacher_post", Kind.NOTE, r"专业课教师", _note(NoteCategory.SOFT), whole=True),
    _rule("pay", Kind.NOTE, r"(?:年薪|月薪|薪酬|待遇)[^;]{0,30}?(?:万|元)(?:\([^()]*面议\))?", _note(NoteCategory.PAY), whole=True),
    _rule("cert_unless", Kind.CERTIFICATE, r"有住院医师规培合格证\(有中级资格证除外\)", lambda m: CertificateCond(name="住院医师规培合格证", alternatives=("住院医师规培合格证", "中级资格证")), whole=True),
    _rule("cert_either", Kind.CERTIFICATE, r"具有全科医生培训合格证书或执业范围加注全科", lambda m: CertificateCond(name="全科医生培训合格证书或执业范围加注全科", alternatives=("全科医生培训合格证书", "执业范围加注全科")), whole=True),
    _rule("police_civil", Kind.WORK_EXPERIENCE, rf"具有北京市公安局文职岗位连续(?P<n>{_N})年工作经历且目前在岗", lambda m: ExperienceCond(years=_number(m.group("n")), field="北京市公安局文职岗位(目前在岗)"), whole=True),
    _rule("post_doctor_cert", Kind.CERTIFICATE, r"(?P<post>医疗岗位)要求具有(?P<cert>医师资格证书)\((?P<exempt>八年制临床医学博士)不作要求\)", lambda m: CertificateCond(name=f"{m.group('cert')}({m.group('exempt')}不作要求)", post=m.group("post")), whole=True),
    _rule("edu_label", Kind.EDUCATION, r"学历条件:(?P<edu>博士研究生|硕士研究生及以上|硕士研究生|本科及以上)学历", lambda m: EducationCond(parse_education_requirement(m.group("edu").replace("博士研究生", "博士").replace("硕士研究生", "硕士"))), whole=True),
    _rule("first_degree", Kind.EDUCATION_NATURE, r"(?:起始学历|第一学历)(?:须|需|应)?为(?P<n>统招普通高等学校|统招普通高校|全日制普通高校|全日制普通高等学校|普通高等学校|统招)本科", lambda m: _nature(m), whole=True),
    _rule("title_waived", Kind.NOTE, r"具有研究生学历、硕士及以上学位的,可不要求职称", _note(NoteCategory.NOTICE), whole=True),
    _rule("appraisal", Kind.RECORD, r"历年年度考核均为称职\(合格\)及以上等次\(试用期除外\)", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("cadre_consent", Kind.NOTE, r"按照干部管理权限经人事主管部门审核同意报名应聘|应聘资格条件中涉及时间期限的,一律计算至\d{4}年\d{1,2}月\d{1,2}日", _note(NoteCategory.NOTICE), whole=True),
    _rule("major_either_stage", Kind.NOTE, r"研究生可按本科或研究生所学专业进行报考", _note(NoteCategory.NOTICE), whole=True),
    _rule("mismatch_cancel", Kind.NOTE, r"毕业证书上的学历、专业与报考岗位所要求的学历、专业不相符的,取消录用资格", _note(NoteCategory.NOTICE), whole=True),
    _rule("schools_included", Kind.NOTE, r"含(?:[\u4e00-\u9fff]{4,24}?(?:中学|小学|学校|幼儿园)[,、]?){2,}", _note(NoteCategory.WORKPLACE), whole=True),
    _rule("master_or_doctor", Kind.EDUCATION, r"应聘人员应为统招硕士研究生\(本科学历须为公办普通高校本科\)或博士研究生\(本科学历须为公办普通高校本科\)", _master_public_bachelor, whole=True),
    _rule("overseas_degree", Kind.NOTE, r"(?:港澳台地区和国外院校毕业的|留学回国人员|国\(境\)外院校毕业的)须(?:有|提供)教育部留学服务中心(?:出具)?的(?:国\(境\)外)?学历学位认证书?", _note(NoteCategory.NOTICE), whole=True),
    _rule("teacher_cert_later", Kind.NOTE, r"在一年内须取得与报考岗位相应的教师资格证书,未按时取得的,解除劳动合同", _note(NoteCategory.NOTICE), whole=True),
    _rule("character", Kind.NOTE, r"性格开朗|工作态度主动积极|具有较强的理论知识|拥护党的路线、方针、政策", _note(NoteCategory.SOFT), whole=True),
    _rule("doctor_and_social", Kind.CERTIFICATE, r"(?:具有|具备)(?P<cert>医师资格证书),(?P<scope>社会人员)具有(?P<title>中级及以上职称)、(?P<exp>三级医院岗位相关)工作经历", _cert_and_social, whole=True),
    _rule("teaching_years", Kind.WORK_EXPERIENCE, rf"(?:原则上)?具有(?P<pre>[\u4e00-\u9fff]{{0,8}}?)(?P<n>{_N})年及以上(?P<field>[\u4e00-\u9fff]{{0,12}}?)(?:教学|任教)经历", lambda m: ExperienceCond(years=_number(m.group("n")), field=(m.group("pre") + m.group("field")).strip("的") + "教学"), whole=True),
    _rule("labour_law", Kind.NOTE, r"符合<劳动法>第五十九条\"[^\"]{10,60}\"的规定", _note(NoteCategory.NOTICE), whole=True),
    _rule("non_staff", Kind.STATUS, r"面向编外人员|报考人员须为[\u4e00-\u9fff]{2,8}(?:\([^()]*\))?机关事业单位在职编外用工(?:\([^()]*\))?", lambda m: DetailCond(m.group(0)), whole=True),
    # 招聘对象 「应往届毕业生(我市机关事业单位在编在岗位人员除外)」: every graduate, except serving staff (reviewed).
    _rule("graduates_except_staff", Kind.STATUS, r"(?:面向)?应、?往届(?:毕业生|生)?\((?P<x>[^()]*在编在岗[^()]*除外)\)", lambda m: [(Kind.NOTE, Note(NoteCategory.NO_REQUIREMENT)), (Kind.STATUS, DetailCond(m.group("x")))], whole=True),
    _rule("second_tier", Kind.SCHOOL, r"普通全日制二本B类及以上学历、学士及以上学位", _second_tier, whole=True),
    _rule("post_duties", Kind.NOTE, r"在服务期内不得参加各类招聘考试|不得调动到其他单位|法律、法规规定的其他条件", _note(NoteCategory.NOTICE), whole=True),
    _rule("held_title", Kind.CERTIFICATE, r"已聘(?:高级|中级|副高级|正高级)及以上专业技术职务", lambda m: CertificateCond(name=m.group(0)), whole=True),
    _rule("teacher_school_levels", Kind.CERTIFICATE, r"(?:须|需)?(?:具有|取得|持有)?(?P<a>中等职业学校|高级中学|初级中学)或(?P<b>初中|高中|小学)及以上教师资格证", lambda m: CertificateCond(name=m.group(0).lstrip("须需具有取得持有"), alternatives=(f"{m.group('a')}教师资格证", f"{m.group('b')}及以上教师资格证")), whole=True),
    _rule("edu_and_degree", Kind.EDUCATION, r"(?:具有)?(?P<full>全日制)?(?P<lv>大学本科|本科|硕士研究生|研究生)及以上学历(?:和|及|、)?学位", _edu_and_degree, whole=True),
    _rule("post_mandarin", Kind.CERTIFICATE, r"(?P<post>[\u4e00-\u9fff]{2,12}?教师)(?:需|须)具备(?P<cert>普通话(?:一|二)(?:甲|乙)及以上)", lambda m: CertificateCond(name=m.group("cert"), post=m.group("post")), whole=True),
    _rule("dialect", Kind.LANGUAGE, r"能够听、说(?P<lang>沪语|粤语|闽南语)", lambda m: LanguageCond((m.group("lang"),)), whole=True),
    _rule("residence_permit", Kind.CERTIFICATE, r"须持有上海市居住证一年以上\(在有效期内\)", lambda m: CertificateCond(name="上海市居住证(一年以上,在有效期内)"), whole=True),
    _rule("training_either", Kind.CERTIFICATE, r"须取得规培证或规培结业考试合格", lambda m: CertificateCond(name="规培证或规培结业考试合格", alternatives=("规培证", "规培结业考试合格")), whole=True),
    _rule("conduct", Kind.NOTE, r"在校期间品学兼优|积极参加学校或社会各类合法社团活动|积极主动|能开设一门选修课或者带一个社团|教学科研骨干|专业负责人|急需紧缺岗位", _note(NoteCategory.SOFT), whole=True),
    _rule("clean_record", Kind.RECORD, r"无不良行为记录", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("double_first_class", Kind.SCHOOL, r"具有国家\"一流大学和一流学科建设高校及建设学科\"本科学历和学位", _first_class, whole=True),
    _rule("both_majors", Kind.MAJOR_DETAIL, r"报名人员须同时满足本科与研究生的专业要求", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("character_list", Kind.NOTE, r"政治合格|政治素质好|拥护中国共产党的领导|拥护中华人民共和国宪法|遵守国家法律法规|热爱(?:祖国|教育事业|基层工作|残疾人事业|本职工作)"
          r"|遵守纪律|服从分配|品德端正|有亲和力|服从(?:组织)?安排|无不良嗜好|会操作电脑|工作节奏快|工作积极主动|自我驱动型人格|具备一定文字写作功底|有较高的政治理论水平"
          r"|在本专业领域造诣深厚|能在较短时间推动学科发展|需经常驾驶机动车|需承担单位交办的其他工作|包括但不限于Word、Excel、PowerPoint等", _note(NoteCategory.SOFT), whole=True),
    _rule("no_crime", Kind.RECORD, r"无违法犯罪记录|在校期间担任(?:过)?(?:院\(系\)级及以上)?学生干部", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("face", Kind.PHYSICAL, r"官端正", lambda m: DetailCond("五官端正"), whole=True),
    _rule("recognised_level", Kind.EDUCATION, r"具有国家承认的(?P<lv>大学专科|大专|大学本科|本科)(?:及)?以上学历(?:及履行岗位职责所需的工作能力)?", _recognised, whole=True),
    _rule("level_only", Kind.EDUCATION, r"(?P<lv>硕士|博士)(?:研究生)?及以上学历", lambda m: EducationCond(parse_education_requirement(m.group("lv") + "及以上")), whole=True),
    _rule("no_upgrade", Kind.SCHOOL, r"(?:所取(?:得)?学历)?(?:不含|不为|不包含)专升本", lambda m: SchoolCond("学历不含专升本"), whole=True),
    _rule("bachelor_major", Kind.MAJOR_DETAIL, r"(?:本科|研究生|硕士)(?:阶段)?为[\u4e00-\u9fff]{2,12}专业(?:、[\u4e00-\u9fff]{2,6}学士)?", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("valid_cert", Kind.CERTIFICATE, r"持有有效适任证书、合格证书", lambda m: CertificateCond(name="有效适任证书、合格证书"), whole=True),
    _rule("nationality", Kind.NOTE, r"具有中华人民共和国国籍|应同时具备以下条件", _note(NoteCategory.NOTICE), whole=True),
    _rule("must_be_fresh", Kind.TARGET_GROUP, r"(?:须|需|应)为应届毕业生", lambda m: TargetCond(TargetGroup.FRESH_GRADUATE), whole=True),
    _rule("planned_bachelor", Kind.EDUCATION, r"统招统分全日制本科毕业生", lambda m: [(Kind.EDUCATION_NATURE, NatureCond(full_time=True, regular=True)), (Kind.EDUCATION, EducationCond(parse_education_requirement("本科")))], whole=True),
    _rule("matching_degree", Kind.DEGREE, r"取得相应学历及学位", lambda m: DegreeCond(matching_level=True), whole=True),
    _rule("placement", Kind.NOTE, r"按照分数从高到低顺序依次选岗|本职位录用的考生在[\u4e00-\u9fff]{2,10}内分配|考生被录取后,经过一年试用期实训锻炼,统一安排到[\u4e00-\u9fff]{2,10}工作", _note(NoteCategory.NOTICE), whole=True),
    _rule("language_test", Kind.NOTE, r"汉哈互译专业测试", _note(NoteCategory.EXAM), whole=True),
    _rule("selection_trainee", Kind.TARGET_GROUP, r"\(?选培生计划\)?", lambda m: TargetCond(TargetGroup.DIRECTED, projects=("选培计划",)), whole=True),
    _rule("province_graduates", Kind.TARGET_GROUP, r"1\.(?P<place>[\u4e00-\u9fff]{2,3})省内高校(?P<y>20\d\d)年应届毕业生和省外高校(?P=place)籍(?P=y)年应届毕业生;\s*2\.两年择业期内未被招录为公务员或招聘为事业单位在编正式工作人员的(?P=place)省内高校毕业生和省外高校(?P=place)籍毕业生", _local_graduates, whole=True),
    _rule("county_graduates", Kind.TARGET_GROUP, r"1\.(?P<y>20\d\d)年(?P<place>[\u4e00-\u9fff]{2,4})籍应届高校毕业生;\s*2\.两年择业期内未被招录为公务员或招聘为事业单位(?:在编正式)?工作人员的(?P=place)籍高校毕业生", _local_graduates, whole=True),
    _rule("residency_or_trainee", Kind.CERTIFICATE, r"(?:并)?具有住院医师规范化培训(?P<kind>结业|合格)证书\(或(?P<y>20\d\d)年毕业的规培生在读证明\)", lambda m: CertificateCond(name=f"住院医师规范化培训{m.group('kind')}证书", alternatives=(f"住院医师规范化培训{m.group('kind')}证书", f"{m.group('y')}年毕业的规培生在读证明")), whole=True),
    _rule("title_and_years", Kind.CERTIFICATE, rf"具有(?P<cert>[\u4e00-\u9fff]{{1,4}}师及以上专业技术资格)及(?P<where>[\u4e00-\u9fff]{{2,14}}?)(?P<n>{_N})年及以上工作经历", lambda m: [(Kind.CERTIFICATE, CertificateCond(name=m.group("cert"))), (Kind.WORK_EXPERIENCE, ExperienceCond(years=_number(m.group("n")), field=m.group("where")))], whole=True),
    _rule("non_beijing_level", Kind.EDUCATION, r"(?:考生须正常毕业,)?(?P<scope>20\d\d年非北京生源应届毕业生)须本科及以上学历[,，](?:能够|并)取得相应学位", _scoped_bachelor, whole=True),
    _rule("cert_on_graduation", Kind.CERTIFICATE, r"毕业时需取得执业医师资格", lambda m: CertificateCond(name="执业医师资格(毕业时取得)"), whole=True),
    _rule("clinical_level", Kind.EDUCATION, r"(?P<major>临床)专业本科及以上学历", lambda m: [(Kind.MAJOR_DETAIL, DetailCond("临床专业")), (Kind.EDUCATION, EducationCond(parse_education_requirement("本科及以上")))], whole=True),
    _rule("no_contract", Kind.NOTE, r"[^;]{0,30}未与任何单位存在劳动(?:合同|人事)?关系[^;]{0,20}", _note(NoteCategory.NOTICE), whole=True),
    _rule("bachelor_full_time_major", Kind.EDUCATION_NATURE, r"本科须为全日制普通高等教育(?P<major>[\u4e00-\u9fff]{2,10})专业", lambda m: [(Kind.EDUCATION_NATURE, NatureCond(full_time=True, regular=True)), (Kind.MAJOR_DETAIL, DetailCond(f"本科为{m.group('major')}专业"))], whole=True),
    _rule("disabled_grade", Kind.TARGET_GROUP, r"(?:仅限|限)?肢体(?:轻度)?(?:\((?:下肢|上肢)\))?残疾(?:\([一二三四]级\)|[一二三四]级)(?:人员)?(?:报考)?", lambda m: TargetCond(TargetGroup.DISABLED), whole=True),
    _rule("high_school_culture", Kind.EDUCATION, r"具有高中\(含中专\)以上文化程度", lambda m: EducationCond(parse_education_requirement("高中及以上")), whole=True),
    _rule("veteran_level", Kind.EDUCATION, r"(?P<scope>退伍士兵|退役士兵)需具有高中以上学历", lambda m: EducationCond(parse_education_requirement("高中及以上"), scope=m.group("scope")), whole=True),
    _rule("licence_and_driving", Kind.CERTIFICATE, r"有C1驾驶证和驾驶经验", lambda m: [(Kind.CERTIFICATE, CertificateCond(name="C1驾驶证")), (Kind.WORK_EXPERIENCE, ExperienceCond(field="驾驶"))], whole=True),
    _rule("counsellor_duty", Kind.NOTE, r"入职后须兼职从事[一二两三四五\d]年辅导员工作", _note(NoteCategory.NOTICE), whole=True),
    _rule("cert_not_fresh", Kind.CERTIFICATE, r"具备医师资格证书\(应届毕业生对证书不作要求\)", lambda m: CertificateCond(name="医师资格证书", scope="非应届毕业生"), whole=True),
    _rule("doctor_or_passed", Kind.CERTIFICATE, r"持有(?P<a>执业(?:助理)?医师(?:及以上)?资格证)或已通过(?P<b>执业(?:助理)?医师(?:及以上)?考试)成绩合格待注册", lambda m: CertificateCond(name=m.group(0).removeprefix("持有"), alternatives=(m.group("a"), m.group("b") + "成绩合格待注册")), whole=True),
    _rule("residency_or_attending", Kind.CERTIFICATE, r"通过住培结业考核或取得主治医师资格", lambda m: CertificateCond(name=m.group(0), alternatives=("住培结业考核合格", "主治医师资格")), whole=True),
    _rule("senior_title", Kind.CERTIFICATE, r"具有(?P<t>副高级及以上职称)的专业技术人才", lambda m: CertificateCond(name=m.group("t")), whole=True),
    _rule("stage_major", Kind.MAJOR_DETAIL, r"(?:本科|研究生)专业要求(?:为)?:?[\u4e00-\u9fff]{2,10}(?:\(\d{2,6}\))?", lambda m: DetailCond(m.group(0)), whole=True),
    # Posts for serving village cadres or staff (招聘范围 「面向巴东县现任村（社区）“两委”班子成员」, 备注
    # 「正式在编工作人员」): a status, checked against the graduate's season (``detail_checks.check_status``).
    _rule("serving_staff", Kind.STATUS, r"(?:面向|限|仅限)?[\u4e00-\u9fff]{0,12}?(?:现任|在职在岗)[\u4e00-\u9fff()\"、]{0,12}?(?:干部|班子成员)(?:报考)?"
          r"|(?:面向|限|仅限)?[\u4e00-\u9fff]{0,12}?正式在编(?:在岗)?(?:工作)?人员(?:报考)?", lambda m: DetailCond(m.group(0)), whole=True),
    # What the post is, not what it asks (「专项招聘」「非在编」「编外」), and duties on the job
    # (「遵守保密规定」「不得…泄露所录信息」): notes a graduate has nothing to check against.
    _rule("post_nature", Kind.NOTE, r"专项招聘|非在编(?:人员|岗位)?|编外(?:人员|岗位|聘用)?", _note(NoteCategory.NOTICE), whole=True),
    _rule("duties", Kind.NOTE, r"(?:应|须|需)?遵守[\u4e00-\u9fff、]{0,16}(?:规章制度|职业规范|保密规定|保密制度|工作纪律)(?:和[\u4e00-\u9fff]{2,8})?"
          r"|不得以?[\u4e00-\u9fff、]{0,16}泄露[\u4e00-\u9fff]{0,8}", _note(NoteCategory.SOFT), whole=True),
    _rule("secondment_scope", Kind.STATUS, r"招聘\(选调\)对象及范围:符合招聘\(选调\)岗位应聘资格条件的全国各级行政机关、事业单位正式在编工作人员", lambda m: DetailCond(m.group(0)), whole=True),
    _rule("long_experience", Kind.WORK_EXPERIENCE, rf"具有(?P<n>{_N})年及以上(?P<field>在[^;,]{{4,60}}?从事[^;,]{{2,24}}?)工作经历", lambda m: ExperienceCond(years=_number(m.group("n")), field=m.group("field")), whole=True),
    _rule("doctor_any_major", Kind.NOTE, r"博士及企事业单位副高以上专业技术人员不受招聘专业及招聘计划限制", _note(NoteCategory.MAJOR_EXEMPTION), whole=True),
    *AGE_RULES,  # ``age_relaxations``: title holders' limits, relaxations said apart, 年龄不得放宽
    _rule("first_class_full_time", Kind.SCHOOL, r"面向\"双一流\"建设院校全日制毕业生招聘", lambda m: [(Kind.SCHOOL, SchoolCond("双一流建设院校")), (Kind.EDUCATION_NATURE, NatureCond(full_time=True))], whole=True),
    _rule("title_or_post", Kind.CERTIFICATE, r"具有(?P<t>初级|中级|副高级)(?P<up>及以上)?专业技术职务资格或高校教师职称制度改革后聘任在(?P<t2>初级|中级|高级)岗位经历", lambda m: CertificateCond(name=m.group(0).removeprefix("具有"), alternatives=(f"{m.group('t')}{m.group('up') or ''}专业技术职务资格", f"职称制度改革后聘任在{m.group('t2')}岗位的经历")), whole=True),
    _rule("teacher_cert_or_pass", Kind.CERTIFICATE, r"须取得(?P<a>高中学段)或(?P<b>中等职业技术)教师资格证\(或教师资格考试合格证明\)", lambda m: CertificateCond(name=m.group(0).removeprefix("须取得"), alternatives=(f"{m.group('a')}教师资格证", f"{m.group('b')}教师资格证", "教师资格考试合格证明")), whole=True),
    _rule("english_by_level", Kind.CERTIFICATE, r"本科生大学英语四级(?:成绩)?425分以上,研究生大学英语六级(?:成绩)?425分以上或通过英语专业八级水平考试", lambda m: [(Kind.CERTIFICATE, CertificateCond(name="大学英语四级425分以上", scope="本科生", alternatives=("大学英语四级425分以上", "英语专业八级"))), (Kind.CERTIFICATE, CertificateCond(name="大学英语六级425分以上", scope="研究生", alternatives=("大学英语六级425分以上", "英语专业八级")))], whole=True),
    _rule("teaching_decade", Kind.WORK_EXPERIENCE, r"有(?P<n>\d{1,2})年及以上从教经历\(具有(?P<sub>[\u4e00-\u9fff]{2,6})教学经历(?:两|二|\d)年及以上\)", lambda m: ExperienceCond(years=int(m.group("n")), field=f"从教(其中{m.group('sub')}教学两年及以上)"), whole=True),
    _rule("service_excluding", Kind.SERVICE_YEARS, r"(?P<later>(?:聘用后|入职后)?[一二两三\d]年内(?:需|须)取得[\u4e00-\u9fff]{2,12}?证,)?最低服务年限为(?P<n>\d)年\(不含试用期和住院医师规培时间\)", _service_excluding, whole=True),
    _rule("recommendation_form", Kind.NOTE, r"20\d\d年应届高校毕业生可提供就读学校盖章的<毕业生就业推荐表>报名,但20\d\d年\d{1,2}月\d{1,2}日前必须取得与报考岗位相应的学历学位证书,否则取消聘用资格", _note(NoteCategory.NOTICE), whole=True),
    _rule("school_or_veteran", Kind.EDUCATION, r"高中以上文化程度或持有退役士兵\(官\)证", _high_school, whole=True),
)
