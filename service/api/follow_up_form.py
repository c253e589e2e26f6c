"""The officer's follow-up form on a graduate's page: which push of a job id a result is for
(「登记哪个岗位的结果」), and the form's field names in its messages.

A job id the graduate was pushed more than one post under (a post deleted and its id given to another,
perhaps deleted too) names no single push: the form asks which one, in words (title, employer, when
pushed, current result), never by a numeric ``push_id``. Kept apart from ``service.api.pages`` (which
renders the page) so that module stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from features.records import Job, post_label
from service.api.problems import ApiProblem
from service.beijing import beijing_day
from service.storage import follow_ups
from service.storage import repository as repo

#: The choice of the post stored under the id now when it was never pushed to the graduate: the form sends no
#: ``push_id`` for it (a record under the id alone is that post's, and starts its push).
CURRENT = "current"

#: What the follow-up form calls its fields, for its error messages.
FORM_LABELS = {"job_id": "岗位编号", "status": "跟进结果", "subsidy": "求职创业补贴", "note": "备注", "last_seen_id": "表单",
               "push_id": "登记哪个岗位的结果"}


@dataclass(frozen=True, slots=True)
class PushChoice:
    """One option of 「登记哪个岗位的结果」: the value the form sends as ``push_id`` ("" for 「请选择」,
    ``CURRENT`` for the stored post not yet pushed) and the words it shows."""

    value: str
    label: str


def form_detail(items: list[dict]) -> str:
    return "；".join(f"{FORM_LABELS.get(i['loc'][-1], i['loc'][-1])}：{i['message']}" for i in items if i["loc"])


def push_choices(record: follow_ups.GraduateRecord, jobs: dict[str, Job]) -> dict[str, list[PushChoice]]:
    """Per job id whose result the form must ask about, its options: every job id the graduate was pushed two or
    more posts under (whatever is stored under it now), or a post deleted since while another is stored under it.
    ``jobs``: the jobs stored under those ids now (those missing are stored no more).

    The post stored now comes first and is the default (a record under the id alone is its); with none stored,
    the first option is 「请选择」, which the form refuses (``refuse_unchosen``): the id's newest push is no more
    the officer's meaning than any other."""
    lines: dict[str, list[follow_ups.PushedJob]] = {}
    for p in follow_ups.pushed_lines(record):  # the newest push first
        if p.current.push_id is not None:
            lines.setdefault(p.current.job_id, []).append(p)
    out = {}
    for job_id, pushes in lines.items():
        job = jobs.get(job_id)
        now = next((p for p in pushes if p.listed), None) if job is not None else None
        before = [p for p in pushes if p is not now]
        if len(pushes) < 2 and not (job is not None and before):
            continue
        if job is None:
            options = [PushChoice("", f"请选择（编号 {job_id} 下已没有在招岗位，此前推送过以下 {len(before)} 个岗位）")]
        else:
            named = post_label(job.title, job.employer, job.location)
            options = [PushChoice(str(now.current.push_id) if now else CURRENT, f"现在编号 {job_id} 下的岗位：{named}")]
        for p in before:
            row = p.current
            gone = "" if p.listed else "岗位已下架；"
            options.append(PushChoice(str(row.push_id), f"此前推送的原岗位：{post_label(row.job_title, row.job_employer)}"
                                      f"（{gone}{beijing_day(p.pushed_at)} 推送，当前「{row.status}」）"))
        out[job_id] = options
    return out


def choices_of_job(*, session: Session, graduate_id: str, job_id: str) -> list[PushChoice]:
    """``push_choices`` of one job id, read for it alone (the form as submitted); ``[]`` when it asks nothing."""
    rows, about = follow_ups.push_rows(session=session, graduate_id=graduate_id, job_id=job_id)
    if not rows:
        return []
    job = repo.get_job(session=session, job_id=job_id)
    record = follow_ups.GraduateRecord(tuple(rows), frozenset(about))
    return push_choices(record, {job_id: job} if job is not None else {}).get(job_id, [])


def refuse_unchosen(*, job_id: str, push_id: str, choices: list[PushChoice]) -> ApiProblem | None:
    """422 for a form that names a job id with a choice but none chosen (typed into a blank form, whose
    choice was never shown, or left at 「请选择」): the page comes back with the choice, in words."""
    if push_id or not choices:
        return None
    message = (f"该毕业生在编号 {job_id} 下被推送过不止一个岗位，请在下方「{FORM_LABELS['push_id']}」中选择"
               f"本次结果属于哪个岗位后再提交")
    return ApiProblem(422, f"{FORM_LABELS['push_id']}：{message}",
                      errors=[{"loc": ["body", "push_id"], "type": "missing", "message": message}])


def unknown_push_message(*, job_id: str, choices: list[PushChoice]) -> str:
    """The page's words for a ``push_id`` the API refused as no push of ``job_id`` (a link or form of another
    graduate or job): not the API's 「见跟进记录的 push_id」, as the page shows no push ids."""
    if choices:
        return f"所选的岗位不是该毕业生在编号 {job_id} 下被推送的岗位，请在下方重新选择"
    return f"所选的岗位不是该毕业生在编号 {job_id} 下被推送的岗位；该编号下只有一个岗位，不必选择，已清除，请直接重新提交"
