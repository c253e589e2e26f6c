"""Conditions stated for one named post in a text shared by several posts (gkld copies an
announcement's 说明 into each of its rows: 「应聘公寓辅导员岗位人员须为中共党员（含预备）」): the
job's own condition when its title is that post, a note naming the post on any other; and
中共党员且具有N年以上党龄, read as a full member whose 党龄 is reviewed."""

from __future__ import annotations

import datetime as dt

import pytest

from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import Kind, PostScopedCond
from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell
from matching.verdict import Status

#: Invented, in the shape of the gkld 说明 cell (its posts and clauses, not its row).
NOTE = ("应聘公寓辅导员岗位、管理岗位硕士要求：(1)硕士毕业于具有博士学位授予权高校。"
        "(2)应聘公寓辅导员岗位人员须为中共党员（含预备）；应聘专职组织员岗位人员须为中共党员且具有1年以上党龄"
        "（2021年7月前转为正式党员），党性修养好")


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 12, 6))


def job(title: str) -> Job:
    return Job(id=title, title=title, conditions=(("说明", NOTE),))


def political(engine, title: str, status: str | None) -> list[tuple[Status, str]]:
    verdict = engine.check(Graduate(id="G", political_status=status), job(title))
    return [(r.status, r.reason) for r in verdict.results if r.kind in ("political", "status", "post_scoped")]


def test_the_clause_keeps_the_post_and_what_it_asks():
    found = [c for c in parse_cell("说明", NOTE) if c.kind is Kind.POST_SCOPED]
    assert [c.payload for c in found] == [
        PostScopedCond("公寓辅导员", "中共党员(含预备)"),
        PostScopedCond("专职组织员", "中共党员且具有1年以上党龄(2021年7月前转为正式党员)")]
    assert not [c for c in parse_cell("说明", NOTE) if c.kind is Kind.NEEDS_REVIEW and "岗位人员须为" in c.text]


def test_on_the_post_it_names_it_is_the_jobs_condition(engine):
    assert political(engine, "男生公寓辅导员", "群众") == [
        (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求中共党员，您的政治面貌为群众")]
    assert political(engine, "男生公寓辅导员", "中共预备党员")[0][0] is Status.ELIGIBLE  # 含预备


def test_on_another_post_it_is_a_note_naming_the_post(engine):
    assert political(engine, "管理岗位（3）", "群众") == []
    notes = [c for c in engine.parse(job("管理岗位（3）")) if isinstance(c.payload, PostScopedCond)]
    assert [c.kind for c in notes] == [Kind.NOTE, Kind.NOTE]
    assert describe_condition(notes[0]) == "note[提示：仅公寓辅导员岗位须中共党员(含预备)]"
    assert engine.check(Graduate(id="G", political_status="群众"), job("管理岗位（3）")).status is not Status.NOT_ELIGIBLE


def test_a_condition_the_row_already_states_is_not_said_twice(engine):
    both = Job(id="J", title="女生公寓辅导员", conditions=(("政治面貌", "中共党员（含预备党员）"), ("说明", NOTE)))
    political_conds = [c for c in engine.parse(both) if c.kind is Kind.POLITICAL]
    assert len(political_conds) == 1


def test_party_years_refuse_a_probationary_member_and_review_a_full_one(engine):
    assert [describe_condition(c) for c in parse_cell("备注", "中共党员且具有1年以上党龄（2021年7月前转为正式党员）")] == [
        "political[中共党员（正式党员）]", "status[具有1年以上党龄(2021年7月前转为正式党员)]"]
    full = political(engine, "专职组织员", "中共党员")
    assert [s for s, _ in full] == [Status.ELIGIBLE, Status.NEEDS_REVIEW]
    assert "1年以上党龄" in full[1][1]
    assert political(engine, "专职组织员", "中共预备党员")[0][0] is Status.NOT_ELIGIBLE


def test_without_a_title_to_decide_it_is_reviewed_naming_the_post(engine):
    """A policy's 其他条件 has no post: the clause is reviewed, not applied or dropped."""
    (cond,) = [c for c in parse_cell("其他条件", "应聘公寓辅导员岗位人员须为中共党员（含预备）")]
    verdict = engine.check_conditions(Graduate(id="G", political_status="群众"), (cond,))
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.results[0].reason == "岗位条件待核实：公寓辅导员岗位须中共党员(含预备)，请核实所报岗位是否为公寓辅导员岗位"


#: In the shape of gkld's 「报考语文教师岗位的考生须…」, copied into an announcement's rows (初中语文教师1,
#: 高中语文, 高中物理 …); invented with a political requirement, which only this rule reads.
PARTY = "报考政治教师岗位的考生须为中共党员"


def party(engine, title: str) -> list[tuple[Status, str]]:
    verdict = engine.check(Graduate(id="G", political_status="群众"), Job(id=title, title=title, conditions=(("备注", PARTY),)))
    return [(r.status, r.reason) for r in verdict.results if r.kind in ("political", "post_scoped")]


@pytest.mark.parametrize(("title", "post", "match"), [
    ("男生公寓辅导员", "公寓辅导员", True),
    ("公寓辅导员（男）", "公寓辅导员", True),
    ("初中语文教师1", "语文教师", True),
    ("高中语文", "语文教师", None),  # the subject without 教师: may be that post
    ("教师发展中心干事", "教师", None),  # the word, but not what the title is
    ("", "公寓辅导员", None),
    ("高中物理", "语文教师", False),
    ("管理岗位（3）", "公寓辅导员", False),
])
def test_the_title_decides_the_post_only_when_it_ends_with_it(title, post, match):
    from matching.rules.post_scoped import post_match

    assert post_match(title, post) is match


def test_a_post_the_title_may_be_is_reviewed_not_dropped(engine):
    """「高中政治」 is a 政治教师 post by its subject: read as a note, the clause passed a 群众 there."""
    assert [s for s, _ in party(engine, "初中政治教师2")] == [Status.NOT_ELIGIBLE]
    assert party(engine, "高中物理") == []
    assert party(engine, "高中政治") == [
        (Status.NEEDS_REVIEW, "岗位条件待核实：政治教师岗位须中共党员，请核实所报岗位是否为政治教师岗位")]
