"""A split theme whose cut holds one city's employers in two fairs says so, naming the employers, the city,
the fair they joined and why (``matching.fair_split_cities``): the cut avoids a short part itself
(``fair_spread.Minimums``), so the mending note 「…从按地点排序的前一场调入 1 家单位（会计师事务所U3）」 no
longer came, and the plan said only 「按地点分为 2 场」 of a 乌鲁木齐 employer held with the 喀什 ones
(review: Henan by major mending notes 5 -> 0, none saying why a city was split)."""

from __future__ import annotations

from features.education import EducationLevel
from matching.fair_split_cities import shown_part
from matching.fairs import FairLimits
from tests.factories import graduate, job
from tests.test_fairs import plan


def _accounting(job_id, place, *, education="本科及以上"):
    return job(job_id, "会计", employer=f"会计师事务所{job_id}", education=education, majors="会计学", location=place)


def _split_notes(result):
    return [n for n in result.notes if "编入" in n]


def test_an_employer_put_with_another_city_to_meet_the_minimum_is_noted(catalog, segmenter):
    """乌鲁木齐 has three employers, 喀什 one wanting a master's degree, which one graduate has: alone the
    喀什 part has one graduate, below the minimum of two, so one 乌鲁木齐 employer joins it."""
    jobs = [_accounting("U1", "乌鲁木齐市"), _accounting("U2", "乌鲁木齐市"), _accounting("U3", "乌鲁木齐市"),
            _accounting("K1", "喀什市", education="硕士研究生及以上")]
    people = [graduate(f"B{i}", "会计学", catalog=catalog) for i in range(3)]
    people += [graduate("M", "会计学", catalog=catalog, education=EducationLevel.MASTER)]
    limits = FairLimits(max_employers=3, min_positions=1, min_graduates=2)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=4)
    assert [[p.job_id for p in f.positions] for f in result.fairs] == [["U1", "U2"], ["U3", "K1"]]
    assert _split_notes(result) == [
        "1202 工商管理类：为使每场可参加的毕业生不少于 2 人，乌鲁木齐市的会计师事务所U3编入「工商管理类专场（之二）」"
        "与喀什地区的单位同场（乌鲁木齐市的其他单位在「工商管理类专场（之一）」，共分在 2 场）"]


def test_a_city_over_the_cap_is_noted_with_the_cap(catalog, segmenter):
    """Four 乌鲁木齐 employers, at most three a fair: the city cannot be held in one fair."""
    jobs = [_accounting(f"U{i}", "乌鲁木齐市") for i in range(1, 5)] + [_accounting("K1", "喀什市")]
    people = [graduate(f"B{i}", "会计学", catalog=catalog) for i in range(3)]
    limits = FairLimits(max_employers=3, min_positions=1, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=5)
    (note,) = _split_notes(result)
    assert note.startswith("1202 工商管理类：「工商管理类专场（之一）」已有 3 家单位、3 个岗位，再编入将超过每场上限（3 家单位），")
    assert "乌鲁木齐市的会计师事务所U4编入「工商管理类专场（之二）」与喀什地区的单位同场" in note


def test_no_note_when_each_city_is_held_in_one_fair(catalog, segmenter):
    jobs = [_accounting("U1", "乌鲁木齐市"), _accounting("U2", "乌鲁木齐市"),
            _accounting("K1", "喀什市"), _accounting("K2", "喀什市")]
    people = [graduate(f"B{i}", "会计学", catalog=catalog) for i in range(3)]
    limits = FairLimits(max_employers=2, min_positions=1, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=4)
    assert [[p.job_id for p in f.positions] for f in result.fairs] == [["U1", "U2"], ["K1", "K2"]]
    assert any("按地点分为 2 场" in n for n in result.notes)
    assert _split_notes(result) == []


def test_a_part_not_held_is_named_by_its_label():
    # Before, a part ``fair_fill.unfilled`` let go read 「未举办」 where a fair's name stands.
    assert shown_part("0809 计算机类", 3, "未举办", 2, "计算机类") == "「0809 计算机类（第 3 部分）」（未举办）"
    assert shown_part("0809 计算机类", 2, "0809 计算机类（第 2 部分）", 1, "计算机类") == "「0809 计算机类（第 2 部分）」（未举办）"
    assert shown_part("0809 计算机类", 2, 1, 2, "计算机类") == "「计算机类专场（之一）」"
