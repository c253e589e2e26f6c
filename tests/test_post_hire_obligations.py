"""Certificates a post asks to obtain after appointment, with what failing it costs, are shown to the graduate once
per post as a 「证书提示」 quoting the post's words (2026-12-07 graduate review: 「聘用人员应在2023年12月31日前取得…教师资格
证书，否则解除聘用合同」, 27 gkld posts, was a 报考须知 note no one read). Neither status nor ranking moves. Strings in the
gkld tables' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.ranker import Ranker
from matching.rules import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import job

DAY = dt.date(2022, 6, 1)
APPOINTED_BY = "聘用人员应在2023年12月31日前取得相应岗位的教师资格证书，否则解除聘用合同"
COMMITMENT = ("报名时无法提供相应层次教师资格证的人员,须提交承诺书,承诺自入职之日起1年内取得相应层次的教师资格证,"
              "职业院校专业课教师可放宽至3年,届时无法提供的将取消聘用资格")
WITHIN_A_YEAR = "聘用人员自聘用之日起一年内未取得幼儿教师资格证的，依法解除聘用合同"
TAIL = "，报名时不要求，聘用后须按期取得"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def graduate(level=EducationLevel.BACHELOR, degree=Degree.BACHELOR):
    return Graduate(id="G1", education=level, degree=degree, graduation_year=2022, birth_date=dt.date(2000, 3, 3))


def check(engine, cells, **who):
    return engine.check(graduate(**who), Job(id="13540036", title="小学语文教师", conditions=cells))


def tips(verdict):
    return [r for r in verdict.reasons() if r.startswith("证书提示")]


@pytest.mark.parametrize("text", [APPOINTED_BY, COMMITMENT, "在一年内须取得与报考岗位相应的教师资格证书，未按时取得的，解除劳动合同",
                                  "三年内需取得相关专业教师资格证", "聘用后两年内需取得执业医师资格证，最低服务年限为5年（不含试用期和住院医师规培时间）"])
def test_an_obligation_after_appointment_is_shown_in_the_posts_words(engine, text):
    verdict = check(engine, (("学历要求", "本科及以上"), ("备注", text)))
    assert tips(verdict) == [f"证书提示：岗位注明「{text}」{TAIL}"]


def test_showing_it_moves_no_status(engine):
    alone = check(engine, (("学历要求", "本科及以上"),))
    shown = check(engine, (("学历要求", "本科及以上"), ("备注", APPOINTED_BY)))
    assert alone.status is shown.status is Status.ELIGIBLE
    refused = check(engine, (("学历要求", "硕士研究生及以上"), ("备注", APPOINTED_BY)))
    assert refused.status is Status.NOT_ELIGIBLE
    assert not any(r.startswith("证书提示") for r in refused.reasons(Status.NOT_ELIGIBLE))  # a refusal lists refusals


def test_the_cost_said_after_a_comma_stays_with_its_obligation(engine):
    [note] = parse_cell("备注", WITHIN_A_YEAR)
    assert note.kind.value == "note" and note.text == WITHIN_A_YEAR
    assert tips(check(engine, (("备注", WITHIN_A_YEAR),))) == [f"证书提示：岗位注明「{WITHIN_A_YEAR}」{TAIL}"]
    [note] = parse_cell("说明", "聘用后三年内未取得执业助理医师及以上资格证的，予以解除聘用合同")
    assert note.text.endswith("予以解除聘用合同")


def test_a_post_says_its_obligations_once(engine):
    text = "教师资格证仍实施“先上岗、再考证”阶段性措施，但须在规定时间内取得相应教师资格证，否则解除聘用合同"
    verdict = check(engine, (("备注", text), ("说明", "但须在规定时间内取得相应教师资格证，否则解除聘用合同")))
    assert tips(verdict) == ["证书提示：岗位注明「教师资格证仍实施“先上岗、再考证”阶段性措施」"
                             f"「但须在规定时间内取得相应教师资格证，否则解除聘用合同」{TAIL}"]
    restated = check(engine, (("备注", APPOINTED_BY), ("说明", APPOINTED_BY + "。")))
    assert tips(restated) == [f"证书提示：岗位注明「{APPOINTED_BY}」{TAIL}"]


def test_an_obligation_of_one_level_is_shown_to_that_level(engine):
    text = ("应届毕业研究生可根据所学专业报考教师岗位，暂不要求提供教师资格证书和普通话等级证书，但在聘用后一年内（2024年7月底前，"
            "下同）必须取得适用的教师资格证和普通话等级证书")
    master = check(engine, (("说明", text),), level=EducationLevel.MASTER, degree=Degree.MASTER)
    assert tips(master) == [f"证书提示：岗位注明「{text}」{TAIL}"]
    assert tips(check(engine, (("说明", text),))) == []  # a 本科 graduate is not spared the certificate


@pytest.mark.parametrize("text", [
    # a diploma due by a date: every 应届 graduate's, no certificate of the post
    "2022年应届高校毕业生可提供就读学校盖章的《毕业生就业推荐表》报名，但2022年7月31日前必须取得与报考岗位相应的学历学位证书，否则取消聘用资格",
    "在规定时间内未取得相关证书的，自动丧失应聘资格",  # lost at application, not after appointment
])
def test_what_is_no_obligation_after_appointment_gives_no_tip(engine, text):
    # (a commitment said with a certificate, 「（暂未取得的，须承诺于…前取得）」, is that certificate's own tip:
    # tests/test_certificate_commitments.py)
    assert tips(check(engine, (("备注", text),))) == []


def test_the_tip_reaches_the_graduates_suggestion(catalog, segmenter, engine):
    # recommend, the API and the graduate's page all show ``Suggestion.reasons``
    post = job("T1", "小学语文教师", employer="某县实验小学", education="本科及以上", description="承担小学语文教学工作",
               conditions=(("学历要求", "本科及以上"), ("备注", APPOINTED_BY)))
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=engine, major_tables=load_major_code_tables()).fit([post])
    [result] = ranker.rank([graduate()], k=1)
    [suggestion] = result.suggestions
    assert suggestion.status is Status.ELIGIBLE
    assert f"证书提示：岗位注明「{APPOINTED_BY}」{TAIL}" in suggestion.reasons
