"""Whole-clause readings of forms that announcements' 说明 repeat into every gkld row of the
announcement (``extra.RULES`` continued): the requirements on a master's 本科 stage
(本科必须为全日制统招…本、硕专业相同或相近), the heading that introduces them (应聘教师岗位硕士要求),
a preference addressed to one post's applicants, teacher certificates and degrees asked of some
applicants only (应届本科毕业生, 研究生, 公费师范生), and clauses no record can decide (离退休缴纳社保需满15年,
在本级机关工作的最低年限), reviewed in their own words. Each is tried only after the clause rules fail; tested in
``tests/test_rules_announcement_forms.py``.
"""

from __future__ import annotations

import re

from features.education import Degree, EducationLevel
from matching.rules.age_groups import scope_levels
from matching.rules.conditions import (AgeCond, CertificateCond, DegreeCond, DetailCond, Kind, NatureCond, Note, NoteCategory, SchoolCond,
                                       TargetCond, TargetGroup)
from matching.rules.patterns import _note, _rule
from matching.rules.text import DATE, NUMBER, date_of

_MASTER = (EducationLevel.MASTER,)
#: A bracket that may hold one more bracket: (不含联合办学(二表B、三表)、专升本生).
_BRACKET = r"\((?:[^()]|\([^()]*\))*\)"
#: 应聘教师岗位硕士要求 / 应聘公寓辅导员岗位、…岗位（合同制编外岗位除外）硕士要求: whom the items after it concern.
_HEADING = rf"(?:应聘|报考)(?:[\u4e00-\u9fff、]|{_BRACKET}){{2,60}}?岗位(?:{_BRACKET})?(?:人员)?的?(?:博士|硕士|本科)(?:研究生)?(?:学历)?要求"


def _master_stages(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """全日制统招硕士研究生，本科必须为全日制统招（不含联合办学…、专升本生）且毕业院校为公办全日制
    普通高校，本、硕专业相同或相近[，且为学术型硕士（…除外）]: stated under a heading 「…硕士要求」,
    so every item concerns 硕士 applicants only (a 本科 or 博士 graduate is told it does not apply);
    the natures of both stages are one condition; the 本科 school, the two majors and the kind
    of master's degree are not on a graduate record and are reviewed in the announcement's words."""
    scoped = {"scope": "硕士研究生", "scope_levels": _MASTER}
    out: list[tuple[Kind, object]] = [
        (Kind.EDUCATION_NATURE, NatureCond(full_time=True, regular=True, scope="硕士研究生（硕士及本科阶段）", scope_levels=_MASTER)),
        (Kind.SCHOOL, SchoolCond(f"本科毕业院校为公办全日制普通高校（{m.group('excluded')[1:-1]}）", **scoped)),
        (Kind.MAJOR_DETAIL, DetailCond("本科与硕士专业相同或相近" + (m.group("except") or ""), **scoped)),
    ]
    if m.group("academic"):
        out.append((Kind.MAJOR_DETAIL, DetailCond("硕士为学术型硕士" + (m.group("academic_except") or ""), **scoped)))
    return out


_PASS_PROOF = r"(?:<|\()?中小学和幼儿园教师资格考试合格证明(?:>|\))?"
_STAGE_CERT = r"(?:对应|相应)学段(?:对应)?学科(?:的)?教师资格证书?"
#: 须在2023年7月之前取得对应学段学科教师资格证书或同时取得…<中小学幼儿园教师资格考试合格证明>和相应的<普通话等级证书>，否则予以解聘.
_CERT_BY_DAY = (rf"(?:须|需|应)在20\d\d年\d{{1,2}}月(?:\d{{1,2}}日)?(?:之前|以前|前)取得{_STAGE_CERT}"
                r"(?:或同时取得对应学段学科的<中小学幼儿园教师资格考试合格证明>和相应的<普通话等级证书>)?(?:,否则(?:予以)?(?:解聘|解除聘用合同))?")


def _teacher_certificates(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """应届本科毕业生在报到聘用前必须取得适用的教师资格证（或《…考试合格证明》）和普通话等级证书
    （应聘语文教师…二级甲等及以上，…）: two certificates asked of the 本科 graduates named
    (``scope``; a 研究生 is not concerned), the 普通话 grade as the announcement words it."""
    who = m.group("who")
    grade = m.group("grade")
    return [
        (Kind.CERTIFICATE, CertificateCond("教师资格证", alternatives=("中小学和幼儿园教师资格考试合格证明",), scope=who)),
        (Kind.CERTIFICATE, CertificateCond("普通话等级证书" + (f"（{grade}）" if grade else ""), scope=who)),
    ]


_DEGREES = {"学士": Degree.BACHELOR, "硕士": Degree.MASTER, "博士": Degree.DOCTOR}


def _scoped_degree(m: re.Match[str]) -> DegreeCond:
    """研究生需取得硕士及以上学位 (concerns 研究生 only) / 公费师范生需取得学士学位 (a group no
    record tells: a shortfall is reviewed)."""
    who = m.group("who")
    return DegreeCond(minimum=_DEGREES[m.group("deg")], scope=who, scope_levels=scope_levels(who))


_PLAN = r"列入国家统一招生计划\(不含委培生、定向生\)的普通高等院校(?:、普通高等职业技术院校)?的"


def _two_routes(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """1.具有研究生学历且获得硕士及以上学位的毕业生：列入国家统一招生计划（不含委培生、定向生）的…硕士研究生
    或博士研究生。年龄18至35周岁（…期间出生，下同），户籍不限。2.具有本科学历且获得学士学位的毕业生：…本科
    毕业生。年龄18至35周岁，户籍不限。且必须符合下列条件之一：（1）…: two routes, each a level with the
    degree of that level, admitted through the national plan, of one age range; the 本科 route adds one
    of several honours or schools, which no record holds (reviewed, a 研究生 not concerned). The table
    cuts the list off mid-sentence: the review says so."""
    options = m.group("options").strip()
    cut = "" if options.endswith(("。", ".", ";")) else "…（表中原文不全，请查阅招聘公告）"
    born = (date_of(m.group(3), m.group(4), m.group(5)), date_of(m.group(6), m.group(7), m.group(8)))
    return [
        (Kind.EDUCATION_NATURE, NatureCond(regular=True)),
        (Kind.STATUS, DetailCond("不含委培生、定向生")),
        (Kind.DEGREE, DegreeCond(matching_level=True)),
        (Kind.AGE, AgeCond(minimum=int(m.group("lo")), maximum=int(m.group("hi")), born_from=min(born), born_to=max(born))),
        (Kind.NOTE, Note(NoteCategory.NO_REQUIREMENT)),  # 户籍不限
        (Kind.RECORD, DetailCond(f"本科毕业生须符合下列条件之一：{options}{cut}", scope="本科毕业生",
                                 scope_levels=(EducationLevel.BACHELOR,))),
    ]


def _plan_fresh(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """毕业生报名条件：限列入国家统一招生计划（不含委培生、定向生）并且已经取得相应学历、学位证书的全日制普通
    高等院校、普通高等职业技术院校的2020年应届毕业生: full-time and through the national plan, not
    commissioned or directed, that season's graduates; the diplomas in hand by then is a notice."""
    return [(Kind.EDUCATION_NATURE, NatureCond(full_time=True, regular=True)), (Kind.STATUS, DetailCond("不含委培生、定向生")),
            (Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, years=(int(m.group("year")),))),
            (Kind.NOTE, Note(NoteCategory.NOTICE))]


RULES = (
    _rule("plan_fresh_graduates", Kind.TARGET_GROUP,
          r"(?:毕业生报名条件:)?限列入国家统一招生计划\(不含委培生、定向生\)并且已经取得相应学历、学位证书的全日制普通高等院校"
          r"(?:、普通高等职业技术院校)?的(?P<year>20\d\d)年应届毕业生",
          _plan_fresh, whole=True),
    # 2019年11月27日至2020年11月26日取得国（境）外学位并完成教育部门学历认证、具有北京市常住户口且人事行政关系在北京
    # 的留学回国人员，未落实工作单位的，可以报考面向应届毕业生招聘的岗位: another way into the job's 应届 limit
    # (``engine._with_fresh_alternatives``: a graduate of another year is reviewed, not refused).
    _rule("returnees_as_fresh", Kind.NOTE,
          rf"{DATE}至{DATE}取得国\(境\)外学位并完成教育部门学历认证[^;]{{0,60}}?的留学回国人员,未落实工作单位的,可以报考面向应届毕业生招聘的岗位",
          _note(NoteCategory.FRESH_ALTERNATIVE), whole=True),
    _rule("graduate_or_bachelor_routes", Kind.RECORD,
          rf"1\.具有研究生学历且获得硕士及以上学位的毕业生:{_PLAN}硕士研究生或博士研究生[。.]?"
          rf"年龄(?P<lo>\d{{2}})至(?P<hi>\d{{2}})周岁\({DATE}至{DATE}期间出生(?:,下同)?\),户籍不限[。.]?"
          rf"2\.具有本科学历且获得学士学位的毕业生:{_PLAN}本科毕业生[。.]?年龄(?P=lo)至(?P=hi)周岁,户籍不限[。.]?"
          r"且必须符合下列条件之一:(?P<options>.+)",
          _two_routes, whole=True),
    _rule("scoped_degree", Kind.DEGREE,
          r"(?P<who>博士研究生|硕士研究生|研究生|本科生|本科毕业生|公费师范生|免费师范生|师范生)(?:需|须|应|必须)(?:取得|获得|具有|具备)(?:相应的?)?(?P<deg>学士|硕士|博士)(?:及以上)?学位(?:证书?)?",
          _scoped_degree, whole=True),
    _rule("teacher_certificates", Kind.CERTIFICATE,
          rf"(?P<who>(?:应届)?本科毕业生)(?:在)?(?:报到|聘用|报到聘用|报到前|聘用前)?前?(?:必须|须|需|应)取得适用的教师资格证(?:\(或{_PASS_PROOF}\))?"
          r"和普通话等级证书(?:\((?P<grade>[^()]*)\))?",
          _teacher_certificates, whole=True),
    # 硕士及以上研究生应具备高级中学（中等职业学校）教师资格证或已通过…国家考试笔试、面试并在报到时取得… /
    # 公费师范生应在报到时取得…教师资格证: a certificate for the applicants named (a passed exam
    # whose certificate comes by 报到 counts too).
    _rule("scoped_teacher_certificate", Kind.CERTIFICATE,
          r"(?P<who>硕士及以上研究生|硕士研究生|研究生|本科生|本科毕业生|公费师范生|免费师范生)(?:应|须|需|必须)(?:在报到时)?(?:具备|具有|取得)"
          r"(?P<name>(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{2,10}\)){2,24}?教师资格证)(?P<exam>或已通过[^;]{2,40}?教师资格国家考试笔试、面试并在报到时取得相应教师资格证)?",
          lambda m: CertificateCond(m.group("name"), alternatives=("教师资格国家考试笔试、面试合格（报到时取得证书）",) if m.group("exam") else (),
                                    scope=m.group("who")), whole=True),
    # 应届毕业研究生…暂不要求提供教师资格证书和普通话等级证书，但在聘用后一年内…必须取得: a
    # deferral for postgraduates; what it asks falls after appointment.
    _rule("postgraduate_certificate_deferral", Kind.NOTE,
          r"(?:应届)?(?:毕业)?研究生(?:毕业生)?可根据所学专业报考教师岗位,暂不要求提供教师资格证书?和普通话等级证书?,"
          r"但(?:在)?聘用后(?:一|1)年内(?:\([^()]*\))?(?:必须|须|需)取得适用的教师资格证书?和普通话等级证书?",
          _note(NoteCategory.NOTICE), whole=True),
    # 普高、职高和初中岗位的学科要求按所呈报的学历专业和教师资格证（…）学科报考对应的学科，两者要一致 /
    # 小学岗位的学科可以按学历专业或教师资格证（…）学科报考，符合其中之一: the subject of the
    # certificate is on no record, so the officer checks it in these words.
    _rule("teacher_subject_both", Kind.MAJOR_DETAIL,
          rf"(?P<posts>[\u4e00-\u9fff、和]{{2,16}}?)岗位的学科要求按所呈报的学历专业和教师资格证(?:\({_PASS_PROOF}\))?学科报考对应的学科,两者要一致",
          lambda m: DetailCond(f"{m.group('posts')}岗位：学历专业和教师资格证学科均须与报考学科一致"), whole=True),
    _rule("teacher_subject_either", Kind.MAJOR_DETAIL,
          rf"(?P<posts>[\u4e00-\u9fff、和]{{2,16}}?)岗位的学科可以按学历专业或教师资格证(?:\({_PASS_PROOF}\))?学科报考,符合其中之一",
          lambda m: DetailCond(f"{m.group('posts')}岗位：学历专业或教师资格证学科与报考学科一致，符合其一即可"), whole=True),
    # 报名时无教师资格证（…）或符合暂缓教师资格证的报考人员以所呈报的学历专业为准: how the subject is
    # judged without a certificate; it asks nothing more.
    _rule("subject_by_major", Kind.NOTE,
          rf"报名时无教师资格证(?:\({_PASS_PROOF}\))?或符合暂缓教师资格证的报考人员以所呈报的学历专业为准",
          _note(NoteCategory.NOTICE), whole=True),
    _rule("master_stages", Kind.EDUCATION_NATURE,
          rf"(?:{_HEADING}:)?全日制统招硕士研究生,本科(?:必须|须|需|应)为全日制统招(?P<excluded>{_BRACKET})"
          r"且毕业院校为公办全日制普通(?:高校|高等学校|高等院校),本、硕专业相同或相近(?P<except>\([^()]*岗位除外\))?"
          rf"(?P<academic>,且为学术型硕士(?P<academic_except>{_BRACKET})?)?",
          _master_stages, whole=True),
    # 应聘教师岗位硕士要求: (1)…(2)… — a heading; the items after it are read on their own.
    _rule("requirements_heading", Kind.NOTE,
          rf"{_HEADING}:?",
          _note(NoteCategory.NOTICE), whole=True),
    # 应聘师范类专业教师岗位人员，具有师范专业教育背景优先: a preference, and the post it is for.
    _rule("post_preference", Kind.NOTE,
          r"(?:应聘|报考)[\u4e00-\u9fff、]{2,20}?岗位(?:的)?(?:人员|考生)?,(?:具有|具备|有)[\u4e00-\u9fff、]{2,20}?者?(?:优先|予以优先)(?:考虑|录用|聘用)?",
          _note(NoteCategory.PREFERENCE), whole=True),
    # 硕士毕业于一流大学或一流学科建设高校（注：报考…学院教师岗位人员硕士毕业于…可以申报）: the
    # school of the master's stage (a 本科 graduate has none: not concerned); the colleges'
    # allowances are pointed to, not checked.
    _rule("master_school", Kind.SCHOOL,
          r"(?P<req>硕士(?:研究生)?毕业于(?:一流大学|一流学科建设高校|一流大学或一流学科建设高校|“双一流”建设高校))(?:\(注:(?P<note>[^()]*)\))?",
          lambda m: SchoolCond(m.group("req") + ("（部分学院另有放宽，见招聘说明）" if m.group("note") else ""),
                               scope="研究生", scope_levels=(EducationLevel.MASTER, EducationLevel.DOCTOR)), whole=True),
    # 截至2021年8月底，毕业3年及以上的历届生应具有相应专业技术资格: a certificate asked of earlier
    # graduates; the record holds no 专业技术资格, so it is reviewed in the announcement's words.
    _rule("earlier_graduates_title", Kind.CERTIFICATE,
          r"(?P<asof>截(?:至|止)20\d\d年\d{1,2}月(?:底|\d{1,2}日)?),?(?P<who>毕业(?:\d|[一二三四五])年(?:及)?以上的(?:历届生|往届生|历届毕业生|往届毕业生))(?:应|须|需)具(?:有|备)(?P<name>相应(?:的)?专业技术资格|相应(?:的)?专业技术职称)",
          lambda m: CertificateCond(m.group("name"), scope=m.group("asof") + m.group("who")), whole=True),
    # 除报考专门面向选调生的职位外，报考其他职位应符合在本级机关工作的最低年限要求（乡镇机关新录用公务员…5年…）:
    # asked of serving civil servants, which no graduate record tells; reviewed in these words.
    _rule("civil_servant_minimum_years", Kind.STATUS,
          r"(?P<req>除报考专门面向选调生的职位外,报考其他职位应符合在本级机关工作的最低年限要求)(?:\((?:[^()]|\([^()]*\))*\))?",
          lambda m: DetailCond(m.group("req") + "（在职公务员适用）"), whole=True),
    # 2019年及之前毕业的须具有执业医师资格 / 2020年毕业的须具有执业医师考试成绩合格证明: a certificate
    # asked of the graduates of those years only (``checks._graduated_in``); others are not concerned.
    _rule("certificate_by_graduation_year", Kind.CERTIFICATE,
          r"(?P<who>20\d\d年(?:及之前|及以前|以前|之前|及之后|及以后|以后|之后)?毕业的)(?:须|需|应|必须)(?:具有|具备|取得|持有)"
          r"(?P<name>[\u4e00-\u9fff]{2,20}?(?:资格证书|资格证|资格|合格证明|证书))",
          lambda m: CertificateCond(m.group("name"), scope=m.group("who")), whole=True),
    # 往届生须取得对应学段对应学科教师资格证书，2022年应届生须在2023年7月之前取得…，否则予以解聘: the
    # certificate is asked of earlier graduates at application (``checks``: a fresh graduate is not
    # concerned); this season's graduates obtain it after appointment, which asks nothing now.
    _rule("earlier_teacher_certificate", Kind.CERTIFICATE,
          rf"(?P<who>往届生|往届毕业生|社会人员)(?:须|需|应)(?:取得|具有|具备)(?P<name>{_STAGE_CERT}),(?:20\d\d年)?应届(?:毕业)?生{_CERT_BY_DAY}",
          lambda m: [(Kind.CERTIFICATE, CertificateCond(m.group("name"), scope=m.group("who"))), (Kind.NOTE, Note(NoteCategory.CERTIFICATE_DUE))],
          whole=True),
    # 社会人员应具有符合应聘岗位学段学科的教师资格证书 (its 应届 graduates' deadline said in another clause).
    _rule("others_teacher_certificate", Kind.CERTIFICATE,
          rf"(?P<who>往届生|往届毕业生|社会人员)(?:须|需|应)(?:取得|具有|具备)(?P<name>符合应聘岗位学段学科的教师资格证书?|{_STAGE_CERT})",
          lambda m: CertificateCond(m.group("name"), scope=m.group("who")), whole=True),
    # 具有相应的教师资格证：2021届毕业生须于试用期满之前取得符合应聘岗位学段学科的教师资格证: due after appointment.
    _rule("certificate_by_probation_end", Kind.NOTE,
          r"(?:具有相应的?教师资格证书?:)?20\d\d届(?:、20\d\d届)*(?:应届)?毕业生(?:须|需|应)(?:于|在)试用期满(?:之前|以前|前)取得[^;]{0,30}?教师资格证书?",
          _note(NoteCategory.CERTIFICATE_DUE), whole=True),
    # 须在2023年7月之前取得对应学段学科教师资格证书或…，否则予以解聘 / 教师资格证仍实施“先上岗、再考证”
    # 阶段性措施 / 但须在规定时间内取得相应教师资格证 / 其中2021届、2022届师范类本科毕业生须于2023年7月31日前
    # 取得，其他人员须于2024年7月31日前取得: a certificate due after appointment (keeping the post
    # depends on it), no condition of applying.
    _rule("teacher_certificate_after_appointment", Kind.NOTE,
          rf"{_CERT_BY_DAY}|教师资格证仍实施\"先上岗、再考证\"阶段性措施|但?(?:须|需)在规定时间内取得相应(?:的)?教师资格证书?"
          r"|其中20\d\d届(?:、20\d\d届)*[\u4e00-\u9fff]{0,12}?毕业生(?:须|需)于20\d\d年\d{1,2}月\d{1,2}日前取得,其他人员(?:须|需)于20\d\d年\d{1,2}月\d{1,2}日前取得",
          _note(NoteCategory.CERTIFICATE_DUE), whole=True),
    # 无执业资格的需在两年内考取（，否则予以辞退）: who lacks the licence may apply and obtain it after
    # appointment (the consequence is kept with it: ``clause_reader.read_clause``).
    _rule("licence_within_years", Kind.NOTE,
          rf"(?:无|未取得|尚未取得|没有)(?:相应|相关)?[\u4e00-\u9fff]{{0,8}}?资格(?:证书?)?的?(?:人员|者)?,?(?:需|须|应)(?:在|于)?"
          rf"(?:入职|聘用|录用|上岗)?后?{NUMBER}年内(?:考取|取得)(?:[\u4e00-\u9fff]{{0,12}}?(?:资格证书?|资格|证书?))?",
          _note(NoteCategory.CERTIFICATE_DUE), whole=True),
    # 须具有报考岗位一致的教师资格证及普通话证: two certificates.
    _rule("teacher_and_mandarin_certificates", Kind.CERTIFICATE,
          r"(?:须|需|应)?具有与?(?P<cert>报考岗位(?:相)?一致的教师资格证书?)(?:及|和)(?P<mandarin>普通话(?:等级)?证书?)",
          # named as the tables' other items name it (与报考岗位一致的…), so a post stating both says it once
          lambda m: [(Kind.CERTIFICATE, CertificateCond("与" + m.group("cert"))), (Kind.CERTIFICATE, CertificateCond(m.group("mandarin")))],
          whole=True),
    # 受疫情影响，暂未取得教师资格证书的人员可持在有效期内的中小学教师资格考试合格证明或笔试合格成绩报名: the
    # certificate asked elsewhere may be stood in for at application; it asks nothing more.
    _rule("teacher_certificate_stand_in", Kind.NOTE,
          r"(?:受(?:新冠肺炎)?疫情影响,)?暂未取得教师资格证书?的(?:人员|考生)可(?:持|凭)(?:在)?有效期内的中小学教师资格考试合格证明(?:或笔试合格成绩)?报名",
          _note(NoteCategory.NOTICE), whole=True),
    # 博士后出站人员 (an item of a post's requirements): whether one completed a postdoc no record holds.
    _rule("postdoc_completed", Kind.STATUS, r"(?:须为|限)?博士后出站人员", lambda m: DetailCond("博士后出站人员"), whole=True),
    # 离退休缴纳社保需满15年: whether the years left before retirement reach the contributions
    # asked depends on the retirement age and past contributions, which no record holds.
    # 取得相应学位（2021届毕业生须于2021年8月1日前取得毕业证、学位证）: the degree of one's level is asked (a
    # 应届 graduate has until the day named to show it), not only a note (``patterns`` diploma_deadline leaves it).
    _rule("degree_with_due_day", Kind.DEGREE,
          r"(?:须|需|应)?(?:取得|具有|获得)相(?:对)?应(?:的)?学位\((?:20\d\d届|20\d\d年|应届)[一-鿿]{0,8}?(?:须|需|应)?(?:于|在)?"
          r"20\d\d年\d{1,2}月(?:\d{1,2}日)?(?:前|之前|以前)取得(?:毕业证|学历证)(?:书)?(?:、|和|及)学位证(?:书)?\)",
          lambda m: [(Kind.DEGREE, DegreeCond(matching_level=True)), (Kind.NOTE, Note(NoteCategory.NOTICE))], whole=True),
    _rule("pension_years", Kind.STATUS, r"(?:至)?(?:离退休|退休)(?:前)?(?:缴纳|缴费)?社保(?:缴费年限)?(?:需|须|应)?满\d{1,2}年",
          lambda m: DetailCond(m.group(0)), whole=True),
)
