"""Every part of a split theme is held to the minimums of a whole fair (``min_positions`` as
well as ``min_graduates``): a short part takes the nearest employers of a neighbour, or is
reported as too small, never held with fewer posts than a fair may have."""

from __future__ import annotations

from features.education import EducationLevel
from matching.fairs import FairLimits, UnplacedKind
from tests.factories import graduate, job
from tests.test_fairs import plan


def _accounting(job_id, place, *, education="本科及以上"):
    return job(job_id, "会计", employer=f"会计师事务所{job_id}", education=education, majors="会计学", location=place)


def test_a_part_with_fewer_positions_than_a_fair_holds_is_not_held(catalog, segmenter):
    """Five one-post employers, at most three a fair: a balanced split gives 3 and 2, and the
    part of 2 is below the minimum of 3; no neighbour can take it or lend it an employer
    without falling short itself, so it is reported, each post with its reason."""
    jobs = [_accounting(f"F{i}", "乌鲁木齐市") for i in range(5)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(2)]
    limits = FairLimits(max_employers=3, min_positions=3, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=5)
    assert [len(f.positions) for f in result.fairs] == [3]
    assert all(len(f.positions) >= limits.min_positions for f in result.fairs)
    left = {u.job_id: u for u in result.unplaced}
    assert len(left) == 2
    for unplaced in left.values():
        assert unplaced.kinds == (UnplacedKind.PART_TOO_SMALL,)
        assert "岗位 2 个，少于 3 个" in unplaced.reason
    assert "1202 工商管理类（第 2 部分）：岗位 2 个，少于 3 个，不单独举办" in result.notes
    assert [d.positions for d in result.dropped] == [2]


def test_a_short_part_takes_the_nearest_employer_of_its_neighbour(catalog, segmenter):
    """Two 喀什 posts want a master's degree, which one graduate has: alone their part has one
    graduate, below the minimum of two. The 乌鲁木齐 employer next to them in place order joins
    their part (the two parts stay within three employers each, and the first keeps enough
    posts and graduates), so both 喀什 posts are held instead of dropped. The cut counts each
    part's graduates (``fair_spread.Minimums``), so it makes these parts itself: no part is left
    short for mending to top up, and the note on the split city says why U2 is with the 喀什 posts."""
    jobs = [_accounting("U1", "乌鲁木齐市"), _accounting("U2", "乌鲁木齐市"),
            _accounting("K1", "喀什市", education="硕士研究生及以上"), _accounting("K2", "喀什市", education="硕士研究生及以上")]
    people = [graduate(f"B{i}", "会计学", catalog=catalog) for i in range(3)]
    people += [graduate("M", "会计学", catalog=catalog, education=EducationLevel.MASTER)]
    limits = FairLimits(max_employers=3, min_positions=1, min_graduates=2)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=4)
    assert [[p.job_id for p in f.positions] for f in result.fairs] == [["U1"], ["U2", "K1", "K2"]]
    assert all(len(f.graduates) >= limits.min_graduates for f in result.fairs)
    assert result.unplaced == () and result.dropped == ()
    assert not any("按地点分场后有一部分" in note for note in result.notes)
    # The split of 乌鲁木齐 is said instead, with why (``matching.fair_split_cities``).
    assert ("1202 工商管理类：为使每场可参加的毕业生不少于 2 人，乌鲁木齐市的会计师事务所U2编入「工商管理类专场（之二）」"
            "与喀什地区的单位同场（乌鲁木齐市的其他单位在「工商管理类专场（之一）」，共分在 2 场）") in result.notes


def test_no_part_of_any_split_is_smaller_than_a_fair_may_be(catalog, segmenter):
    """Over many splits of one theme (caps and minimums varied), every part held meets both
    minimums, and every post is either in a fair or listed with a reason."""
    places = ["乌鲁木齐市", "昌吉市", "克拉玛依市", "哈密市", "阿克苏市", "喀什市", "和田市"]
    jobs = [_accounting(f"F{i}", places[i % len(places)]) for i in range(9)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(3)]
    for max_employers in (2, 3, 4):
        for min_positions in (1, 2, 3):
            limits = FairLimits(max_employers=max_employers, min_positions=min_positions, min_graduates=1)
            result = plan(catalog, segmenter, jobs, people, limits=limits, k=9)
            assert all(min_positions <= len(f.positions) and len(f.employers) <= max_employers for f in result.fairs)
            placed = {p.job_id for f in result.fairs for p in f.positions}
            assert placed | {u.job_id for u in result.unplaced} == {j.id for j in jobs}


def test_a_short_part_that_fits_beside_its_neighbour_joins_it(catalog, segmenter):
    """Employers of 3, 1, 4 and 1 posts, at most two employers and four posts a fair. Packed one
    fair's worth at a time they made 3 | 1 | 4 | 1 and the one-post second part (below the minimum
    of two) was mended into the first; the cut into fewest parts (``fair_parts.cut_by_place``) puts
    it beside the first at once (3 + 1 | 4 | 1). The last cannot join 4 posts nor take an employer
    from a part of one employer, so it is reported."""
    sizes = {"会计师事务所E1": 3, "会计师事务所E2": 1, "会计师事务所E3": 4, "会计师事务所E4": 1}
    jobs = [job(f"{name[-2:]}-{i}", "会计", employer=name, majors="会计学", location="乌鲁木齐市")
            for name, n in sizes.items() for i in range(n)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(3)]
    limits = FairLimits(max_employers=2, max_positions=4, min_positions=2, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=len(jobs))
    assert [f.employers for f in result.fairs] == [("会计师事务所E1", "会计师事务所E2"), ("会计师事务所E3",)]
    assert "1202 工商管理类（第 3 部分）：岗位 1 个，少于 2 个，不单独举办" in result.notes
    assert {u.job_id for u in result.unplaced} == {"E4-0"}
