"""Names tables use for a group of majors that the catalog a graduate is read against does not
hold as such: 「财务会计类」 (a class of the 高职专科 catalog, used by provinces' 专业参考目录 for
every level), 「气象类」 read for a 专科 graduate (the 高职 class; for 本科 and 研究生 graduates it is
read as the 专业学位 类别 气象, ``features.major_lookup``), 「教师教育」 (no discipline of the 学科目录:
a 二级学科 some universities set up themselves under 教育学), 「学科教学」 (the 教育硕士 fields 学科教学（语文/
数学/英语…）, 045102–045113, said without the subject), and class names other provinces' tables and
teachers' posts use: 「信息技术类」 (计算机类 and the plain 电子信息 majors), 「生物类」「物理类」「地理类」
「中文类」「历史类」「体育类」「心理类」「政治类」 (生物科学类 / 生物学, 物理学类 / 物理学, 政治学类 / 政治学, …), and
「社会政治类」 (政治学类, 社会学类, 马克思主义理论类) with the other names of the same 江苏-style 专业参考目录 that
gkld lists: 「法律类」 (法学类 / 法学, 法律), 「经济类」 (经济学门类), 「中文文秘类」 (中国语言文学类, 秘书学, 文秘),
「商务贸易类」 (经济与贸易类, 电子商务类 / 国际商务), and more names of such directories: 「财务财会类」「会计与审计类」
「金融财会类」「财政金融类」 (会计, 审计, 财务管理, 金融学类, 财政学类), 「数学统计学类」 (数学类, 统计学类), 「医学大类」
(the 医学 门类), 「建筑工程类」 (土木类 / 土木工程), 「安全生产类」 (安全科学与工程类), the teachers' 「思想政治类」
(马克思主义理论类), 「生物学类」 (生物科学类 / 生物学), 「英语类」 (the English majors by name), 「土建类」 (土木类, 建筑类),
「计算机大类」 (计算机类) and 「信息与通讯工程类」 (电子信息类 / 信息与通信工程).

Each names the majors surely inside it (the catalog's members of the class, listed by the civil-service
major reference table's 专科 sheet and the 2015/2021 高职 catalogs; hand-made, not official) and
the classes or disciplines whose other majors may be inside (reviewed, not refused): a post's own
directory decides, so only a major outside all of them is refused.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from features.catalog import normalise_major_name
from features.major_lookup import StudyLevel


@dataclass(frozen=True, slots=True)
class NamedField:
    """A group of majors known by a name no catalog of the graduate's level holds.

    ``what`` says what the name is, in reasons; ``members`` are majors surely inside (normalised
    names); ``kin`` 4-digit 本科 class or 研究生 discipline codes whose other majors may be inside;
    ``levels`` the graduates' levels it is read for; ``undergrad_classes`` / ``graduate_disciplines``
    4-digit codes whose every major / field is inside (a 专科 major by the 本科 classes it is filed under).
    ``kin`` may also hold a 6-digit major (信息与计算科学 070102). ``related_any``: 「…相关类」「…等相关专业」 reaches
    any major (气象类, as the 本科 reading of 「气象相关类」 does); otherwise 相关 reaches the kin, the classes inside
    and the classes of the members only (``matching.rules.related_fields``).
    """

    name: str
    what: str
    members: frozenset[str]
    kin: frozenset[str]
    levels: frozenset[StudyLevel]
    undergrad_classes: frozenset[str] = frozenset()
    graduate_disciplines: frozenset[str] = frozenset()
    related_any: bool = False

    def inside(self, level: StudyLevel | None, undergrad: str | None, graduate: str | None, classes: frozenset[str]) -> bool:
        """Whether a graduate of ``level`` with these codes (``classes``: the 本科 classes their major's
        name is filed under) is inside by class or discipline."""
        if level is StudyLevel.GRADUATE:
            return bool(graduate) and graduate[:4] in self.graduate_disciplines
        if level is StudyLevel.UNDERGRADUATE:
            return bool(undergrad) and undergrad[:4] in self.undergrad_classes
        return level is StudyLevel.JUNIOR_COLLEGE and bool(classes & self.undergrad_classes)

    def near(self, undergrad: set[str] | frozenset[str], graduate: set[str] | frozenset[str]) -> bool:
        """Whether one of the graduate's codes (4- or 6-digit; ``undergrad`` 本科 codes and classes, ``graduate``
        研究生 ones: 0402 is 体育学类 for 本科, 心理学 for 研究生) falls in ``kin`` or in the classes inside."""
        def starts(codes, prefixes):
            return any(code.startswith(p) for code in codes for p in prefixes)
        return starts(undergrad | graduate, self.kin) or starts(undergrad, self.undergrad_classes) \
            or starts(graduate, self.graduate_disciplines)

    def holds(self, *names: str | None) -> bool:
        """Whether one of these names (the graduate's, its catalog name) is surely inside; a bracketed
        track or school note (「会计学（ACCA方向）」「会计学（中外合作办学）」) does not change the major."""
        return any(normalise_major_name(n) in self.members or normalise_major_name(_NOTE.sub("", n)) in self.members
                   for n in names if n)


_ALL_LEVELS = frozenset(StudyLevel)
_NOTE = re.compile(r"[（(][^（）()]{1,16}[）)]")
#: 会计 and 审计 majors by every level's names: 高职 财务会计类 (2015: 6303; 2021: 5303) and its older names.
_ACCOUNTING_AUDITING = frozenset({
    "会计", "审计", "会计信息管理", "大数据与会计", "大数据与审计", "会计电算化", "会计与审计", "审计实务", "财务会计",
    # 本科 and 研究生 majors of the same content
    "会计学", "审计学", "财务会计教育", "会计硕士", "审计硕士",
})
_FINANCE_ACCOUNTING = _ACCOUNTING_AUDITING | {"财务管理", "大数据与财务管理", "财务信息管理"}
# 工商管理类 / 工商管理, 财政学类 / 应用经济学, 审计 (0257, 1257), 会计 (1253), 工商管理硕士 (1251:
# a MBA's 财务 track is as open as the 会计学 of the 一级学科 工商管理)
_ACCOUNTING_KIN = frozenset({"1202", "0202", "0257", "1257", "1253", "1251"})

_FIELDS = (
    NamedField(
        "财务会计类",
        "为高职专科专业目录的类名（含会计、财务管理、审计等专业），本科、研究生专业目录无此类",
        _FINANCE_ACCOUNTING, _ACCOUNTING_KIN, _ALL_LEVELS,
    ),
    NamedField(
        "气象类",
        "为高职专科专业目录的类名（含大气科学技术、大气探测技术、应用气象技术、防雷技术等专业）",
        frozenset({"大气科学技术", "大气探测技术", "应用气象技术", "防雷技术", "气象服务技术"}),
        frozenset({"0706"}),  # 大气科学类
        frozenset({StudyLevel.JUNIOR_COLLEGE}),
        # 「气象类、气象相关类」: 气象部门 posts take 计算机, 电子信息 … as 相关, and the 本科 reading (0751) asks every
        # major past the 门类 on such a list; the 专科 reading follows it.
        related_any=True,
    ),
    NamedField(
        "教师教育",
        "不是研究生学科目录中的学科（部分高校在教育学一级学科下自设的二级学科）",
        frozenset({"教师教育", "教师教育学"}),
        frozenset({"0401", "0451"}),  # 教育学类 / 教育学, 教育 (专业学位)
        _ALL_LEVELS,
    ),
)
#: The subjects of 学科教学 (045102–045113) and how a post's text names them.
_SUBJECTS = (("思政", r"思政|思想政治|政治|道德与法治|品德"), ("语文", r"语文|中文|汉语言|中国语言文学"), ("数学", r"数学"),
             ("物理", r"(?<!地球)(?<!生物)物理"), ("化学", r"(?<!生物)化学"), ("生物", r"生物"), ("英语", r"英语"), ("历史", r"历史"),
             ("地理", r"地理"), ("音乐", r"音乐"), ("体育", r"体育"), ("美术", r"美术"))
_SUBJECT_PATTERNS = tuple((subject, re.compile(said)) for subject, said in _SUBJECTS)
TEACHING = "学科教学"
_UNDERGRAD_LEVELS = frozenset({StudyLevel.UNDERGRADUATE, StudyLevel.GRADUATE})


def _teacher_class(name: str, undergrad: str, graduate: str, undergrad_codes: set[str], graduate_codes: set[str],
                   kin: set[str], members: set[str] = frozenset()) -> NamedField:
    """``members``: the subject's teacher-education major by its older names (物理教育, 物理学教育: the 师范
    major of 物理学, still a 高职 name), filed under 教育学类 by the reference table and so refused otherwise."""
    return NamedField(name, f"为部分省份专业目录及教师岗位所用的类名，本科对应{undergrad}，研究生对应{graduate}",
                      frozenset(members), frozenset(kin), _UNDERGRAD_LEVELS, frozenset(undergrad_codes),
                      frozenset(graduate_codes))


_FIELDS += (
    NamedField(
        TEACHING, "为教育硕士专业学位的学科教学领域（语文、数学、英语等），未写学科",
        frozenset({TEACHING} | {f"{TEACHING}{s}" for s, _ in _SUBJECTS}),
        frozenset({"0451"}),  # 教育硕士 recorded without its field; 教育管理 and others asked, not refused
        frozenset({StudyLevel.GRADUATE}),
    ),
    NamedField(
        "信息技术类", "为部分省份专业目录的类名（含计算机类及电子信息工程、通信工程等专业），本科、研究生专业目录无此类",
        frozenset({"电子信息工程", "通信工程", "电子信息科学与技术", "信息工程", "电子信息", "计算机技术", "软件工程",
                   "计算机应用技术", "计算机网络技术", "软件技术", "电子信息工程技术", "通信技术", "大数据技术", "云计算技术应用"}),
        # other 电子信息类, 自动化类, 管理科学与工程类 (信息管理与信息系统) majors, 信息与计算科学; 研究生 电子科学与技术,
        # 控制科学与工程, 管理科学与工程
        frozenset({"0807", "0808", "1201", "070102", "0809", "0811"}),
        _ALL_LEVELS,
        frozenset({"0809"}),  # 计算机类
        frozenset({"0812", "0835", "0839", "0810", "0854"}),  # 计算机科学与技术, 软件工程, 网络空间安全, 信息与通信工程, 电子信息
    ),
    # Teachers' posts' short names (「本科阶段为物理类，研究生阶段为物理类、…」): the class of the subject. Kin:
    # where a subject's graduates also come from (生物工程, 天文学; for 政治, 思想政治教育 and 马克思主义理论).
    _teacher_class("生物类", "生物科学类", "生物学", {"0710"}, {"0710"}, {"0830", "0831", "0836", "0860", "0451"},
                   {"生物教育", "生物学教育"}),
    _teacher_class("物理类", "物理学类", "物理学", {"0702"}, {"0702"}, {"0704", "0708", "0804", "0451"}, {"物理教育", "物理学教育"}),
    _teacher_class("地理类", "地理科学类", "地理学", {"0705"}, {"0705"}, {"0709", "0706", "0812", "0816", "0451"},
                   {"地理教育", "地理学教育"}),
    _teacher_class("中文类", "中国语言文学类", "中国语言文学", {"0501"}, {"0501"}, {"0453", "0451"},
                   {"语文教育", "汉语言文学教育", "中文教育"}),
    _teacher_class("历史类", "历史学类", "考古学、中国史、世界史", {"0601"}, {"0601", "0602", "0603"}, {"0651", "0451"},
                   {"历史教育", "历史学教育"}),
    _teacher_class("体育类", "体育学类", "体育学、体育", {"0402"}, {"0403", "0452"}, {"0451"}),
    _teacher_class("心理类", "心理学类", "心理学、应用心理", {"0711"}, {"0402", "0454"}, {"0451"}),
    # 思想政治教育 (030503), the 政治 teacher's usual major, is 马克思主义理论类 (0305), not 政治学类: asked, not
    # refused, as 马克思主义理论 (0305) and 学科教学（思政） (教育 0451) are.
    _teacher_class("政治类", "政治学类", "政治学", {"0302"}, {"0302"}, {"0305", "0451"}),
    # 江苏-style 专业参考目录 (gkld 「中文文秘类、法律类、社会政治类…」「研究生阶段为社会政治类专业」): 政治学类, 社会学类 and
    # 马克思主义理论类 (研究生 政治学, 社会学, 马克思主义理论) inside; 民族学 and 社会工作 (0352) asked, not refused, as
    # no catalog here files them: hand-made like the rest, from the class names the term joins.
    NamedField(
        "社会政治类", "为部分省份专业参考目录的类名（含政治学类、社会学类、马克思主义理论类等专业），本科、研究生专业目录无此类",
        frozenset(), frozenset({"0304", "0352"}), _ALL_LEVELS,
        frozenset({"0302", "0303", "0305"}), frozenset({"0302", "0303", "0305"}),
    ),
    # The same 专业参考目录's other names gkld lists beside it (「中文文秘类、法律类、社会政治类、公共管理类、教育类、
    # 经济类、商务贸易类」, 2026-12-07 review), read by their plain meaning, hand-made: the classes a name says are
    # inside; classes whose majors it may or may not take are asked (kin), never refused or admitted.
    NamedField(
        # 「法律类」 was read as the 专业学位 法律 (0351) alone, which left a 本科 法学 graduate 待核实.
        "法律类", "为部分省份专业参考目录的类名（含法学类专业，研究生法学、法律），本科、研究生专业目录无此类",
        frozenset({"法学", "法律", "法律事务", "法律文秘", "司法助理", "法律实务"}),
        frozenset({"0306"}),  # 公安学类 / 公安学 (治安学, 侦查学): may be inside, asked
        _ALL_LEVELS, frozenset({"0301"}), frozenset({"0301", "0351"}),
    ),
    NamedField(
        "经济类", "为部分省份专业参考目录的类名（含经济学门类各专业），本科、研究生专业目录无此类",
        frozenset(),
        # 工商管理类 / 工商管理 (MBA), 农业经济管理类: may be inside, asked. 统计学 (理学) is not: gkld's
        # 「经济类（02）」 says the 门类 itself.
        frozenset({"1202", "1203", "1251"}),
        _ALL_LEVELS, frozenset({"0201", "0202", "0203", "0204"}),
        frozenset({"0201", "0202", "0251", "0252", "0253", "0254", "0255", "0256", "0257"}),
    ),
    NamedField(
        "中文文秘类", "为部分省份专业参考目录的类名（含中国语言文学类专业及秘书学、文秘），本科、研究生专业目录无此类",
        frozenset({"秘书学", "文秘", "现代文秘", "文秘学", "汉语", "中文", "汉语言文学"}),
        # 新闻传播学类 / 新闻传播学, 新闻与传播, 汉语国际教育 / 国际中文教育, 教育 (学科教学（语文）): asked
        frozenset({"0503", "0552", "0453", "0451"}),
        _ALL_LEVELS, frozenset({"0501"}), frozenset({"0501"}),
    ),
    NamedField(
        "商务贸易类", "为部分省份专业参考目录的类名（含经济与贸易类、电子商务类专业），本科、研究生专业目录无此类",
        frozenset({"国际经济与贸易", "贸易经济", "电子商务", "跨境电子商务", "国际贸易实务", "国际商务", "商务经济学"}),
        # 应用经济学 (国际贸易学 020206), 工商管理类 (市场营销), 物流管理与工程类, 商务英语: asked
        frozenset({"0202", "1202", "1206", "050262"}),
        _ALL_LEVELS, frozenset({"0204", "1208"}), frozenset({"0254"}),
    ),
    # Other provinces' directory names gkld lists (2026-12-07 review, counted as docs/rules.md says), read by their
    # plain meaning like the names above; each says what it is in its own words.
    NamedField(
        "财务财会类", "为部分省份专业参考目录的类名（含会计、财务管理、审计等专业），本科、研究生专业目录无此类",
        _FINANCE_ACCOUNTING, _ACCOUNTING_KIN, _ALL_LEVELS,
    ),
    NamedField(
        # 财务管理 may be filed with 会计 or apart (「会计与审计类、财政金融类」): asked, by 工商管理类 (1202) in the kin.
        "会计与审计类", "为部分省份专业参考目录的类名（含会计、审计等专业），本科、研究生专业目录无此类",
        _ACCOUNTING_AUDITING, _ACCOUNTING_KIN, _ALL_LEVELS,
    ),
    NamedField(
        "金融财会类", "为部分省份专业参考目录的类名（含金融学类及会计、财务管理等专业），本科、研究生专业目录无此类",
        _FINANCE_ACCOUNTING | {"金融", "金融学", "金融管理", "金融服务与管理"}, _ACCOUNTING_KIN, _ALL_LEVELS,
        frozenset({"0203"}), frozenset({"0251"}),
    ),
    NamedField(
        # 应用经济学 (0202) holds 财政学 and 金融学 beside 区域经济学, 产业经济学…: asked, by the kin.
        "财政金融类", "为部分省份专业参考目录的类名（含财政学类、金融学类专业），本科、研究生专业目录无此类",
        frozenset({"财政学", "金融学", "税收学", "财政", "金融", "财政税务", "金融管理", "金融服务与管理"}),
        frozenset({"0202", "0201"}), _ALL_LEVELS, frozenset({"0202", "0203"}), frozenset({"0251", "0253", "0255"}),
    ),
    NamedField(
        # 统计学 of 应用经济学 (020208) and 经济统计学 (020102): statistics filed under 经济学, asked.
        "数学统计学类", "为部分省份专业参考目录的类名（含数学类、统计学类专业），本科、研究生专业目录无此类",
        frozenset(), frozenset({"020208", "020102"}), _ALL_LEVELS,
        frozenset({"0701", "0712"}), frozenset({"0701", "0714", "0252"}),
    ),
    NamedField(
        # The 医学 门类 (10) whole: 本科 classes 1001–1011, 研究生 disciplines 1001–1011 and 专业学位 1051–1059.
        "医学大类", "为部分省份专业参考目录的类名（含医学门类各专业），本科、研究生专业目录无此类",
        frozenset(), frozenset(), _ALL_LEVELS,
        frozenset(f"10{n:02d}" for n in range(1, 12)),
        frozenset(f"10{n:02d}" for n in range(1, 12)) | frozenset(f"10{n}" for n in range(51, 60)),
    ),
    NamedField(
        # 建筑类 (本科 0828: 建筑学, 城乡规划; a 硕士 of 建筑学 is filed there by name too), 土木水利 (0859), 工程管理 /
        # 工程造价 (1201): may be inside, asked. Not 0813 (研究生 建筑学): for 本科 it is 化工与制药类.
        "建筑工程类", "为部分省份专业参考目录的类名（含土木类专业，研究生土木工程），本科、研究生专业目录无此类",
        frozenset({"建筑工程技术", "建筑工程"}), frozenset({"0828", "0859", "1201"}), _ALL_LEVELS,
        frozenset({"0810"}), frozenset({"0814"}),
    ),
    NamedField(
        # 资源与环境 (0857, whose fields hold 安全工程): asked.
        "安全生产类", "为部分省份专业参考目录的类名（含安全科学与工程类专业），本科、研究生专业目录无此类",
        frozenset({"安全技术与管理", "安全生产监测监控", "化工安全技术", "安全工程", "安全工程技术"}), frozenset({"0857"}),
        _ALL_LEVELS, frozenset({"0829"}), frozenset({"0837"}),
    ),
    # 「思想政治类、历史学类、地理学类…」 (teachers' posts): the school subject 思想政治, whose usual major 思想政治教育 is
    # 马克思主义理论类 (0305); 政治学类 and 学科教学（思政） asked, as on 「政治类」; so is 法学类 (0301): the subject is taught
    # as 道德与法治, and 思想政治 teacher lists often name 法学 beside 思想政治教育.
    _teacher_class("思想政治类", "马克思主义理论类", "马克思主义理论", {"0305"}, {"0305"}, {"0301", "0302", "0451"}),
    # More names gkld lists (2026-12-07 review), read by their plain meaning like the names above. 「生物学类」 (24 cells,
    # teachers' posts: 「生物学类、学科教学（生物）」) was read as the 研究生 discipline 生物学, which left a 本科 生物科学 graduate
    # 待核实: the 本科 class is 生物科学类, as on 「生物类」.
    # 待核实: the 本科 class is 生物科学类, as on 「生物类」; read for 专科 graduates too (「生物学类专业」 on posts open to them).
    NamedField(
        "生物学类", "为部分省份专业目录及教师岗位所用的类名，本科对应生物科学类，研究生对应生物学",
        frozenset({"生物教育", "生物学教育"}), frozenset({"0830", "0831", "0836", "0860", "0451"}), _ALL_LEVELS,
        frozenset({"0710"}), frozenset({"0710"}),
    ),
    NamedField(
        # 「英语类」 (46 cells) was read as the major 英语, which refused 商务英语 and 翻译. Inside: the English majors of
        # 外国语言文学类 and their 研究生 / 高职 names; 翻译 (050261, 专业学位 0551) may be of another language, and
        # 学科教学（英语） is 教育 (0451), listed apart where posts want it: asked. Other languages are refused.
        "英语类", "为部分省份专业参考目录的类名（含英语、商务英语等英语专业），本科、研究生专业目录无此类",
        frozenset({"英语", "商务英语", "英语语言文学", "英语笔译", "英语口译", "应用英语", "英语教育", "旅游英语", "商务英语翻译",
                   "外贸英语", "英语翻译"}),
        frozenset({"050261", "0551", "0451", "050211"}), _ALL_LEVELS,
    ),
    NamedField(
        # 「土建类」 (3 cells): 土木 and 建筑, the 高职 土木建筑大类's name; 工程管理 / 工程造价 (1201), 水利类, 城乡规划学
        # (0833) and 土木水利 (0859) may be inside, asked.
        "土建类", "为部分省份专业参考目录的类名（含土木类、建筑类专业，研究生土木工程、建筑学），本科、研究生专业目录无此类",
        frozenset({"建筑工程技术", "建筑工程", "建筑设计", "工程造价"}), frozenset({"1201", "1256", "0811", "0815", "0833", "0859"}),
        _ALL_LEVELS, frozenset({"0810", "0828"}), frozenset({"0813", "0814", "0851"}),
    ),
    NamedField(
        # 「计算机大类」 (2 cells): the 计算机类; 电子信息 (0807, 0854), 信息与通信工程 (0810) and 电子科学与技术 may be inside.
        "计算机大类", "为部分省份专业参考目录的类名（含计算机类专业，研究生计算机科学与技术、软件工程），本科、研究生专业目录无此类",
        frozenset({"计算机应用技术", "计算机网络技术", "软件技术", "计算机技术", "大数据技术", "云计算技术应用"}),
        frozenset({"0807", "0854", "0810", "0809"}), _ALL_LEVELS, frozenset({"0809"}), frozenset({"0812", "0835", "0839"}),
    ),
    NamedField(
        # 「信息与通讯工程类」 (3 cells, each with 计算机类 and 等相关专业 beside it): 电子信息类, whose 研究生 discipline is
        # 信息与通信工程; 计算机 (0809 本科, 0812), 电子科学与技术 and 电子信息 (0854) may be inside, asked.
        "信息与通讯工程类", "为部分省份专业参考目录的类名（含电子信息类专业，研究生信息与通信工程），本科、研究生专业目录无此类",
        frozenset({"通信技术", "电子信息工程技术", "通信工程", "电子信息工程"}), frozenset({"0809", "0812", "0854"}),
        _ALL_LEVELS, frozenset({"0807"}), frozenset({"0810"}),
    ),
)
_BY_NAME = {f.name: f for f in _FIELDS}
# 「经济、金融…」 (plain 经济, no catalog major of that name) is read as 经济类. A class written 「…类专业」 keeps its 类
# (``features.major_requirements``, by ``is_field_name``), so 「社会政治类专业」 reaches here as 社会政治类.
_BY_NAME["社会政治"] = _BY_NAME["社会政治类"]
_BY_NAME["经济"] = _BY_NAME["经济类"]
# Other words for the same names: 「中国汉语言文学及文秘类」 (gkld 5 cells), 「数学统计类专业」 (2).
_BY_NAME["中国汉语言文学及文秘类"] = _BY_NAME["中文文秘类"]
_BY_NAME["数学统计类"] = _BY_NAME["数学统计学类"]

#: 本科 classes wholly inside a 研究生 专业学位 类别 a list names with no level: 「气象类」 (read as 气象 0751)
#: is, for a 本科 graduate, 大气科学类 (大气科学, 应用气象学, 气象技术与工程, 地球系统科学).
PROFESSIONAL_CLASSES = {"0751": frozenset({"0706"})}


def teaching_subjects(text: str) -> tuple[str, ...]:
    """The 学科教学 subjects a post's text names (「初中英语教师」 → 英语), in catalog order."""
    return tuple(subject for subject, said in _SUBJECT_PATTERNS if said.search(text))


def teaching_subject(major: str | None) -> str | None:
    """The subject of a graduate's 学科教学 field (「学科教学（英语）」 → 英语), or ``None``."""
    name = normalise_major_name(major or "")
    if not name.startswith(TEACHING) or not (said := name.removeprefix(TEACHING)):
        return None
    # As the catalog names it: 「学科教学（思想政治教育）」「（政治）」 are 学科教学（思政）, 「（物理学）」 物理.
    return next(iter(teaching_subjects(said)), said)


def fields_holding(class_code: str) -> tuple[NamedField, ...]:
    """The named fields whose every 本科 major of ``class_code`` is inside (生物科学类 0710 → 生物学类, 生物类;
    财政学类 0202 → 财政金融类): directories that group the class with their other classes and kin."""
    return tuple(f for f in _FIELDS if class_code in f.undergrad_classes)


def is_field_name(name: str) -> bool:
    """Whether ``name`` (「经济类」「安全生产类」) is a named field's, at some level."""
    return normalise_major_name(name) in _BY_NAME


@functools.lru_cache(maxsize=4096)
def named_field(name: str | None, level: StudyLevel | None) -> NamedField | None:
    """The field a list entry names (「财务会计类」「财务会计类专业」 → 财务会计类) for a graduate of
    ``level``, or ``None``. Kept per (name, level): the major check asks it of each listed name for
    every graduate × post pair, and the answer depends on nothing else (the fields are constants)."""
    if not name or level is None:
        return None
    key = normalise_major_name(name)
    field = _BY_NAME.get(key) or _BY_NAME.get(key.removesuffix("专业"))
    return field if field is not None and level in field.levels else None
