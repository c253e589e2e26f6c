"""The public-sector system (系统) a post belongs to, read from its employer's name, else the
unit above it, else its 职位类别 or 考试类型, else its title: 财政局 → 财政税务, XX县人民医院 →
医疗卫生, XX中学 → 教育, 人民检察院 → 公安司法; 综合行政执法队 under 某街道办事处 → 乡镇街道.

Civil-service and 事业单位 tables state no 行业 (the gkld records: 11,451 of 11,720 posts have
neither a 行业 nor a 职位类别 that names a field of work), yet organisers group such posts by the
system of the employer (卫健系统、教育系统 …), so ``matching.fair_themes`` themes them by it.

A Chinese organisation name ends with what the unit is (九江市气象局财务核算中心 is of the 气象
system, 吴川市吴阳镇中心幼儿园 a kindergarten, 正蓝旗五一种畜场卫生院 a clinic), so of the words
found the one that ends last wins, the longer one on a tie (科学院 over 学院). Titles are read
only for words that name the work of one system (教师, 医师, 检察, 兽医), not a function every
unit has (会计, 综合管理): a 财务岗 of a 气象局 is a 气象 post.

Beijing tables often name the employer only by an office (综合行政执法队, 综合办公室, 医政医管科,
房管所) and state the unit above it in 上级单位 (某区卫生健康委员会): the parent is read next, as a
name. A 职位类别 or 考试类型 (教师, 医疗) names the work as a title does, and is read before the
title, which is the least sure (检察官助理 tells; most titles tell nothing).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from features.vocabulary import industry_text

#: (system, words in an employer's name, words in a title or 职位类别). Names are short, for
#: fair titles (「医疗卫生专场」). Order only matters for equal matches (none in practice).
#: Grouped as governments group their units: a 档案馆 is a party unit since the 2018 reform (the
#: 档案局 joined the 党委办公室), so 党政机关 by 「档案」, not 文化旅游; a 检验检测研究院 or
#: 药品检验研究院 is the 市场监督管理局's, not a research institute (the longer word wins the tie
#: with 研究院); 群团 (总工会, 妇联, 团委, 工商联, 侨联) sit with 党政机关. A name that is only a town
#: or township (陈集镇, 北京市顺义区杨镇, 北京市朝阳区来广营地区 — Beijing's 地区 are 乡) is its
#: government; a name that is only a county or prefecture (龙游县, 阿勒泰地区阿勒泰市, 新疆维吾尔自治区
#: 阿勒泰地区 — the 区 of 自治区 is no district) tells nothing. A 城建档案馆 keeps the records of
#: building works for the 住建 bureau it belongs to. A government's office in another city
#: (XX县人民政府驻北京办事处, a 驻京办) is the government's, not a 街道办事处: the longer word wins
#: (驻马店 is a city); only after a government's name (a company's or a university's 驻新疆办事处 is no
#: government office). By the same 2018 reform as the 档案馆, 电影局, 新闻出版局 and 版权局 are names of the
#: party 宣传部, so 党政机关; 电影 alone (电影公司, 电影院) stays 文化旅游. 污水处理 stays 水利, beside 排水
#: and 供水: where a 水务局 runs them, sewage works are its own (城镇排水与污水处理条例 puts them under 住建
#: where there is none; the list reads 水务 for both). In a title or 职位类别, 出版 (出版发行, 图书出版编辑)
#: is publishing work as 编辑 is, so 文化旅游 with it; only an employer named 新闻出版局 is the party's.
SECTORS: tuple[tuple[str, str, str], ...] = (
    ("教育", r"大学|学院|学校|中学|小学|幼儿园|职高|中专|技校|附中|附小|教育局|教育委员会|教委|教育和体育局|教体局|"
             r"教育(?:科学)?研究|教研|教学|教育|教育体育|少年宫|少儿活动",
     r"教师|老师|教练员|辅导员|班主任|保育员|幼教|教研员|教学|教育"),
    ("医疗卫生", r"医院|卫生院|卫生服务|保健院|保健所|保健站|疾病预防控制|疾控|卫生健康|卫健|卫生计生|卫生和计划生育|"
                 r"卫生局|卫生监督|急救|血站|血液中心|妇幼|医疗|医学中心|精神卫生|健康教育|康复中心|诊所|门诊|卫生健康体育|医管中心|医院管理中心|"
                 r"职业病防治",
     r"医师|医生|护士|护理|药师|药剂|检验师|医学检验|临床检验|影像|麻醉|康复治疗|临床|中医|口腔|放射|超声|病理|公共卫生|医疗|医技|"
     r"卫生类|卫生专业|疾控"),
    ("财政税务", r"财政|税务|国库|非税|国有资产|国资|会计核算中心|预算|政府债务|政府和社会资本合作", r"税务|税收|财政"),
    ("审计统计", r"审计|统计局|调查队|普查中心", r"审计局"),
    ("公安司法", r"公安|派出所|警察|警务|交警|交通管理|看守所|拘留所|监狱|戒毒|法院|检察|司法|法律援助|公证处|"
                 r"仲裁|政法委|特警|反恐|罪犯|管教所|矫治所|社区矫正|综治中心",
     r"警察|警务|民警|辅警|检察|法官|书记员|司法|狱警|审判"),
    ("农业农村", r"农业|农村|农机|农技|农牧|畜牧|兽医|动物防疫|动物卫生|动物疫病|植保|植物保护|种子|林业|林场|"
                 r"草原|林草|水产|渔业|农垦|乡村振兴|供销|农经|农村经济|农业经济|种畜|农科|果树|园艺|蚕桑|茶叶|农场|牧场|"
                 r"动物卫生监督|林长制|自然保护区|自然保护中心|经管站|农村合作经济",
     r"农技|农艺|畜牧|兽医|动物防疫|植保|林业|农业|水产"),
    ("交通运输", r"交通运输|交通局|交通委|公路|道路运输|运输管理|港航|航道|港口|海事|铁路|民航|机场|邮政|公交|"
                 r"轨道交通|客运|车辆管理|空中交通管理|船舶检验|路桥",
     r"道路交通|交通运输|公路"),
    ("水利", r"水利|水务|水政|南水北调|水文|水库|灌区|灌溉|水资源|河道|河务|河湖|防汛|水土保持|供水|排水|污水处理", r"水利|水文"),
    ("自然资源", r"自然资源|国土|规划|测绘|不动产|地质|矿产|地理信息|资规|征地|海洋|地籍|土地收购储备", r"测绘|国土"),
    ("生态环境", r"生态环境|环境保护|环保|环境监测|环境监察|环境卫生|环境卫生服务|环卫", r"环境监测|环保"),
    ("住房城建", r"住房和城乡建设|住房城乡建设|住房和城市建设|住房城市建设|住建|城乡建设|建设局|城市管理|城管|园林|市政|房产|房屋|住房保障|"
                 r"公积金|人民防空|人防|建筑|建设工程|燃气|公园城市|房管|城市建设档案|城建档案", r"城管|市政"),
    ("市场监管", r"市场监督|市场监管|工商行政|质量技术监督|质监|药品监督|食品药品|知识产权|标准化|计量|特种设备|"
                 r"产品质量|检验检测|药品|检验检测研究院|检验研究院|检测研究院|质量检验研究院", r"市场监管"),
    ("人社医保", r"人力资源和社会保障|人力资源社会保障|人社|社会保险|社保|社会劳动保险|医疗保障|医保|就业|劳动|"
                 r"人才(?:服务|交流|驿站)|人才局|海外学人|劳动人事争议仲裁|劳动争议仲裁|养老保险", r"社保|医保"),
    ("民政", r"民政|残疾人|残联|养老|福利院|福利中心|敬老院|光荣院|救助|退役军人|殡葬|殡仪|婚姻登记|老龄|慈善|红十字|社会组织管理",
     r"民政|社会工作"),
    ("文化旅游", r"文化|旅游|文旅|文物|博物|文博|图书馆|纪念馆|美术馆|广播电视|广电|电视台|广播|融媒体|新闻|报社|"
                 r"出版|杂志社|期刊|电影|陈列馆|体育|运动管理中心|反兴奋剂|健身气功|艺术|剧院|剧团|保护传承|歌舞|杂技|非物质文化|景区|风景名胜", r"播音|主持|编辑|出版|记者|文物|讲解员"),
    ("科研气象", r"科学技术|科技局|科学院|研究所|研究院|研究中心|研究室|实验室|试验站|试验场|科协|科学|气象|气候中心|大气探测|人工影响天气|地震",
     r"科研|研究人员|研究员|气象|预报"),
    ("金融", r"银行|信用社|信用合作|信用联社|城联社|证券|保险公司|金融", r"金融|信贷"),
    ("应急消防", r"应急管理|应急局|应急保障|应急指挥|消防|安全生产|安监|救援|森林防火|森林消防", r"消防"),
    ("发展改革", r"发展和改革|发展改革|发改|工业和信息化|工信|经信|商务|经济(?!(?:技术)?开发区)|投资促进|招商|粮食|物资储备|能源|口岸|"
                 r"固定资产投资|营商环境|公共信用|社会信用|通信管理局|工业园区|产业园区|"
                 r"开发区(?!分局)|高新区(?!分局)", r"招商"),
    ("乡镇街道", r"(?:乡|镇)(?:人民政府|政府|党委|综合|便民|为民|社会事务|公共服务|党群|经济发展|中心)|苏木|街道|"
                 r"社区|村委|村民委员会|嘎查|办事处|(?:^|(?<=[市县区旗]))[^市区旗镇乡]{1,8}(?:镇|乡)$|(?<=[^治]区)[^市县区旗]{1,5}地区$",
     r"社区"),
    ("党政机关", r"纪委|纪工委|监委|纪检|纪检监察|纪律检查|监察委|组织部|宣传部|统战部|党委|市委|县委|区委|旗委|州委|"
                 r"人大|政协|人民政府|政府|办公厅|机关事务|党校|行政学院|行政学校|社会主义学院|信访|编办|机构编制|"
                 r"政务服务|外事|侨务|民族宗教|档案|老干部|史志研究室|党史研究室|地方志研究中心|委研究室|政府研究室|"
                 r"政府发展研究中心|政策研究|(?:(?<=政府)|(?<=[省市县区州盟旗])|(?<=地区)|(?<=兵团)|(?<=[市县区旗州]委))驻(?!马店)[^驻街乡镇社村]{1,12}(?:办事处|联络处)|电影局|新闻出版局|版权局|[区市县旗级及]机关$|总工会|工会联合会|(?:乡|镇|街道|园区|开发区)[\x29）]?工会|妇联|妇女联合会|"
                 r"(?:园区|开发区|高新区|机关)(?:工作委员会|工委)|团委|共青团|工商联|侨联|行政审批局|公共资源交易|行政服务中心|大数据(?:发展|管理|服务)?(?:局|中心)|数据资源管理局|智慧城市|网信|网络安全和信息化|网络安全应急指挥|外联办",
     r"纪检|组织员"),
)


@dataclass(frozen=True, slots=True)
class Sector:
    """A post's system and the words that told it."""

    name: str  # "医疗卫生"
    word: str  # "人民医院" … the matched word
    source: str  # "单位名称", "上级单位", "职位类别", "考试类型" or "职位名称"
    text: str = ""  # the text that told it, as given ("某区卫生健康委员会")


@functools.cache
def _patterns(column: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Longer alternatives first: a regex takes the first alternative that matches, and 「农村」
    # must not hide 「农村经济」. In a lookahead, so that matches may overlap: 「市委」 must not
    # use up the 「委」 of 「委研究室」 (中共北京市委研究室 is a party office, not a research one).
    def overlapping(pattern: str) -> re.Pattern[str]:
        return re.compile("(?=(" + "|".join(sorted(_alternatives(pattern), key=len, reverse=True)) + "))")

    return tuple((name, overlapping(words[column - 1])) for name, *words in SECTORS)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``|`` outside parentheses)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def _last(text: str, column: int) -> tuple[str, str] | None:
    """(system, word) of the word of ``text`` that ends last, the longer on a tie."""
    best: tuple[int, int, int, str, str] | None = None
    for order, (name, pattern) in enumerate(_patterns(column)):
        for match in pattern.finditer(text):
            key = (match.end(1), len(match.group(1)), -order, name, match.group(1))
            if best is None or key[:3] > best[:3]:
                best = key
    return None if best is None else (best[3], best[4])


#: Brackets closing a name: another name of the unit, a sub-unit or a tag (中共新蔡县委党校
#: （新蔡县行政学校）, 南阳市社会保险中心（桐柏县企业养老保险分中心）, （参公）, （三支一扶）).
_CLOSING_BRACKETS = re.compile(r"(?:\s*[（(][^（）()]*[)）])+\s*$")


#: The end of a name that is only a branch or office located in a town, street or community
#: (婚姻登记处龙坪办事处, 体育馆路街道所, 龙潭体育馆路社区监督科): the place word tells where it is,
#: not what it does, so a parent that states a system says what it does. Short endings only:
#: a 镇综合行政执法队 or 社区卫生服务中心 is the town's or names its work.
_BRANCH_IN_PLACE = re.compile(r"(?:办事处|(?:街道|社区|镇|乡)[^市县区旗镇乡街社]{0,3}[所科股室组队站])$")

#: Systems of a parent that do not tell what a town office does: the district or county
#: government or party committee above a 街道办事处 is the town's own chain, not a system.
_NOT_TELLING_PARENTS = frozenset({"乡镇街道", "党政机关"})


def _read_name(text: str | None, column: int) -> tuple[str, str, str] | None:
    """(system, word, the text read) of a name or a title, read before closing brackets first."""
    cleaned = industry_text(text).strip() if text else ""
    for read in dict.fromkeys((_CLOSING_BRACKETS.sub("", cleaned) if column == 1 else cleaned, cleaned)):
        if read and (found := _last(read, column)) is not None:
            return found[0], found[1], read
    return None


def sector_of(employer: str | None, title: str | None = None, *, parent_unit: str | None = None,
              category: str | None = None, exam_type: str | None = None) -> Sector | None:
    """The system of a post from its employer's name, else the unit above it (上级单位), else its
    职位类别, else its 考试类型, else its title; ``None`` when none names one (「综合办公室」「会计岗」
    with no parent). Names (the employer's, the parent's) are read before closing brackets
    first: that part states the unit, while the brackets may end with another unit's word (a
    党校 also named 行政学校 is no school). 「教育」 of a party or prison unit (党员教育中心,
    教育矫治所) is not the education system (``industry_text``). An employer that is only a
    branch or office in a place (``_BRANCH_IN_PLACE``) takes its parent's system when the parent
    states one other than a town's or a government's."""
    for text, column, source in ((employer, 1, "单位名称"), (parent_unit, 1, "上级单位"), (category, 2, "职位类别"),
                                 (exam_type, 2, "考试类型"), (title, 2, "职位名称")):
        if (found := _read_name(text, column)) is None:
            continue
        if source == "单位名称" and found[0] == "乡镇街道" and _BRANCH_IN_PLACE.search(found[2]):
            parent = _read_name(parent_unit, 1)
            if parent is not None and parent[0] not in _NOT_TELLING_PARENTS:
                return Sector(parent[0], parent[1], "上级单位", parent_unit.strip())
        return Sector(found[0], found[1], source, text.strip())
    return None
