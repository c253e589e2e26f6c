"""More explicit whole-clause readings (``extra.RULES`` continued): who a post is for
(就业见习 groups: 离校2年内未就业高校毕业生, 16-24岁失业青年), languages said as abilities
(具有维吾尔语听说能力, 能用国家通用语言交流), and forms of recurring gkld cells that the clause
rules left to review (博士生不受择业期限制, 第一阶段面向应届生…). Like ``extra``, each rule reads one whole clause and is tried only after
the clause rules fail; tested in ``tests/test_rules_unread_groups.py``.
"""

from __future__ import annotations

from features.education import EducationLevel, parse_education_requirement
from features.policies import parse_graduation_window
from matching.rules.conditions import (
    EducationCond,
    GraduationCond,
    Kind,
    LanguageCond,
    NatureCond,
    NoteCategory,
    ServiceYearsCond,
    TargetCond,
    TargetGroup,
)
from matching.rules.age import stated_age_day
from matching.rules.patterns import _HARD, MINORITY_LANGUAGES, _note, _rule
from matching.rules.text import NUMBER, number


def _graduation_window(m):
    """The policies' reading of 离校N年内（未就业）, worded for a post. ``[]`` (no reading) if
    that parser refuses the words, so the clause stays in review."""
    try:
        window = parse_graduation_window(m.group("w"))
    except ValueError:
        return []
    return [(Kind.GRADUATION, GraduationCond(window, subject="岗位"))] if window is not None else []


def _youth(m):
    youngest, oldest = int(m.group("lo")), int(m.group("hi"))
    if not 14 <= youngest <= oldest <= 35:
        return []
    as_of = as_of_note = None
    if m.group("day") is not None:
        # The day the ages count on, read as an age limit's (「以报名截止日期计算」 is not a
        # date: the clause stays in review, as it does beside an age limit).
        stated = stated_age_day(m.group("day"))
        if stated is None:
            return []
        as_of, as_of_note = stated
    return [(Kind.TARGET_GROUP, TargetCond(TargetGroup.UNEMPLOYED_YOUTH, ages=(youngest, oldest),
                                           as_of=as_of, as_of_note=as_of_note))]


RULES = (
    # 离校2年内未就业高校毕业生 (就业见习): the graduation window policies state, and the same parser.
    _rule("jobless_window", Kind.GRADUATION,
          rf"(?:限|面向)?(?P<w>(?:毕业年度内或)?(?:离校|毕业)后?{NUMBER}\s*(?:年|周年)(?:以内|内)(?:未就业|未落实工作|尚未就业)?的?(?:高校毕业生|毕业生))",
          _graduation_window, whole=True),
    # 16-24岁失业青年 (就业见习): an age range the record decides, and unemployment it does not.
    _rule("unemployed_youth", Kind.TARGET_GROUP, r"(?:限|面向)?(?P<lo>\d{2})\s*(?:-|~|至|到)\s*(?P<hi>\d{2})\s*周?岁的?(?:城镇)?失业青年(?:\((?P<day>[^()]*)\))?",
          _youth, whole=True),
    # 具有维吾尔语听说能力: a language, as 熟练掌握维吾尔语 is (the clause rule wants 听说读写).
    _rule("language_ability", Kind.LANGUAGE,
          rf"(?:具有|具备|有)?(?:较强的|良好的|一定的)?(?P<lang>{MINORITY_LANGUAGES})语(?:听说读写|听说|读写|口语|交流)(?:能力)?",
          lambda m: LanguageCond((m.group("lang") + "语",)), whole=True),
    _rule("common_language", Kind.LANGUAGE,
          r"(?:能|能够|会)?(?:熟练)?(?:用|使用|掌握)?国家通用语言(?:文字)?(?:进行)?(?:交流|沟通|听说读写)?(?:能力)?",
          lambda m: LanguageCond(("国家通用语言",)), whole=True),
    # 研究生学历应聘考生要求本科阶段为全日制普通高校本科学历: asked of postgraduates only.
    _rule("postgraduate_bachelor_nature", Kind.EDUCATION_NATURE,
          r"研究生学历(?:应聘|报考)(?:考生|人员)?(?:要求|须|需)?本科(?:阶段)?(?:须|需|应)?为全日制普通(?:高校|高等学校|高等院校)本科(?:学历)?",
          lambda m: NatureCond(full_time=True, regular=True, scope="研究生学历考生本科阶段",
                               scope_levels=(EducationLevel.MASTER, EducationLevel.DOCTOR)), whole=True),
    # An allowance: these part-time postgraduates count as 应届 too; it restricts nobody.
    _rule("part_time_postgraduate_as_fresh", Kind.NOTE,
          r"20\d\d年毕业并取得学历\(学位\)证书的非全日制研究生\([^()]*\),可按应届毕业生身份报考", _note(NoteCategory.NOTICE), whole=True),
    _rule("regular_class_level", Kind.EDUCATION_NATURE, r"(?:具有)?全日制普通类高等院校(?P<lv>本科|专科)(?:及以上)?学历",
          lambda m: [(Kind.EDUCATION_NATURE, NatureCond(full_time=True, regular=True)),
                     (Kind.EDUCATION, EducationCond(parse_education_requirement(m.group("lv") + "及以上")))], whole=True),
    _rule("service_at_least", Kind.SERVICE_YEARS, rf"(?:服务年限最低|最低服务年限)为(?P<n>{NUMBER})年(?:\(含试用期\))?",
          lambda m: ServiceYearsCond(number(m.group("n"))), whole=True),
    # 博士生不受择业期限制 (gkld, beside 2021年和2022年择业期内毕业生): joins the job's 应届 conditions
    # (``engine._with_seeking_exemptions``), so a 博士 of an earlier year is not refused by them.
    _rule("doctor_any_year", Kind.NOTE, r"博士(?:研究生|生|毕业生)?(?:应聘|报考)?(?:可)?不受(?:择业期|毕业年(?:份|度)|应届)(?:的)?(?:限制)?",
          _note(NoteCategory.SEEKING_EXEMPTION), whole=True),
    # 第一阶段面向应届生，第二阶段不限应往届: the second stage is open to every graduate, so the post
    # refuses no one on the year they graduated; when they may apply is for the announcement to say.
    _rule("two_stages", Kind.NOTE, r"第一阶段(?:面向|限|仅限)应届(?:毕业)?生?,第二阶段(?:不限应往届|面向应往届|应往届均可)(?:毕业生|生)?(?:报考)?",
          _note(NoteCategory.NOTICE), whole=True),
    _rule("party_character", Kind.NOTE, r"党性修养好|热爱党务工作", _note(NoteCategory.SOFT), whole=True),
    # 有基层网点轮岗意愿: a willingness asks nothing anyone could check; words of a requirement
    # (具有本科学历有基层工作意愿) or a second 有 keep the clause in review.
    _rule("willingness", Kind.NOTE, rf"(?:有|具有|具备)(?:(?!{_HARD}|有|且)[\u4e00-\u9fff]){{2,12}}?意愿",
          _note(NoteCategory.SOFT), whole=True),
)
