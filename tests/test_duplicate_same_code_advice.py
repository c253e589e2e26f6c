"""A 疑似重复岗位 whose two rows state the same 职位代码 is one post listed twice (gkld: 20 of its 22 pairs, each a
Beijing police post in both the city's civil-service announcement and the police's own, the same code and the same
招录人数 15): merging it 「人数相加」 would double its headcount, so the advice says to keep one row, the
headcount not added. Twins with no code keep the old advice (they may be two posts of one kind)."""

from __future__ import annotations

from dataclasses import replace

from features.records import Job
from matching.job_checks import Check, check_jobs
from tests.test_duplicate_post_keys import POST, rules  # noqa: F401  (the fixture)


def _messages(rules, jobs: list[Job], texts=None) -> list[str]:  # noqa: F811
    return [f.message for f in check_jobs(jobs, **rules, texts=texts).findings if f.check is Check.DUPLICATE]


def test_twins_with_one_position_code_are_to_be_kept_once_not_added_up(rules):  # noqa: F811
    coded = replace(POST, position_code="232503301")
    [message] = _messages(rules, [coded, replace(coded, id="P2")])
    assert "职位代码相同（232503301）" in message and "只保留一条，招聘人数不相加" in message
    assert "人数相加）" not in message
    # From a file's cells, as check-jobs reads them.
    same = {"position_code": "0101"}
    [from_file] = _messages(rules, [POST, replace(POST, id="P2")], {"P1": same, "P2": dict(same)})
    assert "职位代码相同（0101）" in from_file


def test_twins_without_a_code_keep_the_advice_to_merge(rules):  # noqa: F811
    [message] = _messages(rules, [POST, replace(POST, id="P2")])
    assert "确是同一岗位的请合并（人数相加）" in message and "职位代码相同" not in message
