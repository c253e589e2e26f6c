"""The words and patterns a free-text wish is read with, shared by ``features.intentions`` (sentences) and
``features.terse_wishes`` (verbless lists): the places of free text, the vocabulary's kinds of work and
industries, the phrase after a verb of doing, and the words that say how a job should be, not what it is."""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.data.places import AMBIGUOUS_SHORT_NAMES, CITY_SHORT_NAMES_ALSO_WORDS
from features.place_keys import PLACE_ALIASES, alias_pattern
from features.vocabulary import INDUSTRY_TERMS, JOB_TERMS


#: Words of ``JOB_TERMS`` that describe conditions or benefits, not a kind of job.
NOT_CATEGORIES = frozenset("应届毕业生 全日制 普通高校 五险一金 绩效奖金 包吃住 双休 普通话 双语".split())
#: 「中小学教师」 is read whole (not as the 小学教师 inside it): ``JOB_KIND_ONLY_NAMES`` says which posts
#: it names. Not a segmenter word, as job texts rarely write it.
#: Kinds of employer in everyday words (「去国企」「想考事业编」「想去外企」「想在政府部门工作」), read as categories that
#: ``matching.preferences.employer_types_wanted`` names; 外国企业 is read whole, not as the 国企 inside it.
#: 「想进体制内」「想考编」「想考公」 name kinds of employer too (``matching.preferences``: 机关 and 事业单位).
EMPLOYER_WORDS = ("国企", "央企", "外企", "外国企业", "事业编", "政府部门", "体制内", "考编", "考公")

#: 社会工作 is read whole: 「希望从事社会工作」 read 社会, which met 「西部计划志愿者（基层社会管理）」 and any 社会… title.
CATEGORY_TERMS = (*(t for t in JOB_TERMS if t not in NOT_CATEGORIES), "中小学教师", "中小学老师", "社会工作",
                  *EMPLOYER_WORDS)


def term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so 乌鲁木齐市 wins over 乌鲁木齐 at the same position.
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in ordered))


#: Short names that are also common words (天山, 三明, 大理): in free text they need their suffix.
WORD_NAMES = AMBIGUOUS_SHORT_NAMES | CITY_SHORT_NAMES_ALSO_WORDS
#: The spellings read in free text.
TEXT_ALIASES = {a: k for a, k in PLACE_ALIASES.items() if a not in WORD_NAMES}
TEXT_PLACES = alias_pattern(TEXT_ALIASES)
CATEGORIES = term_pattern(CATEGORY_TERMS)
INDUSTRIES = term_pattern(INDUSTRY_TERMS)
#: 从事软件开发、系统运维或数据分析工作 / 想找后端开发或测试岗位: the phrase between the
#: verb and 工作/岗位 or the clause end, split at 、/或/和 into job kinds. Not 做好/找到 (「做好基层工作」).
DOING = re.compile(
    r"(?:从事|想做|希望做|做|应聘|求职|意向为?|想找|找|当|担任|成为)(?![好完到出过])"
    r"([\u4e00-\u9fffA-Za-z、或和及与/]{2,40}?)(?P<related>相关)?(?P<of>的)?(?:工作|岗位|职位|方面|类|等)?(?=$|[，,。；;\s])"
)
ITEM_SPLIT = re.compile(r"[、或和及与/]+")
#: Words after 做/找 that say how the job should be, not what it is (「想找稳定工作」「做什么都行」).
#: 「愿意从事非本专业工作」「其他专业的工作」 say the work is outside the major, not which work
#: (``features.open_to_other_work``).
NOT_A_KIND = re.compile(r"什么|啥|任何|哪|都行|都可以|均可|随便|不限|本专业|其他专业")
GENERIC = frozenset("专业 本专业 所学专业 专业对口 对口 稳定 轻松 清闲 体面 安稳 高薪 合适 适合 正式 长期 一般 普通 简单".split())
