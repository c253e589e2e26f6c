"""An employer's contact as a job table states it (``Job.contact``): pure text functions.

Tables give it in columns of their own (单位网站, 联系人, 联系电话 …) or at the end of a note
(the Henan 2026 table: 「…不得报考；咨询电话：0371-1234567」 in 备注). ``labelled`` writes one
column's cell with its label, ``join_contacts`` joins them, and ``split_contact`` takes a
clearly labelled contact number out of a note; any other number stays in the note. Only an
employer's public contact is read here: a graduate's phone is personal data and goes nowhere new.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Between the parts of one contact (「单位网站：http://…；联系人：王老师」).
SEPARATOR = "；"

#: A landline with its area code (0371-1234567, (0991)1234567, extension 转123), a mobile
#: number, or a 400 service number.
_PHONE = r"(?:[(（]?0\d{2,3}[)）]?[-－—–]?\d{7,8}(?:(?:[-－]|转)\d{1,6})?|1[3-9]\d{9}|400[-－]?\d{3}[-－]?\d{4})"
#: A clause that is nothing but a contact number under its label: 「咨询电话：0371-1234567，0371-7654321」.
#: A supervision or complaint hotline (监督电话, 举报电话) is not the employer's contact: not matched.
_CONTACT_CLAUSE = re.compile(
    r"(?:(?:报名|招聘|招考|政策|业务)?(?:咨询|联系)(?:电话|方式)|联系人?电话|电话)\s*[:：]?\s*"
    + _PHONE + r"(?:\s*[，,、/／]\s*" + _PHONE + r")*"
)
_CLAUSE_END = re.compile(r"([；;。\n])")
#: A cell that already names what it holds (「学校网址： http://…」「联系人：王老师」).
_SELF_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,10}\s*[:：]")


def split_contact(note: str) -> tuple[str | None, str | None]:
    """(the note without its contact clauses, those clauses) — either ``None`` when empty.

    A clause (between 「；」「。」) is taken out only when it is a labelled phone number and
    nothing else (「咨询电话：0371-1234567」); 「报名时请携带…电话」 or a number in a sentence
    stays in the note, which keeps what it said.
    """
    pieces = _CLAUSE_END.split(note)
    kept: list[str] = []
    found: list[str] = []
    for i in range(0, len(pieces), 2):
        clause, end = pieces[i], pieces[i + 1] if i + 1 < len(pieces) else ""
        if clause.strip() and _CONTACT_CLAUSE.fullmatch(clause.strip()):
            found.append(clause.strip())
        else:
            kept.append(clause + end)
    if not found:
        return note, None
    rest = "".join(kept).strip()
    rest = re.sub(r"[；;\s]+$", "", rest)
    return rest or None, SEPARATOR.join(found)


def labelled(label: str | None, value: str) -> str:
    """A contact cell with its column's label (「联系人：王老师」), unless the cell names what
    it holds already (「学校网址： http://…」) or ``label`` is ``None`` (a plain 联系方式 column)."""
    value = value.strip()
    if not label or _SELF_LABELLED.match(value):
        return value
    return f"{label}：{value}"


def join_contacts(parts: Iterable[str | None]) -> str | None:
    """The parts, each once, joined by 「；」; ``None`` when there is none."""
    kept = list(dict.fromkeys(p.strip() for p in parts if p and p.strip()))
    return SEPARATOR.join(kept) or None


__all__ = ["SEPARATOR", "join_contacts", "labelled", "split_contact"]
