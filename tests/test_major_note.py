"""Where a major the catalog does not hold was placed (most 大专 names) is said once per answer:
``GraduateSuggestions.major_note``, shown above the suggestions on the graduate's page, in the
API's answer (worded for who asks) and in ``jobmatch recommend``'s files and terminal. User
review: the same sentence on each of a 大专 graduate's 20 suggestions, rank 1 included."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import numpy as np
import pytest
from fastapi.testclient import TestClient

from features.education import EducationLevel
from matching.ranker import Ranker
from matching.results import GraduateSuggestions, Suggestion
from matching.verdict import Status
from service.api import create_app
from service.commands.recommend import _about_graduate, _print
from service.output import write_suggestions
from service.resources import load_major_catalog, load_segmenter
from tests.test_api_fixtures import GRADUATES, JOBS, Api, start_api
from tests.test_api_followups import login

NOTE = "您的专业「计算机应用技术」按名称归入计算机类来估计与岗位的相关程度"
NOTE_FOR_STAFF = "该毕业生的专业「计算机应用技术」按名称归入计算机类来估计与岗位的相关程度"
#: G1 of the API fixtures, made a 大专 graduate whose major the catalog does not hold.
VOCATIONAL = replace(GRADUATES[0], major="计算机应用技术", major_code=None, education=EducationLevel.JUNIOR_COLLEGE,
                     degree=None)


class ClassFit:
    """A major-fit model: software and network posts fit 计算机类, the rest 工商管理类."""

    labels_ = ["0809", "1202"]

    def predict_proba(self, items):
        return np.array([[0.9, 0.1] if ("软件" in j.title or "网络" in j.title) else [0.1, 0.9] for j in items])


def placing_ranker_factory(jobs):
    return Ranker(catalog=load_major_catalog(), segmenter=load_segmenter(), major_fit=ClassFit()).fit(jobs)


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, graduates=[VOCATIONAL, *GRADUATES[1:]])
    app = create_app(app.state.settings, ranker_factory=placing_ranker_factory)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def _reasons(body: dict) -> list[str]:
    return [r for x in body["suggestions"] for r in x["reasons"]]


@pytest.mark.parametrize(("who", "note"), [("g1", NOTE), ("officer", NOTE_FOR_STAFF)])
def test_the_api_says_where_the_major_was_placed_once_worded_for_who_asks(api, who, note):
    body = api.get("/api/graduates/G1/recommendations", who).json()
    assert body["suggestions"]
    assert body["major_note"] == note
    assert not any("归入" in r or "本科专业目录" in r or "由模型" in r for r in _reasons(body))


def test_a_catalog_major_has_no_note(api):
    assert api.get("/api/graduates/G2/recommendations", "officer").json()["major_note"] is None


def test_the_graduate_page_says_it_once_above_the_suggestions(api):
    login(api, "g1")
    page = api.client.get("/graduate/G1").text
    assert page.count("按名称归入计算机类") == 1
    assert page.index('id="major-note"') < page.index('id="suggestions"')
    assert NOTE in page and "本科专业目录" not in page


def _result(note):
    return GraduateSuggestions("G1", (Suggestion("J-NET", 1, 0.7, Status.ELIGIBLE, ("意向地点一致：克拉玛依市",)),), (),
                               note)


def test_recommend_files_carry_the_note_once_per_graduate_in_staff_words(tmp_path):
    jobs = {j.id: j for j in JOBS}
    result = _about_graduate(_result(NOTE), VOCATIONAL, jobs)
    assert result.major_note == NOTE_FOR_STAFF
    write_suggestions(tmp_path / "s.csv", [result, _result(None)], jobs)
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["major_note"], r["reasons"]) for r in rows] == [(NOTE_FOR_STAFF, "意向地点一致：克拉玛依市"),
                                                               ("", "意向地点一致：克拉玛依市")]
    write_suggestions(tmp_path / "s.json", [result], jobs)
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))[0]["major_note"] == NOTE_FOR_STAFF


def test_the_terminal_prints_the_note_before_the_suggestions(capsys):
    _print([_result(NOTE_FOR_STAFF)], {j.id: j for j in JOBS}, {"G1": VOCATIONAL})
    printed = capsys.readouterr().out
    assert printed.count(NOTE_FOR_STAFF) == 1
    assert printed.index(NOTE_FOR_STAFF) < printed.index("网络运维工程师")
