"""Planning small specialised fairs (``matching.fairs``) on data where the grouping is obvious."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from features.education import EducationLevel
from matching.fairs import FairBy, FairLimits, UnplacedKind, plan_fairs, position_themes
from matching.ranker import Ranker
from matching.verdict import Status
from tests.factories import graduate, job

SMALL = FairLimits(min_positions=2, min_graduates=2)


def jobs_():
    return [
        replace(job("ACC1", "会计", employer="乌鲁木齐市财政局", education="本科及以上", majors="会计学、财务管理",
                    location="乌鲁木齐市", industry="公共管理、社会保障和社会组织", description="负责预算编制和会计核算"),
                headcount=2),
        replace(job("ACC2", "审计助理", employer="天山会计师事务所", education="本科及以上", majors="会计学、审计学",
                    location="乌鲁木齐市", industry="租赁和商务服务业", description="协助年报审计和账务核查"),
                headcount=3),
        replace(job("ACC3", "财务会计", employer="昆仑会计师事务所", education="本科及以上", majors="本科：财务管理（120204）",
                    location="昌吉市", industry="租赁和商务服务业", description="代理记账和纳税申报"),
                headcount=1),
        replace(job("NUR1", "护士", employer="喀什地区第一人民医院", education="本科及以上", majors="护理学",
                    location="喀什", industry="卫生和社会工作", description="负责住院病房的临床护理"), headcount=5),
        job("NUR2", "护士", employer="和田地区人民医院", education="本科及以上", majors="护理学", location="和田",
            industry="卫生和社会工作", description="负责门诊和急诊护理"),
        replace(job("NUR3", "社区护士", employer="天山区社区卫生服务中心", education="本科及以上", majors="护理学",
                    location="乌鲁木齐市", industry="卫生和社会工作", description="社区慢病随访和健康宣教"), headcount=2),
        job("DEV1", "软件开发工程师", employer="新疆天山信息技术有限公司", education="本科及以上", majors="计算机科学与技术",
            location="乌鲁木齐市", industry="信息传输、软件和信息技术服务业", description="负责Java后端开发"),
    ]


def graduates_(catalog):
    return [
        graduate("A1", "会计学", catalog=catalog, intention="想做会计"),
        graduate("A2", "财务管理", catalog=catalog),
        graduate("A3", "审计学", catalog=catalog),
        graduate("A4", "会计学", catalog=catalog, education=EducationLevel.JUNIOR_COLLEGE),  # every post wants 本科
        graduate("N1", "护理学", catalog=catalog, intention="护理工作"),
        graduate("N2", "护理学", catalog=catalog),
        graduate("N3", "护理学", catalog=catalog, industries=("卫生",)),
        graduate("C1", "计算机科学与技术", catalog=catalog),
    ]


def plan(catalog, segmenter, jobs=None, graduates=None, *, by="major", limits=SMALL, k=5, model=None):
    jobs = jobs_() if jobs is None else jobs
    graduates = graduates_(catalog) if graduates is None else graduates
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=model).fit(jobs)
    return plan_fairs(ranker, graduates, ranker.rank(graduates, k=k, rejected_k=0), by=by, limits=limits)


def fair_of(result, job_id):
    found = [f for f in result.fairs if job_id in {p.job_id for p in f.positions}]
    assert len(found) == 1, [f.title for f in result.fairs]
    return found[0]


def test_accounting_posts_and_graduates_form_one_business_administration_fair(catalog, segmenter):
    result = plan(catalog, segmenter)
    fair = fair_of(result, "ACC1")
    assert fair.by is FairBy.MAJOR and fair.key == "1202" and fair.theme == "1202 工商管理类" and fair.title == "工商管理类专场"
    assert [p.job_id for p in fair.positions] == ["ACC1", "ACC2", "ACC3"]  # by place (乌鲁木齐 before 昌吉), then employer
    assert set(fair.employers) == {"乌鲁木齐市财政局", "天山会计师事务所", "昆仑会计师事务所"}
    assert (fair.headcount, fair.headcount_unknown) == (6, 0)
    assert {g.graduate_id for g in fair.graduates} == {"A1", "A2", "A3"}
    reasons = {p.job_id: p.reason for p in fair.positions}
    assert reasons["ACC2"] == "专业要求含工商管理类（会计学、审计学）"
    a1 = next(g for g in fair.graduates if g.graduate_id == "A1")
    assert a1.status is Status.ELIGIBLE and set(a1.job_ids) == {"ACC1", "ACC2"}
    assert a1.reason.startswith("专业：会计学（工商管理类）；可报考 ") and "等 2 个岗位" in a1.reason


def test_nurses_and_nursing_graduates_form_another_fair(catalog, segmenter):
    fair = fair_of(plan(catalog, segmenter), "NUR1")
    assert fair.key == "1011" and fair.title == "护理学类专场"
    assert {p.job_id for p in fair.positions} == {"NUR1", "NUR2", "NUR3"}
    assert {g.graduate_id for g in fair.graduates} == {"N1", "N2", "N3"}
    assert (fair.headcount, fair.headcount_unknown) == (7, 1)  # NUR2 states no headcount


def test_a_graduate_the_ranker_finds_ineligible_is_not_listed(catalog, segmenter):
    result = plan(catalog, segmenter)
    assert "A4" not in {g.graduate_id for f in result.fairs for g in f.graduates}
    # The 大专 accountant is turned away by the ranker (本科及以上), not by a rule of the planner:
    # the same graduate as a 本科 is in.
    people = [replace(g, education=EducationLevel.BACHELOR) if g.id == "A4" else g for g in graduates_(catalog)]
    assert "A4" in {g.graduate_id for g in fair_of(plan(catalog, segmenter, graduates=people), "ACC1").graduates}


def test_a_theme_with_too_few_positions_is_dropped_and_the_plan_says_so(catalog, segmenter):
    result = plan(catalog, segmenter)
    assert "DEV1" not in {p.job_id for f in result.fairs for p in f.positions}
    dropped = next(d for d in result.dropped if d.theme == "0809 计算机类")
    assert (dropped.positions, dropped.graduates) == (1, 1)
    assert any(n.startswith("0809 计算机类：岗位 1 个，少于 2 个；可参加的毕业生 1 人，少于 2 人") for n in result.notes)
    assert "C1" not in {g.graduate_id for f in result.fairs for g in f.graduates}


def test_the_size_cap_splits_a_large_theme_by_place_and_employer_deterministically(catalog, segmenter):
    places = ["乌鲁木齐市", "昌吉市", "乌鲁木齐市", "喀什市", "昌吉市", "乌鲁木齐市", "喀什市"]
    jobs = [job(f"F{i}", "会计", employer=f"会计师事务所{i}", education="本科及以上", majors="会计学", location=place)
            for i, place in enumerate(places)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(4)]
    result = plan(catalog, segmenter, jobs, people, limits=FairLimits(max_employers=3, min_positions=1, min_graduates=1), k=7)
    assert [f.key for f in result.fairs] == ["1202-1", "1202-2", "1202-3"]
    assert [f.title for f in result.fairs] == ["工商管理类专场（之一）", "工商管理类专场（之二）", "工商管理类专场（之三）"]
    assert [[p.job_id for p in f.positions] for f in result.fairs] == [["F0", "F2", "F5"], ["F1", "F4"], ["F3", "F6"]]
    assert [f.places for f in result.fairs] == [("乌鲁木齐市",), ("昌吉市",), ("喀什市",)]  # 北疆, then 南疆
    # Every accountant may apply in each part, but is invited once, to the part of the post they rank best
    # (a part's posts then each have someone to meet: min_graduates 1).
    invited = [g.graduate_id for f in result.fairs for g in f.graduates]
    assert sorted(set(invited)) == ["G0", "G1", "G2", "G3"] and all(f.graduates for f in result.fairs)
    assert "1202 工商管理类：7 家单位多于每场上限 3 家，按地点分为 3 场" in result.notes


def test_an_employer_with_more_positions_than_a_fair_holds_keeps_the_ones_most_graduates_want(catalog, segmenter):
    jobs = [job(f"P{i}", title, employer="新疆能源集团", education=level, majors="会计学", location="乌鲁木齐市")
            for i, (title, level) in enumerate([("会计", "本科及以上"), ("审计", "硕士研究生及以上"),
                                                ("出纳", "本科及以上"), ("税务", "本科及以上")])]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(3)]
    people.append(graduate("M", "会计学", catalog=catalog, education=EducationLevel.MASTER))
    result = plan(catalog, segmenter, jobs, people, limits=FairLimits(max_positions=3, min_positions=1, min_graduates=1))
    (fair,) = result.fairs
    assert [p.job_id for p in fair.positions] == ["P0", "P2", "P3"]  # P1 wants a master: one graduate may apply
    assert any("新疆能源集团 有 4 个岗位，超过每场上限 3 个" in n and n.endswith("未列入：P1") for n in result.notes)


def test_small_classes_of_one_category_merge_and_each_position_stays_for_its_own_class(catalog, segmenter):
    jobs = [job("ACC", "会计", employer="财政局", education="本科及以上", majors="会计学"),
            job("HR", "人事专员", employer="人社局", education="本科及以上", majors="人力资源管理"),
            job("ADM", "行政管理", employer="街道办", education="本科及以上", majors="行政管理"),
            job("ADM2", "社区专干", employer="社区", education="本科及以上", majors="行政管理")]
    people = [graduate("A", "会计学", catalog=catalog), graduate("H", "人力资源管理", catalog=catalog),
              graduate("P", "行政管理", catalog=catalog)]
    result = plan(catalog, segmenter, jobs, people, limits=FairLimits(min_positions=3, min_graduates=2))
    (fair,) = result.fairs
    assert fair.key == "1202+1204" and fair.title == "管理学（工商管理类、公共管理类）专场"
    assert {p.job_id for p in fair.positions} == {"ACC", "HR", "ADM", "ADM2"}
    jobs_of = {g.graduate_id: set(g.job_ids) for g in fair.graduates}
    assert jobs_of == {"A": {"ACC"}, "H": {"HR"}, "P": {"ADM", "ADM2"}}
    assert "1202 工商管理类、1204 公共管理类 单独规模不足，合并为一场管理学招聘会" in result.notes


def test_a_position_without_a_major_list_joins_the_class_the_model_gives(catalog, segmenter):
    class ClassFit:
        labels_ = ["1011", "1202"]

        def predict_proba(self, items):
            return np.array([[0.9, 0.05] if "护" in j.title else [0.05, 0.8] if "出纳" in j.title else
                             [0.05, 0.05] if "驾驶" in j.title else [0.05, 0.2] for j in items])

    jobs = [*jobs_(), job("NUR4", "护理员", employer="伊宁市养老院", location="伊宁市", description="老人日常照护"),
            job("CASH", "出纳", employer="伊宁市养老院", location="伊宁市", description="现金收付"),
            job("OFF", "办公室文员", employer="某公司", description="收发文件"),
            job("DRV", "驾驶员", employer="某公司", description="开车")]
    graduates = graduates_(catalog)
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=ClassFit()).fit(jobs)
    results = ranker.rank(graduates, k=len(jobs), rejected_k=0)
    result = plan_fairs(ranker, graduates, results, by="major", limits=SMALL)
    nursing = fair_of(result, "NUR4")
    assert nursing.key == "1011"
    assert {p.job_id: p.reason for p in nursing.positions}["NUR4"] == "未列专业要求，模型估计与护理学类的匹配程度较高"
    business = fair_of(result, "CASH")
    # Open to everyone (no list), so the nurses may apply too; the fair is for its class's graduates.
    assert "CASH" in {s.job_id for s in results[4].suggestions} and results[4].graduate_id == "N1"
    cashier = {g.graduate_id for g in business.graduates if "CASH" in g.job_ids}
    assert cashier == {"A1", "A2", "A3", "A4"}  # A4 (大专) too: the cashier post states no education
    # 0.20 for 工商管理类 is below min_fit, but the post was suggested to the accountants: it
    # joins their fair; 0.05 is no guess at all, so the driver's post stays out, saying why.
    assert {p.job_id: p.reason for p in fair_of(result, "OFF").positions}["OFF"] == (
        "未列专业要求，模型估计与工商管理类的匹配程度较低，不足以单凭模型归入；推荐此岗位的 8 位毕业生中 4 位属工商管理类，"
        "为模型所估各专业类中最多")
    assert result.unthemed_positions == ("DRV",)
    assert any(n.startswith("1 个岗位未列专业要求、专业不限或所列专业不属本科专业类，模型估计的匹配程度都不足以归入专业类")
               for n in result.notes)
    assert {u.job_id: u.reason for u in result.unplaced}["DRV"] == (
        "未列专业要求，模型估计的匹配程度都不足以归入专业类；推荐此岗位的 8 位毕业生都不属于模型估计可能相关的专业类")


def test_industry_fairs_group_posts_by_industry_and_take_graduates_ranked_there(catalog, segmenter):
    result = plan(catalog, segmenter, by="industry", limits=FairLimits(min_positions=2, min_graduates=2, max_rank=2))
    assert [f.theme for f in result.fairs] == ["卫生和社会工作", "租赁和商务服务业"]
    health = result.fairs[0]
    assert health.by is FairBy.INDUSTRY and health.title == "卫生和社会工作专场"
    assert {g.graduate_id for g in health.graduates} == {"N1", "N2", "N3"}
    n3 = next(g for g in health.graduates if g.graduate_id == "N3")
    assert n3.reason.startswith("意向行业：卫生；")
    n1 = next(g for g in health.graduates if g.graduate_id == "N1")
    assert n1.reason.startswith("本场岗位在其推荐中排第 1 位；")
    assert {p.reason for p in health.positions} == {"所属行业：卫生和社会工作"}
    assert {d.theme for d in result.dropped} == {"公共管理、社会保障和社会组织", "信息传输、软件和信息技术服务业"}


def test_a_graduate_whose_best_post_of_an_industry_ranks_low_is_not_in_its_fair(catalog, segmenter):
    jobs = [job(f"N{i}", "护士", employer=f"医院{i}", education="本科及以上", majors="护理学", industry="卫生和社会工作")
            for i in range(2)]
    jobs += [job("H", "医院会计", employer="医院9", education="本科及以上", industry="卫生和社会工作", description="医院财务核算"),
             job("A0", "会计", employer="财政局", education="本科及以上", majors="会计学", industry="公共管理"),
             job("A1", "会计", employer="税务所", education="本科及以上", majors="会计学", industry="公共管理")]
    people = [graduate("A", "会计学", catalog=catalog), graduate("N", "护理学", catalog=catalog)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    results = ranker.rank(people, k=5, rejected_k=0)
    assert [s.job_id for s in results[0].suggestions][:3] == ["A0", "A1", "H"]  # the planted order holds

    def health(max_rank):
        limits = FairLimits(min_positions=1, min_graduates=1, max_rank=max_rank)
        fair = next(f for f in plan_fairs(ranker, people, results, by="industry", limits=limits).fairs
                    if f.theme == "卫生和社会工作")
        return {g.graduate_id: g.reason for g in fair.graduates}

    assert set(health(2)) == {"N"}
    assert health(3)["A"] == "本场岗位在其推荐中排第 3 位；可报考 医院会计（医院9）"


def test_the_plan_does_not_depend_on_input_order(catalog, segmenter):
    first = plan(catalog, segmenter)
    shuffled_jobs, shuffled_people = jobs_(), graduates_(catalog)
    random.Random(7).shuffle(shuffled_jobs)
    random.Random(8).shuffle(shuffled_people)
    assert plan(catalog, segmenter, shuffled_jobs, shuffled_people) == first
    assert [f.key for f in first.fairs] == ["1011", "1202"]  # more graduates first, then key


def test_position_themes_read_the_same_list_the_rules_do(catalog, segmenter):
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs_())
    themes = position_themes(ranker, by=FairBy.MAJOR)
    assert [t.key for t in themes["ACC3"]] == ["1202"] and [t.key for t in themes["NUR2"]] == ["1011"]
    wide = Ranker(catalog=catalog, segmenter=segmenter).fit(
        [job("W", "综合岗", majors="会计学、法学、汉语言文学、计算机科学与技术")])
    links = position_themes(wide, by=FairBy.MAJOR, limits=FairLimits(max_classes=2))["W"]
    assert [t.key for t in links] == ["0301", "0501"]  # no model: the first classes by code
    assert links[0].reason.endswith("；列出 4 个专业类，取模型匹配度最高的 2 个")


@pytest.mark.parametrize(("fields", "message"), [
    ({"max_employers": 0}, "每场单位上限必须为正整数"),
    ({"min_positions": 30, "max_positions": 20}, "每场最少岗位数（30）不能大于每场岗位上限（20）"),
    ({"min_fit": 1.5}, "模型匹配度阈值必须在 0 到 1 之间"),
])
def test_limits_refuse_nonsense_in_chinese(fields, message):
    with pytest.raises(ValueError, match=message.replace("（", r"\（").replace("）", r"\）")):
        FairLimits(**fields)


def test_a_position_no_graduate_of_its_theme_may_apply_for_is_left_out_and_counted(catalog, segmenter):
    """An employer is invited for the graduates who come: a post wanting a master, where every
    accountant is a 本科, takes no place in the accounting fair (and no class of its own)."""
    master = job("ACC9", "高级会计", employer="新疆审计厅", education="硕士研究生及以上", majors="会计学",
                 location="乌鲁木齐市", industry="公共管理、社会保障和社会组织")
    result = plan(catalog, segmenter, [*jobs_(), master])
    assert [p.job_id for p in fair_of(result, "ACC1").positions] == ["ACC1", "ACC2", "ACC3"]
    assert all(p.graduates > 0 for f in result.fairs for p in f.positions)
    assert "1 个岗位在所归入的主题中没有可报考的毕业生，未列入招聘会（1 个不在任何毕业生的推荐之列）" in result.notes
    assert "ACC9" not in result.unthemed_positions  # it has a theme; no one to meet there


def test_a_split_theme_keeps_neighbouring_places_together(catalog, segmenter):
    """North of the Tianshan apart from the south: not 乌鲁木齐, 克拉玛依 and 和田 in one part
    because their names sort so."""
    places = ["和田市", "乌鲁木齐市", "喀什市", "克拉玛依市", "阿克苏市", "昌吉市"]
    jobs = [job(f"F{i}", "会计", employer=f"会计师事务所{i}", education="本科及以上", majors="会计学", location=place)
            for i, place in enumerate(places)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(2)]
    limits = FairLimits(max_employers=3, min_positions=1, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=6)
    assert [set(f.places) for f in result.fairs] == [{"乌鲁木齐市", "克拉玛依市", "昌吉市"}, {"阿克苏市", "喀什市", "和田市"}]


def test_parts_beyond_ten_are_numbered_in_chinese(catalog, segmenter):
    jobs = [job(f"F{i:02}", "会计", employer=f"会计师事务所{i:02}", education="本科及以上", majors="会计学",
                location="乌鲁木齐市") for i in range(12)]
    result = plan(catalog, segmenter, jobs, [graduate("G", "会计学", catalog=catalog)],
                  limits=FairLimits(max_employers=1, min_positions=1, min_graduates=1, max_fairs_per_graduate=12), k=12)
    assert [f.title for f in result.fairs][8:] == ["工商管理类专场（之九）", "工商管理类专场（之十）", "工商管理类专场（之十一）",
                                                  "工商管理类专场（之十二）"]  # equal in size: in order of parts


def test_a_category_that_only_states_a_posts_nature_or_grade_is_no_industry(catalog, segmenter):
    """Civil-service tables fill 职位类别 with 普通职位, 专业技术岗位, 管理岗 or a letter: no
    「普通职位专场」; a category naming a field of work still serves when 行业 is missing."""
    jobs = [job(f"P{i}", "科员", employer=f"某局{i}", education="本科及以上", majors="会计学", category=category)
            for i, category in enumerate(["普通职位", "专业技术岗位", "管理岗", "B", "专技12级以上", "行政执法类职位"])]
    jobs += [job(f"T{i}", "数学教师", employer=f"某中学{i}", education="本科及以上", majors="会计学", category=category)
             for i, category in enumerate(["教育类", "教育类（B）"])]
    people = [graduate("G", "会计学", catalog=catalog)]
    result = plan(catalog, segmenter, jobs, people, by="industry", k=8,
                  limits=FairLimits(min_positions=1, min_graduates=1, max_rank=8))
    # 教育类 is the 教育 system: the fair it gives is the one a 中学 without a 职位类别 joins.
    assert [(f.theme, {p.job_id for p in f.positions}) for f in result.fairs] == [("教育", {"T0", "T1"})]
    assert set(result.unthemed_positions) == {f"P{i}" for i in range(6)}
    assert {p.reason for p in result.fairs[0].positions} == {"职位类别：教育类（未注明行业）", "职位类别：教育类（B）（未注明行业）"}


class _ClassFit:
    """A stand-in major-fit model: 护理学类 for nursing posts, else a weak 工商管理类."""
    labels_ = ["1011", "1202"]

    def predict_proba(self, items):
        return np.array([[0.9, 0.05] if "护" in j.title else [0.05, 0.2] for j in items])


def test_a_position_whose_list_names_no_undergraduate_class_does_not_claim_to_list_none(catalog, segmenter):
    jobs = [*jobs_(), job("NUR7", "护理部干事", employer="伊宁市人民医院", location="伊宁市", majors="护理（研究生）"),
            job("NUR8", "护理员", employer="伊宁市养老院", location="伊宁市", majors="专业不限"),
            job("NUR9", "护理员", employer="奎屯市养老院", location="奎屯市")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=_ClassFit()).fit(jobs)
    links = position_themes(ranker, by=FairBy.MAJOR)
    assert links["NUR7"][0].reason == "专业要求「护理（研究生）」未列本科专业类，模型估计与护理学类的匹配程度较高"
    assert links["NUR8"][0].reason == "专业不限，模型估计与护理学类的匹配程度较高"
    assert links["NUR9"][0].reason == "未列专业要求，模型估计与护理学类的匹配程度较高"


class _MiddlingFit:
    """护理学类 at 0.45 for every post: above the fair's 0.30, below the 0.6 that reads 较高."""
    labels_ = ["1011", "1202"]

    def predict_proba(self, items):
        return np.array([[0.45, 0.05] for _ in items])


def test_fair_reasons_word_the_model_fit_as_graduates_read_it_not_as_a_figure(catalog, segmenter):
    """Organisers read 「匹配度为 0.90」 and 「（低于 0.30）」, figures the page never explained; the
    reasons now use the graduates' words (``explain.fit_degree``: 较高 from 0.6, 一般 from 0.3)."""
    jobs = [*jobs_(), job("NUR9", "护理员", employer="奎屯市养老院", location="奎屯市")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=_MiddlingFit()).fit(jobs)
    reason = position_themes(ranker, by=FairBy.MAJOR)["NUR9"][0].reason
    assert reason == "未列专业要求，模型估计与护理学类的匹配程度一般"
    assert not any(ch.isdigit() for ch in reason)


def test_a_graduate_whose_every_position_needs_review_reads_so(catalog, segmenter):
    from matching.results import GraduateSuggestions, Suggestion

    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs_())
    people = [graduate(f"A{i}", "会计学", catalog=catalog) for i in range(2)]
    review = [Suggestion("ACC1", 1, 1.0, Status.NEEDS_REVIEW, ()), Suggestion("ACC2", 2, 0.9, Status.NEEDS_REVIEW, ())]
    mixed = [review[0], replace(review[1], status=Status.ELIGIBLE)]
    results = [GraduateSuggestions("A0", tuple(review), ()), GraduateSuggestions("A1", tuple(mixed), ())]
    fair, = plan_fairs(ranker, people, results, by="major", limits=FairLimits(min_positions=1, min_graduates=1)).fairs
    reasons = {g.graduate_id: g.reason for g in fair.graduates}
    assert reasons["A0"].endswith("等 2 个岗位，均待核实") and reasons["A1"].endswith("等 2 个岗位，其中 1 个待核实")


def test_every_part_of_a_split_industry_keeps_the_graduates_of_its_positions(catalog, segmenter):
    """The accountant's best post of the industry is in 乌鲁木齐 (the part before 喀什): the
    喀什 part still lists them for its post, saying where the industry ranks for them."""
    jobs = [job("U", "会计", employer="乌鲁木齐市财政局", education="本科及以上", majors="会计学", location="乌鲁木齐市",
                industry="公共管理"),
            job("K", "会计", employer="喀什市财政局", education="本科及以上", majors="会计学", location="喀什市",
                industry="公共管理")]
    people = [graduate("A", "会计学", catalog=catalog, intention="想在乌鲁木齐工作", locations=("乌鲁木齐",))]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    results = ranker.rank(people, k=2, rejected_k=0)
    assert [s.job_id for s in results[0].suggestions] == ["U", "K"]  # the planted order holds
    limits = FairLimits(max_employers=1, min_positions=1, min_graduates=1, max_rank=1)
    result = plan_fairs(ranker, people, results, by="industry", limits=limits)
    assert [[g.reason for g in f.graduates] for f in result.fairs] == [
        ["本场岗位在其推荐中排第 1 位；可报考 会计（乌鲁木齐市财政局）；另受邀参加公共管理专场（之二）"],
        ["本场岗位在其推荐中排第 2 位（公共管理岗位最高排第 1 位）；可报考 会计（喀什市财政局）；本场岗位 K 在其推荐中"
         "排第 2 位，无其他受邀者可报考；已受邀参加公共管理专场（之一），另邀请参加本场"]]
    assert result.dropped == ()


def test_the_parts_of_a_split_theme_are_listed_together_in_the_order_of_their_numbers(catalog, segmenter):
    """A contents list reading 「之二」 before 「之一」 looks like a numbering error: a split theme's
    parts stay together, 之一 first, and the theme takes its place by its graduates over all
    parts, even when a later part alone has more graduates than the first or than another theme."""
    places = {"U1": "乌鲁木齐市", "U2": "乌鲁木齐市", "K1": "喀什市", "K2": "喀什市"}
    jobs = [job(j, "会计", employer=f"会计师事务所{j}", location=place, majors="会计学",
                education="硕士研究生及以上" if j.startswith("U") else "本科及以上") for j, place in places.items()]
    jobs += [job(f"N{i}", "护士", employer=f"人民医院{i}", education="本科及以上", majors="护理学", location="昌吉市")
             for i in range(2)]
    people = [graduate(f"M{i}", "会计学", catalog=catalog, education=EducationLevel.MASTER) for i in range(2)]
    people += [graduate(f"B{i}", "会计学", catalog=catalog) for i in range(3)]
    people += [graduate(f"R{i}", "护理学", catalog=catalog) for i in range(3)]
    limits = FairLimits(max_employers=2, min_positions=1, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=6)
    assert [(f.title, len(f.graduates)) for f in result.fairs] == [
        ("工商管理类专场（之一）", 1), ("工商管理类专场（之二）", 5), ("护理学类专场", 3)]  # the masters divided
    assert [(f.key, f.part, f.parts) for f in result.fairs][:2] == [("1202-1", 1, 2), ("1202-2", 2, 2)]
    assert [f.places for f in result.fairs][:2] == [("乌鲁木齐市",), ("喀什市",)]  # still by place: 乌鲁木齐 first


def both_ways_left_out(catalog):
    """A post for 会计学 or 护理学 suggested to one accountant: no nurse for it in 护理学类, and
    工商管理类 too small to hold; a post wanting a doctorate suggested to no one."""
    jobs = [job("X", "财务护理专员", employer="某医院", education="本科及以上", majors="会计学、护理学", location="乌鲁木齐市"),
            job("Y", "高级会计", employer="某审计局", education="博士研究生", majors="会计学", location="乌鲁木齐市")]
    return jobs, [graduate("G", "会计学", catalog=catalog)]


def test_the_note_on_posts_no_graduate_may_apply_for_counts_what_the_reason_counts_count(catalog, segmenter):
    """The note said 「1 个岗位没有可报考的毕业生」 while the counts per kind listed 2 (X had graduates
    in the other theme it joined): the note counts the same posts, split the same way, and says
    which one is also counted under another kind."""
    result = plan(catalog, segmenter, *both_ways_left_out(catalog))
    assert {u.job_id: u.kinds for u in result.unplaced} == {
        "X": (UnplacedKind.OTHER_THEME, UnplacedKind.TOO_SMALL), "Y": (UnplacedKind.NOT_SUGGESTED,)}
    assert ("2 个岗位在所归入的主题中没有可报考的毕业生，未列入招聘会（1 个不在任何毕业生的推荐之列，1 个推荐给的毕业生不属于该主题）"
            "；其中 1 个岗位还归入了其他主题，在那里因其他原因未列入，在「未列入招聘会的岗位」中也计入该原因") in result.notes
    assert not any("个岗位没有可报考的毕业生" in n for n in result.notes)
