"""The recruitment season a job's announcement (招聘公告, 简章) belongs to: the year it names.

Position tables name their announcement (gkld's ``examTitle``: 「锡林郭勒盟2020年度医疗卫生和其他
事业单位公开招聘工作人员简章」; a 公告名称 or 简章名称 column) or state the season (年度, 招考年度).
A post of a past season is closed even when its table states no 报名截止日期, and a table of
2021 imported years later must not read as open (``matching.deadlines``). The year is read from
「2023年」「2023年度」「2023届」「2022-2023学年」「2023校园招聘」, a title that starts with it
(「2023山东气象部门…」) and 「二〇二三年」; of several the latest counts (「2022-2023」 may run into
2023; 「招聘2022届毕业生（2021年11月）」 is the 2022 season), so that a post is never closed earlier
than its title allows. Four digits that say no year (「XX大学2011协同创新中心」, 「第2020号」,
「中国制造2025研究院」) are a name or a number, not a season: read as a year they would close a
current post. A title naming no year leaves it unknown: never guessed.

Many official tables name their announcement only in a title row above the header (「河南省2026年度
统一考试录用公务员职位表（省辖市以下）」): ``table_title`` tells such a row from a note or an 附件1
line, so the importer can give it to every post of the table. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata

# Four digits standing alone (not inside a code such as 100301 or 2020123): a year 2000–2099.
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
# What makes four digits a year: 年/届/学年 or a recruitment word after them, or a span of years.
_SAYS_YEAR_AFTER = re.compile(r"\s*(?:年|届|学年|校园|秋季|春季|秋招|春招|招聘|[-—–~至到]\s*20\d{2}(?!\d))")
_SPAN_BEFORE = re.compile(r"(?<!\d)20\d{2}\s*[-—–~至到]\s*$")
# Before a year that opens the title: nothing, or an opening bracket.
_TITLE_START = re.compile(r"^[\s(\[【《「“]*$")
# 「二〇二三年」: a year in Chinese digits, written out as the official style has it.
_CHINESE_YEAR = re.compile(r"二[〇零○O0][〇零○O0一二三四五六七八九]{2}(?=\s*年)")
_CHINESE_DIGITS = str.maketrans("〇零○O0一二三四五六七八九", "0000012345678" + "9")


#: What a title naming a table of posts, or the announcement that publishes them, ends with.
_TABLE_WORD = re.compile(r"(?:职位|岗位|计划|需求|一览|汇总|信息|目录|招聘|招录|招考)表$|简章$|公告$|岗位目录$|职位目录$")
#: ... and a word it must hold somewhere: a 汇总表 or 信息表 of something else (报名信息表) is no such title.
_POSTS_WORD = re.compile(r"职位|岗位|招聘|招录|招考|录用|选调|引进|计划|简章|公告")
#: Closing qualifiers after the table word: 「（省辖市以下）」「(新疆)」「【第一批】」, and full stops.
_TRAILING = re.compile(r"(?:\s*[(（\[【][^()（）\[\]【】]*[)）\]】]|[\s。.:：]+)+$")
_PROSE = re.compile(r"[,，。;；:：!！?？]")
#: Longer than this, a cell above the header is prose (a note), not a title.
TITLE_LENGTH = 120


def table_title(text: object) -> str | None:
    """``text`` as the title of a table of posts (「河南省2026年度统一考试录用公务员职位表（省直机关）」,
    「XX市2025年事业单位公开招聘工作人员岗位一览表」, 「…招聘简章」), stripped; ``None`` for anything
    else found above a header: a note (「说明：…」, 「招考职位由…负责解释。」), 「附件1」, a date."""
    if not isinstance(text, str):
        return None
    title = re.sub(r"\s+", " ", text).strip()
    if not title or len(title) > TITLE_LENGTH:
        return None
    core = _TRAILING.sub("", unicodedata.normalize("NFKC", title))
    # Prose punctuation inside is a note (「注：报名时间等详见公告」), not a title.
    if _PROSE.search(core) or _TABLE_WORD.search(core) is None or _POSTS_WORD.search(core) is None:
        return None
    return title


def season_year(text: object) -> int | None:
    """The latest year 2000–2099 that an announcement's title (or a 年度 cell: 2023, 「2023年度」)
    names; ``None`` when it names none."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, float) and text.is_integer():
        text = int(text)  # a spreadsheet's 2023.0
    title = unicodedata.normalize("NFKC", str(text))
    title = _CHINESE_YEAR.sub(lambda m: m.group().translate(_CHINESE_DIGITS), title)
    years = [int(m.group(1)) for m in _YEAR.finditer(title) if _says_year(title, m.start(), m.end())]
    return max(years) if years else None


def _says_year(title: str, start: int, end: int) -> bool:
    before = title[:start]
    return (_SAYS_YEAR_AFTER.match(title, end) is not None or _TITLE_START.match(before) is not None
            or _SPAN_BEFORE.search(before) is not None)
