"""The profile's 生源地 tables and its comparison across graduation years (``matching.cohort_origins``),
in the record, the command's CSV and terminal summary, the API and the ``/profile`` page."""

from __future__ import annotations

import csv
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from fastapi.testclient import TestClient

from features.records import Gender, Preferences
from matching.cohort_origins import ORIGIN_UNKNOWN, ORIGIN_UNSTATED
from matching.cohort_profile import ranker_profile
from service.cli import main
from tests.test_api_fairs import GRADUATES, JOBS
from tests.test_api_fixtures import Api, start_api
from tests.test_api_pages import login
from tests.test_cli import write_inputs
from tests.test_cli_fairs import JOBS_CSV
from tests.test_cohort_profile import GRADUATES as PLAIN, ranker  # noqa: F401  (fixture)


@pytest.mark.parametrize(("text", "label"), [
    ("新疆喀什地区疏勒县", "新疆 喀什地区"),
    ("新疆乌鲁木齐市头屯河区", "新疆 乌鲁木齐市"),
    ("沙雅县", "新疆 阿克苏地区"),  # no province written: a Xinjiang county places itself
    ("甘肃省天水市", "甘肃 天水市"),
    ("河南省周口市", "河南 周口市"),
    ("湖北武汉", "湖北 武汉市"),
    ("北京市海淀区", "北京 北京市"),  # a municipality is its own prefecture-level city
    ("河南省郑州市、河北省石家庄市", ORIGIN_UNKNOWN),  # two provinces: not guessed
])
def test_an_origin_is_placed_in_one_province_and_prefecture(ranker, text, label):  # noqa: F811
    profile = ranker_profile([replace(PLAIN[0], origin_place=text)], ranker, with_jobs=False)
    assert [c.label for c in profile.by_origin_prefecture] == [label]
    assert [c.label for c in profile.by_origin_province] == [label.split()[0]]


def test_origins_are_counted_by_province_and_prefecture_with_the_unknown_last(ranker):  # noqa: F811
    places = ["新疆喀什地区疏勒县", "新疆喀什地区喀什市", "甘肃省天水市", "沙雅县", "火星基地", None, "新疆", "新疆和田地区", ""]
    cohort = [replace(g, origin_place=place) for g, place in zip(PLAIN, places)]
    profile = ranker_profile(cohort, ranker, with_jobs=False)
    assert [(c.label, c.count) for c in profile.by_origin_province] == [
        ("新疆", 5), ("甘肃", 1), (ORIGIN_UNKNOWN, 1), (ORIGIN_UNSTATED, 2)]
    assert [(c.label, c.count) for c in profile.by_origin_prefecture] == [
        ("新疆 喀什地区", 2), ("新疆", 1), ("新疆 和田地区", 1), ("新疆 阿克苏地区", 1), ("甘肃 天水市", 1),
        (ORIGIN_UNKNOWN, 1), (ORIGIN_UNSTATED, 2)]
    assert profile.by_origin_province[0].share == pytest.approx(5 / 9)


def test_years_are_compared_side_by_side_and_one_year_gives_no_comparison(ranker):  # noqa: F811
    profile = ranker_profile(PLAIN, ranker, with_jobs=False)
    assert [row.year for row in profile.years] == [2025, 2026]
    old, new = profile.years
    assert (old.total, new.total) == (1, 8)
    # The graduate without 学历 is 未注明, so each row adds up to its total.
    assert dict(new.by_education) == {"大专": 2, "本科": 5, "未注明": 1}
    assert dict(old.by_education) == {"大专": 0, "本科": 1, "未注明": 0}
    assert (new.women, new.men, new.wishing) == (6, 1, 4)
    assert (old.pay_median, new.pay_median) == (8000, 5000)
    assert ranker_profile(PLAIN, ranker, with_jobs=False, year=2026).years == ()


GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,性别,生源地,就业意向,期望薪资
A1,张三,新疆财经大学,会计学,本科,2026,男,新疆喀什地区疏勒县,想去乌鲁木齐做会计,4000
A2,李四,新疆财经大学,财务管理,本科,2026,女,甘肃省天水市,会计,5000
A3,王五,石河子大学,审计学,本科,2025,女,新疆喀什地区喀什市,审计,6000
A4,赵六,新疆农业职业技术学院,会计学,大专,2025,男,,会计,8000
"""


def test_the_command_writes_origins_and_the_year_comparison(tmp_path, capsys):
    jobs, graduates = write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)
    out = tmp_path / "profile.csv"
    assert main(["profile", "--graduates", str(graduates), "--out", str(out), "--no-model"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8
    rows = {(r["section"], r["item"]): r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert rows[("生源地（省份）", "新疆")]["count"] == "2" and rows[("生源地（省份）", ORIGIN_UNSTATED)]["count"] == "1"
    assert rows[("生源地（地市）", "新疆 喀什地区")]["count"] == "2"
    assert rows[("各届对比", "2025｜人数")]["count"] == "2" and rows[("各届对比", "2026｜女（人）")]["count"] == "1"
    assert rows[("各届对比", "2026｜女（人）")]["share"] == "0.5" and ("各届对比", "2026｜女性占比") not in rows
    assert (rows[("各届对比", "2025｜最多的生源省份：新疆")]["count"], rows[("各届对比", "2025｜最多的生源省份：新疆")]["share"]) \
        == ("1", "0.5")
    assert rows[("各届对比", "2026｜期望最低月薪中位数（元）")]["count"] == "4500.0"
    assert main(["profile", "--graduates", str(graduates), "--no-model"]) == 0
    shown = capsys.readouterr().out
    assert main(["profile", "--graduates", str(graduates), "--no-model", "--out", str(tmp_path / "p.xlsx")]) == 0
    book = load_workbook(tmp_path / "p.xlsx")
    assert book.sheetnames[:8] == ["概况", "毕业年份", "学校", "学历", "学位", "性别", "各届对比", "生源地（省份）"]
    assert [c.value for c in book["各届对比"][1]][:4] == ["毕业年份", "人数", "大专（人）", "本科（人）"]
    assert "各届对比：" in shown and "== 生源地 ==" in shown and "甘肃 天水市" in shown


COHORT = [replace(GRADUATES[0], origin_place="新疆喀什地区疏勒县"),
          *(replace(g, origin_place="甘肃省天水市") for g in GRADUATES[1:3]), *GRADUATES[3:],
          replace(GRADUATES[1], id="B1", name="孙敏", graduation_year=2025, gender=Gender.MALE,
                  preferences=Preferences(), id_number=None)]  # A2's 身份证号 is A2's alone


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=COHORT)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_the_api_and_page_show_origins_and_years_to_organisers(api):
    body = api.get("/api/profile", "organiser").json()
    assert {c["label"]: c["count"] for c in body["by_origin_province"]}["甘肃"] == 2
    assert body["by_origin_prefecture"][0]["label"] in {"甘肃 天水市", "新疆 喀什地区"}
    assert [(y["year"], y["total"]) for y in body["years"]] == [(2025, 1), (2026, len(GRADUATES))]
    assert api.get("/api/profile", "organiser", params={"year": 2026}).json()["years"] == []
    login(api, "organiser")
    page = api.client.get("/profile").text
    assert "<h2>各届对比</h2>" in page and 'id="years"' in page and "生源地（地市）" in page and "甘肃 天水市" in page
    assert api.audit_rows() == []
