"""``matching.rules.majors``: a graduate against a major list, across levels, catalogs and
code versions, with the reason the graduate reads; and where each piece of the cell sits."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from features.major_requirements import MajorRef, StudyLevel, parse_major_requirement
from features.records import Graduate
from matching.rules.conditions import Kind
from matching.rules.majors import MajorChecker, parse_major_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables

SPLIT = "本科：计算机类（0809）；研究生：计算机科学与技术（0812）"


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.fixture(scope="module")
def checker(catalog, tables):
    return MajorChecker(catalog, tables)


@pytest.fixture(scope="module")
def check(checker, catalog, tables):
    def run(text: str, *, major: str | None = None, code: str | None = None,
            education: EducationLevel | None = EducationLevel.BACHELOR) -> tuple[Status, str]:
        graduate = Graduate(id="g", major=major, major_code=code, education=education)
        return checker.check(parse_major_requirement(text, catalog, tables=tables), graduate)
    return run


# --- the graduate's side: how their major is placed ---------------------------------------


def test_a_major_name_without_a_code_is_placed_by_the_catalog(check):
    assert check("会计学（120203K）", major="会计学") == (
        Status.ELIGIBLE, "专业符合：岗位要求 会计学，您的专业为 会计学")


def test_a_code_without_a_name_is_enough(check):
    assert check("本科：计算机类（0809）", code="080901") == (
        Status.ELIGIBLE, "专业符合：岗位要求 计算机类，您的专业为 计算机科学与技术")


def test_a_graduate_s_old_code_is_read_as_its_2026_code(check):
    # 110203 is 会计学 in the 1998 catalog.
    assert check("会计学（120203K）", code="110203") == (
        Status.ELIGIBLE, "专业符合：岗位要求 会计学，您的专业为 会计学")


def test_a_renamed_major_is_placed_by_its_old_name(check, catalog):
    assert catalog.resolve("水利与交通工程") is None  # only the old-name table knows it
    status, reason = check("水利类（0810）", major="水利与交通工程")
    assert status is Status.ELIGIBLE and reason.endswith("您的专业为 " + catalog.major("081010").name)


def test_an_old_code_in_the_list_admits_the_major_it_became(check):
    # By code alone, with the name out of play: the list's code is read as its 2026 code.
    for text in ("会计学（110203）", "本科：会计学（110203）", "会计学（110203）（98版）"):
        assert check(text, code="120203K") == (
            Status.ELIGIBLE, "专业符合：岗位要求 会计学，您的专业为 会计学"), text


def test_a_graduate_s_code_wins_over_the_words_that_came_with_it(check):
    assert check("会计学（120203K）", major="会计", code="120203K")[0] is Status.ELIGIBLE


@pytest.mark.parametrize("text", [
    "本科：新闻传播大类（36）",
    "新闻传播大类（36）",  # no level stated: a 职业本科 大类 is an undergraduate one
    "本科：新闻传播大类（36），某某方向",  # an entry without a code after it changes nothing
    "计算机应用技术（081203）；本科：新闻传播大类（36）",  # the 研究生 entry is not the one named
])
def test_a_vocational_category_admits_the_classes_it_maps_to_and_is_named(check, text):
    assert check(text, code="050301") == (
        Status.ELIGIBLE, "专业符合：岗位要求 新闻传播大类，您的专业为 新闻学")

def test_a_master_is_checked_by_the_discipline_code_written_in_their_major(check):
    assert check("研究生：计算机科学与技术（0812）", major="计算机应用技术081203", education=EducationLevel.MASTER) == (
        Status.ELIGIBLE, "专业符合：岗位要求 计算机科学与技术，您的专业为 计算机应用技术")
    # 0835 软件工程 is a discipline of its own, not part of 0812; the reason quotes the
    # master's major as written, not an undergraduate catalog entry.
    assert check("研究生：计算机科学与技术（0812）", major="软件工程0835", education=EducationLevel.MASTER) == (
        Status.NOT_ELIGIBLE, "专业不符：岗位要求 计算机科学与技术，您的专业为 软件工程")
    # The code decides even when the words before it are in no table.
    assert check("研究生：计算机科学与技术（0812）", major="智能计算方向081203", education=EducationLevel.MASTER)[0] \
        is Status.ELIGIBLE


def test_a_master_with_an_undergraduate_code_is_described_by_their_own_words(check):
    status, reason = check("研究生：计算机科学与技术（0812）", major="计算机科学与技术", code="080901",
                           education=EducationLevel.MASTER)
    assert status is Status.ELIGIBLE and reason.endswith("您的专业为 计算机科学与技术")


# --- levels -------------------------------------------------------------------------------


def test_a_list_split_by_level_needs_the_graduate_s_level(check):
    assert check(SPLIT, major="软件工程", education=None) == (
        Status.NEEDS_REVIEW,
        "专业待核实：岗位按学历分列专业（本科：计算机类、研究生：计算机科学与技术），您的学历未知")


def test_a_level_the_list_does_not_name_is_refused_with_the_levels_it_names(check):
    assert check(SPLIT, major="软件工程", education=EducationLevel.JUNIOR_COLLEGE) == (
        Status.NOT_ELIGIBLE,
        "专业不符：岗位只列出本科、研究生专业（本科：计算机类、研究生：计算机科学与技术），您的学历为大专")
    assert check("研究生：计算机科学与技术（0812）", major="计算机应用技术081203") == (
        Status.NOT_ELIGIBLE, "专业不符：岗位只列出研究生专业（研究生：计算机科学与技术），您的学历为本科")


def test_each_level_is_read_against_its_own_part_of_the_list(check):
    assert check(SPLIT, major="软件工程", code="080902")[0] is Status.ELIGIBLE
    assert check(SPLIT, major="软件工程0835", education=EducationLevel.MASTER)[0] is Status.NOT_ELIGIBLE
    assert check(SPLIT, major="计算机软件与理论081202", education=EducationLevel.DOCTOR)[0] is Status.ELIGIBLE


def test_no_major_at_all_is_left_for_review(check):
    assert check("会计学（120203K）") == (Status.NEEDS_REVIEW, "专业待核实：岗位要求 会计学，您的专业未登记")



@pytest.mark.parametrize(("text", "major", "code", "education", "status"), [
    # Plain field words that are also 研究生 professional degrees (会计 1253, 法律 0351, 护理 1054):
    # the graduate of the undergraduate major of that field is not refused (the name with 学 meets it) ...
    ("会计、财务管理等专业", "会计学", "120203K", EducationLevel.BACHELOR, Status.ELIGIBLE),
    ("法律", "法学", "030101K", EducationLevel.BACHELOR, Status.NEEDS_REVIEW),
    ("护理", "护理学", "101101K", EducationLevel.BACHELOR, Status.ELIGIBLE),
    ("会计、财务管理等专业", "会计学", None, EducationLevel.MASTER, Status.NEEDS_REVIEW),  # academic 120201
    # ... and a graduate of an unrelated field still is.
    ("会计、财务管理等专业", "汉语言文学", "050101", EducationLevel.BACHELOR, Status.NOT_ELIGIBLE),
    ("护理", "法学", "030101K", EducationLevel.BACHELOR, Status.NOT_ELIGIBLE),
    ("会计", "计算机应用技术081203", None, EducationLevel.MASTER, Status.NOT_ELIGIBLE),
    # A list that states 研究生 means the degree: its code decides for a master.
    ("研究生：会计（1253）", "会计学", None, EducationLevel.MASTER, Status.NOT_ELIGIBLE),
])
def test_an_unlevelled_list_of_graduate_disciplines_compares_fields_not_codes(check, text, major, code, education,
                                                                               status):
    assert check(text, major=major, code=code, education=education)[0] is status

# --- restrictions and long lists ------------------------------------------------------------


def test_a_class_limited_to_some_of_its_majors_admits_only_those(check):
    assert check("金融学类（0203，仅限金融学）", major="金融学", code="020301K")[0] is Status.ELIGIBLE
    assert check("金融学类（0203，仅限金融学）", major="金融工程", code="020302") == (
        Status.NOT_ELIGIBLE, "专业不符：岗位要求 金融学类（仅限金融学），您的专业为 金融工程")


def test_a_graduate_discipline_limited_to_a_named_major_admits_a_master_of_that_name(check):
    # 金融学 is not in the shipped 研究生 code table; the list names it, which is enough.
    limited = "研究生：应用经济学（0202，仅限金融学）"
    assert check(limited, major="金融学", education=EducationLevel.MASTER)[0] is Status.ELIGIBLE
    assert check(limited, major="国际贸易学", education=EducationLevel.MASTER) == (
        Status.NOT_ELIGIBLE, "专业不符：岗位要求 应用经济学（仅限金融学），您的专业为 国际贸易学")


def test_a_list_widened_by_related_majors_reviews_the_same_class_and_refuses_others(check):
    related = "电子信息工程等相关专业"
    assert check(related, major="电子信息工程", code="080701")[0] is Status.ELIGIBLE
    assert check(related, major="通信工程", code="080703") == (
        Status.NEEDS_REVIEW, "专业待核实：岗位要求 电子信息工程等相关专业，您的专业 通信工程 与其同属电子信息类，请核实是否算作相关专业")
    assert check(related, major="法学", code="030101") == (
        Status.NOT_ELIGIBLE, "专业不符：岗位要求 电子信息工程等相关专业，您的专业为 法学")
    # Without 相关 the list is exact: a sibling major is refused.
    assert check("电子信息工程", major="通信工程", code="080703")[0] is Status.NOT_ELIGIBLE


def test_more_than_four_entries_are_cut_and_counted(check):
    five = check("会计学、财务管理、审计学、金融学、税收学", major="法学", code="030101")[1]
    assert five == "专业不符：岗位要求 会计学、财务管理、审计学、金融学 等5项，您的专业为 法学"
    four = check("会计学、财务管理、审计学、金融学", major="法学", code="030101")[1]
    assert four == "专业不符：岗位要求 会计学、财务管理、审计学、金融学，您的专业为 法学"


@pytest.mark.parametrize(("ref", "text"), [
    (MajorRef(level=None, code="080901", name=None), "计算机科学与技术"),
    (MajorRef(level=None, code="0809", name=None), "计算机类"),
    (MajorRef(level=None, code="08", name=None), "工学"),
    (MajorRef(level=StudyLevel.GRADUATE, code="0812", name=None), "计算机科学与技术"),
    (MajorRef(level=StudyLevel.GRADUATE, code="0812", name=None, catalog=StudyLevel.GRADUATE),
     "计算机科学与技术"),
    (MajorRef(level=None, code="0812", name=None, catalog=StudyLevel.GRADUATE), "计算机科学与技术"),
    (MajorRef(level=None, code="999999", name=None), "999999"),
    (MajorRef(level=None, code="0899", name=None), "0899"),
    (MajorRef(level=None, code=None, name=None), "?"),
    (MajorRef(level=None, code="0809", name="计算机大类"), "计算机大类"),  # the table's own word wins
])
def test_an_entry_without_a_name_is_named_from_its_catalog(checker, ref, text):
    assert checker.describe_ref(ref) == text


def test_an_undergraduate_code_is_named_from_the_undergraduate_catalog(checker):
    # 0812 is 测绘类 for 本科 and 计算机科学与技术 for 研究生.
    assert checker.describe_ref(MajorRef(level=StudyLevel.UNDERGRADUATE, code="0812", name=None)) == "测绘类"
    assert checker.describe_ref(MajorRef(level=StudyLevel.UNDERGRADUATE, code="0812", name=None),
                                with_level=True) == "本科：测绘类"


# --- where each piece sits in the cell ----------------------------------------------------


def test_the_major_condition_spans_the_cell_and_each_unread_piece_its_own_place(catalog, tables):
    raw = "会计学（120203K），具有较强的文字功底；审计学，具有较强的文字功底"
    conditions = parse_major_cell("cond:专业", raw, catalog, tables)
    assert [(c.kind, c.span.start, c.span.end) for c in conditions] == [
        (Kind.MAJOR, 0, len(raw)),
        (Kind.NEEDS_REVIEW, 13, 22),
        (Kind.NEEDS_REVIEW, 27, 36),  # the same words again: their second place, not the first
    ]
    assert all(raw[c.span.start:c.span.end] == c.text for c in conditions)


def test_a_related_field_is_read_with_the_list_it_widens(catalog, tables):
    # Before 99c09bd 「气象相关类」 was a detail apart and the list alone refused a 气象 graduate (不符合:
    # 「岗位要求 计算机类」); read with the list, the whole cell is one major condition.
    raw = "计算机类（0809），气象相关类"
    conds = parse_major_cell("cond:专业", raw, catalog, tables)
    assert [(c.kind, c.text, c.span.start, c.span.end) for c in conds] == [(Kind.MAJOR, raw, 0, 16)]


def test_a_cell_with_nothing_in_it_gives_no_condition(catalog, tables):
    assert parse_major_cell("cond:专业", "", catalog, tables) == []


def test_a_cell_of_preferred_majors_only_says_the_preference(check):
    """「轻化工程、纺织工程专业优先」 read 「专业符合：岗位专业不限」, the preference lost."""
    cell = "轻化工程、纺织工程专业优先"
    assert check(cell, major="纺织工程") == (Status.ELIGIBLE, "专业符合：岗位专业不限（优先：轻化工程、纺织工程）")
    assert check(cell, major="法学") == (Status.ELIGIBLE, "专业符合：岗位专业不限（优先：轻化工程、纺织工程）")
    # By class: a 计算机类 preference covers 软件工程.
    assert check("专业不限，计算机类优先", major="软件工程") == (Status.ELIGIBLE, "专业符合：岗位专业不限（优先：计算机类）")
    assert check("专业不限，有工作经验者优先", major="法学") == (Status.ELIGIBLE, "专业符合：岗位专业不限")
