"""A graduate's own major as the major rules read it: the catalog level of their degree and the
major's words without the codes written in it.

One reading for the rules engine (``matching.rules.majors``, ``matching.rules.major_kin``) and the
ranker's level keys (``matching.level_lists``): they live here, not in ``majors``, because
``matching.eligibility`` (which ``majors`` imports) reads the level keys, so importing them from
``majors`` would make an import loop, and the two copies could drift.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from features.education import EducationLevel
from features.major_lookup import StudyLevel
from features.records import Graduate

#: The catalog a graduate's own major is read in, by degree level (a 博士's and a 硕士's alike: 研究生).
STUDY_LEVEL_OF: Mapping[EducationLevel, StudyLevel] = MappingProxyType({
    EducationLevel.DOCTOR: StudyLevel.GRADUATE,
    EducationLevel.MASTER: StudyLevel.GRADUATE,
    EducationLevel.BACHELOR: StudyLevel.UNDERGRADUATE,
    EducationLevel.JUNIOR_COLLEGE: StudyLevel.JUNIOR_COLLEGE,
})
#: A 研究生 major is often written with its discipline code (「软件工程0835」).
_CODE_IN_TEXT = re.compile(r"\d{4,6}")
#: Codes written in a major (4 to 6 digits, and the T / K of special and state-controlled 本科 majors): a
#: letter or digit of the name itself stays (「IT项目管理」「3D打印技术应用」「5G通信技术」).
_CODE_MARKS = re.compile(r"\d{4,6}[TK]{0,2}")


def own_study_level(graduate: Graduate) -> StudyLevel | None:
    """The catalog level of the graduate's degree; ``None`` for an unknown or other education."""
    return STUDY_LEVEL_OF.get(graduate.education) if graduate.education is not None else None


def major_words(graduate: Graduate) -> str:
    """The graduate's major as written, without the codes it may carry (软件工程0835 → 软件工程)."""
    return words_of_major(graduate.major or "")


def written_code(graduate: Graduate) -> str | None:
    """The first code of 4 to 6 digits written in the graduate's major (软件工程0835 → 0835), else ``None``."""
    return code_in_major(graduate.major or "")


def words_of_major(text: str) -> str:
    """A major's name as written, without the codes it may carry (``major_words`` of a bare name)."""
    return _CODE_MARKS.sub("", text).strip()


def code_in_major(text: str) -> str | None:
    """The first code of 4 to 6 digits written in a major's name (``written_code`` of a bare name)."""
    found = _CODE_IN_TEXT.search(text)
    return found.group() if found else None
