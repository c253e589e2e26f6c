"""The size limit of a jobs or graduates file is the one its reader is handed: the app's own settings
(an app may be started with a limit of its own, as the tests start it) or the command line's, not a
``Settings()`` the importer built again from the environment (as the policy file's,
``tests/test_import_size_limit_passed.py``)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from service.commands.evaluate import read_qrels
from service.commands.serve import load_samples
from service.errors import InputFileError
from service.importers import read_graduates, read_jobs
from service.settings import Settings
from tests.test_api_fixtures import assert_problem, start_api
from tests.test_importers import write_csv

LARGE = str(100 * 1024 * 1024)  # the environment's limit: far above every file here
JOB_ROWS = [["岗位编号", "职位名称", "用人单位", "学历要求"], ["K1", "会计", "甲公司", "本科"], ["K2", "出纳", "乙公司", "大专"]]
GRADUATE_ROWS = [["学号", "姓名", "专业", "学历"], ["G1", "甲", "会计学", "本科"], ["G2", "乙", "财务管理", "本科"]]


def test_the_readers_refuse_a_file_over_the_limit_passed_in_and_read_one_within_it(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", LARGE)
    for read, rows in ((read_jobs, JOB_ROWS), (read_graduates, GRADUATE_ROWS)):
        path = write_csv(tmp_path / f"{read.__name__}.csv", rows)
        size = path.stat().st_size
        with pytest.raises(InputFileError, match="请拆分后分批导入") as refused:
            read(path, max_bytes=size - 1)
        assert refused.value.file == str(path)
        assert len(read(path, max_bytes=size).records) == 2


def test_an_app_started_with_its_own_small_limit_refuses_a_larger_upload(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", LARGE)
    app, tokens = start_api(tmp_path, max_body_bytes=4000)
    headers = {"Authorization": f"Bearer {tokens['officer']}"}
    header = "岗位编号,职位名称,用人单位,学历要求\n"
    big = (header + "".join(f"K{n},会计,甲公司,本科\n" for n in range(300))).encode()
    within = (header + "K1,会计,甲公司,本科\n").encode()
    assert len(big) > 4000
    with TestClient(app) as client:
        for kind in ("jobs", "graduates"):
            response = client.post(f"/api/{kind}/import", headers=headers, files={"file": ("big.csv", big)})
            assert_problem(response, 413, "上限")
        small = client.post("/api/jobs/import", headers=headers, files={"file": ("small.csv", within)})
        assert small.status_code == 200, small.text


def test_the_sample_load_of_serve_obeys_the_apps_settings_not_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", LARGE)
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "jobs.xlsx").write_bytes(b"x" * 2000)  # refused by its size, never opened
    write_csv(samples / "graduates.csv", GRADUATE_ROWS)
    settings = Settings(data_dir=tmp_path / "data", max_body_bytes=1000)
    settings.prepare()
    with pytest.raises(InputFileError, match="请拆分后分批导入") as refused:
        load_samples(settings, samples)
    assert refused.value.file.endswith("jobs.xlsx")


def test_a_command_reads_its_files_under_the_limit_it_passes(tmp_path, monkeypatch):
    monkeypatch.setenv("JOBMATCH_MAX_BODY_BYTES", LARGE)
    qrels = tmp_path / "qrels.csv"
    qrels.write_text("graduate_id,job_id,relevance\nG1,K1,1\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="请拆分后分批导入"):
        read_qrels(qrels, max_bytes=qrels.stat().st_size - 1)
    assert read_qrels(qrels, max_bytes=qrels.stat().st_size) == {"G1": {"K1": 1.0}}
