"""``--on YYYY-MM-DD`` (判断日期): every command whose output depends on the day judges on it
(default today in Beijing), so that a past season's table can be read as it was; a bad day is
refused in Chinese before any work."""

from __future__ import annotations

import pytest

from service.cli import build_parser, main

JUDGING = ("recommend", "fairs", "check-jobs", "guidance", "policies", "evaluate")
REQUIRED = {"recommend": ("--jobs", "j", "--graduates", "g"), "fairs": ("--jobs", "j", "--graduates", "g"),
            "check-jobs": ("--jobs", "j"), "guidance": ("--jobs", "j", "--graduates", "g"),
            "policies": ("--policies", "p"), "evaluate": ("--jobs", "j", "--graduates", "g", "--qrels", "q")}

HEADER = "岗位编号,职位名称,用人单位,职位类别,工作地点,学历要求,专业,招聘人数,薪酬待遇,职位描述,报名截止日期,招聘公告\n"
JOBS_CSV = HEADER + (
    "J1,会计,乌鲁木齐市财政局,财务,乌鲁木齐市,本科及以上,会计学,2,5000-7000元/月,负责会计核算,2023-03-10,\n"
    "J2,出纳,昌吉市财政局,财务,昌吉市,本科及以上,会计学,1,5000-7000元/月,负责现金收付,,昌吉市2022年度事业单位公开招聘公告\n"
)
GRADUATES_CSV = "学号,姓名,学校,专业,学历,学位,毕业年份\nG1,张三,新疆财经大学,会计学,本科,学士,2023\n"


@pytest.mark.parametrize("command", JUDGING)
def test_every_judging_command_takes_the_day(command):
    args = build_parser().parse_args([command, *REQUIRED[command], "--on", "2023-03-01"])
    assert args.day.isoformat() == "2023-03-01"
    assert build_parser().parse_args([command, *REQUIRED[command]]).day is None  # today in Beijing


@pytest.mark.parametrize(("value", "message"), [
    ("2023-13-01", "参数 --on：判断日期「2023-13-01」不是有效的日期"),
    ("2023-02-29", "参数 --on：判断日期「2023-02-29」不是有效的日期"),
    ("2023/03/01", "参数 --on：判断日期「2023/03/01」须写成 YYYY-MM-DD（如 2023-03-01）"),
    ("20230301", "参数 --on：判断日期「20230301」须写成 YYYY-MM-DD（如 2023-03-01）"),
])
def test_a_bad_day_is_refused_in_chinese(value, message, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check-jobs", "--jobs", "j.csv", "--on", value])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def _write(tmp_path):
    jobs, graduates = tmp_path / "jobs.csv", tmp_path / "graduates.csv"
    jobs.write_text(JOBS_CSV, encoding="utf-8")
    graduates.write_text(GRADUATES_CSV, encoding="utf-8")
    return jobs, graduates


def test_job_checks_judge_deadlines_and_seasons_on_the_day(tmp_path, capsys):
    jobs, _ = _write(tmp_path)
    main(["check-jobs", "--jobs", str(jobs), "--on", "2023-03-01"])
    in_season = capsys.readouterr().out
    assert "报名已截止" not in in_season and "报名早已结束" not in in_season
    assert "招聘公告为2022年度，报名可能已经结束" in in_season  # the season before the day's: 待核实
    main(["check-jobs", "--jobs", str(jobs)])  # today: both long closed
    today = capsys.readouterr().out
    assert "报名已截止（2023-03-10）" in today and "招聘公告为2022年度，报名早已结束" in today


def test_recommend_judges_on_the_day_and_counts_posts_closed_long_ago(tmp_path, capsys):
    jobs, graduates = _write(tmp_path)
    assert main(["recommend", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model",
                 "--on", "2023-03-01"]) == 0
    in_season = capsys.readouterr().out
    assert "会计｜乌鲁木齐市财政局" in in_season and "［待核实］出纳" in in_season
    assert "报名早已结束" not in in_season
    assert main(["recommend", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model"]) == 0
    today = capsys.readouterr().out
    assert "不符合报考条件的岗位：" not in today  # neither closed post pushes out a rejection to act on
    assert "另有 2 个岗位报名早已结束（招聘年度已过，或报名截止已超过 7 天），未推荐，也未列入不符合报考条件的岗位" in today
