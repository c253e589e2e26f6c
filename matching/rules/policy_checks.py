"""Checks of the two conditions only policies state (``Kind.HARDSHIP``, ``Kind.GRADUATION``),
registered in ``checks.CHECKS`` beside the job conditions: same signature (payload,
graduate, context with ``reference_date``) → status and a Chinese reason, and an unknown
graduate field gives 待核实, never a pass or a fail.
"""

from __future__ import annotations

from features.records import Graduate
from matching.rules.conditions import GraduationCond, HardshipCond
from matching.verdict import Status

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


def check_hardship(p: HardshipCond, g: Graduate, ctx) -> tuple[Status, str]:
    """Any of the policy's categories admits; one the policy names only in part (「低保家庭」 of
    低收入家庭) and an alternative the record cannot hold (「获得国家助学贷款」) are reviewed.
    The graduate reads these reasons about themself: a record without a category is said to
    hold none of those listed, which is a fact of the record, not a fault of theirs."""
    req = p.requirement
    named = [h.value for h in sorted(req.whole, key=lambda h: h.value)] + [term for _, term in req.partial]
    named.sort(key=lambda name: req.text.find(name) % (len(req.text) + 1))  # as written; synonyms last
    want = f"困难类别为{'、'.join(named)}的毕业生" if named else f"{'、'.join(req.alternatives)}的毕业生"
    if named and req.alternatives:
        want += f"（或{'、'.join(req.alternatives)}）"
    if g.hardship is None:
        why = "该信息仅就业服务专员可见，请由专员核实" if "hardship" in g.withheld else "您的困难类别未填写"
        return REVIEW, f"困难类别待核实：政策面向{want}，{why}"
    mine = sorted(h.value for h in g.hardship & req.whole)
    if mine:
        return OK, f"困难类别符合：政策面向{want}，您登记为{'、'.join(mine)}"
    wider = [h for h in sorted(g.hardship, key=lambda h: h.value) if any(c is h for c, _ in req.partial)]
    if wider:
        terms = "、".join(term for c, term in req.partial if c in wider)
        return REVIEW, (f"困难类别待核实：政策面向{want}，您登记为{'、'.join(h.value for h in wider)}，"
                        f"这一类别比政策所列的{terms}范围更宽，请核实是否属于{terms}")
    if g.hardship:
        registered = f"您登记的困难类别为{'、'.join(sorted(h.value for h in g.hardship))}"
    else:
        registered = "您的登记信息中没有政策所列的困难类别"
    if req.alternatives:
        return REVIEW, f"困难类别待核实：政策面向{want}，{registered}，请核实是否属于{'或'.join(req.alternatives)}的情形"
    return FAIL, f"困难类别不符：政策面向{want}，{registered}"


def check_graduation(p: GraduationCond, g: Graduate, ctx) -> tuple[Status, str]:
    w = p.window
    who = w.text if w.text.endswith("毕业生") else w.text + ("毕业生" if w.text.endswith("应届") else "的毕业生")
    want = f"政策面向{who}"
    if g.graduation_year is None:
        return REVIEW, f"毕业年份待核实：{want}，您的毕业年份未填写"
    year, this = g.graduation_year, ctx.reference_date.year
    status, reason = _window(w.current_year, w.years_after, year, this, want)
    if status is OK and w.unemployed:
        return REVIEW, f"就业状态待核实：{want}，您{year}年毕业，请核实目前是否未就业"
    return status, reason


def _window(current: bool, years: int | None, year: int, this: int, want: str) -> tuple[Status, str]:
    """The best outcome of the windows the policy states (either admits)."""
    if current and this <= year <= this + 1:
        return OK, f"毕业年份符合：{want}，您{year}年毕业"
    if years is not None:
        if this - years < year <= this:
            return OK, f"离校年限符合：{want}，您{year}年毕业"
        if year == this - years:
            return REVIEW, f"离校年限待核实：{want}，您{year}年毕业，是否在{years}年内取决于离校月份，请核实"
        if year > this:
            return FAIL, f"离校年限不符：{want}，您{year}年毕业，尚未离校"
        return FAIL, f"离校年限不符：{want}，您{year}年毕业，离校已超过{years}年"
    return FAIL, f"毕业年份不符：{want}，您{year}年毕业"
