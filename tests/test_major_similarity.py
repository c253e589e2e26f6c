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


@pytest.fixture(scope="module")
def with_reference(catalog):
    # A few rows in the shape of features/data/reference_majors.json (name → class codes).
    reference = {"法律事务": ["0301"], "审计": ["0201", "1202"], "畜牧兽医": ["0904"], "计算机应用技术": ["0809"],
                 "公共关系": ["0303", "1202"], "某专业": ["9999"]}
    return NearestMajorFinder(reference=reference).fit(catalog)


@pytest.mark.parametrize(("name", "class_code", "code"), [
    ("法律事务", "0301", "0301"),  # no catalog major shares its head: only the table knows it
    ("畜牧兽医", "0904", "0904"),
    ("审计", "1202", "120207"),  # two classes listed: the one holding the nearest name (审计学)
    ("公共关系", "0303", "0303"),  # two classes, no near name in either: the first listed
    ("计算机应用技术", "0809", "080901"),  # the table and the name agree: keep the nearer major
])
def test_the_reference_table_places_names_the_characters_cannot(with_reference, name, class_code, code):
    hit = with_reference.find(name)
    assert (hit.class_code, hit.code, hit.via) == (class_code, code, "reference")


def test_names_the_reference_does_not_list_fall_back_to_characters(with_reference):
    assert with_reference.find("大数据与财务管理").via == "name"
    assert with_reference.find("关务与外贸服务") is None
    assert with_reference.find("某专业") is None  # its class is not in the catalog


def test_shipped_reference_table_loads_and_names_catalog_classes(catalog):
    from service.resources import load_major_reference

    reference = load_major_reference()
    assert len(reference) > 1000 and reference["法律事务"] == ("0301",)
    assert all(code in catalog.classes for codes in reference.values() for code in codes)
