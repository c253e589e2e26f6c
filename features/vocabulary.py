"""Domain words for the segmenter: job, industry and place terms of campus recruitment.

Major names come from the catalog (``MajorCatalog.names``); this module adds the terms a
general dictionary cuts badly.
"""

from __future__ import annotations

from features.catalog import MajorCatalog

JOB_TERMS = (
    "软件工程师 前端开发 后端开发 测试工程师 运维工程师 数据分析师 算法工程师 产品经理 项目经理 "
    "会计 出纳 审计 财务管理 税务 统计员 文秘 行政助理 人力资源 综合管理 文字综合 文稿起草 "
    "信息化建设 网络安全 电子商务 市场营销 销售代表 客户经理 采购员 物流专员 仓储管理 "
    "施工员 造价员 监理员 质检员 安全员 技术员 电气工程师 机械设计 工艺工程师 "
    "护士 护理 临床医师 医师 药剂师 检验师 影像医师 公共卫生 疾病预防控制 "
    "教师 中学教师 小学教师 幼儿教师 辅导员 科研助理 实验员 研究助理 "
    "乡镇 街道 社区 村官 大学生村官 三支一扶 西部计划 特岗教师 基层服务 "
    "实习 见习 就业见习 应届毕业生 全日制 普通高校 "
    "维吾尔语 哈萨克语 双语 普通话 汉语言 "
    "公务员 事业编制 机关 事业单位 国有企业 民营企业 "
    "五险一金 绩效奖金 包吃住 双休"
).split()

INDUSTRY_TERMS = (
    "互联网 信息技术 人工智能 大数据 云计算 软件服务 通信 电子信息 新能源 光伏 风电 "
    "石油化工 煤化工 矿业 冶金 建筑工程 房地产 交通运输 物流 现代农业 畜牧业 林果业 "
    "纺织服装 食品加工 旅游 酒店 文化旅游 金融 银行 保险 证券 教育培训 医疗卫生 医药 "
    "生物医药 环境保护 水利 电力 电网 政务服务 社会保障"
).split()

PLACE_TERMS = (
    "新疆 新疆维吾尔自治区 乌鲁木齐 乌鲁木齐市 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 博乐 巴音郭楞 库尔勒 "
    "阿克苏 克孜勒苏 阿图什 喀什 喀什地区 和田 伊犁 伊宁 伊犁哈萨克自治州 塔城 阿勒泰 石河子 "
    "阿拉尔 图木舒克 五家渠 北屯 铁门关 双河 可克达拉 昆玉 胡杨河 新星 "
    "奎屯 霍尔果斯 阿拉山口 库车 沙湾 乌苏 昌吉市 阜康 米东区 天山区 沙依巴克区 新市区 水磨沟区 头屯河区 达坂城区"
).split()


def domain_words(catalog: MajorCatalog | None = None) -> list[str]:
    """Every extra word the project's segmenter should know."""
    words = [*JOB_TERMS, *INDUSTRY_TERMS, *PLACE_TERMS]
    if catalog is not None:
        words.extend(catalog.names())
    return sorted(set(words))
