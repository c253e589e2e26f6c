"""Repository functions: every query the service makes, keyword-only and typed, under one name.

Each kind of record has its own module (``job_store``, ``graduate_store``, ``account_logs``; what
they share in ``query_kit``); this module gathers their public names, so that a caller imports
``repository`` (as ``repo``) whatever it queries. Functions take a ``Session`` and neither commit
nor roll back: the caller owns the transaction (one per request, so a bulk import writes
everything or nothing).
"""

from __future__ import annotations

from service.storage.account_logs import (AuditEntry, add_audit, add_recommendation_logs, create_user,
                                          accounts_mark, deactivate_user, deactivate_users_named, graduate_account_ids, list_audit,
                                          inactive_token_hash, replace_token, user_by_id, users_named,
                                          list_recommendation_log, list_users,
                                          user_by_token_hash, user_names)
from service.storage.graduate_store import (GraduateFilters, all_graduates, count_graduates, create_graduate,
                                            delete_graduate, get_graduate, get_graduates, graduate_conditions, graduate_exists,
                                            graduate_case_twins, graduate_ids, id_number_holders, list_graduates, merged_with_stored, update_graduate,
                                            upsert_graduates)
from service.storage.job_store import (JobFilters, all_jobs, count_jobs, create_job, delete_job, get_job, get_jobs,
                                       job_case_twins, job_ids, list_jobs, refresh_inferred_places, update_job, upsert_jobs)
from service.storage.query_kit import CHUNK, DuplicateIdError, UpsertCounts, paged

__all__ = [
    "CHUNK", "DuplicateIdError", "UpsertCounts", "paged",
    "JobFilters", "all_jobs", "count_jobs", "create_job", "delete_job", "get_job", "get_jobs", "job_case_twins", "job_ids", "list_jobs",
    "refresh_inferred_places", "update_job", "upsert_jobs",
    "GraduateFilters", "all_graduates", "count_graduates", "create_graduate", "delete_graduate", "get_graduate",
    "get_graduates", "graduate_case_twins", "graduate_conditions", "graduate_exists", "graduate_ids", "id_number_holders", "list_graduates", "merged_with_stored", "update_graduate",
    "upsert_graduates",
    "AuditEntry", "add_audit", "add_recommendation_logs", "create_user", "deactivate_users_named", "graduate_account_ids", "list_audit",
    "accounts_mark", "deactivate_user", "inactive_token_hash", "replace_token", "user_by_id", "users_named",
    "list_recommendation_log", "list_users", "user_by_token_hash", "user_names",
]
