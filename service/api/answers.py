"""A ranking as the API and the pages answer with it, worded for its reader: the graduate
reads the rules' reasons as written (「您的学历为本科」); staff read about the graduate
(「该毕业生的学历为本科」), each job with its summary."""

from __future__ import annotations

from features.records import Graduate
from matching.explain import about_candidate, record_texts
from service.api import schemas as s
from service.api.matching import Matcher
from service.api.reclog import RecommendationLog
from service.api.schemas.results import SuggestedJob
from service.auth import Role, User


def reasons_for(user: User, reasons, *records) -> list[str]:
    """Reasons as ``user`` reads them. The rules word them to the graduate (「您的学历为本科」),
    and the ranker's results and its cache keep that one wording; staff read about the graduate
    (「该毕业生的学历为本科」, ``about_candidate``), chosen here, when the answer is shown. The
    values of ``records`` (the graduate, the job or policy) stay as written (a place holding 您)."""
    if user.role is Role.GRADUATE:
        return list(reasons)
    data = record_texts(*(r for r in records if r is not None))
    return [about_candidate(r, data) for r in reasons]


def suggestions_public(*, matcher: Matcher, user: User, suggestions, graduate: Graduate) -> list[s.SuggestionPublic]:
    """A ranking's suggestions as the API and the pages show them to ``user``, each with its job's
    summary and what applying takes (announcement, deadline, contact: ``SuggestedJob``)."""
    return [s.SuggestionPublic(rank=x.rank, job_id=x.job_id, score=x.score, status=x.status.value,
                               status_label=x.status.label,
                               reasons=reasons_for(user, x.reasons, graduate, job := matcher.job(x.job_id)),
                               job=None if job is None else SuggestedJob.of(job))
            for x in suggestions]


def recommendations_public(*, matcher: Matcher, user: User, result, graduate: Graduate,
                           log: RecommendationLog | None) -> s.RecommendationsPublic:
    if log is not None:
        log.add(user_id=user.id, graduate_id=result.graduate_id, job_ids=[x.job_id for x in result.suggestions])
    return s.RecommendationsPublic(
        graduate_id=result.graduate_id,
        suggestions=suggestions_public(matcher=matcher, user=user, suggestions=result.suggestions, graduate=graduate),
        rejected=[
            s.RejectionPublic(job_id=x.job_id, score=x.score,
                              reasons=reasons_for(user, x.reasons, graduate, job := matcher.job(x.job_id)),
                              job=None if job is None else s.JobSummary.of(job))
            for x in result.rejected
        ],
        major_note=reasons_for(user, [result.major_note], graduate)[0] if result.major_note else None,
        closed_unlisted=matcher.unlisted_count(),
    )
