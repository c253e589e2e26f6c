"""Small named result records returned by the ranker."""

from __future__ import annotations

from dataclasses import dataclass

from matching.verdict import Status


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One job suggested to a graduate; ``rank`` 1 is the best."""

    job_id: str
    rank: int
    score: float
    status: Status  # ELIGIBLE or NEEDS_REVIEW, never NOT_ELIGIBLE
    reasons: tuple[str, ...]
    discloses: tuple[str, ...] = ()  # sensitive graduate fields the reasons rest on (to audit)


@dataclass(frozen=True, slots=True)
class Rejection:
    """A well-scoring job the graduate may not apply for, with why."""

    job_id: str
    score: float
    reasons: tuple[str, ...]
    discloses: tuple[str, ...] = ()  # sensitive graduate fields the reasons rest on (to audit)


@dataclass(frozen=True, slots=True)
class GraduateSuggestions:
    graduate_id: str
    suggestions: tuple[Suggestion, ...]
    rejected: tuple[Rejection, ...]
    #: Said once, above the suggestions, not in each one's reasons: how a major the catalog does
    #: not hold was read (``matching.explain.major_note``), then a wished place no loaded post lies in
    #: (``matching.explain.missing_place_note``), then a refused place the tool could not read
    #: (``matching.explain.unread_place_note``), joined by 「；」; ``None`` when there is nothing to say.
    major_note: str | None = None

    def discloses(self) -> tuple[str, ...]:
        """Sensitive fields of the graduate that some reason shown rests on."""
        return tuple(sorted({f for x in (*self.suggestions, *self.rejected) for f in x.discloses}))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One graduate suggested for a job (for organisers and employers)."""

    graduate_id: str
    rank: int
    score: float
    status: Status
    reasons: tuple[str, ...]
    discloses: tuple[str, ...] = ()  # sensitive fields of this graduate the reasons rest on (to audit)
