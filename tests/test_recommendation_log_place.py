"""The recommendation history (``GET /api/graduates/{id}/recommendation-log``, 推荐记录 on the
graduate's page) names each post's place as the other lists do (``features.records.shown_location``):
a post whose table states none shows the place its names say, marked. Before, the history read only
the stated ``location``: the suggestions above it said 「乌鲁木齐市（据单位名称）」, the history nothing."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import JOBS, JOBS_WITH_INFERRED_PLACE, PLACE_NAMING_EMPLOYER, running_api
from tests.test_api_pages import login

EMPLOYER = PLACE_NAMING_EMPLOYER  # J-SOFT's, which places it
SHOWN = "乌鲁木齐市（据单位名称）"


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path, jobs=JOBS_WITH_INFERRED_PLACE) as api:
        yield api


def _logged(api) -> dict[str, dict]:
    (entry,) = api.get("/api/graduates/G1/recommendation-log", "officer").json()["items"]
    return {j["job_id"]: j for j in entry["jobs"]}


def test_the_history_gives_the_inferred_place_marked_and_the_stated_one_as_it_is(api):
    api.get("/api/graduates/G1/recommendations", "officer")
    logged = _logged(api)
    assert logged["J-SOFT"] == {"job_id": "J-SOFT", "title": "软件开发工程师", "employer": EMPLOYER, "location": SHOWN}
    stated = {j.id: j.location for j in JOBS}
    assert all(job["location"] == stated[job_id] for job_id, job in logged.items() if job_id != "J-SOFT")


def test_the_graduate_page_history_shows_the_inferred_place(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    history = page.split('id="history"')[1].split("</table>")[0]
    assert f'<span class="muted">{EMPLOYER}（{SHOWN}）</span>' in history
