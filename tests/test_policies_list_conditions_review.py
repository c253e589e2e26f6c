"""Review of ``jobmatch policies``' 核对条件: it says what the engine does with each clause
(``matching.policies``), not that every 其他条件 may be unread: a clause it reads is shown plainly,
one it cannot read is left to staff, who applies (「由招用单位申请」) is no condition, a kind of
university is asked, and a deadline is checked too; clauses are quoted, since a policy's own text
may hold 「；」."""

from __future__ import annotations

from service.cli import main

POLICIES_CSV = """政策编号,政策名称,类别,内容/待遇,适用对象,学历,毕业年份或离校年限,年龄,困难类别,户籍或地区,其他条件,截止日期
P01,三支一扶,基层服务项目,服务2年,全日制毕业生,大专及以上,,,,,全日制普通高校毕业生,
P02,吸纳就业补贴,吸纳就业补贴,单位补贴,招用单位,,毕业年度内,,,,由招用单位申请,
P03,学费补偿,基层就业,补偿,中央高校毕业生,,,,,,中央部门所属高校毕业生；符合征兵体格检查标准,
P04,冬季宣讲,宣讲,政策解读,全体毕业生,,,,,,,2026-01-31
"""


def _blocks(tmp_path, capsys) -> dict[str, str]:
    path = tmp_path / "policies.csv"
    path.write_text(POLICIES_CSV, encoding="utf-8")
    assert main(["policies", "--policies", str(path)]) == 0
    return {b[:3]: b for b in capsys.readouterr().out.split("\n== ")[1:]}


def test_the_conditions_say_what_the_engine_does_with_each_clause(tmp_path, capsys):
    blocks = _blocks(tmp_path, capsys)
    # Read by the engine (学历性质): no 「须人工核实」 hedge.
    assert "核对条件：学历「大专及以上」；其他条件「全日制普通高校毕业生」\n" in blocks["P01"]
    # Who applies is information for the graduate, never a condition (every graduate passes it).
    assert "其他条件「由招用单位申请」（说明由谁申请，不作条件）" in blocks["P02"]
    assert "须人工核实" not in blocks["P02"].split("核对条件：")[1].split("\n")[0]
    assert ("其他条件「符合征兵体格检查标准」（读不出，须人工核实）、「中央部门所属高校毕业生」（须人工核实是否属于）"
            in blocks["P03"])


def test_a_policy_with_only_a_deadline_is_not_said_to_admit_everyone(tmp_path, capsys):
    line = _blocks(tmp_path, capsys)["P04"].split("核对条件：")[1].split("\n")[0]
    assert line == "截止日期「2026-01-31」（已过则不符合）"
