"""Minority languages a post asks for (Xinjiang's 塔吉克语, 锡伯语, 柯尔克孜语 and China's others:
藏语, 彝语, 朝鲜语, 壮语 …) are language requirements, never soft notes (``patterns.MINORITY_LANGUAGES``,
also in ``_HARD``, which keeps a clause naming one out of the soft-note rule)."""

from __future__ import annotations

import pytest

from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell


@pytest.mark.parametrize(("text", "expected"), [
    ("熟练掌握塔吉克语", ["language[掌握塔吉克语]"]),
    ("具有塔吉克语听说能力", ["language[掌握塔吉克语]"]),
    ("熟练掌握维吾尔语、塔吉克语", ["language[掌握维吾尔语、塔吉克语]"]),
    ("熟悉乌孜别克语", ["language[掌握乌孜别克语]"]),
    ("能熟练使用藏语", ["language[掌握藏语]"]),
    ("熟悉藏文", ["language[掌握藏语]"]),
    ("熟悉彝语", ["language[掌握彝语]"]),
    ("熟练掌握朝鲜语", ["language[掌握朝鲜语]"]),
    ("熟练掌握壮语", ["language[掌握壮语]"]),
    # Read before, unchanged.
    ("熟悉柯尔克孜语", ["language[掌握柯尔克孜语]"]),
    ("熟悉锡伯语", ["language[掌握锡伯语]"]),
    ("熟悉蒙古语", ["language[掌握蒙古语]"]),
])
def test_a_minority_language_is_a_requirement(text, expected):
    assert [describe_condition(c) for c in parse_cell("其他要求", text)] == expected


@pytest.mark.parametrize("text", ["熟悉冷藏工作", "身体强壮", "熟悉苗木培育"])
def test_look_alikes_stay_soft_notes(text):
    assert [describe_condition(c) for c in parse_cell("其他要求", text)] == ["note[能力与工作条件]"]
