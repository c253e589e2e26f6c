"""Levels of place, titles naming another city, refusals not read and the years-of-work wording (2026-12-07
graduate review of wished and refused places on Henan 2026 and Wuhan 2024):

- a township named 「…城乡」「…城镇」 (唐河县古城乡, 扶沟县固城乡) or a township's 市场监督管理所/司法所 (伊川县酒后镇市场
  监督管理所) lies at 乡镇, so 「不去乡镇」「不下乡」 refuse it; 城乡 words (住房和城乡建设局) are no township;
- a county-level city whose name holds 州 (汝州市, 林州市, 邓州市) is 县城 like 巩义市, so 「不去县里」 refuses it;
- a title saying the work is elsewhere (「记者 包吃提供住宿（佛山办公）」, 城市 column 武汉) asks to check, not 意向地点一致;
- a refusal of a place the tool cannot read (「不去远郊区」) is said once above the list;
- a post asking years of work is said to be lowered (排序已相应下调), not placed after (靠后): it may still lead.
"""

from __future__ import annotations

import pytest

from features.place_levels import post_place_level, refused_place_levels, wished_place_levels
from matching.pair_scores import wished_locations
from matching.rules.experience_gap import gap_reason
from matching.wished_place_fit import title_place_elsewhere
from tests.factories import graduate, job


@pytest.mark.parametrize(("employer", "place", "town"), [
    ("唐河县古城乡人民政府", "河南省南阳市唐河县", "古城乡"),
    ("扶沟县固城乡人民政府", "河南省周口市扶沟县", "固城乡"),
    ("伊川县酒后镇市场监督管理所", "河南省洛阳市伊川县", "酒后镇"),
    ("新蔡县司法局顿岗乡司法所", "河南省驻马店市新蔡县", "顿岗乡"),
    ("宜阳县三乡镇人民政府", "河南省洛阳市宜阳县", "三乡镇"),
    ("社旗县下洼镇人民政府", "河南省南阳市社旗县", "下洼镇"),
    ("辉县市孟庄镇人民政府", "河南省新乡市辉县市", "孟庄镇"),
    ("杞县城郊乡人民政府", "河南省开封市杞县", "城郊乡"),
    ("邓州市刘集镇市场监督管理所", "河南省南阳市邓州市", "刘集镇"),
    ("内乡县岞\U0002aa30镇人民政府", "河南省南阳市内乡县", "岞\U0002aa30镇"),
])
def test_a_township_unit_lies_at_the_township_level(employer, place, town):
    assert post_place_level(place, employer) == ("乡镇", town)


@pytest.mark.parametrize(("employer", "place", "level"), [
    ("唐河县住房和城乡建设局", "河南省南阳市唐河县", ("县城", "唐河县")),
    ("南阳市城乡一体化示范区姜营街道办事处", "河南省南阳市", None),
    ("邓州市市场监督管理局统筹城乡发展实验区市场监督管理所", "河南省南阳市邓州市", ("县城", "邓州市")),
    ("滑县道口镇街道办事处", "河南省安阳市滑县", ("县城", "滑县")),
    ("唐河县农村信用合作联社", "河南省南阳市唐河县", ("县城", "唐河县")),
])
def test_town_and_country_words_are_no_township(employer, place, level):
    assert post_place_level(place, employer) == level


@pytest.mark.parametrize(("employer", "place", "city"), [
    ("汝州市人民政府办公室", "河南省平顶山市汝州市", "汝州市"),
    ("中共林州市委办公室", "河南省安阳市林州市", "林州市"),
    ("邓州市住房和城乡建设局", "河南省南阳市邓州市", "邓州市"),
    ("巩义市人民政府办公室", "河南省郑州市巩义市", "巩义市"),
])
def test_a_county_level_city_is_a_county_town_whatever_its_name(employer, place, city):
    assert post_place_level(place, employer) == ("县城", city)


def test_a_prefecture_named_with_zhou_is_no_county():
    assert post_place_level("河南省郑州市", "郑州市人民政府办公室") is None
    assert post_place_level("河南省郑州市金水区", "郑州市金水区财政局") is None


#: The posts the ``ranker`` fixture (tests/conftest.py) is fitted on.
JOBS = [
    job("town", "一级科员", employer="唐河县古城乡人民政府", location="河南省南阳市唐河县", description="综合文字 财务"),
    job("market", "一级科员", employer="伊川县酒后镇市场监督管理所", location="河南省洛阳市伊川县", description="综合文字 财务"),
    job("ruzhou", "一级科员", employer="汝州市人民政府办公室", location="河南省平顶山市汝州市", description="综合文字 财务"),
    job("city", "一级科员", employer="洛阳市财政局", location="河南省洛阳市", description="综合文字 财务"),
    job("foshan", "记者 包吃提供住宿（佛山办公）", employer="某传媒有限公司", location="武汉 江汉", description="采访 写稿"),
    job("wuhan", "记者（武汉办公）", employer="某传媒有限公司", location="武汉 江汉", description="采访 写稿"),
]


def _ranked(ranker, catalog, intention: str, locations: tuple[str, ...] = ()):
    [result] = ranker.rank([graduate("g", "汉语言文学", catalog=catalog, intention=intention, locations=locations)],
                           k=len(JOBS))
    return result, {s.job_id: s for s in result.suggestions}


@pytest.mark.parametrize("intention", ["安阳或者鹤壁，不去乡镇", "考公，不下乡，文字综合岗"])
def test_a_refused_township_level_reaches_townships_named_with_cheng(ranker, catalog, intention):
    _, by_id = _ranked(ranker, catalog, intention)
    assert "工作地点是您表示不考虑的地方：乡镇（岗位在古城乡），排序已相应下调" in by_id["town"].reasons
    assert "工作地点是您表示不考虑的地方：乡镇（岗位在酒后镇），排序已相应下调" in by_id["market"].reasons
    assert by_id["city"].rank < by_id["town"].rank


def test_refusing_the_county_refuses_a_county_level_city_named_with_zhou(ranker, catalog):
    _, by_id = _ranked(ranker, catalog, "省直或者郑州市直，金融监管、财政方向，不去县里")
    assert "工作地点是您表示不考虑的地方：县城（岗位在汝州市），排序已相应下调" in by_id["ruzhou"].reasons


def test_a_title_naming_another_city_asks_to_check_not_claims_the_wish_met(ranker, catalog):
    _, by_id = _ranked(ranker, catalog, "武汉 记者", ("武汉",))
    foshan = by_id["foshan"].reasons
    assert not any(r.startswith("意向地点一致") for r in foshan)
    assert "岗位地点写为武汉 江汉，但岗位名称写明在佛山（「记者 包吃提供住宿（佛山办公）」），是否在意向地点请核实" in foshan
    assert "意向地点一致：武汉 江汉" in by_id["wuhan"].reasons


@pytest.mark.parametrize(("title", "named"), [
    ("记者 包吃提供住宿（佛山办公）", "佛山"),
    ("产品经理-工作地点在安徽省马鞍山市", "安徽省马鞍山市"),
    ("记者（武汉办公）", None),
    ("居家办公--淘宝运营助理", None),
    ("拍摄剪辑师（地产项目驻场）", None),
    ("营销代表（婴幼儿华中营销总部/鄂东区域/武汉）", None),
])
def test_only_a_note_of_where_the_work_is_done_names_another_place(title, named):
    assert title_place_elsewhere(job("x", title, location="武汉 洪山")) == named


def test_an_unread_place_refusal_is_said_once_above_the_list(ranker, catalog):
    result, _ = _ranked(ranker, catalog, "北京，财政局税务局之类，不去远郊区", ("北京",))
    assert "未能识别的地点意向：不去远郊区（未据此筛选）" in (result.major_note or "")
    result, _ = _ranked(ranker, catalog, "郑州", ("郑州", "不去偏远山区"))
    assert "未能识别的地点意向：不去偏远山区（未据此筛选）" in (result.major_note or "")


@pytest.mark.parametrize("intention", ["安阳或者鹤壁，不去乡镇", "不去南疆", "不想做销售，不加班", "不去私企", "不去县城"])
def test_read_refusals_and_refusals_of_no_place_bring_no_note(ranker, catalog, intention):
    result, _ = _ranked(ranker, catalog, intention)
    assert "未能识别的地点意向" not in (result.major_note or "")


@pytest.mark.parametrize("grassroots", [False, True])
def test_the_years_reason_says_lowered_not_placed_after(grassroots):
    said = gap_reason("1年以上工作经历", 1, grassroots)
    assert "排序已相应下调" in said and "靠后" not in said


@pytest.mark.parametrize("text", ["想去农业农村局工作", "不去农业农村局", "县农业农村局或者农村农业局都行"])
def test_an_agriculture_bureau_is_no_township_level(text):
    # 农业农村局 is a county's or a city's bureau: its 农村 neither wishes for nor refuses the township level.
    assert wished_place_levels(text) == ()
    assert refused_place_levels(text) == ()


@pytest.mark.parametrize(("text", "wished", "refused"), [
    ("愿意下乡，去农村基层", ("乡镇",), ()),
    ("不去农村", (), ("乡镇",)),
])
def test_the_countryside_is_still_the_township_level(text, wished, refused):
    assert wished_place_levels(text) == wished
    assert refused_place_levels(text) == refused


def test_an_unread_refusal_in_the_place_column_is_no_wished_place(ranker, catalog):
    g = graduate("g", "汉语言文学", catalog=catalog, locations=("北京", "不去远郊区"))
    assert wished_locations(g) == ("北京",)
    result, by_id = _ranked(ranker, catalog, "记者", ("北京", "不去远郊区"))
    note = result.major_note or ""
    assert "当前岗位中没有位于 北京 的岗位" in note and "未能识别的地点意向：不去远郊区（未据此筛选）" in note
    assert not any("不去远郊区）" in r for s in by_id.values() for r in s.reasons)
