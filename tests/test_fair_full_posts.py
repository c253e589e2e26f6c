"""A post whose fair is full (``FairLimits.max_graduates``) before any graduate who may apply for it
is invited stays in the fair with no guest; its reason and the plan's notes say so, as they do for a
post left bare by the plan-wide cap (gkld by industry: 44 posts with no guest, the cap's note naming
38 and nothing naming the other 6)."""

from __future__ import annotations

from matching.fair_limits import FairLimits
from tests.factories import graduate, job
from tests.test_fairs import plan


def _full_fair(catalog, segmenter):
    jobs = [job(f"F{i}", "会计", employer=f"会计师事务所{i}", education="本科及以上", majors="会计学",
                location="乌鲁木齐市") for i in range(3)]
    jobs.append(job("T1", "财务管理", employer="财务公司", education="本科及以上", majors="财务管理",
                    location="乌鲁木齐市"))
    graduates = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(4)]
    graduates.append(graduate("H1", "财务管理", catalog=catalog))
    # Four posts cannot make two sessions of three (``matching.fair_sessions``): one fair.
    limits = FairLimits(min_positions=3, min_graduates=2, max_graduates=4, max_employers=10)
    return plan(catalog, segmenter, jobs, graduates, limits=limits, k=9)


def test_a_post_of_a_full_fair_with_no_guest_is_said_so(catalog, segmenter):
    result = _full_fair(catalog, segmenter)
    (fair,) = result.fairs
    assert len(fair.graduates) == 4  # the 会计学 graduates, who may apply for more posts, fill it
    (bare,) = [p for p in fair.positions if p.graduates == 0]
    assert bare.job_id == "T1"
    assert bare.reason.endswith("；可报考的毕业生未受邀参加本场：本场已满 4 人（每场毕业生上限，推荐名次靠前者优先）")
    assert ("1 个岗位所在的招聘会已满 4 人，在所在招聘会中没有受邀者可报考，仍列入"
            "（单位为其他岗位参加，组织者可另行邀请）：T1") in result.notes


def test_posts_with_a_guest_are_not_counted(catalog, segmenter):
    result = _full_fair(catalog, segmenter)
    said = [n for n in result.notes if "没有受邀者可报考" in n]
    bare = [p for f in result.fairs for p in f.positions if p.graduates == 0]
    assert len(said) == 1 and said[0].startswith(f"{len(bare)} 个岗位")
