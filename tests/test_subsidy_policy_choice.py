"""Which policies of a list are "the" 求职创业补贴 whose state the follow-up record holds: the names
regions use (一次性求职补贴, 求职创业补贴（残疾人）, 求职补贴), not 创业补贴 nor a guide about the
subsidy, and a 类别 that names it whatever the policy is called."""

from __future__ import annotations

import pytest

from features.policies import Policy
from service.api.subsidy_hints import subsidy_policies


def _chosen(name: str, category: str | None = None) -> bool:
    return bool(subsidy_policies([Policy(id="P", name=name, category=category)]))


@pytest.mark.parametrize("name", ["一次性求职创业补贴", "求职创业补贴（残疾人）", "一次性求职补贴", "求职补贴",
                                  "困难高校毕业生求职创业补助", "求职 创业补贴"])
def test_the_names_regions_give_the_subsidy_are_chosen(name):
    assert _chosen(name)


@pytest.mark.parametrize("name", ["一次性创业补贴", "创业补贴", "就业见习补贴", "吸纳高校毕业生就业补贴",
                                  "求职创业补贴申领指南", "关于发放求职创业补贴的通知", "求职创业补贴（残疾人）申领指南"])
def test_other_subsidies_and_documents_about_it_are_not(name):
    assert not _chosen(name)


def test_a_category_naming_the_subsidy_chooses_the_policy_whatever_its_name():
    assert _chosen("困难毕业生一次性补助", category="求职创业补贴")
    assert not _chosen("困难毕业生一次性补助", category="就业补贴")  # a broader 类别 decides nothing
    assert not _chosen("求职创业补贴申领指南", category="求职创业补贴")  # a guide still is no policy
