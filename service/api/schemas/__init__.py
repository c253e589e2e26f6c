"""Pydantic schemas at the API edge, split Create / Update / Public.

The core records (``features.records``) stay frozen dataclasses; these models only
validate what crosses HTTP and convert to and from the records. Education and degree are
written as text (``本科及以上``, ``学士``) and parsed by ``features.education``; text
that names no level is refused rather than guessed.

The package splits them by subject (``common``, ``jobs``, ``graduates``, ``results`` …; ``records``
re-exports the job and graduate schemas for callers of the time they shared it); callers import
this package (``from service.api import schemas as s``) and use ``s.JobCreate`` etc.
"""

from __future__ import annotations

from service.api.schemas.common import (  # noqa: F401
    Short,
    RecordId,
    Number,
    Day,
    Money,
    Headcount,
    Year,
)
from service.api.schemas.jobs import (  # noqa: F401
    JobCreate,
    JobUpdate,
    job_from_create,
    job_to_create,
    job_apply_update,
    JobPublic,
    JobSummary,
)
from service.api.schemas.graduates import (  # noqa: F401
    PreferencesModel,
    GraduateCreate,
    GraduateUpdate,
    sensitive_fields_sent,
    graduate_from_create,
    graduate_to_create,
    graduate_apply_update,
    GraduatePublic,
    GraduateOwn,
    GraduateFull,
)
from service.api.schemas.results import (  # noqa: F401
    Page,
    SuggestionPublic,
    RejectionPublic,
    RecommendationsPublic,
    CandidatePublic,
    CandidatesPublic,
    SkippedRow,
    ImportReport,
    AuditPublic,
    LoggedJob,
    RecommendationLogEntry,
    MePublic,
    FollowUpCreate,
    FollowUpPublic,
    FollowUpStatePublic,
    SupportEntryPublic,
    SubsidyHintPublic,
    SubsidyUnclaimedEntry,
    FairPositionPublic,
    FairGraduatePublic,
    FairPublic,
    FairDroppedPublic,
    FairLimitsPublic,
    FairPlanPublic,
)
from service.api.schemas.job_checks import (  # noqa: F401
    JobCheckCoveredJobPublic,
    JobCheckFindingPublic,
    JobCheckSummaryPublic,
    JobChecksPublic,
)
from service.api.schemas.profile import (  # noqa: F401
    CountPublic,
    PayWishesPublic,
    IntentionsPublic,
    BalanceLimitsPublic,
    ClassBalancePublic,
    SupplyDemandPublic,
    SensitiveCountsPublic,
    CohortProfilePublic,
)
from service.api.schemas.follow_up_reports import FollowUpReportEntry, UnpushedEntry  # noqa: F401
from service.api.schemas.guidance import (  # noqa: F401
    AskedPublic,
    MajorCountPublic,
    TopicNeedPublic,
    CohortGuidancePublic,
    GapExamplePublic,
    GapPublic,
    GraduateGuidancePublic,
)
from service.api.schemas.policies import (  # noqa: F401
    PolicyPublic,
    PolicyListPublic,
    PolicyVerdictPublic,
    GraduatePoliciesPublic,
)
