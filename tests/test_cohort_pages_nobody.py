"""Review: /profile and /guidance for a year or school with no graduate say so (naming the filters)
instead of a cohort counted empty: every profile table 「无」 and 0.0%, and guidance's
「没有发现需要指导的事项」, which reads as a cohort with nothing to train."""

from __future__ import annotations

from tests.test_api_pages import login
from tests.test_api_profile import api  # noqa: F401  (the fixture: planted jobs and graduates)


def test_the_profile_page_says_no_graduate_is_in_the_chosen_year(api):  # noqa: F811
    login(api, "organiser")
    page = api.client.get("/profile", params={"year": "2030", "school": ""})
    assert page.status_code == 200
    assert "所选范围（2030 届、全部学校）没有毕业生，请更换毕业年份或学校。" in page.text
    assert "共 <strong>0</strong> 人" not in page.text and "0.0%" not in page.text
    assert "共 <strong>8</strong> 人" in api.client.get("/profile", params={"year": "2026"}).text


def test_the_guidance_page_does_not_call_an_empty_cohort_one_without_needs(api):  # noqa: F811
    login(api, "organiser")
    page = api.client.get("/guidance", params={"year": "2030"})
    assert page.status_code == 200
    assert "所选范围（2030 届、全部学校）没有毕业生，请更换毕业年份、学校或专业类。" in page.text
    assert "没有发现需要指导的事项" not in page.text
    assert "没有毕业生" not in api.client.get("/guidance", params={"year": "2026"}).text
