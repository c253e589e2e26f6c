"""Graduates a fair plan invites nowhere are named, each with the reason (``FairPlan.absent``):
the notes only counted them (「8 位毕业生的专业未能归入本科专业类」, a dropped theme's 「可参加的毕业生
3 人」), so an organiser could not tell whom to point to another event, nor why. Listed in the JSON
(``absent_graduates``), the CSV and XLSX (rows of type 未列入毕业生) and on the ``/fairs`` page."""

from __future__ import annotations

import io
import json

from openpyxl import load_workbook

from service.cli import main
from tests.factories import graduate
from tests.test_api_fairs import SMALL, api  # noqa: F401
from tests.test_api_pages import login
from tests.test_cli import write_inputs
from tests.test_cli_fairs import GRADUATES_CSV, JOBS_CSV, LIMITS
from tests.test_fair_invitations import _split
from tests.test_fair_organiser_files import fair_rows
from tests.test_fairs import SMALL as SMALL_LIMITS
from tests.test_fairs import graduates_, jobs_, plan


def _run(tmp_path, *args) -> None:
    jobs, graduates = write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)
    assert main(["fairs", "--jobs", str(jobs), "--graduates", str(graduates), *map(str, LIMITS), "--no-model",
                 *map(str, args)]) == 0


def test_each_graduate_in_no_fair_is_listed_with_why_in_the_json_and_csv(tmp_path):
    _run(tmp_path, "--out", tmp_path / "f.json")
    result = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    absent = {a["graduate_id"]: a for a in result["absent_graduates"]}
    assert len(absent) == result["graduates_total"] - result["graduates_placed"] == 2
    # The only 计算机类 graduate: their class's fair is too small to hold.
    assert absent["C1"]["name"] == "小明" and absent["C1"]["detail"].startswith(
        "所属专业类「0809 计算机类」岗位 1 个，少于 2 个；可参加的毕业生 1 人，少于 2 人，不单独举办；推荐的 1 个岗位中 1 个未列入招聘会")
    assert absent["A4"]["reason"] == "推荐结果中没有其可报考的岗位，无从归入招聘会"  # 大专, every post asks 本科
    assert "2 位毕业生未受邀参加任何招聘会，逐人说明原因（见「未列入招聘会的毕业生」）" in result["notes"]
    _run(tmp_path, "--out", tmp_path / "f.csv")
    rows = [r for r in fair_rows((tmp_path / "f.csv").read_text(encoding="utf-8-sig")) if r["row_type"] == "未列入毕业生"]
    assert [(r["id"], r["name"], r["school"], r["fair"]) for r in rows] == [("A4", "赵六", "新疆农业职业技术学院", ""),
                                                                          ("C1", "小明", "新疆大学", "")]
    assert rows[1]["reason"] == absent["C1"]["reason"]


def test_the_terminal_names_them_too(tmp_path, capsys):
    _run(tmp_path)
    printed = capsys.readouterr().out
    assert "未列入招聘会的毕业生（2 位）：\n  - A4 赵六：推荐结果中没有其可报考的岗位，无从归入招聘会\n  - C1 小明：所属专业类「计算机类」规模不足，不单独举办" in printed


def test_by_industry_the_reason_names_the_posts_left_out(tmp_path):
    _run(tmp_path, "--by", "industry", "--out", tmp_path / "f.json")
    absent = {a["graduate_id"]: a["detail"] for a in json.loads((tmp_path / "f.json").read_text())["absent_graduates"]}
    assert absent["C1"] == ("推荐的 1 个岗位中 1 个未列入招聘会（主题规模不足，不单独举办：1 个）；其中排第 1 位的软件开发工程师"
                            "（新疆天山信息技术有限公司）：信息传输、软件和信息技术服务业：规模不足（岗位 1 个，少于 2 个；"
                            "可参加的毕业生 1 人，少于 2 人），不单独举办")


def test_a_major_in_no_class_and_a_graduate_turned_away_say_so(catalog, segmenter):
    people = [*graduates_(catalog), graduate("X1", "风力发电工程技术", catalog=catalog)]
    result = plan(catalog, segmenter, jobs_(), people, limits=SMALL_LIMITS)
    (x1,) = [a for a in result.absent if a.graduate_id == "X1"]
    assert x1.reason == "专业「风力发电工程技术」，未能归入本科专业类，专业化招聘会按专业类邀请"
    full, _ = _split(catalog, segmenter, 12, max_graduates=3)  # 3 fairs of 3: three of 12 are turned away
    nowhere = {u.graduate_id for u in full.uninvited}
    assert {a.graduate_id for a in full.absent} == nowhere and len(nowhere) == 3
    assert all(a.reason == "可报考「1202 工商管理类」的岗位，但未受邀（原因见「未受邀毕业生」）" for a in full.absent)


def test_the_page_and_its_downloads_list_them(api):
    login(api, "organiser")
    result = api.get("/api/fairs", "organiser", params=SMALL).json()
    absent = result["absent_graduates"]
    assert absent and len(absent) == result["graduates_total"] - result["graduates_placed"]
    page = api.client.get("/fairs", params=SMALL).text
    assert f"{len(absent)} 位毕业生未受邀参加任何一场，逐人说明原因" in page and absent[0]["reason"] in page
    assert f'<a href="#absent">未列入招聘会的毕业生（{len(absent)} 人）</a>' in page  # from the contents
    book = load_workbook(io.BytesIO(api.client.get("/fairs/download", params=SMALL).content), read_only=True)
    sheet = list(book["招聘会"].iter_rows(values_only=True))
    assert [row[4] for row in sheet if row[3] == "未列入毕业生"] == [a["graduate_id"] for a in absent]
