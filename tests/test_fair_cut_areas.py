"""The city ``matching.fair_cuts.area`` gives a place, which decides where an employer of a split
theme may move: a prefecture's whole name (郑州市, not the 郑州 before its first 州), and a
county-level city or county named alone lies in its prefecture (林州市 in 安阳市)."""

from matching.fair_cuts import area, regroup
from matching.fair_limits import FairLimits


def test_a_city_whose_name_holds_zhou_is_named_whole():
    assert area("郑州市新郑市") == "郑州市"
    assert area("广东省广州市天河区") == "广州市"
    assert area("河南省郑州市金水区（据单位名称）") == "郑州市"


def test_a_county_level_place_named_alone_lies_in_its_prefecture():
    assert area("林州市（据单位名称）") == "安阳市"
    assert area("巩义市") == "郑州市"
    assert area("兰考县（据单位名称）") == "开封市"
    assert area("伊宁市") == "伊犁哈萨克自治州"
    assert area("林州市（据单位名称）") == area("安阳市文峰区（据单位名称）")


def test_a_bare_city_name_and_a_province_or_municipality():
    assert area("乌鲁木齐") == "乌鲁木齐市"
    assert area("石河子市") == "石河子市"  # a city under the region itself: its own
    assert area("北京市海淀区") == "北京市"
    assert area("河南省（据单位名称）") == "河南省"
    assert area("恩施州利川市") == "恩施土家族苗族自治州"


def test_a_place_the_lists_do_not_hold_stops_at_its_first_city_word():
    assert area("某某州某某县") == "某某州"
    assert area("某某市某某区") == "某某市"
    assert area(None) == ""


def test_an_employer_of_a_county_level_city_joins_the_part_holding_its_prefecture():
    # 甲 ranks a1 (安阳市, first part) best and may apply at l1 (林州市, second part): only if 林州市
    # counts as 安阳市 may the 林州 employer move to the first part, where 甲 is invited first (the
    # second part holds its 3 employers, so the 安阳 employer cannot join it instead).
    parts = [[("安阳单位", ["a1"]), ("开封单位", ["k1"])],
             [("林州单位", ["l1"]), ("南阳单位", ["n1"]), ("南阳二单位", ["n2"])]]
    places = {"安阳单位": "安阳市文峰区（据单位名称）", "开封单位": "开封市（据单位名称）",
              "林州单位": "林州市（据单位名称）", "南阳单位": "南阳市（据单位名称）", "南阳二单位": "南阳市"}
    applicants = {"a1": {"甲"}, "k1": {"乙"}, "l1": {"甲"}, "n1": {"丙"}, "n2": {"丙"}}
    ranks = {"甲": {"a1": 1, "l1": 2}, "乙": {"k1": 1}, "丙": {"n1": 1, "n2": 2}}
    limits = FairLimits(max_employers=3, max_positions=4, min_positions=1, min_graduates=1)
    moved, which = regroup(parts, {e: area(p) for e, p in places.items()}, applicants, ranks, limits=limits)
    assert which == ["林州单位"]
    assert moved == [[("安阳单位", ["a1"]), ("开封单位", ["k1"]), ("林州单位", ["l1"])],
                     [("南阳单位", ["n1"]), ("南阳二单位", ["n2"])]]


def test_a_reading_of_another_province_or_stopping_at_the_province_gives_way_to_the_cell():
    assert area("海南省屯昌县") == "海南省屯昌县"  # not 青海's 海南藏族自治州
    assert area("吉林省长春市") == "长春市"
    assert area("吉林省通化市梅河口市") == "通化市"
    assert area("北京北京市海淀区") == "北京市"
