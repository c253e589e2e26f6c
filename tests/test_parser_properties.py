"""Property-based checks of the cell parsers on generated text (Hypothesis, derandomised).

Whatever a table holds, a parser either reads it or raises ``ValueError`` with a Chinese
message (which the importer turns into a file/row/column report): no other exception, no
impossible value. Cells are assembled from pieces real cells are made of, or drawn from
their characters or from any text. A net for crashes that one piece or character sets off
(an injected one was caught); a crash that needs two particular pieces together mostly
slips through 300 examples (an injected one did), which the example tests are for.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from features.education import parse_degree, parse_education_level, parse_education_requirement
from features.intentions import extract_preferences
from features.major_requirements import parse_major_requirement
from features.salary import parse_salary
from features.headcount import parse_headcount
from features.values import parse_date, parse_year
from matching.rules.parser import parse_cell, parse_posting_text

CELL_CHARACTERS = (
    "0123456789０１２.-~～—/:：,，。；;、()（）【】 "
    "万千kKwW元月年天周日小时以上下起左右约薪资月底税前面议协商年终奖补贴每个人名若干届级"
    "本科硕士博士研究生大专专科中专高中学历学位学士及或仅限不全日制统招"
    "男女周岁岁以下出生年月党员中共预备团员户籍生源限新疆喀什乌鲁木齐少数民族汉族"
    "专业类要求会计学财务管理计算机科学与技术（）080901120203K0812研究生：本科：专科：或相关等优先"
    "经验工作两三年基层服务期证书资格英语四级六级CETABC"
)
#: Pieces real cells are assembled from, so that generated cells reach deep into the parsers.
CELL_PIECES = (
    "3000", "1.5", "10", "20", "35", "2026", "120203", "0809", "1", "0", "8", "99999", "2.5",
    "万", "千", "k", "K", "w", "元", "/月", "/年", "每月", "每年", "/天", "小时", "-", "~", "至", "到", "以上", "以下", "起",
    "左右", "月薪", "年薪", "底薪", "年终奖", "补贴", "面议", "·13薪", "届", "级", "名", "人", "若干", "两",
    "，", "。", "；", "、", "（", "）", "(", ")", "：", ":", " ", "/",
    "本科", "硕士研究生", "博士", "大专", "研究生", "学士", "及以上", "或", "仅限", "不限", "全日制", "学历", "学位",
    "周岁", "岁", "以下", "出生", "年", "月", "日", "男", "女", "限", "中共党员", "汉族", "少数民族", "新疆", "喀什", "户籍",
    "专业", "会计学", "计算机类", "计算机科学与技术", "法学", "研究生：", "本科：", "专科：", "相关专业", "等", "优先",
    "工作经验", "两年以上", "基层", "服务期", "英语四级", "证书", "应届", "毕业生", "K", "A", "T",
)
assembled = st.lists(st.sampled_from(CELL_PIECES), min_size=2, max_size=12).map("".join)
cells = st.one_of(assembled, assembled, st.text(alphabet=CELL_CHARACTERS, max_size=40), st.text(max_size=40))
SETTINGS = settings(max_examples=300, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _reads_or_refuses(parse, cell):
    try:
        return parse(cell)
    except ValueError as error:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(error)), f"{cell!r}: {error!r}"
        return None


@SETTINGS
@given(cells)
def test_salary_is_a_monthly_range_or_a_clear_refusal(cell):
    salary = _reads_or_refuses(parse_salary, cell)
    if salary is not None and salary.minimum is not None and salary.maximum is not None:
        assert 0 <= salary.minimum <= salary.maximum


@SETTINGS
@given(cells)
def test_headcount_year_and_date_are_values_or_clear_refusals(cell):
    count = _reads_or_refuses(parse_headcount, cell)
    assert count is None or count >= 0
    year = _reads_or_refuses(parse_year, cell)
    assert year is None or 1950 <= year <= 2100
    _reads_or_refuses(parse_date, cell)


@SETTINGS
@given(cells)
def test_education_words_never_fail(cell):
    requirement = parse_education_requirement(cell)
    if requirement.minimum is not None and requirement.maximum is not None:
        assert requirement.minimum <= requirement.maximum
    parse_education_level(cell)
    parse_degree(cell)


@SETTINGS
@given(cells)
def test_an_intention_never_fails(cell):
    preferences = extract_preferences(cell)
    assert preferences.min_salary is None or preferences.min_salary >= 0


@pytest.mark.parametrize("column", ["学历要求", "年龄要求", "专业要求", "其他要求", "户籍", "工作经历", "备注"])
def test_a_condition_cell_never_fails_and_cites_its_own_text(column):
    @SETTINGS
    @given(cells)
    def check(cell):
        for condition in parse_cell(column, cell):
            assert 0 <= condition.span.start <= condition.span.end <= len(cell)
            assert condition.text == cell[condition.span.start:condition.span.end]

    check()


@SETTINGS
@given(cells)
def test_posting_text_never_fails(cell):
    for condition in parse_posting_text(cell):
        assert condition.imposes


def test_a_major_requirement_never_fails(catalog):
    @SETTINGS
    @given(cells)
    def check(cell):
        parse_major_requirement(cell, catalog)

    check()
