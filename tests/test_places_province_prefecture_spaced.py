"""A prefecture named as a province is, written after its own province with the 省 or a space between
(「青海省海南」「青海 海南」, as tables write 「海南 三亚」): 青海's 海南藏族自治州 in a location cell, a job's place
keys and the place filter, never the province 海南 (review of the Hainan/Jilin place change, 2026-12-06)."""

from __future__ import annotations

import pytest

from features.place_inference import stated_place
from features.place_names import provinces_named
from features.records import Job
from matching.scoring import specific_place_keys
from service.storage import repository as repo
from tests.test_storage import empty_engine, engine, session  # noqa: F401


@pytest.mark.parametrize(("cell", "place"), [
    ("青海 海南", "青海省海南藏族自治州"),  # before: nothing (two provinces)
    ("青海省 海南", "青海省海南藏族自治州"),
    ("吉林 吉林", "吉林省吉林市"),  # before: 吉林省
    ("青海 海南州", "青海省海南藏族自治州"),
    ("海南 三亚", "海南省三亚市"),
    ("青海、海南", None),  # a list of two provinces stays two
    ("青海 海南省", None),
])
def test_a_space_between_a_province_and_its_prefecture(cell, place):
    assert stated_place(cell) == place


def test_provinces_named_across_the_space():
    assert provinces_named("青海 海南") == {"青海"}
    assert provinces_named("青海省  海南") == {"青海"}
    assert provinces_named("青海 海南省") == {"青海", "海南"}


def test_a_job_in_qinghai_hainan_is_no_wish_for_hainan_province():
    assert specific_place_keys("青海 海南") == {"海南藏族自治州"}  # before: 海南 and 青海
    assert specific_place_keys("青海、海南") == {"青海", "海南"}


POSTS = [
    Job(id="SY", title="前台", employer="某某度假村有限公司", location="海南三亚", headcount=1),
    Job(id="GD", title="前台", employer="某某酒店有限公司", location="广东 海南", headcount=1),
    Job(id="QS", title="教师", employer="某某学校", location="青海省海南", headcount=1),
    Job(id="QB", title="教师", employer="某某中学", location="青海 海南", headcount=1),
    Job(id="QP", title="医生", employer="某某医院", location="青海省 海南", headcount=1),
]


def test_the_hainan_filter_leaves_qinghai_posts_out(session):  # noqa: F811 (SQLite and PostgreSQL)
    repo.upsert_jobs(session=session, jobs=POSTS)
    session.flush()
    found = {place: set(repo.job_ids(session=session, filters=repo.JobFilters(location=place)))
             for place in ("海南", "海南省", "青海")}
    # before: 海南 found QS, QB and QP (the location's text), 海南省 QB (read as two provinces)
    assert found == {"海南": {"SY", "GD"}, "海南省": {"SY"}, "青海": {"QS", "QB", "QP"}}
