"""「临床医生」 wished meets the titles doctors' posts have (gkld: 住院医师, 临床医师, 内科医师, 胸外科, 儿科), as 医生
and 医师 do; a nurse's post of a department (内科护士) is no doctor's (2026-12-07 graduate review: 「临床医生」
met neither 外科医生 nor 临床医师)."""

from __future__ import annotations

import pytest

from features.vocabulary import names_job_kind, same_job_kind
from matching.ranker import Ranker
from tests.factories import graduate, job


@pytest.mark.parametrize("wish", ["临床医生", "临床医师", "医生", "医师"])
@pytest.mark.parametrize("title", ["外科医生", "临床医师", "住院医师", "儿科", "妇产科", "胸外科", "内科医生"])
def test_a_doctor_wish_meets_doctors_titles(wish, title):
    assert names_job_kind(wish, title)


@pytest.mark.parametrize("title", ["内科护士", "护士", "外科护理", "药剂师"])
def test_a_doctor_wish_does_not_meet_other_work(title):
    assert not names_job_kind("临床医生", title)


def test_doctor_words_name_one_kind_of_job():
    assert same_job_kind("临床医生", "医生") and not same_job_kind("医生", "护士")


def test_the_suggestion_says_the_wished_work(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(
        [job("surgeon", "外科医生", majors="临床医学"), job("nurse", "内科护士", majors="不限")])
    [result] = ranker.rank([graduate("g", "临床医学", catalog=catalog, intention="想做临床医生")], k=2)
    said = {s.job_id: s.reasons for s in result.suggestions}
    assert "意向工作一致：临床医生" in said["surgeon"]
    assert not any(r.startswith("意向工作一致") for r in said["nurse"])
