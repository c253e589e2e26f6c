"""Education levels and degrees, and their normalisation from free text.

Chinese tables write the same requirement many ways: ``本科及以上``, ``大学本科``,
``全日制本科以上学历``, ``硕士研究生``, ``大专``. Every parser here returns ``None``
when the text says nothing recognisable: an unknown value is never guessed.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class EducationLevel(enum.IntEnum):
    """Ordered education levels (大专 < 本科 < 硕士 < 博士)."""

    SECONDARY = 0  # 高中、中专、技校
    JUNIOR_COLLEGE = 1  # 专科 / 大专 / 高职
    BACHELOR = 2  # 本科
    MASTER = 3  # 硕士研究生
    DOCTOR = 4  # 博士研究生

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    EducationLevel.SECONDARY: "高中/中专",
    EducationLevel.JUNIOR_COLLEGE: "大专",
    EducationLevel.BACHELOR: "本科",
    EducationLevel.MASTER: "硕士研究生",
    EducationLevel.DOCTOR: "博士研究生",
}


class Degree(enum.IntEnum):
    """Ordered academic degrees; ``NONE`` means the person holds no degree."""

    NONE = 0
    BACHELOR = 1  # 学士
    MASTER = 2  # 硕士
    DOCTOR = 3  # 博士

    @property
    def label(self) -> str:
        return _DEGREE_LABELS[self]

    @property
    def requirement_label(self) -> str:
        """As a job's requirement: a job needing no degree reads 「不限」, not 「无学位」 (which
        a graduate would take for "only those without a degree")."""
        return "不限" if self is Degree.NONE else self.label


_DEGREE_LABELS = {
    Degree.NONE: "无学位",
    Degree.BACHELOR: "学士",
    Degree.MASTER: "硕士",
    Degree.DOCTOR: "博士",
}

# Order matters: the most specific spelling first.
_LEVEL_PATTERNS: tuple[tuple[re.Pattern[str], EducationLevel], ...] = (
    # 「博士研究生」 is one level, not 博士 and 研究生 (which would read as 硕士至博士).
    (re.compile(r"博士(?:研究生)?"), EducationLevel.DOCTOR),
    (re.compile(r"硕士(?:研究生)?|研究生"), EducationLevel.MASTER),
    (re.compile(r"本科|学士|大学(?!专)"), EducationLevel.BACHELOR),
    (re.compile(r"大专|专科|高职|职业技术学院"), EducationLevel.JUNIOR_COLLEGE),
    (re.compile(r"高中|中专|中职|技校|职高|初中"), EducationLevel.SECONDARY),
)
_ANY_PATTERN = re.compile(r"^(不限|无要求|无|学历不限|不限学历|学历无要求|无学历要求|不要求|学历不要求|/|-)$")
_AT_LEAST = re.compile(r"及以上|以上|或以上|起|以上学历")
_LEVEL_WORD = "(" + "|".join(pattern.pattern for pattern, _ in _LEVEL_PATTERNS) + ")"
#: 「大专（不含）以上」: above the named level, without it.
_ABOVE_EXCLUSIVE = re.compile(_LEVEL_WORD + r"(?:学历)?\s*[(（]不含[)）]\s*以上")
#: 「本科及以下」「本科（含）以下」 include the named level; 「本科以下」 contrasts with 「本科及以上」
#: and means below it (up to 大专). Only right after a level: 「35周岁以下」 is an age.
_BELOW = re.compile(_LEVEL_WORD + r"(?:学历)?\s*(及|或|[(（]含[)）])?\s*以下")


@dataclass(frozen=True, slots=True)
class EducationRequirement:
    """A job's education requirement: the lowest and (optionally) highest accepted level.

    ``minimum=None`` with ``any_level=True`` means 不限; both ``None`` means unknown.
    """

    minimum: EducationLevel | None
    maximum: EducationLevel | None = None
    any_level: bool = False

    def admits(self, level: EducationLevel) -> bool:
        if self.any_level:
            return True
        if self.minimum is None:
            raise ValueError("unknown requirement admits nothing for certain")
        if level < self.minimum:
            return False
        return self.maximum is None or level <= self.maximum

    def describe(self) -> str:
        if self.any_level:
            return "学历不限"
        if self.minimum is None:
            return "学历要求未知"
        if self.maximum is None:
            return f"{self.minimum.label}及以上"
        if self.minimum == min(EducationLevel) and self.maximum > self.minimum:
            return f"{self.maximum.label}及以下"
        if self.maximum == self.minimum:
            return f"仅限{self.minimum.label}"
        return f"{self.minimum.label}至{self.maximum.label}"


def _levels_in(text: str) -> list[EducationLevel]:
    found: list[tuple[int, EducationLevel]] = []
    rest = text
    for pattern, level in _LEVEL_PATTERNS:
        for m in pattern.finditer(rest):
            found.append((m.start(), level))
        # blank matched spans so 硕士研究生 is not counted again as 研究生 etc.
        rest = pattern.sub(lambda m: "□" * len(m.group()), rest)
    return [level for _, level in sorted(found)]


def parse_education_level(text: str | None) -> EducationLevel | None:
    """A person's education level from text (``本科``, ``硕士研究生``, ``大专``)."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    levels = _levels_in(text)
    return max(levels) if levels else None


#: What may stand beside a level word in a phrase that still only names the level (本科生, 硕士学位, 大专学历).
_LEVEL_PHRASE_REST = re.compile(r"(?:全日制|统招|应届|往届|在读|学历|学位|毕业生|学生|生|及以上|以上|[□或和及、/])*")


def names_only_education(text: str) -> bool:
    """Whether ``text`` names an education level or degree and nothing else (研究生, 本科生, 硕士学位, 大专学历;
    not 大学老师 or 博士后): a status of the person, never a kind of work (``features.terse_wishes``)."""
    rest = text.strip()
    for pattern, _ in _LEVEL_PATTERNS:
        rest = pattern.sub("□", rest)
    return "□" in rest and _LEVEL_PHRASE_REST.fullmatch(rest) is not None


def parse_education_requirement(text: str | None) -> EducationRequirement:
    """A job's requirement from text such as ``本科及以上``, ``大专或本科``, ``仅限硕士``.

    ``本科及以下`` → every level up to 本科; ``本科以下`` → up to 大专; ``大专（不含）以上`` →
    本科及以上; ``不限学历``/``不要求`` → 不限. A bound the levels cannot express
    (``高中以下``, ``博士（不含）以上``) → unknown, never the bound turned round.
    """
    if text is None or not str(text).strip():
        return EducationRequirement(minimum=None)
    text = str(text).strip()
    if _ANY_PATTERN.match(text):
        return EducationRequirement(minimum=None, any_level=True)
    levels = _levels_in(text)
    if not levels:
        return EducationRequirement(minimum=None)
    low, high = min(levels), max(levels)
    above = _ABOVE_EXCLUSIVE.search(text)
    if above:
        level = max(_levels_in(above.group(1)))
        if level == max(EducationLevel):
            return EducationRequirement(minimum=None)  # nothing above 博士: unreadable, not guessed
        return EducationRequirement(minimum=EducationLevel(level + 1))
    below = _BELOW.search(text)
    if below:
        level = max(_levels_in(below.group(1)))
        top = level if below.group(2) else level - 1
        # An upper bound. The record has no open lower end: the lowest level stands for it,
        # unless the text also names a floor (「大专以上、硕士以下」).
        floor = min(_levels_in(text[: below.start()]), default=min(EducationLevel))
        if top < floor:
            return EducationRequirement(minimum=None)  # 「高中以下」: below every level read
        return EducationRequirement(minimum=floor, maximum=EducationLevel(top))
    if _AT_LEAST.search(text):
        return EducationRequirement(minimum=low)
    # 「本科学历，学士学位」 names one level twice; 「专业不限」 restricts nothing.
    if re.search(r"(?<!不)限", text) or len(set(levels)) > 1:
        return EducationRequirement(minimum=low, maximum=high)
    # A bare level in a requirement column (``本科``) means that level or higher in
    # practice for enterprise postings, but public tables write ``本科及以上`` when they
    # mean it. Keep the literal reading: the level itself, upward open.
    return EducationRequirement(minimum=low)


def parse_degree(text: str | None) -> Degree | None:
    """A degree from text (``学士``, ``硕士学位``, ``无``); ``None`` when unknown."""
    if text is None:
        return None
    text = str(text).strip()
    if not text:
        return None
    if "博士" in text:
        return Degree.DOCTOR
    if "硕士" in text:
        return Degree.MASTER
    if "学士" in text:
        return Degree.BACHELOR
    if re.fullmatch(r"无|无学位|没有|否", text):
        return Degree.NONE
    return None


#: A job's 学位 as the post words it when it asks each applicant for the degree of their own
#: level (``Job.degree_matching``), not one degree for all.
MATCHING_DEGREE = "与学历相对应的学位"


def asks_matching_degree(text: str | None) -> bool:
    """「与学历相对应的学位」「相应学位」: a 硕士 applicant needs a 硕士 degree, a 本科 one a 学士."""
    return text is not None and ("相应" in str(text) or "相对应" in str(text))


def parse_degree_requirement(text: str | None, education: EducationRequirement) -> Degree | None:
    """The lowest degree a job requires; ``Degree.NONE`` when it requires none.

    ``与学历相对应的学位`` is resolved against the education requirement's minimum (the lowest
    degree any applicant needs; ``asks_matching_degree`` tells the wording apart).
    Returns ``None`` when the text is empty or not understood.
    """
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    if re.fullmatch(r"不限|无要求|无|/|-", text):
        return Degree.NONE
    if asks_matching_degree(text):
        return {
            EducationLevel.BACHELOR: Degree.BACHELOR,
            EducationLevel.MASTER: Degree.MASTER,
            EducationLevel.DOCTOR: Degree.DOCTOR,
        }.get(education.minimum, Degree.NONE) if education.minimum is not None else None
    return parse_degree(text)


# --- education wording ------------------------------------------------------------------

#: English and informal spellings → the Chinese words the parsers above read.
_EDUCATION_WORDS = (
    (re.compile(r"专升本"), "本科"),
    (re.compile(r"ph\.?\s*d|doctor(al|ate)?('?s)?( degree)?", re.IGNORECASE), "博士"),
    (re.compile(r"master('?s)?( degree)?|postgraduate|(?<!under)graduate student|mba|mpacc|mpa", re.IGNORECASE), "硕士"),
    (re.compile(r"bachelor('?s)?( degree)?|undergraduate", re.IGNORECASE), "本科"),
    (re.compile(r"associate( degree)?|junior college|vocational college|diploma", re.IGNORECASE), "大专"),
    (re.compile(r"high school|secondary", re.IGNORECASE), "高中"),
    (re.compile(r"\s*(or|and) (above|higher)|\s*\+$", re.IGNORECASE), "及以上"),
    (re.compile(r"^(any|none|no requirement|unlimited)$", re.IGNORECASE), "不限"),
)


_DEGREE_WORDS = {"本科": "学士", "硕士": "硕士", "博士": "博士", "不限": "无"}


def education_words(value: object, *, degree: bool = False) -> str | None:
    """``Bachelor or above`` → ``本科及以上``; ``专升本`` → ``本科``; Chinese passes through.
    With ``degree=True`` the words name degrees: ``Bachelor`` → ``学士``, ``none`` → ``无``.

    English tables state education in English words that the parsers above (Chinese
    patterns) do not read; translating the few fixed words keeps one parser for both.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    original = text
    for pattern, chinese in _EDUCATION_WORDS:
        text = pattern.sub(chinese, text)
    if degree and text != original:
        for word, degree_word in _DEGREE_WORDS.items():
            text = text.replace(word, degree_word)
    return text
