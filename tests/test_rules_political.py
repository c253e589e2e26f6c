"""Political conditions beyond 中共党员 (非中共党员, 民主党派 limits, 群众或共青团员), decided by the
record's 政治面貌 (``matching/rules/political.py``), and the 应届 forms gkld states beside its windows:
博士生不受择业期限制 (``engine._with_seeking_exemptions``) and the two stages of one recruitment.
All were left unread before: every graduate got 待核实 and guidance 系统未能识别的条件."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import Kind, Political
from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell, parse_posting_text
from matching.rules.political import standing
from matching.verdict import Status

DAY = dt.date(2026, 12, 6)
HENAN = "非中共党员；若是民主党派成员仅限民革党员"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def political(engine, conditions: tuple[tuple[str, str], ...], status: str | None):
    verdict = engine.check(Graduate(id="G", political_status=status), Job(id="J", title="科员", conditions=conditions))
    (result,) = [r for r in verdict.results if r.kind == "political"]
    return result.status, result.reason


@pytest.mark.parametrize("text, expected", [
    ("非中共党员", ["political[非中共党员]"]),
    ("限男性，非中共党员", ["gender[限男性]", "political[非中共党员]"]),
    ("若是民主党派成员仅限农工党党员", ["political[民主党派成员仅限农工党党员]"]),
    ("若是民主党派成员仅限民盟盟员", ["political[民主党派成员仅限民盟盟员]"]),
    ("如为民主党派成员，仅限民进会员", ["political[民主党派成员仅限民进会员]"]),
    ("政治面貌为群众或共青团员", ["political[群众或共青团员]"]),
    ("限民主党派或无党派人士", ["political[民主党派成员或无党派人士]"]),
    ("博士生不受择业期限制", ["note[择业期放宽]"]),
    ("第一阶段面向应届生，第二阶段不限应往届", ["note[报考须知]"]),
    # Unchanged readings.
    ("中共党员或共青团员", ["political[共青团员或中共党员]"]),
    ("中共正式党员", ["political[中共党员（正式党员）]"]),
])
def test_forms_once_unread_are_read(text, expected):
    assert [describe_condition(c) for c in parse_cell("其他要求", text)] == expected


@pytest.mark.parametrize("text", ["群众公认", "深入基层农村、农户做群众工作", "若是民主党派成员仅限本单位推荐"])
def test_look_alikes_are_not_political(text):
    assert Kind.POLITICAL not in {c.kind for c in parse_cell("其他要求", text)}


def test_henan_party_limit_joins_the_non_member_condition_into_one(engine):
    (cond,) = engine.parse(Job(id="J", title="科员", conditions=(("其他要求", HENAN),)))
    assert cond.kind is Kind.POLITICAL and cond.payload.excluded == {Political.PARTY_MEMBER}
    assert cond.payload.parties == ("民革",) and cond.text == HENAN


@pytest.mark.parametrize("status, expected", [
    ("群众", (Status.ELIGIBLE, "政治面貌符合：岗位要求非中共党员（民主党派成员仅限民革党员），您的政治面貌为群众")),
    ("共青团员", (Status.ELIGIBLE, "政治面貌符合：岗位要求非中共党员（民主党派成员仅限民革党员），您的政治面貌为共青团员")),
    ("民革党员", (Status.ELIGIBLE, "政治面貌符合：岗位要求非中共党员（民主党派成员仅限民革党员），您的政治面貌为民革党员")),
    ("中共党员", (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求非中共党员（民主党派成员仅限民革党员），您为中共党员")),
    ("中共预备党员", (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求非中共党员（民主党派成员仅限民革党员），您为中共预备党员")),
    ("民盟盟员", (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求非中共党员（民主党派成员仅限民革党员），您为民盟盟员")),
    ("农工党党员", (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求非中共党员（民主党派成员仅限民革党员），您为农工党党员")),
    ("民主党派成员", (Status.NEEDS_REVIEW, "政治面貌待核实：岗位要求非中共党员（民主党派成员仅限民革党员），您登记为民主党派成员，请核实所属党派")),
    (None, (Status.NEEDS_REVIEW, "政治面貌待核实：岗位要求非中共党员（民主党派成员仅限民革党员），您的政治面貌未填写")),
])
def test_henan_non_member_posts_are_decided_by_the_record(engine, status, expected):
    assert political(engine, (("其他要求", HENAN),), status) == expected


def test_party_limit_alone_concerns_only_democratic_party_members(engine):
    cell = (("备注", "1.如为民主党派成员，仅限民进会员；2.本科及研究生阶段均具有学历和学位。"),)
    assert political(engine, cell, "中共党员")[0] is Status.ELIGIBLE
    assert political(engine, cell, "群众")[0] is Status.ELIGIBLE
    assert political(engine, cell, "民进会员")[0] is Status.ELIGIBLE
    assert political(engine, cell, "九三学社社员") == (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求民主党派成员仅限民进会员，您为九三学社社员")


def test_standings_named_by_the_post(engine):
    masses = (("备注", "政治面貌为群众或共青团员"),)
    assert political(engine, masses, "群众")[0] is Status.ELIGIBLE
    assert political(engine, masses, "中共预备党员") == (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求群众或共青团员，您的政治面貌为中共预备党员")
    either = (("其他要求", "限民主党派或无党派人士"),)
    assert political(engine, either, "致公党党员")[0] is Status.ELIGIBLE
    assert political(engine, either, "无党派人士")[0] is Status.ELIGIBLE
    assert political(engine, either, "中共党员")[0] is Status.NOT_ELIGIBLE
    # 无党派人士 is a recognised standing, not every graduate outside a party: the record cannot tell.
    assert political(engine, either, "群众") == (
        Status.NEEDS_REVIEW, "政治面貌待核实：岗位要求民主党派成员或无党派人士，您的政治面貌为群众，请核实是否属于无党派人士")


def test_a_democratic_party_member_is_no_communist_party_member(engine):
    """农工党党员 and 民革党员 end in 党员: they passed a 中共党员 post before."""
    assert political(engine, (("政治面貌", "中共党员"),), "农工党党员") == (
        Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求中共党员，您的政治面貌为农工党党员")
    assert political(engine, (("政治面貌", "中共党员"),), "中共预备党员") == (Status.ELIGIBLE, "政治面貌符合：岗位要求中共党员")
    assert political(engine, (("政治面貌", "中共党员"),), "其他")[0] is Status.NEEDS_REVIEW


@pytest.mark.parametrize("status, kind, party", [
    ("中国国民党革命委员会会员", Political.DEMOCRATIC_PARTY, "民革"), ("九三学社社员", Political.DEMOCRATIC_PARTY, "九三学社"),
    ("中共预备党员", Political.PARTY_MEMBER, None), ("团员", Political.LEAGUE_MEMBER, None),
    ("无党派民主人士", Political.NON_PARTISAN, None), ("群众", Political.MASSES, None),
])
def test_record_standings(status, kind, party):
    mine = standing(status)
    assert (mine.kind, mine.party) == (kind, party)
    assert standing("非党员") is None and standing("其他") is None


# --- 应届 ---------------------------------------------------------------------------------

GKLD_SEEKING = (("cond:学历要求", "仅限博士研究生"), ("cond:应届", "2021年和2022年择业期内毕业生"),
                ("other:说明", "2021年和2022年择业期内毕业生，博士生不受择业期限制。“双一流”(211、985)高校毕业生优先考虑。"))


def fresh(engine, conditions, **graduate):
    verdict = engine.check(Graduate(id="G", **graduate), Job(id="J", title="医师", conditions=conditions))
    return [(r.status, r.reason) for r in verdict.results if r.kind == "target_group"]


def test_a_doctor_of_an_earlier_year_meets_the_window_the_post_lifts_for_doctors(engine):
    (cond,) = [c for c in engine.parse(Job(id="J", title="医师", conditions=GKLD_SEEKING)) if c.kind is Kind.NEEDS_REVIEW] or [None]
    assert cond is None  # nothing of the cell is left unread
    doctor = fresh(engine, GKLD_SEEKING, education=EducationLevel.DOCTOR, graduation_year=2018)
    assert doctor == [(Status.ELIGIBLE, "应届身份符合：岗位面向2021、2022年毕业生，博士研究生不受择业期限制，您为博士研究生")] * 2
    master = fresh(engine, GKLD_SEEKING, education=EducationLevel.MASTER, graduation_year=2018)
    assert {status for status, _ in master} == {Status.NOT_ELIGIBLE}
    unknown = fresh(engine, GKLD_SEEKING, graduation_year=2018)
    assert unknown[0] == (Status.NEEDS_REVIEW,
                          "应届身份待核实：岗位面向2021、2022年毕业生（博士研究生不受择业期限制），您2018年毕业，您的学历未填写")
    # The window's end stands: a doctor graduating after it holds no diploma the post counted on.
    later = fresh(engine, GKLD_SEEKING, education=EducationLevel.DOCTOR, graduation_year=2026)
    assert {status for status, _ in later} == {Status.NOT_ELIGIBLE}


def test_without_the_exemption_an_earlier_doctor_is_refused(engine):
    conditions = GKLD_SEEKING[:2]
    assert fresh(engine, conditions, education=EducationLevel.DOCTOR, graduation_year=2018)[0][0] is Status.NOT_ELIGIBLE


def test_two_stage_recruitment_refuses_no_graduation_year(engine):
    two = (("other:说明", "第一阶段面向应届生，第二阶段不限应往届"),)
    verdict = engine.check(Graduate(id="G", graduation_year=2019), Job(id="J", title="教师", conditions=two))
    assert verdict.status is Status.ELIGIBLE and not verdict.results


@pytest.mark.parametrize("status", ["非党员", "非中共党员"])
def test_a_record_saying_not_a_party_member_decides_what_it_can(engine, status):
    """「非党员」 names no standing, but it does say the graduate is no 中共党员: refused by a post
    for 中共党员 alone, admitted by a plain 非中共党员 post; other posts stay reviewed."""
    assert political(engine, (("政治面貌", "中共党员"),), status) == (
        Status.NOT_ELIGIBLE, f"政治面貌不符：岗位要求中共党员，您的政治面貌为{status}")
    assert political(engine, (("其他要求", "非中共党员"),), status)[0] is Status.ELIGIBLE
    assert political(engine, (("其他要求", HENAN),), status)[0] is Status.NEEDS_REVIEW  # may be in another party
    assert political(engine, (("政治面貌", "中共党员或共青团员"),), status)[0] is Status.NEEDS_REVIEW


@pytest.mark.parametrize("status", ["无", "入党积极分子", "中共党员发展对象", "入党申请人"])
def test_a_record_naming_no_party_membership_is_refused_by_a_communist_party_post(engine, status):
    """「无」 and the stages before 预备党员 say the graduate is no 中共党员, as 「非党员」 does (the
    check before political.py refused them; 「中共党员发展对象」 is not yet a 预备党员)."""
    assert political(engine, (("政治面貌", "中共党员"),), status) == (
        Status.NOT_ELIGIBLE, f"政治面貌不符：岗位要求中共党员，您的政治面貌为{status}")
    assert political(engine, (("其他要求", "非中共党员"),), status)[0] is Status.ELIGIBLE
    assert political(engine, (("政治面貌", "中共党员或共青团员"),), status)[0] is Status.NEEDS_REVIEW


@pytest.mark.parametrize("status, kind", [
    ("共青团", Political.LEAGUE_MEMBER), ("中国共产主义青年团", Political.LEAGUE_MEMBER),
    ("入党积极分子（共青团员）", Political.LEAGUE_MEMBER), ("群众（非党员）", Political.MASSES),
])
def test_a_league_member_or_masses_named_in_other_words_is_read(engine, status, kind):
    assert standing(status).kind is kind
    assert political(engine, (("政治面貌", "中共党员"),), status)[0] is Status.NOT_ELIGIBLE
    assert political(engine, (("其他要求", "非中共党员"),), status)[0] is Status.ELIGIBLE


def test_whom_the_work_serves_is_no_political_condition():
    """「面向群众」 in a posting is the public the work serves: read as 「限群众」 it refused every
    中共党员 and 共青团员."""
    assert Kind.POLITICAL not in {c.kind for c in parse_posting_text("窗口服务，面向群众，耐心细致")}
    assert Kind.POLITICAL not in {c.kind for c in parse_cell("备注", "窗口岗位，面向群众")}
    assert [describe_condition(c) for c in parse_cell("其他要求", "面向民主党派或无党派人士")] == [
        "political[民主党派成员或无党派人士]"]


# --- review items: 中共（预备）党员, 政治面貌不限 anywhere, 博士 in an EitherCond --------------------

@pytest.mark.parametrize("column", ["政治面貌", "其他要求"])
def test_party_member_with_probationary_in_brackets_is_read_as_including_probationary(engine, column):
    """「中共（预备）党员」 says what 「中共党员（含预备党员）」 says: a 预备党员 is admitted."""
    cell = ((column, "中共（预备）党员"),)
    assert [describe_condition(c) for c in parse_cell(column, "中共（预备）党员")] == ["political[中共党员]"]
    assert political(engine, cell, "中共预备党员") == (Status.ELIGIBLE, "政治面貌符合：岗位要求中共党员")
    assert political(engine, cell, "中共党员")[0] is Status.ELIGIBLE
    assert political(engine, cell, "共青团员") == (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求中共党员，您的政治面貌为共青团员")
    either = ((column, "中共（预备）党员或共青团员"),)
    assert political(engine, either, "共青团员")[0] is Status.ELIGIBLE
    assert political(engine, either, "群众")[0] is Status.NOT_ELIGIBLE
    assert political(engine, ((column, "非中共（预备）党员"),), "中共预备党员")[0] is Status.NOT_ELIGIBLE


@pytest.mark.parametrize("column, text", [
    ("其他要求", "政治面貌不限"), ("备注", "不限政治面貌"), ("备注", "政治面貌：不限"), ("政治面貌", "政治面貌不限"), ("政治面貌", "不限"),
])
def test_no_political_requirement_is_the_same_note_in_every_column(column, text):
    assert [describe_condition(c) for c in parse_cell(column, text)] == ["note[无要求]"]


def test_no_political_requirement_beside_a_requirement_leaves_the_requirement(engine):
    conds = parse_cell("其他要求", "政治面貌不限，限男性；35周岁以下")
    assert [c.kind for c in conds] == [Kind.NOTE, Kind.GENDER, Kind.AGE]
    verdict = engine.check(Graduate(id="G", political_status="群众"), Job(id="J", title="科员", conditions=(("其他要求", "政治面貌不限"),)))
    assert verdict.status is Status.ELIGIBLE and not verdict.results


def test_the_doctors_exemption_reaches_a_fresh_graduate_option_of_a_group(engine):
    """博士生不受择业期限制 lifts every 应届 condition of the post, also one that is an option of a
    group any one of which admits (``EitherCond``), not only those at the top level."""
    from matching.rules.conditions import Condition, EitherCond, Note, NoteCategory, Span, TargetCond, TargetGroup
    from matching.rules.engine import _with_seeking_exemptions

    window = TargetCond(TargetGroup.FRESH_GRADUATE, years=(2021, 2022))
    youth = TargetCond(TargetGroup.UNEMPLOYED_YOUTH, ages=(16, 24))
    group = Condition(Kind.TARGET_GROUP, EitherCond(((Kind.TARGET_GROUP, window), (Kind.TARGET_GROUP, youth))),
                      Span("应届", 0, 4), "2021年和2022年毕业生；16-24岁失业青年")
    note = Condition(Kind.NOTE, Note(NoteCategory.SEEKING_EXEMPTION), Span("说明", 0, 10), "博士生不受择业期限制")
    lifted, _ = _with_seeking_exemptions([group, note])
    assert lifted.payload.options == ((Kind.TARGET_GROUP, TargetCond(TargetGroup.FRESH_GRADUATE, years=(2021, 2022),
                                                                     any_year_levels=(EducationLevel.DOCTOR,))),
                                      (Kind.TARGET_GROUP, youth))
    doctor = Graduate(id="G", education=EducationLevel.DOCTOR, graduation_year=2018, birth_date=dt.date(1990, 1, 1))
    assert engine.check_conditions(doctor, (lifted,)).status is Status.ELIGIBLE
    assert engine.check_conditions(doctor, (group,)).status is Status.NOT_ELIGIBLE
    # Without the note nothing changes; conditions with nothing to lift are the same objects.
    assert _with_seeking_exemptions([group])[0] is group
    assert _with_seeking_exemptions([note, group])[0] is note
