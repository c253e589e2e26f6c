"""Guidance topics (就业指导与培训专题): which topic a checked condition belongs to, and how a
graduate's gap on it is worded.

A topic groups the conditions of a job that stand between a graduate and it, as an officer plans
guidance and training: certificates by kind (教师资格证, 执业/职业资格 …; the graduate record holds
none, so the rules leave them 待核实), work experience, 学历/学位, 专业 (须核实; a list that leaves
the graduate out is 专业（未列入）, a fact for them and no cohort need), 政治面貌, and conditions on
fixed traits (年龄, 户籍, 性别 …). For 政治面貌 and the fixed traits only the fact is stated: a
graduate may join the League or the Party, but not within a season's applications and not on
an employment officer's advice, so 政治面貌 is its own topic, stated as a fact, and no fixed
trait (``fixed``: False) nor training advice (``suggestion``: None). Conditions the rules leave unread
are grouped by their words when short and plain (「具有维吾尔语听说能力」 is 语言能力). ``SENSITIVE`` holds the conditions
on ethnicity, disability and hardship: they are shown to the graduate and to officers (audited)
and never reach a cohort view or an organiser (``matching.guidance``).

Classification reads what the rules engine returns for each condition (``ConditionResult``: its
kind, the source text it came from and its reason), so it follows the engine wherever the
engine's reading of a table improves.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from matching.verdict import ConditionResult, Status


class Topic(enum.StrEnum):
    TEACHER_CERTIFICATE = "teacher_certificate"
    PROFESSIONAL_QUALIFICATION = "professional_qualification"
    DRIVING_LICENCE = "driving_licence"
    FOREIGN_LANGUAGE_TEST = "foreign_language_test"
    COMPUTER_TEST = "computer_test"
    MANDARIN = "mandarin"
    OTHER_CERTIFICATE = "other_certificate"
    LANGUAGE = "language"
    WORK_EXPERIENCE = "work_experience"
    EDUCATION = "education"
    EDUCATION_NATURE = "education_nature"
    MAJOR = "major"
    MAJOR_OUTSIDE = "major_outside"
    POLITICAL = "political"
    AGE = "age"
    HUKOU = "hukou"
    GENDER = "gender"
    TARGET_GROUP = "target_group"
    SCHOOL = "school"
    OTHER = "other"
    UNREAD = "unread"
    SENSITIVE = "sensitive"

    @property
    def label(self) -> str:
        return TOPICS[self].label

    @property
    def fixed(self) -> bool:
        """A trait the graduate does not choose (年龄, 性别, 户籍 …; or a major list that leaves
        the graduate out), shown as 「不可改变的条件」: the gap is stated as a fact, with no
        suggestion. 政治面貌 is stated as a fact too, but is no fixed trait."""
        return TOPICS[self].fixed

    @property
    def fact_only(self) -> bool:
        """The gap is stated as a fact, with no suggestion: the fixed traits and 政治面貌."""
        return TOPICS[self].suggestion is None


class Reader(enum.Enum):
    """Who reads a graduate's guidance: the graduate themself (「您…」), or an officer reading
    about them (「该毕业生…」) with advice to act on or pass on (请核实…), not to themself
    (请告知就业服务专员)."""

    GRADUATE = "graduate"
    STAFF = "staff"


@dataclass(frozen=True, slots=True)
class TopicText:
    """``label`` as shown; ``asks``: what the jobs do, after 「有 N 个岗位」; ``suggestion``: what
    the graduate may do (``None``: fact only); ``cohort``: what the jobs do, for a cohort
    (「…的前 20 个匹配岗位（含不符合条件的岗位）中有岗位」 + this, a whole predicate: 「要求教师资格证」; its subject is the
    posts, so no 其 and no second 有: 「的年龄要求与毕业生本人不符或须核实」); ``fixed``: a trait the
    graduate does not choose.
    ``staff_asks`` and ``staff_suggestion``: the same for an officer reading about the graduate
    (``Reader.STAFF``); ``staff_asks`` is ``None`` when ``asks`` names no person. Both wordings are
    written here rather than derived by replacing 您: the advice differs (请核实 instead of 请告知
    就业服务专员), and a sentence built from them also holds a job's title and employer, which a
    replacement would reword too."""

    label: str
    asks: str
    suggestion: str | None
    cohort: str
    fixed: bool = False
    staff_asks: str | None = None
    staff_suggestion: str | None = None

    def asks_for(self, reader: Reader) -> str:
        return (self.staff_asks or self.asks) if reader is Reader.STAFF else self.asks

    def suggestion_for(self, reader: Reader) -> str | None:
        return self.staff_suggestion if reader is Reader.STAFF else self.suggestion


_HELD = "如已取得，请告知就业服务专员或更新登记信息；如尚未取得，可了解报考条件和时间"
_STAFF_HELD = "请核实该毕业生是否已取得：如已取得，可更新其登记信息；如尚未取得，可告知其报考条件和时间"


def _certificate(label: str, asks: str, exam: str = "") -> TopicText:
    # The cohort sentence names the certificate too: 「…中有岗位要求教师资格证」, not 「…有岗位要求」.
    return TopicText(label, asks, f"{_HELD}{exam}。", asks, staff_suggestion=f"{_STAFF_HELD}{exam}。")


TOPICS: dict[Topic, TopicText] = {
    Topic.TEACHER_CERTIFICATE: _certificate("教师资格证", "要求教师资格证", "（教师资格考试）"),
    Topic.PROFESSIONAL_QUALIFICATION: _certificate("执业/职业资格", "要求执业或职业资格证书"),
    Topic.DRIVING_LICENCE: _certificate("驾驶证", "要求驾驶证"),
    Topic.FOREIGN_LANGUAGE_TEST: _certificate("外语等级", "要求外语等级证书"),
    Topic.COMPUTER_TEST: _certificate("计算机等级", "要求计算机等级证书"),
    Topic.MANDARIN: _certificate("普通话等级", "要求普通话等级证书"),
    Topic.OTHER_CERTIFICATE: _certificate("其他证书", "要求其他证书"),
    Topic.LANGUAGE: TopicText("语言能力", "要求掌握某种语言", "如具备，请告知就业服务专员核实。", "要求掌握某种语言",
                                staff_suggestion="请核实该毕业生是否具备。"),
    Topic.WORK_EXPERIENCE: TopicText("工作经历", "要求工作经历",
                                     "如有实习或工作经历，请告知就业服务专员核实；也可关注就业见习岗位积累经历。",
                                     "要求工作经历",
                                     staff_suggestion="请核实该毕业生的实习或工作经历；也可向其推荐就业见习岗位积累经历。"),
    Topic.EDUCATION: TopicText("学历/学位", "的学历或学位要求高于您的登记信息或须核实",
                               "如有继续深造（专升本、考研等）的打算，可作参考。",
                               "要求更高学历或学位（或须核实）",
                               staff_asks="的学历或学位要求高于其登记信息或须核实",
                               staff_suggestion="如该毕业生有继续深造（专升本、考研等）的打算，可作参考。"),
    Topic.EDUCATION_NATURE: TopicText("学历性质", "要求全日制、统招等学历性质",
                                      "如您的学历符合，请告知就业服务专员核实。", "要求全日制、统招等学历性质",
                                      staff_suggestion="请核实该毕业生的学历性质是否符合。"),
    # Only what is open (相关专业, a class of majors, a missing major) is a need: a post whose
    # list leaves the graduate out is no training need (nearly every graduate's best 20 hold one,
    # which would drown every other topic); it is stated to the graduate as MAJOR_OUTSIDE.
    Topic.MAJOR: TopicText("专业（须核实）", "的专业要求须核实您的专业是否符合",
                           "可向招聘单位或就业服务专员确认您的专业是否属于岗位所列专业（如“相关专业”）。",
                           "的专业要求须核实毕业生的专业是否符合",
                           staff_asks="的专业要求须核实其专业是否符合",
                           staff_suggestion="可向招聘单位确认该毕业生的专业是否属于岗位所列专业（如“相关专业”）。"),
    Topic.MAJOR_OUTSIDE: TopicText("专业（未列入）", "的专业要求未列您的专业", None, "的专业要求未列毕业生的专业", fixed=True,
                                   staff_asks="的专业要求未列其专业"),
    # A standing the graduate may change (入团, 入党), though not within a season and not on
    # advice: the fact only, and no fixed trait.
    Topic.POLITICAL: TopicText("政治面貌", "对政治面貌有要求", None, "的政治面貌要求与毕业生本人不符或须核实"),
    Topic.AGE: TopicText("年龄", "对年龄有要求", None, "的年龄要求与毕业生本人不符或须核实", fixed=True),
    Topic.HUKOU: TopicText("户籍/地区", "对户籍或生源地有要求", None, "的户籍或生源地要求与毕业生本人不符或须核实", fixed=True),
    Topic.GENDER: TopicText("性别", "对性别有要求", None, "的性别要求与毕业生本人不符或须核实", fixed=True),
    Topic.TARGET_GROUP: TopicText("报考身份", "面向特定报考身份", None, "面向特定报考身份", fixed=True),
    Topic.SCHOOL: TopicText("毕业院校", "对毕业院校有要求", None, "对毕业院校有要求", fixed=True),
    Topic.OTHER: TopicText("其他条件", "有专业细节、身体条件、在校表现等其他要求",
                           "请在报名前向招聘单位或就业服务专员问清。", "提出专业细节、身体条件、在校表现等要求",
                           staff_suggestion="请核实，或提醒该毕业生在报名前向招聘单位问清。"),
    Topic.UNREAD: TopicText("系统未能识别的条件", "有系统未能识别的条件",
                            "请在报名前向就业服务专员或招聘单位问清这些条件。", "含系统未能识别的条件",
                            staff_suggestion="请在该毕业生报名前向招聘单位问清这些条件。"),
    Topic.SENSITIVE: TopicText("民族、残疾人专设等", "对民族或残疾人身份有要求", None, "对民族或残疾人身份有要求", fixed=True),
}

#: Rule kinds → topic; certificates, languages and target groups are read further below.
_BY_KIND = {
    "work_experience": Topic.WORK_EXPERIENCE,
    "education": Topic.EDUCATION,
    "degree": Topic.EDUCATION,
    "education_nature": Topic.EDUCATION_NATURE,
    "major": Topic.MAJOR,
    "major_detail": Topic.OTHER,  # 本硕专业一致, 不能以辅修专业报考 …: details to ask about, not the major list
    "age": Topic.AGE,
    "hukou": Topic.HUKOU,
    "political": Topic.POLITICAL,
    "gender": Topic.GENDER,
    "target_group": Topic.TARGET_GROUP,
    "graduation": Topic.TARGET_GROUP,  # a post's 离校2年内未就业高校毕业生 (the policies' window)
    "school": Topic.SCHOOL,
    "physical": Topic.OTHER,
    "record": Topic.OTHER,
    "status": Topic.OTHER,
    "needs_review": Topic.UNREAD,
    "ethnicity": Topic.SENSITIVE,
    "hardship": Topic.SENSITIVE,
}

#: Topics stated to the graduate that are no need of a cohort: 专业（未列入） (no session can
#: change the major a post lists) and the sensitive topic (never counted over graduates).
PERSONAL_ONLY = frozenset({Topic.MAJOR_OUTSIDE, Topic.SENSITIVE})

#: Certificate wordings, tried in order (教师资格证 before the generic 资格证).
_CERTIFICATES = (
    (Topic.TEACHER_CERTIFICATE, re.compile(r"教师资格|教资")),
    (Topic.DRIVING_LICENCE, re.compile(r"驾驶|驾照|[ABC][12]\s*(?:照|证|及以上)")),
    (Topic.MANDARIN, re.compile(r"普通话")),
    (Topic.COMPUTER_TEST, re.compile(r"计算机[^，。；]{0,6}(?:等级|[一二三四1-4]级)|NCRE", re.I)),
    (Topic.FOREIGN_LANGUAGE_TEST, re.compile(r"英语|外语|CET|大学[四六]级|专业[四八]级|专[四八]|雅思|托福|IELTS|TOEFL|"
                                             r"日语|俄语|法语|德语|韩语", re.I)),
    (Topic.PROFESSIONAL_QUALIFICATION, re.compile(r"医师|护士|药师|技师|执业|职业资格|资格证|律师|法律职业|会计|注册|职称|"
                                                  r"工程师|从业资格|讲师|技术职务|资格")),
)
_FOREIGN_LANGUAGES = re.compile(r"英语|外语|日语|俄语|法语|德语|韩语|CET|四级|六级", re.I)
#: Conditions the rules leave unread (kind ``needs_review``) that still say plainly what they ask
#: for, tried in order on short texts only: a long one mixes several requirements, and a text
#: stating a preference (优先) asks for nothing.
_UNREAD_WORDS = (
    (Topic.TEACHER_CERTIFICATE, re.compile(r"教师资格(?:证|考试)")),
    (Topic.DRIVING_LICENCE, re.compile(r"驾驶证|驾照|[ABC][12]\s*(?:照|证|及以上)")),
    (Topic.MANDARIN, re.compile(r"普通话[^，。；]{0,4}(?:等级|[一二三]级|证)")),
    (Topic.COMPUTER_TEST, re.compile(r"计算机[^，。；]{0,6}(?:等级|[一二三四1-4]级)|NCRE", re.I)),
    (Topic.FOREIGN_LANGUAGE_TEST, re.compile(r"(?:英语|外语|日语|俄语)[^，。；]{0,8}(?:[四六八468]级|等级)|CET|TEM-?[48]|"
                                             r"雅思|托福|IELTS|TOEFL", re.I)),
    (Topic.LANGUAGE, re.compile(r"(?:维吾尔|哈萨克|蒙古|柯尔克孜|锡伯|塔吉克|藏|汉|俄|英|外|双)语[^，。；]{0,6}"
                                r"(?:听说|读写|说写|能力|交流|沟通|熟练|流利|水平|良好)|"
                                r"(?:熟练|精通|掌握|能用|会说|通晓)[^，。；]{0,4}"
                                r"(?:维吾尔|哈萨克|蒙古|柯尔克孜|锡伯|塔吉克|藏|汉|俄|英|日|韩|法|德|阿拉伯|外|双)语(?!言文学)")),
)
#: Longest unread text ``_UNREAD_WORDS`` are tried on.
_UNREAD_SHORT = 30
#: Target-group conditions that read ethnicity or disability (少数民族、残疾人专设岗位): their
#: reasons say so (checks.py words them through the ethnicity check or 「残疾人专设岗位」).
_SENSITIVE_TARGET = re.compile(r"民族|残疾")


def asked_text(result: ConditionResult) -> str:
    """The requirement as the table wrote it: the source text without its column."""
    if result.source:
        return result.source.split("：", 1)[-1].strip() or result.source
    return result.reason


def topic_of(result: ConditionResult) -> Topic | None:
    """The guidance topic of one checked condition; ``None`` for kinds no graduate can lack
    (服务年限, a commitment made on appointment)."""
    if result.discloses:
        return Topic.SENSITIVE
    if result.kind == "target_group" and (_SENSITIVE_TARGET.search(result.reason)
                                          or _SENSITIVE_TARGET.search(result.source or "")):
        return Topic.SENSITIVE
    if result.kind == "certificate":
        text = asked_text(result)
        return next((topic for topic, words in _CERTIFICATES if words.search(text)), Topic.OTHER_CERTIFICATE)
    if result.kind == "language":
        return Topic.FOREIGN_LANGUAGE_TEST if _FOREIGN_LANGUAGES.search(asked_text(result)) else Topic.LANGUAGE
    if result.kind == "major" and result.status is Status.NOT_ELIGIBLE:
        return Topic.MAJOR_OUTSIDE
    if result.kind == "needs_review":
        text = asked_text(result)
        if len(text) <= _UNREAD_SHORT and "优先" not in text:
            return next((topic for topic, words in _UNREAD_WORDS if words.search(text)), Topic.UNREAD)
    return _BY_KIND.get(result.kind)


#: Record fields whose absence leaves a condition of a kind to review: (attribute, label).
RECORD_FIELDS = {
    "education": ("education", "学历"),
    "degree": ("degree", "学位"),
    "age": ("birth_date", "出生日期"),
    "hukou": ("hukou", "户籍"),
    "political": ("political_status", "政治面貌"),
    "gender": ("gender", "性别"),
    "major": ("major", "专业"),
}
#: The registered places a 户籍/生源 condition may read: a 户籍 post the 户籍, a 「北京生源」 post the
#: 生源地 alone, a 「户籍或生源」 post both. The result does not carry its condition, but its reason
#: names, after 「您的」, each place it read (「您的户籍为…；生源地未填写」「您的生源地未填写」).
_REGISTERED_PLACES = (("hukou", "户籍"), ("origin_place", "生源地"))


def missing_fields(result: ConditionResult, graduate) -> set[str]:
    """The labels of the record fields whose absence left ``result`` to review or refused."""
    if result.kind not in RECORD_FIELDS:
        return set()
    if result.kind == "hukou":
        said = result.reason.partition("您的")[2]
        read = [(attr, label) for attr, label in _REGISTERED_PLACES if label in said]
        if read:
            return {label for attr, label in read if getattr(graduate, attr) in (None, "")}
    attr, label = RECORD_FIELDS[result.kind]
    return {label} if getattr(graduate, attr) in (None, "") else set()
