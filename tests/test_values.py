"""Cell value parsers (features.values, features.salary, education words) and intention extraction."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, education_words, parse_degree_requirement, parse_education_requirement
from features.intentions import extract_preferences, merge_preferences
from features.records import EmployerType, Gender, Hardship, Preferences, SalaryRange
from features.salary import parse_salary
from features.values import (
    infer_employer_type,
    parse_date,
    parse_employer_type,
    parse_gender,
    parse_hardship,
    parse_headcount,
    parse_year,
    split_list,
)


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [
        ("1万-1.4万", 10000, 14000),
        ("8000-12000元/月", 8000, 12000),
        ("6-8K", 6000, 8000),
        ("6k-8k", 6000, 8000),
        ("3.5k-5k", 3500, 5000),
        ("8千-1万·13薪", 8000, 10000),
        ("年薪10-15万", 8333, 12500),
        ("15-20万/年", 12500, 16667),
        ("6000以上", 6000, None),
        ("月薪6000元以上", 6000, None),
        ("5000以下", None, 5000),
        ("12,000元", 12000, 12000),
        ("１万-1.4万", 10000, 14000),  # full-width digit
        ("150-200/天", 3262, 4350),  # 21.75 working days a month
        (4500, 4500, 4500),
        (4500.0, 4500, 4500),
        ("大专3000元本科3500元", 3000, 3500),
        ("个人年均收入约12万元（含五险一金）", 10000, 10000),
        ("1．每月工资为4500元；2．五险保障", 4500, 4500),
    ],
)
def test_salary_cells_become_monthly_ranges(cell, low, high):
    assert parse_salary(cell) == SalaryRange(low, high)


@pytest.mark.parametrize("cell", [None, "", "面议", "薪资面议", "按国家和自治区有关规定执行", "150元/次"])
def test_salary_without_an_amount_is_unknown(cell):
    assert parse_salary(cell) == SalaryRange(None, None)


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [("12000-8000", "上限低于下限"), ("abc123", "无法识别的薪资"), ("8000-", "无法识别的薪资"), ("0千-0千元/月", "不在合理范围")],
)
def test_unreadable_salary_raises_with_chinese_message(cell, fragment):
    with pytest.raises(ValueError, match=fragment):
        parse_salary(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(None, None), ("", None), ("若干", None), ("若干名", None), ("招聘若干人", None), ("多名", None), ("不限", None),
     ("2人", 2), ("招3名", 3), (3, 3), (2.0, 2), ("3-5人", 5), ("10", 10),
     ("两名", 2), ("招聘一人", 1), ("十人", 10), ("十二名", 12), ("二十", 20), ("三十五人", 35), ("二至三人", 3),
     (0, 0)],  # 0: a post cut to none (核减) is still a post
)
def test_headcount(cell, expected):
    assert parse_headcount(cell) == expected


@pytest.mark.parametrize("cell", ["很多", -1, 2.5, "2.5人", True, "百人", "十十", "两两"])
def test_bad_headcount_raises(cell):
    with pytest.raises(ValueError, match="招聘人数"):
        parse_headcount(cell)


@pytest.mark.parametrize(
    "cell",
    ["2003-05-01", "2003/5/1", "2003.05.01", "2003年5月1日", "20030501", 20030501, 37742, 37742.0,
     dt.datetime(2003, 5, 1, 0, 0), dt.date(2003, 5, 1), "2003-05-01 00:00:00"],
)  # fmt: skip
def test_dates_in_every_common_spelling(cell):
    assert parse_date(cell) == dt.date(2003, 5, 1)


def test_month_without_day_reads_as_first_of_month():
    assert parse_date("2003年5月") == dt.date(2003, 5, 1)
    assert parse_date("2003.5") == dt.date(2003, 5, 1)


@pytest.mark.parametrize("cell", ["2003-13-01", "2003-02-30", "去年", "5/1/2003"])
def test_bad_dates_raise(cell):
    with pytest.raises(ValueError, match="无法识别的日期"):
        parse_date(cell)


@pytest.mark.parametrize(
    ("cell", "year"),
    [("2026", 2026), (2026, 2026), ("2026届", 2026), ("2026年6月", 2026), ("2026-06-30", 2026), (None, None), ("", None)],
)
def test_graduation_year(cell, year):
    assert parse_year(cell) == year


def test_bad_graduation_year_raises():
    with pytest.raises(ValueError, match="毕业年份"):
        parse_year("明年")


@pytest.mark.parametrize(
    ("cell", "gender"),
    [("男", Gender.MALE), ("女性", Gender.FEMALE), ("Female", Gender.FEMALE), ("M", Gender.MALE), ("未知", None), (None, None)],
)
def test_gender(cell, gender):
    assert parse_gender(cell) is gender


def test_bad_gender_raises():
    with pytest.raises(ValueError, match="性别"):
        parse_gender("保密吧")


def test_hardship_lists_and_the_difference_between_none_and_not_stated():
    assert parse_hardship("零就业家庭；残疾") == {Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.DISABILITY}
    assert parse_hardship("低保家庭、建档立卡脱贫户") == {Hardship.LOW_INCOME_FAMILY, Hardship.POVERTY_ALLEVIATION}
    assert parse_hardship("无") == frozenset()
    assert parse_hardship("否") == frozenset()
    assert parse_hardship("") is None
    assert parse_hardship(None) is None


def test_unknown_hardship_word_is_named():
    with pytest.raises(ValueError, match="「单亲」"):
        parse_hardship("残疾；单亲")


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("国企", EmployerType.STATE_ENTERPRISE), ("民营", EmployerType.ENTERPRISE), ("行政机关", EmployerType.GOVERNMENT),
     ("公益一类", EmployerType.PUBLIC_INSTITUTION), ("事业单位", EmployerType.PUBLIC_INSTITUTION),
     ("三支一扶", EmployerType.GRASSROOTS), ("科研助理", EmployerType.RESEARCH_ASSISTANT),
     ("就业见习", EmployerType.INTERNSHIP), ("看情况", None), ("", None), (None, None)],
)  # fmt: skip
def test_explicit_employer_type(cell, kind):
    assert parse_employer_type(cell) is kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [("乌鲁木齐市天山区人民政府", EmployerType.GOVERNMENT), ("喀什地区税务局", EmployerType.GOVERNMENT),
     ("伊犁州纪律检查委员会", EmployerType.GOVERNMENT), ("驻马店市驿城区人民法院", EmployerType.GOVERNMENT),
     ("XX县供销合作社（参公）", EmployerType.GOVERNMENT), ("新疆大学", EmployerType.PUBLIC_INSTITUTION),
     ("和田地区人民医院", EmployerType.PUBLIC_INSTITUTION)],
)  # fmt: skip
def test_employer_type_from_an_unambiguous_name(name, kind):
    assert infer_employer_type(name) is kind


@pytest.mark.parametrize(
    "name",
    ["新疆某某科技有限公司", "中铁一局集团有限公司", "某某医院管理有限公司", "天山餐厅", "张三工作室", "新疆大学党委组织部", None, ""],
)
def test_ambiguous_employer_name_stays_unknown(name):
    # A company may be private or state-owned; a name with both signals settles nothing.
    assert infer_employer_type(name) is None


def test_split_list():
    assert split_list("乌鲁木齐、昌吉;伊犁 乌鲁木齐") == ("乌鲁木齐", "昌吉", "伊犁")
    assert split_list(["喀什", " 和田 "]) == ("喀什", "和田")
    assert split_list(None) == ()


# --- intentions -----------------------------------------------------------------------


def test_intention_example_from_the_issue():
    prefs = extract_preferences("希望在乌鲁木齐或昌吉从事软件开发，月薪6000以上")
    assert prefs == Preferences(locations=("乌鲁木齐", "昌吉"), categories=("软件开发",), industries=(), min_salary=6000)


def test_intention_places_are_canonical_and_negations_excluded():
    prefs = extract_preferences("想去喀什地区或伊犁哈萨克自治州当中学教师，不去和田")
    assert prefs.locations == ("喀什", "伊犁")
    assert prefs.categories == ("中学教师",)


def test_intention_industry_and_k_salary():
    prefs = extract_preferences("意向互联网行业的数据分析师，期望6-8K")
    assert prefs.industries == ("互联网",)
    assert prefs.categories == ("数据分析师",)
    assert prefs.min_salary == 6000


def test_intention_year_and_counts_are_not_salaries():
    assert extract_preferences("2026届毕业生，有3年学生会经历").min_salary is None
    assert extract_preferences("工资不低于4千").min_salary == 4000


def test_intention_naming_nothing_known_gives_empty_preferences():
    assert extract_preferences("服从分配") == Preferences()
    assert extract_preferences("") == Preferences()
    assert extract_preferences(None) == Preferences()


def test_explicit_preferences_win_field_by_field():
    explicit = Preferences(locations=("伊犁",), min_salary=None)
    extracted = Preferences(locations=("喀什",), categories=("会计",), min_salary=5000)
    merged = merge_preferences(explicit, extracted)
    assert merged == Preferences(locations=("伊犁",), categories=("会计",), industries=(), min_salary=5000)


def test_intention_lists_after_the_verb_become_several_categories():
    prefs = extract_preferences("电子信息工程专业，希望从事软件开发、系统运维或数据分析工作")
    assert prefs.categories == ("软件开发", "系统运维", "数据分析")
    assert prefs.industries == ("电子信息",)
    # a bare industry word after the verb is an industry, not a job kind
    assert extract_preferences("希望到新能源企业从事光伏或风电场运维").categories == ("风电场运维",)


def test_a_wish_about_the_job_is_not_a_kind_of_job():
    assert extract_preferences("想找离家近的工作").categories == ()
    assert extract_preferences("想找一份轻松点的工作，希望从事行政工作").categories == ("行政",)
    assert extract_preferences("想从事财务方面的工作").categories == ("财务",)
    assert extract_preferences("想做直播带货工作").categories == ("直播带货",)
    assert extract_preferences("想做直播带货相关的工作").categories == ("直播带货",)


def test_intention_phrases_outside_the_length_or_with_particles_are_not_kinds():
    assert extract_preferences("想做A或B工作").categories == ()
    assert extract_preferences("想做ABCDEFGHIJKLM工作").categories == ()  # 13 characters
    assert extract_preferences("想做ABCDEFGHIJKL工作").categories == ("ABCDEFGHIJKL",)
    assert extract_preferences("希望从事到基层去的工作").categories == ()
    assert extract_preferences("不想从事直播带货工作，希望从事会计工作").categories == ("会计",)


def test_intention_places_once_each_and_an_unreadable_salary_is_passed_over():
    assert extract_preferences("喀什或喀什地区").locations == ("喀什",)
    assert extract_preferences("底薪100元，希望月薪6000以上").min_salary == 6000


def test_explicit_industries_win_and_empty_ones_are_filled():
    extracted = Preferences(industries=("互联网",))
    assert merge_preferences(Preferences(industries=("能源",)), extracted).industries == ("能源",)
    assert merge_preferences(Preferences(), extracted).industries == ("互联网",)


def test_ethnicity_gets_its_suffix_only_for_the_56_groups():
    from features.values import ETHNIC_GROUPS, parse_ethnicity

    assert len(ETHNIC_GROUPS) == 56
    assert [parse_ethnicity(v) for v in ("维吾尔", "汉族", " 哈萨克 ", "", None)] == ["维吾尔族", "汉族", "哈萨克族", None, None]
    assert parse_ethnicity("穿青人") == "穿青人"


@pytest.mark.parametrize(
    ("cell", "degree", "words"),
    [
        ("Bachelor or above", False, "本科及以上"),
        ("专升本", False, "本科"),
        ("硕士研究生", False, "硕士研究生"),
        ("Master's degree", True, "硕士"),
        ("Bachelor", True, "学士"),
        ("PhD", True, "博士"),
        ("none", True, "无"),
        ("  ", False, None),
        (None, False, None),
    ],
)
def test_education_words_translate_english_and_informal_spellings(cell, degree, words):
    assert education_words(cell, degree=degree) == words


def test_translated_education_words_parse_as_the_chinese_ones():
    assert parse_education_requirement(education_words("Bachelor or above")) == parse_education_requirement("本科及以上")


def test_excel_serial_days_have_limits():
    # 37742 is 2003-05-01; a serial day is 1 to 79,999; other numbers are read as written.
    may_first = dt.date(2003, 5, 1)
    assert parse_date(1) == may_first - dt.timedelta(days=37741)
    assert parse_date(79_999) == may_first + dt.timedelta(days=79_999 - 37742)
    for number in (0, 80_000):
        with pytest.raises(ValueError, match="无法识别的日期"):
            parse_date(number)


@pytest.mark.parametrize("year", [1950, 2100])
def test_graduation_year_bounds_are_included(year):
    assert parse_year(year) == year
    assert parse_year(f"{year}届") == year
    # Outside them, a number is an Excel serial day: 1949 is in 1905.
    assert parse_year(year - 1 if year == 1950 else 37742) == (1905 if year == 1950 else 2003)


def test_hardship_lists_tolerate_empty_parts_and_a_none():
    assert parse_hardship("零就业家庭；") == {Hardship.ZERO_EMPLOYMENT_FAMILY}
    assert parse_hardship("残疾；；无") == {Hardship.DISABILITY}


def test_headcount_from_a_float_cell():
    assert parse_headcount(0.0) == 0 and parse_headcount(3.0) == 3
    with pytest.raises(ValueError):
        parse_headcount(-1.0)


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [
        ("1w-1.5w", 10000, 15000),
        ("20元/小时", 3480, 3480),  # 8 hours × 21.75 working days
        (300, 300, 300),
        (500_000, 500_000, 500_000),
        ("待遇优厚，月薪约5千", 5000, 5000),
        ("待遇优厚，4-6千", 4000, 6000),
        ("待遇优厚，月薪5000元", 5000, 5000),
        ("共招1200名，待遇优厚，月薪5000元", 5000, 5000),  # 1200 names no unit: not an amount
        ("补贴300元，待遇优厚", 300, 300),
        ("年薪600万元，待遇优厚", 500_000, 500_000),
    ],
)
def test_salary_units_periods_and_plausible_bounds(cell, low, high):
    assert parse_salary(cell) == SalaryRange(low, high)


@pytest.mark.parametrize("cell", [299, 500_001])
def test_salary_outside_the_plausible_range_raises(cell):
    with pytest.raises(ValueError, match="不在合理范围内"):
        parse_salary(cell)


def test_amounts_in_prose_outside_the_plausible_range_are_ignored():
    assert parse_salary("补贴299元，待遇优厚") == SalaryRange(None, None)
    assert parse_salary("年薪601万元，待遇优厚") == SalaryRange(None, None)


def test_education_requirement_descriptions():
    assert parse_education_requirement("仅限本科").describe() == "仅限本科"
    assert parse_education_requirement("大专或本科").describe() == "大专至本科"
    assert parse_education_requirement("本科及以上").describe() == "本科及以上"
    assert education_words("Bachelor") == "本科"  # education words by default, degree words on request


@pytest.mark.parametrize("text", ["与学历相应的学位", "与学历相对应的学位"])
def test_matching_degree_in_both_spellings(text):
    assert parse_degree_requirement(text, parse_education_requirement("硕士研究生及以上")) is Degree.MASTER
    assert parse_degree_requirement(text, parse_education_requirement("")) is None
    assert parse_degree_requirement("学士", parse_education_requirement("本科")) is Degree.BACHELOR
