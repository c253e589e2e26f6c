"""Service settings, read once from the environment (prefix ``JOBMATCH_``) or given in code.

There is no secret with a default value: bearer tokens are issued per user by
``jobmatch users add`` and stored only as hashes, so the service needs no signing key.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: ``Settings.max_body_bytes`` unless the environment or the code says otherwise: the limit of a
#: file reader whose caller has no settings of its own (a benchmark, a test).
DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024


class Settings(BaseSettings):
    """Everything the service reads from its environment.

    ``database_url`` defaults to a SQLite file inside ``data_dir``; set ``DATABASE_URL``
    (``postgresql+psycopg://user@host/db``) to run the same code on PostgreSQL.
    """

    model_config = SettingsConfigDict(env_prefix="JOBMATCH_", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "JOBMATCH_DATABASE_URL", "database_url")
    )
    #: Largest request body accepted, in bytes (an upload of a season's jobs is a few MB).
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    #: Page size limits of list endpoints.
    default_page_size: int = 50
    max_page_size: int = 500
    #: Suggestions returned per graduate unless the request asks for another number.
    default_top_k: int = 20
    #: Rank every graduate in the background after start and after job edits, so that
    #: recommendation requests are answered from memory.
    warm_recommendations: bool = True
    #: Judge every graduate off the support list for the 求职创业补贴 in the background after
    #: start, on each new day and after graduate edits, so that the officers' first view of a day
    #: finds the section's verdicts ready (``service.api.subsidy_verdicts``).
    warm_subsidy_section: bool = True
    #: Name of the cookie that holds the token for the web pages.
    cookie_name: str = "jobmatch_token"
    #: Set the cookie's Secure flag (turn on behind HTTPS).
    cookie_secure: bool = False
    #: The bureau's policy list (政策清单, .xlsx or .csv; ``service.policy_file``), read at start.
    policies: Path | None = None
    #: The lowest plausible monthly pay the job-list check accepts (yuan; the region's lowest
    #: current minimum wage). ``None``: the checker's default (``matching.job_checks.DEFAULT_MIN_PAY``).
    min_pay: int | None = Field(default=None, ge=1, lt=50_000)
    #: How long an ``Idempotency-Key`` of a follow-up (API header, page form) is kept, in hours:
    #: a retry within it is answered with the first answer; after it the key is new again.
    request_key_ttl_hours: float = Field(default=24.0, gt=0, le=24 * 365)

    @field_validator("database_url")
    @classmethod
    def _normalise_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        # ``postgresql://`` would make SQLAlchemy look for psycopg2; the project ships psycopg 3.
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value

    @field_validator("policies", mode="before")
    @classmethod
    def _no_policy_file(cls, value):
        """An empty ``JOBMATCH_POLICIES`` means no policy list, not the current folder."""
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def request_key_ttl(self) -> dt.timedelta:
        return dt.timedelta(hours=self.request_key_ttl_hours)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'jobmatch.sqlite3').resolve()}"

    def prepare(self) -> None:
        """Create the data directory on first start."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
