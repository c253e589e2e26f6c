"""The national student loan (国家助学贷款): the 助学贷款 column (是/否) and an item of the 困难类别
cell that names the loan (「建档立卡、助学贷款」). Financial aid, not a hardship category.

Pure functions, as ``features.values``: ``None`` when the cell says nothing, ``ValueError``
with a Chinese message when it says something that cannot be read.
"""

from __future__ import annotations

import re

from features.hardship_words import HARDSHIP_WORDS

#: 国家助学贷款 is financial aid, not a hardship category: its own field (and column). Named as an
#: item of the 困难类别 cell (「建档立卡、助学贷款」「低保；未获得国家助学贷款」) it is read into that field.
STUDENT_LOAN_WORD = re.compile(r"助学贷款|助贷")
_LOAN_ITEM = re.compile(
    r"^(?:(?P<no>无|未|没有|非|不是|否)(?:获得|享受|申请|办理)?|已?(?:获得|享受|办理|有))?了?"
    r"(?:国家|生源地(?:信用)?|校园地)?(?:国家)?(?:助学贷款|助贷)(?:的)?(?:学生|毕业生|人员|对象|户)?$")
#: A bracketed note after the answer (「是（生源地）」「否(未申请)」): the answer decides.
_LOAN_NOTE = re.compile(r"[（(]([^（()）]*)[）)]$")


def loan_item(part: str) -> bool:
    """An item of the 困难类别 cell that names the loan: 「国家助学贷款」 → True, 「无助学贷款」 →
    False; a bracketed answer decides (「助学贷款（否）」). An item that mixes the loan with
    anything else (「脱贫户助学贷款」) is refused: which word is the category is a guess."""
    note = _LOAN_NOTE.search(part)
    stem = part[:note.start()] if note else part
    found = _LOAN_ITEM.match(stem)
    if found is None:
        if any(pattern.search(stem) for pattern, _ in HARDSHIP_WORDS):
            raise ValueError(f"困难类别「{part}」中的助学贷款请与困难类别分开写（如「建档立卡、助学贷款」），"
                             "或填在「助学贷款」列（是/否）")
        raise ValueError(f"无法识别的助学贷款情况「{part}」（可写：助学贷款、无助学贷款，或填在「助学贷款」列）")
    stated = found.group("no") is None
    if note is not None:
        try:
            answer = parse_student_loan(note.group(1))
        except ValueError:
            answer = None  # a note, not an answer (「助学贷款（生源地）」)
        if answer is not None:
            if not stated and answer:
                raise ValueError(f"无法识别的助学贷款情况「{part}」（可写：助学贷款、无助学贷款）")
            stated = answer
    return stated


_LOAN_YES = re.compile(r"^(?:是|有|已?获得|已?贷款?|已办理|√|✓|y|yes|true|1|(?:国家|生源地(?:信用)?|校园地)?(?:国家)?助学贷款)$",
                       re.IGNORECASE)
_LOAN_NO = re.compile(r"^(?:否|无|没有|未获得|未贷款?|未办理|未申请|无贷款|没有贷款|不是|×|n|no|false|0)$", re.IGNORECASE)


def parse_student_loan(value: object) -> bool | None:
    """A 助学贷款 cell: 「是」「有」「已获得」「生源地信用助学贷款」「是（生源地）」 → True; 「否」「无」
    「未获得」「未申请」 → False; empty → ``None`` (not stated). Anything else raises ``ValueError``."""
    if value is None or isinstance(value, bool):
        return value
    text = re.sub(r"\s+", "", str(value))
    if not text:
        return None
    answer = _LOAN_NOTE.sub("", text) or text
    if _LOAN_YES.match(answer):
        return True
    if _LOAN_NO.match(answer):
        return False
    raise ValueError(f"无法识别的助学贷款情况「{text}」（可写：是、否）")
