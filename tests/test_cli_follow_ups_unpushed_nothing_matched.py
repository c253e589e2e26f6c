"""``jobmatch follow-ups export --unpushed`` that lists nobody still writes the file but says so on stderr, as
the record's export does (``_nothing_matched``): ``--major 不存在专业`` wrote a header-only file with only
「已导出 0 位」 on stdout. The warning names only the filters --unpushed applies (as read: trimmed, a blank one not
at all) and tells 「all were pushed a job」 from 「none on the list」, as the /follow-ups page does."""

from __future__ import annotations

import pytest

from service.commands.follow_ups import COLUMNS
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_follow_ups_small_fixes import _export
from tests.test_follow_ups_unpushed_and_waiting import _support_graduates


@pytest.fixture
def unpushed(api, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    _support_graduates(api)  # unpushed: G3 (数学与应用数学), G5 and G6 (新疆大学, no major); G1 (计算机…) pushed


def test_a_major_no_support_graduate_has_writes_the_header_and_says_so(unpushed, tmp_path, capsys):
    code, out = _export(tmp_path, "--unpushed", "--major", " 不存在专业 ", "--school", "  ")
    assert code == 0
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join(COLUMNS)]
    err = capsys.readouterr().err
    assert f"注意：没有符合条件（--major 不存在专业）的困难帮扶毕业生，写出的 {out} 中没有数据行" in err
    assert "--school" not in err


def test_support_graduates_all_pushed_are_said_to_be(unpushed, tmp_path, capsys):
    code, out = _export(tmp_path, "--unpushed", "--school", "新疆大学", "--major", "计算机")
    assert code == 0
    err = capsys.readouterr().err
    assert "注意：符合条件（--school 新疆大学、--major 计算机）的困难帮扶毕业生都已推送过岗位" in err and str(out) in err


def test_an_unpushed_export_with_lines_warns_of_nothing(unpushed, tmp_path, capsys):
    code, _ = _export(tmp_path, "--unpushed", "--major", "数学")
    assert code == 0
    assert "注意" not in capsys.readouterr().err
