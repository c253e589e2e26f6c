"""Review of a993cf5 (2026-12-06): the 工作地点只写到市 message gives its example in the post's own city
(「乌鲁木齐市天山区」-like, not always 「湖北省武汉市洪山区」) and says 地区/州 for a prefecture written so
(「和田地区」 is no 市; 「郑州」 stays a 市); a JSON Lines file of one line is its one record, not
「JSON 顶层应为对象列表」."""

from __future__ import annotations

import pytest

from features.records import EmployerType
from matching.job_checks import Check
from service.errors import InputFileError
from service.import_tables import read_table_file
from tests.test_job_checks import bad, findings, rules  # noqa: F401


def _message(rules, place):  # noqa: F811
    (finding,) = [f for f in findings(rules, bad(location=place, employer="某某科技有限公司",
                                                 employer_type=EmployerType.ENTERPRISE))
                  if f.check is Check.LOCATION_CITY_ONLY]
    return finding.message


@pytest.mark.parametrize("place, level", [("乌鲁木齐市", "市"), ("和田地区", "地区"), ("伊犁州", "州"),
                                          ("郑州", "市"), ("江西省南昌市", "市")])
def test_the_city_only_message_gives_an_example_in_the_posts_own_city(rules, place, level):  # noqa: F811
    message = _message(rules, place)
    assert f"工作地点「{place}」只写到{level}，没有写明区县" in message, message
    assert "湖北省武汉市洪山区" not in message and f"如「{place}" in message, message


def test_the_example_names_a_county_of_that_city(rules):  # noqa: F811
    message = _message(rules, "和田地区")
    assert "如「和田地区和田县」" in message, message


@pytest.mark.parametrize("text", ['{"id": "A1", "title": "会计", "employer": "某公司", "headcount": 2}\n',
                                  '\n{"id": "A1", "title": "会计", "employer": "某公司", "headcount": 2}'])
def test_a_json_lines_file_of_one_line_is_its_one_record(text):
    raw = read_table_file(text.encode(), "one.jsonl", "jobs")
    ((number, values),) = raw.tables[0].rows
    assert number == text.index("{") + 1 and values == ["A1", "会计", "某公司", 2]


def test_a_json_document_of_one_object_without_an_id_is_still_refused():
    # One object with an id is one record (a job saved from ``GET /api/jobs/{id}``, 2026-12-07 review:
    # tests/test_job_json_round_trip.py); without one it is a document missing its list.
    with pytest.raises(InputFileError, match="JSON 顶层应为对象列表"):
        read_table_file(b'{"title": "x", "total": 1}', "one.json", "jobs")
    assert read_table_file(b'{"id": "A1", "title": "x"}', "one.json", "jobs").tables[0].rows == [(1, ["A1", "x"])]
