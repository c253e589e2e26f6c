"""少数民族 is a group the plan names for the 困难帮扶 list (零就业家庭、低收入家庭、残疾、少数民族毕业生), and a
sheet states it in the 民族 column, seldom among the 困难类别: a 维吾尔族 graduate whose 困难类别 says 「无」
or nothing is on the list (``GET /api/support``, ``/officer``, ``needs_support=true``) with 少数民族 shown as
read from the 民族, officers only and audited; 穿青人 or 汉族 alone are not. Rows stored before count too."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from service.importers import read_graduates
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_followups import login

SHEET = (
    "编号,姓名,学校,专业,学历,民族,困难类别\n"
    "M1,阿依古丽,新疆大学,会计学,本科,维吾尔族,无\n"
    "M2,马明,新疆大学,会计学,本科,回族,\n"
    "M3,努尔,新疆大学,会计学,本科,哈萨克,零就业家庭\n"
    "M4,巴特尔,新疆大学,会计学,本科,蒙古族,少数民族\n"
    "H1,王磊,新疆大学,会计学,本科,汉族,低收入家庭\n"
    "H2,李雷,新疆大学,会计学,本科,汉族,无\n"
    "U1,赵四,新疆大学,会计学,本科,穿青人,无\n"
)


def campus(tmp_path):
    sheet = tmp_path / "graduates.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = read_graduates(sheet, strict=True, catalog=None)
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=result.records)
    return app, tokens


def test_minority_graduates_are_listed_whatever_the_hardship_cell_says(tmp_path):
    app, tokens = campus(tmp_path)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        queue = api.get("/api/support", "officer").json()
        listed = {item["graduate"]["id"]: item["graduate"] for item in queue["items"]}
        assert queue["total"] == 5 and set(listed) == {"M1", "M2", "M3", "M4", "H1"}
        assert listed["M1"]["hardship"] == [] and listed["M1"]["support_categories"] == ["少数民族"]
        assert listed["M2"]["hardship"] is None and listed["M2"]["support_categories"] == ["少数民族"]
        assert listed["M3"]["support_categories"] == ["少数民族", "零就业家庭"]
        assert listed["H1"]["support_categories"] == ["低收入家庭"] and listed["M1"]["needs_support"] is True
        by_need = api.get("/api/graduates", "officer", params={"needs_support": True}).json()
        assert by_need["total"] == 5
        others = api.get("/api/graduates", "officer", params={"needs_support": False}).json()
        assert sorted(g["id"] for g in others["items"]) == ["H2", "U1"]
        assert api.get("/api/support", "organiser").status_code == 403


def test_the_officer_page_shows_the_group_read_from_the_ethnicity_and_audits_that_read(tmp_path):
    app, tokens = campus(tmp_path)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        login(api, "officer")
        page = client.get("/officer").text
        row = page[page.index('href="/graduate/M1"'):]
        row = row[:row.index("</tr>")]
        assert "少数民族（据民族）" in row and "维吾尔" not in page
        assert page.count("少数民族（据民族）") == 3  # M1, M2, M3 (零就业家庭 too); M4's 困难类别 says it itself
        reads = {r.record_id: tuple(r.fields) for r in api.audit_rows() if r.action == "read" and r.role == "officer"}
        assert "ethnicity" in reads["M1"] and "ethnicity" in reads["M2"]
        assert "ethnicity" not in reads["H1"]  # the list shows nothing of a 汉族 graduate's 民族
        facts = client.get("/graduate/M1").text
        assert "少数民族（据民族）" in facts[facts.index('id="support-facts"'):][:400]


def test_records_stored_before_are_listed_by_their_ethnicity(tmp_path):
    """A row written while the list read only 困难类别 holds needs_support false: its 民族 puts it on."""
    app, tokens = campus(tmp_path)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        with app.state.session_factory() as session:
            session.execute(text("UPDATE graduates SET needs_support = 0 WHERE id IN ('M1', 'M2')"))
            session.execute(text("UPDATE graduates SET ethnicity = '维吾尔' WHERE id = 'M1'"))
            session.commit()
        queue = api.get("/api/support", "officer").json()
        assert {item["graduate"]["id"] for item in queue["items"]} >= {"M1", "M2"} and queue["total"] == 5
        others = api.get("/api/graduates", "officer", params={"needs_support": False}).json()
        assert sorted(g["id"] for g in others["items"]) == ["H2", "U1"]


def test_the_cli_list_of_the_unpushed_writes_the_group_and_audits_the_ethnicity(tmp_path, monkeypatch):
    """``jobmatch follow-ups export --unpushed`` lists one listed for their 民族 alone, its 困难类别 cell saying
    why, and its local audit names the 民族 read."""
    from service.cli import main
    from tests.test_cli_follow_ups import read_csv

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    app, tokens = start_api(tmp_path)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        made = api.post("/api/graduates", "officer", json={"id": "M9", "name": "马明", "ethnicity": "回族", "hardship": []})
        assert made.status_code == 201 and made.json()["needs_support"] is True, made.text
        out = tmp_path / "unpushed.csv"
        assert main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"), "--unpushed"]) == 0
        cells = {r["graduate_id"]: r["hardship"] for r in read_csv(out)}
        assert cells["M9"] == "少数民族（据民族）" and cells["G3"] == "少数民族、零就业家庭"
        logged = {r.record_id: tuple(r.fields) for r in api.audit_rows() if r.action == "follow_up_export"}
        assert "ethnicity" in logged["M9"] and "ethnicity" not in logged["G3"]
