"""Small things an officer trips on (2026-12-06, session 4): the follow-up export's 「已记录 N 条」 counts
the audit entries written and says the graduates apart; a blank ``--graduate`` is no filter with
``--unpushed`` too, and said; ``GET /api/support/unpushed`` answers an officer the full record as
``GET /api/support`` does (no null standing for a withheld value), audited as returned, while the page
still shows and audits what ``/officer`` shows. Job checks: a 遴选 post's experience finding says the post
is for serving civil servants, and a 工作地点 naming only a city with districts is a 提示."""

from __future__ import annotations

import pytest

from features.records import EmployerType
from matching.job_checks import Check, Severity, check_jobs
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login, recorded
from tests.test_follow_ups_small_fixes import _export
from tests.test_follow_ups_unpushed_and_waiting import _graduate_reads, _support_graduates
from tests.test_job_checks import CLEAN, bad, findings, rules  # noqa: F401


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)


# --- the follow-up export ---------------------------------------------------------------


def test_the_export_counts_audit_entries_and_graduates_apart(api, tmp_path, cli_env, capsys):  # noqa: F811
    # G1: hardship and a subsidy state, two entries (graduate, follow_up); G3: hardship only, one.
    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请")
    recorded(api, "G3", job_id="J-NET", status="已推送")
    before = len([r for r in api.audit_rows() if r.action == "follow_up_export"])
    capsys.readouterr()
    code, _ = _export(tmp_path)
    err = capsys.readouterr().err
    written = len([r for r in api.audit_rows() if r.action == "follow_up_export"]) - before
    assert code == 0 and written == 3
    assert "已记录 3 条敏感信息审计日志，涉及 2 位毕业生" in err, err


@pytest.mark.parametrize("blank", ["  ", ""])
def test_a_blank_graduate_is_no_filter_with_unpushed_too_and_said(api, tmp_path, cli_env, capsys, blank):  # noqa: F811
    from tests.test_cli_follow_ups import read_csv

    _support_graduates(api)
    code, out = _export(tmp_path, "--unpushed")
    assert code == 0
    everyone = read_csv(out)
    capsys.readouterr()
    code, out = _export(tmp_path, "--unpushed", "--graduate", blank)
    err = capsys.readouterr().err
    assert code == 0, err
    assert read_csv(out) == everyone and [r["graduate_id"] for r in everyone] == ["G3", "G5", "G6"]
    assert "--graduate 为空：不按毕业生筛选" in err
    # As on the normal export, where it was already no filter; now said there too.
    code, out = _export(tmp_path, "--graduate", blank)
    assert code == 0 and "--graduate 为空" in capsys.readouterr().err
    # A real id with --unpushed is still refused.
    code, out = _export(tmp_path, "--unpushed", "--graduate", "G3")
    assert code != 0 and not out.exists() and "--graduate" in capsys.readouterr().err


def test_the_unpushed_api_gives_an_officer_the_full_record_audited_as_returned(api):  # noqa: F811
    _support_graduates(api)
    before = _graduate_reads(api)
    items = {i["graduate"]["id"]: i["graduate"] for i in api.get("/api/support/unpushed", "officer").json()["items"]}
    # G3's 民族 is recorded: it is given, not null (null would read 未登记), as GET /api/support gives it.
    assert items["G3"]["ethnicity"] == "维吾尔族"
    support = {i["graduate"]["id"]: i["graduate"] for i in api.get("/api/support", "officer").json()["items"]}
    assert items["G3"] == support["G3"]
    new = sorted(set(_graduate_reads(api)) - set(before))
    assert ("G3", ("ethnicity", "hardship")) in new, new


def test_the_unpushed_page_still_shows_and_audits_what_the_officer_list_shows(api):  # noqa: F811
    _support_graduates(api)
    login(api, "officer")
    before = _graduate_reads(api, "G3")
    page = api.client.get("/follow-ups/unpushed")
    # G3 is listed (by name), yet the 民族 the API now returns stays off the page.
    assert page.status_code == 200 and "古丽娜" in page.text and "维吾尔族" not in page.text
    assert sorted(set(_graduate_reads(api, "G3")) - set(before)) == [("G3", ("hardship",))]


# --- job checks -------------------------------------------------------------------------


def _experience(rules, **fields):  # noqa: F811
    return [f for f in findings(rules, bad(**fields)) if f.check is Check.EXPERIENCE_YEARS]


def test_a_civil_service_selection_says_the_post_is_not_for_graduates(rules):  # noqa: F811
    (finding,) = _experience(rules, conditions=(("备注", "有2年以上综合文稿起草工作经历"),), exam_type="遴选",
                             employer_type=EmployerType.GOVERNMENT,
                             announcement="2021年德州市市直机关公开遴选公务员公告")
    assert "遴选" in finding.message and "在职公务员" in finding.message and "不面向应届毕业生" in finding.message
    # Not the employer's advice, which no organ can follow for a 遴选.
    assert "社会招聘" not in finding.message and "应届毕业生不限工作经验" not in finding.message


def test_a_units_own_selection_keeps_the_employers_advice(rules):  # noqa: F811
    (finding,) = _experience(rules, conditions=(("备注", "具有3年以上临床教学工作经历"),), exam_type="遴选",
                             employer_type=EmployerType.PUBLIC_INSTITUTION,
                             announcement="福建医科大学关于面向直属附属医院遴选专任教师的通知")
    assert "在职公务员" not in finding.message and "社会招聘" in finding.message
    # The rules refuse this season's graduates on it (matching.rules.selection): the advice must say so.
    assert "面向直属附属医院遴选" in finding.message and "应届毕业生对此岗位得到「不符合」" in finding.message
    assert "只能得到「待核实」" not in finding.message


def _city_only(rules, **fields):  # noqa: F811
    return [f for f in findings(rules, bad(**fields)) if f.check is Check.LOCATION_CITY_ONLY]


@pytest.mark.parametrize("place", ["武汉", "湖北省武汉市", "武汉市", "北京北京市", "江苏省无锡市"])
def test_a_companys_post_placed_in_a_city_only_is_a_hint(rules, place):  # noqa: F811
    (finding,) = _city_only(rules, location=place, employer="湖北通朗电器有限公司", employer_type=EmployerType.ENTERPRISE)
    assert finding.severity is Severity.HINT and finding.value == place
    assert f"工作地点「{place}」只写到市，没有写明区县" in finding.message and "请写明到县（市、区）" in finding.message


@pytest.mark.parametrize("place", [
    "武汉 洪山", "湖北省武汉市洪山区", "浙江省宁波市奉化区",  # a district, known or not
    "武汉、长沙",  # two cities: says where it is
    "广东省东莞市", "湖北省仙桃市", "济源",  # a city without districts is the place
    "江苏省昆山市", "宜阳县", "喀什地区疏附县",  # a county is the place
    "湖北省", "新疆",  # a province is no city
])
def test_a_place_below_the_city_or_a_city_without_districts_is_no_finding(rules, place):  # noqa: F811
    from matching.place_checks import city_only

    assert _city_only(rules, location=place, employer="湖北通朗电器有限公司", employer_type=EmployerType.ENTERPRISE) == []
    assert city_only(place) is None


def test_a_public_units_post_or_an_employer_naming_the_county_is_no_finding(rules):  # noqa: F811
    from matching.place_checks import city_only

    assert city_only("浙江省嘉兴市") == "嘉兴"
    for fields in ({"employer": "嘉兴市第二医院", "employer_type": EmployerType.PUBLIC_INSTITUTION},
                   {"employer": "北京市财政局", "employer_type": None, "exam_type": "公务员"},
                   {"employer": "竹海镇相岭社区", "employer_type": None, "exam_type": "基层工作者"}):
        assert _city_only(rules, location="浙江省嘉兴市", **fields) == [], fields
    # The employer's name places it in a county of that city: the graduate reads where.
    assert _city_only(rules, location="河南省洛阳市", employer="洛阳市西工区某某科技有限公司",
                      employer_type=EmployerType.ENTERPRISE) == []
    # A bank's branch of the city is checked (gkld: 29 posts, all banks).
    assert len(_city_only(rules, location="江苏省无锡市", employer="中国民生银行无锡分行", employer_type=None,
                          exam_type="银行")) == 1


def test_a_list_placing_most_posts_in_a_city_only_says_it_once(rules):  # noqa: F811
    from dataclasses import replace

    jobs = [replace(CLEAN, id=f"W{i}", title=f"销售{i}", location="武汉", employer="湖北通朗电器有限公司",
                    employer_type=EmployerType.ENTERPRISE) for i in range(3)]
    report = check_jobs(jobs, **rules)
    (finding,) = [f for f in report.findings if f.check is Check.LOCATION_CITY_ONLY]
    assert finding.job_id is None and finding.jobs == 3 and "只写到市" in finding.message
