"""The 身份证号 check digit and the 15-digit form, refused alike by files and the API; ids differing in
letter case alone; an upload whose every row is refused; the command line's file-size limit."""

from __future__ import annotations

from dataclasses import replace

from service.cli import main
from service.storage import repository as repo
from service.id_numbers import check_char
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_importers import write_csv
from service.importers import read_graduates, read_jobs

VALID = "65010119990101122X"  # weighted sum 222, 222 % 11 = 2 → X
WRONG = "650101199901011221"
FIRST_GENERATION = "650101990101122"
JOB_HEADER = ["岗位编号", "职位名称", "用人单位", "工作地点", "学历要求", "专业要求", "招聘人数", "职位描述"]


def test_check_character_follows_gb_11643():
    assert check_char(VALID[:17]) == "X"
    assert check_char("11010519491231002") == "X"  # the standard's own example: 11010519491231002X
    assert check_char("44052418800101001") == "4"  # 440524188001010014, its other example


def test_a_file_row_with_a_wrong_check_digit_is_refused_naming_row_and_column_without_the_number(tmp_path):
    rows = [["编号", "身份证号"], ["G1", WRONG], ["G2", VALID.lower()]]
    result = read_graduates(write_csv(tmp_path / "g.csv", rows))
    assert [g.id for g in result.records] == ["G2"] and result.records[0].id_number == VALID
    [error] = result.skipped
    assert (error.row, error.column) == (2, "身份证号")
    assert "身份证号校验位不正确" in error.describe() and WRONG not in error.describe()


def test_a_fifteen_digit_number_is_refused_by_a_file_asking_for_the_eighteen_digit_one(tmp_path):
    result = read_graduates(write_csv(tmp_path / "g.csv", [["编号", "身份证号"], ["G1", FIRST_GENERATION]]))
    assert result.records == []
    [error] = result.skipped
    assert error.column == "身份证号" and "18 位" in error.message and FIRST_GENERATION not in error.describe()


def test_the_api_applies_the_same_check_as_files(api):
    for number, words in ((WRONG, "校验位不正确"), (FIRST_GENERATION, "15 位旧号码")):
        body = assert_problem(api.post("/api/graduates", "officer", json={"id": "G9", "id_number": number}), 422,
                              "id_number", words)
        assert number not in str(body)
    created = api.post("/api/graduates", "officer", json={"id": "G9", "id_number": VALID.lower()})
    assert created.status_code == 201 and created.json()["id_number"] == VALID


def test_an_edit_of_another_field_keeps_a_number_stored_before_the_check(api):
    with api.app.state.session_factory() as session:  # a 15-digit number a file could bring before
        stored = repo.get_graduate(session=session, graduate_id="G1")
        repo.update_graduate(session=session, graduate=replace(stored, id_number=FIRST_GENERATION))
        session.commit()
    for who in ("officer", "g1"):  # the graduate, who cannot see the number, edits her intention
        assert api.patch("/api/graduates/G1", who, json={"intention": "数据分析"}).status_code == 200
    assert api.get("/api/graduates/G1", "officer").json()["id_number"] == FIRST_GENERATION


def test_an_upload_whose_every_row_is_refused_is_422_with_its_rows_and_writes_nothing(api):
    before = api.get("/api/graduates", "officer").json()["total"]
    rows = f"学号,姓名,身份证号\nG7,甲,{WRONG}\nG8,乙,{FIRST_GENERATION}\n"
    body = assert_problem(api.post("/api/graduates/import", "officer", files={"file": ("名单.csv", rows.encode())}),
                          422, "没有可用的毕业生记录", "全部 2 行有错误")
    assert [(r["row"], r["column"]) for r in body["skipped"]] == [(2, "身份证号"), (3, "身份证号")]
    assert WRONG not in str(body) and FIRST_GENERATION not in str(body)
    assert api.get("/api/graduates", "officer").json()["total"] == before


def test_ids_differing_in_case_within_one_file_are_refused_naming_the_first(tmp_path):
    rows = [JOB_HEADER, ["K1", "会计", "甲公司", "喀什", "本科", "", "1", "记账"],
            ["k1", "出纳", "乙公司", "喀什", "本科", "", "1", "收付"]]
    result = read_jobs(write_csv(tmp_path / "j.csv", rows))
    assert [j.id for j in result.records] == ["K1"]
    [error] = result.skipped
    assert (error.row, error.column) == (3, "岗位编号")
    assert "「k1」与第 2 行的「K1」只有大小写不同" in error.message


def test_an_uploaded_id_differing_from_a_stored_one_in_case_is_refused_and_the_same_id_still_updates(api):
    rows = "学号,姓名\ng1,阿依古丽\nG2,王磊磊\nG20,新人\n"
    report = api.post("/api/graduates/import", "officer", files={"file": ("名单.csv", rows.encode())})
    assert report.status_code == 200, report.text
    body = report.json()
    assert (body["created"], body["updated"]) == (1, 1)
    [skipped] = body["skipped"]
    assert (skipped["row"], skipped["column"]) == (2, "学号") and "与已保存的记录「G1」只有大小写不同" in skipped["message"]
    assert api.get("/api/graduates/G2", "officer").json()["name"] == "王磊磊"  # re-importing an id updates it
    strict = api.post("/api/graduates/import", "officer", params={"strict": "true"},
                      files={"file": ("名单.csv", "学号,姓名\ng2,王磊\n".encode())})
    assert_problem(strict, 422, "「g2」", "「G2」")
    assert_problem(api.post("/api/graduates", "officer", json={"id": "g3"}), 409, "「G3」")
    assert_problem(api.post("/api/jobs", "officer", json={"id": "j-net", "title": "运维"}), 409, "「J-NET」")
    assert api.get("/api/graduates/g1", "officer").status_code == 404


def test_the_command_line_refuses_a_file_over_the_service_upload_limit(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", str(1024 * 1024))
    jobs = write_csv(tmp_path / "j.csv", [JOB_HEADER, ["K1", "会计", "甲公司", "喀什", "本科", "", "1", "记账"]])
    big = tmp_path / "g.csv"
    big.write_text("学号,姓名\n" + "".join(f"G{i},某某某某某某某某\n" for i in range(80_000)), encoding="utf-8")
    assert big.stat().st_size > 1024 * 1024
    assert main(["recommend", "--jobs", str(jobs), "--graduates", str(big)]) == 2
    assert "文件超过 1 MB 的上限" in capsys.readouterr().err


FULL_WIDTH = VALID.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))


def test_a_number_typed_in_full_width_is_read_as_the_same_number_by_files_and_the_api(tmp_path, api):
    rows = [["编号", "身份证号"], ["G1", FULL_WIDTH], ["G2", "٦" + VALID[1:]]]
    result = read_graduates(write_csv(tmp_path / "g.csv", rows))
    assert [(g.id, g.id_number) for g in result.records] == [("G1", VALID)]
    [error] = result.skipped  # another script's digits: not the number a reader or another system sees
    assert error.row == 3 and "身份证号格式不正确" in error.message
    response = api.post("/api/graduates", "officer", json={"id": "G9", "id_number": FULL_WIDTH})
    assert response.status_code == 201 and response.json()["id_number"] == VALID


def test_a_number_excel_wrote_in_scientific_notation_is_refused_saying_so(tmp_path):
    result = read_graduates(write_csv(tmp_path / "g.csv", [["编号", "身份证号"], ["G1", "6.50101E+17"]]))
    [error] = result.skipped
    assert (error.row, error.column) == (2, "身份证号") and "科学计数法" in error.message and "文本" in error.message


def test_the_command_line_size_limit_reads_only_its_own_variable(tmp_path, monkeypatch, capsys):
    jobs = write_csv(tmp_path / "j.csv", [JOB_HEADER, ["K1", "会计", "甲公司", "喀什", "本科", "", "1", "记账"]])
    graduates = write_csv(tmp_path / "g.csv", [["学号", "姓名", "身份证号"], ["G1", "甲", VALID]])
    command = ["recommend", "--jobs", str(jobs), "--graduates", str(graduates), "--out", str(tmp_path / "o.csv")]
    monkeypatch.setenv("JOBMATCH_MIN_PAY", "abc")  # a service setting recommend never reads
    assert main(command) == 0
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", "20MB")
    assert main(command) == 2  # not a traceback
    assert "环境变量 JOBMATCH_MAX_BODY_BYTES 应为整数" in capsys.readouterr().err
