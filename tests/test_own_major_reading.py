"""A graduate's own major is read one way by the rules (``MajorChecker``, ``major_kin``) and the ranker's level
keys (``matching.level_lists``): ``features.own_major`` holds the reading both used to copy, and ``MajorChecker``
exposes what ``major_kin`` read through its private members (``graduate_codes``, ``classes_named``, ``catalog_of``)."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from features.major_requirements import MajorRef, StudyLevel
from features.own_major import STUDY_LEVEL_OF, major_words, own_study_level, written_code
from matching.level_lists import graduate_level_keys
from matching.rules.majors import MajorChecker
from service.model_store import load_major_code_tables
from tests.factories import graduate


@pytest.fixture(scope="module")
def checker(catalog):
    return MajorChecker(catalog, load_major_code_tables())


def test_major_words_drop_the_codes_written_in_a_major():
    assert major_words(graduate("g", "软件工程0835")) == "软件工程"
    assert major_words(graduate("g", "  护理学101101K ")) == "护理学"
    assert major_words(graduate("g", None)) == ""
    assert major_words(graduate("g", "临床医学100201K")) == "临床医学"


def test_major_words_keep_the_letters_and_digits_of_the_name_itself():
    # every T, K and digit used to go: 「IT项目管理」 read as 「I项目管理」, 「3D打印技术应用」 as 「D打印技术应用」
    assert major_words(graduate("g", "IT项目管理")) == "IT项目管理"
    assert major_words(graduate("g", "3D打印技术应用")) == "3D打印技术应用"
    assert major_words(graduate("g", "5G通信技术520403")) == "5G通信技术"


def test_the_written_code_is_the_first_of_four_to_six_digits():
    assert written_code(graduate("g", "软件工程0835")) == "0835"
    assert written_code(graduate("g", "内科学100201")) == "100201"
    assert written_code(graduate("g", "软件工程")) is None
    assert written_code(graduate("g", None)) is None


@pytest.mark.parametrize("education, level", [
    (EducationLevel.DOCTOR, StudyLevel.GRADUATE), (EducationLevel.MASTER, StudyLevel.GRADUATE),
    (EducationLevel.BACHELOR, StudyLevel.UNDERGRADUATE), (EducationLevel.JUNIOR_COLLEGE, StudyLevel.JUNIOR_COLLEGE),
    (None, None)])
def test_a_degree_is_read_in_its_catalog(education, level):
    assert own_study_level(graduate("g", "法学", education=education)) is level


def test_the_level_map_is_read_only():
    with pytest.raises(TypeError):
        STUDY_LEVEL_OF[EducationLevel.MASTER] = StudyLevel.UNDERGRADUATE  # type: ignore[index]


def test_a_masters_written_code_wins_over_the_name_for_rules_and_ranker_alike(checker, catalog):
    # 软件工程 is 0835 by name; the master wrote 0812, which both readers take.
    master = graduate("g", "软件工程0812", education=EducationLevel.MASTER)
    assert checker.graduate_codes(master)[StudyLevel.GRADUATE] == "0812"
    keys = graduate_level_keys(master, load_major_code_tables(), catalog)
    assert "GRADUATE:0812" in keys and "GRADUATE:0835" not in keys
    # A 本科 graduate's written digits are no 研究生 code: the name's is read.
    bachelor = graduate("g", "软件工程0812", education=EducationLevel.BACHELOR)
    assert checker.graduate_codes(bachelor)[StudyLevel.GRADUATE] == "0835"


def test_classes_named_are_the_undergraduate_classes_a_name_is_filed_under(checker):
    assert "0809" in checker.classes_named("计算机科学与技术")
    assert checker.classes_named(None) == frozenset()


def test_catalog_of_an_entry_is_its_own_then_its_levels_then_the_given_then_undergraduate():
    ref = MajorRef(level=None, code="0812", name="计算机科学与技术", catalog=StudyLevel.GRADUATE)
    assert MajorChecker.catalog_of(ref, StudyLevel.JUNIOR_COLLEGE) is StudyLevel.GRADUATE
    stated = MajorRef(level=StudyLevel.JUNIOR_COLLEGE, code="5102", name="计算机类")
    assert MajorChecker.catalog_of(stated, StudyLevel.GRADUATE) is StudyLevel.JUNIOR_COLLEGE
    bare = MajorRef(level=None, code=None, name="计算机")
    assert MajorChecker.catalog_of(bare, StudyLevel.GRADUATE) is StudyLevel.GRADUATE
    assert MajorChecker.catalog_of(bare, None) is StudyLevel.UNDERGRADUATE
