"""Kinds of work a wish names without a verb, as forms are often filled: beside a place in one clause
(「武汉 新媒体运营/短视频编导」「乌鲁木齐 会计、出纳」), or as a clause that is only a list of kinds of work, labelled
(「意向岗位：新媒体运营」「求职意向：会计、出纳」) or with another clause of the same wish that is terse and names a place
(「武汉，新媒体运营」「意向地点：武汉；意向岗位：新媒体运营」); a place named in a sentence does not make a list of the clause
beside it (「希望到学校任教，教英语相关课程，希望在喀什工作」: 教英语相关课程 is no kind of work). Read alone, such a list named no work, and the wished
work lifted no post. Parts split at spaces, 、 and /; a clause with words of a sentence is none
(「希望在和田或乌鲁木齐工作」: 和田 is no 和 between two kinds of work; sentences are ``features.intentions``')."""

from __future__ import annotations

import re

from features.catalog import normalise_major_name
from features.education import names_only_education
from features.hardship_words import HARDSHIP_WORDS
from features.intention_rejections import NEGATION
from features.values import ethnic_group
from features.wish_words import CATEGORIES, DOING, GENERIC, INDUSTRIES, NOT_A_KIND, NOT_CATEGORIES, TEXT_PLACES

_TERSE_SPLIT = re.compile(r"[\s、/]+")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,12}")
_SENTENCE_WORDS = re.compile(r"想|希望|愿意|要|在|去|到|留|回|离家|最好|工作|岗位|专业|方向|感兴趣")
#: A label saying the wished work follows (its 岗位 is no word of a sentence).
_WORK_LABEL = re.compile(r"\s*(?:意向岗位|意向职位|求职意向|求职岗位|期望岗位|期望职位)\s*[:：]\s*")
#: A label saying a place follows (「意向地点：武汉」「工作城市：武汉」).
_PLACE_LABEL = re.compile(r"\s*(?:意向|期望|求职)?(?:工作)?(?:地点|城市|地区)\s*[:：]\s*")
#: A part that says how the job should be (「武汉，待遇好」「武汉，包住宿」「有编制」) or the wisher's attitude to it
#: (「服从分配」「服从安排」「父母身边」「离家近」), not what it is: skipped beside a place, and a list with no place beside it
#: holding one is none. Narrow enough to leave work with such a word in it (薪酬专员, 环境监测, 福利专员).
_CONDITIONS = re.compile(r"待遇|薪资|薪水|工资|收入|福利好|编制|氛围|前景|发展空间|晋升|环境(?:舒适|优美|不错)"
                         r"|包住|包吃|住宿|双休|休息|五险|社保|服从|分配|调剂|安排|稳定|离家|父母|家人|身边|家乡|老家|照顾"
                         r"|[好高多少近远低优佳]$")
#: Who the wisher is or which form of employment, not a kind of work: gender (「女生」「男性」) and the employment form
#: (「全职」「兼职」「实习」「应届」「往届生」). Education levels are ``names_only_education``'s; ethnicity and hardship below.
_PERSON_OR_FORM = re.compile(r"[男女](?:生|性|士|孩|同学)?|(?:全职|兼职|实习|应届|往届|全日制|非全日制)(?:生|毕业生|岗位?)?")


def _is_condition_or_status(part: str) -> bool:
    """Whether ``part`` is a condition, an attitude or a status of the person (education, gender, employment form,
    ethnicity, hardship), never a kind of work. Ethnicity and hardship status are private (officers only): read as
    work they would surface in 「意向工作一致：少数民族」, which organisers see."""
    if _CONDITIONS.search(part) or _PERSON_OR_FORM.fullmatch(part) or names_only_education(part):
        return True
    if "民族" in part or (part.endswith("族") and ethnic_group(part) is not None):  # 少数民族, 维吾尔族 (not 保安)
        return True
    return any(pattern.search(part) for pattern, _ in HARDSHIP_WORDS)


def _is_place(part: str) -> bool:
    """A part that is places only (「武汉」「乌鲁木齐或昌吉」)."""
    return bool(TEXT_PLACES.search(part)) and not re.sub(r"[或和及与]", "", TEXT_PLACES.sub("", part))


def _unlabelled(clause: str, label: re.Pattern[str]) -> tuple[bool, str]:
    found = label.match(clause)
    return (found is not None, clause[found.end():] if found else clause)


def _is_sentence(body: str) -> bool:
    """Whether ``body`` has a verb of doing, a negation or a word of a sentence: a sentence, no terse list."""
    return bool(DOING.search(body) or NEGATION.search(body) or _SENTENCE_WORDS.search(body))


def names_a_place_tersely(clause: str) -> bool:
    """Whether ``clause`` is verbless and names a place (「武汉」「武汉 会计」「意向地点：武汉」), so that a list of work
    in another clause of the wish is read beside it."""
    _, body = _unlabelled(clause, _PLACE_LABEL)
    if _is_sentence(body):
        return False
    return any(_is_place(p) for p in _TERSE_SPLIT.split(body.strip()))


def _major_names(major: str | None) -> frozenset[str]:
    """The spellings of the graduate's major a part may take (「旅游管理（师范）」 → 旅游管理, 旅游管理专业)."""
    if not major or not (name := normalise_major_name(re.sub(r"[（(][^（）()]{1,12}[）)]", "", major))):
        return frozenset()
    bare = name.removesuffix("专业")
    return frozenset({bare, f"{bare}专业"})


def terse_kinds(clause: str, *, place_elsewhere: bool, major: str | None = None) -> list[str]:
    """The kinds of work a verbless clause names (「武汉 新媒体运营/短视频编导」 → 新媒体运营, 短视频编导): each part that
    is not a place, an industry, a word of the vocabulary (read by ``extract_categories`` itself) or a word about how
    the job should be. A clause with no place part is read so only when it is labelled (「意向岗位：…」) or
    ``place_elsewhere`` (another clause of the wish is a terse one naming a place: ``names_a_place_tersely``), and only when every part is a word of
    2–12 Chinese characters and none a condition (「双休」「待遇好」). A part that is the graduate's own ``major``
    (「武汉，旅游管理」 of a 旅游管理 graduate) names what was studied, not a kind of work; a vocabulary word that is also
    a major's stem (会计 of a 会计学 graduate) stays work, read by ``extract_categories``."""
    label, body = _unlabelled(clause, _WORK_LABEL)
    parts = [p for p in _TERSE_SPLIT.split(body.strip()) if p]
    if not parts or _is_sentence(body):
        return []
    places = [p for p in parts if _is_place(p)]
    if not places and not (
            (label or place_elsewhere) and all(_HAN_WORD.fullmatch(p) and not _is_condition_or_status(p) for p in parts)):
        return []
    out = []
    studied = _major_names(major)
    for part in parts:
        if part in studied or part in places or not _HAN_WORD.fullmatch(part):
            continue
        if part in GENERIC or part in NOT_CATEGORIES or _is_condition_or_status(part):
            continue
        if NOT_A_KIND.search(part) or TEXT_PLACES.search(part) or INDUSTRIES.fullmatch(part) or CATEGORIES.search(part):
            continue
        out.append(part)
    return out
