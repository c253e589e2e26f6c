"""Organiser's review of the small fairs (Wuhan 2024, Henan 2026 with graduates of 20 majors):

- a class's 专场 stands on posts that fit the class, not on posts placed there only because the ranker
  suggested them to its graduates (「土木类专场」 of three editing posts; ``matching.fair_evidence``);
- a post or employer booked at several fairs says so on each (「本岗位也在」「本单位也参加」), and the plan
  counts its openings once (``matching.fair_shared``, ``service.fair_report``);
- a list naming only a 门类 (「本科：法学（03）」) names its classes (``fair_themes.category_classes``).
"""

from __future__ import annotations

import csv
import io

import numpy as np

from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairBy, FairGraduate, FairPlan, FairPosition, UnplacedKind
from matching.fair_themes import class_themes
from matching.ranker import Ranker
from matching.verdict import Status
from service.fair_report import plan_dict
from service.output import write_fairs
from tests.factories import graduate, job
from tests.test_fair_places import ONE, _plan


class _WeakComputing:
    """A model whose first guess for every post is 计算机类 at 0.11 (below ``min_fit``), twice its
    second: a post with no list reaches the class only by the graduates it was suggested to."""
    labels_ = ["0809", "0601"]

    def predict_proba(self, items):
        return np.array([[0.11, 0.055] for _ in items])


def _computing(catalog, n):
    return [graduate(f"C{i}", "计算机科学与技术", catalog=catalog) for i in range(n)]


def test_a_class_with_only_posts_placed_by_its_graduates_gets_no_fair_and_is_told(catalog, segmenter):
    jobs = [job("ED1", "组稿编辑", employer="甲出版社"), job("ED2", "文案编辑", employer="乙传媒有限公司")]
    result = _plan(catalog, segmenter, jobs, _computing(catalog, 4), by=FairBy.MAJOR, model=_WeakComputing())
    assert result.fairs == ()
    assert {u.job_id for u in result.unplaced} == {"ED1", "ED2"}
    assert all(u.kinds == (UnplacedKind.LOW_FIT,) for u in result.unplaced)
    assert "仅因推荐给了 4 位计算机类毕业生（共推荐 4 位）而归入" in result.unplaced[0].reason
    assert "计算机类：当前岗位中没有适合的岗位（专业要求未列该类，模型估计匹配程度也不足），未单独组织专场" in result.unplaced[0].reason
    assert any(n.startswith("计算机类：当前岗位中没有适合的岗位，未单独组织专场") for n in result.notes)


def test_posts_placed_by_their_graduates_are_at_most_as_many_as_the_posts_that_fit(catalog, segmenter):
    jobs = [job("DEV", "软件开发工程师", employer="丙科技有限公司", majors="计算机科学与技术"),
            job("ED1", "组稿编辑", employer="甲出版社"), job("ED2", "文案编辑", employer="乙传媒有限公司")]
    result = _plan(catalog, segmenter, jobs, _computing(catalog, 4), by=FairBy.MAJOR, model=_WeakComputing())
    (fair,) = result.fairs
    held = {p.job_id for p in fair.positions}
    assert "DEV" in held and len(held) == 2  # the post of evidence and one placed by vote, not two
    (left,) = result.unplaced
    assert left.kinds == (UnplacedKind.LOW_FIT,)
    assert "计算机类有专业依据的岗位 1 个，仅按推荐对象归入的岗位至多与之同数" in left.reason
    assert any(n.startswith("1 个岗位仅因推荐给了某专业类的毕业生而归入该类") for n in result.notes)


def test_a_list_naming_only_a_category_names_its_classes(catalog, segmenter):
    jobs = [job("LAW", "法务专员", majors="本科：法学（03）"),
            job("TWO", "综合管理岗", majors="本科：法学（03），农学（09）")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    links = class_themes(ranker, min_fit=0.3, max_classes=3)
    assert [link.key for link in links["LAW"]] == ["0301"]
    assert "专业要求含法学门类（03，门类包含其下各专业类），按模型估计归入其中的法学类" == links["LAW"][0].reason
    assert {link.key[:2] for link in links["TWO"]} == {"03", "09"}


def test_a_category_list_places_the_post_in_the_fair_of_its_graduates(catalog, segmenter):
    jobs = [job("LAW", "法务专员", employer="甲律师事务所", majors="本科：法学（03）")]
    people = [graduate(f"L{i}", "法学", catalog=catalog) for i in range(3)]
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR)
    (fair,) = result.fairs
    assert fair.key == "0301" and len(fair.graduates) == 3 and result.unplaced == ()


def _shared_plan() -> FairPlan:
    def post(job_id, employer):
        return FairPosition(job_id, "科员", employer, "河南省郑州市", 2, "专业要求含…", 1)

    law = Fair(FairBy.MAJOR, "0301", "0301 法学类", "法学类专场", 1, 1, ("甲局", "乙局"), ("河南省郑州市",),
               (post("P1", "甲局"), post("P2", "乙局")), (FairGraduate("G1", ("P1",), Status.ELIGIBLE, "可报考"),))
    politics = Fair(FairBy.MAJOR, "0302", "0302 政治学类", "政治学类专场", 1, 1, ("甲局", "丙局"), ("河南省郑州市",),
                    (post("P1", "甲局"), post("P3", "丙局")), (FairGraduate("G2", ("P1",), Status.ELIGIBLE, "可报考"),))
    return FairPlan(by=FairBy.MAJOR, limits=FairLimits(), fairs=(law, politics), dropped=(), notes=(),
                    unthemed_positions=(), positions_total=3, graduates_total=2)


def test_a_post_and_employer_at_two_fairs_say_so_in_the_json_and_the_csv(tmp_path):
    data = plan_dict(_shared_plan(), {})
    first = data["fairs"][0]["positions"]
    assert first[0]["also_in"] == ["政治学类专场"] and first[0]["employer_also_in"] == ["政治学类专场"]
    assert first[1]["also_in"] == [] and first[1]["employer_also_in"] == []
    assert data["fairs"][0]["positions_shared"] == 1
    assert data["fairs"][0]["headcount"] + data["fairs"][1]["headcount"] == 8 and data["headcount_distinct"] == 6
    write_fairs(tmp_path / "f.csv", _shared_plan(), {})
    header, *rows = list(csv.reader(io.StringIO((tmp_path / "f.csv").read_text(encoding="utf-8-sig"))))
    shared = header.index("也在其他场")
    said = {(r[1], r[4]): r[shared] for r in rows if r[3] == "岗位"}
    assert said[("法学类专场", "P1")] == "本岗位也在：「政治学类专场」；本单位也参加：「政治学类专场」"
    assert said[("政治学类专场", "P1")] == "本岗位也在：「法学类专场」；本单位也参加：「法学类专场」"
    assert said[("法学类专场", "P2")] == ""


def test_the_plan_notes_posts_at_several_fairs_and_counts_openings_once(catalog, segmenter):
    jobs = [job("P1", "法务", employer="甲局", majors="法学、政治学与行政学")]
    jobs[0] = jobs[0].__class__(**{**{f: getattr(jobs[0], f) for f in jobs[0].__dataclass_fields__}, "headcount": 2})
    people = ([graduate(f"L{i}", "法学", catalog=catalog) for i in range(2)]
              + [graduate(f"P{i}", "政治学与行政学", catalog=catalog) for i in range(2)])
    result = _plan(catalog, segmenter, jobs, people, by=FairBy.MAJOR, limits=ONE)
    assert len(result.fairs) == 2
    (note,) = [n for n in result.notes if "本岗位也在" in n]
    assert note.startswith("1 个岗位同时列入 2 场招聘会，1 家单位参加 2 场（甲局）")
    assert note.endswith("各场相加 4 人，按岗位不重复计全方案招聘 2 人")


def test_a_post_trimmed_from_two_classes_it_tied_in_is_counted_once_in_the_note():
    from collections import defaultdict

    from matching.fair_evidence import weigh_votes
    from matching.fair_themes import AudienceVote, Theme

    # V1 and V2 tie between 计算机类 and 电子信息类 (``AudienceVote.chosen``); each class has one post of its own.
    themes = {key: Theme(key, f"{key} {short}", short, {own: "专业要求含…", "V1": "推荐", "V2": "推荐"})
              for key, short, own in (("0807", "电子信息类", "E1"), ("0809", "计算机类", "C1"))}
    vote = AudienceVote(counts={"0807": 3, "0809": 3}, fits={"0807": 0.1, "0809": 0.1}, total=6)
    lost = defaultdict(list)
    notes = weigh_votes(themes, {"V1": ["0807", "0809"], "V2": ["0807", "0809"]}, {"V1": vote, "V2": vote}, lost)
    assert [sorted(t.positions) for t in themes.values()] == [["E1", "V1"], ["C1", "V1"]]
    assert len(lost["V2"]) == 2
    (note,) = notes
    assert note.startswith("1 个岗位仅因推荐给了某专业类的毕业生而归入该类")  # one post, trimmed from two classes
