"""Review: checking a policy list alone (`jobmatch policies --policies F`) names the policies whose
deadline has passed on the judging day, since every graduate would read them 不符合; a list with
none past says nothing more."""

from __future__ import annotations

from service.cli import main

POLICIES_CSV = """政策编号,政策名称,截止日期
P01,冬季宣讲,2026-01-31
P02,春季补贴,2026-12-07
P03,常年见习,长期
"""


def _run(tmp_path, capsys, *extra: str) -> str:
    path = tmp_path / "policies.csv"
    path.write_text(POLICIES_CSV, encoding="utf-8")
    assert main(["policies", "--policies", str(path), *extra]) == 0
    return capsys.readouterr().out


def test_a_policy_closed_before_the_judging_day_is_named(tmp_path, capsys):
    out = _run(tmp_path, capsys, "--on", "2026-12-07")
    assert ("注意：按2026年12月7日判断，1 项政策已过截止日期，每位毕业生都将列为不符合：P01 冬季宣讲（截止日期2026年1月31日）"
            in out)
    assert "P02 春季补贴（" not in out  # closing on the day itself is still open


def test_writing_the_list_names_the_closed_policy_too(tmp_path, capsys):
    out = _run(tmp_path, capsys, "--on", "2026-12-08", "--out", str(tmp_path / "list.xlsx"))
    assert "2 项政策已过截止日期" in out and "P01 冬季宣讲" in out and "P02 春季补贴" in out


def test_no_notice_when_every_deadline_is_ahead(tmp_path, capsys):
    out = _run(tmp_path, capsys, "--on", "2026-01-01")
    assert "已过截止日期" not in out
