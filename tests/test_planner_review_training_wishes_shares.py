"""The 2026-12-07 career-centre planner's review (docs/changes.md, Profile and guidance; Job checks):
the training-needs list puts what training may change first and says of each topic whether it can;
a guidance sentence says its best posts include those the graduate may not apply for; the profile
counts 「不去外省」 as a refused place, not a refused kind of work, and a 专科 major's name written as
the work wished (「大数据与会计相关工作」) as no 大数据 industry; check-jobs' summary shares are of the
posts checked, as its findings' 「2 / 2 个岗位」 are, and say so."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

from service.cli import main

JOBS_CSV = """岗位编号,职位名称,用人单位,单位性质,职位类别,行业,工作地点,学历要求,专业要求,招聘人数,薪酬待遇,职位描述,其他要求
J1,会计,甲公司,国有企业,财务,金融,乌鲁木齐,本科及以上,会计学,2,5000-7000,负责会计核算,限女性
J2,出纳,乙公司,国有企业,财务,金融,乌鲁木齐,本科及以上,会计学,1,5000-7000,负责出纳,中共党员
J3,会计助理,丙公司,民营企业,财务,金融,乌鲁木齐,本科及以上,会计学,1,5000-7000,会计助理,需取得初级会计职称
J4,财务专员,丁公司,民营企业,财务,金融,乌鲁木齐,本科及以上,会计学,1,5000-7000,财务,限女性；中共党员
"""

GRADUATES_CSV = """学号,姓名,性别,出生日期,政治面貌,学校,专业,学历,学位,毕业年份,就业意向
G1,张三,男,2003-01-01,共青团员,新疆大学,会计学,本科,学士,2026,会计工作，不去外省
G2,李四,男,2003-01-01,共青团员,新疆大学,会计学,本科,学士,2026,大数据与会计相关工作
G3,王五,男,2003-01-01,群众,新疆大学,会计学,本科,学士,2026,想去大数据公司
"""


def _inputs(tmp_path):
    jobs, graduates = tmp_path / "jobs.csv", tmp_path / "graduates.csv"
    jobs.write_text(JOBS_CSV, encoding="utf-8")
    graduates.write_text(GRADUATES_CSV, encoding="utf-8")
    return jobs, graduates


def _guidance(tmp_path, suffix: str):
    jobs, graduates = _inputs(tmp_path)
    out = tmp_path / f"g{suffix}"
    main(["guidance", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model", "--out", str(out)])
    return out


def test_trainable_needs_lead_the_xlsx_and_each_topic_says_whether_training_can_change_it(tmp_path):
    sheets = load_workbook(_guidance(tmp_path, ".xlsx"))
    needs = [[c.value for c in row] for row in sheets["培训需求"].iter_rows()]
    assert needs[0][:2] == ["专题", "可否通过培训改变"]
    # 性别 and 政治面貌 affect as many graduates as the certificate, but no session changes them.
    assert [(row[0], row[1]) for row in needs[1:]] == [("执业/职业资格", "是"), ("性别", "否"), ("政治面貌", "否")]
    gaps = [[c.value for c in row] for row in sheets["毕业生建议"].iter_rows()]
    column = gaps[0].index("可否通过培训改变")
    assert {(row[3], row[column]) for row in gaps[1:]} == {("执业/职业资格", "是"), ("性别", "否"), ("政治面貌", "否")}


def test_the_csv_carries_the_flag_and_a_sentence_says_its_posts_include_those_one_may_not_apply_for(tmp_path):
    with _guidance(tmp_path, ".csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    topics = [(r["topic"], r["trainable"]) for r in rows if r["row_type"] == "专题"]
    assert topics == [("执业/职业资格", "是"), ("性别", "否"), ("政治面貌", "否")]
    political = next(r for r in rows if r["row_type"] == "毕业生" and r["topic"] == "政治面貌")
    assert political["trainable"] == "否"
    assert political["text"].startswith("该毕业生最匹配的 4 个岗位（含不符合条件的岗位）中，有 2 个（50%）对政治面貌有要求")


def test_the_printed_list_names_what_training_cannot_change_after_the_rest(tmp_path, capsys):
    jobs, graduates = _inputs(tmp_path)
    main(["guidance", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model"])
    out = capsys.readouterr().out
    assert out.index("执业/职业资格") < out.index("以下条件无法通过培训改变（只陈述事实）：") < out.index("性别　")


def test_the_profile_reads_an_unplaced_refused_place_as_a_place_and_a_major_name_as_no_industry(tmp_path):
    _, graduates = _inputs(tmp_path)
    out = tmp_path / "i.json"
    main(["profile", "--graduates", str(graduates), "--out", str(out)])
    wishes = json.loads(out.read_text(encoding="utf-8"))["intentions"]
    assert wishes["refused_kinds"] == []  # was 外省, a kind of work
    assert [(c["label"], c["count"]) for c in wishes["refused_places"]] == [("外省（未能识别的地点）", 1)]
    # 大数据 of 「大数据与会计相关工作」 is the major's name (its work is 会计); 「想去大数据公司」 still wishes it.
    assert [(c["label"], c["count"]) for c in wishes["industries"]] == [("大数据", 1)]


def test_check_jobs_shares_are_of_the_posts_checked_and_say_so(tmp_path, capsys):
    path = tmp_path / "jobs.csv"
    path.write_text("岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,招聘人数,薪酬待遇\n"
                    "C1,会计,甲公司,乌鲁木齐市天山区,本科,会计学,1,\nC2,出纳,乙公司,乌鲁木齐市天山区,本科,会计学,1,\n"
                    "C3,,,,,,,\nC4,,,,,,,\n", encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07"])
    printed = capsys.readouterr().out
    assert "缺薪酬待遇：2 个岗位（占检查的 2 个岗位的 100.0%）" in printed  # was 「2 行（50.0%）」 of 4 rows
    assert "无法读入的行：2 行（占全表 4 行的 50.0%）" in printed
    assert "2 / 2 个岗位未注明薪酬金额" in printed
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07", "--out", str(out)])
    summary = {s["代码"]: s for s in json.loads(out.read_text(encoding="utf-8"))["summary"]}
    assert (summary["pay_missing"]["占比"], summary["pay_missing"]["占比的基数"]) == ("100.0%", "检查的 2 个岗位")
    assert (summary["row_unreadable"]["占比"], summary["row_unreadable"]["占比的基数"]) == ("50.0%", "全表 4 行")
