"""Since every minority 民族 is on the 困难帮扶 list, a graduate with a 困难类别 other than 少数民族 (零就业家庭,
低收入家庭, 残疾 …) comes, at the same level of follow-up need, before those listed only as 少数民族 (by the
民族, or a 困难类别 saying 少数民族 alone); the levels themselves (no follow-up first …) keep their order.
The same order on ``GET /api/support``, ``needs_support=true``, ``/officer``, the unpushed list and its export."""

from __future__ import annotations

from fastapi.testclient import TestClient

from service.importers import read_graduates
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_followups import login, recorded

# Ids chosen so that the order by id alone puts the minority-only graduates (A*) first.
SHEET = (
    "编号,姓名,学校,专业,学历,民族,困难类别\n"
    "A1,阿依古丽,新疆大学,会计学,本科,维吾尔族,无\n"
    "A2,马明,新疆大学,会计学,本科,回族,\n"
    "A3,巴特尔,新疆大学,会计学,本科,蒙古族,少数民族\n"
    "Z1,王磊,新疆大学,会计学,本科,汉族,低收入家庭\n"
    "Z2,努尔,新疆大学,会计学,本科,哈萨克族,残疾\n"
    "Z3,李雷,新疆大学,会计学,本科,汉族,零就业家庭\n"
    "Z4,赵四,新疆大学,会计学,本科,汉族,无\n"
)


def campus(tmp_path):
    sheet = tmp_path / "graduates.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    return start_api(tmp_path, jobs=JOBS, graduates=read_graduates(sheet, strict=True, catalog=None).records)


def ids(body: dict) -> list[str]:
    return [item["graduate"]["id"] if "graduate" in item else item["id"] for item in body["items"]]


def test_a_hardship_category_comes_before_a_listing_by_ethnicity_alone_at_each_level_of_need(tmp_path):
    app, tokens = campus(tmp_path)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        assert ids(api.get("/api/support", "officer").json()) == ["Z1", "Z2", "Z3", "A1", "A2", "A3"]
        # Z3 followed up: it leaves the no-follow-up level, behind every graduate still waiting, A* included.
        recorded(api, "Z3", job_id="J-ACC", status="已推送")
        recorded(api, "A1", job_id="J-ACC", status="已推送")
        order = ["Z1", "Z2", "A2", "A3", "Z3", "A1"]
        assert ids(api.get("/api/support", "officer").json()) == order
        assert ids(api.get("/api/graduates", "officer", params={"needs_support": True}).json()) == order
        assert ids(api.get("/api/support/unpushed", "officer").json()) == ["Z1", "Z2", "A2", "A3"]
        login(api, "officer")
        page = client.get("/officer").text
        assert "同等跟进状态下，登记了少数民族以外困难类别" in page
        shown = [page.index(f'href="/graduate/{gid}"') for gid in order]
        assert shown == sorted(shown)


def test_the_unpushed_export_is_in_the_same_order(tmp_path, monkeypatch):
    from service.cli import main
    from tests.test_cli_follow_ups import read_csv

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    app, tokens = campus(tmp_path)
    with TestClient(app):
        out = tmp_path / "unpushed.csv"
        assert main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"), "--unpushed"]) == 0
        assert [r["graduate_id"] for r in read_csv(out)] == ["Z1", "Z2", "Z3", "A1", "A2", "A3"]
