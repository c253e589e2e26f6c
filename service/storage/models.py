"""SQLAlchemy 2.x tables: jobs, graduates, users, audit log, recommendation log, follow-ups
(and the request keys that make recording one idempotent).

Columns mirror ``features.records`` so a row converts to a frozen record and back
(``service.storage.convert``); list-valued fields are JSON. Short text columns take their
lengths from ``features.records`` (``JOB_TEXT_LIMITS``, ``GRADUATE_TEXT_LIMITS``), which the
importers enforce. Record ids are the ids the source tables use (岗位编号, 学号), strings,
and are the primary keys.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, false, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from features.records import GRADUATE_TEXT_LIMITS, JOB_TEXT_LIMITS
from service.outcomes import NOTE_MAX_LENGTH, REQUEST_KEY_MAX_LENGTH


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcDateTime(TypeDecorator):
    """A point in time, always read back in UTC with its offset.

    SQLite keeps no offset: it would store ``08:00+08:00`` as ``08:00`` and compare it as
    text with UTC values, and give back naive times that readers take for local time. So
    every value is converted to UTC before it is written or compared (a naive value is
    taken to be UTC already), and read back as aware UTC on every database.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        value = (value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    pass


class JobRow(Base):
    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(JOB_TEXT_LIMITS["id"]), primary_key=True)
    title: Mapped[str] = mapped_column(String(JOB_TEXT_LIMITS["title"]))
    employer: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["employer"]))
    employer_type: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["employer_type"]), index=True)
    category: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["category"]), index=True)
    industry: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["industry"]))
    location: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["location"]), index=True)
    # The post's place from the province down as read (``convert.inferred_place_column``): of the
    # stated ``location`` (「武汉 洪山」 → 「湖北省武汉市」), else of its names (``Job.inferred_location``:
    # 「河南省开封市兰考县」), NULL when none is read: derived, never read back into the record, kept so
    # that the place filter can run in SQL (0012; stated places too since 2026-12-06). Text: it is
    # built from gazetteer names, not from a cell the importers limit.
    location_inferred: Mapped[str | None] = mapped_column(Text)
    parent_unit: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["parent_unit"]))
    exam_type: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["exam_type"]))
    education_min: Mapped[int | None] = mapped_column(Integer)
    education_max: Mapped[int | None] = mapped_column(Integer)
    education_any: Mapped[bool] = mapped_column(Boolean, default=False)
    degree: Mapped[int | None] = mapped_column(Integer)
    # 「与学历相对应的学位」: each applicant the degree of their own level; ``degree`` the lowest (0019).
    degree_matching: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    majors_text: Mapped[str | None] = mapped_column(Text)
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    headcount: Mapped[int | None] = mapped_column(Integer)
    # 「若干」 (stated, not fixed) with a NULL headcount; false: a number, or not stated (0007).
    headcount_open: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    description: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[list] = mapped_column(JSON, default=list)
    apply_by: Mapped[dt.date | None] = mapped_column(Date)  # 报名截止日期 (0008)
    announcement: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["announcement"]))  # 招聘公告 (0010)
    season_year: Mapped[int | None] = mapped_column(Integer)  # the season it names (0010)
    pay_text: Mapped[str | None] = mapped_column(Text)  # the pay cell as written (0011)
    contact: Mapped[str | None] = mapped_column(Text)  # the employer's contact as stated (0011)
    work_type: Mapped[str | None] = mapped_column(Text)  # 工作类型 as written: 全职, 兼职/临时, 实习 (0016)
    # The table's 职位代码 and 内设机构/科室 as written (0017): the duplicate check tells posts apart by them.
    position_code: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    # When the job board last updated the posting (招聘信息更新时间, 0020), not this row (``updated_at``).
    updated_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)


class GraduateRow(Base):
    __tablename__ = "graduates"

    id: Mapped[str] = mapped_column(String(GRADUATE_TEXT_LIMITS["id"]), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["name"]))
    school: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["school"]), index=True)
    major: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["major"]))
    major_code: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["major_code"]))
    education: Mapped[int | None] = mapped_column(Integer)
    degree: Mapped[int | None] = mapped_column(Integer)
    graduation_year: Mapped[int | None] = mapped_column(Integer, index=True)
    gender: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["gender"]))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    political_status: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["political_status"]))
    hukou: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["hukou"]))
    origin_place: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["origin_place"]))  # 生源地 (0013)
    intention: Mapped[str] = mapped_column(Text, default="")
    pref_locations: Mapped[list] = mapped_column(JSON, default=list)
    pref_categories: Mapped[list] = mapped_column(JSON, default=list)
    pref_industries: Mapped[list] = mapped_column(JSON, default=list)
    pref_min_salary: Mapped[int | None] = mapped_column(Integer)
    # Sensitive (features.records.SENSITIVE_GRADUATE_FIELDS): officers only, reads audited.
    ethnicity: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["ethnicity"]))
    hardship: Mapped[list | None] = mapped_column(JSON)  # None = unknown, [] = stated none
    # Narrower groups named within those categories (低保家庭 …); None = none named (migration 0004).
    hardship_groups: Mapped[list | None] = mapped_column(JSON)
    student_loan: Mapped[bool | None] = mapped_column(Boolean)  # 获得国家助学贷款; None = not stated
    needs_support: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    id_number: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["id_number"]))
    phone: Mapped[str | None] = mapped_column(String(GRADUATE_TEXT_LIMITS["phone"]))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)


#: One 身份证号, one graduate (migration 0018): compared upper-cased, as ``id_number_holders`` reads it; NULLs
#: many times. The service checks before it writes (``service.id_number_clashes``); this refuses the write of a
#: request that checked at the same moment as another (``service.api.upload_checks.shared_id_number_refused``).
Index("uq_graduates_id_number", func.upper(GraduateRow.id_number), unique=True)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    # A graduate user's own record; no foreign key because accounts may be issued before import.
    graduate_id: Mapped[str | None] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # Raised by each change of the account (deactivated, token reissued; migration 0014), so that the
    # running service's one-row mark of the table (``repository.accounts_mark``) moves on every change.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The token hash the last reissue replaced (migration 0015): the login page says that token was replaced.
    replaced_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditRow(Base):
    """One read or change of a graduate's sensitive fields."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))  # read / recommend / create / update / delete / import
    record_type: Mapped[str] = mapped_column(String(16), default="graduate")
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    fields: Mapped[list] = mapped_column(JSON, default=list)


class RecommendationRow(Base):
    """Which jobs were suggested to which graduate, when and for whom (for follow-up)."""

    __tablename__ = "recommendation_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    graduate_id: Mapped[str] = mapped_column(String(64))
    job_ids: Mapped[list] = mapped_column(JSON, default=list)


Index("ix_recommendation_log_graduate_at", RecommendationRow.graduate_id, RecommendationRow.at)


#: A follow-up names a job (with its title and a status), or else states a subsidy (migration 0009,
#: which repeats the text).
SUBSIDY_ONLY_CHECK = ("(job_id IS NOT NULL AND job_title IS NOT NULL AND status IS NOT NULL) OR "
                      "(job_id IS NULL AND job_title IS NULL AND status IS NULL AND subsidy IS NOT NULL)")


class FollowUpRow(Base):
    """What came of one job for one graduate, as an officer recorded it.

    Append-only: a change of state is a new row, and the newest row of a (graduate, job)
    pair is its current state. Like the recommendation log it has no foreign key to the
    graduate or the job, so the history outlives both; the job's title and employer are
    copied in when the row is written, and the recording officer's name too. The rows of one
    push of a post share ``push_id``; the newest row of a (graduate, job, push) is its current state.

    A row without a job (``job_id``, ``job_title`` and ``status`` NULL, migration 0009) records
    only the graduate's 求职创业补贴 state: the subsidy is the graduate's, not a post's, so an
    officer need not pick a post to record it. The check keeps the two kinds apart.
    """

    __tablename__ = "follow_ups"
    __table_args__ = (CheckConstraint(SUBSIDY_ONLY_CHECK, name="ck_follow_ups_job_or_subsidy"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(String(100))
    graduate_id: Mapped[str] = mapped_column(String(GRADUATE_TEXT_LIMITS["id"]))
    job_id: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["id"]))  # None: subsidy only
    job_title: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["title"]))
    job_employer: Mapped[str | None] = mapped_column(String(JOB_TEXT_LIMITS["employer"]))
    status: Mapped[str | None] = mapped_column(String(16))  # service.outcomes.FollowUpStatus
    subsidy: Mapped[str | None] = mapped_column(String(16))  # service.outcomes.SubsidyState
    note: Mapped[str | None] = mapped_column(String(NOTE_MAX_LENGTH))
    #: The push the row belongs to: the id of the push's first row, shared by its later rows (migration 0021).
    #: A job deleted and its id given to another post keeps its push apart from the new post's. NULL on a
    #: subsidy-only row; a NULL job row groups by graduate and job id alone, as every row did before.
    push_id: Mapped[int | None] = mapped_column(Integer)


Index("ix_follow_ups_graduate_job", FollowUpRow.graduate_id, FollowUpRow.job_id)


class FollowUpRequestKeyRow(Base):
    """An ``Idempotency-Key`` that an officer sent with a follow-up (the API's header, the page
    form's hidden field) and the row it wrote: a retry with the same key and the same body
    gets that row back instead of writing a second one. Keys are scoped per officer and per
    graduate (the primary key); ``request_hash`` tells a retry from another body.

    ``response_body`` is the 201 answer's JSON, replayed as it was (a job deleted since would
    otherwise change ``job_exists``); ``None`` for keys written before migration 0006. Keys
    expire (``Settings.request_key_ttl_hours``); ``at`` is indexed so that writing a key
    deletes the expired ones in one cheap statement."""

    __tablename__ = "follow_up_request_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    graduate_id: Mapped[str] = mapped_column(String(GRADUATE_TEXT_LIMITS["id"]), primary_key=True)
    key: Mapped[str] = mapped_column(String(REQUEST_KEY_MAX_LENGTH), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of the validated body
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_ups.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    response_body: Mapped[str | None] = mapped_column(Text)
