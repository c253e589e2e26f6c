"""政治面貌: the standing a graduate's record states, the requirement's wording and its check.

A record's 政治面貌 is free text (中共预备党员, 共青团员, 民革党员, 群众 …); ``standing`` reads it as
one of the standings registration forms list (``Political``), with the democratic party named
when it is one of the eight. Requirements: who is admitted (中共党员, 民主党派或无党派人士),
who is refused (非中共党员: a 中共党员 or 预备党员 fails, anyone else passes) and which democratic
parties a member may belong to (若是民主党派成员仅限民革党员: a member of another party fails,
someone in no democratic party is not concerned). A standing the text does not tell is reviewed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.records import Graduate
from matching.rules.conditions import DetailCond, Kind, Political, PoliticalCond
from matching.rules.patterns import _rule
from matching.rules.text import NUMBER
from matching.verdict import Status

#: The eight democratic parties: short name → (what a member is called, how texts name it).
PARTIES = {
    "民革": ("民革党员", r"民革|国民党革命委员会"),
    "民盟": ("民盟盟员", r"民盟|民主同盟"),
    "民建": ("民建会员", r"民建|民主建国会"),
    "民进": ("民进会员", r"民进|民主促进会"),
    "农工党": ("农工党党员", r"农工"),
    "致公党": ("致公党党员", r"致公"),
    "九三学社": ("九三学社社员", r"九三"),
    "台盟": ("台盟盟员", r"台盟|台湾民主自治同盟"),
}
_PARTY_NAMES = {short: re.compile(pattern) for short, (_, pattern) in PARTIES.items()}
_CCP = re.compile(r"中共党员|中国共产党党员|共产党员|预备党员|党员")
_LEAGUE = re.compile(r"共青团|团员|共产主义青年团")
#: Records that say only that the graduate is no 中共党员 (not even 预备): 「非党员」, a bare 「无」, and
#: the stages before 预备党员 (入党积极分子, 发展对象, 入党申请人), who may be 团员 or 群众.
_NOT_CCP = re.compile(r"^非(?:中共|中国共产党)?(?:正式)?党员$|^(?:无|没有|暂无)$|积极分子|发展对象|入党申请|申请入党")


@dataclass(frozen=True, slots=True)
class Standing:
    kind: Political
    party: str | None = None  # DEMOCRATIC_PARTY: the party's short name, when the text names it
    probationary: bool = False  # PARTY_MEMBER: 预备党员


def parties_named(text: str) -> tuple[str, ...]:
    """The democratic parties ``text`` names, as short names (民革党员 → 民革)."""
    return tuple(short for short, pattern in _PARTY_NAMES.items() if pattern.search(text))


def standing(status: str) -> Standing | None:
    """The standing a record's 政治面貌 states; ``None`` when the text does not tell it.

    Democratic parties are read first: 农工党党员 and 民革党员 end in 党员 like a 中共党员."""
    text = status.strip()
    if named := parties_named(text):
        return Standing(Political.DEMOCRATIC_PARTY, named[0] if len(named) == 1 else None)
    if "民主党派" in text:
        return Standing(Political.DEMOCRATIC_PARTY)
    if "无党派" in text:
        return Standing(Political.NON_PARTISAN)
    # 非中共党员, 非党员, 入党积极分子 say what the graduate is not (a 中共党员); a 团员 or 群众 named
    # beside it is still read (入党积极分子（共青团员）, 群众（非党员）).
    not_ccp = "非" in text or _NOT_CCP.search(text) is not None
    if _CCP.search(text) and not not_ccp:
        return Standing(Political.PARTY_MEMBER, probationary="预备" in text)
    if _LEAGUE.search(text) and not re.search(r"非(?:共青)?团员", text):
        return Standing(Political.LEAGUE_MEMBER)
    if "群众" in text:
        return Standing(Political.MASSES)
    return None


def political_text(p: PoliticalCond) -> str:
    """The requirement in Chinese: 中共党员（正式党员）, 非中共党员（民主党派成员仅限民革党员）."""
    parts = []
    if p.accepted:
        # Sorted by code point, reversed: 共青团员或中共党员, as the labelled fixture reads it.
        parts.append("或".join(sorted((a.value for a in p.accepted), reverse=True)) + ("（正式党员）" if p.full_member_only else ""))
    if p.excluded:
        parts.append("非" + "、".join(sorted(e.value for e in p.excluded)))
    if p.parties:
        limit = "民主党派成员仅限" + "或".join(PARTIES[short][0] for short in p.parties)
        parts.append(f"（{limit}）" if parts else limit)
    return "".join(parts)


def check_political(p: PoliticalCond, g: Graduate, ctx: object) -> tuple[Status, str]:
    want = political_text(p)
    status = (g.political_status or "").strip()
    if not status:
        return Status.NEEDS_REVIEW, f"政治面貌待核实：岗位要求{want}，您的政治面貌未填写"
    mine = standing(status)
    if mine is None and _NOT_CCP.search(status):
        # 「非党员」「无」「入党积极分子」 say only what the graduate is not: enough for a post for
        # 中共党员 alone, or against 中共党员; any other admitted standing is left to review.
        if Political.PARTY_MEMBER in p.excluded and not p.parties and not p.accepted:
            return Status.ELIGIBLE, f"政治面貌符合：岗位要求{want}，您的政治面貌为{status}"
        if p.accepted == {Political.PARTY_MEMBER}:
            return Status.NOT_ELIGIBLE, f"政治面貌不符：岗位要求{want}，您的政治面貌为{status}"
    if mine is None:
        return Status.NEEDS_REVIEW, f"政治面貌待核实：岗位要求{want}，您登记的政治面貌为「{status}」，请核实"
    refused = (Status.NOT_ELIGIBLE, f"政治面貌不符：岗位要求{want}，您为{status}")
    if mine.kind in p.excluded:
        return refused
    if p.parties and mine.kind is Political.DEMOCRATIC_PARTY:
        if mine.party is None:
            return Status.NEEDS_REVIEW, f"政治面貌待核实：岗位要求{want}，您登记为{status}，请核实所属党派"
        if mine.party not in p.parties:
            return refused
    if p.accepted and mine.kind not in p.accepted:
        if Political.NON_PARTISAN in p.accepted and mine.kind in (Political.MASSES, Political.LEAGUE_MEMBER):
            # 无党派人士 is a standing the united-front work recognises; the record only says 群众.
            return Status.NEEDS_REVIEW, f"政治面貌待核实：岗位要求{want}，您的政治面貌为{status}，请核实是否属于无党派人士"
        return Status.NOT_ELIGIBLE, f"政治面貌不符：岗位要求{want}，您的政治面貌为{status}"
    if p.full_member_only and mine.probationary:
        return refused
    if p.accepted:
        return Status.ELIGIBLE, f"政治面貌符合：岗位要求{want}"
    return Status.ELIGIBLE, f"政治面貌符合：岗位要求{want}，您的政治面貌为{status}"


def _party_limit(m: re.Match[str]) -> list[tuple[Kind, object]]:
    named = parties_named(m.group("p"))
    return [(Kind.POLITICAL, PoliticalCond(parties=named))] if named else []


_STANDING_WORDS = {"群众": Political.MASSES, "共青团员": Political.LEAGUE_MEMBER, "无党派": Political.NON_PARTISAN,
                   "民主党派": Political.DEMOCRATIC_PARTY}


def _standings(m: re.Match[str]) -> PoliticalCond:
    return PoliticalCond(frozenset(kind for word, kind in _STANDING_WORDS.items() if word in m.group(0)))


def _party_years(m: re.Match[str]) -> list[tuple[Kind, object]]:
    """中共党员且具有1年以上党龄（2021年7月前转为正式党员）: 党龄 counts from full membership, so a
    预备党员 is refused; how long a full member has been one the record does not say."""
    return [(Kind.POLITICAL, PoliticalCond(frozenset({Political.PARTY_MEMBER}), full_member_only=True)),
            (Kind.STATUS, DetailCond(m.group("years")))]


_PARTY_WORDS = "|".join(pattern for _, pattern in PARTIES.values())
_STANDING = r"(?:群众|共青团员|无党派(?:人士)?|民主党派(?:成员)?)"

#: Whole-clause readings, tried after the clause rules fail (``clause_reader.EXPLICIT``); tested in
#: ``tests/test_rules_political.py``. 非中共党员 is a clause rule (``patterns.RULES``).
RULES = (
    # 中共党员且具有1年以上党龄（2021年7月前转为正式党员） (gkld, 专职组织员).
    _rule("party_years", Kind.POLITICAL,
          rf"(?:须为|应为|为)?中共党员(?:且|并)?(?P<years>(?:具有|有)?{NUMBER}年(?:及)?以上党龄(?:\([^()]*正式党员[^()]*\))?)",
          _party_years, whole=True),
    # 若是民主党派成员仅限民革党员 (Henan), 如为民主党派成员，仅限民进会员 (gkld).
    _rule("democratic_party_limit", Kind.POLITICAL,
          rf"(?:若是|若为|如是|如为|如果是)民主党派(?:成员)?,?(?:仅限|只限|限|须为|应为)(?P<p>(?:(?:{_PARTY_WORDS})(?:党|党员|盟员|会员|社员|学社)*[、或]?)+)",
          _party_limit, whole=True),
    # 政治面貌为群众或共青团员, 限民主党派或无党派人士. 面向 only before the parties: 「面向群众」 in a
    # description is whom the work serves (窗口服务，面向群众), not who may apply.
    _rule("standings", Kind.POLITICAL,
          rf"(?:政治面貌)?(?:为|须为|需为|应为|要求为?|限|仅限|面向(?=民主党派|无党派))?{_STANDING}(?:(?:或|、|和|及)(?:{_STANDING}))*(?:报考)?",
          _standings, whole=True),
)
