"""``jobmatch guidance`` output: each wording a requirement was written in is quoted and its figure
says what it counts, so that a wording holding a 「；」 of its own is not read as two, and a number
after it is not taken for a job count when it counts graduates."""

from __future__ import annotations

import csv

from service.cli import main
from tests.test_cli import write_inputs
from tests.test_cli_guidance import GRADUATES_CSV, JOBS_CSV

# A wording with its own 「；」: before, the summary joined it with another by 「；」 and read as three.
JOBS = JOBS_CSV.replace("需取得教师资格证\nT2", "需取得教师资格证；普通话二级甲等及以上\nT2")


def test_wordings_are_quoted_and_their_figures_labelled(tmp_path, capsys):
    jobs, graduates = write_inputs(tmp_path, JOBS, GRADUATES_CSV)
    out = tmp_path / "guidance.csv"
    assert main(["guidance", "--jobs", str(jobs), "--graduates", str(graduates), "--out", str(out), "--no-model"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    topics = [r for r in rows if r["row_type"] == "专题"]
    gaps = [r for r in rows if r["row_type"] == "毕业生"]
    teacher = next(r for r in topics if r["topic"] == "教师资格证")
    assert teacher["asked"].startswith("「") and "人）" in teacher["asked"], teacher["asked"]
    assert "人）" in teacher["majors"] and teacher["majors"].startswith("汉语言文学（")
    gap = next(r for r in gaps if r["topic"] == "教师资格证")
    assert gap["asked"].startswith("「") and "个岗位）" in gap["asked"], gap["asked"]
    assert main(["guidance", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model"]) == 0
    shown = capsys.readouterr().out
    assert "要求如：「需取得教师资格证」" in shown
