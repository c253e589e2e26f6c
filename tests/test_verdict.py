"""``matching.verdict``: combining condition results, and which sensitive reads a shown
subset of reasons discloses (what the audit log must record when they are shown)."""

from __future__ import annotations

import itertools

import pytest

from matching.verdict import ConditionResult, Status, Verdict

OK = ConditionResult("ethnicity", Status.ELIGIBLE, "民族符合：岗位面向少数民族", discloses=("ethnicity",))
REVIEW = ConditionResult("major", Status.NEEDS_REVIEW, "专业待核实")
NO = ConditionResult("disability", Status.NOT_ELIGIBLE, "岗位不面向残疾人", discloses=("disability", "ethnicity"))


@pytest.mark.parametrize("results", list(itertools.permutations([OK, REVIEW, NO], 2)))
def test_the_worst_status_wins_in_any_order(results):
    statuses = {r.status for r in results}
    expected = Status.NOT_ELIGIBLE if Status.NOT_ELIGIBLE in statuses else Status.NEEDS_REVIEW
    assert Verdict.combine(results).status is expected


def test_nothing_to_check_is_eligible():
    assert Verdict.combine([]).status is Status.ELIGIBLE
    assert Verdict.combine([OK]).status is Status.ELIGIBLE


def test_reasons_and_disclosures_are_filtered_by_the_same_status():
    verdict = Verdict.combine([OK, REVIEW, NO])
    assert verdict.reasons() == (OK.reason, REVIEW.reason, NO.reason)
    assert verdict.discloses() == ("disability", "ethnicity")
    assert verdict.reasons(Status.NOT_ELIGIBLE) == (NO.reason,)
    assert verdict.discloses(Status.NOT_ELIGIBLE) == ("disability", "ethnicity")
    assert verdict.reasons(Status.ELIGIBLE) == (OK.reason,)
    assert verdict.discloses(Status.ELIGIBLE) == ("ethnicity",)
    assert verdict.discloses(Status.NEEDS_REVIEW) == ()  # its reason read nothing sensitive


def test_status_labels_are_chinese():
    assert [s.label for s in Status] == ["符合", "待核实", "不符合"]
