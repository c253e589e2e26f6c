"""Guidance and training needs (``matching.guidance``) on planted jobs and graduates where the
gap is known."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import pytest

from features.records import Gender, Hardship
from matching.fair_themes import graduate_class
from matching.guidance import (cohort_guidance, graduate_guidance, guide_graduates, ranker_checker, ranker_cohort,
                               ranker_job_lookup, select_cohort)
from matching.guidance_topics import Topic, topic_of
from matching.ranker import Ranker
from matching.results import GraduateSuggestions, Rejection
from matching.verdict import ConditionResult, Status, Verdict
from service.api.withheld import redact
from service.engine import load_rules_engine
from tests.factories import graduate, job

DAY = dt.date(2026, 6, 1)
TEACHER_CERT = (("其他要求", "需取得教师资格证"),)


@pytest.fixture(scope="module")
def engine():
    return load_rules_engine(DAY)


def ranker(catalog, segmenter, engine, jobs):
    return Ranker(catalog=catalog, segmenter=segmenter, checker=engine).fit(jobs)


def teacher_jobs():
    jobs = [replace(job(f"T{n}", "初中语文教师", employer=f"乌鲁木齐市第{n}中学", education="本科及以上",
                        majors="汉语言文学", location="乌鲁木齐市", description="承担初中语文教学工作",
                        conditions=TEACHER_CERT), headcount=n) for n in range(1, 5)]
    jobs.append(job("T5", "语文教研助理", employer="乌鲁木齐市教育研究院", education="本科及以上", majors="汉语言文学",
                    location="乌鲁木齐市", description="协助语文教研"))
    jobs.append(job("D1", "软件开发工程师", employer="新疆天山信息技术有限公司", education="本科及以上",
                    majors="计算机科学与技术", location="乌鲁木齐市", description="负责后端开发"))
    return jobs


def gaps_by_topic(guidance):
    return {gap.topic: gap for gap in guidance.gaps}


def test_a_teacher_track_graduate_is_told_what_the_teaching_jobs_ask(catalog, segmenter, engine):
    r = ranker(catalog, segmenter, engine, teacher_jobs())
    chinese = graduate("L1", "汉语言文学", catalog=catalog, intention="想当语文老师", graduation_year=2026)
    [guidance] = guide_graduates(r, [chinese], top=5)
    assert guidance.examined == 5
    gap = gaps_by_topic(guidance)[Topic.TEACHER_CERTIFICATE]
    assert set(gap.job_ids) == {"T1", "T2", "T3", "T4"}
    assert (gap.jobs, gap.needs_review, gap.not_eligible) == (4, 4, 0)
    assert gap.asked == (("需取得教师资格证", 4),)
    assert gap.example.job_id in {"T1", "T2", "T3", "T4"} and gap.example.condition == "需取得教师资格证"
    assert gap.fact.startswith("您最匹配的 5 个岗位（含不符合条件的岗位）中，有 4 个（80%）要求教师资格证（待核实 4 个），如 初中语文教师")
    assert "如已取得，请告知就业服务专员或更新登记信息" in gap.suggestion and gap.advice == gap.fact + gap.suggestion
    assert not gap.topic.fixed and gap.discloses == ()


def test_a_bachelor_whose_best_jobs_need_a_master_is_told_how_many(catalog, segmenter, engine):
    jobs = [job(f"M{n}", "算法工程师", employer=f"新疆智算科技{n}公司", education="硕士研究生及以上",
                majors="计算机科学与技术", location="乌鲁木齐市", description="机器学习算法研发") for n in range(1, 5)]
    jobs.append(job("B1", "软件开发工程师", employer="新疆天山信息技术有限公司", education="本科及以上",
                    majors="计算机科学与技术", location="乌鲁木齐市", description="后端开发"))
    r = ranker(catalog, segmenter, engine, jobs)
    cs = graduate("C1", "计算机科学与技术", catalog=catalog, intention="算法工程师")
    result = r.rank([cs], k=5, rejected_k=5)[0]
    assert {x.job_id for x in result.rejected} == {"M1", "M2", "M3", "M4"}  # the planted shape
    guidance = graduate_guidance(cs, result, job=ranker_job_lookup(r), checker=ranker_checker(r), top=5)
    gap = gaps_by_topic(guidance)[Topic.EDUCATION]
    assert (gap.jobs, gap.not_eligible, gap.needs_review, gap.examined) == (4, 4, 0, 5)
    assert gap.asked[0] == ("硕士研究生及以上", 4)
    assert "有 4 个（80%）的学历或学位要求高于您的登记信息" in gap.fact and "「硕士研究生及以上」" in gap.fact
    assert "继续深造" in gap.suggestion
    # ``top`` cuts the best-fitting list by score, suggestions and not-eligible jobs together.
    fewer = graduate_guidance(cs, result, job=ranker_job_lookup(r), checker=ranker_checker(r), top=2)
    assert fewer.examined == 2 and gaps_by_topic(fewer)[Topic.EDUCATION].jobs <= 2


def test_a_fixed_trait_is_stated_without_advice(catalog, segmenter, engine):
    jobs = [job("G1", "野外勘测员", employer="新疆地矿局第一地质大队", education="本科及以上", majors="地质学",
                location="哈密市", description="野外地质勘查", conditions=(("其他要求", "限男性"),)),
            job("G2", "地质资料员", employer="新疆地矿局第二地质大队", education="本科及以上", majors="地质学",
                location="哈密市", description="地质资料整理")]
    r = ranker(catalog, segmenter, engine, jobs)
    woman = graduate("W1", "地质学", catalog=catalog, gender=Gender.FEMALE)
    gap = gaps_by_topic(guide_graduates(r, [woman], top=5)[0])[Topic.GENDER]
    assert gap.topic.fixed and (gap.jobs, gap.not_eligible) == (1, 1)
    assert gap.suggestion is None and gap.advice == gap.fact
    assert gap.fact == "您最匹配的 2 个岗位（含不符合条件的岗位）中，有 1 个（50%）对性别有要求（不符合 1 个），如 野外勘测员（新疆地矿局第一地质大队）：「限男性」。"
    # A record that does not state the trait is asked to state it; nothing is suggested about the trait.
    unknown = gaps_by_topic(guide_graduates(r, [replace(woman, gender=None)], top=5)[0])[Topic.GENDER]
    assert unknown.missing == ("性别",) and unknown.suggestion == "您的登记信息中没有性别，补充后可进一步判断。"


def test_political_standing_is_a_fact_but_no_fixed_trait(catalog, segmenter, engine):
    """A graduate may join the League or the Party (not within a season): 政治面貌 is its own topic,
    stated as a fact with no training advice, and not shown among the fixed traits (年龄, 性别 …)."""
    from service.guidance_report import gap_dict, topic_dict

    jobs = [job("P1", "综合文秘", employer="哈密市委办公室", education="本科及以上", majors="汉语言文学",
                location="哈密市", description="文稿起草", conditions=(("政治面貌", "中共党员"),)),
            job("P2", "文字编辑", employer="哈密日报社", education="本科及以上", majors="汉语言文学",
                location="哈密市", description="稿件编辑")]
    r = ranker(catalog, segmenter, engine, jobs)
    people = [graduate("M1", "汉语言文学", catalog=catalog, political_status="共青团员", graduation_year=2026)]
    guidance = guide_graduates(r, people, top=5)
    gap = gaps_by_topic(guidance[0])[Topic.POLITICAL]
    assert (gap.jobs, gap.not_eligible) == (1, 1) and gap.topic.fact_only and not gap.topic.fixed
    assert gap.suggestion is None and gap.advice == gap.fact
    assert gap.fact == "您最匹配的 2 个岗位（含不符合条件的岗位）中，有 1 个（50%）对政治面貌有要求（不符合 1 个），如 综合文秘（哈密市委办公室）：「中共党员」。"
    assert gap_dict(gap)["fixed"] is False and gap_dict(gap)["suggestion"] is None
    (need,) = [t for t in cohort_guidance(guidance, people, job=ranker_job_lookup(r), top=5).topics if t.topic is Topic.POLITICAL]
    assert topic_dict(need)["fixed"] is False
    # The fixed traits stay fixed; every topic stated as a fact alone is a fixed trait or 政治面貌.
    assert {t for t in Topic if t.fact_only} - {t for t in Topic if t.fixed} == {Topic.POLITICAL}
    assert {t for t in Topic if t.fixed} <= {t for t in Topic if t.fact_only}
    assert {Topic.AGE, Topic.GENDER, Topic.HUKOU, Topic.SCHOOL, Topic.SENSITIVE} <= {t for t in Topic if t.fixed}

def test_organisers_cohort_view_holds_no_sensitive_gap(catalog, segmenter, engine):
    jobs = [job("S1", "社区网格员", employer="天山区某街道办事处", education="本科及以上", majors="社会工作",
                location="乌鲁木齐市", description="社区服务", conditions=(("其他要求", "限少数民族"),)),
            job("S2", "社区康复专干", employer="沙区残联", education="本科及以上", majors="社会工作",
                location="乌鲁木齐市", description="社区康复服务", conditions=(("其他要求", "残疾人专设岗位"),)),
            job("S3", "社会工作者", employer="乌鲁木齐市民政局", education="本科及以上", majors="社会工作",
                location="乌鲁木齐市", description="社会救助", conditions=(("其他要求", "两年以上工作经历"),))]
    r = ranker(catalog, segmenter, engine, jobs)
    people = [graduate("H1", "社会工作", catalog=catalog, ethnicity="汉族", hardship=frozenset()),
              graduate("H2", "社会工作", catalog=catalog, ethnicity="维吾尔族", hardship=frozenset({Hardship.DISABILITY}))]
    full = guide_graduates(r, people, top=5)
    own = gaps_by_topic(full[0])
    assert own[Topic.SENSITIVE].jobs == 2 and own[Topic.SENSITIVE].suggestion is None
    assert full[0].discloses() == ("ethnicity", "hardship")  # the graduate's own view is audited

    redacted = [redact(g) for g in people]
    cohort = cohort_guidance(guide_graduates(r, redacted, top=5), redacted, job=ranker_job_lookup(r), top=5)
    assert [t.topic for t in cohort.topics] == [Topic.WORK_EXPERIENCE]
    assert all(g.topic is not Topic.SENSITIVE for record in cohort.graduates for g in record.gaps)
    assert all(record.discloses() == () for record in cohort.graduates)
    # Even handed full-record guidance, a cohort never counts the sensitive topic.
    assert Topic.SENSITIVE not in {t.topic for t in cohort_guidance(full, people, job=ranker_job_lookup(r)).topics}


def test_cohort_counts_graduates_openings_and_majors_per_topic(catalog, segmenter, engine):
    jobs = teacher_jobs()
    r = ranker(catalog, segmenter, engine, jobs)
    people = [graduate("L1", "汉语言文学", catalog=catalog, intention="语文老师", graduation_year=2026, school="新疆师范大学"),
              graduate("L2", "汉语言文学", catalog=catalog, intention="教师", graduation_year=2026, school="新疆师范大学"),
              graduate("L3", "汉语言文学", catalog=catalog, graduation_year=2025, school="新疆师范大学"),
              graduate("C1", "计算机科学与技术", catalog=catalog, graduation_year=2026, school="新疆大学")]
    chosen = ranker_cohort(r, people, year=2026)
    assert [g.id for g in chosen] == ["L1", "L2", "C1"]
    cohort = cohort_guidance(guide_graduates(r, chosen, top=6), chosen, job=ranker_job_lookup(r), top=6, year=2026)
    need = next(t for t in cohort.topics if t.topic is Topic.TEACHER_CERTIFICATE)
    # Every graduate's six best include the four teaching posts (6 jobs in all); headcounts 1+2+3+4.
    assert (need.graduates, need.jobs, need.openings, need.headcount_unknown) == (3, 4, 10, 0)
    assert need.top_majors == (("汉语言文学", 2), ("计算机科学与技术", 1))
    assert need.summary == "教师资格证：3 位毕业生的前 6 个匹配岗位（含不符合条件的岗位）中有岗位要求教师资格证"
    assert cohort.total == 3 and cohort.year == 2026
    assert cohort.topics == tuple(sorted(cohort.topics, key=lambda t: -t.graduates))


def test_the_major_class_filter_keeps_the_class_the_profile_places_a_graduate_in(catalog, segmenter, engine):
    r = ranker(catalog, segmenter, engine, teacher_jobs())
    people = [graduate("L1", "汉语言文学", catalog=catalog), graduate("C1", "计算机科学与技术", catalog=catalog)]
    place = partial(graduate_class, r)
    assert [g.id for g in select_cohort(people, place=place, major_class="0501")] == ["L1"]
    assert [g.id for g in select_cohort(people, place=place, major_class="0809")] == ["C1"]
    assert select_cohort(people, place=place, major_class="0101") == []


def test_a_missing_birth_date_is_a_record_to_complete(catalog, segmenter, engine):
    jobs = [job("A1", "文秘", employer="某县政府办", education="本科及以上", majors="汉语言文学", location="昌吉市",
                conditions=(("年龄要求", "35周岁以下"),))]
    r = ranker(catalog, segmenter, engine, jobs)
    born = graduate("Y1", "汉语言文学", catalog=catalog, birth_date=dt.date(2003, 1, 1))
    assert Topic.AGE not in gaps_by_topic(guide_graduates(r, [born], top=5)[0])
    gap = gaps_by_topic(guide_graduates(r, [replace(born, birth_date=None)], top=5)[0])[Topic.AGE]
    assert gap.missing == ("出生日期",) and gap.needs_review == 1 and "补充" in gap.suggestion


@pytest.mark.parametrize("text, topic", [
    ("需取得教师资格证", Topic.TEACHER_CERTIFICATE),
    ("具有小学及以上教师资格证书", Topic.TEACHER_CERTIFICATE),
    ("具有执业医师资格证", Topic.PROFESSIONAL_QUALIFICATION),
    ("具有C1驾驶证", Topic.DRIVING_LICENCE),
    ("大学英语四级", Topic.FOREIGN_LANGUAGE_TEST),
    ("全国计算机等级考试二级及以上", Topic.COMPUTER_TEST),
    ("普通话二级甲等及以上", Topic.MANDARIN),
    ("具有潜水证", Topic.OTHER_CERTIFICATE),
])
def test_certificates_are_grouped_by_what_they_certify(text, topic):
    result = ConditionResult(kind="certificate", status=Status.NEEDS_REVIEW, reason=f"证书待核实：岗位要求{text}",
                             source=f"其他要求：{text}")
    assert topic_of(result) is topic


def test_conditions_on_sensitive_fields_are_their_own_topic_even_when_redacted():
    hidden = ConditionResult(kind="target_group", status=Status.NEEDS_REVIEW,
                             reason="残疾人专设岗位待核实：该信息仅就业服务专员可见，请由专员核实", source="其他要求：残疾人专设岗位")
    fresh = ConditionResult(kind="target_group", status=Status.NOT_ELIGIBLE, reason="应届身份不符：岗位面向应届毕业生，您2020年毕业",
                            source="其他要求：限应届毕业生")
    assert topic_of(hidden) is Topic.SENSITIVE and topic_of(fresh) is Topic.TARGET_GROUP
    assert topic_of(replace(fresh, discloses=("ethnicity",))) is Topic.SENSITIVE
    assert topic_of(ConditionResult(kind="service_years", status=Status.ELIGIBLE, reason="服务年限")) is None
    # 不能以辅修专业报考 is a detail to ask about, not a major list the graduate is outside of.
    detail = ConditionResult(kind="major_detail", status=Status.NEEDS_REVIEW, reason="专业细节待核实：岗位要求「不能以辅修专业报考」，请核实")
    assert topic_of(detail) is Topic.OTHER


def test_top_must_be_positive(catalog, segmenter, engine):
    r = ranker(catalog, segmenter, engine, teacher_jobs())
    result = r.rank([graduate("L1", "汉语言文学", catalog=catalog)], k=3, rejected_k=3)[0]
    with pytest.raises(ValueError, match="top"):
        graduate_guidance(graduate("L1", "汉语言文学", catalog=catalog), result, job=ranker_job_lookup(r),
                          checker=ranker_checker(r), top=0)


# --------------------------------------------------------------------------- planted verdicts


def planted(conditions: dict[str, list[ConditionResult]]):
    """Jobs J1, J2 … best-fitting first, each with the checked conditions given, as a ranker
    result, a job lookup and a checker for ``graduate_guidance``."""
    jobs = {job_id: job(job_id, f"岗位{job_id}", employer=f"单位{job_id}") for job_id in conditions}
    result = GraduateSuggestions("G1", (), tuple(Rejection(job_id, 1.0 - n / 100, ())
                                                 for n, job_id in enumerate(conditions)))

    def checker(_graduate, j):
        return Verdict.combine(conditions[j.id])

    return result, jobs.get, checker


def major(status: Status, text: str) -> ConditionResult:
    return ConditionResult(kind="major", status=status, reason="专业", source=f"专业：{text}")


def test_the_example_quotes_the_condition_of_the_job_it_names():
    education = lambda text: ConditionResult(kind="education", status=Status.NOT_ELIGIBLE, reason="学历不符",
                                             source=f"学历要求：{text}")
    result, lookup, checker = planted({"J1": [education("硕士研究生及以上")], "J2": [education("博士研究生")],
                                       "J3": [education("博士研究生")]})
    [gap] = graduate_guidance(graduate("G1", "汉语言文学"), result, job=lookup, checker=checker, top=5).gaps
    assert gap.asked == (("博士研究生", 2), ("硕士研究生及以上", 1)) and gap.example.job_id == "J1"
    # Not 「博士研究生」 next to 岗位J1: J1 does not ask for it.
    assert gap.fact == ("您最匹配的 3 个岗位（含不符合条件的岗位）中，有 3 个（100%）的学历或学位要求高于您的登记信息或须核实（不符合 3 个），"
                        "如 岗位J1（单位J1）：「硕士研究生及以上」。")


def test_a_major_list_that_leaves_the_graduate_out_is_a_fact_for_them_and_no_cohort_need():
    result, lookup, checker = planted({"J1": [major(Status.NOT_ELIGIBLE, "汉语言文学")],
                                       "J2": [major(Status.NOT_ELIGIBLE, "新闻学")],
                                       "J3": [major(Status.NEEDS_REVIEW, "计算机相关专业")]})
    person = graduate("G1", "软件工程")
    guidance = graduate_guidance(person, result, job=lookup, checker=checker, top=5)
    gaps = gaps_by_topic(guidance)
    outside, open_ = gaps[Topic.MAJOR_OUTSIDE], gaps[Topic.MAJOR]
    assert (outside.jobs, outside.not_eligible, open_.jobs, open_.needs_review) == (2, 2, 1, 1)
    assert outside.suggestion is None and outside.topic.fixed  # nothing to train: the fact only
    assert outside.fact == "您最匹配的 3 个岗位（含不符合条件的岗位）中，有 2 个（67%）的专业要求未列您的专业（不符合 2 个），如 岗位J1（单位J1）：「汉语言文学」。"
    assert "确认您的专业是否属于岗位所列专业" in open_.suggestion
    cohort = cohort_guidance([guidance], [person], job=lookup, top=5)
    [need] = cohort.topics
    assert (need.topic, need.graduates, need.jobs, need.asked) == (Topic.MAJOR, 1, 1, (("计算机相关专业", 1),))
    assert need.summary == "专业（须核实）：1 位毕业生的前 5 个匹配岗位（含不符合条件的岗位）中有岗位的专业要求须核实毕业生的专业是否符合"
    assert {g.topic for g in cohort.graduates[0].gaps} == {Topic.MAJOR, Topic.MAJOR_OUTSIDE}  # still told


@pytest.mark.parametrize("text, topic", [
    ("具有维吾尔语听说能力", Topic.LANGUAGE),
    ("熟练掌握哈萨克语", Topic.LANGUAGE),
    ("全国计算机等级考试二级", Topic.COMPUTER_TEST),
    ("英语专业8级", Topic.FOREIGN_LANGUAGE_TEST),
    ("有C1驾照", Topic.DRIVING_LICENCE),
    ("所有拟聘人员在办理聘用手续前须取得中小学、幼儿园教师资格证书", Topic.TEACHER_CERTIFICATE),
    # Not what they seem, a preference, or too long to stand for one requirement: left unread.
    ("见习期间购买意外伤害保险", Topic.UNREAD),
    ("熟练掌握专业术语", Topic.UNREAD),
    ("幼师学段幼师和职高学段语文、数学、英语岗位", Topic.UNREAD),
    ("研究生:计算机科学与技术（0812）、计算机技术（085211）", Topic.UNREAD),
    ("有幼儿体育教学经历和教师资格证者优先，学历可适当放宽", Topic.UNREAD),
    ("具有机器人或无人驾驶行业产品经验", Topic.UNREAD),
    ("35周岁以下，大专学历临床医学专业，或本科学历临床医学专业，具有执业（助理）医师资格证书", Topic.UNREAD),
])
def test_conditions_the_rules_leave_unread_are_grouped_by_their_plain_words(text, topic):
    result = ConditionResult(kind="needs_review", status=Status.NEEDS_REVIEW, reason=f"条件待人工核实：{text}",
                             source=f"其他要求：{text}")
    assert topic_of(result) is topic


def test_every_topic_has_a_wording_for_staff_with_no_you_and_no_refer_to_the_officer():
    """Staff read a graduate's guidance about the graduate: no topic's text for them says 您 or
    sends them to themselves (请告知就业服务专员); every topic with advice has advice for them."""
    from matching.guidance_topics import TOPICS, Reader

    for topic, text in TOPICS.items():
        asks, suggestion = text.asks_for(Reader.STAFF), text.suggestion_for(Reader.STAFF)
        assert "您" not in asks and "您" not in (suggestion or ""), topic
        assert "就业服务专员" not in (suggestion or ""), topic
        assert (suggestion is None) == (text.suggestion is None), topic
        assert text.asks_for(Reader.GRADUATE) == text.asks and text.suggestion_for(Reader.GRADUATE) == text.suggestion


def test_a_gap_for_staff_keeps_job_names_holding_you_as_written():
    """The staff wording is written, not derived from the graduate's by replacing 您: a job
    title or employer holding 您 as data stays as the table wrote it."""
    from matching.guidance import Gap, GapExample
    from matching.guidance_topics import Reader

    gap = Gap(topic=Topic.EDUCATION, job_ids=("J1",), not_eligible=1, needs_review=0, examined=2,
              example=GapExample("J1", "为您服务专员", "您好家政公司", "硕士研究生"), asked=(("硕士研究生", 1),),
              missing=("出生日期",), discloses=())
    staff = replace(gap, reader=Reader.STAFF)
    assert gap.fact == ("您最匹配的 2 个岗位（含不符合条件的岗位）中，有 1 个（50%）的学历或学位要求高于您的登记信息或须核实（不符合 1 个），"
                        "如 为您服务专员（您好家政公司）：「硕士研究生」。")
    assert staff.fact == ("该毕业生最匹配的 2 个岗位（含不符合条件的岗位）中，有 1 个（50%）的学历或学位要求高于其登记信息或须核实"
                          "（不符合 1 个），如 为您服务专员（您好家政公司）：「硕士研究生」。")
    assert gap.suggestion == "您的登记信息中没有出生日期，补充后可进一步判断。"
    assert staff.suggestion == "该毕业生的登记信息中没有出生日期，请核实并补充，以便进一步判断。"


@pytest.mark.parametrize("topic", list(Topic))
def test_a_staff_fact_names_the_graduate_once(topic):
    """An officer's sentence names the graduate once, as its subject (该毕业生最匹配的…), and
    refers back to them as 其 (高于其登记信息, 未列其专业), not 「该毕业生」 a second time."""
    from matching.guidance import Gap, GapExample
    from matching.guidance_topics import Reader

    gap = Gap(topic=topic, job_ids=("J1",), not_eligible=1, needs_review=0, examined=2,
              example=GapExample("J1", "会计", "某公司", "条件"), asked=(("条件", 1),), missing=(), discloses=(),
              reader=Reader.STAFF)
    assert gap.fact.count("该毕业生") == 1, gap.fact
    assert "您" not in gap.fact


def test_staff_advice_on_a_certificate_reads_as_two_cases():
    from matching.guidance_topics import TOPICS, Reader

    assert TOPICS[Topic.DRIVING_LICENCE].suggestion_for(Reader.STAFF) == (
        "请核实该毕业生是否已取得：如已取得，可更新其登记信息；如尚未取得，可告知其报考条件和时间。")


def test_every_cohort_wording_ends_in_what_the_posts_ask():
    # 「…中有岗位要求」 once ended the certificate and work-experience sentences with no object.
    from matching.guidance_topics import TOPICS

    for topic, text in TOPICS.items():
        assert text.cohort not in ("要求", "") and not text.cohort.endswith("岗位要求"), topic
    assert TOPICS[Topic.TEACHER_CERTIFICATE].cohort == "要求教师资格证"
    assert TOPICS[Topic.WORK_EXPERIENCE].cohort == "要求工作经历"


def test_every_cohort_sentence_names_no_one_it_has_not_introduced():
    # 「…的前 20 个匹配岗位中有岗位有其不符合或须核实的年龄要求」: 其 had no person to refer to
    # (the sentence's subject is the posts) and 有岗位有 said 有 twice; 「要求全日制、统招等」 named
    # nothing after 等.
    import re

    from matching.guidance import TopicNeed
    from matching.guidance_topics import TOPICS

    for topic, text in TOPICS.items():
        need = TopicNeed(topic, 3, 0.1, 0, 2, 2, 0, (), (), 20)
        sentence = need.summary.split("：", 1)[1]
        assert not re.search(r"其(?!他)", sentence), sentence
        assert "有岗位有" not in sentence and not sentence.endswith("等"), sentence
    assert TopicNeed(Topic.AGE, 3, 0.1, 3, 2, 2, 0, (), (), 20).summary == (
        "年龄：3 位毕业生的前 20 个匹配岗位（含不符合条件的岗位）中有岗位的年龄要求与毕业生本人不符或须核实")
    assert TOPICS[Topic.UNREAD].cohort == "含系统未能识别的条件"
