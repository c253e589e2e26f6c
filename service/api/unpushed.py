"""Hardship-support graduates to whom no job was ever pushed (no follow-up names a job): the most
urgent of the officers' list, counted on ``/officer`` and ``/follow-ups`` and listed on
``/follow-ups/unpushed`` and ``GET /api/support/unpushed``.

Who is on the support list says the graduate has a hardship category, so listing them is a read
of it: each graduate listed is audited, one ``read`` entry per graduate returned naming the sensitive
values returned: the page's (``support_list.as_listed``: 困难类别 with its groups, the loan, the phone, as the
officer list) or the API's full record (民族 and 身份证号 too, as ``GET /api/support``). The count names nobody and is not logged, as the list's own total is not.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from features.records import Graduate
from service import audit
from service.api import schemas as s
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


def count_support(*, session: Session, user: User, filters: repo.GraduateFilters = repo.GraduateFilters()) -> int:
    """How many hardship-support graduates pass ``filters`` (pushed or not): with a school filter and none
    unpushed, it tells 「all were pushed a job」 from 「none of this school is on the list」."""
    _officers_only(user)
    return follow_ups.count_support(session=session, filters=filters)


def unpushed(*, session: Session, user: User, filters: repo.GraduateFilters, offset: int, limit: int,
             as_shown: Callable[[Graduate], Graduate] | None = None) -> s.Page:
    """A page of them (those whose suggestions no officer has looked at first, then by id), with whether
    an officer has (``need_order.officer_viewed``); audited per graduate returned, naming the sensitive
    fields of the record returned that hold a value. ``as_shown``: the record as the caller shows it (``as_listed`` on the page, which shows
    what ``/officer`` shows); ``None``: the full record, as every other officer answer of the API
    (``GET /api/support``, ``GET /api/graduates/{id}``) gives it, so that a null means 未登记 and never
    「left out」."""
    _officers_only(user)
    graduates, total = follow_ups.unpushed_support(session=session, filters=filters, offset=offset, limit=limit)
    shown = [as_shown(g) for g in graduates] if as_shown is not None else graduates
    audit.record_disclosures(session=session, user=user, action="read",
                             disclosed=[(g.id, audit.present_fields(g)) for g in shown])
    session.commit()
    recommended = follow_ups.recommended(session=session, graduate_ids=[g.id for g in shown])
    items = [s.UnpushedEntry(graduate=s.GraduateFull.of(g), recommended=g.id in recommended) for g in shown]
    return s.Page(items=items, total=total, offset=offset, limit=limit)
