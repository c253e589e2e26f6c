"""The note on employers ``regroup`` moved names the fair each joined; a part the plan then let go
(``fair_fill.unfilled``: its graduates already invited to as many fairs as they may be) has no fair name, and
the note read 「…移到已有同一城市单位的未举办，…」 (gkld by major, 理学: 吴川市中山中心小学). It is named as the
note on a split city names it (``fair_split_cities.shown_part``): by its label, with 「（未举办）」."""

from __future__ import annotations

from matching import fair_planner
from matching.fairs import FairLimits
from tests.factories import graduate, job
from tests.test_fairs import plan


def _accounting(job_id, place):
    return job(job_id, "会计", employer=f"会计师事务所{job_id}", education="本科及以上", majors="会计学", location=place)


def _plan(catalog, segmenter, monkeypatch, *, let_go: bool):
    """Four 乌鲁木齐 employers and one 喀什, three a fair: two parts. ``regroup`` is made to report that
    会计师事务所U4 moved (into the second part), and, with ``let_go``, ``unfilled`` to let that part go."""
    real_regroup, real_unfilled = fair_planner.regroup, fair_planner.unfilled

    def regroup(packed, *args, **kwargs):
        return real_regroup(packed, *args, **kwargs)[0], ["会计师事务所U4"]

    def unfilled(*args, **kwargs):
        dropped, lost, said, names = real_unfilled(*args, **kwargs)
        return dropped, lost, said, {**names, 1: "未举办"} if let_go else names

    monkeypatch.setattr(fair_planner, "regroup", regroup)
    monkeypatch.setattr(fair_planner, "unfilled", unfilled)
    jobs = [_accounting(f"U{i}", "乌鲁木齐市") for i in range(1, 5)] + [_accounting("K1", "喀什市")]
    people = [graduate(f"B{i}", "会计学", catalog=catalog) for i in range(3)]
    limits = FairLimits(max_employers=3, min_positions=1, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=5)
    return [n for n in result.notes if "移到" in n]


def test_an_employer_moved_into_a_part_let_go_names_the_part(catalog, segmenter, monkeypatch):
    assert _plan(catalog, segmenter, monkeypatch, let_go=True) == [
        "1202 工商管理类：会计师事务所U4移到已有同一城市单位的「1202 工商管理类（第 2 部分）」（未举办），"
        "使同一位毕业生可报考的岗位尽量同场"]


def test_an_employer_moved_into_a_held_fair_names_the_fair_as_before(catalog, segmenter, monkeypatch):
    assert _plan(catalog, segmenter, monkeypatch, let_go=False) == [
        "1202 工商管理类：会计师事务所U4移到已有同一城市单位的工商管理类专场（之二），使同一位毕业生可报考的岗位尽量同场"]
