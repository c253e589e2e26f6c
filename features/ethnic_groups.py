"""The 民族 a graduate record may state: the 56 ethnic groups of GB 3304 and the few other entries
the household register (户口) and ID cards use, and whether a 民族 is one of the 55 minority groups.

Apart from ``features.values`` (the cell parsers) so that ``features.records`` can derive the
少数民族 support group from the 民族 without importing the parsers, which import the records.
"""

from __future__ import annotations

import re

#: The 56 ethnic groups (GB 3304), without the 族 suffix that tables often drop.
ETHNIC_GROUPS = frozenset(
    """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水
    东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克
    俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split()
)

#: Entries outside the 56 groups that a 户口 or ID card states (GB 3304's 97 其他 — the 未识别民族, of
#: whom 穿青人 is the largest, written as such on Guizhou ID cards — and 98 外国血统中国籍人士), in the
#: spellings sheets use. Kept as written: towards a 少数民族 condition their standing is unknown.
OTHER_ETHNICITIES = frozenset(
    "其他 其它 其他民族 未识别民族 其他未识别民族 未定民族 穿青人 外国血统 外国血统中国籍人士 外国人入籍".split())

#: Short forms Xinjiang and Inner Mongolia sheets write for a group (「维族」 for 维吾尔族): refusing them
#: would skip a whole graduate's row over an everyday spelling. Only unambiguous ones (塔族 could be
#: 塔吉克 or 塔塔尔, so it is not here).
SHORT_FORMS = {"维族": "维吾尔", "哈族": "哈萨克", "柯族": "柯尔克孜", "蒙族": "蒙古"}

#: Every spelling of a minority group a record may hold (with and without 族, short forms), for a query
#: over stored records, which may predate the normalisation to the official name.
MINORITY_SPELLINGS = frozenset(
    (*(name for bare in ETHNIC_GROUPS - {"汉"} for name in (bare, bare + "族")), *SHORT_FORMS))


def ethnic_group(ethnicity: str | None) -> str | None:
    """The official name (``维吾尔族``) when ``ethnicity`` is one of the 56 groups, with or
    without 族 or in a short form (维族, ``SHORT_FORMS``); ``None`` for anything else (穿青人, 其他, 外国血统, a typo), whose standing
    towards a 少数民族 condition is unknown rather than a pass."""
    if not ethnicity:
        return None
    text = re.sub(r"\s+", "", ethnicity)
    text = SHORT_FORMS.get(text, text)
    bare = text[:-1] if text.endswith("族") and text[:-1] in ETHNIC_GROUPS else text
    return bare + "族" if bare in ETHNIC_GROUPS else None


def is_ethnic_minority(ethnicity: str | None) -> bool:
    """``ethnicity`` names one of the 55 minority groups (any of the 56 but 汉族), as the policies and
    the cohort profile decide 少数民族 (``policy_checks.check_hardship``); 穿青人 or 其他 do not."""
    group = ethnic_group(ethnicity)
    return group is not None and group != "汉族"
