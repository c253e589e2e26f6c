"""How many fairs one graduate is asked to over a whole plan (``FairLimits.max_fairs_per_graduate``):
a graduate whose posts lie in many themes (or parts) keeps the fairs holding the posts they rank
best; a further theme is listed 未受邀 with the reason and named in their own record; a fair that
would fall below its minimum because of the cap still invites one of them, said so."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from matching.fair_limits import FairLimits, FairLimitsError
from matching.fairs import UninvitedKind, UnplacedKind, plan_fairs
from matching.ranker import Ranker
from service import fair_report
from service.cli import main
from tests.factories import graduate, job
from tests.test_api_fairs import api  # noqa: F401  (fixture)
from tests.test_cli import write_inputs
from tests.test_cli_fairs import GRADUATES_CSV, JOBS_CSV

INDUSTRIES = ("金融业", "教育", "制造业", "建筑业", "批发和零售业")


def _five_industries(catalog, segmenter, **limits):
    """One 会计 post in each of five industries; G wishes all five (so belongs to all), and one
    other graduate per industry wishes only theirs. Returns the plan and G's rank of each post."""
    jobs = [job(f"P{i}", "会计", employer=f"单位{i}", education="本科及以上", majors="会计学", industry=name,
                description="会计核算")
            for i, name in enumerate(INDUSTRIES)]
    people = [graduate("G", "会计学", catalog=catalog, industries=INDUSTRIES)]
    people += [graduate(f"H{i}", "会计学", catalog=catalog, industries=(name,)) for i, name in enumerate(INDUSTRIES)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    results = ranker.rank(people, k=5, rejected_k=0)
    ranks = {s.job_id: s.rank for s in next(r for r in results if r.graduate_id == "G").suggestions}
    values = {"min_positions": 1, "min_graduates": 1, "max_rank": 1, **limits}
    return plan_fairs(ranker, people, results, by="industry", limits=FairLimits(**values)), ranks


def _fairs_of(result, graduate_id):
    return {f.theme: g for f in result.fairs for g in f.graduates if g.graduate_id == graduate_id}


def test_the_default_cap_is_four_fairs_a_graduate():
    assert FairLimits().max_fairs_per_graduate == 4


def test_a_graduate_of_five_themes_is_asked_to_the_fairs_of_the_posts_they_rank_best(catalog, segmenter):
    uncapped, _ = _five_industries(catalog, segmenter, max_fairs_per_graduate=5)
    assert len(_fairs_of(uncapped, "G")) == 5 and uncapped.uninvited == ()
    result, ranks = _five_industries(catalog, segmenter, max_fairs_per_graduate=2)
    best = sorted(INDUSTRIES, key=lambda name: ranks[f"P{INDUSTRIES.index(name)}"])
    assert set(_fairs_of(result, "G")) == set(best[:2])
    # Every fair is still held, with its own graduate: the cap crowds no one out.
    assert len(result.fairs) == 5 and all(any(g.graduate_id.startswith("H") for g in f.graduates) for f in result.fairs)
    # The three themes not offered are listed with the reason, naming the two fairs kept.
    rows = [u for u in result.uninvited if u.graduate_id == "G"]
    assert sorted(u.theme for u in rows) == sorted(best[2:]) and all(u.kind is UninvitedKind.GRADUATE_CAP for u in rows)
    kept = "".join(f"「{name}专场」" for name in best[:2])  # quoted: a title may hold 、 itself
    assert rows[0].reason.endswith(f"但已受邀参加 2 场招聘会（{kept}），每位毕业生最多受邀 2 场，"
                                   "按其在各主题中推荐名次最靠前的岗位保留")
    # G's own record says so, and the plan's note counts it; the 未受邀 rows reach the files.
    assert all("另有 3 个主题" in g.reason and "每位毕业生最多受邀 2 场，未邀请（见「未受邀毕业生」）" in g.reason
               for g in _fairs_of(result, "G").values())
    assert any(n.startswith("每位毕业生最多受邀 2 场，邀请其推荐名次最靠前的岗位所在的招聘会：1 位毕业生原可受邀超过 2 场，"
                            "邀请共 10 人次 → 7 人次；3 人次因此未受邀") for n in result.notes)
    assert not any(n.startswith("每场最多邀请") for n in result.notes)  # no fair was full
    by_id = {g.id: g for g in [graduate("G", "会计学", catalog=catalog)]}
    assert [r["reason"] for r in fair_report.uninvited_rows(result, by_id) if r["id"] == "G"] == [u.reason for u in rows]


def test_a_fair_the_cap_would_leave_below_its_minimum_is_not_held_and_says_why(catalog, segmenter):
    """Each fair has G and one other graduate: without G three fairs would have one, fewer than two.
    Before, those three re-invited G over the cap (G at 5 fairs of 2); now they are not held."""
    result, ranks = _five_industries(catalog, segmenter, max_fairs_per_graduate=2, min_graduates=2)
    best = sorted(INDUSTRIES, key=lambda name: ranks[f"P{INDUSTRIES.index(name)}"])
    assert sorted(f.theme for f in result.fairs) == sorted(best[:2])
    assert max(Counter(g.graduate_id for f in result.fairs for g in f.graduates).values()) <= 2
    assert not any("仍邀请参加本场" in g.reason for f in result.fairs for g in f.graduates)
    left = {u.job_id: u for u in result.unplaced}
    for name in best[2:]:
        post = left[f"P{INDUSTRIES.index(name)}"]
        assert post.kinds == (UnplacedKind.GRADUATES_FULL,)
        assert post.reason == (f"{name}：本场可参会的毕业生多已在其他招聘会受邀满 2 场（每位毕业生最多受邀 2 场），"
                               "凑不足每场至少 2 人，本岗位所在的一场未举办")
    assert sum(n.startswith(f"{name}：1 场（1 个岗位）可参会的毕业生多已在其他招聘会受邀满 2 场，凑不足每场至少 2 人，未举办")
               for n in result.notes for name in best[2:]) == 3


def test_a_post_whose_only_applicant_is_capped_stays_and_says_why(catalog, segmenter):
    """Two parts of a split theme each hold a 审计学 post only G may apply for: uncapped, G goes to
    both (the second only for that post); at one fair, G goes where their better post is, and the
    other post stays in its fair (its employer comes for its other post) and says why."""
    posts = (("A0", "会计", "事务所0", "财务管理", "乌鲁木齐市"), ("A1", "审计", "事务所1", "审计学", "乌鲁木齐市"),
             ("A2", "会计", "事务所2", "会计学", "喀什市"), ("T", "审计", "事务所2", "审计学", "喀什市"))
    jobs = [job(i, title, employer=employer, education="本科及以上", majors=majors, location=place, description=title)
            for i, title, employer, majors, place in posts]
    people = [graduate("G", "审计学", catalog=catalog), graduate("M", "会计学", catalog=catalog),
              graduate("X", "财务管理", catalog=catalog)]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    results = ranker.rank(people, k=5, rejected_k=0)
    ranks = {s.job_id: s.rank for s in results[0].suggestions}
    worse = max(("A1", "T"), key=ranks.get)
    limits = dict(max_employers=2, min_positions=2, min_graduates=1)
    free = plan_fairs(ranker, people, results, by="major", limits=FairLimits(**limits))
    assert len(free.fairs) == 2 and Counter(g.graduate_id for f in free.fairs for g in f.graduates)["G"] == 2
    capped = plan_fairs(ranker, people, results, by="major", limits=FairLimits(**limits, max_fairs_per_graduate=1))
    assert Counter(g.graduate_id for f in capped.fairs for g in f.graduates) == {"G": 1, "M": 1, "X": 1}
    (bare,) = [p for f in capped.fairs for p in f.positions if p.graduates == 0]
    assert bare.job_id == worse
    # and why its employer does not go to G's part (``fair_cover.why_left``): its own would fall under 2 posts
    # or keep its other post's guest
    # (one graduate: no 都, tests/test_fair_bare_wording.py)
    assert "；可报考此岗位的 1 位毕业生已受邀满 1 场（其推荐名次更靠前的岗位所在的招聘会），本场没有受邀者可报考；其可报考者在「" in bare.reason
    assert bare.reason.endswith("未移走")
    assert any(n.startswith("1 个岗位的可报考者都已受邀满 1 场") and n.endswith(f"：{worse}") for n in capped.notes)
    assert [f.key for f in capped.fairs] == [f.key for f in free.fairs]  # the same fairs are held


def test_the_cap_refuses_nonsense_in_chinese():
    with pytest.raises(FairLimitsError, match="每位毕业生受邀场数上限必须为正整数") as error:
        FairLimits(max_fairs_per_graduate=0)
    assert error.value.fields == ("max_fairs_per_graduate",)


def test_the_command_takes_the_cap_and_the_json_states_it(tmp_path):
    jobs, graduates = write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)
    out = tmp_path / "fairs.json"
    assert main(["fairs", "--jobs", str(jobs), "--graduates", str(graduates), "--no-model", "--by", "industry",
                 "--max-fairs-per-graduate", "1", "--min-positions", "1", "--min-graduates", "1",
                 "--out", str(out)]) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["limits"]["max_fairs_per_graduate"] == 1
    # A1 and A2 may apply for posts of two industries; at one fair each, the other is listed 未受邀.
    assert Counter(g["graduate_id"] for f in body["fairs"] for g in f["graduates"]) == dict.fromkeys(
        ("A1", "A2", "A3", "N1", "N2", "N3", "C1"), 1)
    assert [(u["graduate_id"], "每位毕业生最多受邀 1 场" in u["reason"]) for u in body["uninvited_graduates"]] == [
        ("A1", True), ("A2", True)]
    assert body["notes"][0].endswith("邀请共 9 人次 → 7 人次；2 人次因此未受邀参加所属主题的招聘会（见「未受邀毕业生」）")


def test_the_api_takes_the_cap_as_a_query_field(api):  # noqa: F811
    body = api.get("/api/fairs", "organiser", params={"max_fairs_per_graduate": 2}).json()
    assert body["limits"]["max_fairs_per_graduate"] == 2
    problem = api.get("/api/fairs", "organiser", params={"max_fairs_per_graduate": 0})
    assert problem.status_code == 422 and "max_fairs_per_graduate" in problem.text
