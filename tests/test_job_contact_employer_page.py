"""A job board's page of the employer (Wuhan's 「企业信息url」) is the employer's contact, said as
「单位主页」, so a fair plan of such a table names a way to reach each employer (Wuhan: 0 → 231 of
231 employers; review of 2026-12-07). The post's own page (详情url) is not the employer's."""

from __future__ import annotations

import csv
import json

from service.cli import main
from service.importers import read_jobs

PAGE = "http://company.zhaopin.com/CZ123456.htm"


def _csv(path, rows) -> str:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return str(path)


def test_the_employers_page_is_read_as_its_home_page(tmp_path):
    path = _csv(tmp_path / "jobs.csv", [
        ["岗位编号", "岗位名称", "企业名称", "企业信息URL", "详情url"],
        ["W1", "期刊编辑", "武汉某传媒公司", PAGE, "https://jobs.zhaopin.com/CC1J2.htm"],
        ["W2", "会计", "武汉某科技公司", "", ""],
    ])
    result = read_jobs(path)
    jobs = {job.id: job for job in result.records}
    assert jobs["W1"].contact == f"单位主页：{PAGE}"
    assert jobs["W2"].contact is None
    assert "企业信息URL" not in result.ignored_columns and "详情url" in result.ignored_columns


def test_a_fair_plan_names_the_employers_page(tmp_path, capsys):
    header = ["岗位编号", "职位名称", "企业名称", "企业信息url", "行业", "工作地点", "学历要求", "专业", "招聘人数"]
    jobs = _csv(tmp_path / "jobs.csv", [header] + [
        [f"N{i}", "护士", f"武汉第{i}医院", f"{PAGE}?n={i}", "卫生和社会工作", "武汉市", "本科及以上", "护理学", 2]
        for i in range(1, 4)])
    graduates = _csv(tmp_path / "graduates.csv", [["学号", "姓名", "学历", "专业", "毕业年份", "期望地点"]] + [
        [f"G{i}", f"学生{i}", "本科", "护理学", 2026, "武汉市"] for i in range(1, 4)])
    out = tmp_path / "fairs.json"
    assert main(["fairs", "--jobs", jobs, "--graduates", graduates, "--by", "industry", "--no-model",
                 "--min-positions", "2", "--min-graduates", "2", "--out", str(out)]) == 0
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert plan["fairs"], capsys.readouterr()
    assert plan["employer_contacts"] == {f"武汉第{i}医院": f"单位主页：{PAGE}?n={i}" for i in range(1, 4)}
