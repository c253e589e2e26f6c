"""Notes a graduate reads with a post though they restrict nobody: the post's 体能测评 (Henan's column,
or a gkld 备注 clause: 「达到体检及体能测试标准」「行政执法职位专业能力测试：体能测试」), a 体检标准 other than the
general one, 限主修专业报考 / 限以主修学位报考, and 以最高学历对应的专业报考 (a 硕士 whose 本科 major differs applies
with the master's; both wordings shared with the parser, ``major_notices``). A 体能测评 note names 人民警察 where the post
does (Henan's 体检标准 column; a gkld 备注 「考生须达到公安机关录用人民警察的各项标准…：1.体能测评合格」), and a gkld
司法警察 post's 「符合人民警察录用的相关条件」, which names no test, gets the same note. The parser reads them as notes (``Kind.NOTE``: 考试说明 / 报考须知), which give no reason of
their own; a graduate applying to a 公安 post should still learn before the exam that it has a fitness test
and the police medical standard (Henan 2026: 654 posts, e.g. 30075031). The engine shows each as a 符合
result (``engine.check_conditions``), as it does a certificate due after appointment; no graduate record
holds a fact that could decide them.
"""

from __future__ import annotations

import re

from matching.rules.conditions import Condition, Kind, Note, NoteCategory
from matching.rules.major_notices import HIGHEST_MAJOR_RE, MAIN_MAJOR_RE

#: The Henan table's columns (``service.columns``), read whole by ``parser.parse_cell``.
FITNESS_COLUMN = "是否进行体能测评"
MEDICAL_COLUMN = "体检标准"
#: The standard every other post follows: said on every post, it tells the graduate nothing.
_GENERAL_STANDARD = re.compile(r"通用标准")
_POLICE = re.compile(r"人民警察|公安")
#: A fitness test said in free text; a work history in 体能康复 is a condition, never a note, so never read here.
_FITNESS_TEXT = re.compile(r"体能(?:测试|测评)")
#: A post that asks for the conditions of recruiting 人民警察 without naming the test: gkld's 检察院 司法警察 posts
#: (「适合男性报考，符合人民警察录用的相关条件」, 31 posts 2021–2023). 司法警察 are 人民警察, and the 2011 standard for
#: recruiting 人民警察 (体能测评项目和标准) is followed (参照执行) by 法院 and 检察院 for theirs, so the test is theirs too.
_POLICE_TERMS = re.compile(r"符合人民警察录用的?相关条件")
_POLICE_FITNESS = "人民警察职位，测评项目和标准以招录公告为准"


def _is_note(cond: Condition, category: NoteCategory) -> bool:
    return cond.kind is Kind.NOTE and isinstance(cond.payload, Note) and cond.payload.category is category


def _police_post(cond: Condition, conds: tuple[Condition, ...]) -> bool:
    """Whether the post says it recruits 人民警察, in the clause or in a note beside it: gkld 备注 lists
    「考生须达到公安机关录用人民警察的各项标准（见单位网站）:1.体能测评合格;…」, read as two notes."""
    return bool(_POLICE.search(cond.text)) or any(
        c.kind is Kind.NOTE and c.span.column == cond.span.column and _POLICE.search(c.text) for c in conds)


def post_notice(cond: Condition, conds: tuple[Condition, ...]) -> str | None:
    """What the graduate reads for ``cond`` (one of the job's ``conds``), or ``None`` for any other note."""
    column, text = cond.span.column, cond.text.strip().rstrip("。.;；")
    if column == FITNESS_COLUMN and _is_note(cond, NoteCategory.EXAM):  # 「是」; 「否」 reads as 无要求
        police = any(c.span.column == MEDICAL_COLUMN and _POLICE.search(c.text) for c in conds)
        which = _POLICE_FITNESS if police else "测评项目和标准以招录公告为准"
        return f"体能测评提示：该岗位须参加体能测评（{which}）"
    if column != FITNESS_COLUMN and cond.kind is Kind.NOTE and _FITNESS_TEXT.search(text):
        which = _POLICE_FITNESS if _police_post(cond, conds) else "测评项目和标准以招录公告为准"
        return f"体能测评提示：岗位注明「{text}」，须参加体能测评（{which}）"
    if (cond.kind is Kind.NOTE and _POLICE_TERMS.search(text)
            and not any(c.kind is Kind.NOTE and _FITNESS_TEXT.search(c.text) for c in conds)):
        # Once per post: a post naming its test as well already has its note (the clause above).
        return f"体能测评提示：岗位注明「{text}」，须参加体能测评（{_POLICE_FITNESS}）"
    if column == MEDICAL_COLUMN and _is_note(cond, NoteCategory.NOTICE) and not _GENERAL_STANDARD.search(text):
        return f"体检提示：该岗位体检标准为「{text}」（非《公务员录用体检通用标准（试行）》），请查阅相应标准"
    if _is_note(cond, NoteCategory.NOTICE) and MAIN_MAJOR_RE.fullmatch(text):
        return f"专业提示：岗位注明「{text}」，须以主修专业报考，辅修专业、第二学位专业不作为报考依据"
    if _is_note(cond, NoteCategory.NOTICE) and HIGHEST_MAJOR_RE.fullmatch(text):
        return (f"专业提示：岗位注明「{text}」，须以最高学历对应的专业报考"
                "（如硕士研究生以硕士阶段所学专业报考，本科专业与之不同的不能以本科专业报考）")
    return None
