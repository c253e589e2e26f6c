"""The 求职创业补贴 move a follow-up asks for, checked against the graduate's newest stated state.

Split from ``followups.record`` (which calls it before writing): a refusal tells the officer
something of the stored state (「申请未获批」, or that it is not 已申请), and the subsidy state is a
sensitive follow-up field (``outcomes.SENSITIVE_FOLLOW_UP_FIELDS``), so the refusal is logged as a
read of it, as the report logs a count that tells one graduate's state (``followups.report``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from service import audit
from service.api.body_fields import field_words
from service.api.problems import ApiProblem
from service.api.schemas import FollowUpCreate
from service.auth import User
from service.outcomes import SubsidyState, subsidy_move_problem
from service.storage import follow_ups
from service.storage.models import FollowUpRow


def refuse_bad_move(*, session: Session, user: User, graduate_id: str, new: SubsidyState) -> None:
    """422 naming ``subsidy`` when ``new`` may not follow the graduate's newest stated state; the
    state the refusal tells of is audited (and committed: the request fails after). The caller holds the
    graduate's lock (``follow_ups.lock_graduate``, until it commits the new row): two conflicting
    moves at once are checked one after the other, so only one of them is accepted."""
    previous = follow_ups.newest_subsidy(session=session, graduate_id=graduate_id)
    if (problem := subsidy_move_problem(previous, new)) is None:
        return
    told = FollowUpRow(graduate_id=graduate_id, subsidy=previous)
    if audit.record_follow_ups(session=session, user=user, rows=[told], shown=("subsidy",)):
        session.commit()
    raise ApiProblem(422, f"{field_words(['subsidy'], FollowUpCreate)}：{problem}",
                     errors=[{"loc": ["body", "subsidy"], "type": "subsidy_transition", "message": problem}])
