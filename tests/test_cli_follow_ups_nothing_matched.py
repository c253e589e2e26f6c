"""``jobmatch follow-ups export`` that matches no record still writes the file (「none」 is an answer for the
bureau) but says so on stderr, naming the filters: ``--subsidy 已发放`` on a record where no graduate's newest
subsidy state is 已发放 wrote a header-only file with only 「共 0 行」 on stdout."""

from __future__ import annotations

from service.commands.follow_ups import COLUMNS
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_cli_follow_ups import data_dir, export, read_csv  # noqa: F401


def test_a_subsidy_no_record_has_writes_the_header_and_says_so(data_dir, tmp_path, capsys):
    out = tmp_path / "r.csv"
    assert export(data_dir, out, "--subsidy", "未获批") == 0
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join(COLUMNS)]
    err = capsys.readouterr().err
    assert "没有符合条件（--subsidy 未获批）的跟进记录" in err and str(out) in err
    assert "最近填写的求职创业补贴状态" in err


def test_other_filters_that_match_nothing_are_named_too(data_dir, tmp_path, capsys):
    out = tmp_path / "r.csv"
    assert export(data_dir, out, "--school", "喀什大学", "--status", "已录用") == 0
    assert read_csv(out) == []
    err = capsys.readouterr().err
    assert "没有符合条件（--status 已录用、--school 喀什大学）的跟进记录" in err and "补贴" not in err


def test_an_export_with_lines_warns_of_nothing(data_dir, tmp_path, capsys):
    assert export(data_dir, tmp_path / "r.csv", "--subsidy", "已发放") == 0
    assert [r["graduate_id"] for r in read_csv(tmp_path / "r.csv")] == ["G3"]
    assert "没有符合条件" not in capsys.readouterr().err


def test_the_warning_names_the_school_as_read_and_no_blank_one(data_dir, tmp_path, capsys):
    # The filter reads --school trimmed (blank: no filter); the warning named it as typed: 「--school  和田师范专科学校 」,
    # and a blank 「--school   」 as if it had filtered.
    assert export(data_dir, tmp_path / "a.csv", "--school", " 和田师范专科学校 ") == 0
    assert "没有符合条件（--school 和田师范专科学校）的跟进记录" in capsys.readouterr().err
    assert export(data_dir, tmp_path / "b.csv", "--school", "  ", "--subsidy", "未获批") == 0
    err = capsys.readouterr().err
    assert "没有符合条件（--subsidy 未获批）的跟进记录" in err and "--school" not in err


def test_the_subsidy_note_says_only_the_reading_used(data_dir, tmp_path, capsys):
    assert export(data_dir, tmp_path / "a.csv", "--subsidy", "未获批") == 0
    err = capsys.readouterr().err
    assert "按每位毕业生最近填写的求职创业补贴状态筛选" in err and "--all-rows" not in err
    assert export(data_dir, tmp_path / "b.csv", "--subsidy", "未获批", "--all-rows") == 0
    err = capsys.readouterr().err
    assert "按每条记录自己填写的求职创业补贴状态筛选" in err and "最近填写" not in err
