"""Guidance and training needs (就业指导与培训需求): what stands between graduates and the jobs
that fit them best, per graduate and for a cohort.

For each graduate, the ranker's best ``top`` jobs (suggestions and the best jobs they may not
apply for, by score) are checked again with the ranker's own checker (the rules engine), which
gives each condition a verdict, a kind and a Chinese reason; every condition that is not met
(不符合) or left to review (待核实) is a gap, grouped into the topics of
``matching.guidance_topics``. A gap counts each job once per topic, names the best-fitting job
it affects as an example, and says in one factual sentence what the jobs ask and, unless the
topic is stated as a fact only (a fixed trait, or 政治面貌), what the graduate may do.

A cohort (the graduates of a year, school and major class, selected as the profile selects and counts them:
``matching.cohort_profile.select`` and ``matching.cohort_majors.catalog_class``, the class the catalogs give,
never the fair planner's guess: a made-up 「量子炼金术」 is in no class, as the profile lists it) adds up, per
topic, how many graduates it affects and how many positions and openings stand behind that,
with the majors most affected: the basis for planning guidance sessions and training.

A post whose major list leaves the graduate out is stated to them (专业（未列入）, a fact) but is
no training need, so a cohort counts only the major conditions left open (须核实: 相关专业, a
class of majors, a missing major); see ``guidance_topics.PERSONAL_ONLY``.

Sensitive fields: conditions on ethnicity, disability and hardship form the ``SENSITIVE`` topic.
A cohort view never counts it; the edge computes a cohort on redacted copies
(``service.api.withheld.redact``), so no other topic rests on those fields either. A graduate's
own guidance, on the full record, carries the fields its gaps read (``discloses``) for the audit
log the edge writes before showing it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from features.records import Graduate, Job
from matching.cohort_majors import catalog_class
from matching.cohort_profile import select
from matching.fair_themes import ThemeLink
from matching.guidance_topics import PERSONAL_ONLY, TOPICS, Reader, Topic, asked_text, missing_fields, topic_of
from matching.results import GraduateSuggestions
from matching.verdict import Status, Verdict

Checker = Callable[[Graduate, Job], Verdict]
JobLookup = Callable[[str], Job | None]
Placement = Callable[[Graduate], ThemeLink | None]

#: Default number of best-fitting jobs looked at per graduate.
DEFAULT_TOP = 20
#: Wordings of a requirement and majors kept per gap or topic.
KEPT = 3


@dataclass(frozen=True, slots=True)
class GapExample:
    """The best-fitting job a gap affects, and its condition as the table wrote it."""

    job_id: str
    title: str
    employer: str | None
    condition: str


@dataclass(frozen=True, slots=True)
class Gap:
    """One topic standing between a graduate and some of their best-fitting jobs."""

    topic: Topic
    job_ids: tuple[str, ...]  # the ``examined`` jobs it affects, best-fitting first (each once)
    not_eligible: int  # of those, jobs where a condition of the topic is not met
    needs_review: int  # the others: left to review
    examined: int
    example: GapExample
    asked: tuple[tuple[str, int], ...]  # the requirement's wordings, most common first, with their jobs
    missing: tuple[str, ...]  # record fields whose absence left a condition to review (出生日期)
    discloses: tuple[str, ...]  # sensitive fields the conditions read (to audit before showing)
    reader: Reader = Reader.GRADUATE  # whom ``fact`` and ``suggestion`` address (您) or are about (该毕业生)

    @property
    def jobs(self) -> int:
        return len(self.job_ids)

    @property
    def label(self) -> str:
        return self.topic.label

    @property
    def fact(self) -> str:
        share = round(100 * self.jobs / self.examined) if self.examined else 0
        split = []
        if self.not_eligible:
            split.append(f"不符合 {self.not_eligible} 个")
        if self.needs_review:
            split.append(f"待核实 {self.needs_review} 个")
        example = f"{self.example.title}（{self.example.employer}）" if self.example.employer else self.example.title
        # The example job's own wording: the commonest ones may come from other jobs.
        person = "该毕业生" if self.reader is Reader.STAFF else "您"
        # 「含不符合条件的岗位」: these are not the suggestions (``recommend`` lists only posts one may
        # apply for), so a reader of both is told which set the count is of (see ``best_jobs``).
        return (f"{person}最匹配的 {self.examined} 个岗位（含不符合条件的岗位）中，有 {self.jobs} 个（{share}%）"
                f"{TOPICS[self.topic].asks_for(self.reader)}"
                f"（{'，'.join(split)}），如 {example}：「{self.example.condition}」。")

    @property
    def suggestion(self) -> str | None:
        if self.missing:
            # What the record lacks decides nothing yet: filling it in is the first step, also
            # for a topic stated as a fact (the graduate states it; nothing is suggested about it).
            if self.reader is Reader.STAFF:
                return f"该毕业生的登记信息中没有{'、'.join(self.missing)}，请核实并补充，以便进一步判断。"
            return f"您的登记信息中没有{'、'.join(self.missing)}，补充后可进一步判断。"
        return TOPICS[self.topic].suggestion_for(self.reader)

    @property
    def advice(self) -> str:
        return self.fact + (self.suggestion or "")


@dataclass(frozen=True, slots=True)
class GraduateGuidance:
    graduate_id: str
    top: int  # jobs asked for
    examined: int  # jobs looked at (fewer when the ranker found fewer)
    gaps: tuple[Gap, ...]  # most jobs first

    def discloses(self) -> tuple[str, ...]:
        return tuple(sorted({f for gap in self.gaps for f in gap.discloses}))

    def for_reader(self, reader: Reader) -> GraduateGuidance:
        """The same gaps worded for ``reader``: the graduate (您) or staff reading about them."""
        return replace(self, gaps=tuple(replace(g, reader=reader) for g in self.gaps))

    def without_sensitive(self) -> GraduateGuidance:
        return GraduateGuidance(self.graduate_id, self.top, self.examined,
                                tuple(g for g in self.gaps if g.topic is not Topic.SENSITIVE))


@dataclass(frozen=True, slots=True)
class TopicNeed:
    """One topic over a cohort: how many graduates' best-fitting jobs it stands in front of."""

    topic: Topic
    graduates: int
    share: float  # of the cohort
    not_eligible_graduates: int  # graduates with at least one job of the topic they do not meet
    jobs: int  # distinct positions involved
    openings: int  # their headcount (a position stating none counts as 1)
    headcount_unknown: int
    top_majors: tuple[tuple[str, int], ...]  # by the graduate's stated major
    asked: tuple[tuple[str, int], ...]  # wordings, by graduates
    top: int
    # Majors as affected as the last one of ``top_majors`` but left out: the list is cut at
    # ``KEPT``, and a cut inside a tie would name some majors (by their spelling) as 较多 over others.
    majors_tied_out: int = 0

    @property
    def label(self) -> str:
        return self.topic.label

    @property
    def majors_tie_note(self) -> str:
        """「 等（另有 2 个专业同为 3 人）」 when ``top_majors`` was cut inside a tie, else empty."""
        if not self.majors_tied_out or not self.top_majors:
            return ""
        return f" 等（另有 {self.majors_tied_out} 个专业同为 {self.top_majors[-1][1]} 人）"

    @property
    def summary(self) -> str:
        return (f"{self.label}：{self.graduates} 位毕业生的前 {self.top} 个匹配岗位（含不符合条件的岗位）中有岗位"
                f"{TOPICS[self.topic].cohort}")


@dataclass(frozen=True, slots=True)
class CohortGuidance:
    year: int | None
    school: str | None
    major_class: str | None
    total: int
    top: int
    # Trainable topics first, then those stated as a fact only (``Topic.fact_only``: 性别, 政治面貌 …),
    # each by most graduates; never a ``PERSONAL_ONLY`` topic.
    topics: tuple[TopicNeed, ...]
    graduates: tuple[GraduateGuidance, ...]  # in cohort order, without sensitive gaps


# --------------------------------------------------------------------------- per graduate


def best_jobs(result: GraduateSuggestions, top: int) -> list[str]:
    """The ``top`` best-fitting job ids over suggestions and not-eligible jobs, by score
    (ties by id, as the ranker breaks them). Not ``recommend --top``'s list, which holds only posts
    the graduate may apply for: its first ones, in its order, with the not-eligible posts scored
    among them (``recommend --rejected``)."""
    scored = [(s.score, s.job_id) for s in result.suggestions] + [(r.score, r.job_id) for r in result.rejected]
    return [job_id for _, job_id in sorted(scored, key=lambda x: (-x[0], x[1]))[:top]]


def graduate_guidance(graduate: Graduate, result: GraduateSuggestions, *, job: JobLookup, checker: Checker,
                      top: int = DEFAULT_TOP) -> GraduateGuidance:
    """The gaps between ``graduate`` and their ``top`` best-fitting jobs of ``result``; jobs
    ``job`` no longer finds are skipped."""
    if top < 1:
        raise ValueError("top 必须为正整数")
    jobs = [j for job_id in best_jobs(result, top) if (j := job(job_id)) is not None]
    found: dict[Topic, list[tuple[Job, Status, list]]] = defaultdict(list)
    for j in jobs:
        by_topic: dict[Topic, list] = defaultdict(list)
        for condition in checker(graduate, j).results:
            if condition.status is Status.ELIGIBLE or (topic := topic_of(condition)) is None:
                continue
            by_topic[topic].append(condition)
        for topic, conditions in by_topic.items():
            worst = Status.NOT_ELIGIBLE if any(c.status is Status.NOT_ELIGIBLE for c in conditions) else Status.NEEDS_REVIEW
            found[topic].append((j, worst, conditions))
    gaps = [_gap(topic, hits, graduate, len(jobs)) for topic, hits in found.items()]
    gaps.sort(key=lambda g: (-g.jobs, -g.not_eligible, list(Topic).index(g.topic)))
    return GraduateGuidance(graduate.id, top, len(jobs), tuple(gaps))


def _gap(topic: Topic, hits: list[tuple[Job, Status, list]], graduate: Graduate, examined: int) -> Gap:
    first_job, _, first_conditions = hits[0]
    asked = Counter()
    for _, _, conditions in hits:
        asked.update({asked_text(c) for c in conditions})  # once per job
    missing = set().union(*(missing_fields(c, graduate) for _, _, conditions in hits for c in conditions))
    return Gap(
        topic=topic, job_ids=tuple(j.id for j, _, _ in hits),
        not_eligible=sum(1 for _, status, _ in hits if status is Status.NOT_ELIGIBLE),
        needs_review=sum(1 for _, status, _ in hits if status is Status.NEEDS_REVIEW),
        examined=examined,
        example=GapExample(first_job.id, first_job.title, first_job.employer, asked_text(first_conditions[0])),
        asked=tuple(sorted(asked.items(), key=lambda kv: (-kv[1], kv[0]))[:KEPT]),
        missing=tuple(sorted(missing)),
        discloses=tuple(sorted({f for _, _, conditions in hits for c in conditions for f in c.discloses})),
    )


def ranker_checker(ranker) -> Checker:
    """The checker the ranker decided eligibility with: its rules engine, else the basic check."""
    if ranker.checker is not None:
        return ranker.checker
    from matching.eligibility import basic_check

    return partial(basic_check, majors=ranker.majors_)


def ranker_job_lookup(ranker) -> JobLookup:
    index = ranker.index_

    def job(job_id: str) -> Job | None:
        position = index.position(job_id)
        return None if position is None else index.jobs[position]

    return job


def guide_graduates(ranker, graduates: Sequence[Graduate], *, top: int = DEFAULT_TOP) -> list[GraduateGuidance]:
    """Rank ``graduates`` with a fitted ranker (``top`` suggestions and ``top`` not-eligible
    jobs each) and give each graduate's guidance."""
    results = ranker.rank(list(graduates), k=top, rejected_k=top)
    checker, job = ranker_checker(ranker), ranker_job_lookup(ranker)
    return [graduate_guidance(g, r, job=job, checker=checker, top=top) for g, r in zip(graduates, results)]


# --------------------------------------------------------------------------- cohort


def select_cohort(graduates: Iterable[Graduate], *, place: Placement, year: int | None = None,
                  school: str | None = None, major_class: str | None = None) -> list[Graduate]:
    """The graduates of ``year`` and ``school`` (as the profile selects them) whose major lies
    in the undergraduate class ``major_class`` (4 digits, as ``place`` puts them)."""
    chosen = select(graduates, year=year, school=school)
    if not major_class:
        return chosen
    return [g for g in chosen if (link := place(g)) is not None and link.key == major_class.strip()]


def ranker_cohort(ranker, graduates: Iterable[Graduate], **filters) -> list[Graduate]:
    """``select_cohort`` with the profile's classes (``catalog_class``): ``--major-class 0702`` takes the
    graduates the profile counts in 0702 物理学类, no name the major-fit model reads as physics."""
    return select_cohort(graduates, place=partial(catalog_class, ranker), **filters)


def cohort_guidance(guidance: Sequence[GraduateGuidance], graduates: Sequence[Graduate], *, job: JobLookup,
                    top: int = DEFAULT_TOP, year: int | None = None, school: str | None = None,
                    major_class: str | None = None, sensitive_gaps: bool = False) -> CohortGuidance:
    """Per topic over the cohort ``graduates`` (already selected; ``guidance`` theirs, from
    ``guide_graduates``): graduates affected, positions and openings, majors most affected.
    ``PERSONAL_ONLY`` topics (专业（未列入）, the sensitive one) are never a cohort topic; the
    graduates' own gaps keep the sensitive one only with ``sensitive_gaps`` (an officer's
    export, audited by the caller)."""
    by_id = {g.id: g for g in graduates}
    records = [g for g in guidance if g.graduate_id in by_id]
    affected: dict[Topic, list[tuple[Graduate, Gap]]] = defaultdict(list)
    job_ids: dict[Topic, set[str]] = defaultdict(set)
    for record in records:
        for gap in record.gaps:
            if gap.topic in PERSONAL_ONLY:
                continue
            affected[gap.topic].append((by_id[record.graduate_id], gap))
            job_ids[gap.topic].update(gap.job_ids)
    total = len(graduates)
    needs = []
    for topic, pairs in affected.items():
        held = [j for job_id in sorted(job_ids[topic]) if (j := job(job_id)) is not None]
        majors = Counter((g.major or "").strip() or "未填写专业" for g, _ in pairs)
        ranked = sorted(majors.items(), key=lambda kv: (-kv[1], kv[0]))
        asked = Counter()
        for _, gap in pairs:
            asked.update({text for text, _ in gap.asked})
        needs.append(TopicNeed(
            topic=topic, graduates=len(pairs), share=len(pairs) / total if total else 0.0,
            not_eligible_graduates=sum(1 for _, gap in pairs if gap.not_eligible),
            jobs=len(held), openings=sum(j.headcount if j.headcount is not None else 1 for j in held),
            headcount_unknown=sum(1 for j in held if j.headcount is None),
            top_majors=tuple(ranked[:KEPT]),
            asked=tuple(sorted(asked.items(), key=lambda kv: (-kv[1], kv[0]))[:KEPT]), top=top,
            majors_tied_out=sum(1 for _, n in ranked[KEPT:] if n == ranked[KEPT - 1][1])))
    # What no session can change (a post 限女性 before 87.5 % of a cohort) must not lead a list
    # planners read as training to organise: fact-only topics follow every trainable one.
    needs.sort(key=lambda n: (n.topic.fact_only, -n.graduates, -n.openings, list(Topic).index(n.topic)))
    return CohortGuidance(year=year, school=school.strip() if school and school.strip() else None,
                          major_class=major_class.strip() if major_class and major_class.strip() else None,
                          total=total, top=top, topics=tuple(needs),
                          # A cohort's graduates are read by staff (the CLI's files, an officer's
                          # export): their gaps are worded about the graduate, not to them.
                          graduates=tuple((r if sensitive_gaps else r.without_sensitive()).for_reader(Reader.STAFF)
                                          for r in records))
