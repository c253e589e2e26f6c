"""A theme cut in place order is mended so that one graduate's posts lie in fewer parts
(``matching.fair_cuts``): an employer moves only to a part already holding its city, and only
when fewer posts are left with no applicant invited there first, no part held fewer, none weaker."""

from matching.fair_cuts import area, coverage, regroup
from matching.fair_limits import FairLimits
from matching.fair_mending import some_employers

LIMITS = FairLimits(max_employers=3, max_positions=2, min_positions=1, min_graduates=1)


def test_area_is_the_city_a_fair_can_be_held_in():
    assert area("南阳市内乡县（据单位名称）") == "南阳市"
    assert area("广东省湛江市吴川市") == "湛江市"
    assert area("昌吉回族自治州奇台县") == "昌吉回族自治州"
    assert area("阿克苏地区阿克苏市") == "阿克苏地区"
    assert area("河南省（据单位名称）") == "河南省"
    assert area(None) == ""


def _world():
    """Two parts of 南阳 and 安阳 cut in place order. 甲 may apply at A1 (南阳) and A3 (南阳, in the
    second part) and ranks A1 best; 乙 only at A2, 丙 only at B1 and B2 (安阳)."""
    parts = [[("A1单位", ["a1"]), ("A2单位", ["a2"])], [("A3单位", ["a3"]), ("B单位", ["b1", "b2"])]]
    areas = {"A1单位": "南阳市", "A2单位": "南阳市", "A3单位": "南阳市", "B单位": "安阳市"}
    applicants = {"a1": {"甲"}, "a2": {"乙"}, "a3": {"甲"}, "b1": {"丙"}, "b2": {"丙"}}
    ranks = {"甲": {"a1": 1, "a3": 2}, "乙": {"a2": 1}, "丙": {"b1": 1, "b2": 2}}
    return parts, areas, applicants, ranks


def test_an_employer_joins_the_part_of_its_city_where_its_applicant_is_invited_first():
    parts, areas, applicants, ranks = _world()
    # In place order 甲 is invited to the first part (their best post, a1): a3 in the second part
    # meets no one unless 甲 is invited twice, which the cap of fairs a graduate may refuse.
    assert coverage(parts, applicants, ranks, limits=LIMITS).unmet == 1
    but = FairLimits(max_employers=3, max_positions=4, min_positions=1, min_graduates=1)
    moved, which = regroup(parts, areas, applicants, ranks, limits=but)
    # The first move that serves: A1 joins A3 (part order, then employer order), so 甲 meets both posts in one part.
    assert which == ["A1单位"]
    assert moved == [[("A2单位", ["a2"])], [("A1单位", ["a1"]), ("A3单位", ["a3"]), ("B单位", ["b1", "b2"])]]
    assert coverage(moved, applicants, ranks, limits=but).unmet == 0
    assert sum(len(ids) for part in moved for _, ids in part) == 5  # no post lost


def test_no_move_over_the_caps_of_a_fair():
    parts, areas, applicants, ranks = _world()
    moved, which = regroup(parts, areas, applicants, ranks, limits=LIMITS)  # the first part is full (2 posts)
    assert (moved, which) == (parts, [])


def test_no_move_to_a_part_without_the_employers_city():
    parts, areas, applicants, ranks = _world()
    areas = {**areas, "A3单位": "安阳市"}
    but = FairLimits(max_employers=3, max_positions=4, min_positions=1, min_graduates=1)
    assert regroup(parts, areas, applicants, ranks, limits=but) == (parts, [])


def test_no_move_that_leaves_a_part_below_the_minimum_of_its_own_guests():
    parts, areas, applicants, ranks = _world()
    # 丙 ranks a3 best: moving A3 would take 丙's invitation from the second part, leaving it
    # only a graduate invited a second time (or over the cap) where it had its own.
    applicants = {**applicants, "a3": {"甲", "丙"}}
    ranks = {**ranks, "丙": {"a3": 1, "b1": 2, "b2": 3}}
    but = FairLimits(max_employers=3, max_positions=4, min_positions=1, min_graduates=1)
    assert regroup(parts, areas, applicants, ranks, limits=but) == (parts, [])


def test_a_part_falling_short_of_the_minimums_is_not_a_better_cut():
    parts, areas, applicants, ranks = _world()
    # Moving A3 would empty nothing but leave the second part with 丙 alone: at two graduates a
    # fair it would no longer be held, and a cut holding fewer fairs is never better.
    but = FairLimits(max_employers=3, max_positions=4, min_positions=1, min_graduates=2)
    applicants = {**applicants, "b1": {"丙", "丁"}, "a3": {"甲", "丁"}}
    ranks = {**ranks, "丁": {"b1": 1, "a3": 2}}
    assert coverage(parts, applicants, ranks, limits=but).fairs == 2
    assert regroup(parts, areas, applicants, ranks, limits=but)[0] == parts


def test_moved_employers_are_named_as_mending_names_them():
    assert some_employers(["甲", "乙", "丙", "丁"]) == "甲、乙、丙等 4 家单位"
