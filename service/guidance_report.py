"""Guidance records (``matching.guidance``) as plain data: nested dicts (the API answers and the
CLI's JSON), two tables (the cohort's topics and each graduate's gaps: one CSV with a
``row_type`` column, or two XLSX sheets) and the terminal summary, written through
``service.output``'s atomic, owner-only, formula-safe writers."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence

from features.records import Graduate
from matching.guidance import CohortGuidance, Gap, GraduateGuidance, TopicNeed
from matching.guidance_topics import Topic
from service.output import check_output_path, write_atomically, write_csv_table, write_xlsx_sheets

COLUMNS = ("row_type", "topic", "trainable", "graduate_id", "name", "major", "graduates", "share", "jobs",
           "not_eligible", "needs_review", "openings", "example_job_id", "example_job", "asked", "majors", "text")
#: 「可否通过培训改变」 (是/否) beside each topic: the JSON's ``fixed`` leaves 政治面貌 out (no trait),
#: yet no training changes it either; 否 is every topic stated as a fact only (``Topic.fact_only``).
TRAINABLE_HEADER = "可否通过培训改变"
TOPIC_HEADERS = ("专题", TRAINABLE_HEADER, "涉及毕业生", "占比", "涉及岗位", "招聘人数", "有不符合岗位的毕业生",
                 "岗位要求（示例）", "涉及较多的专业", "说明")
GAP_HEADERS = ("毕业生编号", "姓名", "专业", "专题", TRAINABLE_HEADER, "涉及岗位", "不符合", "待核实", "示例岗位编号",
               "示例岗位", "岗位要求（示例）", "建议")
#: Topics and graduates the terminal shows (all are in ``--out``).
PRINTED_GRADUATES = 5


def filters_label(cohort: CohortGuidance) -> str:
    parts = [f"{cohort.year} 届" if cohort.year is not None else "各届", cohort.school or "全部学校"]
    if cohort.major_class:
        parts.append(f"专业类 {cohort.major_class}")
    return "、".join(parts)


def _pairs(items: Sequence[tuple[str, int]], key: str) -> list[dict]:
    return [{key: text, "count": n} for text, n in items]


def _joined(items: Sequence[tuple[str, int]], unit: str, *, quoted: bool = True) -> str:
    """「wording」（N unit）、…: quoted, since a wording may hold a 「；」 of its own, and the figure
    named, since it counts graduates for a topic and jobs for one graduate's gap."""
    return "、".join((f"「{text}」" if quoted else text) + f"（{n} {unit}）" for text, n in items)


def topic_dict(need: TopicNeed) -> dict:
    return {"topic": need.topic.value, "label": need.label, "fixed": need.topic.fixed, "graduates": need.graduates,
            "share": round(need.share, 4), "not_eligible_graduates": need.not_eligible_graduates, "jobs": need.jobs,
            "openings": need.openings, "headcount_unknown": need.headcount_unknown,
            "top_majors": _pairs(need.top_majors, "major"), "majors_tied_out": need.majors_tied_out,
            "asked": _pairs(need.asked, "text"),
            "summary": need.summary}


def gap_dict(gap: Gap) -> dict:
    e = gap.example
    return {"topic": gap.topic.value, "label": gap.label, "fixed": gap.topic.fixed, "jobs": gap.jobs,
            "not_eligible": gap.not_eligible, "needs_review": gap.needs_review, "examined": gap.examined,
            "job_ids": list(gap.job_ids),
            "example": {"job_id": e.job_id, "title": e.title, "employer": e.employer, "condition": e.condition},
            "asked": _pairs(gap.asked, "text"), "missing": list(gap.missing), "fact": gap.fact,
            "suggestion": gap.suggestion, "advice": gap.advice}


def graduate_dict(guidance: GraduateGuidance) -> dict:
    return {"graduate_id": guidance.graduate_id, "top": guidance.top, "examined": guidance.examined,
            "gaps": [gap_dict(g) for g in guidance.gaps]}


def cohort_dict(cohort: CohortGuidance, *, with_graduates: bool = True) -> dict:
    out = {"year": cohort.year, "school": cohort.school, "major_class": cohort.major_class,
           "filters": filters_label(cohort), "total": cohort.total, "top": cohort.top,
           "topics": [topic_dict(t) for t in cohort.topics]}
    if with_graduates:
        out["graduates"] = [graduate_dict(g) for g in cohort.graduates]
    return out


def trainable(topic: Topic) -> str:
    """「是」 for a topic guidance or training may change, 「否」 for one stated as a fact only."""
    return "否" if topic.fact_only else "是"


def topic_rows(cohort: CohortGuidance) -> list[list]:
    return [[t.label, trainable(t.topic), t.graduates, round(t.share, 4), t.jobs, t.openings, t.not_eligible_graduates,
             _joined(t.asked, "人"), _joined(t.top_majors, "人", quoted=False) + t.majors_tie_note, t.summary] for t in cohort.topics]


def gap_rows(cohort: CohortGuidance, graduates: Mapping[str, Graduate]) -> list[list]:
    rows = []
    for record in cohort.graduates:
        person = graduates.get(record.graduate_id)
        for gap in record.gaps:
            example = gap.example.title + (f"（{gap.example.employer}）" if gap.example.employer else "")
            rows.append([record.graduate_id, person.name if person else None, person.major if person else None,
                         gap.label, trainable(gap.topic), gap.jobs, gap.not_eligible, gap.needs_review, gap.example.job_id, example,
                         _joined(gap.asked, "个岗位"), gap.advice])
    return rows


def long_rows(cohort: CohortGuidance, graduates: Mapping[str, Graduate]) -> list[dict]:
    """The CSV: one row per topic (``row_type`` 专题) then one per graduate and gap (毕业生)."""
    rows = [dict(zip(COLUMNS, ("专题", label, can, None, None, None, n, share, jobs, not_ok, None, openings, None,
                               None, asked, majors, summary)))
            for label, can, n, share, jobs, openings, not_ok, asked, majors, summary in topic_rows(cohort)]
    for gid, name, major, label, can, jobs, not_ok, review, job_id, example, asked, advice in gap_rows(cohort, graduates):
        rows.append(dict(zip(COLUMNS, ("毕业生", label, can, gid, name, major, None, None, jobs, not_ok, review, None,
                                       job_id, example, asked, None, advice))))
    return rows


def write_guidance(path: str | os.PathLike, cohort: CohortGuidance, graduates: Mapping[str, Graduate]) -> int:
    """Write ``cohort`` to ``path`` by its suffix; returns rows (CSV, XLSX) or topics (JSON)."""
    path = check_output_path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = long_rows(cohort, graduates)
        write_atomically(path, lambda tmp: write_csv_table(tmp, rows, COLUMNS))
        return len(rows)
    if suffix == ".xlsx":
        tables = [("培训需求", TOPIC_HEADERS, topic_rows(cohort)), ("毕业生建议", GAP_HEADERS, gap_rows(cohort, graduates))]
        write_atomically(path, lambda tmp: write_xlsx_sheets(tmp, tables))
        return sum(len(rows) for _, _, rows in tables)
    data = cohort_dict(cohort)
    for record in data["graduates"]:
        person = graduates.get(record["graduate_id"])
        record["name"] = person.name if person else None
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return len(cohort.topics)


def summary_lines(cohort: CohortGuidance, graduates: Mapping[str, Graduate], *, show: int = PRINTED_GRADUATES) -> list[str]:
    """The terminal summary: every topic, then the first graduates' gaps."""
    lines = [f"就业指导与培训需求（{filters_label(cohort)}）：共 {cohort.total} 位毕业生，"
             f"各看其最匹配的前 {cohort.top} 个岗位（含不符合条件的岗位）"]
    if not cohort.topics:
        lines.append("  没有发现需要指导的事项。")
    width = max((len(t.label) for t in cohort.topics), default=0)
    for n, t in enumerate(cohort.topics):
        if t.topic.fact_only and (n == 0 or not cohort.topics[n - 1].topic.fact_only):
            lines.append("  以下条件无法通过培训改变（只陈述事实）：")
        majors = "、".join(f"{m} {n}" for m, n in t.top_majors) + t.majors_tie_note
        lines.append(f"  {t.label.ljust(width, '　')}  {t.graduates:>5} 人（{100 * t.share:5.1f}%）"
                     f"  岗位 {t.jobs:>5} 个，招聘 {t.openings:>6} 人  专业：{majors}")
        if t.asked:
            lines.append(f"  {'　' * width}  要求如：{'、'.join(f'「{text}」' for text, _ in t.asked)}")
    for record in cohort.graduates[:show]:
        person = graduates.get(record.graduate_id)
        name = f" {person.name}" if person and person.name else ""
        lines.append(f"\n毕业生 {record.graduate_id}{name}（看了 {record.examined} 个岗位）：")
        lines += [f"  - {gap.label}：{gap.advice}" for gap in record.gaps] or ["  - 没有发现需要指导的事项。"]
    if len(cohort.graduates) > show:
        lines.append(f"\n……另有 {len(cohort.graduates) - show} 位毕业生的建议，使用 --out 保存。")
    return lines
