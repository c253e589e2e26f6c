"""Checks of what the record holds no field for: the school, details a table writes out (专业细节,
身体条件, 在校表现, 身份) and a serving status (正式在编, 现任村“两委”, the pool a 遴选 chooses among) that a
graduate of this season cannot hold. Moved out of ``checks`` (which maps each kind here in ``CHECKS``); behaviour unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from features.records import Graduate
from matching.rules.conditions import DetailCond, Kind, SchoolCond
from matching.rules.seasons import is_fresh
from matching.rules.selection import CIVIL_SERVANTS
from matching.verdict import Status

if TYPE_CHECKING:
    from matching.rules.checks import Context

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE
Outcome = tuple[Status, str]


def outside_scope(p: SchoolCond | DetailCond, g: Graduate) -> bool:
    """A requirement asked of some levels only (``scope_levels``) that this graduate's is not."""
    return bool(p.scope_levels) and g.education is not None and g.education not in p.scope_levels


def check_school(p: SchoolCond, g: Graduate, ctx: Context) -> Outcome:
    if outside_scope(p, g):
        return OK, f"毕业院校要求不适用：岗位仅对{p.scope}要求{p.requirement}，您的学历为{g.education.label}"
    school = f"（您的学校为{g.school}）" if g.school else "（您的学校未填写）"
    return REVIEW, f"毕业院校待核实：岗位要求{p.requirement}{school}"


DETAIL_LABELS = {
    Kind.MAJOR_DETAIL: "专业细节待核实",
    Kind.PHYSICAL: "身体条件待核实",
    Kind.RECORD: "在校表现或业绩待核实",
    Kind.STATUS: "身份待核实",
}


def check_detail(kind: Kind) -> Callable[..., Outcome]:
    def check(p: DetailCond, g: Graduate, ctx: Context) -> Outcome:
        if outside_scope(p, g):
            subject = DETAIL_LABELS[kind].removesuffix("待核实")
            return OK, f"{subject}要求不适用：岗位仅对{p.scope}要求「{p.text}」，您的学历为{g.education.label}"
        return REVIEW, f"{DETAIL_LABELS[kind]}：岗位要求「{p.text}」，请核实"

    return check


#: A status only a serving member of staff or village cadre holds (正式在编, 公务员…身份, 现任村“两委”
#: 班子成员, 在职编外用工): a graduate of this season has taken up no post yet.
_SERVING = re.compile(r"正式在编|在编在岗|在职在编|在职在岗|现任|两委|(?:公务员|工作人员)(?:\([^()]*\))?身份"
                      r"|事业编制(?:工作人员|优秀教师|、)|进行公务员登记|公务员登记备案|在职编外用工")
#: Said of those the post leaves out (…在编在岗人员除外, 不能报考, 不接受…报考), outside brackets:
#: admits who holds no post.
_LEAVES_OUT = re.compile(r"除外|不得|不能|不可|不予|不接受|不允许|禁止|谢绝|不含|不包括")
#: A rule for some staff (…在职公务员适用) or a status one lacks (非事业编制优秀教师, 非正式在编人员): not a
#: serving status the graduate must hold, nor one the record can rule out.
_NOT_HELD = re.compile(r"非(?:正式)?(?:事业)?(?:在编|编制)|适用")
#: Whom the post is for, named as a status (「面向…“两委”班子成员」「正式在编工作人员」「具有事业编制、…」
#: 「公务员必须已经进行公务员登记」): only this form is refused.
_HOLDERS = re.compile(r"^(?:具有|须|必须|面向|限|仅限|报考人员须为|选调|选聘|招聘)"
                      r"|(?:人员|成员|干部|公务员|用工|身份|登记)(?:报考)?[。.;；]?$")
#: A clause that says what holders must do (在编在岗人员须经单位同意, 具有公务员身份的须满服务年限):
#: it binds only those who hold the status.
_IF_HELD = re.compile(r"的[。.;；]?$|的(?:须|需|应|,)|同意|证明|方可")
#: Another group the same clause admits (…班子成员或大学生村官, 在编在岗人员及应届毕业生): the
#: graduate may belong to it.
_OTHER_GROUP = re.compile(r"毕业生|应届|往届|村官|退役|社会|志愿者|三支一扶|西部计划|学生")


def check_status(p: DetailCond, g: Graduate, ctx: Context) -> Outcome:
    """A post for serving staff (``_HOLDERS``) is refused to a graduate of this season (the record
    states no post, and a 应届 graduate holds none); leaving such staff out admits them; what
    staff must do, or a clause naming another group too, is 待核实. An earlier
    graduate may since have taken a post, and any other status the record cannot state: 待核实."""
    if p.selection is not None:
        return _selected(p, g, ctx)
    text, bare = p.text, re.sub(r"\([^()]*\)", "", p.text)
    if outside_scope(p, g) or not _SERVING.search(text) or _NOT_HELD.search(bare):
        return check_detail(Kind.STATUS)(p, g, ctx)
    leaves_out = _LEAVES_OUT.search(bare) is not None
    if not leaves_out and (not _HOLDERS.search(bare) or _IF_HELD.search(bare) or _OTHER_GROUP.search(bare)):
        return check_detail(Kind.STATUS)(p, g, ctx)
    if g.graduation_year is None or not is_fresh(g, ctx, ()):
        return REVIEW, f"身份待核实：岗位{'注明' if leaves_out else '要求'}「{text}」，请核实您目前是否具有该身份"
    if leaves_out:
        return OK, f"身份符合：岗位注明「{text}」，您为{g.graduation_year}年应届毕业生，尚无在职身份"
    return FAIL, f"身份不符：岗位要求「{text}」，您为{g.graduation_year}年应届毕业生，尚无在职身份"


def _selected(p: DetailCond, g: Graduate, ctx: Context) -> Outcome:
    """A 遴选 chooses among serving staff (``matching.rules.selection``): a graduate of this season
    holds no post and cannot apply; an earlier graduate may since serve there, which no record says."""
    if p.selection == CIVIL_SERVANTS:
        who, ask = f"公务员遴选面向{CIVIL_SERVANTS}", "请核实您目前是否为在职公务员或参照公务员法管理的工作人员"
    else:
        who, ask = f"岗位面向{p.selection}遴选，从其在职人员中选拔", f"请核实您目前是否在{p.selection}任职"
    if g.graduation_year is not None and is_fresh(g, ctx, ()):
        return FAIL, f"报考身份不符：{who}，应届毕业生不能报考"
    return REVIEW, f"报考身份待核实：{who}，{ask}"
