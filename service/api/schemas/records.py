"""The job and graduate schemas, kept importable from here for callers of the time they shared
this module: they live in ``service.api.schemas.jobs`` and ``service.api.schemas.graduates``."""

from __future__ import annotations

from service.api.schemas.graduates import (  # noqa: F401
    GraduateCreate,
    GraduateFull,
    GraduatePublic,
    GraduateUpdate,
    PreferencesModel,
    graduate_apply_update,
    graduate_from_create,
    graduate_to_create,
    sensitive_fields_sent,
)
from service.api.schemas.jobs import (  # noqa: F401
    CONTACT_LENGTH,
    PAY_TEXT_LENGTH,
    JobCreate,
    JobPublic,
    JobSummary,
    JobUpdate,
    job_apply_update,
    job_from_create,
    job_to_create,
)
