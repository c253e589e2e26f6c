"""A 博士后 post of a discipline is still a postdoc (2026-12-07 review): 「博士后（行政管理方向）」 and
「博士后研究人员（公共管理）」 were taken for posts serving postdocs, because 行政/管理 follows 博士后, so a
学历要求 below a doctorate went unflagged. Staff posts (「博士后管理专员」) are still not flagged."""

from __future__ import annotations

import pytest

from matching.post_terms_checks import title_education_findings
from tests.factories import job


@pytest.mark.parametrize("title", ["博士后（行政管理方向）", "博士后研究人员（公共管理）", "博士后-管理科学与工程", "博士后研究员"])
def test_a_postdoc_of_a_discipline_admitting_a_master_is_flagged(title):
    found = list(title_education_findings(job("j", title, education="硕士研究生及以上")))
    assert [f.check.name for f in found] == ["TITLE_EDUCATION_DIFFERS"]
    assert found[0].message.startswith(f"岗位名称「{title}」是博士后岗位，学历要求却为「硕士研究生及以上」")


@pytest.mark.parametrize("title", ["博士后管理专员", "博士后工作站秘书", "博士后工作站行政管理岗", "博士后招生办公室干事"])
def test_a_post_serving_postdocs_is_not_flagged(title):
    assert list(title_education_findings(job("j", title, education="本科"))) == []
