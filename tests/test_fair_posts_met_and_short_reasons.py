"""Three things an organiser of small fairs met on Henan by industry and the sample by major:
a post sitting in a part of its theme where no guest may apply while its applicant is invited to
another part (117 of Henan's 120 posts with no guest); reasons for graduates in no fair of 150–270
characters each, read by the dozen; and a /fairs page listing only the first 100 left-out posts."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

from matching.fair_absentees import absent_graduates
from matching.fair_limits import FairLimits
from matching.fair_records import DroppedTheme, Fair, FairBy, UnplacedKind, UnplacedPosition
from matching.fair_themes import ThemeLink
from matching.fairs import plan_fairs
from matching.ranker import Ranker
from matching.results import Suggestion
from matching.verdict import Status
from service import fair_report
from service.output import write_fairs
from tests.factories import graduate, job
from tests.test_api_fairs import SMALL, api  # noqa: F401  (fixture)
from tests.test_api_pages import login

# Two parts of one 审计学/会计 theme cut by place: 乌鲁木齐 (A0, A1) and 喀什 (A2, T). G (审计学) may
# apply for A1 and T; M (会计学) for A2; X (财务管理) for A0.
POSTS = (("A0", "会计", "事务所0", "财务管理", "乌鲁木齐市"), ("A1", "审计", "事务所1", "审计学", "乌鲁木齐市"),
         ("A2", "会计", "事务所2", "会计学", "喀什市"), ("T", "审计", "事务所3", "审计学", "喀什市"))


def _capped_plan(catalog, segmenter, **limits):
    jobs = [job(i, title, employer=employer, education="本科及以上", majors=majors, location=place, description=title)
            for i, title, employer, majors, place in POSTS]
    people = [graduate("G", "审计学", catalog=catalog), graduate("M", "会计学", catalog=catalog),
              graduate("X", "财务管理", catalog=catalog)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    results = ranker.rank(people, k=5, rejected_k=0)
    ranks = {s.job_id: s.rank for s in results[0].suggestions}
    plan = plan_fairs(ranker, people, results, by="major",
                      limits=FairLimits(max_employers=3, min_graduates=1, max_fairs_per_graduate=1, **limits))
    return plan, ranks


def test_a_post_whose_applicant_is_at_another_part_moves_there_without_a_new_invitation(catalog, segmenter):
    plan, ranks = _capped_plan(catalog, segmenter, min_positions=1)
    worse = max(("A1", "T"), key=ranks.get)  # the one G's single fair does not hold at first
    assert len(plan.fairs) == 2 and sum(len(f.graduates) for f in plan.fairs) == 3  # G still at one fair
    assert [p.job_id for f in plan.fairs for p in f.positions if p.graduates == 0] == []
    (home,) = [f for f in plan.fairs if any(g.graduate_id == "G" for g in f.graduates)]
    moved = next(p for p in home.positions if p.job_id == worse)
    assert moved.graduates == 1 and "该场没有受邀者可报考，移到本场（本场已邀请其可报考者）" in moved.reason
    (g,) = [g for g in home.graduates if g.graduate_id == "G"]
    assert set(g.job_ids) == {"A1", "T"}
    assert any(n.startswith("1 个岗位在按地点所排的招聘会中没有受邀者可报考，其单位移到同主题已邀请其可报考者的一场")
               for n in plan.notes)


def test_a_post_stays_when_moving_it_would_leave_its_part_below_the_minimum(catalog, segmenter):
    plan, _ = _capped_plan(catalog, segmenter, min_positions=2)
    (bare,) = [p for f in plan.fairs for p in f.positions if p.graduates == 0]
    assert "可报考此岗位的 1 位毕业生已受邀满 1 场" in bare.reason and "移到本场" not in bare.reason
    assert all(len(f.positions) == 2 for f in plan.fairs)


THEME = "理学（0701 数学类、0702 物理学类）"
MATH = ThemeLink("0701", "数学类", "")


def _absent(fairs, dropped, ranks=range(1, 21), kinds=(UnplacedKind.PART_TOO_SMALL,)):
    people = {"G1": graduate("G1", "数学与应用数学")}
    offers = {"G1": [Suggestion(f"J{r}", r, 1.0, Status.ELIGIBLE, ()) for r in ranks]}
    unplaced = [UnplacedPosition(f"J{r}", "教师", "某中学", None, 1, f"{THEME}（第 {r} 部分）：可参加的毕业生 3 人，少于 5 人；"
                                 "推荐此岗位的 16 位毕业生中，同属模型估计可能相关的一个专业类的最多 1 位", kinds=kinds)
                for r in ranks if r % 2]
    (absent,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people=people, offers=offers, classes={"G1": MATH},
                                 fairs=fairs, dropped=dropped, unplaced=unplaced, uninvited=())
    return absent


def _fair(title: str) -> Fair:
    return Fair(by=FairBy.MAJOR, key="07", theme=THEME, title=title, part=1, parts=1, employers=(), places=(),
                positions=(), graduates=())


def test_a_graduate_in_no_fair_reads_one_short_line_and_keeps_the_full_account_apart():
    long_title = "理学（数学类、物理学类、化学类、天文学类、地理科学类、大气科学类、海洋科学类）专场"
    for fairs, dropped, start in (
            ([_fair("理学（数学类、物理学类）专场")], (), "所属专业类的招聘会「理学（数学类、物理学类）专场」中没有推荐给其的岗位；"),
            ([_fair(long_title)], (), "所属专业类的 1 场招聘会中没有推荐给其的岗位；"),
            ([], [DroppedTheme(f"{THEME}（第 {n} 部分）", 9, 3, "可参加的毕业生 3 人，少于 5 人") for n in (1, 2)],
             "所属专业类「数学类」规模不足，不单独举办；")):
        absent = _absent(fairs, dropped)
        assert absent.reason.startswith(start) and len(absent.reason) <= 60, absent.reason
        assert "推荐的 20 个岗位：" in absent.reason and "10 个未列入招聘会" in absent.reason
        # The full account: every kind counted and (unless the class's theme not held says it) the best
        # left-out post's own reason.
        assert "按单位和地点分场后规模不足：10 个" in absent.detail and len(absent.detail) > 100
        assert ("其中排第 1 位的教师（某中学）" in absent.detail) == (not dropped)


def test_one_kind_of_left_out_post_is_named_in_the_short_line_when_it_fits():
    # No fair of the class held or dropped: the line says so (tests/test_fair_full_part_swaps.py).
    assert _absent([], (), ranks=(1, 3)).reason == (
        "所属专业类「数学类」没有招聘会；推荐的 2 个岗位都不属该类：2 个未列入招聘会（按单位和地点分场后规模不足）")
    # With the class's fair named the kind does not fit in 60 characters: the count stays, the kind goes to the detail.
    assert _absent([_fair("理学（数学类、物理学类）专场")], (), ranks=(1, 3)).reason == (
        "所属专业类的招聘会「理学（数学类、物理学类）专场」中没有推荐给其的岗位；推荐的 2 个岗位：2 个未列入招聘会")


def test_the_organisers_files_put_the_full_account_in_its_own_last_column(tmp_path, catalog, segmenter):
    absent = _absent([_fair("理学（数学类、物理学类）专场")], ())
    plan, _ = _capped_plan(catalog, segmenter, min_positions=1)
    plan = replace(plan, absent=(absent,))
    write_fairs(tmp_path / "f.csv", plan, {})
    rows = list(csv.reader(io.StringIO((tmp_path / "f.csv").read_text(encoding="utf-8-sig"))))
    # 详细原因 after 联系方式, where it was added; the fair's 地点 and 移入单位所在地 came after it (tests/test_fair_export_places.py)
    assert rows[0] == list(fair_report.HEADERS_ZH) and rows[0][15] == "详细原因" and rows[0][14] == "联系方式"
    (row,) = [r for r in rows if r[3] == "未列入毕业生"]
    assert row[13] == absent.reason and row[15] == absent.detail
    assert all(r[15] == "" for r in rows[1:] if r[3] != "未列入毕业生")
    assert fair_report.plan_dict(plan, {})["absent_graduates"][0]["detail"] == absent.detail


def test_the_fairs_page_pages_through_every_post_left_out(api, monkeypatch):
    from service.api import fair_pages
    monkeypatch.setattr(fair_pages, "_UNPLACED_SHOWN", 2)
    login(api, "organiser")
    params = {**SMALL, "min_graduates": 40, "max_graduates": 40}  # no fair can be held: every post is left out
    total = api.get("/api/fairs", "organiser", params=params).json()["unplaced_total"]
    assert total >= 5
    seen = []
    for page in range(1, -(-total // 2) + 1):
        text = api.client.get("/fairs", params={**params, "unplaced_page": page}).text
        section = text[text.index('id="unplaced"'):]
        seen += re.findall(r'<a href="/job/([^"]+)">', section)
        assert f"第 {page} / {-(-total // 2)} 页" in section
        assert ("下一页" in section) == (page < -(-total // 2)) and ("上一页" in section) == (page > 1)
        if page > 1:
            assert "unplaced_page=" + str(page - 1) in section and "<details open>" in section
    assert len(seen) == len(set(seen)) == total  # every post once, over the pages
    first = api.client.get("/fairs", params=params).text
    assert "按岗位编号显示第 1–2 个，共" in first
    assert "min_graduates=40" in re.search(r'href="(/fairs\?[^"]*unplaced_page=2[^"]*)"', first)[1]  # the form kept


def test_a_page_past_the_last_of_the_left_out_posts_goes_back_to_the_last_one(api, monkeypatch):
    # Review: 「?unplaced_page=99」 (an old link, or fewer posts left out since) showed an empty list,
    # 「第 99 / 3 页」 and neither 上一页 nor 下一页: no way back but editing the address.
    from service.api import fair_pages
    monkeypatch.setattr(fair_pages, "_UNPLACED_SHOWN", 2)
    login(api, "organiser")
    params = {**SMALL, "min_graduates": 40, "max_graduates": 40}
    last = -(-api.get("/api/fairs", "organiser", params=params).json()["unplaced_total"] // 2)
    answer = api.client.get("/fairs", params={**params, "unplaced_page": last + 5}, follow_redirects=False)
    assert answer.status_code == 303
    assert f"unplaced_page={last}" in answer.headers["location"] and "min_graduates=40" in answer.headers["location"]
    section = api.client.get("/fairs", params={**params, "unplaced_page": last + 5}).text
    section = section[section.index('id="unplaced"'):]
    assert f"第 {last} / {last} 页" in section and "上一页" in section and re.search(r'<a href="/job/', section)


def test_a_guest_is_no_longer_pointed_to_the_part_their_other_post_left():
    # Review: on Henan by industry 8 guests kept 「…（之三）也有其可报考的岗位」 after the one post of theirs
    # there had moved to their own part.
    from matching.fair_cover import cover_bare
    from matching.fair_records import FairGraduate, FairPosition
    from matching.fair_themes import Theme

    applies = {"G": ("P1", "Q1"), "H": ("Q2", "Q3")}
    also = "；审计专场（之二）也有其可报考的岗位，按其推荐名次只邀请参加本场"

    def audience(theme, ids):
        return [FairGraduate(g, tuple(j for j in jobs if j in ids), Status.ELIGIBLE, f"可报考 {sum(j in ids for j in jobs)} 个岗位")
                for g, jobs in applies.items() if any(j in ids for j in jobs)]

    def post(job_id, employer, guests):
        return FairPosition(job_id, "审计", employer, "喀什市", 1, "专业要求含审计学", guests)

    def part(n, posts, guests):
        return Fair(by=FairBy.MAJOR, key=f"12-{n}", theme="审计", title=f"审计专场（之{'一二'[n - 1]}）", part=n, parts=2,
                    employers=tuple(p.employer for p in posts), places=("喀什市",), positions=tuple(posts),
                    graduates=tuple(guests))

    fairs = (part(1, [post("P1", "E1", 1), post("P2", "E2", 0)], [FairGraduate("G", ("P1",), Status.ELIGIBLE, "可报考 1 个岗位" + also)]),
             part(2, [post("Q1", "F1", 0), post("Q2", "F2", 1), post("Q3", "F3", 1)],
                  [FairGraduate("H", ("Q2", "Q3"), Status.ELIGIBLE, "可报考 2 个岗位")]))
    theme = Theme("12", "审计", "审计", positions={j: "" for j in ("P1", "P2", "Q1", "Q2", "Q3")})
    moved, notes = cover_bare(fairs, {"审计": theme}, limits=FairLimits(min_positions=1, min_graduates=1), audience=audience)
    (g,) = moved[0].graduates
    assert [p.job_id for p in moved[0].positions] == ["P1", "P2", "Q1"] and set(g.job_ids) == {"P1", "Q1"}
    assert g.reason == "可报考 2 个岗位", g.reason  # no 「之二 也有」: Q1 is here now
    assert notes and "F1（审计专场（之二） → 审计专场（之一））" in notes[0]


def test_the_short_line_says_most_only_for_a_kind_ahead_of_the_others():
    # Review: 「（最多：未归入任何主题）」 was read on the sample where two kinds had 2 posts each.
    def reason(kinds):
        people = {"G1": graduate("G1", "数学与应用数学")}
        offers = {"G1": [Suggestion(f"J{r}", r, 1.0, Status.ELIGIBLE, ()) for r in range(1, len(kinds) + 1)]}
        unplaced = [UnplacedPosition(f"J{r}", "教师", "某中学", None, 1, "未归入", kinds=(kind,))
                    for r, kind in enumerate(kinds, 1)]
        # by industry: no class line before the counts
        (absent,) = absent_graduates(by=FairBy.INDUSTRY, max_rank=5, people=people, offers=offers, classes={"G1": MATH},
                                     fairs=(), dropped=(), unplaced=unplaced, uninvited=())
        return absent.reason

    tie = (UnplacedKind.NO_THEME, UnplacedKind.OTHER_THEME, UnplacedKind.NO_THEME, UnplacedKind.OTHER_THEME)
    assert reason(tie) == "推荐的 4 个岗位：4 个未列入招聘会"
    assert reason(tie + (UnplacedKind.OTHER_THEME,)) == "推荐的 5 个岗位：5 个未列入招聘会（最多：推荐此岗位的毕业生不属于本场主题）"
