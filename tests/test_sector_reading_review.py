"""Review of sectors read from the unit above an office: overlapping words in a name, and
``check-jobs`` no longer telling an organiser that a post it can place joins no industry fair."""

from __future__ import annotations

from dataclasses import replace

import pytest

from features.sectors import sector_of
from matching.job_checks import Check, check_jobs
from tests.test_job_checks import CLEAN


@pytest.mark.parametrize("name", ["中共北京市委研究室", "平谷区委研究室", "洛阳市人民政府研究室（洛阳市人民政府发展研究中心）（参公）"])
def test_a_party_or_government_research_office_is_no_research_institute(name):
    # 「市委」 used to use up the 「委」 of 「委研究室」, leaving 研究室 (科研气象) the last word.
    found = sector_of("内设处室", "综合调研岗", parent_unit=name)
    assert (found.name, found.source) == ("党政机关", "上级单位")
    assert sector_of(name).name == "党政机关"


def test_overlapping_words_keep_the_longer_one_of_a_system():
    assert sector_of("某县农村经济经营管理站").word == "农村经济"
    assert sector_of("某市科学技术研究所").name == "科研气象"


@pytest.fixture(scope="module")
def rules():
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    return {"catalog": load_major_catalog(), "major_tables": load_major_code_tables()}


def _category_findings(rules, **fields):
    job = replace(CLEAN, id="B1", title=fields.pop("title", "综合管理岗"), category=None, industry=None, **fields)
    return [f for f in check_jobs([CLEAN, job], **rules).for_job("B1") if f.check is Check.CATEGORY_MISSING]


def test_a_post_whose_system_is_read_is_not_said_to_join_no_industry_fair(rules):
    assert _category_findings(rules, employer="综合行政执法队", parent_unit="北京市东城区和平里街道") == []
    assert _category_findings(rules, employer="某县人民医院") == []
    assert _category_findings(rules, employer="总院", exam_type="医疗") == []
    (finding,) = _category_findings(rules, employer="综合办公室", exam_type="事业单位")
    assert "归不进任何一场" in finding.message
