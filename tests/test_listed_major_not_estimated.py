"""A post whose own major list admits the graduate gives no 「专业相关：按专业类估计」 beside 「专业符合：岗位要求 …」,
whatever the graduate's level (2026-12-07 graduate review: a 硕士 计算机科学与技术 read both on Henan posts such as
26210012, whose 研究生 list names 计算机科学与技术; a 本科 graduate on the same kind of list read only the first).
Where the post lists no majors, the estimate is still said."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, EducationRequirement
from features.records import Graduate, Job
from service.engine import build_ranker

DAY = dt.date(2026, 12, 7)
# Henan 2026 cells, as written (post 26210012's list shortened to its two levels' computing majors).
LISTED = "本科：计算机类（0809）；研究生：计算机科学与技术（0812），软件工程（0835）"


def _post(job_id: str, majors: str) -> Job:
    return Job(id=job_id, title="一级科员", employer="扶沟县行政审批和政务信息管理局", location="河南省周口市扶沟县",
               education=EducationRequirement(minimum=EducationLevel.BACHELOR), majors_text=majors,
               description="负责政务信息系统建设、网络安全和软件开发维护工作")


@pytest.fixture(scope="module")
def ranker():
    return build_ranker([_post("listed", LISTED), _post("open", "不限专业")], reference_date=DAY)


@pytest.mark.parametrize("education, major", [(EducationLevel.MASTER, "计算机科学与技术"),
                                              (EducationLevel.BACHELOR, "计算机科学与技术")])
def test_a_post_whose_list_admits_the_graduate_says_no_estimate(ranker, education, major):
    graduate = Graduate(id="g", major=major, major_code="080901", education=education, graduation_year=2027,
                        intention="想做软件开发")
    by_job = {s.job_id: s for s in ranker.rank([graduate], k=5)[0].suggestions}
    listed = by_job["listed"].reasons
    assert any(r.startswith("专业符合：岗位要求 计算机") for r in listed), listed
    assert not any(r.startswith("专业相关：按专业类估计") for r in listed), listed
    # The post with no list is where the model's estimate speaks.
    assert any(r.startswith("专业相关：按专业类估计") for r in by_job["open"].reasons), by_job["open"].reasons
