"""The profile's cross-tables (学科门类×学历, 学校×学历, intentions by 学历 and by 门类), its 政治面貌 breakdown,
and a 生源地 short name two provinces share (「昌江」「沙湾」) read as 未能确定省份 rather than guessed."""

from __future__ import annotations

import csv

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from matching.cohort_origins import ORIGIN_UNKNOWN, origin_division
from service.cli import main
from tests.test_api_fairs import SENSITIVE_VALUES
from tests.test_api_fixtures import Api, start_api
from tests.test_api_pages import login
from tests.test_api_profile import COHORT, JOBS
from tests.test_cli import write_inputs
from tests.test_cli_fairs import JOBS_CSV

GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,性别,政治面貌,生源地,就业意向,意向类别,意向地点,期望薪资
C1,甲一,新疆大学,会计学,本科,2026,女,中共党员,昌江,会计,机关事业单位,乌鲁木齐,5000
C2,甲二,新疆大学,会计学,本科,2026,男,预备党员,海南昌江,会计,企业,乌鲁木齐、石河子,6000
C3,甲三,新疆大学,计算机科学与技术,本科,2026,女,中共预备党员,第八师,软件开发,机关事业单位,石河子,7000
C4,甲四,新疆大学,计算机科学与技术,硕士研究生,2026,男,入党积极分子,江西昌江,软件开发,机关事业单位,乌鲁木齐,9000
C5,甲五,新疆农业职业技术学院,会计学,大专,2026,女,,沙湾,,,,
C6,甲六,新疆农业职业技术学院,会计学,大专,2026,女,共青团员,新疆沙湾县,会计,企业,昌吉,4000
"""


def profile_rows(tmp_path_factory, graduates_csv: str) -> dict[tuple[str, str], tuple[str, str]]:
    """``jobmatch profile --out profile.csv`` of ``graduates_csv``, as {(section, item): (count, share)}."""
    tmp_path = tmp_path_factory.mktemp("profile")
    _, graduates = write_inputs(tmp_path, JOBS_CSV, graduates_csv)
    out = tmp_path / "profile.csv"
    assert main(["profile", "--graduates", str(graduates), "--out", str(out), "--no-model"]) == 0
    return {(r["section"], r["item"]): (r["count"], r["share"]) for r in csv.DictReader(out.open(encoding="utf-8-sig"))}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    # One profile run serves every test reading its rows (read-only dict): the CLI run is the slow part.
    return profile_rows(tmp_path_factory, GRADUATES_CSV)


def test_category_and_school_by_level_count_each_graduate_once_with_shares_of_the_row(rows):
    assert rows[("学科门类×学历", "12 管理学｜本科")] == ("2", "0.5")
    assert rows[("学科门类×学历", "12 管理学｜大专")] == ("2", "0.5")
    assert rows[("学科门类×学历", "08 工学｜硕士研究生")] == ("1", "0.5")
    assert rows[("学科门类×学历", "08 工学｜大专")] == ("0", "0.0")
    assert rows[("学校×学历", "新疆大学｜本科")] == ("3", "0.75")
    assert rows[("学校×学历", "新疆农业职业技术学院｜大专")] == ("2", "1.0")
    cells = [int(count) for (section, _), (count, _) in rows.items() if section == "学科门类×学历"]
    assert sum(cells) == 6  # every graduate in one cell


def test_intentions_by_level_say_who_wishes_for_public_sector_posts_and_where(rows):
    assert rows[("就业意向（按学历）", "本科｜填写就业意向")] == ("3", "1.0")
    assert rows[("就业意向（按学历）", "本科｜意向机关事业单位")] == ("2", "0.6667")
    assert rows[("就业意向（按学历）", "本科｜期望最低月薪中位数（元）")][0] == "6000.0"
    assert rows[("就业意向（按学历）", "本科｜意向地点：新疆 乌鲁木齐市")] == ("2", "0.6667")
    assert rows[("就业意向（按学历）", "大专｜填写就业意向")] == ("1", "0.5")  # C5 states none
    assert rows[("就业意向（按学历）", "大专｜意向机关事业单位")] == ("0", "0.0")
    assert rows[("就业意向（按学科门类）", "08 工学｜意向机关事业单位")] == ("2", "1.0")


def test_political_standing_is_read_as_the_rules_read_it_with_probationary_members_apart(rows):
    political = [(item, count) for (section, item), (count, _) in rows.items() if section == "政治面貌"]
    assert political == [("中共党员", "1"), ("中共预备党员", "2"), ("共青团员", "1"), ("入党积极分子", "1"), ("未注明", "1")]


def test_a_short_name_two_provinces_share_is_not_guessed(rows):
    assert rows[("生源地（省份）", ORIGIN_UNKNOWN)][0] == "2"  # 昌江, 沙湾
    assert rows[("生源地（省份）", "海南")][0] == "1" and rows[("生源地（省份）", "江西")][0] == "1"
    assert rows[("生源地（省份）", "新疆")][0] == "2"  # 第八师 and 新疆沙湾县


@pytest.mark.parametrize(("text", "division"), [
    ("昌江", None),  # 海南's 昌江黎族自治县 or 景德镇's 昌江区
    ("昌江县", ("海南", "昌江黎族自治县")),  # 景德镇's is a 区; the autonomous county is called 昌江县
    ("沙湾", None),  # 新疆 塔城's 沙湾 or 四川 乐山's
    ("襄城", None),
    ("海南昌江", ("海南", "昌江黎族自治县")),
    ("江西昌江", ("江西", "景德镇市")),
    ("昌江区", ("江西", "景德镇市")),  # a full name says which
    ("昌江黎族自治县", ("海南", "昌江黎族自治县")),
    ("沙湾县", ("新疆", "塔城地区")),
    ("襄城区", ("湖北", "襄阳市")),
    ("第八师", ("新疆", None)),  # the corps lies in 新疆, as README says
    ("西安", ("陕西", "西安市")),  # a prefecture's bare name stays the prefecture
    ("昆山", ("江苏", "苏州市")),
])
def test_shared_short_names_alone_say_no_province(text, division):
    assert origin_division(text) == division


def test_terminal_and_workbook_show_the_cross_tables(tmp_path, capsys):
    _, graduates = write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)
    assert main(["profile", "--graduates", str(graduates), "--no-model"]) == 0
    shown = capsys.readouterr().out
    assert "学科门类×学历（人）：" in shown and "就业意向（按学历）" in shown and "政治面貌：" in shown
    total_line = next(line for line in shown.splitlines() if "学校×学历" in line)
    block = shown[shown.index(total_line):].splitlines()
    assert block[4].split() == ["合计", "6", "2", "3", "1"]
    out = tmp_path / "p.xlsx"
    assert main(["profile", "--graduates", str(graduates), "--no-model", "--out", str(out)]) == 0
    book = load_workbook(out)
    assert {"政治面貌", "学科门类×学历", "学校×学历", "就业意向（按学历）", "就业意向（按学科门类）"} <= set(book.sheetnames)
    assert [c.value for c in book["学校×学历"][1]] == ["学校", "合计", "大专（人）", "本科（人）", "硕士研究生（人）"]
    assert [c.value for c in book["学校×学历"][4]] == ["合计", 6, 2, 3, 1]


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=COHORT)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_organisers_get_the_cross_tables_and_they_rest_on_no_sensitive_field(api):
    organiser = api.get("/api/profile", "organiser")
    officer = api.get("/api/profile", "officer", params={"sensitive": "true"}).json()
    body = organiser.json()
    cross = body["school_by_education"]
    assert cross["rows"] == ["新疆大学", "石河子大学"] and sum(cross["row_totals"]) == body["total"] == 9
    assert sum(body["category_by_education"]["row_totals"]) == 9
    assert [g["label"] for g in body["wishes_by_education"]] == [c["label"] for c in body["by_education"]]
    for name in ("category_by_education", "school_by_education", "wishes_by_education", "wishes_by_category",
                 "by_political"):
        assert officer[name] == body[name]  # the full records count as the redacted ones
    assert not any(value in organiser.text for value in SENSITIVE_VALUES)
    login(api, "organiser")
    page = api.client.get("/profile")
    assert page.status_code == 200 and "学科门类×学历" in page.text and "就业意向（按学科门类）" in page.text
