"""Columns read into a job's 职位代码 and 内设机构/科室 (``Job.position_code``, ``Job.department``; migration
0017) are read columns: the import's list of unread columns (``ImportResult.ignored_columns``) and the
duplicate note of ``jobmatch check-jobs`` no longer name them as columns 「未读入」 (gkld's note named
「other:内设机构名称」 though the duplicate check compares it)."""

from __future__ import annotations

from service.cli import main
from service.importers import read_graduates, read_jobs
from tests.test_duplicate_post_keys import _record
from tests.test_importers import write_csv

HEADER = ["岗位编号", "职位名称", "用人单位", "学历要求", "专业要求", "职位编号", "内设机构(科室)", "考点"]


def test_the_post_key_columns_are_not_listed_as_unread(tmp_path):
    rows = [HEADER, ["J1", "科员", "甲县人民政府办公室", "本科", "汉语言文学", "0101", "综合科", "甲县"]]
    result = read_jobs(write_csv(tmp_path / "jobs.csv", rows))
    [job] = result.records
    # 「内设机构(科室)」 is 内设机构 with a note, read past as the field headers' notes are.
    assert (job.position_code, job.department) == ("0101", "综合科")
    assert result.ignored_columns == ("考点",)


def test_a_graduates_file_still_lists_a_department_column_it_does_not_read(tmp_path):
    rows = [["学号", "姓名", "部门"], ["G1", "甲", "学工处"]]
    assert read_graduates(write_csv(tmp_path / "g.csv", rows)).ignored_columns == ("部门",)


def test_the_duplicate_note_of_check_jobs_names_no_post_key_column_as_unread(tmp_path, capsys):
    path = tmp_path / "jobs.jsonl"  # one post twice, under two ids and two exam sites
    path.write_text(_record(7001, **{"data:职位代码": "0101", "other:内设机构名称": "急诊科", "other:考点": "甲"})
                    + _record(7002, **{"data:职位代码": "0101", "other:内设机构名称": "急诊科", "other:考点": "乙",
                                    "other:邮编": "026000"}), encoding="utf-8")
    main(["check-jobs", "--jobs", str(path), "--on", "2022-06-01"])
    [note] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  （疑似重复岗位：")]
    assert note == "  （疑似重复岗位：原表中不同的列「other:考点」「other:邮编」）"


def test_a_pair_told_apart_by_a_department_header_with_a_note_is_no_duplicate(tmp_path, capsys):
    header = HEADER[:-1]
    rows = [header, ["J1", "科员", "甲县人民政府办公室", "本科", "汉语言文学", "0101", "综合科"],
            ["J2", "科员", "甲县人民政府办公室", "本科", "汉语言文学", "0101", "财务科"]]
    main(["check-jobs", "--jobs", str(write_csv(tmp_path / "jobs.csv", rows)), "--on", "2026-12-07"])
    assert "疑似重复岗位" not in capsys.readouterr().out
