"""Industry fairs for posts named only by an office: the unit above the employer (上级单位) and
the exam type (考试类型) kept on the job, read, stored and migrated; ``/api/fairs`` lists the
posts no fair holds a page at a time with a count per reason; ``jobmatch fairs`` takes its
size defaults from the one table the API and the form use."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from features.sectors import sector_of
from matching.fairs import FairBy, FairLimits, UnplacedKind, plan_fairs, position_themes
from matching.ranker import Ranker
from service.fair_report import plan_dict
from service.importers import read_jobs
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.factories import graduate, job
from tests.test_api_fairs import GRADUATES, JOBS
from tests.test_api_fixtures import Api, assert_problem, start_api
from tests.test_storage import empty_engine, full_job  # noqa: F401

# --- reading the system ------------------------------------------------------------------


def test_an_office_is_of_the_system_of_the_unit_above_it():
    """Beijing's 综合行政执法队 and 医政医管科 name no system; their 上级单位 does."""
    found = sector_of("综合行政执法队", "执法监察岗", parent_unit="北京市西城区椿树街道办事处")
    assert (found.name, found.word, found.source, found.text) == ("乡镇街道", "办事处", "上级单位", "北京市西城区椿树街道办事处")
    assert sector_of("医政医管科", "综合管理岗", parent_unit="锡林郭勒盟卫生健康委员会").name == "医疗卫生"
    # The parent is a name: read before its closing brackets, as the employer's is.
    assert sector_of("办公室", "科员", parent_unit="延庆区民政局（区委社会工委）").name == "民政"


def test_the_employer_comes_first_then_the_parent_then_the_exam_type_then_the_title():
    assert sector_of("某区财政局国库支付中心", "科员", parent_unit="某区人民政府").source == "单位名称"
    # A parent names the unit; a title only the work, which every unit may have.
    found = sector_of("平安建设办公室", "司法助理员", parent_unit="怀柔区泉河街道办事处")
    assert (found.name, found.source) == ("乡镇街道", "上级单位")
    found = sector_of("金池塘幼", "营养员", exam_type="教师")
    assert (found.name, found.source, found.text) == ("教育", "考试类型", "教师")
    assert sector_of("总院", "内科", exam_type="医疗").name == "医疗卫生"
    assert sector_of("综合办公室", "会计岗", category="卫生专业技术岗位").source == "职位类别"
    assert sector_of("综合办公室", "会计岗", exam_type="事业单位") is None  # a kind of post, no system
    assert sector_of("业务部门", "检察业务岗", exam_type="公务员").source == "职位名称"


def test_industry_fairs_group_offices_by_their_parents_system(catalog, segmenter):
    jobs = [replace(job("S1", "综合执法岗", employer="综合行政执法队", category="行政执法类"),
                    parent_unit="西城区椿树街道办事处", exam_type="公务员"),
            replace(job("S2", "综合管理岗", employer="综合办公室"), parent_unit="朝阳区呼家楼街道办事处"),
            replace(job("H1", "综合管理岗", employer="医政医管科"), parent_unit="某盟卫生健康委员会"),
            job("X1", "会计岗", employer="综合办公室")]
    links = position_themes(Ranker(catalog=catalog, segmenter=segmenter).fit(jobs), by=FairBy.INDUSTRY)
    assert {j: [link.name for link in found] for j, found in links.items()} == {
        "S1": ["乡镇街道"], "S2": ["乡镇街道"], "H1": ["医疗卫生"], "X1": []}
    assert links["S1"][0].reason == "上级单位「西城区椿树街道办事处」含「办事处」，属乡镇街道系统（未注明行业）"


# --- import ------------------------------------------------------------------------------


def test_the_importer_keeps_the_parent_unit_and_exam_type(tmp_path):
    path = tmp_path / "jobs.jsonl"
    records = [{"position": "综合管理岗", "workCompany": "医政医管科", "jobId": "1", "data:上级单位": "锡林郭勒盟卫生健康委员会",
                "data:考试类型": "医疗"},
               {"position": "执法岗", "workCompany": "综合行政执法队", "jobId": "2", "data:考试类型": "公务员"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    by_id = {j.id: j for j in read_jobs(path).records}
    assert (by_id["1"].parent_unit, by_id["1"].exam_type) == ("锡林郭勒盟卫生健康委员会", "医疗")
    assert (by_id["2"].parent_unit, by_id["2"].exam_type) == (None, "公务员")
    assert "锡林郭勒盟" not in by_id["1"].text  # the ranker reads the post, not its parent
    csv = tmp_path / "jobs.csv"
    csv.write_text("岗位编号,岗位名称,主管部门,招聘单位\nA,会计,某县教育局,某县第一中学\n", encoding="utf-8")
    (read,) = read_jobs(csv).records
    assert (read.employer, read.parent_unit) == ("某县第一中学", "某县教育局")


def test_a_parent_unit_longer_than_its_column_is_a_bad_row(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(f"岗位编号,岗位名称,上级单位\nA,会计,{'某' * 301}\nB,会计,某区财政局\n", encoding="utf-8")
    result = read_jobs(path)
    assert [j.id for j in result.records] == ["B"]
    (skipped,) = result.skipped
    assert skipped.column == "上级单位" and "上级单位超过 300 字" in skipped.message


# --- storage and the migration -----------------------------------------------------------


def test_the_parent_unit_and_exam_type_round_trip_on_every_database(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    stored = full_job(parent_unit="西城区椿树街道办事处", exam_type="公务员")
    with make_session_factory(empty_engine)() as session:
        repo.upsert_jobs(session=session, jobs=[stored, full_job("J002")])
        session.commit()
        assert repo.get_job(session=session, job_id="J001") == stored
        assert repo.get_job(session=session, job_id="J002").parent_unit is None


def test_jobs_written_before_the_migration_read_with_no_parent_and_survive_a_downgrade(empty_engine):  # noqa: F811
    from alembic import command

    from service.storage.db import alembic_config

    upgrade(empty_engine, "0004")
    assert "parent_unit" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO jobs (id, title, employer, education_any, description, conditions, created_at, updated_at) "
            "VALUES ('OLD', '综合管理岗', '综合办公室', :no, '', '[]', :now, :now)"), {"no": False, "now": dt.datetime(2026, 9, 1)})
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        old = repo.get_job(session=session, job_id="OLD")
        assert (old.employer, old.parent_unit, old.exam_type) == ("综合办公室", None, None)
        repo.upsert_jobs(session=session, jobs=[full_job(parent_unit="某区卫生健康委员会", exam_type="医疗")])
        session.commit()
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert "exam_type" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 2
    upgrade(empty_engine)
    with factory() as session:  # the downgrade dropped the new fields and kept the jobs
        assert repo.get_job(session=session, job_id="J001") == full_job()


# --- the API -----------------------------------------------------------------------------

TOO_FEW = {"min_positions": 1, "min_graduates": 10}  # no theme has 10 graduates: every post is left out


@pytest.fixture
def api(tmp_path):
    jobs = [*JOBS, replace(JOBS[0], id="OFF1", employer="综合办公室", parent_unit="乌鲁木齐市财政局", industry=None)]
    app, tokens = start_api(tmp_path, jobs=jobs, graduates=GRADUATES)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_the_plan_counts_the_posts_no_fair_holds_per_reason_and_lists_a_page_of_them(api):
    body = api.get("/api/fairs", "organiser", params=TOO_FEW).json()
    ids = sorted(j.id for j in JOBS) + ["OFF1"]
    ids.sort()
    assert body["unplaced_total"] == 8 and [u["job_id"] for u in body["unplaced_positions"]] == ids
    assert (body["unplaced_offset"], body["unplaced_limit"]) == (0, 50)  # the lists' default page
    assert body["unplaced_reasons"][0] == {"reason": "主题规模不足，不单独举办", "positions": 8}
    page = api.get("/api/fairs", "organiser", params={**TOO_FEW, "unplaced_offset": 2, "unplaced_limit": 3}).json()
    assert [u["job_id"] for u in page["unplaced_positions"]] == ids[2:5]
    assert (page["unplaced_total"], page["unplaced_reasons"]) == (8, body["unplaced_reasons"])
    assert page["fairs"] == body["fairs"] and page["notes"] == body["notes"]
    assert_problem(api.get("/api/fairs", "organiser", params={"unplaced_limit": 501}), 422, "unplaced_limit")
    assert_problem(api.get("/api/fairs", "organiser", params={"unplaced_offset": -1}), 422, "unplaced_offset")


def test_an_office_joins_its_parents_industry_fair_through_the_api(api):
    body = api.get("/api/fairs", "officer", params={"by": "industry", "min_positions": 1, "min_graduates": 1}).json()
    held = {p["job_id"]: p["reason"] for f in body["fairs"] for p in f["positions"]}
    assert held["OFF1"] == "上级单位「乌鲁木齐市财政局」含「财政」，属财政税务系统（未注明行业）"
    shown = api.get("/api/jobs/OFF1", "officer").json()
    assert (shown["parent_unit"], shown["exam_type"]) == ("乌鲁木齐市财政局", None)


def test_the_openapi_description_says_the_unplaced_posts_come_a_page_at_a_time(api):
    operation = api.client.get("/openapi.json").json()["paths"]["/api/fairs"]["get"]
    assert "unplaced_offset" in operation["description"] and "jobmatch fairs --out" in operation["description"]
    assert {p["name"] for p in operation["parameters"]} >= {"unplaced_offset", "unplaced_limit"}


def test_the_fair_page_counts_every_post_left_out_per_reason(api):
    from tests.test_api_pages import login

    login(api, "organiser")
    page = api.client.get("/fairs", params=TOO_FEW).text
    assert "未列入招聘会的岗位（8 个）" in page
    reasons = page[page.index('id="unplaced-reasons"'):]
    assert "主题规模不足，不单独举办：8 个" in reasons[:reasons.index("</ul>")]


# --- the plan and the command line ---------------------------------------------------------


def test_each_post_left_out_names_its_kinds_of_reason_and_the_cli_file_keeps_them_all(catalog, segmenter):
    jobs = [job("N1", "护士", employer="某医院", majors="护理学", industry="卫生"),
            job("N2", "护士", employer="某医院", majors="护理学", industry="卫生"),
            job("T1", "会计岗", employer="综合办公室", majors="会计学")]
    people = [graduate("G1", "会计学", catalog=catalog)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    plan = plan_fairs(ranker, people, ranker.rank(people, k=3, rejected_k=0), by=FairBy.INDUSTRY,
                      limits=FairLimits(min_positions=1, min_graduates=1))
    assert {u.job_id: u.kinds for u in plan.unplaced} == {
        "N1": (UnplacedKind.NOT_SUGGESTED,), "N2": (UnplacedKind.NOT_SUGGESTED,), "T1": (UnplacedKind.NO_THEME,)}
    written = plan_dict(plan, {})  # as `jobmatch fairs --out f.json` writes it: every post
    assert [u["job_id"] for u in written["unplaced_positions"]] == ["N1", "N2", "T1"]
    assert written["unplaced_reasons"] == [{"reason": "没有毕业生的推荐中有此岗位", "positions": 2},
                                           {"reason": "未归入任何主题", "positions": 1}]


def test_the_commands_size_defaults_come_from_the_one_table(monkeypatch, capsys):
    from service import fair_sizes
    from service.cli import build_parser, main

    monkeypatch.setitem(fair_sizes.SIZE_FIELDS, "max_positions",
                        replace(fair_sizes.SIZE_FIELDS["max_positions"], default=25))
    args = build_parser().parse_args(["fairs", "--jobs", "j.csv", "--graduates", "g.csv"])
    assert (args.max_positions, args.max_employers, args.max_rank) == (25, 10, FairLimits().max_rank)
    with pytest.raises(SystemExit):
        main(["fairs", "--help"])
    assert "每场最多岗位数（默认 25）" in capsys.readouterr().out


def test_the_command_reads_the_table_without_the_web_service():
    code = ("import sys, service.commands.fairs, service.fair_sizes; "
            "print(sorted(m for m in ('fastapi', 'starlette', 'sklearn') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_the_fair_page_says_why_its_counts_per_reason_add_up_to_more_than_the_posts(tmp_path, catalog):
    """One post counted under two kinds (no graduate of one theme it joined, the other too small):
    the page says so rather than show 3 under a heading of 2, and its note counts the same 2."""
    from tests.test_api_pages import login
    from tests.test_fairs import both_ways_left_out

    jobs, people = both_ways_left_out(catalog)
    app, tokens = start_api(tmp_path, jobs=jobs, graduates=people)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        login(api, "organiser")
        page = client.get("/fairs", params={"min_positions": 2, "min_graduates": 2}).text
    assert "未列入招聘会的岗位（2 个）" in page
    assert "以上合计 3 个，多于 2 个岗位：归入多个主题的岗位在不同主题因不同原因未列入时，在每种原因下各计一次。" in page
    assert "2 个岗位在所归入的主题中没有可报考的毕业生" in page


def test_the_fair_page_adds_no_overlap_line_when_the_counts_add_up(api):
    from tests.test_api_pages import login

    login(api, "organiser")
    assert 'id="unplaced-overlap"' not in api.client.get("/fairs", params=TOO_FEW).text
