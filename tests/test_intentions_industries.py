"""Industries named in the general forms graduates write (「想去教育行业」「去医院」「IT领域」), not only as
the exact vocabulary word, and never where the intention rejects them or means something else."""

from __future__ import annotations

import pytest

from features.intentions import extract_industries, extract_preferences, rejected_categories


@pytest.mark.parametrize(("text", "industries"), [
    ("想去教育行业", ("教育培训",)),
    ("希望在教育领域发展", ("教育培训",)),
    ("想做教育", ("教育培训",)),
    ("希望从事教育工作", ("教育培训",)),
    ("希望找教育类工作", ("教育培训",)),
    ("IT行业", ("信息技术",)),
    ("想进it行业", ("信息技术",)),
    ("医疗方向", ("医疗卫生",)),
    ("想去医院", ("医疗卫生",)),
    ("希望到医院当护士", ("医疗卫生",)),
    ("想到疾控中心或基层卫生院工作", ("医疗卫生",)),
    ("希望到学校任教", ("教育培训",)),
    ("希望到油田或石化企业从事工艺技术工作", ("石油化工",)),
    ("想到制造企业做设备技术员", ("制造业",)),
    ("想去制造业", ("制造业",)),
    ("想去教育或医疗行业", ("教育培训", "医疗卫生")),
    ("想去教育行业或者银行", ("教育培训", "银行")),
])
def test_general_forms_name_an_industry_of_the_vocabulary(text, industries):
    assert extract_industries(text) == industries
    assert extract_preferences(text).industries == industries


@pytest.mark.parametrize(("text", "industries"), [
    ("金融行业", ("金融",)),
    ("互联网公司", ("互联网",)),
    ("医疗卫生行业", ("医疗卫生",)),
    ("新能源", ("新能源",)),
    ("想去银行", ("银行",)),
])
def test_vocabulary_words_are_still_read_as_before(text, industries):
    assert extract_industries(text) == industries


@pytest.mark.parametrize("text", [
    "教育背景良好",
    "行业不限",
    "学前教育专业，想当老师",  # a major, not an industry wish
    "希望当思想政治教育方向的中小学教师",  # a subject, inside a longer word
    "计算机类专业毕业",  # a class of majors
    "从事软件开发",  # a kind of job: 软件 goes on
    "在学校期间担任班长",  # a time, not a workplace
    "周末在家做卫生",  # cleaning
])
def test_words_that_only_look_like_an_industry_name_none(text):
    assert extract_industries(text) == ()


def test_an_employer_type_is_a_category_not_an_industry():
    prefs = extract_preferences("想去政府机关")
    assert prefs.industries == ()
    assert prefs.categories == ("机关",)


@pytest.mark.parametrize("text", ["不想去金融行业", "不想去教育行业", "除了教育行业都可以", "教育行业不考虑",
                                  "医院就不去了"])
def test_a_rejected_industry_is_not_wished(text):
    assert extract_industries(text) == ()


def test_a_wish_after_a_rejection_stands():
    assert extract_industries("不想去金融行业，想去教育行业") == ("教育培训",)
    assert rejected_categories("不想去教育行业") == ()  # as before: an industry is not a kind of job


def test_a_school_name_is_no_wish():
    assert extract_industries("喀什大学教育学院毕业，想去IT行业") == ("信息技术",)


def test_every_alias_names_a_vocabulary_industry():
    from features.vocabulary import INDUSTRY_FIELD_WORDS, INDUSTRY_TERMS, INDUSTRY_WORKPLACES

    assert set(INDUSTRY_FIELD_WORDS.values()) | set(INDUSTRY_WORKPLACES.values()) <= set(INDUSTRY_TERMS)


@pytest.mark.parametrize(("text", "industries"), [
    ("想去医院或者学校，不去工厂", ("医疗卫生", "教育培训")),  # each workplace of a list after one 去
    ("想去医院、学校或培训机构", ("医疗卫生", "教育培训")),
    ("从事教育或者医疗行业", ("教育培训", "医疗卫生")),  # 或者 joins fields as 或 does
])
def test_a_list_of_workplaces_or_fields_names_each(text, industries):
    assert extract_industries(text) == industries


@pytest.mark.parametrize("text", ["到学校附近租房", "去医院门口摆摊"])
def test_a_place_near_a_workplace_is_no_industry_wish(text):
    assert extract_industries(text) == ()


@pytest.mark.parametrize("text, expected", [
    ("大数据与会计专业，希望从事会计工作", ()),
    ("金融学专业毕业，希望到银行工作", ("银行",)),
    ("专业是旅游管理，想在酒店工作", ("酒店",)),
    ("希望进入大数据行业", ("大数据",)),  # named as a wish, not as the major
    ("计算机专业，希望去互联网或金融科技企业", ("互联网", "金融")),
])
def test_the_clause_naming_the_graduates_major_wishes_for_no_industry(text, expected):
    # The major already counts through the major fit; read as a wished industry it scored a
    # 大数据 employer for an accounting graduate.
    assert extract_industries(text) == expected
