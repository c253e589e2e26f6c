"""A policy list's 户籍或地区 naming a city without its province (「乌鲁木齐市」「郑州市」) is placed
through the place list and decides 符合 / 不符合; 「离校N年内」 for a graduate of the judging year
before the usual leaving month; full-width dates in 截止日期."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from features.education import EducationLevel
from features.policies import Policy, parse_graduation_window
from features.records import Graduate
from features.values import parse_deadline
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.policy_file import read_policies_bytes

GRADUATE = Graduate(id="G", name="甲", education=EducationLevel.BACHELOR, graduation_year=2026,
                    birth_date=dt.date(2003, 5, 1), hukou="北京市海淀区")


@pytest.fixture(scope="module")
def catalog():
    from service.resources import load_major_catalog

    return load_major_catalog()


def _engine(catalog, day: dt.date) -> RulesEngine:
    return RulesEngine(catalog=catalog, reference_date=day)


def _hukou(catalog, place: str, hukou: str):
    return check_policy(_engine(catalog, dt.date(2026, 6, 1)), replace(GRADUATE, hukou=hukou),
                        Policy(id="P", name="政策", hukou=place))


@pytest.mark.parametrize(("place", "hukou"), [
    ("乌鲁木齐市", "北京市海淀区"),      # another province
    ("乌鲁木齐市", "河南省郑州市"),
    ("乌鲁木齐市", "新疆喀什市"),        # another prefecture of the province
    ("乌鲁木齐市", "喀什市"),            # the hukou's province read from its city
    ("郑州市", "北京市海淀区"),
    ("郑州市", "河南省洛阳市"),          # another prefecture of Henan
    ("宜阳县", "河南省郑州市"),          # a county name the only one in China
])
def test_a_bare_city_of_one_place_refuses_a_hukou_elsewhere(catalog, place, hukou):
    found = _hukou(catalog, place, hukou)
    assert found.status is Status.NOT_ELIGIBLE
    assert found.reasons[0].startswith(f"户籍不符：政策要求{place}户籍")
    assert f"您的户籍为{hukou}" in found.reasons[0]


def test_the_refusal_says_where_the_bare_city_lies(catalog):
    found = _hukou(catalog, "乌鲁木齐市", "北京市海淀区")
    assert found.reasons == ("户籍不符：政策要求乌鲁木齐市户籍（位于新疆维吾尔自治区），您的户籍为北京市海淀区",)


@pytest.mark.parametrize(("place", "hukou"), [
    ("乌鲁木齐市", "新疆乌鲁木齐市天山区"),
    ("乌鲁木齐市", "乌鲁木齐市"),
    ("郑州市", "河南省郑州市金水区"),
    ("郑州市", "郑州市"),
])
def test_a_bare_city_admits_a_hukou_inside_it(catalog, place, hukou):
    assert _hukou(catalog, place, hukou).status is Status.ELIGIBLE


@pytest.mark.parametrize(("place", "hukou"), [
    ("朝阳区", "北京市海淀区"),          # 北京 and 长春 both have one: which is meant is not guessed
    ("鼓楼区", "河南省郑州市"),
    ("本地", "北京市海淀区"),
])
def test_a_name_several_places_share_stays_to_review(catalog, place, hukou):
    found = _hukou(catalog, place, hukou)
    assert found.status is Status.NEEDS_REVIEW and found.reasons[0].startswith("户籍待核实：")


def test_the_province_written_still_decides_as_before(catalog):
    assert _hukou(catalog, "新疆乌鲁木齐市", "北京市海淀区").status is Status.NOT_ELIGIBLE
    assert _hukou(catalog, "新疆乌鲁木齐市", "新疆乌鲁木齐市天山区").status is Status.ELIGIBLE


# --- 离校N年内 for a graduate of the judging year --------------------------------------------------


def _leaving(catalog, day: dt.date, year: int, text: str = "离校2年内"):
    return check_policy(_engine(catalog, day), replace(GRADUATE, graduation_year=year),
                        Policy(id="P", name="政策", graduation=parse_graduation_window(text)))


def test_a_graduate_of_the_year_before_july_has_not_left_yet(catalog):
    found = _leaving(catalog, dt.date(2026, 6, 1), 2026)
    assert found.status is Status.NEEDS_REVIEW
    assert found.reasons == ("离校年限待核实：政策面向离校2年内的毕业生，您2026年毕业，通常于2026年7月离校，"
                             "按2026年6月1日尚未到离校时间，请核实是否已离校",)


def test_a_graduate_of_the_year_from_july_on_has_left(catalog):
    found = _leaving(catalog, dt.date(2026, 7, 1), 2026)
    assert found.status is Status.ELIGIBLE and found.reasons[0].startswith("离校年限符合：")


def test_last_years_graduate_is_unchanged_in_june(catalog):
    assert _leaving(catalog, dt.date(2026, 6, 1), 2025).status is Status.ELIGIBLE
    assert _leaving(catalog, dt.date(2026, 6, 1), 2027).status is Status.NOT_ELIGIBLE


def test_the_graduating_year_window_still_admits_in_june(catalog):
    found = _leaving(catalog, dt.date(2026, 6, 1), 2026, "毕业年度内或离校2年内")
    assert found.status is Status.ELIGIBLE and found.reasons[0].startswith("毕业年份符合：")


# --- full-width dates -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["２０２６－１２－３１", "２０２６／１２／３１", "２０２６．１２．３１", "２０２６－１２"])
def test_a_full_width_deadline_is_read(text):
    assert parse_deadline(text) == dt.date(2026, 12, 31)


def test_a_policy_file_reads_a_full_width_deadline():
    data = "政策编号,政策名称,截止日期\nZ1,全角日期,２０２６－１２－３１\n".encode("utf-8")
    (policy,) = read_policies_bytes(data, "policies.csv").policies
    assert policy.deadline == dt.date(2026, 12, 31)
