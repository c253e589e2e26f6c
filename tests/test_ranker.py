"""The ranker's contract on hand-made data where the right answer is obvious."""

from __future__ import annotations

import random

import numpy as np
import pytest

from features.education import EducationLevel
from matching.major_fit import NAME_MIN_PROBABILITY, place_major_name
from matching.pair_scores import query_text
from matching.ranker import Ranker
from matching.verdict import Status
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def jobs():
    return [
        job("ACC", "会计", employer="乌鲁木齐市财政局", education="本科及以上",
            majors="本科：会计学（120203K），财务管理（120204）", location="乌鲁木齐市",
            description="负责预算编制、会计核算、财务报表和政府采购资金管理"),
        job("NUR", "护士", employer="喀什地区第一人民医院", education="大专及以上", location="喀什",
            description="负责住院病房的临床护理、输液和病人健康宣教"),
        job("DEV", "软件开发工程师", employer="新疆天山信息技术有限公司", education="本科及以上", location="乌鲁木齐",
            description="负责Java后端开发、数据库设计和软件测试", category="软件开发", salary=(6000, 9000)),
        job("TEA", "高中数学教师", employer="伊宁市第三中学", education="硕士研究生及以上", majors="数学类（0701）",
            location="伊宁", description="承担高中数学教学和教研工作"),
        job("FARM", "农业技术员", employer="阿克苏地区农业技术推广站", education="大专及以上", location="阿克苏",
            description="负责林果栽培技术推广、病虫害防治和农户培训"),
    ]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter, jobs):
    return Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)


def top_job(ranker, grad) -> str:
    return ranker.rank([grad], k=1)[0].suggestions[0].job_id


def test_each_graduate_gets_the_obviously_right_job_first(ranker, catalog):
    assert top_job(ranker, graduate("g1", "会计学", catalog=catalog)) == "ACC"
    assert top_job(ranker, graduate("g2", "软件工程", catalog=catalog, intention="希望从事软件开发")) == "DEV"
    assert top_job(ranker, graduate("g3", "护理学", catalog=catalog)) == "NUR"
    assert top_job(ranker, graduate("g4", "园艺", catalog=catalog, intention="林果技术推广")) == "FARM"


def test_ineligible_jobs_are_listed_apart_with_reasons(ranker, catalog):
    result = ranker.rank([graduate("g", "数学与应用数学", catalog=catalog)], k=5)[0]
    suggested = {s.job_id for s in result.suggestions}
    rejected = {r.job_id: r.reasons for r in result.rejected}
    assert "TEA" not in suggested and "ACC" not in suggested
    assert any("学历不符：岗位要求硕士研究生及以上，您的学历为本科" in r for r in rejected["TEA"])
    assert any(r.startswith("专业不符：岗位要求 会计学") for r in rejected["ACC"])


def test_junior_college_graduate_never_gets_bachelor_jobs(ranker, catalog):
    result = ranker.rank([graduate("g", "护理", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)], k=10)[0]
    assert {s.job_id for s in result.suggestions} <= {"NUR", "FARM"}
    assert "ACC" in {r.job_id for r in result.rejected} or len(result.rejected) == 5


def test_unknown_education_is_not_guessed(ranker, catalog):
    result = ranker.rank([graduate("g", "会计学", catalog=catalog, education=None)], k=10)[0]
    acc = next(s for s in result.suggestions if s.job_id == "ACC")
    assert acc.status is Status.NEEDS_REVIEW
    assert any(r.startswith("学历待核实") for r in acc.reasons)


def test_preferences_raise_a_job_and_are_explained(ranker, catalog):
    plain = graduate("g", "汉语言文学", catalog=catalog)
    keen = graduate("g", "汉语言文学", catalog=catalog, locations=("阿克苏",), min_salary=3000)
    plain_rank = [s.job_id for s in ranker.rank([plain], k=5)[0].suggestions]
    keen_result = ranker.rank([keen], k=5)[0]
    assert keen_result.suggestions[0].job_id == "FARM"
    assert plain_rank.index("FARM") >= 0
    assert "意向地点一致：阿克苏" in keen_result.suggestions[0].reasons


def test_ranks_are_consecutive_and_scores_descending(ranker, catalog):
    result = ranker.rank([graduate("g", "软件工程", catalog=catalog)], k=5)[0]
    assert [s.rank for s in result.suggestions] == list(range(1, len(result.suggestions) + 1))
    scores = [s.score for s in result.suggestions]
    assert scores == sorted(scores, reverse=True)


def test_shuffling_jobs_does_not_change_a_ranking(catalog, segmenter, jobs):
    grads = [graduate("a", "会计学", catalog=catalog), graduate("b", "软件工程", catalog=catalog)]
    shuffled = list(jobs)
    random.Random(7).shuffle(shuffled)
    first = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs).rank(grads, k=5)
    second = Ranker(catalog=catalog, segmenter=segmenter).fit(shuffled).rank(grads, k=5)
    assert [[s.job_id for s in r.suggestions] for r in first] == [[s.job_id for s in r.suggestions] for r in second]


def test_vectorised_text_scores_match_a_slow_pairwise_version(ranker, catalog):
    grads = [graduate("a", "会计学", catalog=catalog, intention="财务"), graduate("b", "软件工程", catalog=catalog)]
    fast = ranker.score(grads).text
    vectorizer = ranker.vectorizer_
    for i, g in enumerate(grads):
        q = vectorizer.transform([query_text(g, catalog)]).toarray()[0]
        for j, jb in enumerate(ranker.jobs):
            d = vectorizer.transform([jb.text]).toarray()[0]
            assert fast[i, j] == pytest.approx(float(np.dot(q, d)), abs=1e-5)


def test_block_size_does_not_change_results(catalog, segmenter, jobs):
    grads = [graduate(str(i), m, catalog=catalog) for i, m in enumerate(["会计学", "软件工程", "护理学", "园艺", "数学与应用数学"])]
    one = Ranker(catalog=catalog, segmenter=segmenter, block_size=1).fit(jobs).rank(grads, k=3)
    big = Ranker(catalog=catalog, segmenter=segmenter, block_size=100).fit(jobs).rank(grads, k=3)
    assert one == big


def test_upserted_and_removed_jobs_take_effect_without_refit(catalog, segmenter, jobs):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    vocabulary = ranker.vectorizer_.word_.vocabulary_
    ranker.upsert_jobs([job("CASH", "出纳", employer="昌吉州财政局", majors="会计学", description="现金和票据管理")])
    ranker.remove_jobs(["ACC"])
    assert ranker.vectorizer_.word_.vocabulary_ is vocabulary
    ids = [s.job_id for s in ranker.rank([graduate("g", "会计学", catalog=catalog)], k=5)[0].suggestions]
    assert ids[0] == "CASH" and "ACC" not in ids
    ranker.upsert_jobs([job("CASH", "出纳", employer="昌吉州财政局", majors="护理学", description="现金和票据管理")])
    assert len([j for j in ranker.jobs if j.id == "CASH"]) == 1
    ids = [s.job_id for s in ranker.rank([graduate("g", "会计学", catalog=catalog)], k=5)[0].suggestions]
    assert "CASH" not in ids



def test_upserted_jobs_keep_the_major_fit_signal(catalog, segmenter, jobs):
    class ClassFit:
        labels_ = ["1202"]

        def predict_proba(self, items):
            return np.array([[0.9] if "出纳" in j.title else [0.4] for j in items])

    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit()).fit(jobs)
    accountant = graduate("a", "会计学", catalog=catalog)
    for description in ("现金和票据管理", "现金、票据和银行账户管理"):  # added, then replaced
        ranker.upsert_jobs([job("CASH", "出纳", employer="昌吉州财政局", description=description)])
        suggestions = ranker.rank([accountant], k=len(ranker.jobs))[0].suggestions
        cash = next(s for s in suggestions if s.job_id == "CASH")
        assert "专业相关：按专业类估计，工商管理类与该岗位的匹配程度较高" in cash.reasons
        others = [r for s in suggestions if s.job_id != "CASH" for r in s.reasons if r.startswith("专业相关：按专业类估计")]
        assert others and all(r.endswith("匹配程度一般") for r in others)  # 0.40: the old fit, not the new job's


def test_a_prefiltered_job_is_explained_by_the_checker_or_else_by_the_basic_check(catalog, segmenter):
    from matching.verdict import Verdict
    from service.engine import load_rules_engine

    jobs = [job("MA", "研究员", employer="自治区统计局", education="硕士研究生及以上", description="统计分析",
                conditions=(("民族要求", "限少数民族"),)),
            job("OK", "统计员", employer="乌鲁木齐市统计局", education="本科及以上", description="统计分析")]
    han = graduate("h", "统计学", catalog=catalog, ethnicity="汉族")
    # The pre-filter blocks MA on education alone; the rules engine also names the other unmet condition.
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=load_rules_engine()).fit(jobs)
    reasons = next(r for r in ranker.rank([han], k=1, rejected_k=5)[0].rejected if r.job_id == "MA").reasons
    assert any(r.startswith("学历不符") for r in reasons) and any(r.startswith("民族不符") for r in reasons)
    # A checker that finds nothing wrong with a blocked job: the job is not shown as rejected
    # (it would have no reason); it competes with the open jobs as a suggestion.
    lenient = Ranker(catalog=catalog, segmenter=segmenter, checker=lambda g, j: Verdict.combine(())).fit(jobs)
    result = lenient.rank([han], k=2, rejected_k=5)[0]
    assert result.rejected == ()
    assert sorted(s.job_id for s in result.suggestions) == ["MA", "OK"]
    assert [s.rank for s in result.suggestions] == [1, 2]


@pytest.mark.parametrize(("field", "met", "unmet", "wish"), [
    ("location", "阿克苏", "喀什", {"locations": ("阿克苏",)}),
    ("category", "财务会计", "行政后勤", {"categories": ("财务会计",)}),
    ("industry", "金融", "物流", {"industries": ("金融",)}),
    ("salary", (6000, 8000), (2000, 3000), {"min_salary": 5000}),
], ids=["location", "category", "industry", "salary"])
def test_each_stated_preference_raises_the_job_that_meets_it(catalog, segmenter, field, met, unmet, wish):
    from matching.scoring import ScoreWeights

    # Two jobs alike but for the field; ties would put A first (id order). Without the text
    # component, whose query also holds the stated wishes, only the preference separates them.
    jobs = [job("A", "统计员", employer="统计局", description="统计分析", **{field: unmet}),
            job("B", "统计员", employer="统计局", description="统计分析", **{field: met})]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    first, second = ranker.rank([graduate("g", "统计学", catalog=catalog, **wish)], k=2)[0].suggestions
    assert (first.job_id, second.job_id) == ("B", "A") and first.score > second.score


@pytest.mark.parametrize(("wish", "met", "named"), [
    ("银行", {"industry": "金融业"}, "银行"),
    ("医疗卫生", {"employer": "某县人民医院"}, "医疗卫生"),
    ("互联网", {"industry": "信息传输、软件和信息技术服务业"}, "互联网"),
])  # fmt: skip
def test_an_industry_wish_meets_the_name_job_tables_give_that_industry(catalog, segmenter, wish, met, named):
    from matching.scoring import ScoreWeights

    # 「想去银行」 and a job whose 行业 column says 金融业 (GB/T 4754's section name).
    plain = {"employer": "统计局", "industry": "批发和零售业"}
    jobs = [job("A", "统计员", description="统计分析", **plain), job("B", "统计员", description="统计分析", **plain | met)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    first, second = ranker.rank([graduate("g", "统计学", catalog=catalog, industries=(wish,))], k=2)[0].suggestions
    assert (first.job_id, second.job_id) == ("B", "A") and first.score > second.score
    assert f"意向行业一致：{named}" in first.reasons


@pytest.mark.parametrize(("employer", "title"), [
    ("中共某县委党员教育中心（参公）", "一级科员"),
    ("某市监狱管理局清河分局", "罪犯管理教育心理辅导岗"),
    ("某市教育矫治所", "民警"),
])  # fmt: skip
def test_an_education_wish_does_not_meet_a_party_or_prison_post_through_the_word_jiaoyu(catalog, segmenter, employer, title):
    from matching.scoring import ScoreWeights

    jobs = [job("A", title, employer=employer, description="综合管理"), job("B", title, employer="某统计局", description="综合管理")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    ranked = ranker.rank([graduate("g", "教育学", catalog=catalog, industries=("教育培训",))], k=2)[0].suggestions
    assert ranked[0].score == ranked[1].score  # was raised as if of the education industry
    assert not any("意向行业一致" in reason for s in ranked for reason in s.reasons)


def test_an_education_wish_still_meets_schools_training_firms_and_the_section_name():
    from features.vocabulary import industry_text, names_industry

    for fields in (("教育", None, "某公司", "专员"), (None, None, "武汉某教育科技有限公司", "课程顾问"),
                   (None, None, "某县干部教育培训中心", "一级科员"), (None, None, "某市第一中学教育集团", "语文教师")):
        assert names_industry("教育培训", industry_text(*fields)), fields


@pytest.mark.parametrize(("wish", "title"), [("老师", "中学语文教师"), ("程序员", "软件开发工程师"), ("司机", "驾驶员")])
def test_a_kind_of_job_in_everyday_words_meets_the_job_title(catalog, segmenter, wish, title):
    from matching.scoring import ScoreWeights

    jobs = [job("A", "统计员", employer="统计局", description="统计分析"),
            job("B", title, employer="统计局", description="统计分析")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    first, _ = ranker.rank([graduate("g", "统计学", catalog=catalog, categories=(wish,))], k=2)[0].suggestions
    assert first.job_id == "B" and f"意向类别一致：{wish}" in first.reasons
    refused = graduate("r", "统计学", catalog=catalog, intention=f"不想当{wish}")
    last = ranker.rank([refused], k=2)[0].suggestions[-1]
    assert last.job_id == "B" and "岗位类别是您表示不做的：" + wish in last.reasons


def test_an_industry_word_of_unclear_section_is_matched_as_written():
    from features.vocabulary import industry_names, names_industry

    assert industry_names("电子信息") == ("电子信息",)  # manufacturing, telecoms or software: not guessed
    assert not names_industry("电子信息", "制造业 某电子厂")
    assert names_industry("金融", "金融业") and not names_industry("银行", "批发和零售业")


def test_within_an_explicit_list_a_better_learned_fit_ranks_first(catalog, segmenter):
    class ClassFit:
        labels_ = ["0712"]

        def predict_proba(self, items):
            return np.array([[0.9] if "人口" in j.description else [0.2] for j in items])

    listed = "本科：统计学（071201）"
    jobs = [job("A", "统计员", employer="统计局", majors=listed, description="经济统计"),
            job("B", "统计员", employer="统计局", majors=listed, description="人口统计")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit()).fit(jobs)
    first, second = ranker.rank([graduate("g", "统计学", catalog=catalog)], k=2)[0].suggestions
    assert (first.job_id, second.job_id) == ("B", "A") and first.score > second.score


def test_the_checker_cap_holds_when_every_candidate_fails(catalog, segmenter, jobs):
    from matching.verdict import ConditionResult, Status, Verdict

    calls = []

    def refusing_checker(grad, jb):
        calls.append(jb.id)
        return Verdict.combine([ConditionResult("其他", Status.NOT_ELIGIBLE, "不符合：测试条件")])

    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=refusing_checker, max_checks=2).fit(jobs)
    result = ranker.rank([graduate("g", "哲学", catalog=catalog)], k=3, rejected_k=0)[0]
    assert result.suggestions == () and len(calls) == 2


def test_candidates_stop_at_k_and_an_empty_list_gives_none(ranker, catalog):
    grads = [graduate(f"g{i}", "会计学", catalog=catalog) for i in range(4)]
    assert [c.rank for c in ranker.rank_graduates("ACC", grads, k=2)] == [1, 2]
    assert ranker.rank_graduates("ACC", [], k=2) == []

def test_candidates_for_a_job_are_eligible_graduates_best_first(ranker, catalog):
    grads = [graduate("eng", "英语", catalog=catalog), graduate("acc", "会计学", catalog=catalog),
             graduate("fin", "财务管理", catalog=catalog, intention="预算 会计核算")]
    candidates = ranker.rank_graduates("ACC", grads, k=5)
    assert {c.graduate_id for c in candidates} == {"acc", "fin"}
    assert [c.rank for c in candidates] == [1, 2]
    # Staff read these reasons: they speak of the graduate, not to them.
    reasons = [r for c in candidates for r in c.reasons]
    assert reasons and not any("您" in r for r in reasons) and any("该毕业生" in r for r in reasons)
    with pytest.raises(KeyError):
        ranker.rank_graduates("NOPE", grads)


def test_duplicate_job_ids_are_refused(catalog, segmenter, jobs):
    with pytest.raises(ValueError, match="岗位编号重复"):
        Ranker(catalog=catalog, segmenter=segmenter).fit([*jobs, jobs[0]])


def test_ranking_before_fit_is_an_error(catalog, segmenter):
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        Ranker(catalog=catalog, segmenter=segmenter).rank([graduate("g", "会计学")])


def test_checker_runs_on_a_bounded_number_of_candidates(catalog, segmenter, jobs):
    from matching.verdict import Verdict

    calls = []

    def counting_checker(grad, jb):
        calls.append(jb.id)
        return Verdict.combine([])

    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=counting_checker, max_checks=2).fit(jobs)
    result = ranker.rank([graduate("g", "哲学", catalog=catalog)], k=1, rejected_k=1)[0]
    # The checker admits the pre-filtered job too: it competes for the one place, not rejected.
    assert len(result.suggestions) == 1 and result.rejected == ()
    assert len(calls) == 2  # one candidate, one pre-filtered job checked


def test_prefilter_never_blocks_a_pair_the_rules_engine_admits(catalog, segmenter):
    """Every pair the vectorised pre-filter blocks must be NOT_ELIGIBLE for the rules engine."""
    import sys
    from pathlib import Path

    from service.engine import load_rules_engine
    from service.importers import read_graduates, read_jobs
    from service.model_store import load_major_code_tables

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "samples"))
    jobs = read_jobs(root / "samples" / "jobs.json", catalog=catalog).records
    grads = read_graduates(root / "samples" / "graduates.csv", catalog=catalog).records[:60]
    # A job that frees doctors from its major list (the engine reviews them), for a bachelor,
    # a master and a doctor outside the list.
    jobs += [job(f"EXEMPT-{list_}", "计算机教师", majors=list_, education="本科及以上",
                 conditions=(("备注", "博士及企事业单位副高以上专业技术人员不受招聘专业及招聘计划限制"),))
             for list_ in ("计算机类（0809）", "本科：计算机类（0809）")]
    # Lists of real tables the filter once closed and the engine admits or reviews: a code of no
    # known catalog (read against a 研究生's own discipline) and an old code under its old name
    # (100301 is 口腔医学 in the 2026 catalog, 临床医学 in 1998's).
    jobs += [job("NO-CATALOG", "食品检验", majors="0832食品科学与工程"),
             job("OLD-CODE", "医师", majors="临床医学A1002、临床医学B100301", education="本科及以上")]
    grads += [graduate("clinic-BACHELOR", "临床医学", catalog=catalog)]
    grads += [graduate(f"math-{level.name}", "数学与应用数学", catalog=catalog, education=level)
              for level in (EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR)]
    engine = load_rules_engine()
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=engine, major_tables=load_major_code_tables()).fit(jobs)
    blocked = ranker.score(grads).blocked
    assert blocked.sum() > 1000  # the sample has many closed pairs: the check is not vacuous
    for i, j in zip(*np.nonzero(blocked)):
        assert engine(grads[i], jobs[j]).status is Status.NOT_ELIGIBLE, (grads[i].major, jobs[j].majors_text)
    exempt = [j for j, jb in enumerate(jobs) if jb.id.startswith("EXEMPT")]
    assert not blocked[-1, exempt].any()  # the doctor
    assert blocked[-3, exempt[0]]  # the bachelor stays closed on the list
    assert not blocked[-2, len(jobs) - 2] and not blocked[-4, len(jobs) - 1]  # the master; the clinician


def test_a_job_the_rules_admit_is_never_rejected_without_a_reason(catalog, segmenter):
    """A doctor outside the list of a job that frees doctors from it: suggested for review."""
    from service.engine import load_rules_engine

    note = ("备注", "博士及企事业单位副高以上专业技术人员不受招聘专业及招聘计划限制")
    jobs = [job("J1", "计算机教师", majors="计算机类（0809）", education="本科及以上", conditions=(note,)),
            job("J2", "法学教师", majors="法学类（0301）", education="本科及以上"),
            job("J3", "综合岗", majors="不限", education="本科及以上")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=load_rules_engine()).fit(jobs)
    doctor = graduate("D", "数学与应用数学", catalog=catalog, education=EducationLevel.DOCTOR)
    result = ranker.rank([doctor], k=10, rejected_k=5)[0]
    j1 = next(s for s in result.suggestions if s.job_id == "J1")
    assert j1.status is Status.NEEDS_REVIEW
    assert "专业待核实：岗位要求 计算机类，您的专业为 数学与应用数学（岗位注明博士不受招聘专业限制，请核实）" in j1.reasons
    assert [r.job_id for r in result.rejected] == ["J2"] and all(r.reasons for r in result.rejected)
    master = graduate("M", "数学与应用数学", catalog=catalog, education=EducationLevel.MASTER)
    assert {r.job_id for r in ranker.rank([master], k=10, rejected_k=5)[0].rejected} == {"J1", "J2"}


def test_prefilter_blocks_what_the_lists_and_levels_plainly_rule_out(catalog, segmenter):
    """The pre-filter's other side: the pairs it exists to close are closed, and only those."""
    jobs = [
        job("UG", "会计", majors="本科：会计学（120203K）"),  # a list for 本科 applicants only
        job("PLAIN", "统计员", majors="统计学类（0712）"),  # no level stated: read against any level
        job("EDU", "研究员", education="硕士研究生及以上"),
        job("OPEN", "文员"),
        job("PG", "研究助理", majors="研究生：统计学（0714）"),  # lists for other levels only
        job("JC", "出纳", majors="专科：大数据与会计（530302）"),
        job("CAP", "助理", education="大专或本科"),  # a highest level too
    ]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    grads = [
        graduate("acc", "会计学", catalog=catalog),
        graduate("math", "数学与应用数学", catalog=catalog),
        graduate("acc-junior", "会计学", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE),
        graduate("stat-master", "统计学", catalog=catalog, education=EducationLevel.MASTER),
        graduate("acc-unknown", "会计学", catalog=catalog, education=None),
    ]
    scores = ranker.score(grads)
    closed = {(g.id, jobs[j].id) for g, row in zip(grads, scores.blocked) for j in np.nonzero(row)[0]}
    assert closed == {
        ("acc", "PLAIN"), ("acc", "EDU"), ("acc", "PG"), ("acc", "JC"),
        ("math", "UG"), ("math", "PLAIN"), ("math", "EDU"), ("math", "PG"), ("math", "JC"),
        ("acc-junior", "UG"), ("acc-junior", "PLAIN"), ("acc-junior", "EDU"), ("acc-junior", "PG"),  # UG: for 本科 only
        ("stat-master", "UG"), ("stat-master", "JC"),  # a master is not a 本科 or 专科 applicant
        ("stat-master", "CAP"),
    }
    admitted = {(g.id, jobs[j].id) for g, row in zip(grads, scores.admitted) for j in np.nonzero(row)[0]}
    assert admitted == {("acc", "UG"), ("stat-master", "PLAIN")}


def test_preferred_majors_raise_a_job_without_excluding_others(catalog, segmenter, jobs):
    extra = job("PREF", "财务助理", employer="新疆某商贸有限公司", majors="会计学、财务管理专业优先",
                description="协助处理日常账务")
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit([*jobs, extra])
    accountant = ranker.rank([graduate("a", "会计学", catalog=catalog)], k=10)[0]
    lawyer = ranker.rank([graduate("b", "法学", catalog=catalog)], k=10)[0]
    pref = next(s for s in accountant.suggestions if s.job_id == "PREF")
    assert "专业优先：您的专业属于岗位优先考虑的专业" in pref.reasons
    # The rule names the preference; that the graduate's major is in it is said once (132 sample
    # suggestions said it twice: 「…属于优先专业」 and 「专业优先：…」).
    assert "专业符合：岗位专业不限（优先：会计学、财务管理）" in pref.reasons
    assert sum("优先" in r and "您的专业" in r for r in pref.reasons) == 1
    assert "PREF" in {s.job_id for s in lawyer.suggestions}
    assert "PREF" not in {r.job_id for r in lawyer.rejected}


def test_a_job_that_prefers_the_graduates_major_ranks_above_its_twin(catalog, segmenter):
    from matching.scoring import ScoreWeights

    jobs = [job("A", "统计员", employer="统计局", description="统计分析"),
            job("B", "统计员", employer="统计局", description="统计分析", majors="统计学专业优先")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    first, second = ranker.rank([graduate("g", "统计学", catalog=catalog)], k=2)[0].suggestions
    assert (first.job_id, second.job_id) == ("B", "A") and first.score > second.score


def test_unknown_major_name_uses_a_marked_approximation_for_the_model(catalog, segmenter, jobs):
    class ClassFit:
        labels_ = ["0809", "1202"]

        def predict_proba(self, items):
            # "software" jobs fit 计算机类, everything else 工商管理类
            return np.array([[0.9, 0.1] if "软件" in j.title else [0.1, 0.9] for j in items])

    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit()).fit(jobs)
    vocational = graduate("v", "计算机应用技术", catalog=catalog)
    assert vocational.major_code is None
    result = ranker.rank([vocational], k=len(jobs))[0]
    top = result.suggestions[0]
    assert top.job_id == "DEV"
    # Said once for the answer, not in each suggestion's reasons (user review: 20 times the same sentence).
    assert result.major_note == "您的专业「计算机应用技术」按名称归入计算机类来估计与岗位的相关程度"
    assert "专业相关：按专业类估计，计算机类与该岗位的匹配程度较高" in top.reasons
    assert not any("归入" in r or "本科专业目录" in r for s in result.suggestions for r in s.reasons)


def test_a_major_only_the_reference_table_knows_is_placed_by_it_and_says_so(catalog, segmenter, jobs):
    class ClassFit:
        labels_ = ["0301", "1202"]

        def predict_proba(self, items):
            # A major's name read as a job (title only) says nothing here: the table must place it.
            return np.array([[0.05, 0.05] if not j.description else [0.1, 0.9] if "会计" in j.title else [0.9, 0.1]
                             for j in items])

    law = graduate("v", "法律事务", catalog=catalog)
    plain = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit()).fit(jobs)
    assert plain.approximate_major(law) is None  # no catalog major starts like 法律事务
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit(),
                    major_reference={"法律事务": ["0301"]}).fit(jobs)
    result = ranker.rank([law], k=len(jobs))[0]
    assert result.major_note == "您的专业「法律事务」按公务员录用专业参考目录归入法学类来估计与岗位的相关程度"
    fits = [s for s in result.suggestions if any(r.startswith("专业相关：按专业类估计，法学类") for r in s.reasons)]
    assert fits and all("会计" not in next(j.title for j in jobs if j.id == s.job_id) for s in fits)


@pytest.mark.parametrize("with_model", [False, True], ids=["no model", "model"])
def test_a_major_nothing_can_place_falls_back_to_text_and_says_so(catalog, segmenter, jobs, with_model):
    class ClassFit:
        labels_ = ["1202"]

        def predict_proba(self, items):
            # Every job fits; the major's name read as a job (no description) stays just under
            # the placement threshold.
            return np.array([[0.9] if j.description else [NAME_MIN_PROBABILITY - 0.01] for j in items])

    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit() if with_model else None).fit(jobs)
    guide = graduate("g", "导游", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)
    assert guide.major_code is None and ranker.approximate_major(guide) is None
    result = ranker.rank([guide], k=len(jobs))[0]
    suggestions = result.suggestions
    # Said once for the answer, not on each suggestion (user review: 20 times the same sentence).
    assert result.major_note == "您的专业「导游」未能在专业目录中找到，岗位按专业名称与岗位内容的相近程度和您的其他意向排序"
    assert suggestions and not any("专业目录" in r for s in suggestions for r in s.reasons)
    assert not any("模型估计" in r for s in suggestions for r in s.reasons)


class NameReadingFit:
    """Jobs about tourism fit 旅游管理类, the others 工商管理类; a major's name read as a job
    (title only) gets ``name_proba``."""

    labels_ = ["1209", "1202", "120901"]  # a 6-digit column never competes as a placement

    def __init__(self, name_proba):
        self.name_proba = name_proba

    def predict_proba(self, items):
        return np.array([self.name_proba if not j.description
                         else [0.9, 0.1, 0.95] if "旅游" in j.description else [0.1, 0.9, 0.1] for j in items])


def tourism_jobs(jobs):
    return [*jobs, job("TOUR", "景区讲解员", employer="喀纳斯景区管理委员会", education="大专及以上", location="阿勒泰",
                       description="负责景区旅游讲解、游客接待和旅游线路推介")]


def test_a_major_only_the_model_can_place_is_placed_by_it_and_says_so(catalog, segmenter, jobs):
    guide = graduate("g", "导游", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE)
    ranker = Ranker(catalog=catalog, segmenter=segmenter,
                    major_fit=NameReadingFit([NAME_MIN_PROBABILITY, 0.1, 0.99])).fit(tourism_jobs(jobs))
    near = ranker.approximate_major(guide)
    assert (near.class_code, near.via, near.similarity) == ("1209", "model", pytest.approx(NAME_MIN_PROBABILITY))
    result = ranker.rank([guide], k=1)[0]
    assert result.suggestions[0].job_id == "TOUR"
    # Plain words: neither 「由模型」 nor 「本科专业目录」 (user review).
    assert result.major_note == "您的专业「导游」按名称归入旅游管理类来估计与岗位的相关程度"
    # A job judged alone has no list to say it above: the note leads its reasons, once.
    alone = ranker.judge(guide, "TOUR").reasons
    assert alone[0] == result.major_note and sum("导游" in r for r in alone) == 1


def test_the_name_finder_places_before_the_model_reads_the_name(catalog, segmenter, jobs):
    # The model would read 计算机应用技术 as 旅游管理类; the finder's 计算机科学与技术 wins.
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=NameReadingFit([0.9, 0.1, 0.0])).fit(jobs)
    near = ranker.approximate_major(graduate("v", "计算机应用技术", catalog=catalog))
    assert (near.class_code, near.via) == ("0809", "name")


def test_place_major_name_takes_the_most_probable_class_column(catalog):
    assert place_major_name(NameReadingFit([0.3, 0.6, 0.99]), "导游", catalog).code == "1202"
    assert place_major_name(NameReadingFit([0.3, 0.6, 0.99]), "导游", catalog, min_probability=0.61) is None
    assert place_major_name(NameReadingFit([0.3, 0.6, 0.99]), "  ", catalog) is None


def test_a_catalog_major_is_never_called_approximate(catalog, segmenter, jobs):
    class ClassFit:
        labels_ = ["1202"]

        def predict_proba(self, items):
            return np.full((len(items), 1), 0.8)

    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit(),
                    major_reference={"会计学": ["1202"]}).fit(jobs)
    accountant = graduate("a", "会计学", catalog=catalog)
    assert ranker.approximate_major(accountant) is None
    suggestions = ranker.rank([accountant], k=len(jobs))[0].suggestions
    fits = [r for s in suggestions for r in s.reasons if r.startswith("专业相关")]
    assert fits and all(r.startswith("专业相关：按专业类估计，工商管理类与该岗位的匹配程度") for r in fits)


def test_a_category_that_names_a_kind_of_employer_matches_the_jobs_employer_type(catalog, segmenter):
    """Graduates state 国有企业 or 机关事业单位 as their category; job titles rarely repeat it."""
    from dataclasses import replace as with_

    from features.records import EmployerType

    jobs = [with_(job("SOE", "技术员", employer="新疆能源集团"), employer_type=EmployerType.STATE_ENTERPRISE),
            with_(job("GOV", "综合文秘", employer="乌鲁木齐市统计局"), employer_type=EmployerType.GOVERNMENT),
            with_(job("PRIV", "技术员", employer="某科技有限公司"), employer_type=EmployerType.ENTERPRISE),
            job("NONE", "技术员")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    grads = [graduate("soe", "会计学", catalog=catalog, categories=("国有企业",)),
             graduate("state", "会计学", catalog=catalog, categories=("机关事业单位",)),
             graduate("any-firm", "会计学", catalog=catalog, categories=("企业",))]
    matched = {(g.id, jobs[j].id) for g, row in zip(grads, ranker.score(grads).category) for j in np.nonzero(row)[0]}
    assert matched == {("soe", "SOE"), ("state", "GOV"), ("any-firm", "SOE"), ("any-firm", "PRIV")}
    # A kind of work that contains such a word is not a kind of employer.
    manager = graduate("mgr", "工商管理", catalog=catalog, categories=("企业管理",))
    assert ranker.score([manager]).category.sum() == 0
    top = ranker.rank([grads[0]], k=4, rejected_k=0)[0].suggestions[0]
    assert top.job_id == "SOE" and "意向类别一致：国有企业" in top.reasons


def test_what_a_graduate_rejects_is_not_searched_for(catalog, segmenter):
    grad = graduate("g", "会计学", catalog=catalog, intention="不想做销售，希望做财务工作")
    assert "销售" not in query_text(grad, catalog) and "财务" in query_text(grad, catalog)
    jobs = [job("SALES", "销售代表", description="负责产品销售与客户开发，完成销售指标"),
            job("CASH", "出纳", description="负责现金收付与银行结算等财务工作")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    top, second = ranker.rank([grad], k=2, rejected_k=0)[0].suggestions
    assert (top.job_id, second.job_id) == ("CASH", "SALES")
    assert not any(r.startswith("岗位内容与您的专业和意向相近") for r in second.reasons)
    assert "岗位类别是您表示不做的：销售" in second.reasons
    assert ranker.score([grad]).category.tolist() == [[-1.0, 0.0]]


def test_a_place_the_intention_rejects_counts_against_jobs_there(catalog, segmenter):
    jobs = [job("KS", "会计", location="喀什地区疏附县", description="财务核算"),
            job("URU", "会计", location="乌鲁木齐市", description="财务核算")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    wary = graduate("g", "会计学", catalog=catalog, intention="喀什和田都不去")
    top, second = ranker.rank([wary], k=2, rejected_k=0)[0].suggestions
    assert (top.job_id, second.job_id) == ("URU", "KS")
    assert "工作地点是您表示不考虑的地方：喀什地区疏附县，排序已相应下调" in second.reasons
    plain = graduate("p", "会计学", catalog=catalog)
    assert ranker.score([plain]).location.tolist() == [[0.0, 0.0]]


def test_a_rejected_place_does_not_count_against_a_job_that_may_lie_elsewhere(catalog, segmenter):
    """「想去新疆，不去喀什」: a job stated as 新疆 or 南疆 may be anywhere there; only one in 喀什 is refused."""
    jobs = [job("XJ", "会计", location="新疆维吾尔自治区"), job("NJ", "会计", location="南疆"),
            job("SF", "会计", location="喀什地区疏附县")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    wary = graduate("g", "会计学", catalog=catalog, intention="想去新疆，不去喀什")
    assert ranker.score([wary]).location.tolist()[0][2] == -1.0
    assert min(ranker.score([wary]).location.tolist()[0][:2]) >= 0.0


@pytest.mark.parametrize("intention", ["不想离开新疆", "不要求在乌鲁木齐工作，服从分配", "除了在乌鲁木齐工作，也愿意去昌吉",
                                       "非乌鲁木齐户籍，想去乌鲁木齐", "不排除去乌鲁木齐"])
def test_phrases_that_only_look_like_refusals_cost_nothing(catalog, segmenter, intention):
    jobs = [job("URU", "会计", location="乌鲁木齐市")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    assert ranker.score([graduate("g", "会计学", catalog=catalog, intention=intention)]).location.min() >= 0.0


def test_prefilter_leaves_a_master_open_on_a_list_of_bachelor_majors_the_post_admits_them_to(catalog, segmenter):
    # 「本科：会计学」 on a 本科及以上 post: the engine reviews which of a 硕士's majors counts
    # (matching.rules.major_kin.unlisted_level), so the pre-filter must not close the pair; with no education
    # stated, or one the 硕士 is above, the list still closes it.
    from service.engine import load_rules_engine
    from service.model_store import load_major_code_tables

    jobs = [job("OPEN-UP", "会计", majors="本科：会计学（120203K）", education="本科及以上"),
            job("NO-EDU", "会计", majors="本科：会计学（120203K）"),
            job("UG-ONLY", "会计", majors="本科：会计学（120203K）", education="仅限本科")]
    master = graduate("acc-master", "会计学", catalog=catalog, education=EducationLevel.MASTER)
    engine = load_rules_engine()
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=engine, major_tables=load_major_code_tables()).fit(jobs)
    blocked = dict(zip((j.id for j in jobs), ranker.score([master]).blocked[0]))
    assert blocked == {"OPEN-UP": False, "NO-EDU": True, "UG-ONLY": True}
    assert engine(master, jobs[0]).status is Status.NEEDS_REVIEW
