"""A wish that opens the graduate to work outside their major (「专业对口岗位较少，愿意从事文秘、行政或宣传类工作」
「不限专业」「转行」): the wished work then counts as much as the major, eligibility unchanged. And everyday wishes
read since: 体制内/考编 (机关, 事业单位), 支教, 「做行政也可以」, 「想去卫生学校当老师」."""

from __future__ import annotations

import pytest

from features.intentions import extract_categories
from features.records import EmployerType
from matching.preferences import employer_types_wanted, wished_work
from matching.ranker import Ranker
from tests.factories import graduate, job, wish_met

OPENING = "专业对口岗位较少，愿意从事文秘、行政或宣传类工作"


def _jobs():
    return [
        job("DEV", "前端开发工程师", employer="某科技公司", majors="数字媒体技术、软件工程"),
        job("ADM", "行政助理", employer="某商贸公司"),
        job("SEC", "文秘岗", employer="某县人民政府办公室", majors="汉语言文学、秘书学"),
    ]


def _ranked(catalog, segmenter, intention):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(_jobs())
    [result] = ranker.rank([graduate("g", "数字媒体技术", catalog=catalog, intention=intention)], k=5)
    return result


@pytest.mark.parametrize("intention", [OPENING, "不限专业，想做行政", "可以跨专业，愿意从事行政工作",
                                       "想转行做行政", "不想做本专业，想做行政"])
def test_an_opening_wish_ranks_the_wished_work_with_the_major(catalog, segmenter, intention):
    result = _ranked(catalog, segmenter, intention)
    first = result.suggestions[0]
    assert first.job_id == "ADM"
    assert "您表示愿意从事专业以外的工作：行政，此类岗位与专业对口岗位同等排序" in first.reasons
    assert "DEV" in {s.job_id for s in result.suggestions}  # the major's posts stay suggested


@pytest.mark.parametrize("intention", ["愿意从事行政工作", "不想转行，愿意从事行政工作", "不考虑跨专业，也可以做行政",
                                       "希望专业对口，也愿意做行政"])
def test_a_wish_that_keeps_to_the_major_leaves_the_major_first(catalog, segmenter, intention):
    result = _ranked(catalog, segmenter, intention)
    assert result.suggestions[0].job_id == "DEV"
    assert not any(r.startswith("您表示愿意从事专业以外的工作") for s in result.suggestions for r in s.reasons)


def test_a_post_whose_major_list_refuses_the_graduate_stays_refused(catalog, segmenter):
    result = _ranked(catalog, segmenter, OPENING)
    assert "SEC" not in {s.job_id for s in result.suggestions}
    assert "SEC" in {r.job_id for r in result.rejected}


@pytest.mark.parametrize("intention", ["想进体制内", "想考编", "毕业后想考编，留在伊犁"])
def test_tizhinei_and_kaobian_wish_for_government_and_public_institutions(intention):
    read = set().union(*(employer_types_wanted(c) for c in extract_categories(intention)))
    assert read == {EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION}  # not 国企: no 编制
    assert wished_work(intention) == ()


def test_a_tizhinei_column_no_longer_means_state_enterprises():
    wanted = employer_types_wanted("体制内")
    assert EmployerType.STATE_ENTERPRISE not in wanted
    assert wanted == {EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION}  # still read: not emptied


@pytest.mark.parametrize(("intention", "work"), [
    ("愿意去南疆学校支教", ("老师",)),
    ("愿意支教", ("老师",)),
    ("想去小学支教", ("小学教师",)),
    ("做行政也可以", ("行政",)),
    ("会计都行", ("会计",)),
    ("想去卫生学校当老师", ("中职教师",)),
    ("想去职业技术学校当老师", ("中职教师",)),
])
def test_everyday_wishes_name_the_work(intention, work):
    assert wished_work(intention) == work


def test_a_wish_to_teach_at_a_health_school_meets_its_posts_not_a_primary_schools(catalog, segmenter):
    jobs = [job("VOC", "专任教师", employer="某市卫生学校"), job("PRI", "语文教师", employer="某县第一小学")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    assert wish_met(ranker, catalog, "想去卫生学校当老师", k=2) == {"VOC"}
