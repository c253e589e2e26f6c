"""How a graduate's major as written resolves to a catalog major."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("written", "code"), [
    # A code of the 1998/2012 catalogs with the major's name: the name decides (the code is
    # another major in 2026: 080605 电机电器智能化, 100301 口腔医学, 100701 药学).
    ("080605 计算机科学与技术", "080901"),
    ("100301 临床医学", "100201"),
    ("100701 护理学", "101101"),
    ("国际经济与贸易（020102）", "020401"),
    ("110203 会计学", "120203"),  # a code no longer in the catalog
    # Code and name agree, or the code alone, or a name the code's name contains.
    ("080901 计算机科学与技术", "080901"),
    ("080901", "080901"),
    ("120203K", "120203"),
    ("080901 计算机", "080901"),
    # A bracketed track or length after the name.
    ("汉语言文学（师范）", "050101"),
    ("英语（商务方向）", "050201"),
    ("临床医学（5年制）", "100201"),
    ("软件工程(嵌入式)", "080902"),
    ("计算机科学与技术专业", "080901"),
])
def test_a_major_resolves_by_its_name_first(catalog, written, code):
    assert catalog.resolve(written).code == code


def test_a_code_and_a_name_that_disagree_resolve_to_nothing(catalog):
    assert catalog.resolve("080605 导游") is None  # not 电机电器智能化: better unknown than wrong
