"""Bulk import through HTTP (one transaction, per-row report), body limits, and a sweep of
bad requests that must all answer 4xx problem details, never 500."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from openpyxl import Workbook

from tests.test_api_fixtures import api, assert_problem, start_api  # noqa: F401

JOBS_CSV = (
    "岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,招聘人数,职位描述\n"
    "K1,数据分析师,喀什数据公司,喀什市,本科及以上,统计学,2,数据分析与报表\n"
    "K2,,无名单位,喀什市,本科,,1,缺少职位名称的行\n"
    "K3,仓库管理员,喀什物流公司,喀什市,大专及以上,,3,仓储管理\n"
).encode("utf-8")

GRADUATES_CSV = (
    "学号,姓名,学校,专业,学历,毕业年份,民族,困难类别,联系电话\n"
    "N1,热依拉,喀什大学,统计学,本科,2026,维吾尔族,低收入家庭,13700000001\n"
    "N2,张伟,新疆大学,会计学,本科,2026,汉族,无,13700000002\n"
).encode("utf-8")


def upload(api, path: str, who: str, name: str, data: bytes, **params):
    return api.post(path, who, files={"file": (name, data)}, params=params)


def job_count(api) -> int:
    return api.get("/api/jobs", "officer").json()["total"]


def test_job_import_reports_every_skipped_row_and_indexes_the_rest(api):
    response = upload(api, "/api/jobs/import", "organiser", "jobs.csv", JOBS_CSV)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["created"], report["updated"], report["kind"]) == (2, 0, "jobs")
    assert len(report["skipped"]) == 1 and report["skipped"][0]["row"] == 3
    assert "第 3 行" in report["skipped"][0]["message"]
    assert job_count(api) == 8
    found = api.get("/api/jobs/search", "g1", params={"q": "数据分析"}).json()
    assert [j["id"] for j in found["items"]] == ["K1"]


def test_reimport_updates_instead_of_duplicating(api):
    upload(api, "/api/jobs/import", "organiser", "jobs.csv", JOBS_CSV)
    report = upload(api, "/api/jobs/import", "organiser", "jobs.csv", JOBS_CSV).json()
    assert (report["created"], report["updated"]) == (0, 2) and job_count(api) == 8


def test_strict_import_with_a_bad_row_writes_nothing(api):
    response = upload(api, "/api/jobs/import", "organiser", "jobs.csv", JOBS_CSV, strict="true")
    assert_problem(response, 422, "第 3 行")
    assert job_count(api) == 6


def test_xlsx_with_title_rows_imports(api):
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年喀什地区事业单位招聘岗位表"])
    sheet.append(["岗位编号", "职位名称", "用人单位", "学历要求", "工作地点"])
    sheet.append(["X1", "农业技术员", "喀什农技站", "大专及以上", "疏附县"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = upload(api, "/api/jobs/import", "officer", "岗位表.xlsx", buffer.getvalue()).json()
    assert report["created"] == 1 and api.get("/api/jobs/X1", "g1").json()["title"] == "农业技术员"


def test_wrong_kind_of_file_is_415_and_garbage_is_422(api):
    assert_problem(upload(api, "/api/jobs/import", "officer", "jobs.pdf", b"%PDF-1.4"), 415, ".xlsx")
    assert_problem(upload(api, "/api/jobs/import", "officer", "jobs.xlsx", b"not a zip at all"), 422, "jobs.xlsx")
    assert_problem(upload(api, "/api/jobs/import", "officer", "jobs.csv", b""), 422, "空的")
    assert_problem(upload(api, "/api/jobs/import", "officer", "jobs.csv", "姓名,年龄\n张三,20\n".encode()), 422)
    assert job_count(api) == 6


def test_import_without_file_is_422(api):
    assert_problem(api.post("/api/jobs/import", "officer"), 422, "file")


def test_graduate_import_is_officer_only_and_audited(api):
    assert_problem(upload(api, "/api/graduates/import", "organiser", "g.csv", GRADUATES_CSV), 403)
    report = upload(api, "/api/graduates/import", "officer", "g.csv", GRADUATES_CSV).json()
    assert report["created"] == 2 and report["skipped"] == []
    n1 = api.get("/api/graduates/N1", "officer").json()
    assert n1["hardship"] == ["低收入家庭"] and n1["major_code"] == "071201"
    imported = {r.record_id: r for r in api.audit_rows() if r.action == "import"}
    assert set(imported) == {"N1", "N2"} and "hardship" in imported["N1"].fields


def test_graduate_import_is_all_or_nothing_when_a_write_fails(tmp_path, monkeypatch):
    app, tokens = start_api(tmp_path)
    import service.audit

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.audit, "record_reads", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        headers = {"Authorization": f"Bearer {tokens['officer']}"}
        response = client.post("/api/graduates/import", headers=headers, files={"file": ("g.csv", GRADUATES_CSV)})
        assert_problem(response, 500, "服务器")
        assert "disk full" not in response.text  # no internals leak
        monkeypatch.undo()
        assert client.get("/api/graduates", headers=headers).json()["total"] == 4


def test_body_over_the_limit_is_413(tmp_path):
    app, tokens = start_api(tmp_path, max_body_bytes=1000)
    headers = {"Authorization": f"Bearer {tokens['officer']}"}
    with TestClient(app) as client:
        big = b"a" * 5000
        assert_problem(client.post("/api/jobs/import", headers=headers, files={"file": ("j.csv", big)}), 413, "上限")

        def chunks():  # no Content-Length: counted while streaming
            for _ in range(10):
                yield b"x" * 500

        response = client.post("/api/jobs", headers={**headers, "Content-Type": "application/json"}, content=chunks())
        assert_problem(response, 413, "上限")
        assert client.get("/api/jobs", headers=headers).status_code == 200


BAD_REQUESTS = [
    ("post", "/api/jobs", {"content": b"\xff\xfe\x00", "headers": {"Content-Type": "application/json"}}),
    ("post", "/api/jobs", {"content": b"[]", "headers": {"Content-Type": "application/json"}}),
    ("post", "/api/jobs", {"content": b"null", "headers": {"Content-Type": "application/json"}}),
    ("post", "/api/jobs", {"json": {"id": "x" * 500, "title": "t"}}),
    ("post", "/api/jobs", {"json": {"id": "A", "title": "t", "salary_min": 10**30}}),
    ("post", "/api/jobs", {"json": {"id": "A", "title": "t", "conditions": ["a", "b"]}}),
    ("post", "/api/jobs", {"json": {"id": "A", "title": "t", "degree": "火星学位"}}),
    ("post", "/api/jobs", {"content": b"id=1", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}),
    ("patch", "/api/jobs/J-SOFT", {"json": {"title": None}}),
    ("patch", "/api/jobs/J-SOFT", {"json": {"id": "OTHER"}}),
    ("post", "/api/graduates", {"json": {"id": "Z", "birth_date": "2003-02-30"}}),
    ("post", "/api/graduates", {"json": {"id": "Z", "preferences": {"min_salary": -5}}}),
    ("post", "/api/graduates", {"json": {"id": "Z", "major_code": "abc"}}),
    ("patch", "/api/graduates/G1", {"json": {"graduation_year": "明年"}}),
    ("get", "/api/jobs", {"params": {"employer_type": "不存在"}}),
    ("get", "/api/jobs", {"params": {"offset": -1}}),
    ("get", "/api/audit", {"params": {"since": "昨天"}}),
    ("get", "/api/graduates", {"params": {"needs_support": "也许"}}),
    ("get", "/api/graduates/G1/recommendations", {"params": {"k": 10**6}}),
    ("get", "/api/jobs/J-SOFT/candidates", {"params": {"k": "many"}}),
    ("post", "/api/jobs/import", {"files": {"file": ("a.csv", "\x00\x01\x02".encode())}}),
    ("post", "/api/jobs/import", {"files": {"file": ("a.json", b"{not json")}}),
    ("post", "/api/jobs/import", {"files": {"file": ("a.json", b"[1, 2, 3]")}}),
    ("post", "/api/jobs/import", {"content": b"--x\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=x"}}),
    ("delete", "/api/jobs", {}),
    ("get", "/api/jobs/%00", {}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), BAD_REQUESTS, ids=[f"{m} {p} {i}" for i, (m, p, _) in enumerate(BAD_REQUESTS)])
def test_bad_requests_get_4xx_problem_details(api, method, path, kwargs):
    headers = {**api.headers("officer"), **kwargs.pop("headers", {})}
    response = getattr(api.client, method if method != "delete" else "delete")(path, headers=headers, **kwargs) \
        if method in ("get", "delete") else api.client.request(method.upper(), path, headers=headers, **kwargs)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in response.json()["title"])
