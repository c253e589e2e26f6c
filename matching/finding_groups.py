"""Findings said once for many rows: a check that fires on most of a list is one finding for the
list (the table lacks the column, or fills it for few rows: the fix is the table's), and a finding
most posts of one announcement share (a past season, a deadline gone by) is one finding for that
announcement, naming its posts (``JobFinding.job_ids``) for a file's per-row detail. Pure; the
checks themselves are ``matching.job_checks``' and ``matching.closing_checks``'."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence

from features.records import Job
from matching.civil_service import PAY_BY_SCALE
from matching.job_findings import Check, JobFinding
from matching.job_findings import short as _short

#: A missing or unknown element on more than this share of a list is reported once for it; a
#: past season or a deadline gone by on more than this share of one announcement's posts, once
#: for the announcement.
LIST_LEVEL_SHARE = 0.5
#: Checks reported once for the whole list when they fire on most of it (see the module docstring).
LIST_LEVEL_CHECKS = frozenset({Check.CATEGORY_MISSING, Check.LOCATION_MISSING, Check.PAY_MISSING, Check.PAY_NEGOTIABLE,
                               Check.EDUCATION_MISSING, Check.HEADCOUNT_MISSING, Check.LOCATION_UNKNOWN,
                               Check.LOCATION_CITY_ONLY, Check.VAGUE_TITLE})


def shared_by_announcement(jobs: Sequence[Job], flagged: Callable[[Job], bool], *, alike: Callable[[Job], Hashable],
                           within: Callable[[Job], Hashable]) -> list[tuple[tuple[Job, ...], int]]:
    """The groups of flagged ``jobs`` to report once: ``(members, of)`` for each group of flagged
    posts that ``alike`` gives one key (posts of one announcement sharing what the finding names,
    its season or its deadline), when it holds two or more posts and more than
    ``LIST_LEVEL_SHARE`` of the ``of`` posts of the list that ``within`` gives the members' key
    (their announcement). Groups in the order of their first post, members in the list's order;
    a post left out keeps its own finding."""
    groups: dict[Hashable, list[Job]] = {}
    for job in jobs:
        if flagged(job):
            groups.setdefault(alike(job), []).append(job)
    if not groups:
        return []
    sizes = Counter(within(job) for job in jobs)
    shared = []
    for members in groups.values():
        of = sizes[within(members[0])]
        if len(members) >= 2 and len(members) > LIST_LEVEL_SHARE * of:
            shared.append((tuple(members), of))
    return shared


def list_level(check: Check, findings: list[JobFinding], total: int, *,
               inferred: Mapping[str, int] | None = None, civil_service: int = 0) -> JobFinding:
    """The one finding of ``check`` for a list of ``total`` jobs, from its rows' ``findings``.
    ``inferred``: for ``LOCATION_MISSING``, how many of those jobs were placed by their names,
    by where the place was read (``features.place_inference``: 单位名称, 上级单位, 招聘公告), said
    so that the officer knows the list is placed for ranking and confirms it rather than looks
    each place up (each row's own finding gave its guess; the list-wide one gave none).
    ``civil_service``: how many of those jobs are civil-service posts (``matching.civil_service``):
    for ``PAY_MISSING`` their pay is the public scale, said once for the table instead of asking
    each row's pay (all the Henan table's 7,509 posts)."""
    what = {
        Check.CATEGORY_MISSING: "未注明职位类别", Check.LOCATION_MISSING: "未注明工作地点",
        Check.PAY_MISSING: "未注明薪酬金额", Check.PAY_NEGOTIABLE: "的薪酬只写了面议，没有金额",
        Check.EDUCATION_MISSING: "学历要求缺失或无法识别",
        Check.HEADCOUNT_MISSING: "未注明招聘人数", Check.LOCATION_UNKNOWN: "工作地点中没有可识别的地名（各省份、地级市，新疆和河南的县市）",
        Check.LOCATION_CITY_ONLY: "的工作地点只写到市，没有写明区县",
        Check.VAGUE_TITLE: "的名称看不出做什么工作（科员、综合管理、工作人员等），又没有岗位描述",
    }[check]
    samples = list(dict.fromkeys(_short(f.value, 20) for f in findings if f.value))[:3]
    example = f"，如「{'」「'.join(samples)}」" if samples else ""
    fix = {
        Check.LOCATION_UNKNOWN: "请写明省份和市县",
        Check.LOCATION_CITY_ONLY: "请写明到县（市、区）",
        Check.VAGUE_TITLE: "请补充岗位描述（主要职责）",
        Check.PAY_NEGOTIABLE: "建议注明月薪范围",
    }.get(check, "请逐行填写（表中没有该列的，先补上该列）")
    if check is Check.PAY_MISSING and civil_service:
        fix = (PAY_BY_SCALE if civil_service == len(findings)
               else f"其中 {civil_service:,} 个{PAY_BY_SCALE}；其余岗位{fix}")
    if check is Check.LOCATION_MISSING and inferred and (placed := sum(inferred.values())):
        by_source = "、".join(f"据{source} {n:,} 个" for source, n in inferred.items() if n)
        fix = (f"已据单位名称等推断了 {placed:,} 个岗位的地点（{by_source}；仅用于排序和显示，不用于资格审查），"
               "请核实后补充工作地点列")
    return JobFinding(None, findings[0].field, check,
                      f"{len(findings)} / {total} 个岗位{what}{example}：{'全部' if len(findings) == total else '多数'}岗位如此，"
                      f"按整表报告一次；{fix}",
                      jobs=len(findings))


__all__ = ["LIST_LEVEL_CHECKS", "LIST_LEVEL_SHARE", "list_level", "shared_by_announcement"]
