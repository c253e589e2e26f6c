"""Placing non-catalog major names (专科, 研究生) near catalog majors."""

from __future__ import annotations

import pytest

from features.major_similarity import NearestMajorFinder


@pytest.fixture(scope="module")
def finder(catalog):
    return NearestMajorFinder().fit(catalog)


@pytest.mark.parametrize(("name", "class_name"), [
    ("计算机应用技术", "计算机类"),
    ("大数据与财务管理", "工商管理类"),
    ("会计信息管理", "工商管理类"),
    ("酒店管理与数字化运营", "旅游管理类"),
    ("土木水利", "土木类"),
    ("应用英语", "外国语言文学类"),
])
def test_vocational_and_graduate_names_land_in_the_right_class(finder, name, class_name):
    assert finder.find(name).class_name == class_name


@pytest.mark.parametrize("name", ["关务与外贸服务", "发电厂及电力系统", "法律事务", "", None])
def test_names_sharing_only_a_common_word_are_left_unplaced(finder, name):
    # 关务与外贸服务 shares 服务 with 服务科学与工程 (计算机类): a wrong hint is worse than none
    assert finder.find(name) is None


def test_a_catalog_name_finds_itself(finder, catalog):
    hit = finder.find("软件工程")
    assert hit.code == "080902" and hit.similarity == pytest.approx(1.0)
