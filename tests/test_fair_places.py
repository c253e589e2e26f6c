"""Every post with openings finds the fair its graduates are at, or is listed with the reason it
is not: public-sector systems read from employer names, preferred-only and 研究生 major lists,
and the per-post account of what no fair holds (``matching.fairs``, ``features.sectors``)."""

from __future__ import annotations

import numpy as np
import pytest

from features.education import EducationLevel
from features.sectors import sector_of
from matching.fairs import FairBy, FairLimits, plan_fairs, position_themes
from matching.ranker import Ranker
from service.fair_report import plan_dict
from tests.factories import graduate, job

ONE = FairLimits(min_positions=1, min_graduates=1, max_rank=20)


class _NoGuess:
    """A stand-in major-fit model that guesses nothing (so only lists and graduates place posts)."""
    labels_ = ["1002", "1202"]

    def predict_proba(self, items):
        return np.array([[0.01, 0.01] for _ in items])


def _plan(catalog, segmenter, jobs, people, *, by, limits=ONE, model=None):
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=model).fit(jobs)
    return plan_fairs(ranker, people, ranker.rank(people, k=len(jobs), rejected_k=0), by=by, limits=limits)


@pytest.mark.parametrize(("employer", "title", "sector", "word"), [
    ("乌鲁木齐市财政局", "科员", "财政税务", "财政"),
    ("国家税务总局喀什市税务局", "一级行政执法员", "财政税务", "税务"),
    ("和田地区人民医院", "会计", "医疗卫生", "医院"),  # the unit's system, not the post's function
    ("伊宁市第三中学", "数学教师", "教育", "中学"),
    ("吐鲁番市人民检察院", "检察官助理", "公安司法", "检察"),
    ("昌吉州农业农村局", "科员", "农业农村", "农村"),
    ("哈密市交通运输局", "科员", "交通运输", "交通运输"),
    # The name ends with what the unit is: a kindergarten of a town, a clinic of a stud farm,
    # an accounts centre of a weather bureau.
    ("吴川市吴阳镇中心幼儿园", "幼儿教师", "教育", "幼儿园"),
    ("正蓝旗五一种畜场卫生院", "内科医师", "医疗卫生", "卫生院"),
    ("九江市气象局财务核算中心", "财务岗", "科研气象", "气象"),
    ("XX县农村经济经营管理站", "会计", "农业农村", "农村经济"),  # not 经济 (发展改革) for the longer word
])
def test_the_system_of_a_post_is_read_from_its_employers_name(employer, title, sector, word):
    found = sector_of(employer, title)
    assert (found.name, found.word, found.source) == (sector, word, "单位名称")


def test_the_title_tells_the_system_only_when_the_employer_does_not_and_a_function_tells_none():
    found = sector_of("业务部门", "检察业务岗")
    assert (found.name, found.word, found.source) == ("公安司法", "检察", "职位名称")
    assert sector_of("综合办公室", "会计岗") is None  # every unit has accountants
    assert sector_of("县委党员教育中心", "干事").name == "党政机关"  # party education is no school


def test_public_sector_posts_without_an_industry_form_fairs_by_system(catalog, segmenter):
    """Civil-service tables state no 行业 and a 职位类别 of 普通职位: before, no industry fair at all."""
    jobs = [job("F1", "科员", employer="乌鲁木齐市财政局", category="普通职位", majors="会计学"),
            job("F2", "一级行政执法员", employer="国家税务总局喀什市税务局", category="普通职位", majors="会计学"),
            job("F3", "会计", employer="昌吉市财政局", category="专业技术岗位", majors="会计学"),
            job("H1", "护士", employer="和田地区人民医院", majors="护理学"),
            job("H2", "护士", employer="喀什地区第一人民医院", majors="护理学"),
            job("H3", "护士", employer="业务部门", category="卫生类", majors="护理学"),
            job("X1", "会计岗", employer="综合办公室", category="普通职位", majors="会计学")]
    people = [graduate("A", "会计学", catalog=catalog), graduate("N", "护理学", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.INDUSTRY)
    assert sorted((f.title, sorted(p.job_id for p in f.positions)) for f in result.fairs) == [
        ("医疗卫生专场", ["H1", "H2", "H3"]), ("财政税务专场", ["F1", "F2", "F3"])]
    reasons = {p.job_id: p.reason for f in result.fairs for p in f.positions}
    assert reasons["F1"] == "单位名称「乌鲁木齐市财政局」含「财政」，属财政税务系统（未注明行业）"
    assert reasons["H3"] == "职位类别：卫生类（未注明行业）"  # the category's field is the same system
    assert result.unthemed_positions == ("X1",)
    assert {u.job_id: u.reason for u in result.unplaced} == {
        "X1": "未注明行业，职位类别只说明岗位性质或等级（如普通职位、专业技术岗位），单位名称、上级单位和职位名称也看不出所属系统"}


def test_post_kinds_that_name_no_field_of_work_are_no_industry(catalog, segmenter):
    """The gkld table's 技术岗, 编外聘用, 行政事务岗 gave fairs of those names."""
    jobs = [job(f"K{i}", "科员", employer=f"某单位{i}", category=kind, majors="会计学")
            for i, kind in enumerate(["技术岗", "编外聘用", "行政事务岗", "高校毕业生岗位"])]
    links = position_themes(Ranker(catalog=catalog, segmenter=segmenter).fit(jobs), by=FairBy.INDUSTRY)
    assert links == {f"K{i}": () for i in range(4)}


def test_a_list_of_preferred_majors_only_places_the_post_in_their_class(catalog, segmenter):
    """「市场营销专业优先」 reads as open to all; before, such a post went to the model, and
    without one to no fair."""
    jobs = [job("S1", "销售代表", employer="甲公司", majors="市场营销专业优先"),
            job("S2", "出纳", employer="乙公司", majors="不限，会计学专业优先")]
    people = [graduate("M", "市场营销", catalog=catalog), graduate("A", "会计学", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR)
    (fair,) = result.fairs
    assert fair.key == "1202" and {p.job_id: p.reason for p in fair.positions} == {
        "S1": "优先考虑工商管理类（市场营销）", "S2": "优先考虑工商管理类（会计学）"}
    assert result.unplaced == ()


def test_a_research_students_list_joins_the_class_its_graduates_are_placed_in(catalog, segmenter):
    """研究生：临床医学（1051） names a discipline, no undergraduate class: the post now meets
    the clinical master's graduates in 1002 临床医学类, where their major places them."""
    jobs = [job("D1", "住院医师", employer="喀什地区第一人民医院", education="硕士研究生及以上",
                majors="研究生：临床医学（1051）"),
            job("D2", "急诊医师", employer="和田地区人民医院", education="硕士研究生及以上",
                majors="研究生：临床医学（1051）")]
    people = [graduate("M1", "临床医学", catalog=catalog, education=EducationLevel.MASTER),
              graduate("M2", "临床医学", catalog=catalog, education=EducationLevel.MASTER)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR, model=_NoGuess())
    (fair,) = result.fairs
    assert fair.key == "1002" and {g.graduate_id for g in fair.graduates} == {"M1", "M2"}
    assert fair.positions[0].reason == "专业要求含临床医学（研究生专业，按毕业生专业的归类归入临床医学类）"


def test_every_post_no_fair_holds_is_listed_with_its_reason(catalog, segmenter):
    """Too few graduates, or no graduate who may apply: each post says which, once."""
    jobs = [job("A1", "会计", employer="甲会计师事务所", education="本科及以上", majors="会计学"),
            job("A2", "审计", employer="乙会计师事务所", education="本科及以上", majors="审计学"),
            job("A3", "高级会计", employer="丙会计师事务所", education="硕士研究生及以上", majors="会计学"),
            job("L1", "法务", employer="丁公司", education="本科及以上", majors="法学")]
    people = [graduate("G1", "会计学", catalog=catalog), graduate("G2", "审计学", catalog=catalog),
              graduate("P", "法学", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR,
                   limits=FairLimits(min_positions=1, min_graduates=2))
    (fair,) = result.fairs
    assert sorted(p.job_id for p in fair.positions) == ["A1", "A2"]
    assert [(u.job_id, u.employer, u.reason) for u in result.unplaced] == [
        ("A3", "丙会计师事务所", "1202 工商管理类：没有毕业生的推荐中有此岗位（本批毕业生中无人符合条件或排名靠前）"),
        ("L1", "丁公司", "0301 法学类：规模不足（可参加的毕业生 1 人，少于 2 人），不单独举办")]
    answer = plan_dict(result, {g.id: g for g in people})
    assert [(u["job_id"], u["title"]) for u in answer["unplaced_positions"]] == [("A3", "高级会计"), ("L1", "法务")]


def test_a_post_an_employer_has_too_many_of_is_listed_with_its_reason(catalog, segmenter):
    jobs = [job("B1", "出纳", employer="戊集团", education="本科及以上", majors="会计学"),
            job("B2", "会计", employer="戊集团", education="本科及以上", majors="会计学"),
            job("B3", "审计", employer="戊集团", education="本科及以上", majors="审计学")]
    people = [graduate("G1", "会计学", catalog=catalog), graduate("G2", "会计学", catalog=catalog),
              graduate("G3", "审计学", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR, limits=FairLimits(
        min_positions=1, min_graduates=1, max_positions=2))
    assert [p.job_id for p in result.fairs[0].positions] == ["B1", "B2"]  # two graduates each, against one
    assert [(u.job_id, u.reason) for u in result.unplaced] == [
        ("B3", "1202 工商管理类：戊集团 的岗位多于每场上限 2 个，本岗位可报考人数（1 人）较少，未列入")]


# Review of the fairs work: real-table employers the table first misread, one graduate as a
# class's "group", 门类 and 大类 names placed by their letters, and reasons repeated per theme.

@pytest.mark.parametrize(("employer", "title", "sector"), [
    ("某县教育体育局", "科员", "教育"),  # not 文化旅游 for the later 「体育」
    ("某县卫生健康体育委员会", "科员", "医疗卫生"),
    ("中共某县委党史和地方史志研究室（参公）", "科员", "党政机关"),  # not a research institute
    ("某市经济责任审计事务中心（参公）", "科员", "审计统计"),  # not 发展改革 for 「经济」
    ("中共某县委党校（某县行政学校）（参公）", "科员", "党政机关"),  # the bracket's 学校 does not make it a school
    ("某市社会保险中心（某县企业养老保险分中心）（参公）", "科员", "人社医保"),
    ("某市市场监督管理局经济技术开发区分局", "科员", "市场监管"),  # a branch in a 开发区 is no 开发区 office
    ("某区劳动人事争议仲裁院", "仲裁员", "人社医保"),  # labour arbitration, not a court
    ("某区劳动保障监察队", "科员", "人社医保"),  # 监察 here is no 纪委 work
    ("某地区安全生产执法监察支队", "科员", "应急消防"),
    ("某区动物卫生监督所", "科员", "农业农村"),
    ("某市环境卫生服务中心", "科员", "生态环境"),
    ("某市中心敬老院（公益二类）", "护理员", "民政"),  # the home's system, not nursing's
    ("空中交通管理中心", "管制员", "交通运输"),  # air traffic, not the police's 交通管理
])
def test_employers_the_real_tables_name_so_are_of_their_own_system(employer, title, sector):
    assert sector_of(employer, title).name == sector


def test_an_inspectors_title_in_an_enforcement_team_names_no_system():
    """综合行政执法队 | 执法监察岗 read as 党政机关 (纪委) for its 「监察」: 25 gkld posts."""
    assert sector_of("综合行政执法队", "执法监察岗") is None
    assert sector_of("中共某县纪律检查委员会某县监察委员会", "科员").name == "党政机关"
    assert sector_of("区纪委区监委驻区市场监督管理局纪检监察组", "科员").name == "党政机关"


class _Logistics:
    """A model whose first guess for a 物流专员 is 交通运输类 and second 计算机类, and whose
    first guess for a 前端开发 is 计算机类; every fit below ``min_fit`` (0.30)."""
    labels_ = ["0809", "0818", "1202"]

    def predict_proba(self, items):
        return np.array([[0.18, 0.26, 0.01] if "物流" in j.title else [0.20, 0.05, 0.01] for j in items])


def test_one_graduate_places_a_post_only_in_the_models_clear_first_guess(catalog, segmenter):
    """One graduate is no group (a 安全环保专员 sat in the 计算机类 fair on one of its 16 graduates,
    the model's first guess at twice its second); it places a post only in the class the model
    guesses at least 2.5 times its second (前端开发 计算机类 0.20 against 0.05), not in a second guess
    (物流专员: 计算机类 behind 交通运输类). Two of the class are a group
    (``tests/test_fair_audience_vote.py``)."""
    # Two posts whose list names the class: posts placed by their graduates are at most as many
    # (``matching.fair_evidence``, tests/test_fair_evidence.py).
    listed = [job(f"DEV{i}", "软件开发工程师", employer=f"丙{i}科技公司", majors="计算机科学与技术") for i in (1, 2)]
    jobs = [job("LOG", "物流专员", employer="甲物流公司"), job("WEB", "前端开发", employer="乙软件公司"), *listed]
    people = [graduate("C", "计算机科学与技术", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR, model=_Logistics())
    assert [(f.key, sorted(p.job_id for p in f.positions)) for f in result.fairs] == [("0809", ["DEV1", "DEV2", "WEB"])]
    assert {u.job_id: u.reason for u in result.unplaced}["LOG"] == (
        "未列专业要求，模型估计的匹配程度都不足以归入专业类；推荐此岗位的 1 位毕业生中，同属模型估计可能相关的一个专业类的最多 1 位"
        "（计算机类），须至少 2 位且占推荐人数的 10%（模型估计的匹配程度达次高专业类 2.5 倍的专业类有 1 位即可），不足以归入")
    # Two graduates of the class are a group, the model's second guess or not.
    people.append(graduate("C2", "软件工程", catalog=catalog))
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR, model=_Logistics())
    assert [(f.key, sorted(p.job_id for p in f.positions)) for f in result.fairs] == [("0809", ["DEV1", "DEV2", "LOG", "WEB"])]


def test_a_list_naming_a_whole_category_or_a_junior_college_group_is_not_placed_by_its_letters(catalog, segmenter):
    """研究生：管理学 was placed in 0703 化学类 and 专科：农林牧渔大类 in 1203 by the name finder."""
    from features.major_similarity import NearestMajor

    jobs = [job("M", "科员", employer="甲局", majors="研究生：管理学"),
            job("F", "科员", employer="乙局", majors="专科：农林牧渔大类"),
            job("D", "住院医师", employer="丙医院", majors="研究生：临床医学（1051）")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_fit=_NoGuess()).fit(jobs)
    ranker.place_major = lambda name: NearestMajor("070301", "化学", "0703", 1.0, "stub")  # places anything
    links = position_themes(ranker, by=FairBy.MAJOR)
    assert links["M"] == () and links["F"] == ()  # left to the model, which guesses nothing here
    assert [link.key for link in links["D"]] == ["0703"]  # a discipline is still placed


def test_themes_that_lost_a_post_for_one_reason_are_named_together(catalog, segmenter):
    jobs = [job("T", "思政教师", employer="甲学院", education="博士研究生", majors="哲学、政治学"),
            job("P", "科员", employer="乙局", education="本科及以上", majors="哲学"),
            job("Q", "科员", employer="丙局", education="本科及以上", majors="政治学与行政学")]
    people = [graduate("H", "哲学", catalog=catalog), graduate("Z", "政治学与行政学", catalog=catalog)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR)
    assert {u.job_id: u.reason for u in result.unplaced} == {
        "T": "0101 哲学类、0302 政治学类：没有毕业生的推荐中有此岗位（本批毕业生中无人符合条件或排名靠前）"}
