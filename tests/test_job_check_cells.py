"""The 2026-12-07 officer's review of ``jobmatch check-jobs`` (docs/changes.md, Job checks): a finding names
the cell that says what it quotes. A post made part-time by the 工作类型 column names 工作类型, not 岗位名称
(Wuhan's 20 such posts); an unread condition in a second column read under the same name (gkld's
cond:备注 and other:说明, both 备注) names that column, not the first (223 of gkld's 2,005 such findings)."""

from __future__ import annotations

import json

from service.cli import main


def _findings(tmp_path, name: str, text: str, check: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-06", "--out", str(out)])
    return [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == check]


def test_a_part_time_post_by_its_work_type_names_the_work_type_column(tmp_path):
    header = "岗位编号,岗位名称,工作类型,企业名称,岗位分类,城市,学历,招募人数,薪资,工作简介\n"
    rows = ("J1,医护文案编辑,兼职/临时,某传媒有限公司,医学编辑,武汉 硚口,大专,1,600-1200元/周,写医学护理类文案\n"
            "J2,新媒体运营实习生,,某传媒有限公司,新媒体,武汉 洪山,本科,2,5千-8千,运营公众号\n")
    found = _findings(tmp_path, "jobs.csv", header + rows, "not_full_time")
    # J1: the 工作类型 cell says it; J2 (no 工作类型 stated): its title does.
    assert [(f["job_id"], f["row"], f["column"]) for f in found] == [("J1", 2, "工作类型"), ("J2", 3, "岗位名称")]
    assert found[0]["message"].startswith("工作类型为「兼职/临时」")


def _record(job_id: int, **cells: str) -> str:
    record = {"jobId": job_id, "examTitle": "2026年海盐县部分单位公开招聘编外用工公告", "position": "会计",
              "workCompany": "海盐县财政局", "hires": 1, "education": "专科及以上", "data:报考地区": "浙江省嘉兴市海盐县",
              "cond:专业要求": "会计学", "cond:年龄要求": "35周岁以下"} | cells
    return json.dumps(record, ensure_ascii=False) + "\n"


def test_an_unread_condition_names_the_column_holding_it_when_two_columns_share_its_name(tmp_path):
    said = "户籍以2020年11月25日的户口所在地为准。"
    text = (_record(1, **{"cond:备注": "海盐户籍", "other:说明": said})  # gkld row 1167's two 备注 cells
            + _record(2, **{"cond:备注": said})
            + _record(3, **{"cond:备注": said, "other:说明": "海盐户籍"}))
    found = _findings(tmp_path, "jobs.jsonl", text, "conditions_unread")
    assert [(f["row"], f["column"]) for f in found] == [(1, "other:说明"), (2, "cond:备注"), (3, "cond:备注")]
    assert all(f["message"].startswith("备注中「户籍以2020年11月25日的户口所在地为准」") for f in found)


def test_a_short_first_cell_is_not_taken_for_the_longer_second_one(tmp_path):
    # gkld row 6032: cond:性别要求 「男」 and other:是否限定性别, both 性别要求; only the second is unread.
    text = _record(1, **{"cond:性别要求": "男", "other:是否限定性别": "男性（需要全年从事外业工作）"})
    found = _findings(tmp_path, "jobs.jsonl", text, "conditions_unread")
    assert [(f["row"], f["column"]) for f in found] == [(1, "other:是否限定性别")]


def test_a_checks_share_is_of_the_posts_read_not_of_rows_repeating_them(tmp_path):
    header = "岗位编号,岗位名称,企业名称,岗位分类,城市,学历,招募人数,薪资,工作简介\n"
    rows = ("J1,会计,某会计师事务所,财务,武汉 洪山,本科,2,面议,负责会计核算\n"
            "J2,出纳,某会计师事务所,财务,武汉 洪山,本科,1,5千-8千,负责出纳\n"
            "J3,审计助理,某会计师事务所,财务,武汉 洪山,本科,1,5千-8千,协助审计\n"
            "J1,会计,某会计师事务所,财务,武汉 洪山,本科,2,面议,负责会计核算\n")
    path = tmp_path / "jobs.csv"
    path.write_text(header + rows, encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--out", str(out)])
    shares = {s["代码"]: (s["行数"], s["占比"]) for s in json.loads(out.read_text(encoding="utf-8"))["summary"]}
    # 1 of the 3 posts read (was 1 of 4 rows, 25.0%); the repeated row is 1 of the file's 4 rows.
    assert shares == {"pay_negotiable": (1, "33.3%"), "row_repeated": (1, "25.0%")}


def test_the_summary_sheet_has_a_bold_frozen_header_like_the_findings(tmp_path):
    from openpyxl import load_workbook

    header = "岗位编号,岗位名称,企业名称,岗位分类,城市,学历,招募人数,薪资,工作简介\n"
    path = tmp_path / "jobs.csv"
    path.write_text(header + "J1,会计,某会计师事务所,财务,武汉 洪山,本科,2,面议,负责会计核算\n", encoding="utf-8")
    out = tmp_path / "checks.xlsx"
    main(["check-jobs", "--jobs", str(path), "--out", str(out)])
    sheet = load_workbook(out)["汇总"]
    assert [c.value for c in sheet[1]] == ["检查项", "代码", "级别", "行数", "占比", "占比的基数"]
    assert all(c.font.b for c in sheet[1]) and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:F2"
    assert [c.value for c in sheet[2]] == ["薪酬面议", "pay_negotiable", "提示", 1, "100.0%", "检查的 1 个岗位"]
