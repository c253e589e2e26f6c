"""The major-requirement parser on real-looking strings of every format the tables use."""

from __future__ import annotations

import pytest

from features.major_codes import MajorCodeTables
from features.major_requirements import MajorRef, StudyLevel, parse_major_requirement
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

UG, PG, JC = StudyLevel.UNDERGRADUATE, StudyLevel.GRADUATE, StudyLevel.JUNIOR_COLLEGE


@pytest.fixture(scope="module")
def parse():
    catalog, tables = load_major_catalog(), load_major_code_tables()
    return lambda text: parse_major_requirement(text, catalog, tables=tables)


def codes(req, level=...):
    return [(r.level, r.code) for r in req.refs if level is ... or r.level is level]


def test_henan_column_keys_codes_by_level_and_keeps_only_restriction(parse):
    req = parse("本科：金融学类（0203），法学（030101K）；研究生：应用经济学（0202，仅限金融学），法律（0351）")
    assert codes(req) == [(UG, "0203"), (UG, "030101"), (PG, "0202"), (PG, "0351")]
    assert req.refs[2].only == ("金融学",)
    assert req.unparsed == () and not req.unrestricted
    assert req.admits_undergrad_keys() == {"0203", "030101"}


def test_same_four_digits_mean_different_fields_per_level(parse):
    req = parse("本科：测绘类（0812）；研究生：计算机科学与技术（0812）")
    assert [(r.level, r.code, r.name) for r in req.refs] == [(UG, "0812", "测绘类"), (PG, "0812", "计算机科学与技术")]
    assert req.admits_undergrad_keys() == {"0812"}
    pg_only = parse("研究生:计算机科学与技术(0812),电子信息(0854);")
    assert pg_only.admits_undergrad_keys() == frozenset()  # no 本科 list: 0812 must not admit 测绘类


def test_half_width_punctuation_and_trailing_semicolon(parse):
    req = parse("本科:汉语言文学(050101),新闻学(050301),会计学(120203K),秘书学（050107T）;")
    assert codes(req) == [(UG, "050101"), (UG, "050301"), (UG, "120203"), (UG, "050107")]
    assert req.unparsed == ()


def test_bare_codes_with_catalog_versions_map_old_codes(parse):
    req = parse("本科：临床医学100301（98版）100201K（12版）；研究生：急诊医学100218105117内科学100201105101")
    assert codes(req, UG) == [(UG, "100201")]  # 1998 code 100301 is today's 100201
    assert codes(req, PG) == [(PG, "100218"), (PG, "105117"), (PG, "100201"), (PG, "105101")]  # glued pairs split
    assert {r.name for r in req.refs if r.level is PG} == {"急诊医学", "内科学"}


def test_letter_prefixed_codes_give_the_level(parse):
    req = parse("专科：学前教育（C040102）；本科：学前教育（B040106）；研究生：学前教育学（A040105）")
    assert codes(req) == [(JC, "570102"), (UG, "040106"), (PG, "040105")]  # 专科 040102 (2004) is 2021's 570102
    req = parse("医学A10、生物学A0710、计算机科学与技术A0812")
    assert codes(req) == [(PG, "10"), (PG, "0710"), (PG, "0812")]
    assert req.admits_undergrad_keys() == frozenset()


def test_several_levels_glued_without_separator(parse):
    req = parse("本科：公安学类（0306）研究生：公安学（0306）")
    assert codes(req) == [(UG, "0306"), (PG, "0306")]
    req = parse("本科：法学类(0301)研究生（学硕）：法学(0301)研究生（专硕）：法律（0351）")
    assert codes(req) == [(UG, "0301"), (PG, "0301"), (PG, "0351")]


def test_names_without_codes_resolve_through_the_catalog(parse):
    req = parse("审计学、会计学、财务管理")
    assert [(r.level, r.code, r.catalog) for r in req.refs] == [(None, "120207", UG), (None, "120203", UG), (None, "120204", UG)]
    assert req.admits_undergrad_keys() == {"120207", "120203", "120204"}
    req = parse("土木工程或建筑学专业")
    assert [r.code for r in req.refs] == ["081001", "082801"]
    req = parse("本科：医学检验技术；研究生：临床检验诊断学")
    assert codes(req, UG) == [(UG, "101001")]
    assert req.refs[1].level is PG and req.refs[1].code is not None


def test_unrestricted_spellings(parse):
    for text in ("不限", "专业不限", "不限专业", "专科：不限；本科：不限；研究生：不限", "中专：不限；专科：不限；本科：不限；研究生：不限"):
        req = parse(text)
        assert req.unrestricted and req.refs == () and req.admits_undergrad_keys() == frozenset(), text
    assert not parse("").unrestricted  # not stated is unknown, not "any major"


def test_undergrad_unrestricted_next_to_a_graduate_list_admits_every_category(parse):
    req = parse("本科：不限；研究生：法学（0301）")
    assert not req.unrestricted
    assert {"01", "08", "12"} <= req.admits_undergrad_keys()



def test_dashes_and_stars_in_a_list_name_nothing(parse):
    # Read as names they would leave every other major's verdict open (no code to refuse by).
    req = parse("会计学、—、*")
    assert codes(req) == [(None, "120203")] and req.unparsed == ()

def test_levels_joined_by_a_connector_share_one_list(parse):
    assert codes(parse("本科或研究生：计算机科学与技术（080901）")) == [(None, "080901")]
    assert codes(parse("本科及研究生：会计学")) == [(None, "120203")]  # 「本科及」 names no major


def test_a_connector_after_a_list_starts_the_next_level(parse):
    req = parse("专科：会计专业，或本科：会计学专业，研究生：会计（学）专业。")
    assert [r.level for r in req.refs] == [JC, UG, PG]
    assert req.admits_undergrad_keys() == {"120203"}

@pytest.mark.parametrize("text", ["中专：会计；本科：会计学（120203K）", "本科：会计学（120203K）；中专：会计",
                                  "中专：不限；本科：会计学（120203K）"])
def test_a_secondary_school_part_is_dropped(parse, text):
    # No university graduate holds a 中专 major, and its 不限 does not open the other levels.
    req = parse(text)
    assert codes(req) == [(UG, "120203")] and req.unparsed == () and not req.unrestricted

def test_vocational_categories_map_to_undergraduate_classes(parse):
    req = parse("本科：哲学类（0101），新闻传播大类（36）")
    assert req.admits_undergrad_keys() == {"0101", "0503"}


def test_free_sentences_are_reported_as_unparsed(parse):
    req = parse("具有执业医师资格证书")
    assert req.resolved == () and req.unparsed == ("具有执业医师资格证书",)
    assert parse("英语类、学科教学（英语）").refs[1] == MajorRef(None, "045108", "学科教学(英语)", (), (4, 12), PG)


def test_spans_point_into_the_original_text(parse):
    text = "本科：会计学（120203K）"
    ref = parse(text).refs[0]
    assert text[ref.span[0]:ref.span[1]] == "会计学（120203K）"


def test_parser_works_without_extra_tables():
    req = parse_major_requirement("本科：计算机类（0809）；研究生：计算机科学与技术（0812）", load_major_catalog(),
                                  tables=MajorCodeTables())
    assert req.admits_undergrad_keys() == {"0809"}
    assert req.refs[1].code == "0812"


@pytest.mark.slow
def test_parse_coverage_on_the_real_tables():
    from benchmarks.major_fit_parse_coverage import coverage
    from service.training_data import DEFAULT_DATA, gkld_jobs, henan_jobs

    if not (DEFAULT_DATA / "positions" / "gkld_2021_2023.jsonl").exists():
        pytest.skip("../shared/data is not present")
    catalog, tables = load_major_catalog(), load_major_code_tables()
    for jobs, floor in ((henan_jobs(DEFAULT_DATA), 0.99), (gkld_jobs(DEFAULT_DATA), 0.90)):
        stats, _, _ = coverage([j.majors_text for j, _ in jobs if j.majors_text], catalog, tables)
        assert stats["parsed"] / stats["restricted"] >= floor


def test_a_clause_ending_in_preference_restricts_nobody():
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    catalog, tables = load_major_catalog(), load_major_code_tables()
    only_preferred = parse_major_requirement("财务管理、会计学专业优先", catalog, tables=tables)
    assert only_preferred.unrestricted and only_preferred.refs == ()
    assert {r.code for r in only_preferred.preferred} == {"120204", "120203"}
    assert only_preferred.preferred[1].span == (5, 8)
    mixed = parse_major_requirement("本科：会计学（120203K），有工作经验者优先", catalog, tables=tables)
    assert not mixed.unrestricted and [r.code for r in mixed.refs] == ["120203"]
    assert mixed.preferred == () and mixed.unparsed == ()
    open_with_preference = parse_major_requirement("专业不限，计算机类优先", catalog, tables=tables)
    assert open_with_preference.unrestricted and "0809" in open_with_preference.preferred_keys


@pytest.mark.parametrize(("text", "expected"), [
    ("会计学专业、财务管理专业", [(None, "120203", "会计学"), (None, "120204", "财务管理")]),
    ("本科：会计学相关专业", [(UG, "120203", "会计学")]),
    ("本科：会计学等专业", [(UG, "120203", "会计学")]),
    ("研究生：工商管理一级学科", [(PG, "1202", "工商管理")]),
    ("研究生：会计学方向", [(PG, "120201", "会计学")]),
])
def test_wording_around_a_name_is_stripped_before_it_resolves(parse, text, expected):
    assert [(r.level, r.code, r.name) for r in parse(text).refs] == expected


@pytest.mark.parametrize(("text", "related"), [
    ("本科：会计学相关专业", [True]), ("电子信息类相近专业", [True]), ("会计学、财务管理等相关专业", [False, True]),
    ("本科：会计学等专业", [False]), ("会计学", [False]),
])
def test_a_name_written_with_related_widens_the_list(parse, text, related):
    assert [r.related for r in parse(text).refs] == related


@pytest.mark.parametrize("text", ["本科：专业、会计学", "本科：全日制、会计学", "硕士、会计学", "本科：类、会计学"])
def test_level_and_mode_words_are_not_taken_for_major_names(parse, text):
    assert [(r.code, r.name) for r in parse(text).refs] == [("120203", "会计学")]


def test_undergraduate_keys_of_restrictions_vocational_codes_and_unlevelled_disciplines(parse):
    # 仅限 narrows a class to the named majors, when every name is a catalog major.
    assert parse("本科：工商管理类（1202，仅限会计学、财务管理）").admits_undergrad_keys() == {"120203", "120204"}
    assert parse("本科：工商管理类（1202，仅限会计学、不存在专业）").admits_undergrad_keys() == {"1202"}
    # A 职业本科 code admits the 本科 classes of its 大类.
    assert parse("职业本科：软件工程技术（310201）").admits_undergrad_keys() == {"0807", "0809"}
    # A 研究生 discipline named without a level is not a 本科 admission.
    assert parse("计算机应用技术").admits_undergrad_keys() == frozenset()
    assert parse("计算机科学与技术（0812）").admits_undergrad_keys() == frozenset()


@pytest.mark.parametrize(("text", "expected"), [
    ("08090812", [(None, "0809"), (None, "0812")]),  # two 4-digit codes glued together
    ("会计学（110203（98版））", [(None, "120203")]),  # a version tag inside the brackets still applies
    ("会计学110203（98版）", [(None, "120203")]),
    ("会计学）、财务管理", [(None, "120203"), (None, "120204")]),  # a stray closing bracket
    ("B120203K、A0812", [(UG, "120203"), (PG, "0812")]),  # letter-prefixed codes with a suffix
])
def test_code_shapes_and_brackets(parse, text, expected):
    assert codes(parse(text)) == expected


def test_a_restriction_inside_nested_brackets_ends_with_them(parse):
    req = parse("经济学类（0201（仅限金融学））、法学")
    assert [(r.code, r.only) for r in req.refs] == [("0201", ("金融学",)), ("030101", ())]


def test_a_long_phrase_is_not_taken_for_a_major_name(parse):
    text = "一个非常非常长的名字超过了十六个字符的专业名称啊"
    req = parse(text)
    assert req.refs == () and req.unparsed == (text,)


def test_a_level_written_with_xueke_is_a_level(parse):
    # 研究生学科：0810 is the discipline 信息与通信工程, not the 本科 class 土木类 (0810).
    refs = parse("研究生学科：0823交通运输工程、0810信息与通信工程").refs
    assert [(r.level, r.code) for r in refs] == [(PG, "0823"), (PG, "0810")]
