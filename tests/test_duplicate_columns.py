"""A 疑似重复岗位 names the columns of the original table its two rows differ in, first, then the unread
columns that do not: Wuhan's row 239 and its twin differ in 岗位标签, the ninth unread column, which the
old note (the first five unread columns) never showed. Rows are the shape of Wuhan's scraped list."""

from __future__ import annotations

import json

from service.cli import main

UNREAD = ["企业标签", "企业人数规模", "企业信息url", "融资阶段", "招聘信息更新时间", "列表url", "来源", "抓取批次"]
HEADER = ",".join(["岗位编号", "岗位名称", "企业名称", "城市", "学历", "薪资", "工作简介", *UNREAD, "岗位标签", "详情url"]) + "\n"
READ = "产品经理,中望软件,武汉,本科,1万-1.5万,负责产品规划"
SAME = "上市公司,1000-9999人,https://c/1,已上市,2024-11-15,https://list/1,智联,3"


def _row(job_id: str, tags: str) -> str:
    return f"{job_id},{READ},{SAME},{tags},https://jobs/{job_id}.htm\n"


def test_the_duplicate_names_the_differing_column_beyond_the_first_five_unread(tmp_path, capsys):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + _row("J1", "软件产品") + _row("J2", "交通行业;熟悉设计软件"), encoding="utf-8")
    out = tmp_path / "checks.json"
    assert main(["check-jobs", "--jobs", str(path), "--out", str(out)]) == 0
    (dup,) = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "duplicate"]
    assert dup["job_id"] == "J2" and dup["row"] == 3
    # The id and a URL holding each row's own id are no difference to look for.
    assert dup["message"].endswith("原表中本行与该岗位在「岗位标签」列不同（岗位标签：本行「交通行业;熟悉设计软件」，该岗位「软件产品」）")
    # The file-wide note: the differing column first, then the other unread ones.
    line = next(x for x in capsys.readouterr().out.splitlines() if x.strip().startswith("（疑似重复岗位："))
    # 企业信息url is read (the employer's contact, 单位主页), so it is no unread column to look in; nor is the
    # update time, which tells no two posts apart (``test_job_updated_on``).
    assert line.strip() == ("（疑似重复岗位：原表中不同的列「岗位标签」；其余未读入的列「"
                            + "」「".join(c for c in UNREAD if c not in ("企业信息url", "招聘信息更新时间"))
                            + "」「详情url」也可能写有区别）")


def test_twins_alike_in_every_column_say_so(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + _row("J1", "软件产品") + _row("J2", "软件产品"), encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--out", str(out)])
    (dup,) = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "duplicate"]
    assert dup["message"].endswith("原表中本行与该岗位除编号外各列都相同")


def test_many_differing_columns_are_all_listed_up_to_the_bound():
    from service.duplicate_columns import SHOWN_COLUMNS, columns_note, differing_columns, names, pair_note

    own = {f"列{i}": "甲" for i in range(SHOWN_COLUMNS + 3)}
    twin = {f"列{i}": "乙" for i in range(SHOWN_COLUMNS + 3)} | {"url": "https://x/" + "a" * 40}
    differing = differing_columns(own, twin)
    assert differing == [*own, "url"]
    assert names(differing).endswith(f"「列{SHOWN_COLUMNS - 1}」等 {SHOWN_COLUMNS + 4} 列")
    note = pair_note(own, twin)
    assert note.startswith("原表中本行与该岗位在「列0」") and f"等 {SHOWN_COLUMNS + 4} 列不同（列0：本行「甲」，该岗位「乙」；" in note
    # Differing columns before the unread ones, an unread column that differs said once.
    assert columns_note(["岗位标签"], ["企业标签", "岗位标签"]) == "原表中不同的列「岗位标签」；其余未读入的列「企业标签」也可能写有区别"
    assert columns_note([], ["企业标签"]) == "未读入的列「企业标签」也可能写有区别"


def test_a_repeated_row_says_which_unread_columns_differ(tmp_path):
    path = tmp_path / "jobs.csv"
    later = _row("J1", "软件产品").replace("2024-11-15", "2024-11-16")
    path.write_text(HEADER + _row("J1", "软件产品") + _row("J2", "交通行业") + later + _row("J1", "软件产品"),
                    encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--out", str(out)])
    repeats = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "row_repeated"]
    assert [(f["row"], f["message"].split("只读入一次")[1]) for f in repeats] == [
        (4, "，更新时间取较晚的；二者只在「招聘信息更新时间」列不同"), (5, "；二者各列都相同")]
