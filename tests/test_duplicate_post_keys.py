"""A 疑似重复岗位 is never two posts the table itself tells apart: by their own 职位代码, by the 内设机构 or
科室 they are assigned to, or by their 上级单位 (gkld: 93 of 143 pairs differed in 职位代码 alone)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from features.education import Degree
from features.records import Job
from matching.job_checks import Check, check_jobs
from service.cli import main

POST = Job(id="P1", title="临床医师", employer="锡林郭勒盟医院", location="内蒙古自治区锡林郭勒盟锡林浩特市",
           parent_unit="锡林郭勒盟卫生健康委员会", majors_text="临床医学")


@pytest.fixture(scope="module")
def rules():
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    return {"catalog": load_major_catalog(), "major_tables": load_major_code_tables()}


def duplicates(rules, jobs, texts=None) -> list[tuple[str, str]]:
    report = check_jobs(jobs, **rules, texts=texts)
    return [(f.job_id, f.value) for f in report.findings if f.check is Check.DUPLICATE]


def test_posts_with_their_own_position_codes_are_not_duplicates(rules):
    twin = replace(POST, id="P2")
    assert duplicates(rules, [POST, twin], {"P1": {"position_code": "0101"}, "P2": {"position_code": "0102"}}) == []
    assert duplicates(rules, [POST, twin], {"P1": {"department": "急诊科"}, "P2": {"department": "内科"}}) == []
    assert duplicates(rules, [POST, replace(twin, parent_unit="锡林郭勒盟教育局")]) == []


def test_a_post_asking_the_degree_of_its_level_is_not_the_twin_of_one_asking_a_bachelors(rules):
    bachelor = replace(POST, degree=Degree.BACHELOR)
    matching = replace(bachelor, id="P2", degree_matching=True)  # 「与学历相对应的学位」: a master needs a master's
    assert duplicates(rules, [bachelor, matching]) == []
    assert duplicates(rules, [matching, replace(matching, id="P3")]) == [("P3", "P2")]


def test_posts_alike_in_everything_are_still_duplicates(rules):
    twin = replace(POST, id="P2")
    same = {"position_code": "0101", "department": "急诊科"}
    assert duplicates(rules, [POST, twin], {"P1": same, "P2": dict(same)}) == [("P2", "P1")]
    assert duplicates(rules, [POST, twin]) == [("P2", "P1")]


def _record(job_id: int, **cells: str) -> str:
    record = {"jobId": job_id, "examTitle": "锡林郭勒盟2022年度事业单位公开招聘简章", "position": "临床医师",
              "workCompany": "锡林郭勒盟医院", "hires": 1, "education": "本科及以上",
              "data:报考地区": "内蒙古自治区锡林郭勒盟锡林浩特市", "data:上级单位": "锡林郭勒盟卫生健康委员会",
              "cond:专业要求": "临床医学"} | cells
    return json.dumps(record, ensure_ascii=False) + "\n"


def _flagged(tmp_path, *records: str) -> list[str]:
    path, out = tmp_path / "jobs.jsonl", tmp_path / "checks.json"
    path.write_text("".join(records), encoding="utf-8")
    main(["check-jobs", "--jobs", str(path), "--on", "2022-06-01", "--out", str(out)])
    return [f["job_id"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "duplicate"]


def test_a_gkld_table_s_position_code_and_department_are_read(tmp_path):
    code = {"data:职位代码": "0101"}
    assert _flagged(tmp_path, _record(1, **code), _record(2, **{"data:职位代码": "0102"})) == []
    assert _flagged(tmp_path, _record(1, **{"other:内设机构名称": "急诊科"}),
                    _record(2, **{"other:内设机构名称": "内科"})) == []
    assert _flagged(tmp_path, _record(1, **{"other:拟分配科室/部门": "急诊科"}),
                    _record(2, **{"other:拟分配科室/部门": "内科"})) == []
    assert _flagged(tmp_path, _record(1, **code), _record(2, **code)) == ["2"]
