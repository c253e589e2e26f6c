"""A graduate whose record holds no major (a roster imported before the majors) is told so once,
above the list: the jobs were ranked without it and every job listing majors is 待核实. Staff read it
about the graduate; a graduate with a catalog major gets no note."""

from __future__ import annotations

from features.records import Graduate
from matching.explain import about_candidate, major_note
from matching.ranker import Ranker
from tests.factories import graduate, job

NOTE = "您的专业未登记，岗位只按学历、就业意向和岗位内容排序，列出专业要求的岗位都须核实；请联系学校就业部门补登专业"


def test_no_major_is_said_once_to_the_graduate_and_to_staff():
    for record in (Graduate(id="g1"), Graduate(id="g2", major=""), Graduate(id="g3", major="  ")):
        assert major_note(record, None) == NOTE
    assert about_candidate(NOTE).startswith("该毕业生的专业未登记，")


def test_the_ranked_answer_carries_the_note(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit([job("J1", "会计", majors="会计学"), job("J2", "文员")])
    [none, accountant] = ranker.rank([graduate("g1", None, catalog=catalog),
                                      graduate("g2", "会计学", catalog=catalog)], k=2)
    assert none.major_note == NOTE and accountant.major_note is None


def test_the_text_likeness_names_only_what_the_graduate_has(catalog, segmenter):
    """「岗位内容与您的专业和意向相近」 was said to a graduate with no major on record, and to one
    with no intention: it names what the likeness compared."""
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(
        [job("J1", "会计兼行政助理", description="会计核算、财务报表、行政事务"), job("J2", "焊工", description="焊接作业")])
    records = [graduate("g1", None, catalog=catalog, intention="想做行政和会计"),
               graduate("g2", "会计学", catalog=catalog),
               graduate("g3", "会计学", catalog=catalog, intention="想做行政和会计")]
    said = [[r for s in result.suggestions for r in s.reasons if r.startswith("岗位内容与您的")]
            for result in ranker.rank(records, k=1)]
    assert [r[0].split("相近（")[0] for r in said] == ["岗位内容与您的意向", "岗位内容与您的专业", "岗位内容与您的专业和意向"]
