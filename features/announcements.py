"""The recruitment season a job's announcement (招聘公告, 简章) belongs to: the year it names.

Position tables name their announcement (gkld's ``examTitle``: 「锡林郭勒盟2020年度医疗卫生和其他
事业单位公开招聘工作人员简章」; a 公告名称 or 简章名称 column) or state the season (年度, 招考年度).
A post of a past season is closed even when its table states no 报名截止日期, and a table of
2021 imported years later must not read as open (``matching.deadlines``). The year is read from
「2023年」「2023年度」「2023届」「2022-2023学年」「2023校园招聘」; of several the latest counts
(「2022-2023」 may run into 2023; 「招聘2022届毕业生（2021年11月）」 is the 2022 season), so that a
post is never closed earlier than its title allows. A title naming no year leaves it unknown:
never guessed. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata

# Four digits standing alone (not inside a code such as 100301 or 2020123): a year 2000–2099.
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


def season_year(text: object) -> int | None:
    """The latest year 2000–2099 that an announcement's title (or a 年度 cell: 2023, 「2023年度」)
    names; ``None`` when it names none."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, float) and text.is_integer():
        text = int(text)  # a spreadsheet's 2023.0
    years = [int(y) for y in _YEAR.findall(unicodedata.normalize("NFKC", str(text)))]
    return max(years) if years else None
