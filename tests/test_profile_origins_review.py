"""Review of the profile's 生源地 and 各届对比 (``matching.cohort_origins``): a 生源地 written as officers
write it nationally (a county's short name, a district alone, a city's bare name, a county a province
runs directly, a 兵团 city) lies in its province and prefecture-level city, not in 「未能确定省份」;
the tables add up to the cohort; provinces tied for the most are all named."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from matching.cohort_origins import ORIGIN_UNKNOWN, origin_division
from service.cli import main
from tests.test_cli import write_inputs
from tests.test_cli_fairs import JOBS_CSV


@pytest.mark.parametrize(("text", "division"), [
    ("昆山", ("江苏", "苏州市")),  # a county's short name alone goes to its city
    ("江苏昆山", ("江苏", "苏州市")),
    ("昆山市", ("江苏", "苏州市")),
    ("义乌", ("浙江", "金华市")),
    ("海淀区", ("北京", "北京市")),  # a district alone: in its municipality, itself a city
    ("北京市海淀区", ("北京", "北京市")),
    ("深圳南山", ("广东", "深圳市")),
    ("苏州", ("江苏", "苏州市")),
    ("恩施州", ("湖北", "恩施土家族苗族自治州")),
    ("仙桃", ("湖北", "仙桃市")),  # run by its province directly: reported beside the prefectures
    ("湖北仙桃", ("湖北", "仙桃市")),
    ("石河子", ("新疆", "石河子市")),
    ("新疆石河子", ("新疆", "石河子市")),
    ("兵团第八师", ("新疆", None)),
    ("吉林省", ("吉林", None)),  # the province alone, not 吉林市
    ("海南", ("海南", None)),  # the province, not 青海's 海南藏族自治州
])
def test_a_place_spelled_as_officers_spell_it_lies_in_its_province_and_city(text, division):
    assert origin_division(text) == division


GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,性别,生源地,就业意向,期望薪资
R01,甲一,喀什大学,会计学,本科,2024,女,江苏昆山,会计,5000
R02,甲二,喀什大学,会计学,本科,2024,男,义乌,,
R03,甲三,喀什大学,会计学,大专,2024,女,北京市海淀区,会计,6000
R04,甲四,喀什大学,审计学,本科,2025,女,海淀区,审计,7000
R05,甲五,喀什大学,审计学,本科,2025,男,深圳南山,,
R06,甲六,喀什大学,审计学,本科,2025,女,恩施州,审计,8000
R07,甲七,喀什大学,会计学,本科,2026,女,仙桃,会计,4500
R08,甲八,喀什大学,会计学,本科,2026,男,石河子,,
R09,甲九,喀什大学,会计学,本科,2026,女,,会计,5500
R10,甲十,喀什大学,会计学,本科,2026,男,昆山市,会计,
R11,乙一,喀什大学,会计学,本科,2026,女,沙雅县,会计,4000
R12,乙二,喀什大学,会计学,本科,,女,河南省郑州市,会计,5000
"""


def test_the_tables_add_up_to_the_cohort_with_each_place_in_its_city(tmp_path):
    _, graduates = write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)
    out = tmp_path / "profile.csv"
    assert main(["profile", "--graduates", str(graduates), "--out", str(out), "--no-model"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    table = {section: {r["item"]: int(float(r["count"])) for r in rows if r["section"] == section}
             for section in ("生源地（省份）", "生源地（地市）")}
    assert sum(table["生源地（省份）"].values()) == sum(table["生源地（地市）"].values()) == 12
    assert ORIGIN_UNKNOWN not in table["生源地（省份）"]
    assert Counter(table["生源地（地市）"]) == Counter({
        "江苏 苏州市": 2, "北京 北京市": 2, "浙江 金华市": 1, "广东 深圳市": 1, "湖北 恩施土家族苗族自治州": 1,
        "湖北 仙桃市": 1, "新疆 石河子市": 1, "新疆 阿克苏地区": 1, "河南 郑州市": 1, "未登记生源地": 1})
    years = {r["item"]: r["count"] for r in rows if r["section"] == "各届对比"}
    assert sum(int(years[f"{y}｜人数"]) for y in ("2024", "2025", "2026", "未注明")) == 12
    # Three provinces of one graduate each in 2024: all named, not the first in code-point order alone.
    assert years["2024｜最多的生源省份：北京、江苏、浙江"] == "1"
    assert years["2025｜最多的生源省份：北京、广东、湖北"] == "1" and years["2026｜最多的生源省份：新疆"] == "2"
    # A year with one wished pay shows it as the others are (5000.0, 「5,000」 in the terminal).
    assert years["未注明｜期望最低月薪中位数（元）"] == "5000.0"
