"""Checks of the two conditions policies state (``Kind.HARDSHIP``, ``Kind.GRADUATION``; a job may
state a graduation window too: 离校2年内未就业高校毕业生, worded 岗位面向… through ``subject``),
registered in ``checks.CHECKS`` beside the job conditions: same signature (payload,
graduate, context with ``reference_date``) → status and a Chinese reason, and an unknown
graduate field gives 待核实, never a pass or a fail.
"""

from __future__ import annotations

import datetime as dt

from features.records import Graduate, Hardship, hardship_labels
from features.values import ethnic_group
from matching.deadlines import written_day
from matching.rules.conditions import GraduationCond, HardshipCond
from matching.verdict import Status

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


def check_hardship(p: HardshipCond, g: Graduate, ctx) -> tuple[Status, str]:
    """Any of the policy's categories admits, and so does a narrower group it names (「低保家庭」
    of 低收入家庭) that the record holds (``hardship_groups``), or the student loan when the policy
    names it and the record says so. A group the record does not hold is reviewed for a graduate
    registered in its category, whether the sheet named no group there (「低收入家庭」 may or may
    not be 低保) or another one (a sheet that says 「特困供养」 has not said the household is not
    also 低保: a sheet names what the school recorded, not every scheme). An alternative the
    record cannot hold (「贫困残疾人家庭」) is reviewed. The graduate reads these reasons about
    themself: a record without a category is said to hold none of those listed, a fact of the
    record, not a fault of theirs.

    「少数民族」 is read from the 民族 field too (a 维吾尔族 graduate registered 零就业家庭 is one, and
    sheets seldom repeat 民族 among the 困难类别): a group other than 汉族 admits, 汉族 does not, and a
    民族 the record does not state (or hides from the reader) is reviewed rather than refused. The
    reason then names the 民族, so ``checks.disclosed_fields`` lists ``ethnicity`` for the audit."""
    req = p.requirement
    named = [h.value for h in sorted(req.whole, key=lambda h: h.value)] + [term for _, term in req.partial]
    named.sort(key=lambda name: req.text.find(name) % (len(req.text) + 1))  # as written; synonyms last
    want = f"困难类别为{'、'.join(named)}的毕业生" if named else f"{'、'.join(req.alternatives)}的毕业生"
    if named and req.alternatives:
        want += f"（或{'、'.join(req.alternatives)}）"
    loan = req.loan_alternative
    if g.hardship is not None:
        mine = sorted(h.value for h in g.hardship & req.whole)
        if mine:
            return OK, f"困难类别符合：{p.subject}面向{want}，您登记为{'、'.join(mine)}"
        groups = sorted(h.value for h in (g.hardship_groups or frozenset()) & req.groups)
        if groups:
            return OK, f"困难类别符合：{p.subject}面向{want}，您登记为{'、'.join(groups)}"
    if loan is not None and g.student_loan:
        return OK, f"困难类别符合：{p.subject}面向{want}，您登记为获得国家助学贷款"
    minority = Hardship.ETHNIC_MINORITY in req.whole
    group = ethnic_group(g.ethnicity) if minority else None
    if group is not None and group != "汉族":
        return OK, f"困难类别符合：{p.subject}面向{want}，您登记的民族为{group}"
    if g.hardship is None and group == "汉族" and req.whole == {Hardship.ETHNIC_MINORITY} and not req.alternatives:
        return FAIL, f"困难类别不符：{p.subject}面向{want}，您登记的民族为汉族"  # no other way in to review
    if g.hardship is None:
        why = "该信息仅就业服务专员可见，请由专员核实" if "hardship" in g.withheld else "您的困难类别未填写"
        return REVIEW, f"困难类别待核实：{p.subject}面向{want}，{why}"
    undecided = [(c, term) for c, term in req.partial if c in g.hardship]
    if undecided:
        wider = frozenset(c for c, _ in undecided)
        terms = "、".join(term for _, term in undecided)
        registered = "、".join(hardship_labels(wider, g.hardship_groups))
        if any(group.category in wider for group in g.hardship_groups or ()):
            return REVIEW, f"困难类别待核实：{p.subject}面向{want}，您登记为{registered}，请核实是否也属于{terms}"
        return REVIEW, (f"困难类别待核实：{p.subject}面向{want}，您登记为{registered}，"
                        f"这一类别比{p.subject}所列的{terms}范围更宽，请核实是否属于{terms}")
    if g.hardship:
        registered = f"您登记的困难类别为{'、'.join(hardship_labels(g.hardship, g.hardship_groups))}"
    else:
        registered = f"您的登记信息中没有{p.subject}所列的困难类别"
    if group == "汉族":
        registered += "，登记的民族为汉族"
    if loan is not None and g.student_loan is False:
        registered += "，登记未获得国家助学贷款"
    if minority and group is None:
        return REVIEW, f"困难类别待核实：{p.subject}面向{want}，{registered}，{_ethnicity_unknown(g)}"
    open_alternatives = [a for a in req.alternatives if a != loan or g.student_loan is None]
    if open_alternatives:
        return REVIEW, f"困难类别待核实：{p.subject}面向{want}，{registered}，请核实是否属于{'或'.join(open_alternatives)}的情形"
    return FAIL, f"困难类别不符：{p.subject}面向{want}，{registered}"


def _ethnicity_unknown(g: Graduate) -> str:
    """Why the record cannot tell whether the graduate is of a 少数民族 (the 民族 is not shown to
    whoever reads this verdict, not filled in, or not one of the 56 groups)."""
    if "ethnicity" in g.withheld:
        return "该信息仅就业服务专员可见，请由专员核实是否为少数民族"
    if not g.ethnicity:
        return "您的民族未填写，请核实是否为少数民族"
    return f"您登记的民族「{g.ethnicity}」不是 56 个民族之一，请核实是否为少数民族"


def check_graduation(p: GraduationCond, g: Graduate, ctx) -> tuple[Status, str]:
    w = p.window
    who = w.text if w.text.endswith("毕业生") else w.text + ("毕业生" if w.text.endswith("应届") else "的毕业生")
    want = f"{p.subject}面向{who}"
    if g.graduation_year is None:
        return REVIEW, f"毕业年份待核实：{want}，您的毕业年份未填写"
    year = g.graduation_year
    status, reason = _window(w.current_year, w.years_after, year, ctx.reference_date, want)
    if status is OK and w.unemployed:
        return REVIEW, f"就业状态待核实：{want}，您{year}年毕业，请核实目前是否未就业"
    return status, reason


#: The month graduates usually leave school (diplomas in June, 离校 by early July): before it, one
#: graduating this year has not yet left, so 「离校N年内」 (which counts from leaving) is asked.
LEAVING_MONTH = 7


def _window(current: bool, years: int | None, year: int, day: dt.date, want: str) -> tuple[Status, str]:
    """The best outcome of the windows the policy states (either admits). 「离校N年内」 counts from
    leaving school: a graduate of ``day``'s year is inside it once they have left, which before
    ``LEAVING_MONTH`` the record cannot tell (some leave early, most in June or July), so it is
    待核实 then, as the year N back is (its end depends on the month too), and 符合 from July on."""
    this = day.year
    if current and this <= year <= this + 1:
        return OK, f"毕业年份符合：{want}，您{year}年毕业"
    if years is not None:
        if year == this and day.month < LEAVING_MONTH:
            return REVIEW, (f"离校年限待核实：{want}，您{year}年毕业，通常于{year}年{LEAVING_MONTH}月离校，"
                            f"按{written_day(day)}尚未到离校时间，请核实是否已离校")
        if this - years < year <= this:
            return OK, f"离校年限符合：{want}，您{year}年毕业"
        if year == this - years:
            return REVIEW, f"离校年限待核实：{want}，您{year}年毕业，是否在{years}年内取决于离校月份，请核实"
        if year > this:
            return FAIL, f"离校年限不符：{want}，您{year}年毕业，尚未离校"
        return FAIL, f"离校年限不符：{want}，您{year}年毕业，离校已超过{years}年"
    return FAIL, f"毕业年份不符：{want}，您{year}年毕业"


def applicant_note(clause: str, party: str | None) -> tuple[Status, str]:
    """A policy another party applies for (「由招用单位申请」: the 吸纳就业补贴 an employer claims for
    hiring the graduate): who applies is information for the graduate, not a condition they
    could meet or check, so it passes and says what it means for them. ``clause`` is quoted as
    written, so staff read the exact words of the list. ``party`` ``None``: the clause only
    says the graduate does not apply themself (「毕业生本人不直接申领」)."""
    if party is None:
        return OK, f"{clause}：此项由单位申请，您本人无需申领"
    if party.startswith("见习"):
        return OK, f"{clause}：您参加见习后，{party}可申领此补贴"
    return OK, f"{clause}：您被录用后，单位可申领此补贴"


def check_school_group(clause: str, group: str, g: Graduate) -> tuple[Status, str]:
    """「中央部门所属高校毕业生」「部属高校」「教育部直属高校」: which universities these are is an
    official list that the project does not ship (and must not make up), so the graduate's
    school is not decided here: the reason asks the graduate to check it, naming their school."""
    school = f"您的学校为{g.school}" if g.school else "您的学校未填写"
    return REVIEW, f"毕业院校待核实：政策面向{clause}，{school}，请核实您的学校是否为{group}"
