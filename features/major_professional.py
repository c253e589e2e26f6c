"""广东's code table files 专业学位 fields under academic disciplines: 「学科教学硕士（体育）（A040113）」 (the
教育 field 学科教学（体育）, 045112) and 「体育教学硕士（专业硕士）（A040305）」 (the 体育 field 体育教学, 045201) carry
codes of 教育学 / 体育学 二级学科 (0401xx, 0403xx). Read by those codes, a graduate of the field they name was
refused on it (a 体育 master on 体育教学, a 学科教学（语文） master on 学科教学硕士（语文）). ``professional_field``
gives the 专业学位 code the entry names, so the field's own graduates match and a 类别-recorded one is asked.
"""

from __future__ import annotations

import re

from features.major_codes import MajorCodeTables

#: 「英语笔译硕士(专业硕士)」「学科教学硕士(语文)」 as ``_resolve`` joins a name and its qualifier.
_MASTERS_ENTRY = re.compile(r"^(?P<field>[\u4e00-\u9fff]{2,12}?)硕士\((?P<note>[\u4e00-\u9fff]{1,8})\)$")


def _professional(code: str | None) -> bool:
    # 专业学位 类别 XX5X and their fields XX5XYY; 「…00」 is a 类别 written with six digits.
    return code is not None and len(code) in (4, 6) and code[2] == "5"


def professional_field(name: str | None, tables: MajorCodeTables) -> str | None:
    """The 专业学位 类别 or 领域 code a 「X硕士（专业硕士）」 or 「学科教学硕士（Y）」 entry names (体育教学 045201,
    学科教学(体育) 045112, 会计 1253, 英语笔译 055101), or ``None`` (no such entry, or a field the tables lack:
    日语口译, 通信工程; the entry keeps the code it was written with)."""
    match = _MASTERS_ENTRY.match(name or "")
    if match is None:
        return None
    field, note = match["field"], match["note"]
    # 「工商管理硕士」 is 1251 where 「工商管理」 is the discipline 1202; 「计算机技术硕士」 is only 广东's 081204.
    names = (f"{field}硕士", field) if note == "专业硕士" else (f"{field}({note})",)
    return next((code for code in map(tables.graduate_code, names) if _professional(code)), None)


#: 「农业硕士（农艺与种业）」, 「农艺与种业（农业硕士）」: a name and a bracketed name.
_BRACKETED = re.compile(r"^(.+?)[（(]([^（）()]+)[）)]$")


def named_professional_category(words: str, tables: MajorCodeTables) -> str | None:
    """The 专业学位 category (4 digits, 3rd digit 5) a name names, alone with 硕士/博士 or in brackets before or inside
    them: 「农业硕士」, 「农业硕士（农艺与种业）」 and 「农艺与种业（农业）」 → 0951. Only a category: 「物理学（师范）」 names
    no field. The 2022 fields of most categories (农艺与种业 095131) are in no shipped catalog (``features/data/README.md``),
    so the category the record names is what places such a master."""
    found = _BRACKETED.match(words)
    for part in found.groups() if found else (words,):
        part = part.strip()
        for candidate in (part, part.removesuffix("硕士"), part.removesuffix("博士")):
            code = tables.graduate_code(candidate) if candidate else None
            if code is not None and len(code) == 4 and code[2] == "5":
                return code
    return None
