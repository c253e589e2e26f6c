"""A post themed by the system its 职位类别 belongs to says which system, so that an organiser who reads
「文化旅游专场」 holding 编辑 and 记者 posts sees why (``matching.fair_themes``; review of 2026-12-07)."""

from __future__ import annotations

from matching.fairs import FairBy, position_themes
from matching.ranker import Ranker
from tests.factories import job


def _links(catalog, segmenter, jobs):
    links = position_themes(Ranker(catalog=catalog, segmenter=segmenter).fit(jobs), by=FairBy.INDUSTRY)
    return {j: [(link.name, link.reason) for link in found] for j, found in links.items()}


def test_a_category_put_in_a_differently_named_system_names_that_system(catalog, segmenter):
    jobs = [job("E1", "期刊编辑", employer="湖北某传媒公司", category="编辑"),
            job("E2", "SCI医学编辑", employer="武汉某生物公司", category="医学编辑"),
            job("M1", "数学老师", employer="武汉某文教公司", category="数学教师")]
    assert _links(catalog, segmenter, jobs) == {
        "E1": [("文化旅游", "职位类别「编辑」属文化旅游系统（未注明行业）")],
        "E2": [("文化旅游", "职位类别「医学编辑」含「编辑」，属文化旅游系统（未注明行业）")],
        "M1": [("教育", "职位类别「数学教师」含「教师」，属教育系统（未注明行业）")]}


def test_a_category_its_system_already_names_and_a_field_of_its_own_read_as_before(catalog, segmenter):
    jobs = [job("H1", "护士", employer="业务部门", category="卫生类"),
            job("T1", "教师", employer="业务部门", category="教育类（B）"),
            job("P1", "产品经理", employer="武汉某科技公司", category="产品经理")]
    assert _links(catalog, segmenter, jobs) == {
        "H1": [("医疗卫生", "职位类别：卫生类（未注明行业）")],
        "T1": [("教育", "职位类别：教育类（B）（未注明行业）")],
        "P1": [("产品经理", "职位类别：产品经理（未注明行业）")]}

