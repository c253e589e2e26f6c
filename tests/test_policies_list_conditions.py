"""``jobmatch policies`` without graduates prints each policy with the conditions the tool checks
(学历、毕业年份、年龄、困难类别、户籍、其他条件), not only the free 适用对象 text, so that an officer
sees who qualifies by the list's own columns, and a policy stating none says so."""

from __future__ import annotations

from service.cli import main

POLICIES_CSV = """政策编号,政策名称,类别,内容/待遇,适用对象,学历,毕业年份或离校年限,年龄,困难类别,户籍或地区,其他条件
P01,一次性求职创业补贴,就业补贴,一次性补贴,困难高校毕业生,大专及以上,毕业年度内,,低保家庭、残疾；或获得国家助学贷款,新疆,
P02,就业见习,就业见习,见习补贴,离校2年内未就业高校毕业生,,离校2年内,16-24周岁,,,未就业
P03,政策宣讲,宣讲,政策解读,全体毕业生,,,,,,
"""


def test_the_list_prints_the_conditions_checked_for_each_policy(tmp_path, capsys):
    path = tmp_path / "policies.csv"
    path.write_text(POLICIES_CSV, encoding="utf-8")
    assert main(["policies", "--policies", str(path)]) == 0
    blocks = capsys.readouterr().out.split("\n== ")
    first = next(b for b in blocks if b.startswith("P01"))
    assert "核对条件：学历「大专及以上」；毕业年份「毕业年度内」；困难类别「低保家庭、残疾；或获得国家助学贷款」；户籍或地区「新疆」" in first
    second = next(b for b in blocks if b.startswith("P02"))
    assert "核对条件：毕业年份「离校2年内」；年龄「16-24周岁」；其他条件「未就业」（读不出，须人工核实）" in second
    third = next(b for b in blocks if b.startswith("P03"))
    assert "核对条件：未列（每位毕业生都列为符合，请按适用对象把关）" in third
