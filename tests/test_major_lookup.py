"""Catalog look-ups of one code or name at a level (``features.major_lookup``)."""

from __future__ import annotations

import pytest

from features.major_lookup import (
    StudyLevel,
    code_by_level,
    code_by_name,
    level_from_version,
    loose_undergrad_code,
    undergrad_classes_by_name,
    undergrad_code,
)
from service.model_store import load_major_code_tables

UG, GRAD, JUNIOR = StudyLevel.UNDERGRADUATE, StudyLevel.GRADUATE, StudyLevel.JUNIOR_COLLEGE


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.mark.parametrize(
    ("version", "level"),
    [("98", UG), ("1998", UG), ("12", UG), ("2024", UG), ("04", JUNIOR), ("21", JUNIOR), ("2021", JUNIOR),
     (None, None), ("2019", None), ("", None)],
)
def test_catalog_version_tells_the_level(version, level):
    assert level_from_version(version) is level


@pytest.mark.parametrize(
    ("raw", "level", "name", "expected"),
    [
        # A stated 研究生 or 专科 level keeps the digits: they are that level's codes.
        ("0812", GRAD, "计算机科学与技术", (GRAD, "0812")),
        ("520101", JUNIOR, None, (JUNIOR, "520101")),
        # No level: the 本科 catalog decides a 6-digit major, a 4-digit class named 「…类」, a 门类.
        ("080901", None, None, (UG, "080901")),
        ("0809", None, "电脑类", (UG, "0809")),
        ("0809", None, None, (None, "0809")),
        ("08", None, None, (UG, "08")),
        ("15", None, None, (None, "15")),
        ("999999", None, None, (None, "999999")),
        # ... unless the name is the 研究生 discipline's: 0812 is 计算机科学与技术 there, 测绘类 in 本科.
        ("0812", None, "计算机科学与技术", (GRAD, "0812")),
        ("0812", None, "测绘类", (UG, "0812")),
        ("081203", None, "计算机应用技术", (GRAD, "081203")),
        # A 本科 name printed beside its class's code: the code is kept.
        ("0809", None, "计算机科学与技术", (UG, "0809")),
        # An untagged old code whose 2026 major is the one named: 110203 is 会计学 in 1998.
        ("110203", None, "会计学", (UG, "120203")),
        ("110203", None, "法学", (None, "110203")),  # the name disagrees: no guess
        # A 职业教育 大类 by its name: 职业本科 (21–39) is 本科, 高职 (41–59) 专科.
        ("36", None, "新闻传播大类", (UG, "36")),
        ("53", None, "财经商贸大类", (JUNIOR, "53")),
        ("36", None, None, (None, "36")),
    ],
)
def test_code_by_level(catalog, tables, raw, level, name, expected):
    assert code_by_level(raw, level, None, name, catalog, tables) == expected


@pytest.mark.parametrize(
    ("digits", "version", "name", "code"),
    [
        ("100301", "98", None, "100201"),  # 临床医学 in the 1998 catalog
        ("100301", None, None, "100301"),  # the same digits are a current major without the tag
        ("083201", None, None, "140001"),  # moved between the 2024 and 2026 catalogs
        ("123456", "98", "会计学", "120203"),  # an old code the tables lack: its name decides
        ("123456", "98", None, "123456"),
        ("123456", None, None, "123456"),
        ("0809", "98", None, "0809"),
    ],
)
def test_undergrad_code_maps_old_codes(catalog, tables, digits, version, name, code):
    assert undergrad_code(digits, version, name, catalog, tables) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [("英语类", "050201"), ("计算机", "0809"), ("电子信息", "0807"), ("医学检验", "101001"), ("软件工", "080902"),
     ("软件", None), ("法类", None), ("数据", None)],
)
def test_loose_spellings(catalog, name, code):
    # 「软件」: two characters are too short to guess a major from a prefix.
    assert loose_undergrad_code(name, catalog) == code


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        ("计算机科学与技术", UG, (UG, "080901")),
        ("计算机类", None, (UG, "0809")),
        ("工学", None, (UG, "08")),
        ("计算机应用技术", None, (GRAD, "081203")),
        ("计算机应用技术", UG, None),
        ("管理科学与工程类", GRAD, (GRAD, "1201")),
        ("会计学", GRAD, (GRAD, "120201")),
        ("学前教育", JUNIOR, (JUNIOR, "570102")),  # the 2021 catalog's code, not the tables' 2004 040102
        ("", None, None),
        (None, None, None),
    ],
)
def test_code_by_name(catalog, tables, name, level, expected):
    assert code_by_name(name, level, catalog, tables) == expected


@pytest.mark.parametrize(("name", "classes"), [
    ("法律", ["0301"]),  # the reference table's filing of the 研究生 professional degree
    ("会计学", ["1202"]),  # the class of the 本科 major of that name
    ("计算机", ["0809"]),  # a class of that name, 类 added
    ("星际航行学", []),
])
def test_undergrad_classes_by_name(catalog, tables, name, classes):
    assert undergrad_classes_by_name(name, catalog, tables.reference_by_name) == classes
