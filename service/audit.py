"""Audit log of sensitive graduate fields (``features.records.SENSITIVE_GRADUATE_FIELDS``).

Every response that carries a sensitive field, or a reason that rests on one, and every
change of one, writes one row per graduate: who, when, which record, which fields, what
action. The officers' follow-up record is audited the same way for its fields that speak
of hardship (``service.outcomes.SENSITIVE_FOLLOW_UP_FIELDS``: the subsidy state and the
note), with ``record_type`` ``follow_up``. Rows are written in the request's own
transaction, so a change and its audit entry commit together. ``jobmatch recommend``
writes to the same log, before it shows or writes any result, with the operating-system
login as the reader.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from features.records import SENSITIVE_GRADUATE_FIELDS, Graduate
from service.auth import User
from service.outcomes import SENSITIVE_FOLLOW_UP_FIELDS
from service.storage import repository
from service.storage.repository import AuditEntry


#: Every action an entry records, in the officers' words: the one list that ``GET /api/audit``
#: checks its ``action`` filter against and the ``/audit`` page offers and shows.
ACTIONS = {
    "read": "查看", "recommend": "推荐理由中披露", "create": "新增", "update": "修改", "delete": "删除", "import": "导入",
    "policies": "政策匹配理由中披露", "profile": "画像统计中披露", "guidance": "求职建议中披露",
    "follow_up_export": "导出跟进记录",
    # Changes of an account by ``jobmatch users`` (``record_type`` ``account``, ``record_id`` its number): whose
    # token stopped working, when and by whom, next to the reads that token made.
    "deactivate": "停用账号", "reissue": "重新签发令牌",
}

#: What an entry's ``record_id`` names, by ``record_type``: a graduate's id for the first two, an
#: account's number for ``account``. The two kinds of id overlap (graduate "3", account #3), so a
#: filter on ``record_id`` means one kind only with a ``record_type`` beside it.
RECORD_TYPES = {"graduate": "毕业生记录", "follow_up": "跟进记录", "account": "账号变更"}
#: The types whose ``record_id`` is a graduate's id: what the /audit page's 毕业生编号 filter keeps to.
GRADUATE_RECORD_TYPES = ("graduate", "follow_up")


def _add(*, session: Session, entries: Iterable[AuditEntry]) -> int:
    """Writes the entries; an action not in ``ACTIONS`` is a programming error (an entry that
    no filter could find), caught here rather than in the log."""
    entries = list(entries)
    unknown = {e.action for e in entries} - ACTIONS.keys()
    if unknown:
        raise ValueError(f"audit action(s) {sorted(unknown)} not in service.audit.ACTIONS")
    return repository.add_audit(session=session, entries=entries)

def present_fields(graduate: Graduate) -> tuple[str, ...]:
    """Sensitive fields that hold a value (only those are disclosed by a read). An empty string
    (a phone left blank) tells nothing of the graduate; an empty hardship set does: it says the
    graduate is in no hardship category, so it counts, as does a loan stated as not taken."""
    return tuple(f for f in SENSITIVE_GRADUATE_FIELDS if getattr(graduate, f) not in (None, ""))


def changed_fields(before: Graduate | None, after: Graduate | None) -> tuple[str, ...]:
    return tuple(
        f for f in SENSITIVE_GRADUATE_FIELDS
        if getattr(before, f, None) != getattr(after, f, None)
    )


def record_reads(*, session: Session, user: User, graduates: Iterable[Graduate], action: str = "read") -> int:
    entries = []
    for graduate in graduates:
        fields = present_fields(graduate)
        if fields:
            entries.append(_entry(user, action, graduate.id, fields))
    return _add(session=session, entries=entries)


def record_disclosures(*, session: Session, user: User, disclosed: Iterable[tuple[str, tuple[str, ...]]],
                       action: str = "recommend") -> int:
    """(graduate id, fields) pairs whose values reasons shown to ``user`` rest on
    (「民族不符：…您为汉族」「残疾人专设岗位：您登记为残疾人」)."""
    entries = [_entry(user, action, graduate_id, tuple(fields)) for graduate_id, fields in disclosed if fields]
    return _add(session=session, entries=entries)


#: Role recorded for entries written by the command line (no account, an OS login).
COMMAND_LINE_ROLE = "cli"


def record_local_disclosures(*, session: Session, login: str, disclosed: Iterable[tuple[str, tuple[str, ...]]],
                             action: str = "recommend") -> int:
    """As ``record_disclosures``, for output of the command line (``jobmatch recommend``,
    ``profile``, ``policies``, ``follow-ups export``): the reader is the operating-system
    account that ran it, not a service user. Follow-up fields (subsidy, note) go in an entry
    of their own with ``record_type`` ``follow_up``, as the service logs them, so that an
    auditor filtering on that type also sees exports."""
    entries = []
    for graduate_id, fields in disclosed:
        for record_type, kept in (("graduate", tuple(f for f in fields if f not in SENSITIVE_FOLLOW_UP_FIELDS)),
                                  ("follow_up", tuple(f for f in fields if f in SENSITIVE_FOLLOW_UP_FIELDS))):
            if kept:
                entries.append(AuditEntry(user_id=None, user_name=login, role=COMMAND_LINE_ROLE, action=action,
                                          record_id=graduate_id, fields=kept, record_type=record_type))
    return _add(session=session, entries=entries)


def record_account_change(*, session: Session, login: str, action: str, account_id: int) -> int:
    """``jobmatch users deactivate`` / ``reissue`` (``action``) of account ``account_id``, by the
    operating-system account ``login``, written in the change's own transaction."""
    return _add(session=session, entries=[AuditEntry(
        user_id=None, user_name=login, role=COMMAND_LINE_ROLE, action=action, record_id=str(account_id), fields=(),
        record_type="account")])


def record_change(*, session: Session, user: User, action: str, before: Graduate | None, after: Graduate | None) -> int:
    fields = changed_fields(before, after)
    if not fields:
        return 0
    record_id = (after or before).id
    return _add(session=session, entries=[_entry(user, action, record_id, fields)])


def record_changes(*, session: Session, user: User, action: str, pairs: Iterable[tuple[Graduate | None, Graduate]]) -> int:
    entries = []
    for before, after in pairs:
        fields = changed_fields(before, after)
        if fields:
            entries.append(_entry(user, action, after.id, fields))
    return _add(session=session, entries=entries)


def record_follow_ups(*, session: Session, user: User, rows: Iterable, action: str = "read",
                      shown: tuple[str, ...] = SENSITIVE_FOLLOW_UP_FIELDS) -> int:
    """Follow-up records shown to ``user`` (``read``) or written by them (``create``): one
    entry per graduate, naming the sensitive follow-up fields among ``shown`` that hold a
    value in any of ``rows`` (``FollowUpRow``). Rows with none say nothing of hardship and
    leave no entry."""
    fields: dict[str, set[str]] = {}
    for row in rows:
        present = {f for f in SENSITIVE_FOLLOW_UP_FIELDS if f in shown and getattr(row, f) is not None}
        if present:
            fields.setdefault(row.graduate_id, set()).update(present)
    entries = [
        AuditEntry(user_id=user.id, user_name=user.name, role=user.role.value, action=action, record_id=graduate_id,
                   fields=tuple(f for f in SENSITIVE_FOLLOW_UP_FIELDS if f in found), record_type="follow_up")
        for graduate_id, found in fields.items()
    ]
    return _add(session=session, entries=entries)


def _entry(user: User, action: str, record_id: str, fields: tuple[str, ...]) -> AuditEntry:
    return AuditEntry(
        user_id=user.id, user_name=user.name, role=user.role.value, action=action, record_id=record_id, fields=fields
    )
