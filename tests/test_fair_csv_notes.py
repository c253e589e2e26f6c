"""The plan's notes in the fairs CSV (``jobmatch fairs --out x.csv`` and the ``/fairs`` page's
CSV download): the XLSX has them in its sheet 说明, the CSV had per-post reasons only, so an
organiser holding it could not read why a theme was not held, an employer moved or a post has
no guest. They are rows of type 说明 at the end, the text in 理由, the columns unchanged."""

from __future__ import annotations

from openpyxl import load_workbook

from service.cli import main
from service.fair_report import HEADERS_ZH
from tests.test_api_fairs import SMALL, api  # noqa: F401
from tests.test_api_pages import login
from tests.test_cli import write_inputs
from tests.test_cli_fairs import GRADUATES_CSV, JOBS_CSV, LIMITS
from tests.test_fair_organiser_files import fair_rows


def _notes(rows: list[dict]) -> list[str]:
    return [r["reason"] for r in rows if r["row_type"] == "说明"]


def test_the_cli_csv_ends_with_the_notes_the_excel_file_holds(tmp_path):
    jobs, graduates = write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)
    table, book = tmp_path / "fairs.csv", tmp_path / "fairs.xlsx"
    for out in (table, book):
        assert main(["fairs", "--jobs", str(jobs), "--graduates", str(graduates), *map(str, LIMITS), "--no-model",
                     "--out", str(out)]) == 0
    rows = fair_rows(table.read_text(encoding="utf-8-sig"))
    sheet = [row[0] for row in load_workbook(book, read_only=True)["说明"].iter_rows(values_only=True)]
    notes = _notes(rows)
    assert notes == sheet and notes[0].startswith("共 2 场专业化招聘会：6/7 个岗位")
    assert any(n.startswith("0809 计算机类：岗位 1 个，少于 2 个") for n in notes)  # why no 计算机类 fair
    # Last in the file, after every other row, which keep their place; nothing else in a note row.
    assert [r["row_type"] for r in rows[-len(notes):]] == ["说明"] * len(notes)
    assert rows[-len(notes) - 1]["row_type"] == "未列入岗位"
    assert all(r["fair"] == r["fair_title"] == r["id"] == r["name"] == "" for r in rows[-len(notes):])


def test_the_pages_csv_download_carries_the_plans_notes(api):
    login(api, "organiser")
    plan = api.get("/api/fairs", "organiser", params=SMALL).json()
    response = api.client.get("/fairs/download", params={**SMALL, "format": "csv"})
    assert response.status_code == 200
    header = response.content.decode("utf-8-sig").splitlines()[0]
    assert header == ",".join(HEADERS_ZH)  # the columns existing readers use, unchanged
    notes = _notes(fair_rows(response.content.decode("utf-8-sig")))
    assert plan["notes"] and notes[1:] == plan["notes"]
    assert notes[0].startswith(f"共 {len(plan['fairs'])} 场专业化招聘会")
    page = api.client.get("/fairs", params=SMALL).text
    assert "CSV 中说明为类型「说明」的行" in page
