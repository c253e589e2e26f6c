"""A hukou cell's list of places split into names (``patterns`` reads hukou clauses with it; moved out of
``patterns`` to keep that module one list of rules)."""

from __future__ import annotations

import re

_PLACE_END = "省市区县州盟旗镇乡"  # last characters of a complete place name


def split_places(text: str) -> list[str]:
    """``湖州市吴兴区、南浔区和南太湖新区`` → three places. 、 and , always separate; 和/及/或
    only after a complete name (ending in 省, 市, 县 …) and before a name of two characters
    or more, so that 云和, 和田, 太和镇, 平和县 and 天津市和平区 stay whole (a one-character
    name after 和 is read as part of the name before: 和平区, not 平区)."""
    out: list[str] = []
    for part in re.split(r"[、,]", text):
        start = 0
        for m in re.finditer(r"[或和及]", part):
            left, right = part[start : m.start()], part[m.end() :]
            if len(left) >= 2 and left[-1] in _PLACE_END and len(right) >= 2 and right[1] not in _PLACE_END:
                out.append(left)
                start = m.end()
        out.append(part[start:])
    return [q for q in (_PLACE_LEAD.sub("", p) for p in out) if q]


#: Words that ask for the place, not part of its name (「限具有平谷户籍」 names 平谷, not 具有平谷):
#: a place read with one is stripped of it, whichever rule read it.
_PLACE_LEAD = re.compile(r"^(?:仅限|限于|限|要求)?(?:(?:须|需|必须|应)?(?:具有|具备|持有)|(?:须|需|必须|应)为)")
