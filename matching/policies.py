"""Which employment policies of a bureau's list (``features.policies.Policy``) a graduate can
use: 符合, 待核实 (with what to check) or 不符合 (with why), in the words of job verdicts.

A policy's structured conditions become the rules engine's own ``Condition`` records
(education, age, hukou and other conditions through its parsers; hardship categories and
graduation windows through the two kinds only policies state), and ``RulesEngine.
check_conditions`` checks them and writes the reasons, as for a job. Each result names the
sensitive fields its shown reasons rest on (``discloses``), for the audit log. Two kinds of
clause of 其他条件 only policies state are checked here (``policy_clauses``): who applies when
it is not the graduate (「由招用单位申请」, shown as information, never a condition), and a kind of
university only an official list decides (「中央部门所属高校毕业生」, asked of the graduate).
Pure: no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from features.place_inference import infer_location, places_named
from features.place_names import provinces_named
from features.policies import Policy
from features.records import Graduate
from matching.deadlines import is_closed, written_day
from matching.rules import RulesEngine, parse_cell
from matching.rules.age_checks import age_on, how_old
from matching.rules.conditions import (
    Condition,
    EducationCond,
    GraduationCond,
    HardshipCond,
    Kind,
    Note,
    NoteCategory,
    Span,
    Unparsed,
)
from matching.rules.places import seat
from matching.rules.policy_checks import applicant_note, check_school_group
from matching.verdict import ConditionResult, Status, Verdict

#: Column names the conditions carry (and the engine's parsers choose their reading by).
EDUCATION_COLUMN, GRADUATION_COLUMN, AGE_COLUMN = "学历", "毕业年份或离校年限", "年龄"
HARDSHIP_COLUMN, HUKOU_COLUMN, OTHER_COLUMN = "困难类别", "户籍", "其他条件"

#: Notes that restrict nobody in a policy either; any other note of 其他条件 (a workplace, a
#: notice: 「到中西部地区基层单位就业」) restricts nobody in a job but is what a policy asks of
#: its applicants, so it is kept for review.
_HARMLESS_NOTES = frozenset({NoteCategory.NO_REQUIREMENT, NoteCategory.CONTACT, NoteCategory.PAY,
                             NoteCategory.PREFERENCE})
#: The checks word their reasons for jobs (岗位要求…); shown for a policy they say 政策.
_POLICY_WORDS = (("残疾人专设岗位", "面向残疾人的政策"), ("本岗位", "本政策"), ("岗位", "政策"))
_ORDER = {Status.ELIGIBLE: 0, Status.NEEDS_REVIEW: 1, Status.NOT_ELIGIBLE: 2}

#: A clause of 其他条件 naming who applies when it is not the graduate (「由招用单位申请」「用人单位向人社部门
#: 申领」): the rules engine cannot read it, and as an unread condition it made every graduate
#: 待核实 for a subsidy their employer claims.
_OTHER_APPLICANT = re.compile(r"^(?:由|须由|应由)?(?P<party>招用单位|用人单位|招聘单位|用工单位|聘用单位|吸纳单位|"
                              r"见习单位|见习基地|企业|单位)(?:向[^，,。；;]{1,20})?(?:申请|申领|申报)(?:补贴)?$")
#: 「毕业生本人不直接申领」: says the same from the graduate's side.
_NOT_SELF = re.compile(r"^(?:高校)?(?:毕业生|个人)?本人不(?:直接)?(?:申请|申领)(?:补贴)?$")
#: A kind of university only an official list decides (中央部门所属高校毕业生, 部属高校, 教育部直属高校).
_SCHOOL_GROUP = re.compile(r"^(?:限|仅限|须为)?(?P<group>中央部门所属|中央部委所属|部属|教育部直属)(?:高校|高等学校|院校)"
                           r"(?:的)?(?:毕业生|学生)?$")


@dataclass(frozen=True, slots=True)
class PolicyMatch:
    """One policy for one graduate. ``reasons``: for 符合 every condition's reason; for
    待核实 what to check first, then what is met; for 不符合 what is not met."""

    policy_id: str
    status: Status
    reasons: tuple[str, ...]
    discloses: tuple[str, ...] = ()  # sensitive graduate fields the reasons rest on (to audit)


@dataclass(frozen=True, slots=True)
class GraduatePolicies:
    """Every policy of the list for one graduate: 符合 first, then 待核实, then 不符合, each
    group in the order of the list."""

    graduate_id: str
    matches: tuple[PolicyMatch, ...]

    def discloses(self, statuses: Sequence[Status] | None = None) -> tuple[str, ...]:
        """Sensitive fields that the reasons of the matches with ``statuses`` (all) rest on."""
        return tuple(sorted({f for m in self.matches if statuses is None or m.status in statuses for f in m.discloses}))

    def with_status(self, *statuses: Status) -> tuple[PolicyMatch, ...]:
        return tuple(m for m in self.matches if m.status in statuses)


def policy_conditions(policy: Policy) -> tuple[Condition, ...]:
    """The policy's structured conditions as the rules engine's records, in column order;
    the clauses of ``policy_clauses`` are not among them."""
    return _read(policy)[0]


def policy_clauses(policy: Policy) -> tuple[tuple[str, str, str | None], ...]:
    """Clauses of 其他条件 that only a policy states, as (kind, clause, word): ``applicant``
    (who applies, word the party or ``None``) and ``school_group`` (word the kind of school)."""
    return _read(policy)[1]


@functools.lru_cache(maxsize=1024)
def _read(policy: Policy) -> tuple[tuple[Condition, ...], tuple[tuple[str, str, str | None], ...]]:
    out: list[Condition] = []
    clauses: list[tuple[str, str, str | None]] = []
    if policy.education is not None:
        text = policy.education.describe()
        out.append(Condition(Kind.EDUCATION, EducationCond(policy.education), Span(EDUCATION_COLUMN, 0, len(text)), text))
    if policy.graduation is not None:
        text = policy.graduation.text
        out.append(Condition(Kind.GRADUATION, GraduationCond(policy.graduation), Span(GRADUATION_COLUMN, 0, len(text)), text))
    if policy.age:
        out.extend(parse_cell(AGE_COLUMN, policy.age))
    if policy.hardship is not None:
        text = policy.hardship.text
        out.append(Condition(Kind.HARDSHIP, HardshipCond(policy.hardship), Span(HARDSHIP_COLUMN, 0, len(text)), text))
    if policy.hukou:
        out.extend(_seated(c, _region(policy)) for c in parse_cell(HUKOU_COLUMN, policy.hukou))
    if policy.other:
        for cond in parse_cell(OTHER_COLUMN, policy.other):
            clause = _policy_clause(cond)
            if clause is None:
                out.append(_asked_of_applicants(cond))
            else:
                clauses.append(clause)
    return tuple(out), tuple(clauses)


def _seated(cond: Condition, region: str | None) -> Condition:
    """A hukou place written without its province (「乌鲁木齐市」「郑州市」「宜阳县」, or bare: 「乌鲁木齐」「喀什」)
    placed through the place list (``places.seat`` with no location, else ``places_named``), as a job's place
    is where its post says nothing (``engine._with_hukou_seats``): a policy has no location to name the
    province, and unplaced such a place would refuse nobody (every hukou elsewhere 待核实). A name several
    places share (朝阳区: 北京 and 长春) is placed by the policy's own region (``_region``: 发布单位
    「长春市人力资源和社会保障局」) when that leaves one; else, and a name the list does not hold (本地), it stays
    unplaced, so 待核实 (``_namesakes`` says why): which one the bureau meant is not guessed."""
    if cond.kind is not Kind.HUKOU or cond.payload.seats:
        return cond
    seats = tuple(seat(place, None) or _one_place(place, region) or place for place in cond.payload.places)
    return cond if seats == cond.payload.places else replace(cond, payload=replace(cond.payload, seats=seats))


#: Names of county-level divisions that are also words for part of any city (「城区户籍」 is the city's urban
#: districts, not 大同's 城区): never placed, nor said to be shared.
_AREA_WORDS = frozenset({"城区", "郊区", "矿区"})


def _region(policy: Policy) -> str | None:
    """The place the policy's 发布单位 names, from its province down (「长春市人力资源和社会保障局」 →
    吉林省长春市): the bureau's own region, which says which of several same-named places its 户籍 means."""
    found = infer_location(policy.issuer) if policy.issuer else None
    return found.place if found else None


def _one_place(place: str, region: str | None) -> str | None:
    """The one division of China ``place`` names (within ``region`` where that narrows it), else ``None``."""
    if place in _AREA_WORDS or provinces_named(place):
        return None
    found = places_named(place, region)
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=1024)
def _namesakes(policy: Policy) -> str:
    """What a 待核实 hukou reason adds for a place the policy's region does not tell among its namesakes:
    「；朝阳区有多处（北京市朝阳区、吉林省长春市朝阳区），政策未写明是哪一处，请核实」; empty when there is none."""
    said = []
    for cond in policy_conditions(policy):
        if cond.kind is not Kind.HUKOU:
            continue
        for place, where in zip(cond.payload.places, cond.payload.seats or cond.payload.places):
            if where == place and place not in _AREA_WORDS and not provinces_named(place):
                if len(found := places_named(place, _region(policy))) > 1:
                    more = f"等{len(found)}处" if len(found) > 3 else ""
                    said.append(f"{place}有多处（{'、'.join(found[:3])}{more}）")
    return f"；{'；'.join(said)}，政策未写明是哪一处，请核实" if said else ""


def _policy_clause(cond: Condition) -> tuple[str, str, str | None] | None:
    if cond.kind is not Kind.NEEDS_REVIEW:
        return None
    text = cond.text.strip().rstrip("。.")
    if m := _OTHER_APPLICANT.match(text):
        return "applicant", text, m.group("party")
    if _NOT_SELF.match(text):
        return "applicant", text, None
    if m := _SCHOOL_GROUP.match(text):
        return "school_group", text, m.group("group") + "高校"
    return None


def _clause_results(graduate: Graduate, clauses: tuple[tuple[str, str, str | None], ...]) -> list[ConditionResult]:
    """The policy-only clauses checked; 「本人不直接申领」 beside a named party says nothing more."""
    named = any(kind == "applicant" and word is not None for kind, _, word in clauses)
    out = []
    for kind, clause, word in clauses:
        if kind == "applicant":
            if word is None and named:
                continue
            status, reason = applicant_note(clause, word)
        else:
            status, reason = check_school_group(clause, word, graduate)
        out.append(ConditionResult(kind, status, reason, f"{OTHER_COLUMN}：{clause}"))
    return out


def _asked_of_applicants(cond: Condition) -> Condition:
    if cond.kind is Kind.NOTE and isinstance(cond.payload, Note) and cond.payload.category not in _HARMLESS_NOTES:
        return Condition(Kind.NEEDS_REVIEW, Unparsed(cond.text), cond.span, cond.text)
    return cond


def _policy_words(reason: str, quoted: str) -> str:
    """The checks' job words in a policy's (岗位要求 → 政策要求), leaving the policy's own text
    that the reason quotes as written (「条件待人工核实：在见习岗位上…」)."""
    parts = reason.split(quoted) if quoted else [reason]
    for job_word, policy_word in _POLICY_WORDS:
        parts = [part.replace(job_word, policy_word) for part in parts]
    return quoted.join(parts)


def _with_age(result: ConditionResult, graduate: Graduate, day) -> ConditionResult:
    """A met age limit says the graduate's age (「年龄符合：政策要求16至24周岁，按2026年12月7日计算，
    您为23周岁」): a job's admission names it only when the post states the day ages count on,
    but a policy is judged on the engine's day (the service's, or ``--on``), and 「年龄符合」
    alone left the graduate and staff to work it out. Age is no sensitive field."""
    if (result.kind != Kind.AGE.value or result.status is not Status.ELIGIBLE or graduate.birth_date is None
            or "您" in result.reason):
        return result  # already says how old (the cell states a day: 按…计算，您为…周岁) or who
    return replace(result, reason=f"{result.reason}，{how_old(age_on(graduate.birth_date, day), day)}")


def check_policy(engine: RulesEngine, graduate: Graduate, policy: Policy) -> PolicyMatch:
    """One policy's verdict for ``graduate``, on the engine's reference date."""
    checked = engine.check_conditions(graduate, policy_conditions(policy))
    results = [replace(r, reason=_policy_words(r.reason, quoted := r.source.partition("：")[2]),
                       said_as=r.said_as and _policy_words(r.said_as, quoted)) for r in checked.results]
    results = [_with_age(r, graduate, engine.reference_date) for r in results]
    if namesakes := _namesakes(policy):
        results = [replace(r, reason=r.reason + namesakes)
                   if r.kind == Kind.HUKOU.value and r.status is Status.NEEDS_REVIEW else r for r in results]
    clauses = _clause_results(graduate, policy_clauses(policy))
    # Who applies comes first: it tells the graduate what the rest of the verdict is about.
    results = [r for r in clauses if r.kind == "applicant"] + results + [r for r in clauses if r.kind != "applicant"]
    if policy.deadline is not None:
        if is_closed(policy.deadline, engine.reference_date):
            results.append(ConditionResult("deadline", Status.NOT_ELIGIBLE, f"申请已截止：截止日期为{written_day(policy.deadline)}"))
        else:
            results.append(ConditionResult("deadline", Status.ELIGIBLE, f"申请截止日期：{written_day(policy.deadline)}"))
    verdict = Verdict.combine(results)
    if verdict.status is Status.NOT_ELIGIBLE:
        shown = (Status.NOT_ELIGIBLE,)
    elif verdict.status is Status.NEEDS_REVIEW:
        shown = (Status.NEEDS_REVIEW, Status.ELIGIBLE)
    else:
        shown = (Status.ELIGIBLE,)
    reasons = tuple(r for status in shown for r in verdict.reasons(status))
    if not reasons:
        reasons = ("本政策未列出限制条件，详见适用对象",)
    discloses = tuple(sorted({f for status in shown for f in verdict.discloses(status)}))
    return PolicyMatch(policy.id, verdict.status, reasons, discloses)


def graduate_policies(engine: RulesEngine, graduate: Graduate, policies: Sequence[Policy]) -> GraduatePolicies:
    """Every policy for one graduate, 符合 first, then 待核实, then 不符合 (stable: list order)."""
    matches = sorted((check_policy(engine, graduate, p) for p in policies), key=lambda m: _ORDER[m.status])
    return GraduatePolicies(graduate.id, tuple(matches))
