"""A company's post whose 工作地点 names a province and nothing below it (「湖北省」「新疆」) is a 提示
工作地点只写到省: a graduate cannot tell the city, let alone the district. Public units' posts lie at
the unit named, and an employer's name that places the post inside the province says where, as for
工作地点只写到市."""

from __future__ import annotations

import pytest

from features.records import EmployerType
from matching.job_checks import Check, Severity
from tests.test_job_checks import bad, findings, rules  # noqa: F401


def _province_only(rules, **fields):  # noqa: F811
    return [f for f in findings(rules, bad(**fields)) if f.check is Check.LOCATION_PROVINCE_ONLY]


@pytest.mark.parametrize("place", ["湖北省", "新疆", "新疆维吾尔自治区", "中国湖北", "湖北"])
def test_a_companys_post_placed_in_a_province_only_is_a_hint(rules, place):  # noqa: F811
    (finding,) = _province_only(rules, location=place, employer="通朗电器有限公司", employer_type=EmployerType.ENTERPRISE)
    assert finding.severity is Severity.HINT and finding.value == place
    assert f"工作地点「{place}」只写到省，没有写明市县" in finding.message and f"如「{place}××市××区」" in finding.message
    # Not reported twice, as a place the checker cannot read.
    assert not [f for f in findings(rules, bad(location=place, employer="通朗电器有限公司",
                                               employer_type=EmployerType.ENTERPRISE))
                if f.check in (Check.LOCATION_UNKNOWN, Check.LOCATION_CITY_ONLY)]


@pytest.mark.parametrize("place", ["湖北省武汉市洪山区", "武汉", "湖北、湖南", "北京", "新疆 喀什"])
def test_a_city_two_provinces_or_a_municipality_is_no_province_finding(rules, place):  # noqa: F811
    assert _province_only(rules, location=place, employer="通朗电器有限公司", employer_type=EmployerType.ENTERPRISE) == []


def test_a_public_units_post_or_an_employer_naming_a_city_is_no_finding(rules):  # noqa: F811
    assert _province_only(rules, location="湖北省", employer="湖北省财政厅", employer_type=EmployerType.GOVERNMENT) == []
    assert _province_only(rules, location="湖北省", employer="武汉市通朗电器有限公司",
                          employer_type=EmployerType.ENTERPRISE) == []
