"""A ``FairPlan`` as plain data: one nested dict (the API answer and the CLI's JSON) and flat
rows (the CLI's CSV and XLSX), with each graduate's non-sensitive fields (name, school, major,
education) looked up in the records the plan was made from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from features.place_inference import places_said
from features.records import Graduate, shown_headcount
from matching.fair_shared import SharedBookings, distinct_headcount
from matching.fairs import Fair, FairGraduate, FairPlan, UnplacedKind

#: Columns of the flat table: one row per position, then one per graduate, of each fair.
COLUMNS = ("fair", "fair_title", "theme", "row_type", "id", "name", "employer", "location", "headcount", "school",
           "major", "status", "job_ids", "reason", "contact", "detail", "fair_places", "fair_moved_places", "shared")
HEADERS_ZH = ("场次", "招聘会", "主题", "类型", "编号", "职位名称/姓名", "用人单位", "工作地点", "招聘人数", "学校",
              "专业", "状态", "可报考岗位编号", "理由", "联系方式", "详细原因", "地点", "移入单位所在地", "也在其他场")
#: Columns only some row types fill, empty elsewhere, each added last so that the columns readers used keep
#: their places: ``detail``, a graduate in no fair's full reason after the short one in 理由; ``fair_places``
#: and ``fair_moved_places``, the fair's 地点 and 移入单位所在地 (``Fair.places``, ``Fair.moved_places``),
#: repeated on each row of the fair as 场次 and 招聘会 are (review: the note said 「地点」…另列为「移入单位所在地」
#: of columns the file did not have).
#: ``shared``, on a 岗位 row, the other fairs holding the post or its employer (``SharedBookings.said``: 「本岗位也在：…；
#: 本单位也参加：…」; review: Henan by major booked 62 posts at 2 fairs without a word).
OPTIONAL = frozenset({"detail", "fair_places", "fair_moved_places", "shared"})
#: The row type of a graduate no fair invites (``absent_rows``).
ABSENT_ROW = "未列入毕业生"
#: The row type of the CSV's note rows (``note_rows``), last in the file.
NOTE_ROW = "说明"


def limits_dict(plan: FairPlan) -> dict:
    limits = plan.limits
    return {"max_employers": limits.max_employers, "max_positions": limits.max_positions,
            "min_positions": limits.min_positions, "min_graduates": limits.min_graduates,
            "max_graduates": limits.max_graduates, "max_rank": limits.max_rank,
            "min_fit": limits.min_fit, "max_classes": limits.max_classes,
            "max_fairs_per_graduate": limits.max_fairs_per_graduate}


def _graduate(entry: FairGraduate, graduates: Mapping[str, Graduate]) -> dict:
    record = graduates.get(entry.graduate_id)
    return {
        "graduate_id": entry.graduate_id,
        "name": record.name if record else None,
        "school": record.school if record else None,
        "major": record.major if record else None,
        "education": record.education.label if record and record.education is not None else None,
        "status": entry.status.value, "status_label": entry.status.label,
        "job_ids": list(entry.job_ids), "reason": entry.reason,
    }


def fair_dict(number: int, fair: Fair, graduates: Mapping[str, Graduate], shared: SharedBookings | None = None) -> dict:
    """One fair; ``shared`` (the plan's ``SharedBookings``) names, per post, the other fairs holding it
    (``also_in``) or its employer (``employer_also_in``), and counts the fair's shared posts."""
    shared = shared if shared is not None else SharedBookings.of([fair])
    return {
        "number": number, "key": fair.key, "theme": fair.theme, "title": fair.title, "part": fair.part,
        "parts": fair.parts, "employers": list(fair.employers), "places": list(fair.places),
        "moved_places": list(fair.moved_places),
        "headcount": fair.headcount, "headcount_unknown": fair.headcount_unknown, "headcount_open": fair.headcount_open,
        "positions_shared": shared.shared_in(fair),
        "positions": [{"job_id": p.job_id, "title": p.title, "employer": p.employer, "location": p.location,
                       "headcount": shown_headcount(p), "reason": p.reason, "graduates": p.graduates,
                       "also_in": list(shared.post_also(p.job_id, fair.title)),
                       "employer_also_in": list(shared.employer_also(p.employer, fair.title))} for p in fair.positions],
        "graduates": [_graduate(g, graduates) for g in fair.graduates],
    }


def unplaced_counts(plan: FairPlan) -> list[dict]:
    """Positions no fair holds, counted per kind of reason (most first): a position kept out of
    two themes for two kinds counts under each, so the counts may add up to more than the total."""
    counts = Counter(kind for u in plan.unplaced for kind in u.kinds)
    order = list(UnplacedKind)
    return [{"reason": kind.value, "positions": n}
            for kind, n in sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0])))]


def plan_dict(plan: FairPlan, graduates: Mapping[str, Graduate], *, unplaced_offset: int = 0,
              unplaced_limit: int | None = None) -> dict:
    """The nested plan. ``unplaced_positions`` holds the positions no fair holds from
    ``unplaced_offset``, at most ``unplaced_limit`` of them (all by default, as the CLI writes
    them); ``unplaced_total`` and ``unplaced_reasons`` always count them all."""
    limit = len(plan.unplaced) if unplaced_limit is None else unplaced_limit
    shared = SharedBookings.of(plan.fairs)
    return {
        "by": plan.by.value, "by_label": plan.by.label, "limits": limits_dict(plan),
        "positions_total": plan.positions_total, "positions_placed": plan.positions_placed,
        "graduates_total": plan.graduates_total, "graduates_placed": plan.graduates_placed,
        "headcount_distinct": distinct_headcount(plan.fairs),
        "fairs": [fair_dict(n, fair, graduates, shared) for n, fair in enumerate(plan.fairs, start=1)],
        "dropped": [{"theme": d.theme, "positions": d.positions, "graduates": d.graduates, "reason": d.reason}
                    for d in plan.dropped],
        "notes": list(plan.notes), "unthemed_positions": list(plan.unthemed_positions),
        "unplaced_total": len(plan.unplaced), "unplaced_reasons": unplaced_counts(plan),
        "unplaced_offset": unplaced_offset, "unplaced_limit": limit,
        "unplaced_positions": [{"job_id": u.job_id, "title": u.title, "employer": u.employer, "location": u.location,
                                "headcount": shown_headcount(u), "reason": u.reason}
                               for u in plan.unplaced[unplaced_offset:unplaced_offset + limit]],
        "uninvited_graduates": [{"graduate_id": u.graduate_id, **_person(u.graduate_id, graduates), "theme": u.theme,
                                 "reason": u.reason} for u in plan.uninvited],
        "absent_graduates": [{"graduate_id": a.graduate_id, **_person(a.graduate_id, graduates), "reason": a.reason,
                              "detail": a.detail} for a in plan.absent],
    }


def plan_rows(plan: FairPlan, graduates: Mapping[str, Graduate]) -> list[dict]:
    rows = []
    shared = SharedBookings.of(plan.fairs)
    for number, fair in enumerate(plan.fairs, start=1):
        common = {"fair": number, "fair_title": fair.title, "theme": fair.theme,
                  "fair_places": places_said(fair.places), "fair_moved_places": places_said(fair.moved_places)}
        for p in fair.positions:
            rows.append({**common, "row_type": "岗位", "id": p.job_id, "name": p.title, "employer": p.employer or "",
                         "location": p.location or "", "headcount": shown_headcount(p), "school": "", "major": "",
                         "status": "", "job_ids": "", "reason": p.reason,
                         "shared": shared.said(p.job_id, p.employer, fair.title)})
        for g in fair.graduates:
            data = _graduate(g, graduates)
            rows.append({**common, "row_type": "毕业生", "id": g.graduate_id, "name": data["name"] or "",
                         "employer": "", "location": "", "headcount": None, "school": data["school"] or "",
                         "major": data["major"] or "", "status": g.status.label, "job_ids": "、".join(g.job_ids),
                         "reason": g.reason})
    return rows


def uninvited_rows(plan: FairPlan, graduates: Mapping[str, Graduate]) -> list[dict]:
    """One row per graduate a theme had no room for (``FairPlan.uninvited``), under ``COLUMNS``
    (no fair; row type 未受邀毕业生), so an organiser sees whom the cap left out and why."""
    return [{"fair": None, "fair_title": "", "theme": u.theme, "row_type": "未受邀毕业生", "id": u.graduate_id,
             **{k: v or "" for k, v in _person(u.graduate_id, graduates).items()}, "employer": "", "location": "",
             "headcount": None, "status": "", "job_ids": "", "reason": u.reason} for u in plan.uninvited]


def absent_rows(plan: FairPlan, graduates: Mapping[str, Graduate]) -> list[dict]:
    """One row per graduate no fair invites (``FairPlan.absent``), under ``COLUMNS`` (no fair;
    row type 未列入毕业生), so an organiser knows whom the plan leaves out and why."""
    return [{"fair": None, "fair_title": "", "theme": "", "row_type": ABSENT_ROW, "id": a.graduate_id,
             **{k: v or "" for k, v in _person(a.graduate_id, graduates).items()}, "employer": "", "location": "",
             "headcount": None, "status": "", "job_ids": "", "reason": a.reason, "detail": a.detail} for a in plan.absent]


def _person(graduate_id: str, graduates: Mapping[str, Graduate]) -> dict:
    record = graduates.get(graduate_id)
    return {"name": record.name if record else None, "school": record.school if record else None,
            "major": record.major if record else None}


def unplaced_rows(plan: FairPlan) -> list[dict]:
    """One row per position no fair holds, under ``COLUMNS`` (no fair; row type 未列入岗位)."""
    return [{"fair": None, "fair_title": "", "theme": "", "row_type": "未列入岗位", "id": u.job_id, "name": u.title,
             "employer": u.employer or "", "location": u.location or "", "headcount": shown_headcount(u), "school": "",
             "major": "", "status": "", "job_ids": "", "reason": u.reason} for u in plan.unplaced]


def note_rows(plan: FairPlan) -> list[dict]:
    """The plan's summary and notes (what was merged, split, trimmed, moved or dropped, and why
    posts have no guest), one row each under ``COLUMNS`` (row type 说明, the text in 理由): the
    XLSX sheet 说明 for the CSV, which has one table only, so that an organiser holding the CSV
    reads why an employer moved or a theme is not held."""
    return [{"fair": None, "fair_title": "", "theme": "", "row_type": NOTE_ROW, "id": "", "name": "", "employer": "",
             "location": "", "headcount": None, "school": "", "major": "", "status": "", "job_ids": "", "reason": note}
            for note in (summary(plan), *plan.notes)]


def unplaced_sheet(plan: FairPlan) -> list[dict]:
    """The same positions for the XLSX sheet 未列入岗位, its header row first (a further sheet
    is written without one); empty when every position is placed."""
    rows = [{"岗位编号": u.job_id, "职位名称": u.title, "用人单位": u.employer or "", "工作地点": u.location or "",
             "招聘人数": shown_headcount(u), "未列入原因": u.reason} for u in plan.unplaced]
    return [dict(zip(rows[0], rows[0])), *rows] if rows else []


def with_contacts(rows: Sequence[dict], contact_of: Callable[[str], str | None]) -> list[dict]:
    """``rows`` (any of the flat rows above) with the column ``contact``: on the row of each
    position of a fair its employer's contact (``Job.contact`` of ``contact_of(job id)``), one per
    employer, the one most of its positions in the file state (the first met on a tie), so that
    an organiser inviting the employer reads one; empty on every other row."""
    stated: dict[str, Counter[str]] = {}
    for row in rows:
        if row["row_type"] == "岗位" and (contact := contact_of(row["id"])):
            stated.setdefault(row["employer"] or row["id"], Counter())[contact] += 1
    chosen = {employer: counts.most_common(1)[0][0] for employer, counts in stated.items()}
    return [{**row, "contact": chosen.get(row["employer"] or row["id"], "") if row["row_type"] == "岗位" else ""}
            for row in rows]


def employer_contacts(rows: Sequence[dict]) -> dict[str, str]:
    """Employer → contact of ``with_contacts``' rows (the JSON file's ``employer_contacts``)."""
    return {row["employer"]: row["contact"] for row in rows if row["contact"] and row["employer"]}


def summary(plan: FairPlan) -> str:
    """One line: how many fairs, positions and graduates the plan places."""
    return (f"共 {len(plan.fairs)} 场{plan.by.label}招聘会：{plan.positions_placed}/{plan.positions_total} 个岗位、"
            f"{plan.graduates_placed}/{plan.graduates_total} 位毕业生列入"
            + (f"；{len(plan.unplaced)} 个岗位未列入，逐个说明原因" if plan.unplaced else ""))
