"""户籍 cells: a 户口性质 (「农村」「城镇」) or a word naming no place (「本地」) is refused naming file,
row and column, saying what to write, and nothing of the row is written; any other text (a street
address, a city of a province the gazetteer does not list) is kept as typed. A 生源地 written as a
city of such a province (「成都市」) is read, not refused."""

from __future__ import annotations

import pytest

from service.importers import read_graduates_bytes
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_import import upload


@pytest.mark.parametrize(("value", "said"), [
    ("农村", "户籍「农村」是户口性质，不是户籍所在地：请填写户籍所在地"),
    ("非农业户口", "户籍「非农业户口」是户口性质"),
    ("城镇", "户籍「城镇」是户口性质"),
    ("本地", "户籍「本地」没有说明是哪里：请填写户籍所在地，如「河南省郑州市」；不清楚的请留空"),
])  # fmt: skip
def test_a_hukou_type_or_a_word_naming_no_place_is_refused_naming_file_row_and_column(value, said):
    result = read_graduates_bytes(f"学号,户籍\nA1,河南省郑州市\nA2,{value}\n".encode(), "g.csv")
    assert [g.id for g in result.records] == ["A1"]
    (error,) = result.skipped
    assert (error.file, error.row, error.column) == ("g.csv", 3, "户籍")
    assert said in error.describe()


@pytest.mark.parametrize("value", ["江苏省南京市鼓楼区", "南京市鼓楼区", "成都市武侯区人民南路四段1号", "喀什", "新疆石河子市",
                                   "第八师", "河南省洛阳市宜阳县城关镇"])  # fmt: skip
def test_usual_hukou_values_are_kept_as_typed(value):
    (g,) = read_graduates_bytes(f"学号,户籍\nA1,{value}\n".encode(), "g.csv").records
    assert g.hukou == value


def test_a_column_named_for_the_hukou_type_is_not_read_as_the_hukou():
    (g,) = read_graduates_bytes("学号,户籍,户口性质\nA1,河南省郑州市,农村\n".encode(), "g.csv").records
    assert g.hukou == "河南省郑州市"


@pytest.mark.parametrize("value", ["成都市", "南京市鼓楼区", "昆山市"])
def test_an_origin_in_a_city_of_another_province_is_read(value):
    (g,) = read_graduates_bytes(f"学号,生源地\nA1,{value}\n".encode(), "g.csv").records
    assert g.origin_place == value


def test_the_api_refuses_a_hukou_type_and_the_import_writes_nothing_of_the_row(api):  # noqa: F811
    assert api.patch("/api/graduates/G1", "officer", json={"hukou": "农村"}).status_code == 422
    assert api.post("/api/graduates", "officer", json={"id": "G8", "hukou": "本地"}).status_code == 422
    before = api.get("/api/graduates/G1", "officer").json()
    report = upload(api, "/api/graduates/import", "officer", "g.csv", "学号,姓名,户口\nG1,改名,农村\n".encode())
    assert report.status_code == 422 and report.json()["skipped"][0]["column"] == "户口"
    stored = api.get("/api/graduates/G1", "officer").json()
    assert (stored["name"], stored["hukou"]) == (before["name"], before["hukou"])
