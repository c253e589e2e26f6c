"""The place filter reads Xinjiang's spoken prefecture names 巴州 博州 克州 (as tables and organisers write them)
as the autonomous prefectures, 巴州 also as written (巴中's 巴州区); and a filter naming two levels apart by a
dash or a slash (「河南-郑州」「湖北/武汉/洪山」) as it does apart by a space; and a name the reader leaves after
the levels it reads (「北京朝阳」: 朝阳 is 辽宁's 朝阳市 too; 「新疆巴州」) within those levels. Before, each found nothing.
SQLite and PostgreSQL (the latter when the test server answers)."""

from __future__ import annotations

import pytest

from features.records import Job
from tests.factories import found_by_place_filter
from tests.test_storage import empty_engine  # noqa: F401


def _post(id_: str, employer: str, location: str) -> Job:
    return Job(id=id_, title="一级科员", employer=employer, location=location, headcount=1)


POSTS = [
    _post("BYGL", "库尔勒市人民医院", "新疆巴音郭楞蒙古自治州库尔勒市"),
    _post("BYGL_SHORT", "和静县人民医院", "新疆巴音郭楞和静县"),
    _post("BZQ", "巴州区人民医院", "四川省巴中市巴州区"),
    _post("BETL", "博乐市人民医院", "新疆博尔塔拉蒙古自治州博乐市"),
    _post("KZLS", "阿图什市人民医院", "新疆克孜勒苏柯尔克孜自治州阿图什市"),
    _post("ZZ", "郑州市人民医院", "河南省郑州市"),
    _post("KF", "开封市人民医院", "河南省开封市"),
    _post("CY_BJ", "朝阳区第一中学", "北京市朝阳区"),
    _post("CY_LN", "朝阳市第一中学", "辽宁省朝阳市"),
    _post("CY_CC", "朝阳区实验小学", "吉林省长春市朝阳区"),
    _post("HS", "洪山区卫生健康局", "武汉 洪山"),
    _post("JA", "江岸区卫生健康局", "武汉 江岸"),
]

EXPECTED = {
    "巴州": {"BYGL", "BYGL_SHORT", "BZQ"},  # both: the organiser's 巴州 and 巴中's 巴州区
    "博州": {"BETL"},
    "克州": {"KZLS"},
    "巴音郭楞": {"BYGL", "BYGL_SHORT"},
    "河南-郑州": {"ZZ"},
    "河南/郑州": {"ZZ"},
    "湖北-武汉-洪山": {"HS"},
    "河南 郑州": {"ZZ"},
    "北京朝阳": {"CY_BJ"},
    "辽宁朝阳": {"CY_LN"},
    "新疆巴州": {"BYGL", "BYGL_SHORT"},  # not 巴中's 巴州区
    "新疆博州": {"BETL"},
    "朝阳": {"CY_BJ", "CY_LN", "CY_CC"},  # one level: as before
    "北京朝阳医院": set(),  # a name no post's place holds: nothing, as before
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_spoken_xinjiang_prefectures_and_separated_levels_are_found(empty_engine):  # noqa: F811
    assert found_by_place_filter(empty_engine, POSTS, EXPECTED) == EXPECTED
