"""The accounts and the two logs kept about them: users (tokens stored as hashes), the audit log
of sensitive reads and changes, and the 推荐记录 of suggestions served.

Functions take a ``Session`` and neither commit nor roll back: the caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, func, insert, or_, select, update
from sqlalchemy.orm import Session

from service.storage.models import AuditRow, RecommendationRow, UserRow, utcnow
from service.storage.query_kit import paged


def create_user(*, session: Session, name: str, role: str, token_hash: str, graduate_id: str | None = None) -> UserRow:
    user = UserRow(name=name, role=role, token_hash=token_hash, graduate_id=graduate_id, active=True)
    session.add(user)
    session.flush()
    return user


def user_by_token_hash(*, session: Session, token_hash: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.token_hash == token_hash, UserRow.active.is_(True)))


def inactive_token_hash(*, session: Session, token_hash: str) -> bool:
    """Whether ``token_hash`` is a deactivated account's or one a reissue replaced (the login page says why)."""
    stale = or_(and_(UserRow.token_hash == token_hash, UserRow.active.is_(False)),
                UserRow.replaced_token_hash == token_hash)
    return session.scalar(select(UserRow.id).where(stale).limit(1)) is not None


def list_users(*, session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.id)))


def graduate_account_ids(*, session: Session) -> frozenset[str]:
    """The graduate records that have an active account: the only ones whose own view (the record
    without officer-only fields) anyone reads, so the only ones worth ranking ahead of a request."""
    rows = session.scalars(select(UserRow.graduate_id).where(
        UserRow.role == "graduate", UserRow.active.is_(True), UserRow.graduate_id.is_not(None)))
    return frozenset(rows)


#: Account id → (revision, active): what tells one account's change (``deactivate_user`` and
#: ``replace_token`` raise the revision; a deleted account is missing).
AccountStates = dict[int, tuple[int, bool]]


def account_states(*, session: Session) -> tuple[AccountStates, frozenset[str]]:
    """Every account's (revision, active), and the graduate ids with an active account (as
    ``graduate_account_ids``), in one query: what the running service compares on each change of
    ``accounts_mark`` to tell which accounts changed (``service.api.account_watch``)."""
    states: AccountStates = {}
    with_account = set()
    rows = session.execute(select(UserRow.id, UserRow.revision, UserRow.active, UserRow.role, UserRow.graduate_id))
    for user_id, revision, active, role, graduate_id in rows:
        states[user_id] = (revision or 0, bool(active))
        if active and role == "graduate" and graduate_id is not None:
            with_account.add(graduate_id)
    return states, frozenset(with_account)


def accounts_mark(*, session: Session) -> tuple[int, int | None, int | None, int | None, int | None]:
    """(count, highest id, sum of ids, sum of active accounts' ids, sum of revisions) of all accounts, every
    role: one aggregate row, so that the running service can ask every few seconds whether an account was
    issued, deactivated or given a new token (``service.api.account_watch``). A new account raises the count
    and the sums; a deactivation lowers the active sum; ``deactivate_user`` and ``replace_token`` also raise
    the account's ``revision``, which a reissued token changes nothing else of. The sums of ids, because
    count and highest id alone stay put when one account is deactivated as one with a lower id appears (on
    PostgreSQL an id is drawn when the row is inserted, so a transaction committed late brings an id below
    the highest)."""
    active_id = case((UserRow.active.is_(True), UserRow.id), else_=0)
    count, highest, total, active, revisions = session.execute(select(
        func.count(), func.max(UserRow.id), func.sum(UserRow.id), func.sum(active_id),
        func.sum(UserRow.revision))).one()
    as_int = lambda value: None if value is None else int(value)  # noqa: E731 (PostgreSQL sums are Decimal)
    return int(count), highest, as_int(total), as_int(active), as_int(revisions)


def user_by_id(*, session: Session, user_id: int) -> UserRow | None:
    return session.get(UserRow, user_id)


def users_named(*, session: Session, name: str) -> list[UserRow]:
    return list(session.scalars(select(UserRow).where(UserRow.name == name).order_by(UserRow.id)))


def deactivate_user(*, session: Session, user_id: int) -> bool:
    """Turn the account off (its token stops working); ``False`` if it was not active."""
    result = session.execute(update(UserRow).where(UserRow.id == user_id, UserRow.active.is_(True))
                             .values(active=False, revision=UserRow.revision + 1))
    return result.rowcount == 1


def replace_token(*, session: Session, user_id: int, token_hash: str) -> bool:
    """Give an active account a new token hash (the old token stops working); ``False`` if not active."""
    result = session.execute(update(UserRow).where(UserRow.id == user_id, UserRow.active.is_(True))
                             .values(token_hash=token_hash, replaced_token_hash=UserRow.token_hash,
                                     revision=UserRow.revision + 1))
    return result.rowcount == 1


def user_names(*, session: Session, user_ids: Iterable[int]) -> dict[int, str]:
    """Account id → name, for the ids that still exist."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = session.execute(select(UserRow.id, UserRow.name).where(UserRow.id.in_(ids)))
    return {user_id: name for user_id, name in rows}


def deactivate_users_named(*, session: Session, prefix: str) -> int:
    """Turn off every account whose name starts with ``prefix`` (earlier demo accounts)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    result = session.execute(
        update(UserRow).where(UserRow.name.like(f"{escaped}%", escape="\\"), UserRow.active.is_(True))
        .values(active=False, revision=UserRow.revision + 1)
    )
    return result.rowcount


@dataclass(frozen=True, slots=True)
class AuditEntry:
    user_id: int | None
    user_name: str
    role: str
    action: str
    record_id: str
    fields: tuple[str, ...]
    record_type: str = "graduate"


def add_audit(*, session: Session, entries: Iterable[AuditEntry]) -> int:
    now = utcnow()
    rows = [
        {
            "at": now, "user_id": e.user_id, "user_name": e.user_name, "role": e.role, "action": e.action,
            "record_type": e.record_type, "record_id": e.record_id, "fields": list(e.fields),
        }
        for e in entries
    ]
    if rows:
        session.execute(insert(AuditRow), rows)
    return len(rows)


def list_audit(
    *,
    session: Session,
    record_id: str | None = None,
    user_id: int | None = None,
    action: str | None = None,
    since: dt.datetime | None = None,
    record_types: Collection[str] | None = None,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[AuditRow], int]:
    """``record_types`` None is every type; else entries of those types only (``service.audit.RECORD_TYPES``)."""
    query = select(AuditRow)
    if record_types is not None:
        query = query.where(AuditRow.record_type.in_(tuple(record_types)))
    if record_id is not None:
        query = query.where(AuditRow.record_id == record_id)
    if user_id is not None:
        query = query.where(AuditRow.user_id == user_id)
    if action is not None:
        query = query.where(AuditRow.action == action)
    if since is not None:
        query = query.where(AuditRow.at >= since)
    return paged(session, query, order_by=(AuditRow.id.desc(),), offset=offset, limit=limit)


def add_recommendation_logs(*, session: Session, entries: Sequence[tuple[int | None, str, Sequence[str]]]) -> None:
    """Many ``(user_id, graduate_id, job_ids)`` entries in one statement."""
    now = utcnow()
    rows = [{"at": now, "user_id": u, "graduate_id": g, "job_ids": list(j)} for u, g, j in entries]
    if rows:
        session.execute(insert(RecommendationRow), rows)


def list_recommendation_log(*, session: Session, graduate_id: str, offset: int = 0, limit: int = 20
                            ) -> tuple[list[RecommendationRow], int]:
    """One graduate's logged recommendations, newest first, and how many there are."""
    query = select(RecommendationRow).where(RecommendationRow.graduate_id == graduate_id)
    return paged(session, query, order_by=(RecommendationRow.id.desc(),), offset=offset, limit=limit)
