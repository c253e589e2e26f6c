"""Systems read for posts that named only an office or a place, and the systems 档案馆 and
检验检测研究院 belong to as governments group their units (``features.sectors``)."""

from __future__ import annotations

import pytest

from features.sectors import sector_of


@pytest.mark.parametrize("employer, parent", [
    ("陈集镇", None),  # a township recruiting its village posts
    ("阿勒泰地区吉木乃县喀尔交镇", None),
    ("综合行政执法队", "北京市通州区漷县镇"),  # 县 inside a town's name
    ("综合行政执法队", "北京市通州区于家务回族乡"),
    ("综合行政执法队", "北京市朝阳区来广营地区（乡）"),  # Beijing's 地区 are townships
    ("综合办公室", "北京市朝阳区太阳宫地区"),
])
def test_a_name_that_is_only_a_town_or_township_is_its_government(employer, parent):
    assert sector_of(employer, "综合管理岗", parent_unit=parent).name == "乡镇街道"


@pytest.mark.parametrize("employer", ["阿勒泰地区阿勒泰市", "龙游县", "阿勒泰地区", "天津分中心", "松山湖管委会",
                                      "新疆维吾尔自治区阿勒泰地区", "西藏自治区阿里地区"])
def test_a_county_a_prefecture_or_a_bare_office_still_tells_no_system(employer):
    # The 区 of 自治区 is no Beijing district: 自治区 + 地区 is a prefecture, not a township.
    assert sector_of(employer, "工作人员") is None
    assert sector_of("综合办公室", "工作人员", parent_unit=employer) is None


@pytest.mark.parametrize("employer, system", [
    ("阿勒泰地区福海县解特阿热勒镇卫生院", "医疗卫生"), ("某县城关镇中心学校", "教育"), ("某镇中心小学", "教育"),
    ("某区某街道社区卫生服务中心", "医疗卫生"), ("某县公安局城关镇派出所", "公安司法"), ("某镇派出所", "公安司法"),
    ("某乡畜牧兽医站", "农业农村"), ("某镇财政所", "财政税务"), ("某镇司法所", "公安司法"),
])
def test_a_town_unit_that_names_its_own_system_keeps_it(employer, system):
    assert sector_of(employer, "工作人员").name == system
    assert sector_of("办公室", "工作人员", parent_unit=employer).name == system


def test_a_building_records_archive_belongs_to_housing_and_construction():
    # A 城建档案馆 keeps the 住建 bureau's records of building works; other 档案馆 are party units.
    assert sector_of("梅河口市城市建设档案馆").name == "住房城建"
    assert sector_of("某市城建档案馆").name == "住房城建"


def test_an_archive_is_a_party_unit_not_a_cultural_one():
    # Since the 2018 reform the 档案局 is part of the 党委办公室 and the 档案馆 a party unit.
    assert sector_of("某市档案馆").name == "党政机关"
    assert sector_of("办公室", "档案文化宣传岗", parent_unit="北京市档案馆").name == "党政机关"


@pytest.mark.parametrize("employer", ["玉林市检验检测研究院", "上海市医疗器械检验研究院", "四川省特种设备检验研究院",
                                      "某省食品药品检验研究院"])
def test_a_testing_institute_belongs_to_market_regulation_not_research(employer):
    found = sector_of(employer)
    assert found.name == "市场监管"
    assert sector_of("某市科学技术研究院").name == "科研气象"


@pytest.mark.parametrize("employer, system", [
    ("郑州市总工会（参公）", "党政机关"), ("鲁山县妇女联合会（参公）", "党政机关"), ("镇（园区）工会", "党政机关"),
    ("区级机关", "党政机关"), ("第十师北屯市机关", "党政机关"), ("滑县公共资源交易中心", "党政机关"),
    ("江西省气候中心", "科研气象"), ("青海省大气探测技术保障中心", "科研气象"),
    ("北京市外地罪犯遣送处", "公安司法"), ("县综治中心", "公安司法"),
    ("健身气功管理中心", "文化旅游"), ("苏州杂志社", "文化旅游"), ("余姚市姚剧保护传承中心", "文化旅游"),
    ("资兴市污水处理中心", "水利"), ("顺昌县燃气服务站", "住房城建"), ("顺昌县林长制工作服务中心", "农业农村"),
    ("自治区梧州船舶检验中心", "交通运输"), ("蕉城区城联社", "金融"), ("茂名市人才驿站", "人社医保"),
    ("银川市营商环境建设服务中心", "发展改革"), ("北京市朝阳区农村合作经济经营管理站", "农业农村"),
    ("北京市东城区住房和城市建设委员会", "住房城建"), ("市医管中心", "医疗卫生"),
])
def test_units_named_by_their_work_are_placed(employer, system):
    assert sector_of(employer).name == system


@pytest.mark.parametrize("employer, parent, system", [
    ("行政审批科", "北京市丰台区卫生健康委员会", "医疗卫生"),  # not 党政机关 by 「行政审批」
    ("工会", "北京市卫生健康委员会", "医疗卫生"),
    ("通信管理部门", "市委办公厅", "党政机关"),  # a party office's communications, not the 通信管理局
    ("社会治安综合治理办公室", "通州区张家湾镇人民政府", "乡镇街道"),
])
def test_an_office_of_a_department_still_takes_the_departments_system(employer, parent, system):
    assert sector_of(employer, "综合管理岗", parent_unit=parent).name == system


def test_every_word_of_every_system_is_a_whole_alternative():
    """Words are split on top-level 「|」 to be tried longest first; a bracket inside a character
    class ([)）]) once made two words and everything between them one word, so that 「应急局」
    matched an empty string and reading a name failed."""
    from features.sectors import SECTORS, _alternatives

    for system, *columns in SECTORS:
        for words in columns:
            for word in _alternatives(words):
                assert word and word.count("(") == word.count(")"), (system, word)
    assert sector_of("某县应急局").name == "应急消防"


@pytest.mark.parametrize("employer, parent, system", [
    ("建始县县婚姻登记处龙坪办事处", "建始县民政局", "民政"),  # the registry's office in 龙坪
    ("体育馆路街道所", "北京市东城区市场监督管理局", "市场监管"),  # the bureau's station in a street
    ("街道所", "石景山区市场监督管理局", "市场监管"),
    ("龙潭体育馆路社区监督科", "东城区卫生健康监督所", "医疗卫生"),
    ("龙潭体育馆路社区监督科", "中共北京市东城区委卫生健康工作委员会", "医疗卫生"),
    ("街道科", "北京市东城区审计局", "审计统计"),
])
def test_a_branch_located_in_a_place_takes_its_parents_system(employer, parent, system):
    found = sector_of(employer, "工作人员", parent_unit=parent)
    assert (found.name, found.source) == (system, "上级单位")


@pytest.mark.parametrize("employer, parent", [
    ("东湖街道办事处", "北京市朝阳区人民政府"),  # the street's own government, under the district's
    ("和平里街道办事处", "中共北京市东城区委"),
    ("社区服务站", "北京市朝阳区东湖街道"),  # a town's office under the town
    ("某镇综合行政执法队", "某区城市管理委员会"),  # not a short office ending: the town's unit
    ("街道所", None),
])
def test_a_town_office_under_a_government_or_the_town_stays_the_towns(employer, parent):
    assert sector_of(employer, "工作人员", parent_unit=parent).name == "乡镇街道"


@pytest.mark.parametrize("employer, system", [
    ("中共垫江县委工业园区工作委员会", "党政机关"),  # a party committee, not the park's administration
    ("中国共产党吉安市直属机关工作委员会", "党政机关"), ("某市直机关工委", "党政机关"),
    ("中共北京市东城区委卫生健康工作委员会", "医疗卫生"),  # a committee of one system keeps it
    ("某县工业园区管理委员会", "发展改革"),
])
def test_a_party_work_committee_of_a_park_or_the_offices_is_a_party_unit(employer, system):
    assert sector_of(employer).name == system


@pytest.mark.parametrize("employer, title", [
    ("北京市新安教育矫治所", "财务管理岗"), ("北京市双河教育矫治所", "教育及心理辅导岗"),
    ("北京市双河教育矫治所", "医疗护理岗"), ("北京市天堂河女子教育矫治所", "戒毒人员管理教育心理辅导岗"),
])
def test_a_prison_education_unit_is_justice_not_education(employer, title):
    # industry_text drops only 「教育」 of 教育矫治, so 矫治所 still tells the unit.
    assert sector_of(employer, title, parent_unit=employer).name == "公安司法"


def test_a_cadres_activity_centre_is_a_party_unit():
    # 「老干部教育活动中心」: the 教育 is dropped, 老干部 (the party's 老干部局) is kept.
    assert sector_of("南阳市老干部教育活动中心（参公）", "一级科员").name == "党政机关"
