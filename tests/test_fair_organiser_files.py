"""What a fair organiser takes away from the ``/fairs`` page: the plan as a file per the form
(Excel or CSV, every fair's posts and graduates and every post left out), with no sensitive field;
and a post the graduates' vote placed says what its major list said (专业不限, none), as the
model's own placements do."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import numpy as np
import pytest
from openpyxl import load_workbook

from matching.fairs import plan_fairs
from matching.ranker import Ranker
from service.fair_report import COLUMNS, HEADERS_ZH
from tests.factories import job
from tests.test_api_fairs import SENSITIVE_VALUES, SMALL, api  # noqa: F401
from tests.test_api_pages import login
from tests.test_fairs import SMALL as SMALL_LIMITS
from tests.test_fairs import graduates_, jobs_


def fair_rows(text: str) -> list[dict]:
    """The rows of a fair plan's CSV, keyed by ``COLUMNS``, once its one header row is checked
    to be the Chinese one an organiser reads in Excel (「场次,招聘会,…」, no English row)."""
    header, *rows = csv.reader(io.StringIO(text))
    assert header == list(HEADERS_ZH)
    return [dict(zip(COLUMNS, row)) for row in rows]


def _rows(response) -> list[dict]:
    return fair_rows(response.content.decode("utf-8-sig"))


@pytest.mark.parametrize("by", ["major", "industry"])
def test_the_page_offers_its_plan_as_a_csv_with_each_fairs_posts_and_graduates(api, by):
    login(api, "organiser")
    params = {**SMALL, "by": by}
    page = api.client.get("/fairs", params=params).text
    assert f'href="/fairs/download?by={by}&amp;max_employers=10&amp;max_positions=20&amp;min_positions=2' in page
    plan = api.get("/api/fairs", "organiser", params=params).json()
    response = api.client.get("/fairs/download", params={**params, "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment;")
    rows = _rows(response)
    for number, fair in enumerate(plan["fairs"], start=1):
        of_fair = [r for r in rows if r["fair"] == str(number)]
        assert {r["fair_title"] for r in of_fair} == {fair["title"]}
        assert [r["id"] for r in of_fair if r["row_type"] == "岗位"] == [p["job_id"] for p in fair["positions"]]
        assert [r["id"] for r in of_fair if r["row_type"] == "毕业生"] == [g["graduate_id"] for g in fair["graduates"]]
    left_out = [r["id"] for r in rows if r["row_type"] == "未列入岗位"]
    assert left_out == [u["job_id"] for u in plan["unplaced_positions"]]
    assert not any(value in response.text for value in SENSITIVE_VALUES)


def test_the_excel_file_holds_the_fairs_the_posts_left_out_and_the_notes(api):
    login(api, "officer")
    response = api.client.get("/fairs/download", params=SMALL)  # Excel unless asked otherwise
    assert response.status_code == 200 and "spreadsheetml" in response.headers["content-type"]
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    assert book.sheetnames == ["招聘会", "未列入岗位", "说明"]
    values = [str(cell) for row in book["招聘会"].iter_rows(values_only=True) for cell in row if cell is not None]
    assert "护理学类专场" in values and "古丽娜" in values
    assert not any(value in values for value in SENSITIVE_VALUES)
    assert [row[0] for row in book["未列入岗位"].iter_rows(values_only=True)] == ["岗位编号", "DEV1"]


def test_the_download_refuses_graduates_strangers_and_bad_limits(api):
    assert api.client.get("/fairs/download", follow_redirects=False).status_code == 303  # to the login page
    login(api, "g1")
    assert api.client.get("/fairs/download").status_code == 403
    login(api, "organiser")
    wrong = api.client.get("/fairs/download", params={"min_positions": 30})
    assert wrong.status_code == 422 and "不能大于每场岗位上限" in wrong.text
    assert api.client.get("/fairs/download", params={"format": "pdf"}).status_code == 422


def test_a_post_the_graduates_place_says_its_major_list_is_open(catalog, segmenter):
    """「专业要求未列专业类」 read as if the post named majors no class holds; it said 不限."""
    class ClassFit:
        labels_ = ["1011", "1202"]

        def predict_proba(self, items):
            return np.array([[0.9, 0.05] if "护" in j.title else [0.05, 0.8] if "会计" in j.title or "审计" in j.title
                             else [0.05, 0.2] for j in items])

    jobs = [*jobs_(), replace(job("OPEN", "办公室文员", employer="某公司", majors="不限", description="收发文件"),
                              headcount=1)]
    graduates = graduates_(catalog)
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit()).fit(jobs)
    result = plan_fairs(ranker, graduates, ranker.rank(graduates, k=len(jobs), rejected_k=0), by="major",
                        limits=SMALL_LIMITS)
    (reason,) = {p.reason for f in result.fairs for p in f.positions if p.job_id == "OPEN"}
    assert reason.startswith("专业不限，模型估计与工商管理类的匹配程度较低，不足以单凭模型归入；推荐此岗位的 8 位毕业生中")

