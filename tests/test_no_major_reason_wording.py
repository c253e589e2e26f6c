"""A job's major reason for a graduate with no major on record says it is not registered (the
school registers it), as the list's ``major_note`` does — not 「未填写」, which told the graduate
to fill in what they cannot — and reads for staff about the graduate."""

from __future__ import annotations

from matching.explain import about_candidate
from matching.ranker import Ranker
from tests.factories import graduate, job


def test_no_major_reason_says_not_registered_to_graduate_and_staff(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit([job("J1", "会计", majors="会计学")])
    [result] = ranker.rank([graduate("g1", None, catalog=catalog)], k=1)
    [reason] = [r for s in result.suggestions for r in s.reasons if r.startswith("专业待核实")]
    assert reason.endswith("您的专业未登记") and "未填写" not in reason
    assert about_candidate(reason).endswith("该毕业生的专业未登记")
