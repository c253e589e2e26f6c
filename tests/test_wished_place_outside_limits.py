"""What the 「不在意向地点」 ordering (``ScoreWeights.outside_place``) must not put outside a wished place
(2026-12-07 review of 57fcc19): a refusal written in the 意向地点 column (「不去南疆」「除南疆外」) is no wished
place; a post whose place is unknown (待定) or only coarser than the wish (新疆维吾尔自治区 inferred from its
employer, against a 喀什地区 wish) may lie there; 全疆 lies inside a 新疆 wish."""

from __future__ import annotations

import pytest

from matching.ranker import Ranker
from matching.scoring import ScoreWeights, place_keys
from tests.factories import graduate, job


def _posts() -> list:
    spec = {"KS": "新疆喀什地区疏附县", "UR": "新疆乌鲁木齐市", "TBD": "待定", "ALL": "全疆", "WH": "武汉 江汉"}
    posts = [job(i, "会计", employer=f"第{i}会计服务有限公司", majors="会计学", location=where) for i, where in spec.items()]
    # No location: the employer's name places it in the province only.
    return posts + [job("PROV", "会计", employer="新疆交通建设集团股份有限公司", majors="会计学")]


@pytest.fixture()
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(_posts())


def _ranked(ranker, catalog, locations, intention="服从分配"):
    person = graduate("g", "会计学", catalog=catalog, intention=intention, locations=locations)
    [result] = ranker.rank([person], k=10)
    return {s.job_id: s for s in result.suggestions}


def _outside(suggestion) -> bool:
    return any(r.startswith("不在意向地点") for r in suggestion.reasons)


@pytest.mark.parametrize("refusal", ["不去南疆", "除南疆外"])
def test_a_refusal_in_the_place_column_is_no_wished_place(ranker, catalog, refusal):
    ranked = _ranked(ranker, catalog, (refusal,))
    plain = _ranked(ranker, catalog, ())
    assert not any(r.startswith("意向地点一致") for r in ranked["KS"].reasons)
    assert any(r.startswith("工作地点是您表示不考虑的地方") for r in ranked["KS"].reasons)
    assert not any(_outside(s) for s in ranked.values())
    assert ranked["UR"].score == pytest.approx(plain["UR"].score)  # nothing halved outside a refusal


def test_a_refused_place_beside_a_wished_one_stays_refused(ranker, catalog):
    ranked = _ranked(ranker, catalog, ("乌鲁木齐", "不去南疆"))
    assert any(r.startswith("意向地点一致") for r in ranked["UR"].reasons)
    assert any(r.startswith("工作地点是您表示不考虑的地方") for r in ranked["KS"].reasons)
    assert any(r == "不在意向地点（乌鲁木齐）：武汉 江汉" for r in ranked["WH"].reasons)


def test_an_unknown_place_is_not_a_known_place_elsewhere(ranker, catalog):
    ranked = _ranked(ranker, catalog, ("武汉",))
    assert not _outside(ranked["TBD"])
    assert _outside(ranked["UR"])
    assert ranked["TBD"].score > ranked["UR"].score


def test_all_of_xinjiang_lies_in_a_xinjiang_wish(ranker, catalog):
    assert place_keys("全疆") == place_keys("新疆")
    for wish in ("新疆", "疆内"):
        ranked = _ranked(ranker, catalog, (wish,))
        assert not _outside(ranked["ALL"])
        assert any(r.startswith("意向地点一致") for r in ranked["ALL"].reasons)


def test_a_post_placed_only_in_the_province_may_lie_in_the_wished_prefecture(ranker, catalog):
    ranked = _ranked(ranker, catalog, ("喀什地区",))
    assert not _outside(ranked["PROV"])
    assert _outside(ranked["UR"])
    assert ranked["PROV"].score > ranked["UR"].score
