"""Three defects a reviewer found: a lifted limit read as a place (「户籍不限，但需长期在当地工作」),
a county name matched across provinces (北京 通州区 / 江苏省南通市通州区, 北京 朝阳区 / 辽宁省朝阳市),
and groups listed as alternatives (「…“两委”班子成员，大学生村官」) refused on the first alone."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import EitherCond, Kind, NoteCategory
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6),
                       major_tables=load_major_code_tables())


def _job(*conditions: tuple[str, str], location: str | None = None) -> Job:
    return Job(id="j1", title="工作人员", location=location, education=parse_education_requirement("大专及以上"),
               conditions=conditions)


def _graduate(hukou: str | None = "江苏省南京市", year: int = 2026) -> Graduate:
    return Graduate(id="g1", hukou=hukou, graduation_year=year, major="法学", education=EducationLevel.BACHELOR)


def _results(engine, job: Job, graduate: Graduate, kind: str):
    return [r for r in engine.check(graduate, job).results if r.kind == kind]


# -- 1. 「X不限，但…」: no limit, and a commitment --------------------------------------------------

@pytest.mark.parametrize("column", ["户籍", "户籍地", "其他要求", "备注"])
def test_hukou_unlimited_with_a_commitment_imposes_no_hukou_limit(engine, column):
    conds = parse_cell(column, "户籍不限，但需长期在当地工作")
    assert [c.kind for c in conds] == [Kind.NOTE, Kind.NOTE]
    assert [c.payload.category for c in conds] == [NoteCategory.NO_REQUIREMENT, NoteCategory.NOTICE]
    assert conds[1].text == "但需长期在当地工作"
    verdict = engine.check(_graduate(hukou="新疆喀什地区喀什市"), _job((column, "户籍不限，但需长期在当地工作")))
    assert verdict.status is OK, verdict.results
    assert not any("但需长期在当地工作户籍" in r.reason for r in verdict.results)


@pytest.mark.parametrize("text", ["年龄不限，但需长期在当地工作", "性别不限，但须长期在基层工作", "学位不限"])
def test_other_unlimited_fields_read_as_no_requirement(text):
    conds = parse_cell("其他要求", text)
    assert Kind.NEEDS_REVIEW not in {c.kind for c in conds}
    assert conds[0].payload.category is NoteCategory.NO_REQUIREMENT


def test_a_hukou_cell_naming_places_keeps_its_lifting_as_an_exception():
    (cond,) = parse_cell("户籍", "南京市户籍，户籍不限")
    assert cond.payload.places == ("南京市",)
    assert cond.payload.exceptions == ("户籍不限",)


# -- 2. a county name matches only within the post's province --------------------------------------

@pytest.mark.parametrize(("place", "location"), [
    ("通州区户籍", "北京市通州区"),
    ("通州", "北京市通州区"),
    ("朝阳", "北京市朝阳区"),
])
def test_a_county_of_another_province_with_the_same_name_is_refused(engine, place, location):
    hukou = "辽宁省朝阳市" if "朝阳" in place else "江苏省南通市通州区"
    (r,) = _results(engine, _job(("户籍", place), location=location), _graduate(hukou=hukou), "hukou")
    assert r.status is FAIL, r.reason
    assert "位于北京市" in r.reason


def test_a_county_in_the_named_province_of_the_clause_is_refused_across_provinces(engine):
    (r,) = _results(engine, _job(("户籍", "北京市通州区户籍")), _graduate(hukou="江苏省南通市通州区"), "hukou")
    assert r.status is FAIL


def test_a_province_only_location_stops_the_match_but_does_not_refuse(engine):
    # 「北京市」 does not name 通州区: 江苏省南通市通州区 is not accepted, nor refused (the post may name a
    # place elsewhere), while a Beijing 通州区 hukou still matches.
    job = _job(("户籍", "通州区户籍"), location="北京市")
    (r,) = _results(engine, job, _graduate(hukou="江苏省南通市通州区"), "hukou")
    assert r.status is REVIEW, r.reason
    (r,) = _results(engine, job, _graduate(hukou="北京市通州区"), "hukou")
    assert r.status is OK


@pytest.mark.parametrize("hukou", ["朝阳市", "北京市朝阳区"])
def test_the_same_county_or_an_unknown_province_is_never_refused(engine, hukou):
    (r,) = _results(engine, _job(("户籍", "朝阳"), location="北京市朝阳区"), _graduate(hukou=hukou), "hukou")
    assert r.status is OK, r.reason


# -- 3. groups listed with ，、； are alternatives -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "面向现任村（社区）“两委”班子成员，大学生村官",
    "面向现任村（社区）“两委”班子成员；大学生村官",
    "面向现任村（社区）“两委”班子成员、大学生村官",
])
def test_a_status_listed_with_another_group_is_read_as_alternatives(engine, text):
    (cond,) = [c for c in parse_cell("其他要求", text) if c.kind in (Kind.STATUS, Kind.TARGET_GROUP, Kind.NEEDS_REVIEW)]
    assert isinstance(cond.payload, EitherCond)
    assert [kind for kind, _ in cond.payload.options] == [Kind.STATUS, Kind.TARGET_GROUP]
    verdict = engine.check(_graduate(year=2026), _job(("其他要求", text)))
    assert verdict.status is REVIEW
    (r,) = _results(engine, _job(("其他要求", text)), _graduate(year=2026), "target_group")
    assert r.reason.startswith("报考身份待核实：岗位面向现任村(社区)\"两委\"班子成员或大学生村官人员（符合其一即可）")


def test_a_serving_status_alone_still_refuses_this_seasons_graduate(engine):
    (r,) = _results(engine, _job(("其他要求", "面向现任村（社区）“两委”班子成员")), _graduate(year=2026), "status")
    assert r.status is FAIL


def test_two_statuses_listed_are_both_asked():
    text = "具有公务员身份；正式在编工作人员"
    assert [c.kind for c in parse_cell("其他要求", text)] == [Kind.STATUS, Kind.STATUS]
