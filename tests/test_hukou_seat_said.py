"""Where a hukou requirement's place lies is said as a graduate reads a place: tables write a
municipality twice (「北京北京市」) and a county after a space (「江苏省扬州市 仪征市」)."""

from __future__ import annotations

import datetime as dt

import pytest

from matching.rules.engine import RulesEngine
from matching.verdict import Status
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def _hukou_reason(engine, location: str, cell: str, hukou: str) -> tuple[Status, str]:
    post = job("p", "科员", employer="某某单位", location=location, conditions=(("户籍要求", cell),))
    verdict = engine.check(graduate("g", "法学", hukou=hukou), post)
    (result,) = [r for r in verdict.results if r.kind == "hukou"]
    return result.status, result.reason


@pytest.mark.parametrize(("location", "cell", "said"), [
    ("北京北京市东城区", "东城区户籍", "（位于北京市）"),
    ("江苏省扬州市 仪征市", "仪征市户籍", "（位于江苏省扬州市）"),
])
def test_the_place_of_a_requirement_is_said_once_and_without_a_stray_space(engine, location, cell, said):
    status, reason = _hukou_reason(engine, location, cell, "广东省广州市")
    assert status is Status.NOT_ELIGIBLE
    assert said in reason
    assert "北京北京" not in reason and " （" not in reason and " ）" not in reason and "市 ）" not in reason
