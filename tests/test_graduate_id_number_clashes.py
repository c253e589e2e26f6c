"""One 身份证号, one graduate id: a later row, upload or request bringing another graduate's number is
refused naming that graduate (never the number); the same graduate with its own number still updates.
And the size limit said as a true figure (KB under 1 MB), by the command line and the API alike."""

from __future__ import annotations

import pytest

from features.records import Graduate
from service.cli import main
from service.errors import InputFileError, too_large
from service.id_numbers import check_char
from service.importers import read_graduates
from service.storage import repository as repo
from tests.test_api_fixtures import api, assert_problem, running_api  # noqa: F401
from tests.test_importers import write_csv
from tests.test_storage import empty_engine, engine, session  # noqa: F401

G1_NUMBER = "650100200305010019"  # the fixture's G1 (tests.test_api_fixtures)
OTHER = "65010119990101122X"
THIRD = "11010519491231002" + check_char("11010519491231002")


def upload(api, rows: str, **params):  # noqa: F811
    return api.post("/api/graduates/import", "officer", params=params, files={"file": ("名单.csv", rows.encode())})


def test_a_later_row_with_an_earlier_rows_number_is_refused_naming_its_graduate_not_the_number(tmp_path):
    rows = [["编号", "身份证号"], ["G1", OTHER], ["G2", THIRD], ["G3", OTHER.lower()]]
    result = read_graduates(write_csv(tmp_path / "g.csv", rows))
    assert [g.id for g in result.records] == ["G1", "G2"]
    [error] = result.skipped
    assert (error.row, error.column) == (4, "身份证号")
    assert "与第 2 行的毕业生「G1」相同" in error.message and OTHER not in error.describe()
    with pytest.raises(InputFileError, match="G1"):
        read_graduates(write_csv(tmp_path / "g.csv", rows), strict=True)


def test_one_graduate_written_twice_with_its_number_is_read_once(tmp_path):
    rows = [["编号", "身份证号"], ["G1", OTHER], ["G1", OTHER]]
    result = read_graduates(write_csv(tmp_path / "g.csv", rows))
    assert [g.id for g in result.records] == ["G1"] and result.skipped == []


def test_an_upload_bringing_a_stored_graduates_number_is_refused_and_the_same_graduate_updates(api):  # noqa: F811
    report = upload(api, f"学号,姓名,身份证号\nG1,阿依古丽古丽,{G1_NUMBER}\nG30,新人,{G1_NUMBER}\nG31,另一人,{OTHER}\n")
    assert report.status_code == 200, report.text
    body = report.json()
    assert (body["created"], body["updated"]) == (1, 1)
    [skipped] = body["skipped"]
    assert (skipped["row"], skipped["column"]) == (3, "身份证号")
    assert "与第 2 行的毕业生「G1」相同" in skipped["message"] and G1_NUMBER not in report.text
    assert api.get("/api/graduates/G1", "officer").json()["name"] == "阿依古丽古丽"
    alone = upload(api, f"学号,身份证号\nG32,{G1_NUMBER}\nG33,{THIRD}\n")
    [skipped] = alone.json()["skipped"]
    assert "与已保存的毕业生「G1」相同" in skipped["message"] and G1_NUMBER not in alone.text
    assert api.get("/api/graduates/G32", "officer").status_code == 404
    assert_problem(upload(api, f"学号,身份证号\nG34,{OTHER}\n", strict="true"), 422, "「G31」")


def test_numbers_swapped_between_two_stored_graduates_by_one_file_are_taken(api):  # noqa: F811
    assert upload(api, f"学号,身份证号\nG2,{OTHER}\n").status_code == 200
    report = upload(api, f"学号,身份证号\nG1,{OTHER}\nG2,{G1_NUMBER}\n")
    assert report.status_code == 200 and report.json()["skipped"] == [], report.text
    assert api.get("/api/graduates/G1", "officer").json()["id_number"] == OTHER
    # G2's row refused (G1 keeps 「OTHER」), so G2 keeps its number and the row taking it is refused too
    refused = upload(api, f"学号,身份证号\nG40,{G1_NUMBER}\nG2,{OTHER}\n")
    assert [(r["row"], "「G2」" in r["message"]) for r in refused.json()["skipped"]] == [(2, True), (3, False)], refused.text
    assert api.get("/api/graduates/G40", "officer").status_code == 404

def test_the_api_refuses_another_graduates_number_with_409_naming_field_and_graduate(api):  # noqa: F811
    created = api.post("/api/graduates", "officer", json={"id": "G9", "id_number": G1_NUMBER})
    body = assert_problem(created, 409, "「G1」", "身份证号")
    assert (body["field"], body["other_id"]) == ("id_number", "G1") and G1_NUMBER not in created.text
    patched = api.patch("/api/graduates/G2", "officer", json={"id_number": G1_NUMBER})
    assert assert_problem(patched, 409, "「G1」")["field"] == "id_number"
    assert api.patch("/api/graduates/G1", "officer", json={"id_number": G1_NUMBER, "name": "阿依"}).status_code == 200
    assert api.patch("/api/graduates/G2", "officer", json={"id_number": OTHER}).status_code == 200


def test_stored_holders_are_found_in_chunks_compared_upper_case(session):  # noqa: F811
    repo.upsert_graduates(session=session, graduates=[
        Graduate(id="A", id_number=OTHER.lower()), Graduate(id="B", id_number=THIRD), Graduate(id="D")])
    padding = [f"{i:018d}" for i in range(1_001)]  # more than one query takes
    found = repo.id_number_holders(session=session, id_numbers=[*padding, OTHER, THIRD, G1_NUMBER])
    assert found == {OTHER: ["A"], THIRD: ["B"]}


def test_the_size_limit_is_said_as_a_true_figure_in_the_command_line_and_the_api(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", "100000")
    big = write_csv(tmp_path / "g.csv", [["学号", "姓名"], *[[f"G{i}", "某某某某某某"] for i in range(10_000)]])
    assert main(["recommend", "--jobs", str(big), "--graduates", str(big)]) == 2
    assert "文件超过 97.6 KB 的上限" in capsys.readouterr().err
    assert (too_large(20 * 1024 * 1024, "文件"), too_large(1536 * 1024, "文件")) == ("文件超过 20 MB 的上限", "文件超过 1.5 MB 的上限")
    with running_api(tmp_path / "api", max_body_bytes=100_000) as small:
        response = small.client.post("/api/jobs/import", content=b"x" * 200_000,
                                     headers={**small.headers("officer"), "content-type": "text/csv"})
        assert_problem(response, 413, "请求内容超过 97.6 KB 的上限")
