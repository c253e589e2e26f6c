"""Place names a graduate may write, and which places contain which.

Data only (constants); ``features.place_keys`` and ``features.place_names`` build their lookups
from them. Kept as a module rather than a JSON file because ``features/`` reads no files and the
intention parser is called without arguments beyond the text.

Source: the administrative divisions of the Xinjiang Uygur Autonomous Region as the
Ministry of Civil Affairs lists them (行政区划代码, 2023): its 4 prefecture-level cities,
5 prefectures and 5 autonomous prefectures with their county-level members, and the
county-level cities under the region's direct administration (the 兵团 cities, 白杨市
approved in 2023). 伊犁哈萨克自治州 also supervises 塔城地区 and 阿勒泰地区; graduates mean its
directly administered part by 伊犁, so those two are not listed under it. Provinces: the
34 provincial-level divisions. 南疆/北疆/东疆 follow the usual division by the Tianshan
(南疆 the five prefectures south of it; 东疆 吐鲁番 and 哈密, which some two-way splits put in
北疆: left out of 北疆 as not certain). Abbreviations are the common spoken ones.
"""

from __future__ import annotations

#: Prefecture-level divisions of Xinjiang (official full names) → county-level members.
XINJIANG_PREFECTURES: dict[str, tuple[str, ...]] = {
    "乌鲁木齐市": ("天山区", "沙依巴克区", "新市区", "水磨沟区", "头屯河区", "达坂城区", "米东区", "乌鲁木齐县"),
    "克拉玛依市": ("独山子区", "克拉玛依区", "白碱滩区", "乌尔禾区"),
    "吐鲁番市": ("高昌区", "鄯善县", "托克逊县"),
    "哈密市": ("伊州区", "巴里坤哈萨克自治县", "伊吾县"),
    "昌吉回族自治州": ("昌吉市", "阜康市", "呼图壁县", "玛纳斯县", "奇台县", "吉木萨尔县", "木垒哈萨克自治县"),
    "博尔塔拉蒙古自治州": ("博乐市", "阿拉山口市", "精河县", "温泉县"),
    "巴音郭楞蒙古自治州": ("库尔勒市", "轮台县", "尉犁县", "若羌县", "且末县", "焉耆回族自治县", "和静县", "和硕县", "博湖县"),
    "阿克苏地区": ("阿克苏市", "库车市", "温宿县", "沙雅县", "新和县", "拜城县", "乌什县", "阿瓦提县", "柯坪县"),
    "克孜勒苏柯尔克孜自治州": ("阿图什市", "阿克陶县", "阿合奇县", "乌恰县"),
    "喀什地区": ("喀什市", "疏附县", "疏勒县", "英吉沙县", "泽普县", "莎车县", "叶城县", "麦盖提县", "岳普湖县", "伽师县",
             "巴楚县", "塔什库尔干塔吉克自治县"),
    "和田地区": ("和田市", "和田县", "墨玉县", "皮山县", "洛浦县", "策勒县", "于田县", "民丰县"),
    "伊犁哈萨克自治州": ("伊宁市", "奎屯市", "霍尔果斯市", "伊宁县", "察布查尔锡伯自治县", "霍城县", "巩留县", "新源县",
                  "昭苏县", "特克斯县", "尼勒克县"),
    "塔城地区": ("塔城市", "乌苏市", "沙湾市", "额敏县", "托里县", "裕民县", "和布克赛尔蒙古自治县"),
    "阿勒泰地区": ("阿勒泰市", "布尔津县", "富蕴县", "福海县", "哈巴河县", "青河县", "吉木乃县"),
}

#: County-level cities under the autonomous region's direct administration (兵团 cities).
XINJIANG_DIRECT_CITIES = ("石河子市", "阿拉尔市", "图木舒克市", "五家渠市", "北屯市", "铁门关市", "双河市", "可克达拉市",
                          "昆玉市", "胡杨河市", "新星市", "白杨市")

#: 兵团 cities → the prefecture-level divisions whose land surrounds them (石河子 between 沙湾 and
#: 玛纳斯). Whether such a post's hukou admits the city (「塔城地区户籍（含第八师）」) varies by post.
XINJIANG_DIRECT_CITY_SURROUNDS: dict[str, tuple[str, ...]] = {
    "石河子市": ("塔城地区", "昌吉回族自治州"), "阿拉尔市": ("阿克苏地区",), "图木舒克市": ("喀什地区",),
    "五家渠市": ("昌吉回族自治州",), "北屯市": ("阿勒泰地区",), "铁门关市": ("巴音郭楞蒙古自治州",),
    "双河市": ("博尔塔拉蒙古自治州",), "可克达拉市": ("伊犁哈萨克自治州",), "昆玉市": ("和田地区",),
    "胡杨河市": ("塔城地区",), "新星市": ("哈密市",), "白杨市": ("塔城地区",),
}

#: Regions of Xinjiang → members (prefecture-level names or direct cities, by where they lie).
XINJIANG_REGIONS: dict[str, tuple[str, ...]] = {
    "南疆": ("巴音郭楞蒙古自治州", "阿克苏地区", "克孜勒苏柯尔克孜自治州", "喀什地区", "和田地区",
           "阿拉尔市", "图木舒克市", "铁门关市", "昆玉市"),
    "北疆": ("乌鲁木齐市", "克拉玛依市", "昌吉回族自治州", "博尔塔拉蒙古自治州", "伊犁哈萨克自治州", "塔城地区", "阿勒泰地区",
           "石河子市", "五家渠市", "北屯市", "双河市", "可克达拉市", "胡杨河市", "白杨市"),
    "东疆": ("吐鲁番市", "哈密市", "新星市"),
}

#: Prefecture-level divisions of Henan (official full names) → county-level members, as of the
#: 2021 changes (偃师区, 孟津区 absorbing 吉利区, 淮阳区, 长垣市 under 新乡, 金明区 into 龙亭区):
#: the Ministry of Civil Affairs' 行政区划代码, checked against the 2026 provincial civil-service
#: table, whose employers name these places (job locations are read from them:
#: ``features.place_inference``). The 省直管县 (兰考, 汝州, 滑县, 长垣, 邓州, 永城, 固始, 鹿邑, 新蔡)
#: stay under the prefecture whose land they lie in. 济源市 is administered by the province directly.
HENAN_PREFECTURES: dict[str, tuple[str, ...]] = {
    "郑州市": ("中原区", "二七区", "管城回族区", "金水区", "上街区", "惠济区", "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市"),
    "开封市": ("龙亭区", "顺河回族区", "鼓楼区", "禹王台区", "祥符区", "杞县", "通许县", "尉氏县", "兰考县"),
    "洛阳市": ("老城区", "西工区", "瀍河回族区", "涧西区", "洛龙区", "孟津区", "偃师区", "新安县", "栾川县", "嵩县", "汝阳县",
            "宜阳县", "洛宁县", "伊川县"),
    "平顶山市": ("新华区", "卫东区", "石龙区", "湛河区", "宝丰县", "叶县", "鲁山县", "郏县", "舞钢市", "汝州市"),
    "安阳市": ("文峰区", "北关区", "殷都区", "龙安区", "安阳县", "汤阴县", "滑县", "内黄县", "林州市"),
    "鹤壁市": ("鹤山区", "山城区", "淇滨区", "浚县", "淇县"),
    "新乡市": ("红旗区", "卫滨区", "凤泉区", "牧野区", "新乡县", "获嘉县", "原阳县", "延津县", "封丘县", "长垣市", "卫辉市", "辉县市"),
    "焦作市": ("解放区", "中站区", "马村区", "山阳区", "修武县", "博爱县", "武陟县", "温县", "沁阳市", "孟州市"),
    "濮阳市": ("华龙区", "清丰县", "南乐县", "范县", "台前县", "濮阳县"),
    "许昌市": ("魏都区", "建安区", "鄢陵县", "襄城县", "禹州市", "长葛市"),
    "漯河市": ("源汇区", "郾城区", "召陵区", "舞阳县", "临颍县"),
    "三门峡市": ("湖滨区", "陕州区", "渑池县", "卢氏县", "义马市", "灵宝市"),
    "南阳市": ("宛城区", "卧龙区", "南召县", "方城县", "西峡县", "镇平县", "内乡县", "淅川县", "社旗县", "唐河县", "新野县", "桐柏县",
            "邓州市"),
    "商丘市": ("梁园区", "睢阳区", "民权县", "睢县", "宁陵县", "柘城县", "虞城县", "夏邑县", "永城市"),
    "信阳市": ("浉河区", "平桥区", "罗山县", "光山县", "新县", "商城县", "固始县", "潢川县", "淮滨县", "息县"),
    "周口市": ("川汇区", "淮阳区", "扶沟县", "西华县", "商水县", "沈丘县", "郸城县", "太康县", "鹿邑县", "项城市"),
    "驻马店市": ("驿城区", "西平县", "上蔡县", "平舆县", "正阳县", "确山县", "泌阳县", "汝南县", "遂平县", "新蔡县"),
    "济源市": (),
}

#: County-level names of ``HENAN_PREFECTURES`` that do not say the place by themselves: 鼓楼区 and
#: 新华区 are districts of other provinces too (南京 徐州 福州; 石家庄 沧州), 老城区 is also the common
#: word for a town's old part. They count only under their prefecture's name (开封市鼓楼区), never
#: as a place key of their own.
HENAN_SHARED_NAMES = frozenset({"鼓楼区", "新华区", "老城区"})

#: County-level names listed here that are also ordinary words: 新市区 (a town's new part), 解放区
#: (the civil war's liberated areas). Like a two-character name (新县 lies inside 安新县 and 阳新县,
#: 范县 inside 示范县) they say the place only beside their province or prefecture. Every other
#: county-level name listed here is the name of no other division in China (checked against the
#: national list of 行政区划代码 as of 2020: only 鼓楼区 and 新华区 repeat), so it says its place alone.
COUNTY_NAMES_ALSO_WORDS = frozenset({"新市区", "解放区"})

#: Provinces whose divisions are listed here: short name → prefecture-level divisions →
#: county-level members (Xinjiang's 兵团 cities as divisions of no members).
PROVINCE_DIVISIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "新疆": {**XINJIANG_PREFECTURES, **dict.fromkeys(XINJIANG_DIRECT_CITIES, ())},
    "河南": HENAN_PREFECTURES,
}

#: County-level cities and counties the province administers directly (省直辖县级行政区划), outside Henan
#: (济源市, listed above) and Xinjiang (its 兵团 cities): for a hukou each is a prefecture-level place of
#: its own, and in wishes, job locations and 生源地 a place of its province (``features.place_keys``). From
#: the national list of 行政区划代码 as of 2020 (``cpca`` 0.5.5, ``adcodes.csv``, codes 4290xx and 4690xx). Not 河北's 定州市 and 辛集市 (1390xx): directly administered in some matters only,
#: they are also counted in 保定 and 石家庄.
PROVINCE_DIRECT_COUNTIES: dict[str, tuple[str, ...]] = {
    "湖北": ("仙桃市", "潜江市", "天门市", "神农架林区"),
    "海南": ("五指山市", "琼海市", "文昌市", "万宁市", "东方市", "定安县", "屯昌县", "澄迈县", "临高县", "白沙黎族自治县",
             "昌江黎族自治县", "乐东黎族自治县", "陵水黎族自治县", "保亭黎族苗族自治县", "琼中黎族苗族自治县"),
}

#: Prefectures the national list of ``cpca`` 0.5.5 still holds that have since been merged into another
#: (莱芜市 into 济南市, 2019) → the one they lie in now: a 莱芜市 hukou is a 济南市 one, not apart from it.
MERGED_PREFECTURES = {"莱芜市": "济南市"}

#: The 34 provincial-level divisions, by their short names.
PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()

#: The four municipalities (直辖市): full name short name + 市, and one prefecture-level city each.
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")

#: Official full names of the provincial-level divisions whose name is not short name + 省/市.
PROVINCE_FULL_NAMES = {
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}

#: Cities outside Xinjiang that graduates name in abbreviations (北上广深), with their province.
OTHER_CITIES = {"广州": "广东", "深圳": "广东"}

#: Spoken abbreviations → the place keys they stand for.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "北上广深": ("北京", "上海", "广州", "深圳"),
    "北上广": ("北京", "上海", "广州"),
    "乌市": ("乌鲁木齐",),
    "博州": ("博尔塔拉",),
    "巴州": ("巴音郭楞",),
    "克州": ("克孜勒苏",),
    "疆内": ("新疆",),
    "全疆": ("新疆",),  # 「全疆」 as a post's place or a wish: anywhere in Xinjiang, not a place of its own
    # Tables' and policies' name for the four prefectures of the south (喀什 和田 阿克苏 克州):
    # the hukou check (``matching.rules.hukou_checks``) reads a post for it as one for any of them.
    "南疆四地州": ("喀什", "和田", "阿克苏", "克孜勒苏"),
}

#: Short county names that are also common words or personal names (温泉, 天山, 新和 in 重新和…):
#: in free text only their full names (温泉县, 天山区) name the place.
AMBIGUOUS_SHORT_NAMES = frozenset(
    "天山 新市 高昌 伊州 温泉 精河 新和 和静 和硕 博湖 且末 于田 民丰 托里 裕民 福海 青河 新源 白杨".split()
)

#: Henan county-level short names that are also words institutions are named by (中原 the region, 解放 as in
#: 解放军, 博爱 a hospital name, 红旗 吉利 新华 brands): read after their head only where a suffix follows
#: (「焦作博爱县人民医院」), never before an institution word (「河南博爱医院」 need not be in 博爱县).
SHORT_NAMES_ALSO_INSTITUTION_WORDS = frozenset("中原 解放 博爱 红旗 吉利 新华".split())

#: Divisions of other provinces whose names hold a county-level name listed here (安新县 holds 新县,
#: 阜新市 holds 新市区's 新市) → (province, prefecture, county-level name or ``None``). Read as
#: themselves, the longest name at a position, so that the name inside is never read: 「安新县人民法院」
#: beside a Henan announcement lay in 信阳市新县. Every listed spelling was checked against the
#: national list of 行政区划代码 as of 2020 (the ``adcodes.csv`` of the dependency ``cpca``, 0.5.5): no other
#: division's name holds one.
DIVISIONS_HOLDING_LISTED_NAMES: dict[str, tuple[str, str, str | None]] = {
    "安新县": ("河北", "保定市", "安新县"), "阳新县": ("湖北", "黄石市", "阳新县"),
    "大新县": ("广西", "崇左市", "大新县"), "奉新县": ("江西", "宜春市", "奉新县"),
    "永新县": ("江西", "吉安市", "永新县"), "阜新市": ("辽宁", "阜新市", None),
}

#: The one-character names of cities in an office's name (「驻京办事处」「驻沪办」) → (province, city
#: or ``None`` for a municipality or region): the office works there, as in one named by the city's
#: full name (驻广州办事处, also for the cities not listed above). Only the usual ones; 驻汉 is 武汉
#: before 办 (驻汉中办事处 names 汉中).
STATIONED_CITY_ABBREVIATIONS: dict[str, tuple[str, str | None]] = {
    "京": ("北京", None), "沪": ("上海", None), "津": ("天津", None), "渝": ("重庆", None),
    "穗": ("广东", "广州市"), "深": ("广东", "深圳市"), "汉": ("湖北", "武汉市"), "蓉": ("四川", "成都市"),
    "郑": ("河南", "郑州市"), "乌": ("新疆", "乌鲁木齐市"), "疆": ("新疆", None),
    "港": ("香港", None), "澳": ("澳门", None),
}

#: Short names of the prefecture-level divisions of ``features.data.national_divisions`` (武汉, 南京; every
#: province but Xinjiang and Henan, listed above down to counties) that are also common words or
#: names (大同小异, 三明治, 长治久安, 平安顺利, 大理石, 阿里巴巴, 足球的中卫, 航海东路, 普通化妆品): in free
#: text (a graduate's wish) only their full names (大同市, 大理州, 阿里地区) name the place. Chosen by
#: reading where each short name stands in real texts (gkld and Henan posts, Wuhan postings) and by
#: the words a wish is written in. Not those whose other sense a wish hardly uses (海口 of 夸下海口,
#: 中山 of 中山路: the street is guarded, ``CITY_NAME_GUARDS``).
CITY_SHORT_NAMES_ALSO_WORDS = frozenset(
    "大同 长治 四平 白山 白城 通化 黑河 三明 吉安 来宾 巴中 广安 安顺 普洱 红河 文山 大理 德宏 山南 阿里 林芝 安康 白银 "
    "天水 海东 玉树 海北 海西 中卫 河源".split()
    # 省直辖县级行政区划 (``PROVINCE_DIRECT_COUNTIES``): 东方 (新东方, 东方街道), 定安 (制定安全), 临高
    # (面临高考), 白沙 (白沙镇, 白沙洲: a town's name in many provinces) need their suffix.
    + "东方 定安 临高 白沙".split()
)

#: Short names of prefecture-level divisions that name other divisions too, so that they say no
#: place alone, wherever written: 朝阳 (朝阳市 of 辽宁; 朝阳区 of 北京 and 长春), 兴安 (兴安盟; 兴安县 of
#: 广西, 兴安区 of 伊春, 大兴安岭). Only their full names (朝阳市, 兴安盟) are read. National list of
#: 行政区划代码 as of 2020 (the ``adcodes.csv`` of the dependency ``cpca``, 0.5.5).
#: Also 昌江 of ``PROVINCE_DIRECT_COUNTIES`` (昌江黎族自治县; 景德镇's 昌江区).
CITY_SHORT_NAMES_NOT_ALONE = frozenset({"朝阳", "兴安", "昌江"})

#: Short names of prefecture-level divisions inside another division's name in that list → (the
#: characters that may not stand before, that may not follow them): 西安区 (辽源, 牡丹江), 大同区 (大庆),
#: 中山区 (大连), 资阳区 (益阳), 甘南县 (齐齐哈尔), 五大连池市, 峨眉山市 (乐山: holds 眉山市 too).
#: Any such name is also not read before 路 街 镇 乡, a street or town named after the city (洛阳's
#: 武汉路, 南阳's 金华镇, 周口's 大连乡), nor a full one ending in 市 before 场 (大同市场). The rest: short
#: names that run across two words of a wish, their first character ending the word before or their
#: last beginning the next (华东营销 is no 东营, 沿海口岸 no 海口, 美丽江南 no 丽江, 西南充电 no 南充,
#: 推广元宇宙 no 广元, 北海道 no 北海, 德州扑克 no 德州, 日照充足 no 日照).
CITY_NAME_GUARDS: dict[str, tuple[str, str]] = {
    "西安": ("", "区"), "大同": ("", "区"), "中山": ("", "区"), "资阳": ("", "区"), "甘南": ("", "县"),
    "大连": ("五", ""), "眉山": ("峨", ""),
    "东营": ("", "销"), "海口": ("沿出入", ""), "丽江": ("美秀", ""), "南充": ("", "电"), "广元": ("", "宇"),
    "北海": ("", "道"),
    "德州": ("", "扑"), "日照": ("", "充"),  # 德州扑克, 日照充足
    # Of ``PROVINCE_DIRECT_COUNTIES``: 南天门 and 天门山 (张家界), 文昌阁 and 文昌帝君, 十三陵水库, 娱乐东….
    "天门": ("南", "山"), "文昌": ("", "阁宫帝"), "陵水": ("", "库"), "乐东": ("娱快音欢", ""),
}
