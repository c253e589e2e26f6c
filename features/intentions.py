"""Structured preferences from a graduate's free-text job intention.

「希望在乌鲁木齐或昌吉从事软件开发，月薪6000以上」 → places (乌鲁木齐, 昌吉), categories
(软件开发), minimum salary 6000. Only words of the domain vocabulary
(``features.vocabulary``), the place names of ``features.data.places`` and a few fixed
phrasings (从事X, 月薪N以上, X行业, 去医院) are read: an intention that names nothing known yields empty
preferences, never a guess. What a clause rejects (「不去喀什」「喀什和田都不去」「销售除外」)
and the place of a school (「喀什大学毕业」) are left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import fields, replace

from features.industry_forms import industries_in_forms, told_as_past
from features.intention_rejections import NEGATION, clauses, refusals, rejected_spans
from features.place_keys import place_members
from features.place_tails import whole_names
from features.records import PREFERENCE_ITEMS, Preferences
from features.terse_wishes import names_a_place_tersely, terse_kinds
# The shared patterns under this module's former private names: only it reads them so (and tests import _TEXT_PLACES).
from features.wish_words import CATEGORIES as _CATEGORIES
from features.wish_words import DOING as _DOING
from features.wish_words import GENERIC as _GENERIC
from features.wish_words import INDUSTRIES as _INDUSTRIES
from features.wish_words import ITEM_SPLIT as _ITEM_SPLIT
from features.wish_words import NOT_A_KIND as _NOT_A_KIND
from features.wish_words import TEXT_ALIASES as _TEXT_ALIASES
from features.wish_words import TEXT_PLACES as _TEXT_PLACES
from features.wish_words import WORD_NAMES as _WORD_NAMES
from features.wish_words import term_pattern as _pattern
from features.wished_pay import extract_min_salary

#: The fields of ``Preferences``, in order.
PREFERENCE_FIELDS = tuple(f.name for f in fields(Preferences))

#: After a category word: 「中国企业」「德国企业」 are no 国企 (业 follows), 「在外企工作过」「在国企实习过」「有在央企
#: 工作的经历」 are experience, not a wish (nor is the 实习 of 「实习过」).
_NOT_A_WISH_AFTER = re.compile(r"(?<=国企)业|(?:工作|实习|上班|任职|干)?过|(?:工作|实习)的?经[历验]|(?<=体制内)外")
#: Before 考编/考公, a refusal the shared rejections do not read (「不考编」「不打算考公」: 不考 is no 不考虑).
_NOT_A_WISH_BEFORE = re.compile(r"(?:不|不打算|没打算|不准备|不再)$")


def _employer_wish_refused(text: str, found: re.Match[str]) -> bool:
    """「不考编」「不打算考公」 refuse the word; 「体制内外都可以」「体制内或体制外都行」 wish for neither (both
    said, nothing restricted)."""
    if found.group() in ("考编", "考公"):
        return _NOT_A_WISH_BEFORE.search(text, 0, found.start()) is not None
    if found.group() == "体制内":
        return any(a <= found.start() < b and "体制外" in text[a:b] for a, b in clauses(text))
    return False


# --- places in free text (``features.wish_words`` holds the patterns) ---------------------------


def _display(key: str) -> str:
    """How an extracted place is given back: its key, or its full name where the key is
    a common word (天山 → 天山区, 大理 → 大理白族自治州)."""
    if key not in _WORD_NAMES:
        return key
    return next(a for a, keys in _TEXT_ALIASES.items() if keys == (key,) and a != key)


# --- schools ---------------------------------------------------------------------------------

#: A school: a place, then up to 8 characters of its name, then 大学/学院 … (「伊犁师范大学」,
#: 「新疆农业职业技术学院」), not a wish to work somewhere (「到南疆基层学校任教」「喀什的大学」).
_SCHOOL_TAIL = re.compile(r"[^\W\d_的或和及与在到去当做从想、]{0,8}?(?:大学|学院|专科学校|师专|高专|职院)")
_NOT_SCHOOL_NAME = re.compile(r"基层|乡村|农村|中小|小学|中学")


def _schools(text: str) -> list[tuple[int, int]]:
    return list(_school_spans(text))


# One wish is read for places, kinds of work and industries, each skipping school names: the place
# scan, most of a wish's reading time since every county is a place, is done once per text.
@functools.lru_cache(maxsize=4096)
def _school_spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for m in _TEXT_PLACES.finditer(text):
        tail = _SCHOOL_TAIL.match(text, m.end())
        if tail and not _NOT_SCHOOL_NAME.search(tail.group()):
            out.append((m.start(), tail.end()))
    return tuple(out)


def _outside(spans: list[tuple[int, int]], start: int) -> bool:
    return not any(a <= start < b for a, b in spans)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    # Drop a word inside a longer one found too (开发 inside 软件开发).
    return tuple(i for i in out if not any(i != j and i in j for j in out))


def _find(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of ``pattern`` that no rejection covers and that do not name a school."""
    skip = rejected_spans(text) + _schools(text)
    return [m for m in pattern.finditer(text) if _outside(skip, m.start())]


def extract_places(text: str) -> tuple[str, ...]:
    """Wished places as keys (乌鲁木齐市 → 乌鲁木齐, 乌市 → 乌鲁木齐, 北上广深 → 北京 …); a place
    followed at once by one of its members is an address (昌吉州吉木萨尔县 → 吉木萨尔)."""
    whole = _whole_place_starts(text)
    found = [m for m in _find(_TEXT_PLACES, text) if m.start() in whole]
    keys: list[str] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        mine = _TEXT_ALIASES[m.group()]
        if nxt is not None and nxt.start() == m.end() and all(
                any(k in place_members(a) for a in mine) for k in _TEXT_ALIASES[nxt.group()]):
            continue
        keys.extend(mine)
    return tuple(dict.fromkeys(_display(k) for k in keys))


def _whole_place_starts(text: str) -> set[int]:
    """Where the place spellings of ``text`` start that are not the tail of a longer, unknown
    name (「想去义乌市」 holds 乌市: ``features.place_tails``)."""
    return {m.start() for m in whole_names(text, _TEXT_PLACES.finditer(text))}


@functools.lru_cache(maxsize=50_000)
def rejected_places(text: str | None) -> tuple[str, ...]:
    """Places the intention rejects (「不去喀什」, 「喀什和田都不去」 → 喀什, 和田), as keys like
    ``extract_places``' ; a school's place is neither wished nor rejected."""
    if not text:
        return ()
    rejected, schools = refusals(text), _schools(text)
    keys = [k for m in whole_names(text, _TEXT_PLACES.finditer(text))
            if not _outside(rejected, m.start()) and _outside(schools, m.start()) for k in _TEXT_ALIASES[m.group()]]
    wished = set(extract_places(text))  # 「非乌鲁木齐户籍，想去乌鲁木齐」: the wish stands
    return tuple(k for k in dict.fromkeys(_display(k) for k in keys) if k not in wished)


#: Kinds of employer a refusal names (「不想进体制内」「不考虑国企」「不考公」); ``matching.preferences.employer_types_wanted``
#: gives their types. 外企 (and 民企, 私企) are read but not returned: a job's employer type (企业) does not tell
#: a foreign firm from a private one, and refusing 外企 must not refuse every firm. 外国企业 is read whole.
_REFUSED_EMPLOYERS = _pattern(("体制内", "考编", "考公", "公务员", "国企", "央企", "国有企业", "中央企业", "事业编",
                               "事业编制", "事业单位", "机关", "政府部门", "党政机关", "行政机关", "机关事业单位"))
_NOT_REFUSABLE = _pattern(("外企", "外国企业", "外资企业", "民企", "私企", "民营企业", "私营企业"))


@functools.lru_cache(maxsize=50_000)
def rejected_employer_kinds(text: str | None) -> tuple[str, ...]:
    """Kinds of employer the intention refuses (「不想进体制内」 → 体制内, 「不考虑国企和央企」 → 国企, 央企,
    「不考编」 → 考编); 「体制内外都可以」 refuses nothing."""
    if not text:
        return ()
    spans = refusals(text)
    shadows = [m.span() for m in _NOT_REFUSABLE.finditer(text)]  # 国企 inside 外国企业
    found = [m for m in _REFUSED_EMPLOYERS.finditer(text) if _outside(shadows, m.start())
             and not _NOT_A_WISH_AFTER.match(text, m.end())
             and (not _outside(spans, m.start()) or m.group() in ("考编", "考公") and _employer_wish_refused(text, m))]
    return tuple(dict.fromkeys(m.group() for m in found))


_REJECTED_VERB = re.compile(r"^(?:想|要|愿意|让我|去)?(?:做|从事|干|当|搞|找)")


@functools.lru_cache(maxsize=50_000)
def rejected_categories(text: str | None) -> tuple[str, ...]:
    """Kinds of job the intention rejects (「不做销售」, 「客服和销售除外」 → 客服, 销售): the words a
    rejection covers, without its own words, verbs and places."""
    if not text:
        return ()
    out: list[str] = []
    for start, end in refusals(text):
        rest = NEGATION.sub("、", text[start:end])
        for item in _ITEM_SPLIT.split(rest):
            item = _REJECTED_VERB.sub("", item.strip(" ，,、"))
            # 社区工作 is a kind of work (社区工作者, 网格员), 社区 alone would refuse 社区医生 and be read as a place.
            item = re.sub(r"(相关|方面|方向|类|(?<!社区)工作|岗位|职位|行业|都|也)+$", "", item)
            item = "社区工作" if item == "社区" else item
            teacher = _STAGE_TEACHER.search(item)  # 「不当小学老师」「不想去小学当老师」 refuse 小学数学教师 posts
            if teacher and teacher.group().endswith("支教"):
                out.append("支教")  # 「不接受支教」「想当老师，不想去小学支教」 refuse the stint, not teaching
                continue
            if teacher:
                out.append(_stage_teacher(teacher))
                continue
            if not 2 <= len(item) <= 8 or re.search(r"[的在去到地都也我]", item):
                continue
            if item in _GENERIC or _NOT_A_KIND.search(item) or _TEXT_PLACES.search(item):
                continue
            out.append(item)
    return _unique(out)


#: A clause that says what the graduate studied (「审计学专业」「大数据与会计专业毕业」「专业是护理学」),
#: not what they wish to do: no verb of wishing in it.
_MAJOR_CLAUSE = re.compile(r"(?!.*(?:想|希望|愿意|从事|做|找|当|应聘|求职|意向))"
                           r"(?:(?:我是|本人)?.{1,20}?专业(?:的|毕业生?|学生|的学生|在读)?|(?:我的|本人)?专业(?:是|为).{1,20})")


#: A teacher named by school stage, and subject, in everyday words (「想当小学老师」「中学语文老师」「幼儿园老师」
#: 「幼师」), the school named before the verb too (「想去小学当老师」「在幼儿园做老师」, which read as a bare
#: 老师 met every 教师 post, a university's 专任教师 among them): read as the titles say it (小学教师,
#: 中学语文教师, 幼儿教师; ``features.vocabulary.job_kind_names`` gives the titles' forms). 「中小学老师」
#: is read whole, above. A school level (「想在高校当老师」「想去大学当老师」「想去职业院校当老师」「中职老师」) is read
#: so too (高校教师, 职业院校教师, 中职教师): a bare 老师 met every 小学, 中学 and 幼儿 post. Teaching said
#: as a verb after the school (「希望在职业技术学院任教」「想在小学任教」「想在大学教书」) is the same wish; it read
#: as no work at all. A 学校 of no stage (「愿意到南疆基层学校任教」「想去学校当老师」) is any teacher's post (老师).
#: 支教 is teaching too (「愿意去南疆学校支教」 → 老师, 「想去小学支教」 → 小学教师, a bare 「愿意支教」 → 老师; it read
#: as no work). A 卫生学校, 职业技术学校 or 技工学校 (技校) is a secondary vocational school, as the job side reads
#: it (``features.vocabulary.school_level``): 「想去卫生学校当老师」 → 中职教师 (it read as a bare 老师).
_SCHOOL_SUBJECTS = ("语文 数学 英语 物理 化学 生物 历史 地理 政治 思想政治 道德与法治 思政 音乐 体育 美术 科学 "
                    "信息技术 信息 计算机 心理健康 心理 书法 舞蹈 特殊教育 双语 汉语 国家通用语言").split()
_STAGE_TEACHER = re.compile(r"(?<!中)(?P<stage>小学|初中|中学|高中|幼儿园|幼儿|高校|大学|职业技术学院|职业学院|职业院校|职业技术学校|"
                            r"职业学校|高职院校|高职|中职学校|中职|中专|卫生学校|技工学校|技校|学校)(?:里|中)?"
                            r"(?:当|做|任|担任)?(?:一名|一个|个)?"
                            r"(?P<subject>"
                            + "|".join(sorted(_SCHOOL_SUBJECTS, key=len, reverse=True))
                            + r")?(?:老师|教师|(?<=任)教|教书|支教)|(?P<kindergarten>幼师)|(?P<volunteer>支教)")


#: Stage words said as the titles' school levels (``features.vocabulary.TEACHER_STAGES``): 「想去大学当老师」
#: is a 高校 teacher, 「职业学校」 either vocational level, 「职业技术学院」 a 高职 and 「中专」 a 中职 school.
_STAGE_WORDS = {"幼儿园": "幼儿", "大学": "高校", "职业学校": "职业院校", "中专": "中职", "职业技术学院": "高职",
                "职业学院": "高职", "高职院校": "高职", "中职学校": "中职", "职业技术学校": "中职", "卫生学校": "中职",
                "技工学校": "中职", "技校": "中职"}


def _stage_teacher(found: re.Match[str]) -> str:
    """The title's word for a teacher named by stage (「中学语文老师」 → 中学语文教师; 「幼儿园老师」「幼师」 → 幼儿教师)."""
    if found.group("kindergarten"):
        return "幼儿教师"
    if found.group("volunteer"):  # 「愿意支教」: a school of no stage
        return "老师"
    if found.group("stage") == "学校":  # a school of no stage (「到南疆基层学校任教」): any teacher's post
        return f"{found.group('subject')}教师" if found.group("subject") else "老师"
    stage = _STAGE_WORDS.get(found.group("stage"), found.group("stage"))
    return f"{stage}{found.group('subject') or ''}教师"


#: What follows a kind of job named as a qualification held (「教师资格证」「初级会计职称」「护士执业证」).
_QUALIFICATION = re.compile(r"资格|证|职称|执业")


def _major_clauses(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start, end in clauses(text) if _MAJOR_CLAUSE.fullmatch(text[start:end].strip())]


def extract_industries(text: str) -> tuple[str, ...]:
    """Industries of ``INDUSTRY_TERMS`` the intention wishes for: the words themselves (「想去银行」)
    and the general forms (「想去教育行业」 → 教育培训), in the order named; none in a rejection
    (「不想去金融行业」), a school's name or the clause that names the graduate's major
    (「大数据与会计专业，希望从事会计工作」 wishes for no 大数据 industry) nor past experience
    (「在银行工作过」「之前在银行实习」: ``industry_forms.told_as_past``)."""
    skip = rejected_spans(text) + _schools(text) + _major_clauses(text)
    found = [(m.start(), m.group()) for m in _INDUSTRIES.finditer(text)
             if not told_as_past(text, m.start(), m.end())]
    found += [(start, term) for start, term in industries_in_forms(text) if not told_as_past(text, start, start)]
    return _unique(term for start, term in sorted(found, key=lambda f: f[0]) if _outside(skip, start))


def extract_categories(text: str, *, major: str | None = None) -> tuple[str, ...]:
    """Kinds of job the intention names (its vocabulary words, and what follows 从事/做/找 …), none
    in a rejection, a school's name, the clause that names the graduate's major (「审计学专业，
    希望从事会计工作」 wishes for 会计 only) or a qualification held (「已取得教师资格证」); nor the graduate's own
    ``major`` named bare beside a place (「武汉，旅游管理」: ``terse_kinds``)."""
    skip = rejected_spans(text) + _schools(text) + _major_clauses(text)
    found = [m.group() for m in _CATEGORIES.finditer(text)
             if _outside(skip, m.start()) and not _QUALIFICATION.match(text, m.end())
             and not _NOT_A_WISH_AFTER.match(text, m.end()) and not _employer_wish_refused(text, m)]
    teachers = [m for m in _STAGE_TEACHER.finditer(text)
                if _outside(skip, m.start()) and not _QUALIFICATION.match(text, m.end())]
    found += [_stage_teacher(m) for m in teachers]
    spans = clauses(text)
    terse_places = [names_a_place_tersely(text[start:end]) and _outside(skip, start) for start, end in spans]
    for i, (start, end) in enumerate(spans):
        clause = text[start:end]
        if _outside(skip, start):
            # A verbless list of work beside a terse place in another clause (「武汉，新媒体运营」).
            found += terse_kinds(clause, place_elsewhere=any(terse_places[:i] + terse_places[i + 1:]), major=major)
        for m in _DOING.finditer(clause):
            if not _outside(skip, start + m.start()):
                continue
            if any(t.start() <= start + m.start(1) < t.end() for t in teachers):
                continue  # 「当老师」 in 「去小学当老师」: read with its school above
            if m.group("of") and not m.group("related") and not re.search(r"(方面|方向|类)$", m.group(1)):
                # 「离家近的工作」「轻松点的工作」: a wish about the job, not a kind of job
                # (「财务方面的工作」「直播带货相关的工作」 still name one).
                continue
            for item in _ITEM_SPLIT.split(m.group(1)):
                item = re.sub(r"(相关|方面|方向|类|工作|岗位|职位)+$", "", item)  # 直播带货类 → 直播带货
                item = re.sub(r"^(?:一份|一个|份|个)", "", item)
                # 「做行政也可以」「会计都行」: the work, without the saying that it would do (read 「行政也可以」).
                item = re.sub(r"(?:[也都均亦](?:可以|行|可)|可以)$", "", item)
                # A place (「意向工作地石河子」), a bare industry (光伏), a phrase with particles or
                # a word about how the job should be is not a kind of job; vocabulary words
                # inside an item were found above.
                if not 2 <= len(item) <= 12 or re.search(r"[的在去到地]", item):
                    continue
                if item in _GENERIC or _NOT_A_KIND.search(item):
                    continue
                if (_TEXT_PLACES.search(item) or _INDUSTRIES.fullmatch(item) or _CATEGORIES.search(item)
                        or _STAGE_TEACHER.search(item)):
                    continue
                found.append(item)
    return _unique(found)




def extract_preferences(text: str | None, *, major: str | None = None) -> Preferences:
    """All structured preferences stated in a free-text intention; each list keeps the first
    ``PREFERENCE_ITEMS`` it names (an intention listing every prefecture of Xinjiang named 26
    places, and the record could then not be shown or changed through the API)."""
    if not text or not str(text).strip():
        return Preferences()
    text = str(text)
    return Preferences(
        locations=extract_places(text)[:PREFERENCE_ITEMS],
        categories=extract_categories(text, major=major)[:PREFERENCE_ITEMS],
        industries=extract_industries(text)[:PREFERENCE_ITEMS],
        min_salary=extract_min_salary(text),
    )


def preferences_with_intention(intention: str | None, stated: Mapping[str, object], *,
                               major: str | None = None) -> Preferences:
    """The preferences of a record: each field ``stated`` wins, even empty (a 不限 column or
    ``[]``); the others are read from the intention text.

    ``stated`` maps ``Preferences`` field names to values (tuples for the lists)."""
    return replace(extract_preferences(intention, major=major), **stated)


def preferences_after_intention_change(current: Preferences, old_intention: str | None, new_intention: str | None,
                                       stated: Mapping[str, object], *, major: str | None = None) -> Preferences:
    """The preferences once the intention text changes. A field that still holds what the old
    text said (it was read from it, or was never set) follows the new text; a field set on its
    own stays; ``stated`` fields win. Without this, 「想去喀什」 rewritten as 「想去伊犁」 would
    keep wishing for 喀什."""
    old, new = extract_preferences(old_intention, major=major), extract_preferences(new_intention, major=major)
    following = {name: getattr(new, name) for name in PREFERENCE_FIELDS if getattr(current, name) == getattr(old, name)}
    return replace(current, **(following | dict(stated)))
