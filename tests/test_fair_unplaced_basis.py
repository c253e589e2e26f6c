"""A post left out of every major fair says what its major list says (``requirement_basis``, as a
placed post's reason does): none (未列专业要求), 不限, or a list naming no undergraduate class,
not 「专业要求未列专业类」 for every kind of list."""

from __future__ import annotations

import pytest

from matching.fairs import FairBy, UnplacedKind
from tests.factories import graduate, job
from tests.test_fair_places import _Logistics, _plan

LEFT_OUT = ("，模型估计的匹配程度都不足以归入专业类；推荐此岗位的 1 位毕业生中，同属模型估计可能相关的一个专业类的最多 1 位"
            "（计算机类），须至少 2 位且占推荐人数的 10%（模型估计的匹配程度达次高专业类 2.5 倍的专业类有 1 位即可），不足以归入")


@pytest.mark.parametrize(("majors", "basis"), [
    (None, "未列专业要求"),
    ("不限", "专业不限"),
    ("专业不限", "专业不限"),
    ("交通运输规划与管理（研究生）", "专业要求「交通运输规划与管理（研究生）」未列本科专业类"),
])
def test_a_left_out_post_says_what_its_major_list_says(catalog, segmenter, majors, basis):
    jobs = [job("LOG", "物流专员", employer="甲物流公司", majors=majors), job("WEB", "前端开发", employer="乙软件公司")]
    people = [graduate("C", "计算机科学与技术", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR, model=_Logistics())
    (left_out,) = [u for u in result.unplaced if u.job_id == "LOG"]
    assert left_out.kinds == (UnplacedKind.NO_THEME,)
    assert left_out.reason == basis + LEFT_OUT
