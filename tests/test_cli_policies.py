"""``jobmatch policies`` end to end, through ``service.cli.main`` on small files."""

from __future__ import annotations

import csv
import json
import stat

import pytest
from openpyxl import load_workbook

from service.cli import main
from tests.test_cli import audit_rows

POLICIES_CSV = """示例数据：仅供测试
政策编号,政策名称,类别,内容/待遇,适用对象,学历,毕业年份或离校年限,年龄,困难类别,户籍或地区,其他条件,申请方式,截止日期,发布单位,政策依据
P1,求职创业补贴,就业补贴,一次性补贴,困难毕业生,大专及以上,毕业年度内,,低收入家庭、残疾,,,向学校申请,,人社局,就业补助资金管理办法
P2,就业见习,就业见习,见习补贴,离校2年内未就业,大专及以上,离校2年内未就业,,,,,向公共就业服务机构报名,,人社局,
P3,研究生专项,人才引进,生活补贴,硕士及以上,硕士及以上,,,,,,,,人社局,
"""
PLAIN_CSV = """政策编号,政策名称,学历,毕业年份或离校年限
P2,就业见习,大专及以上,离校2年内未就业
"""
GRADUATES_CSV = """学号,姓名,专业,学历,毕业年份,困难类别
A1,古丽,会计学,本科,2026,残疾
A2,张三,会计学,本科,2026,无
A3,李四,会计学,大专,2026,
"""


@pytest.fixture
def files(tmp_path):
    policies, plain, graduates = tmp_path / "policies.csv", tmp_path / "plain.csv", tmp_path / "graduates.csv"
    policies.write_text(POLICIES_CSV, encoding="utf-8-sig")
    plain.write_text(PLAIN_CSV, encoding="utf-8")
    graduates.write_text(GRADUATES_CSV, encoding="utf-8")
    return policies, plain, graduates


def run(*args) -> int:
    return main(["policies", *map(str, args)])


def test_without_graduates_the_list_is_checked_and_printed(files, capsys):
    assert run("--policies", files[0]) == 0
    out = capsys.readouterr().out
    assert "== P1 求职创业补贴（就业补贴） ==" in out and "政策依据：就业补助资金管理办法" in out
    assert "政策清单检查通过：共 3 项政策" in out


def test_the_list_can_be_written(files, tmp_path):
    out = tmp_path / "list.xlsx"
    assert run("--policies", files[0], "--out", out) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("政策编号", "政策名称") and [r[0] for r in rows[1:]] == ["P1", "P2", "P3"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_bad_file_names_row_and_column_and_outputs_nothing(files, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(POLICIES_CSV.replace("离校2年内未就业,,", "离校很久,,"), encoding="utf-8")
    out = tmp_path / "out.csv"
    assert run("--policies", bad, "--graduates", files[2], "--out", out) == 2
    err = capsys.readouterr().err
    assert f"文件 {bad}，第 4 行，列「毕业年份或离校年限」：无法识别的毕业年份条件「离校很久」" in err
    assert not out.exists()


def test_graduates_get_every_policy_verdict_audited_first(files, tmp_path, capsys):
    import getpass

    policies, _, graduates = files
    out, data_dir = tmp_path / "out.csv", tmp_path / "state"
    assert run("--policies", policies, "--graduates", graduates, "--out", out, "--data-dir", data_dir) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(encoding="utf-8-sig") as f:
        rows = {(r["graduate_id"], r["policy_id"]): (r["status"], r["reasons"]) for r in csv.DictReader(f)}
    # Staff run the command and read its files: reasons speak of the graduate, not to them.
    assert rows[("A1", "P1")][0] == "符合" and "该毕业生登记为残疾" in rows[("A1", "P1")][1]
    assert not any("您" in reasons for _, reasons in rows.values())
    assert rows[("A1", "P2")][0] == "待核实" and rows[("A1", "P2")][1].startswith("就业状态待核实")
    # 不符合 is listed too, with why (an officer answers 「为什么不能申请」 from the file).
    assert rows[("A2", "P1")] == ("不符合", "困难类别不符：政策面向困难类别为低收入家庭、残疾的毕业生，该毕业生的登记信息中没有政策所列的困难类别")
    assert rows[("A1", "P3")][0] == "不符合" and rows[("A1", "P3")][1].startswith("学历不符")
    assert rows[("A3", "P1")][0] == "待核实" and "困难类别未填写" in rows[("A3", "P1")][1]
    login = getpass.getuser()
    # A1's reason names their hardship, A2's 不符合 one that they hold none, and A3's states nothing.
    assert audit_rows(data_dir) == [("A1", "policies", "cli", login, ("hardship",)),
                                    ("A2", "policies", "cli", login, ("hardship",))]
    out_text = capsys.readouterr()
    assert "写入" in out_text.out and "审计日志" in out_text.err
    assert "P1 求职创业补贴：1 / 1 / 1" in out_text.out  # 符合 / 待核实 / 不符合


def test_json_output_nests_each_graduates_policies(files, tmp_path):
    policies, _, graduates = files
    out = tmp_path / "out.json"
    assert run("--policies", policies, "--graduates", graduates, "--out", out, "--data-dir", tmp_path / "state") == 0
    found = {g["graduate_id"]: [(p["policy_id"], p["status_label"]) for p in g["policies"]]
             for g in json.loads(out.read_text(encoding="utf-8"))}
    assert found["A1"] == [("P1", "符合"), ("P2", "待核实"), ("P3", "不符合")]


def test_output_without_sensitive_reasons_opens_no_database(files, tmp_path, capsys):
    _, plain, graduates = files
    data_dir = tmp_path / "state"
    assert run("--policies", plain, "--graduates", graduates, "--data-dir", data_dir) == 0
    assert "［待核实］P2 就业见习" in capsys.readouterr().out
    assert not data_dir.exists()


def test_when_the_audit_cannot_be_written_nothing_is_output(files, tmp_path, capsys, monkeypatch):
    policies, _, graduates = files
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")  # nothing listens on port 1
    out = tmp_path / "out.csv"
    assert run("--policies", policies, "--graduates", graduates, "--out", out, "--data-dir", tmp_path / "state") == 2
    err = capsys.readouterr().err
    assert "无法写入审计日志" in err and "secret" not in err
    assert not out.exists()
    assert run("--policies", policies, "--graduates", graduates, "--show", 1, "--data-dir", tmp_path / "state") == 2
    assert "残疾" not in capsys.readouterr().out


def test_serve_with_a_bad_policy_file_stops_before_starting(files, tmp_path, capsys):
    import socket

    bad = tmp_path / "bad.csv"
    bad.write_text(POLICIES_CSV.replace("大专及以上,毕业年度内", "全日制,毕业年度内"), encoding="utf-8")
    with socket.socket() as probe:  # a port free now, so that only the policy file can stop the start
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["serve", "--port", str(port), "--data-dir", str(tmp_path / "state"), "--policies", str(bad)]) == 2
    assert f"文件 {bad}，第 3 行，列「学历」：无法识别的学历条件「全日制」" in capsys.readouterr().err
