"""Hardship-support graduates to whom no job was ever pushed (no follow-up names a job): the most
urgent of the officers' list, counted on ``/officer`` and ``/follow-ups`` and listed on
``/follow-ups/unpushed`` and ``GET /api/support/unpushed``.

Who is on the support list says the graduate has a hardship category, so listing them is a read
of it: each graduate listed is audited as the officer list audits its rows (``followups.as_listed``:
the values shown, 困难类别 with its groups, the loan, the phone; one ``read`` entry per graduate),
the rows returned only. The count names nobody and is not logged, as the list's own total is not.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from service import audit
from service.api import schemas as s
from service.api.followups import as_listed
from service.api.problems import forbidden
from service.auth import Role, User
from service.storage import follow_ups
from service.storage import repository as repo


def _officers_only(user: User) -> None:
    if user.role is not Role.OFFICER:
        raise forbidden("只有就业服务专员可以查看困难帮扶名单")


def count(*, session: Session, user: User, filters: repo.GraduateFilters = repo.GraduateFilters()) -> int:
    """How many hardship-support graduates passing ``filters`` no job was pushed to."""
    _officers_only(user)
    return follow_ups.count_unpushed_support(session=session, filters=filters)


def unpushed(*, session: Session, user: User, filters: repo.GraduateFilters, offset: int, limit: int) -> s.Page:
    """A page of them (those with nothing recommended first, then by id), each as the officer
    list shows the record, with whether anything was recommended; audited per graduate returned."""
    _officers_only(user)
    graduates, total = follow_ups.unpushed_support(session=session, filters=filters, offset=offset, limit=limit)
    shown = [as_listed(g) for g in graduates]
    audit.record_disclosures(session=session, user=user, action="read",
                             disclosed=[(g.id, audit.present_fields(g)) for g in shown])
    session.commit()
    recommended = follow_ups.recommended(session=session, graduate_ids=[g.id for g in shown])
    items = [s.UnpushedEntry(graduate=s.GraduateFull.of(g), recommended=g.id in recommended) for g in shown]
    return s.Page(items=items, total=total, offset=offset, limit=limit)
