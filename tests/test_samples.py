"""The shipped synthetic samples (samples/) and their generator."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
from pathlib import Path

import pytest

from features.education import EducationLevel, parse_education_level, parse_education_requirement

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def jobs():
    return json.loads((SAMPLES / "jobs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def graduates():
    with open(SAMPLES / "graduates.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _id_checksum_valid(number: str) -> bool:
    expected = "10X98765432"[sum(int(c) * w for c, w in zip(number[:17], ID_WEIGHTS)) % 11]
    return number[17] == expected


def test_generator_is_deterministic_per_seed(gen):
    assert gen.generate_jobs(60, seed=7) == gen.generate_jobs(60, seed=7)
    assert gen.generate_graduates(60, seed=7) == gen.generate_graduates(60, seed=7)
    assert gen.generate_jobs(60, seed=7) != gen.generate_jobs(60, seed=8)
    assert gen.generate_graduates(60, seed=7) != gen.generate_graduates(60, seed=8)


def test_main_writes_identical_bytes_twice(gen, tmp_path):
    for name in ("a", "b"):
        assert gen.main(["--jobs", "40", "--graduates", "30", "--seed", "5", "--out", str(tmp_path / name)]) == 0
    for file in ("jobs.xlsx", "jobs.json", "graduates.csv"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes(), file


def test_shipped_files_are_what_the_generator_writes(gen, tmp_path):
    # A stale committed file (generator changed, files not regenerated) fails here.
    from openpyxl import load_workbook

    gen.main(["--out", str(tmp_path)])
    for file in ("jobs.json", "graduates.csv"):
        assert (tmp_path / file).read_bytes() == (SAMPLES / file).read_bytes(), f"{file}: run python samples/generate.py"
    # xlsx bytes may differ between openpyxl versions; its cells must not.
    fresh, shipped = (list(load_workbook(d / "jobs.xlsx").active.values) for d in (tmp_path, SAMPLES))
    assert fresh == shipped, "jobs.xlsx: run python samples/generate.py"


def test_shipped_files_have_the_documented_sizes_and_layout(jobs, graduates, gen):
    from openpyxl import load_workbook

    assert len(jobs) == 400
    assert len(graduates) == 300
    assert (SAMPLES / "graduates.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    wb = load_workbook(SAMPLES / "jobs.xlsx", read_only=True)
    assert len(wb.sheetnames) == 1
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][0] == "高校毕业生岗位信息汇总表（新疆）"  # no year: the title is read as the posts' season
    assert rows[1][0].startswith("说明")
    assert tuple(rows[2]) == gen.JOB_COLUMNS
    assert len(rows) == 3 + 400
    assert [r[0] for r in rows[3:]] == [j["岗位编号"] for j in jobs]


def test_every_job_row_is_complete_and_valid(jobs, gen, catalog):
    kinds = {"民营企业", "国有企业", "机关", "事业单位", "基层服务项目", "科研助理", "实习见习"}
    regions = {r[0] for r in gen.REGIONS} | {r[1] for r in gen.REGIONS}
    assert len({j["岗位编号"] for j in jobs}) == len(jobs)
    for job in jobs:
        assert tuple(job) == gen.JOB_COLUMNS
        assert job["职位名称"] and job["用人单位"] and job["职位类别"] and job["行业"]
        assert job["单位性质"] in kinds
        requirement = parse_education_requirement(job["学历要求"])
        assert requirement.any_level or requirement.minimum is not None, job["学历要求"]
        assert isinstance(job["招聘人数"], int) and job["招聘人数"] >= 1
        assert job["薪酬待遇"]
        assert 2 <= job["职位描述"].count("。") <= 4, job["职位描述"]
        assert any(place in job["工作地点"] for place in regions), job["工作地点"]
        # Every 本科 code cited must be the catalog code of the name written before it.
        for name, code in re.findall(r"([^：，；、（]+)（(\d{6}[TK]{0,2})）", job["专业要求"].split("研究生")[0]):
            major = catalog.major(code)
            assert major is not None and major.name == name, (name, code)
    assert {j["单位性质"] for j in jobs} == kinds


def test_every_graduate_row_is_complete_and_valid(graduates, gen, catalog):
    assert len({g["学号"] for g in graduates}) == len(graduates)
    assert len({g["身份证号"] for g in graduates}) == len(graduates)
    for g in graduates:
        assert tuple(g) == gen.GRADUATE_COLUMNS
        assert all(g[c] for c in gen.GRADUATE_COLUMNS), g
        assert g["学历"] in {"大专", "本科", "硕士研究生"}
        assert g["学位"] == {"大专": "无", "本科": "学士", "硕士研究生": "硕士"}[g["学历"]]
        if g["学历"] == "本科":
            assert catalog.resolve(g["专业"]) is not None, g["专业"]
        assert g["毕业年份"] == "2026"
        assert g["性别"] in {"男", "女"}
        birth = dt.date.fromisoformat(g["出生日期"])
        assert 1995 <= birth.year <= 2006
        number = g["身份证号"]
        assert re.fullmatch(r"65\d{15}[\dX]", number)
        assert number[6:14] == birth.strftime("%Y%m%d")
        assert _id_checksum_valid(number), "the importers verify the check digit"
        # 996-999 are kept for people aged 100 or more: no real graduate holds such a number
        assert number[14:17] in ({"996", "998"} if g["性别"] == "女" else {"997", "999"})
        assert g["户籍"].startswith("新疆")
    with_hardship = sum(g["困难类别"] != "无" for g in graduates) / len(graduates)
    assert 0.08 <= with_hardship <= 0.25


def test_most_graduates_have_an_eligible_job_listing_their_major(jobs, graduates, catalog):
    requirements = [parse_education_requirement(j["学历要求"]) for j in jobs]
    fitted = 0
    for g in graduates:
        level = parse_education_level(g["学历"])
        major = catalog.resolve(g["专业"])
        names = {g["专业"]} | ({major.class_name} if major else set())
        fitted += any(
            any(n in job["专业要求"] for n in names) and req.admits(level)
            for job, req in zip(jobs, requirements)
        )
    assert fitted / len(graduates) >= 0.7


def test_junior_college_graduates_are_shut_out_of_many_posts(jobs, graduates):
    assert sum(g["学历"] == "大专" for g in graduates) >= 30
    closed = [j for j in jobs if not parse_education_requirement(j["学历要求"]).admits(EducationLevel.JUNIOR_COLLEGE)]
    assert len(closed) >= len(jobs) * 0.4
    # Including attractive ones: state enterprises and public institutions.
    assert {"国有企业", "事业单位"} <= {j["单位性质"] for j in closed}


def test_ids_stay_unique_at_benchmark_scale(gen):
    jobs = gen.generate_jobs(3000, seed=1)
    graduates = gen.generate_graduates(3000, seed=1)
    assert len({j["岗位编号"] for j in jobs}) == 3000
    assert len({g["学号"] for g in graduates}) == 3000


def test_importers_read_the_shipped_samples_without_skipping_rows(jobs):
    importers = pytest.importorskip("service.importers")
    for path in (SAMPLES / "jobs.xlsx", SAMPLES / "jobs.json"):
        result = importers.read_jobs(path)
        assert result.skipped == [], result.skipped[:3]
        assert [j.id for j in result.records] == [j["岗位编号"] for j in jobs]
    result = importers.read_graduates(SAMPLES / "graduates.csv")
    assert result.skipped == [], result.skipped[:3]
    assert len(result.records) == 300
    assert all(g.education is not None and g.hardship is not None for g in result.records)


def test_a_large_generated_set_gives_each_graduate_an_id_number_of_their_own(gen):
    # The importers refuse a second graduate with a number already held (service.id_number_clashes), so a
    # benchmark's 2,000 generated graduates must all carry distinct numbers (4 repeated before the fix).
    rows = gen.generate_graduates(2000, seed=12)
    numbers = [r["身份证号"] for r in rows]
    assert len(set(numbers)) == len(numbers)
    assert all(_id_checksum_valid(n) and n[14:17] in {"996", "997", "998", "999"} for n in numbers)
