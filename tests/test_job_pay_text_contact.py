"""A job's pay as written (``Job.pay_text``: 「面议」 kept apart from an empty cell) and its employer's
contact (``Job.contact``: 单位网站, 联系人, 咨询电话 …, and a labelled number taken out of 备注): read by
the importer, stored (migration 0011 on SQLite and PostgreSQL), in the job API, on the job page, in
job checks of stored jobs (面议 a 提示, an empty cell 未注明) and in the fair plan files (联系方式, one
per employer)."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from features.records import Job, SalaryRange
from service.importers import read_jobs
from service.storage import repository as repo
from service.storage.db import make_session_factory
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_pages import login
from tests.test_storage import downgrade, empty_engine, head_revision, upgrade_with_a_job_written_at  # noqa: F401

WEBSITE = "http://www.example.gov.cn/"


def _csv(path, rows) -> str:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return str(path)


def _by_id(result) -> dict[str, Job]:
    return {job.id: job for job in result.records}


# --- reading tables ---------------------------------------------------------------------

def test_the_pay_cell_is_kept_as_written_and_empty_stays_none(tmp_path):
    path = _csv(tmp_path / "jobs.csv", [
        ["岗位编号", "职位名称", "薪酬待遇"],
        ["P1", "会计", "面议"], ["P2", "出纳", "按国家有关规定执行"], ["P3", "审计", ""],
        ["P4", "文员", "个人年均收入约12万元（含五险一金）"], ["P5", "销售", "5000-7000元/月"],
    ])
    jobs = _by_id(read_jobs(path))
    assert {i: j.pay_text for i, j in jobs.items()} == {
        "P1": "面议", "P2": "按国家有关规定执行", "P3": None, "P4": "个人年均收入约12万元（含五险一金）", "P5": "5000-7000元/月"}
    assert jobs["P1"].salary == jobs["P3"].salary == SalaryRange(None, None)  # the range alone cannot tell them apart
    assert jobs["P5"].salary == SalaryRange(5000, 7000)


def test_contact_columns_are_read_under_their_aliases_each_labelled(tmp_path):
    path = _csv(tmp_path / "jobs.csv", [
        ["岗位编号", "职位名称", "单位网站", "联系人", "联系电话", "咨询电话", "联系方式"],
        ["P1", "会计", WEBSITE, "王老师", "0991-1234567", "", ""],
        ["P2", "出纳", "", "", "", "0998-7654321", ""],
        ["P3", "审计", "", "", "", "", "人事科 0991-2345678"],
        ["P4", "文员", "", "", "", "", ""],
    ])
    result = read_jobs(path)
    jobs = _by_id(result)
    assert jobs["P1"].contact == f"单位网站：{WEBSITE}；联系人：王老师；联系电话：0991-1234567"
    assert jobs["P2"].contact == "咨询电话：0998-7654321"
    assert jobs["P3"].contact == "人事科 0991-2345678"  # a plain 联系方式 column needs no label
    assert jobs["P4"].contact is None
    assert not set(result.ignored_columns) & {"单位网站", "联系人", "联系电话", "咨询电话", "联系方式"}


def test_an_aggregators_website_column_is_the_contact(tmp_path):
    """gkld's records: ``other:单位网站`` on 5,340 of 11,720, ``other:联系人`` on 151."""
    record = {"jobId": "G1", "position": "科员", "workCompany": "某区财政局", "other:单位网站": WEBSITE,
              "other:联系人": "李老师", "other:网址": "学校网址： http://www.example.edu.cn"}
    other = {"jobId": "G2", "position": "科员", "workCompany": "某区税务局"}
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (record, other)), encoding="utf-8")
    job, other_job = read_jobs(path).records
    assert other_job.contact is None
    assert job.contact == f"单位网站：{WEBSITE}；联系人：李老师；学校网址： http://www.example.edu.cn"


def test_a_labelled_number_in_the_remark_is_the_contact_and_leaves_the_remark(tmp_path):
    """The Henan table: 「…不得报考；咨询电话：0371-…」 at the end of 备注 on 302 of 7,509 rows."""
    path = _csv(tmp_path / "jobs.csv", [
        ["职位代码", "职位名称", "备注"],
        ["H1", "一级科员", "近亲属在本级纪检监察机关工作的不得报考；咨询电话：0371-12345678，0371-1234567"],
        ["H2", "一级科员", "咨询电话：0371-7654321"],
        ["H3", "一级科员", "有电话行销、业务推广等相关工作经验优先录取"],
        ["H4", "一级科员", "监督电话：0371-1111111"],
        ["H5", "一级科员", "报名时请联系0371-2222222的王老师"],
    ])
    jobs = _by_id(read_jobs(path))
    assert jobs["H1"].contact == "咨询电话：0371-12345678，0371-1234567"
    assert jobs["H1"].conditions == (("备注", "近亲属在本级纪检监察机关工作的不得报考"),)
    assert (jobs["H2"].contact, jobs["H2"].conditions) == ("咨询电话：0371-7654321", ())
    for kept in ("H3", "H4", "H5"):  # no clause that is only a labelled contact number: left in 备注
        assert jobs[kept].contact is None and len(jobs[kept].conditions) == 1, kept


def test_a_contact_number_is_taken_out_only_as_a_whole_clause():
    from features.contacts import split_contact

    assert split_contact("限男性；联系电话：0991-1234567；需值夜班") == ("限男性；需值夜班", "联系电话：0991-1234567")
    assert split_contact("值班电话较多，需耐心") == ("值班电话较多，需耐心", None)
    assert split_contact("举报电话：12345") == ("举报电话：12345", None)


# --- storage ----------------------------------------------------------------------------

def test_a_database_upgrades_to_0011_keeps_pay_text_and_contact_and_goes_back(empty_engine):  # noqa: F811
    upgrade_with_a_job_written_at(empty_engine, "0010")
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    factory = make_session_factory(empty_engine)
    long_pay = "个人年均收入约2.7万元（含“五险一金”需个人缴交部分），" * 5  # a paragraph: an unbounded column
    with factory() as session:
        old = repo.get_jobs(session=session, job_ids=["J1"])["J1"]
        assert (old.pay_text, old.contact) == (None, None)
        repo.upsert_jobs(session=session, jobs=[
            Job(id="J2", title="出纳", pay_text="面议", contact=f"单位网站：{WEBSITE}；咨询电话：0991-1234567"),
            Job(id="J3", title="文员", pay_text=long_pay)])
        session.commit()
        stored = repo.get_jobs(session=session, job_ids=["J2", "J3"])
        assert (stored["J2"].pay_text, stored["J2"].contact) == ("面议", f"单位网站：{WEBSITE}；咨询电话：0991-1234567")
        assert stored["J3"].pay_text == long_pay and stored["J3"].contact is None
    downgrade(empty_engine, "0010")
    assert not {"pay_text", "contact"} & {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 3


# --- the service ------------------------------------------------------------------------

@pytest.fixture
def api(tmp_path):
    base = {job.id: job for job in JOBS}["J-ACC"]
    planted = [
        replace(base, id="J-TALK", title="审计员", salary=SalaryRange(None, None), pay_text="面议",
                contact="咨询电话：0991-1234567"),
        replace(base, id="J-BLANK", title="统计员", salary=SalaryRange(None, None), pay_text=None),
        replace(base, id="J-YEAR", title="税务专员", salary=SalaryRange(8333, 12500), pay_text="年薪10-15万"),
    ]
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *planted])  # stored, then read back by the app
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_the_job_api_keeps_reads_and_changes_the_pay_text_and_contact(api):
    talk = api.get("/api/jobs/J-TALK", "officer").json()
    assert (talk["pay_text"], talk["contact"], talk["salary_min"]) == ("面议", "咨询电话：0991-1234567", None)
    created = api.post("/api/jobs", "officer", json={"id": "N1", "title": "出纳", "pay_text": "5000-7000元/月",
                                                     "contact": f"单位网站：{WEBSITE}"})
    assert created.status_code == 201, created.text
    assert (created.json()["salary_min"], created.json()["salary_max"], created.json()["pay_text"]) == (5000, 7000, "5000-7000元/月")
    changed = api.patch("/api/jobs/N1", "officer", json={"pay_text": "按国家有关规定执行"}).json()
    assert (changed["pay_text"], changed["salary_min"], changed["salary_max"]) == ("按国家有关规定执行", None, None)
    changed = api.patch("/api/jobs/N1", "officer", json={"salary_min": 6000}).json()
    assert (changed["pay_text"], changed["salary_min"]) == (None, 6000)  # the old text no longer states the pay
    assert changed["contact"] == f"单位网站：{WEBSITE}"
    problem = api.post("/api/jobs", "officer", json={"id": "N2", "title": "出纳", "pay_text": "3-5"})
    assert problem.status_code == 422 and "pay_text" in problem.text


def test_the_job_page_shows_the_pay_as_written_and_the_contact(api):
    login(api, "g1")
    talk = api.client.get("/job/J-TALK").text
    assert '<dt>薪酬待遇</dt><dd id="pay-text">面议</dd>' in talk and "<dt>薪资</dt>" not in talk
    assert '<dt>联系方式</dt><dd id="contact">咨询电话：0991-1234567</dd>' in talk
    blank = api.client.get("/job/J-BLANK").text
    assert "<dt>薪资</dt><dd>未注明</dd>" in blank and "薪酬待遇" not in blank and 'id="contact"' not in blank
    year = api.client.get("/job/J-YEAR").text
    assert "<dt>薪资</dt><dd>8333-12500元/月</dd>" in year and '<dd id="pay-text">年薪10-15万</dd>' in year


def test_job_checks_of_stored_jobs_tell_negotiable_pay_from_an_empty_cell(api):
    body = api.get("/api/job-checks", "officer").json()
    checks = {(item["job_id"], item["check"]): item["message"] for item in body["items"]}
    assert ("J-TALK", "pay_negotiable") in checks and ("J-TALK", "pay_missing") not in checks
    assert checks[("J-BLANK", "pay_missing")] == "未注明薪酬待遇：请填写月薪范围（如 5000-7000 元/月）"
    login(api, "officer")
    note = api.client.get("/job/J-TALK").text.split('id="job-checks"')[1].split("</aside>")[0]
    assert "薪酬写的是「面议」，没有金额" in note


def test_the_fair_file_gives_each_employer_one_contact():
    from service.fair_report import COLUMNS, HEADERS_ZH, with_contacts

    assert HEADERS_ZH[COLUMNS.index("contact")] == "联系方式"
    rows = [{"row_type": "岗位", "id": "A1", "employer": "某医院"}, {"row_type": "岗位", "id": "A2", "employer": "某医院"},
            {"row_type": "岗位", "id": "A3", "employer": "某医院"}, {"row_type": "毕业生", "id": "G1", "employer": ""},
            {"row_type": "未列入岗位", "id": "A1", "employer": "某医院"}]
    contacts = {"A1": "联系人：王老师", "A2": "咨询电话：0998-1234567", "A3": "咨询电话：0998-1234567"}
    assert [r["contact"] for r in with_contacts(rows, contacts.get)] == ["咨询电话：0998-1234567"] * 3 + ["", ""]


def test_the_downloaded_fair_plan_lists_the_employers_contact(tmp_path):
    from tests.test_api_fairs import GRADUATES, JOBS as FAIR_JOBS, SMALL
    from tests.test_fair_organiser_files import fair_rows

    jobs = [replace(j, contact="咨询电话：0998-2345678") if j.id == "NUR1" else j for j in FAIR_JOBS]
    app, tokens = start_api(tmp_path, jobs=jobs, graduates=GRADUATES)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        login(api, "organiser")
        response = api.client.get("/fairs/download", params={**SMALL, "format": "csv"})
    rows = fair_rows(response.content.decode("utf-8-sig"))  # 联系方式 under its Chinese header
    assert {r["id"]: r["contact"] for r in rows if r["row_type"] == "岗位"}["NUR1"] == "咨询电话：0998-2345678"
    assert {r["contact"] for r in rows if r["row_type"] != "岗位"} == {""}
