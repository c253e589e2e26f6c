"""Optimistic concurrency of the follow-up record: two officers (or two tabs of one) recording
results for the same push.

The record is append-only and the newest row of a (graduate, job) pair is its state, so two
conflicting results written a minute apart both went in and the later one silently won: the
officer who saw 已推送 and recorded 放弃 overruled a colleague's 已录用 without ever seeing it.
A request may now say which record it was written against (``FollowUpCreate.last_seen_id``: the
newest follow-up id of the graduate the officer saw; the page form always sends it). When a row
it would overrule was written after that one (same job; with a 求职创业补贴 state, any row stating
one, the subsidy being the graduate's), nothing is written and the answer (409) names what was
recorded meanwhile: its state, its time and who recorded it (the graduate's page shows the
recorders). Without the field nothing is checked, as before, so existing API callers keep working.
"""

from __future__ import annotations

from pydantic import ConfigDict, Field
from sqlalchemy.orm import Session

from features.records import post_label
from service import audit
from service.api import schemas as s
from service.api.problems import ApiProblem, Problem
from service.auth import User
from service.beijing import beijing_minute
from service.storage import follow_ups
from service.storage.models import FollowUpRow

#: The problem's error type, which the page tells from a field filled in wrong.
CONFLICT = "follow_up_conflict"

#: The error type of a ``last_seen_id`` that names no follow-up of the graduate.
UNSEEN = "follow_up_not_seen"

#: How the API's message starts (the answer's ``recorded_since`` is the sentence without it and ``_REFRESH``).
_NOT_RECORDED = "本次未记录："

#: How the API's message ends. The page answering a refused form already shows that record (and a reload
#: of that answer re-sends the refused form), so it says this its own way.
_REFRESH = "请刷新页面查看最新的跟进记录，再决定是否重新登记"


class FollowUpConflictProblem(Problem):
    """The 409 body, for the API documentation: a problem with the extension members this module adds."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "type": "about:blank", "title": "数据冲突", "status": 409,
        "detail": "字段「last_seen_id」：本次未记录：在您看到的记录之后，李老师 于 2026-12-07 14:05（北京时间）已将该岗位"
                  "（软件开发工程师 · 乌鲁木齐云端科技有限公司）登记为「已录用」。请刷新页面查看最新的跟进记录，再决定是否重新登记",
        "instance": "/api/graduates/G001/follow-ups", "latest_id": 42,
        "recorded_since": "在您看到的记录之后，李老师 于 2026-12-07 14:05（北京时间）已将该岗位（软件开发工程师 · 乌鲁木齐云端科技有限公司）登记为「已录用」。"}]})

    latest_id: int = Field(description="在您看到的记录之后写入的、与本次冲突的最新一条跟进记录的编号")
    recorded_since: str = Field(description="那条记录是什么：谁、何时（北京时间）、登记了什么，一句话，不含 detail 的"
                                            "「本次未记录：」与「请刷新页面……」，供自己的界面以自己的说法呈现")


def refuse_if_recorded_since(*, session: Session, user: User, graduate_id: str, data: s.FollowUpCreate,
                             continued: FollowUpRow | None) -> None:
    """409 naming ``last_seen_id`` when a row ``data`` would overrule was written after the record the
    caller saw; nothing when it sent none. The caller holds the graduate's lock (``follow_ups.lock_graduate``,
    until it commits its row), so that of two such requests at once the second is checked against the first.
    ``continued``: the newest row of the push ``data`` continues (``None``: it starts one), so rows of another
    push under the same job id (a deleted post whose id another post took) overrule nothing.

    A 求职创业补贴 state the answer tells is a sensitive field: logged as a read of it (and committed:
    the request fails after), as a refused subsidy move is (``subsidy_moves``)."""
    if data.last_seen_id is None:
        return
    _refuse_unseen(session=session, graduate_id=graduate_id, seen=data.last_seen_id)
    newer = follow_ups.recorded_since(session=session, graduate_id=graduate_id, after_id=data.last_seen_id,
                                      job_id=data.job_id, subsidy=data.subsidy is not None)
    if data.job_id is not None:
        same_push = _of_push(session, [r for r in newer if r.job_id == data.job_id], continued)
        newer = [r for r in newer if r.job_id != data.job_id or r.id in same_push]
    if not newer:
        return
    latest = newer[0]
    if latest.subsidy is not None and audit.record_follow_ups(session=session, user=user, rows=[latest],
                                                              shown=("subsidy",)):
        session.commit()
    recorded = recorded_since(latest, same_job=latest.job_id is not None and latest.job_id == data.job_id)
    message = f"{_NOT_RECORDED}{recorded}{_REFRESH}"
    raise ApiProblem(409, f"字段「last_seen_id」：{message}", latest_id=latest.id, recorded_since=recorded,
                     errors=[{"loc": ["body", "last_seen_id"], "type": CONFLICT, "message": message}])


def _of_push(session: Session, rows: list[FollowUpRow], continued: FollowUpRow | None) -> set[int]:
    """Ids of the ``rows`` (of ``continued``'s job id) of the push ``continued`` belongs to; rows written without a
    push id are told apart as the graduate's page tells them (``follow_ups.about_listed_jobs``, read once for all)."""
    if continued is None:
        return set()
    unmarked = [r for r in rows if r.push_id is None] if continued.push_id is None else []
    listed = follow_ups.about_listed_jobs(session=session, rows=[*unmarked, continued]) if unmarked else set()
    return {r.id for r in rows
            if (r.push_id == continued.push_id if continued.push_id is not None or r.push_id is not None
                else (r.id in listed) == (continued.id in listed))}


def _refuse_unseen(*, session: Session, graduate_id: str, seen: int) -> None:
    """422 naming ``last_seen_id`` when it is no follow-up of this graduate (0: none seen). An id the
    caller cannot have seen (another graduate's, or one not written yet) passed unchecked, and every
    row written before it reached would overrule silently: the check this module adds was off."""
    row = follow_ups.get(session=session, follow_up_id=seen) if seen else None
    if seen and (row is None or row.graduate_id != graduate_id):
        message = (f"该毕业生没有编号为 {seen} 的跟进记录：应为您看到的该毕业生最新一条跟进记录的编号（一条都没有时为 0）。"
                   "请刷新页面查看最新的跟进记录后重新登记")
        raise ApiProblem(422, f"字段「last_seen_id」：{message}",
                         errors=[{"loc": ["body", "last_seen_id"], "type": UNSEEN, "message": message}])


def recorded_since(row: FollowUpRow, *, same_job: bool) -> str:
    """「在您看到的记录之后，王老师 于 2026-12-07 14:05（北京时间）已将该岗位（软件开发工程师 · 乌鲁木齐云端科技有限公司）登记为「已录用」。」:
    the answer's ``recorded_since``, which its message wraps in ``_NOT_RECORDED`` and ``_REFRESH``."""
    at = beijing_minute(row.at)
    what = [f"「{row.status}」"] if same_job and row.status else []
    if row.subsidy is not None:
        what.append(f"求职创业补贴「{row.subsidy}」")
    subject = f"该岗位{_post_named(row)}" if same_job else "该毕业生"
    return f"在您看到的记录之后，{row.user_name} 于 {at}（北京时间）已将{subject}登记为{'、'.join(what)}。"


def _post_named(row: FollowUpRow) -> str:
    """「（软件开发工程师 · 乌鲁木齐云端科技有限公司）」: the post by its title and employer as kept with the push, in the
    order the graduate's page offers posts (``features.records.post_label``). A graduate may have been pushed two posts of one
    title (会计, 导游): the title alone did not say which result the officer was refused over. Empty if neither is kept."""
    named = post_label(row.job_title, row.job_employer)
    return f"（{named}）" if named else ""
