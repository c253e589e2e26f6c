"""Cell value parsers (features.values, features.salary, education words) and intention extraction."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import (
    Degree,
    EducationLevel,
    education_words,
    parse_degree,
    parse_degree_requirement,
    parse_education_level,
    parse_education_requirement,
)
from features.intentions import extract_preferences, preferences_after_intention_change, preferences_with_intention
from features.records import EmployerType, Gender, Hardship, Preferences, SalaryRange
from features.headcount import parse_headcount, states_open_headcount
from features.salary import parse_salary
from features.values import (
    infer_employer_type,
    parse_date,
    parse_employer_type,
    parse_gender,
    parse_hardship,
    ethnic_group,
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
        ("20-30万", 16667, 25000),  # 万 from 10万 up with no period: an annual package
        ("10-12万", 8333, 10000),  # from 10万 itself
        ("5万-6万", 50000, 60000),  # below that, monthly (real postings pay so)
        ("每年8万元", 6667, 6667),
        ("每月5000", 5000, 5000),
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
    [("12000-8000", "上限低于下限"), ("abc123", "无法识别的薪酬待遇"), ("8000-", "无法识别的薪酬待遇")],
)
def test_unreadable_salary_raises_with_chinese_message(cell, fragment):
    with pytest.raises(ValueError, match=fragment):
        parse_salary(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(None, None), ("", None), ("若干", None), ("若干名", None), ("招聘若干人", None), ("多名", None), ("不限", None),
     ("2人", 2), ("招3名", 3), (3, 3), (2.0, 2), ("3-5人", 5), ("10", 10),
     ("两名", 2), ("招聘一人", 1), ("十人", 10), ("十二名", 12), ("二十", 20), ("三十五人", 35), ("二至三人", 3),
     (0, 0), (100_000, 100_000)],  # 0: a post cut to none (核减) is still a post
)
def test_headcount(cell, expected):
    assert parse_headcount(cell) == expected


@pytest.mark.parametrize(("cell", "stated_open"), [
    ("若干", True), ("招聘若干人", True), (" 不限 ", True), ("待定", True), ("多名", True),
    ("/", False), ("—", False), ("-", False), ("n", False), ("", False), (None, False), ("3人", False), (3, False)])
def test_an_open_headcount_is_a_word_not_a_placeholder(cell, stated_open):
    assert states_open_headcount(cell) is stated_open
    if isinstance(cell, str) and cell.strip() in {"/", "—", "-", "n"}:
        assert parse_headcount(cell) is None  # a placeholder reads as unknown, never as an error


@pytest.mark.parametrize("cell", ["很多", -1, 2.5, "2.5人", True, "百人", "十十", "两两",
                                  "99999999999999999999", 1e308, 100_001, "1-200000人"])
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


@pytest.mark.parametrize("cell", ["2003-13-01", "2003-02-30", "去年", "5/1/2003", "000101", "0001-01-01", "18990101"])
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


@pytest.mark.parametrize("cell", ["000101", "1900-06-30", "2150年6月", 79_000])
def test_a_date_outside_any_graduation_is_refused_not_read_as_its_year(cell):
    # 「000101」 was read as year 1, an Excel serial past 2100 as its year: a graduation year is 1950-2100
    with pytest.raises(ValueError, match="毕业年份"):
        parse_year(cell)


def test_an_entry_cohort_is_not_taken_for_a_graduation_year():
    with pytest.raises(ValueError, match="「2022级」是入学年级，不是毕业年份"):
        parse_year("2022级")


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
    with pytest.raises(ValueError, match="「烈士子女」"):
        parse_hardship("残疾；烈士子女")


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


def test_stated_preferences_win_field_by_field_even_when_empty():
    merged = preferences_with_intention("想去喀什做会计，月薪5000以上", {"locations": ("伊犁",), "industries": ()})
    assert merged == Preferences(locations=("伊犁",), categories=("会计",), industries=(), min_salary=5000)
    assert preferences_with_intention("想去喀什", {"locations": ()}).locations == ()  # 不限 stated


def test_preferences_read_from_an_old_intention_follow_a_new_one():
    current = Preferences(locations=("喀什",), categories=("会计",), min_salary=6000)  # 6000 set on its own
    after = preferences_after_intention_change(current, "想去喀什做会计", "想去伊犁做教师", {})
    assert after == Preferences(locations=("伊犁",), categories=("教师",), min_salary=6000)
    stated = preferences_after_intention_change(current, "想去喀什做会计", "想去伊犁", {"locations": ("昌吉",)})
    assert stated.locations == ("昌吉",)


def test_intention_lists_after_the_verb_become_several_categories():
    prefs = extract_preferences("电子信息工程专业，希望从事软件开发、系统运维或数据分析工作")
    assert prefs.categories == ("软件开发", "系统运维", "数据分析")
    assert prefs.industries == ()  # the major's clause (电子信息工程专业) names no wished industry
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


def test_explicit_industries_win_and_unstated_ones_are_read():
    assert preferences_with_intention("想去互联网公司", {"industries": ("能源",)}).industries == ("能源",)
    assert preferences_with_intention("想去互联网公司", {}).industries == ("互联网",)


@pytest.mark.parametrize(("text", "group"), [
    ("维吾尔", "维吾尔族"), ("维吾尔族", "维吾尔族"), ("土族", "土族"), ("土家族", "土家族"), (" 汉 族", "汉族"),
    ("族", None), ("其他", None), ("穿青人", None), ("外国血统", None), ("", None), (None, None)])
def test_ethnic_group_names_only_the_56_groups(text, group):
    assert ethnic_group(text) == group


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
    # Outside them, a number is an Excel serial day: 37742 is in 2003; 1949 (in 1905) is no graduation year.
    assert parse_year(37742) == 2003
    with pytest.raises(ValueError, match="1905 年不是合理的毕业年份"):
        parse_year(year - 1 if year == 1950 else 2101)


def test_hardship_lists_tolerate_empty_parts_and_a_none():
    assert parse_hardship("零就业家庭；") == {Hardship.ZERO_EMPLOYMENT_FAMILY}
    assert parse_hardship("残疾；；") == {Hardship.DISABILITY}
    with pytest.raises(ValueError, match="前后矛盾"):  # 无 beside a category
        parse_hardship("残疾；；无")


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
        ("月薪300元，待遇优厚", 300, 300),
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


# --- mutation-testing gaps: every spelling the parsers promise to read ---------------


@pytest.mark.parametrize("cell", ["若干名", "若干人", "待定", "不定", "多名", "多人", "N", "/", "-", "—"])
def test_headcount_unstated_in_every_spelling(cell):
    assert parse_headcount(cell) is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("招聘3人", 3), ("招录2名", 2), ("2个", 2), ("3~5人", 5), ("3～5人", 5), ("3至5人", 5), ("3到5名", 5)],
)
def test_headcount_prefixes_suffixes_and_range_signs(cell, expected):
    assert parse_headcount(cell) == expected


def test_dates_with_a_day_other_than_the_first_and_six_digit_months():
    assert parse_date("20030515") == dt.date(2003, 5, 15)
    assert parse_date("200305") == dt.date(2003, 5, 1)
    assert parse_date(200305) == dt.date(2003, 5, 1)
    with pytest.raises(ValueError, match="无法识别的日期"):
        parse_date(True)


@pytest.mark.parametrize(
    ("cell", "year"),
    [(dt.date(2026, 6, 30), 2026), (dt.datetime(2026, 6, 30, 0, 0), 2026), ("2026年", 2026), ("2026毕业", 2026),
     ("2026年毕业", 2026), ("2026届毕业", 2026), ("2026届毕业生", 2026), (37742, 2003)],  # 37742: an Excel serial day
)  # fmt: skip
def test_graduation_year_from_dates_and_suffixes(cell, year):
    assert parse_year(cell) == year


@pytest.mark.parametrize("cell", ["1949", "2101届", True])
def test_graduation_year_outside_1950_to_2100_in_text_raises(cell):
    with pytest.raises(ValueError, match="毕业年份"):
        parse_year(cell)


@pytest.mark.parametrize(
    ("cell", "gender"),
    [("男性", Gender.MALE), ("male", Gender.MALE), ("1", Gender.MALE), (1, Gender.MALE), (1.0, Gender.MALE),
     ("f", Gender.FEMALE), ("2", Gender.FEMALE), (2.0, Gender.FEMALE), ("女", Gender.FEMALE)],
)  # fmt: skip
def test_gender_spellings_and_gb_codes(cell, gender):
    assert parse_gender(cell) is gender


@pytest.mark.parametrize("cell", ["", "  ", "不详", "未填", "/", "-", "—", "N/A", "na", "None", "null"])
def test_gender_not_stated(cell):
    assert parse_gender(cell) is None


def test_a_non_integer_gender_code_raises():
    with pytest.raises(ValueError, match="性别"):
        parse_gender(1.5)


@pytest.mark.parametrize(
    ("cell", "flag"),
    [("零就业家庭", Hardship.ZERO_EMPLOYMENT_FAMILY), ("低收入家庭", Hardship.LOW_INCOME_FAMILY),
     ("特困供养", Hardship.LOW_INCOME_FAMILY), ("城乡困难家庭", Hardship.LOW_INCOME_FAMILY),
     ("残障", Hardship.DISABILITY), ("少数民族", Hardship.ETHNIC_MINORITY), ("脱贫家庭", Hardship.POVERTY_ALLEVIATION),
     ("建档立卡", Hardship.POVERTY_ALLEVIATION), ("贫困户", Hardship.POVERTY_ALLEVIATION),
     ("防返贫监测对象", Hardship.POVERTY_ALLEVIATION), ("监测户", Hardship.POVERTY_ALLEVIATION),
     ("失业人员", Hardship.LONG_TERM_UNEMPLOYED)],
)  # fmt: skip
def test_each_hardship_wording(cell, flag):
    assert parse_hardship(cell) == {flag}


@pytest.mark.parametrize("cell", ["没有", "不是", "非困难", "无困难", "一般", "正常", "none", "No"])
def test_hardship_stated_as_none_in_every_spelling(cell):
    assert parse_hardship(cell) == frozenset()


def test_hardship_parts_split_at_spaces_and_the_error_lists_the_categories():
    with pytest.raises(ValueError, match="「烈士子女」（可用：零就业家庭、低收入家庭、"):
        parse_hardship("残疾 烈士子女")


def test_split_list_of_a_tuple_at_or_and_without_empty_items():
    assert split_list(("喀什", "和田")) == ("喀什", "和田")
    assert split_list("乌鲁木齐或昌吉") == ("乌鲁木齐", "昌吉")
    assert split_list(["喀什", "", " "]) == ("喀什",)
    assert split_list("、喀什") == ("喀什",)


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("科研助理岗位", EmployerType.RESEARCH_ASSISTANT), ("其它", EmployerType.OTHER),
     ("基层服务岗位", EmployerType.GRASSROOTS), ("大学生志愿服务西部计划", EmployerType.GRASSROOTS),
     ("大学生村官", EmployerType.GRASSROOTS), ("特岗教师", EmployerType.GRASSROOTS), ("实习基地", EmployerType.INTERNSHIP),
     ("全额事业", EmployerType.PUBLIC_INSTITUTION), ("全额拨款", EmployerType.PUBLIC_INSTITUTION),
     ("差额拨款", EmployerType.PUBLIC_INSTITUTION), ("自收自支", EmployerType.PUBLIC_INSTITUTION),
     ("公办学校", EmployerType.PUBLIC_INSTITUTION), ("公立医院", EmployerType.PUBLIC_INSTITUTION),
     ("参照公务员法管理", EmployerType.GOVERNMENT), ("参公", EmployerType.GOVERNMENT),
     ("行政单位", EmployerType.GOVERNMENT), ("党政部门", EmployerType.GOVERNMENT), ("政府部门", EmployerType.GOVERNMENT),
     ("群团组织", EmployerType.GOVERNMENT), ("国有控股", EmployerType.STATE_ENTERPRISE),
     ("央企", EmployerType.STATE_ENTERPRISE), ("国资", EmployerType.STATE_ENTERPRISE),
     ("私营", EmployerType.ENTERPRISE), ("上市", EmployerType.ENTERPRISE), ("股份制", EmployerType.ENTERPRISE),
     ("中外合资", EmployerType.ENTERPRISE), ("外资", EmployerType.ENTERPRISE), ("外商投资", EmployerType.ENTERPRISE),
     ("独资", EmployerType.ENTERPRISE), ("港澳台", EmployerType.ENTERPRISE), ("其他企业", EmployerType.ENTERPRISE),
     ("有限责任公司", EmployerType.ENTERPRISE), ("自主创业", EmployerType.ENTERPRISE)],
)  # fmt: skip
def test_each_employer_type_wording(cell, kind):
    assert parse_employer_type(cell) is kind


@pytest.mark.parametrize("cell", ["参公事业单位", "参照公务员法管理事业单位", "事业单位（参公）"])
def test_a_civil_service_managed_institution_is_government(cell):
    # 参公 units recruit as 机关, as infer_employer_type already reads them from a name.
    assert parse_employer_type(cell) is EmployerType.GOVERNMENT


@pytest.mark.parametrize(
    ("name", "kind"),
    [("湖南省教育厅", EmployerType.GOVERNMENT), ("新疆维吾尔自治区人力资源和社会保障厅", EmployerType.GOVERNMENT),
     ("昌吉州自然资源局", EmployerType.GOVERNMENT), ("阿克苏市发展和改革委员会", EmployerType.GOVERNMENT),
     ("莎车县镇政府", EmployerType.GOVERNMENT), ("国务院办公厅", EmployerType.GOVERNMENT),
     ("吐鲁番市乡村振兴办公室", EmployerType.GOVERNMENT), ("乌鲁木齐铁路运输法院", EmployerType.GOVERNMENT),
     ("乌鲁木齐铁路运输检察院", EmployerType.GOVERNMENT), ("自治区纪委监委派驻纪律检查组", EmployerType.GOVERNMENT),
     ("克拉玛依市监察委", EmployerType.GOVERNMENT), ("中共某某乡党委", EmployerType.GOVERNMENT),
     ("中共喀什市委组织部", EmployerType.GOVERNMENT), ("中共疏附县委宣传部", EmployerType.GOVERNMENT),
     ("中共天山区委政法办", EmployerType.GOVERNMENT), ("喀什地区驻乌鲁木齐办事处", EmployerType.GOVERNMENT),
     ("乌鲁木齐海关", EmployerType.GOVERNMENT), ("某某县税务所", EmployerType.GOVERNMENT),
     ("乌鲁木齐铁路公安处", EmployerType.GOVERNMENT), ("某某县人大常委会", EmployerType.GOVERNMENT),
     ("某某县政协", EmployerType.GOVERNMENT), ("某某县直机关工委", EmployerType.GOVERNMENT),
     ("新疆第一监狱", EmployerType.GOVERNMENT), ("某某强制隔离戒毒所", EmployerType.GOVERNMENT),
     ("某某未成年犯管教所", EmployerType.GOVERNMENT), ("某某县城市管理综合行政执法大队", EmployerType.GOVERNMENT),
     ("某某市生态环境保护综合行政执法支队", EmployerType.GOVERNMENT), ("某某镇市场监督管理所", EmployerType.GOVERNMENT),
     ("某某镇司法所", EmployerType.GOVERNMENT), ("某某派出所", EmployerType.GOVERNMENT), ("某某看守所", EmployerType.GOVERNMENT),
     ("某某县工商业联合会", EmployerType.GOVERNMENT), ("某某经济技术开发区管委会", EmployerType.GOVERNMENT),
     ("新疆农业职业技术学院", EmployerType.PUBLIC_INSTITUTION), ("乌鲁木齐市第一中学", EmployerType.PUBLIC_INSTITUTION),
     ("某某县第一幼儿园", EmployerType.PUBLIC_INSTITUTION), ("某某县特殊教育学校", EmployerType.PUBLIC_INSTITUTION),
     ("某某县妇幼保健院", EmployerType.PUBLIC_INSTITUTION), ("某某乡卫生院", EmployerType.PUBLIC_INSTITUTION),
     ("某某市青少年宫", EmployerType.PUBLIC_INSTITUTION), ("某某检验检测中心（公益一类）", EmployerType.PUBLIC_INSTITUTION),
     ("某某社区卫生服务中心", EmployerType.PUBLIC_INSTITUTION), ("某某县疾病预防控制中心", EmployerType.PUBLIC_INSTITUTION),
     ("新疆地质矿产研究所", EmployerType.PUBLIC_INSTITUTION), ("新疆畜牧科学研究院", EmployerType.PUBLIC_INSTITUTION),
     ("新疆农业科学院", EmployerType.PUBLIC_INSTITUTION), ("新疆维吾尔自治区图书馆", EmployerType.PUBLIC_INSTITUTION),
     ("新疆维吾尔自治区博物馆", EmployerType.PUBLIC_INSTITUTION), ("某某烈士纪念馆", EmployerType.PUBLIC_INSTITUTION),
     ("某某地区气象台", EmployerType.PUBLIC_INSTITUTION), ("某某县国家基本气象站", EmployerType.PUBLIC_INSTITUTION),
     ("某某市电视台", EmployerType.PUBLIC_INSTITUTION), ("新疆日报社", EmployerType.PUBLIC_INSTITUTION)],
)  # fmt: skip
def test_each_telling_word_of_an_employer_name(name, kind):
    assert infer_employer_type(name) is kind


@pytest.mark.parametrize(
    "name",
    ["某某学校后勤服务公司", "某某农垦集团第一中学", "某某局属企业", "某某监狱被服工厂", "某某学院商行",
     "新疆大学商店", "某某医院门店", "某某税务局培训中心酒店", "某某县政府饭店", "新疆大学建筑设计事务所",
     "某某县供销合作社联合会办公室", "某某博物馆文创工作室", "某某研究院投资中心（有限合伙）", "某某街道办事处股份经济联合社",
     "中建八局", "中铁二十局", "中国水利水电第五工程局"],
)  # fmt: skip
def test_a_company_word_or_a_numbered_bureau_leaves_the_name_unknown(name):
    # 中建八局, 中铁二十局: construction bureaux are state enterprises, not 机关.
    assert infer_employer_type(name) is None


# --- education levels and requirements -----------------------------------------------


def test_education_levels_and_degrees_keep_their_order_and_stored_values():
    # The values are stored in the database (service/storage/convert.py): never renumber.
    assert [int(level) for level in EducationLevel] == [0, 1, 2, 3, 4]
    assert [int(degree) for degree in Degree] == [0, 1, 2, 3]
    assert [level.label for level in EducationLevel] == ["高中/中专", "大专", "本科", "硕士研究生", "博士研究生"]
    assert [degree.label for degree in Degree] == ["无学位", "学士", "硕士", "博士"]


@pytest.mark.parametrize(
    ("text", "level"),
    [("高中", EducationLevel.SECONDARY), ("中专", EducationLevel.SECONDARY), ("中职", EducationLevel.SECONDARY),
     ("技校", EducationLevel.SECONDARY), ("职高", EducationLevel.SECONDARY), ("初中", EducationLevel.SECONDARY),
     ("高职", EducationLevel.JUNIOR_COLLEGE), ("某某职业技术学院", EducationLevel.JUNIOR_COLLEGE),
     ("大学专科", EducationLevel.JUNIOR_COLLEGE), ("大学", EducationLevel.BACHELOR), ("学士", EducationLevel.BACHELOR),
     ("研究生", EducationLevel.MASTER), ("硕士研究生", EducationLevel.MASTER), ("博士研究生", EducationLevel.DOCTOR),
     (" ", None), (None, None), ("其他", None)],
)  # fmt: skip
def test_education_level_words(text, level):
    assert parse_education_level(text) is level


@pytest.mark.parametrize(
    ("text", "described"),
    [("无要求", "学历不限"), ("无", "学历不限"), ("学历不限", "学历不限"), ("/", "学历不限"), ("-", "学历不限"),
     ("大专以上", "大专及以上"), ("本科起", "本科及以上"), ("大学以上学历", "本科及以上"), ("研究生", "硕士研究生及以上"),
     ("本科以上，硕士优先", "本科及以上"), ("本科起，硕士优先", "本科及以上"), ("专业不限", "学历要求未知"), ("", "学历要求未知"), ("限本科", "仅限本科"), ("高中", "高中/中专及以上")],
)  # fmt: skip
def test_education_requirement_wordings(text, described):
    assert parse_education_requirement(text).describe() == described


@pytest.mark.parametrize(
    ("text", "described"),
    [("硕士研究生", "硕士研究生及以上"), ("博士研究生", "博士研究生及以上"), ("博士研究生及以上", "博士研究生及以上"),
     ("本科学历，学士学位", "本科及以上"), ("大学本科学历并取得学士学位", "本科及以上"), ("本科，专业不限", "本科及以上"),
     ("硕士研究生或博士研究生", "硕士研究生至博士研究生")],
)  # fmt: skip
def test_a_level_named_twice_or_with_unrelated_limits_is_still_one_level_upward(text, described):
    # 博士研究生 is one level, not 博士 plus 研究生 (硕士); 学士 restates 本科; 专业不限 limits nothing.
    assert parse_education_requirement(text).describe() == described


def test_requirement_admits_levels_within_its_bounds():
    bachelor_up = parse_education_requirement("本科及以上")
    assert bachelor_up.admits(EducationLevel.JUNIOR_COLLEGE) is False
    assert bachelor_up.admits(EducationLevel.BACHELOR) and bachelor_up.admits(EducationLevel.DOCTOR)
    college_to_bachelor = parse_education_requirement("大专或本科")
    assert college_to_bachelor.admits(EducationLevel.JUNIOR_COLLEGE) and college_to_bachelor.admits(EducationLevel.BACHELOR)
    assert not college_to_bachelor.admits(EducationLevel.MASTER)
    assert not college_to_bachelor.admits(EducationLevel.SECONDARY)
    assert parse_education_requirement("不限").admits(EducationLevel.SECONDARY)
    with pytest.raises(ValueError):
        parse_education_requirement("").admits(EducationLevel.BACHELOR)


def test_requirements_are_values():
    assert len({parse_education_requirement("本科"), parse_education_requirement("本科及以上")}) == 1
    with pytest.raises(AttributeError):
        parse_education_requirement("本科").minimum = EducationLevel.MASTER  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "degree"),
    [("无学位", Degree.NONE), ("没有", Degree.NONE), ("否", Degree.NONE), ("博士学位", Degree.DOCTOR),
     ("硕士学位", Degree.MASTER), ("学士", Degree.BACHELOR), ("", None), (None, None), ("双学位", None)],
)  # fmt: skip
def test_degree_words(text, degree):
    assert parse_degree(text) is degree


@pytest.mark.parametrize("text", ["不限", "无要求", "无", "/", "-"])
def test_no_degree_required(text):
    assert parse_degree_requirement(text, parse_education_requirement("本科")) is Degree.NONE


def test_the_matching_degree_follows_the_lowest_level_and_a_named_degree_wins():
    def required(text, education):
        return parse_degree_requirement(text, parse_education_requirement(education))

    assert required("与学历相应的学位", "博士研究生及以上") is Degree.DOCTOR
    assert required("与学历相应的学位", "本科及以上") is Degree.BACHELOR
    assert required("与学历相应的学位", "大专及以上") is Degree.NONE  # 大专 carries no degree
    assert required("硕士", "本科及以上") is Degree.MASTER
    assert required("硕士学位", "") is Degree.MASTER
    assert required("", "本科") is None and required(None, "本科") is None


@pytest.mark.parametrize(
    ("cell", "degree", "words"),
    [("Doctoral degree", False, "博士"), ("Doctorate", False, "博士"), ("doctor", False, "博士"),
     ("Postgraduate", False, "硕士"), ("graduate student", False, "硕士"), ("MBA", False, "硕士"),
     ("MPA", False, "硕士"), ("MPAcc", False, "硕士"), ("Undergraduate", False, "本科"),
     ("Associate degree", False, "大专"),
     ("Junior college", False, "大专"), ("Vocational college", False, "大专"), ("Diploma", False, "大专"),
     ("High school", False, "高中"), ("Secondary", False, "高中"), ("Bachelor and higher", False, "本科及以上"),
     ("Bachelor+", False, "本科及以上"), ("Any", False, "不限"), ("No requirement", False, "不限"),
     ("unlimited", False, "不限"), ("Master or above", True, "硕士及以上"), ("Doctor", True, "博士"),
     ("本科学历", True, "本科学历")],  # Chinese passes through, even as a degree
)  # fmt: skip
def test_english_education_words(cell, degree, words):
    assert education_words(cell, degree=degree) == words


def test_an_undergraduate_student_is_not_a_graduate_student():
    assert parse_education_level(education_words("Undergraduate student")) is EducationLevel.BACHELOR
    assert parse_education_level(education_words("Graduate student")) is EducationLevel.MASTER


# --- salary: every wording the parser promises to read -----------------------------


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [
        ("3000元/周", 13000, 13000),  # 52 weeks / 12 months
        ("150元/日", 3262, 3262),
        ("25元/时", 4350, 4350),
        ("税前8000", 8000, 8000),
        ("薪资5000以上", 5000, None),
        ("薪酬6000以上", 6000, None),
        ("工资3000以上", 3000, None),
        ("底薪3000以上", 3000, None),
        ("基本工资3500以上", 3500, None),
        ("综合年薪12万以上", 10000, None),
        ("年收入8万以上", 6667, None),
        ("年收入10-12万", 8333, 10000),
        ("月收入4000", 4000, 4000),
        ("5000~8000", 5000, 8000),
        ("5000至8000元", 5000, 8000),
        ("5000到8000", 5000, 8000),
        ("5000—8000", 5000, 8000),
        ("5000–8000", 5000, 8000),
        ("3000元起", 3000, None),
        ("4500左右", 4500, 4500),
        ("6000上下", 6000, 6000),
        ("3000元/月-5000元/月", 3000, 5000),  # the period repeated on both bounds
        ("4k/月-6k/月", 4000, 6000),
        ("150元/天-200元/天", 3262, 4350),
    ],
)
def test_salary_prefixes_periods_range_signs_and_bounds(cell, low, high):
    assert parse_salary(cell) == SalaryRange(low, high)


@pytest.mark.parametrize("cell", ["/", "-", "TBD", "200/次", "50元每次"])
def test_salary_cells_without_a_monthly_amount_are_unknown(cell):
    assert parse_salary(cell) == SalaryRange(None, None)


@pytest.mark.parametrize("cell", ["税前8000-", "8000以上-", "8000以下-", "8000左右-", "4000元-5000元-6000元", "100-5000", "300000-600000"])
def test_short_salary_cells_that_do_not_form_a_salary_raise(cell):
    with pytest.raises(ValueError, match="薪酬待遇"):
        parse_salary(cell)


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [
        ("待遇优厚，5k", 5000, 5000),
        ("待遇优厚，1w", 10000, 10000),
        ("待遇优厚，1-1.5w", 10000, 15000),
        ("待遇优厚，4-6k", 4000, 6000),
        ("待遇优厚，4000~6000元", 4000, 6000),
        ("待遇优厚，4000至6000元", 4000, 6000),
        ("待遇优厚，4000到6000元", 4000, 6000),
        ("待遇优厚，4000—6000元", 4000, 6000),
        ("待遇优厚，5000/月", 5000, 5000),
        ("待遇优厚，5000每月", 5000, 5000),
        ("待遇优厚，年薪10-15万", 8333, 12500),
        ("月薪4500元，年终奖3.6万/年", 4500, 4500),  # a bonus is not the pay
        ("月薪4500元，年终奖3.6万每年", 4500, 4500),
        ("年终奖2万，月薪5000", 5000, 5000),  # a bare number after 月薪 is an amount
        ("底薪3000+提成", 3000, 3000),
        ("月薪5000元，另有交通补贴500元", 5000, 5000),
        ("全年约10万元（含补贴）", 8333, 8333),
        ("每年约8.4万元（含补贴）", 7000, 7000),
        ("年收入约8.4万元（含补贴）", 7000, 7000),
        ("年工资约9万元（含补贴）", 7500, 7500),
        ("年薪约10万元，按月发放", 8333, 8333),  # 月 elsewhere does not make the annual amount monthly
        ("4500元/月，5500元/月", 4500, 5500),
    ],
)
def test_amounts_in_prose_with_units_ranges_and_periods(cell, low, high):
    assert parse_salary(cell) == SalaryRange(low, high)


def test_each_negation_excludes_what_follows_it():
    for negation in ("不要", "不考虑", "不接受", "不愿去", "排除", "除了"):
        assert extract_preferences(f"伊犁，{negation}喀什").locations == ("伊犁",), negation
    assert extract_preferences("除喀什外，伊犁、昌吉均可").locations == ("伊犁", "昌吉")


@pytest.mark.parametrize(
    "text",
    ["愿意做直播带货工作", "应聘直播带货岗位", "求职直播带货", "意向直播带货", "意向为直播带货", "愿意找直播带货工作",
     "想做直播带货类，月薪5000", "想做直播带货等", "想做直播带货工作，月薪5000", "想从事直播带货方向的工作",
     "想从事直播带货类的工作"],
)  # fmt: skip
def test_each_verb_and_ending_around_a_kind_of_job(text):
    assert extract_preferences(text).categories == ("直播带货",)


def test_other_verbs_and_suffixes_of_listed_kinds():
    assert [extract_preferences(f"{verb}带货主播").categories for verb in ("当", "担任", "成为")] == [("带货主播",)] * 3
    assert extract_preferences("想做AB相关、CD方向、EF工作、GH岗位或IJ职位").categories == ("AB", "CD", "EF", "GH", "IJ")


def test_a_place_a_particle_or_a_known_word_inside_a_phrase_is_not_a_new_kind():
    assert extract_preferences("想找昌吉工作") == Preferences(locations=("昌吉",))
    assert extract_preferences("想做在家办公工作").categories == ()
    assert extract_preferences("想做高级会计").categories == ("会计",)


@pytest.mark.parametrize(
    ("text", "minimum"),
    [("薪资5000", 5000), ("薪水5000", 5000), ("工资5000", 5000), ("薪酬5000", 5000), ("待遇5000", 5000),
     ("收入5000", 5000), ("底薪3000", 3000), ("月薪5000", 5000), ("年薪10万", 8333), ("期望10万/年", 8333),
     ("不低于5000", 5000), ("不少于5000", 5000), ("最低5000", 5000), ("至少5000", 5000), ("5000/月", 5000),
     ("5000每月", 5000), ("5000元", 5000), ("5千", 5000), ("5000以上", 5000), ("5000起", 5000), ("5000左右", 5000),
     ("希望月薪5000以下也行", None)],  # a ceiling is not a minimum
)  # fmt: skip
def test_each_way_of_asking_for_pay(text, minimum):
    assert extract_preferences(text).min_salary == minimum


def test_an_unstated_location_list_is_filled_from_the_intention():
    assert preferences_with_intention("想去喀什", {"categories": ("会计",)}).locations == ("喀什",)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("四名", 4), ("五人", 5), ("六人", 6), ("七名", 7), ("八人", 8), ("九名", 9), ("招若干名", None), ("招录若干人", None),
     ("若干个", None), ("招录3名", 3), ("3个", 3)],
)  # fmt: skip
def test_headcount_in_characters_and_with_every_prefix_and_suffix(cell, expected):
    assert parse_headcount(cell) == expected
