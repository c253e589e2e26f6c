"""The policy list and graduates' policy verdicts as rows, counts and files (CSV, XLSX, JSON),
written with ``service.output``'s atomic, owner-only, formula-safe writers."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence

from features.policies import Policy
from features.records import Graduate
from matching.policies import GraduatePolicies
from matching.verdict import Status
from service.output import write_atomically, write_csv_table, write_xlsx_tables, check_output_path

LIST_COLUMNS = ("policy_id", "name", "category", "content", "audience", "education", "graduation", "age",
                "hardship", "hukou", "other", "how_to_apply", "deadline", "issuer", "basis")
LIST_HEADERS_ZH = ("政策编号", "政策名称", "类别", "内容/待遇", "适用对象", "学历", "毕业年份或离校年限", "年龄",
                   "困难类别", "户籍或地区", "其他条件", "申请方式", "截止日期", "发布单位", "政策依据")
#: 姓名 and 学校 beside the id, as the terminal's 「== id 姓名 ==」 and the follow-up export name a graduate
#: (empty where the graduates file has none; never a sensitive field).
RESULT_COLUMNS = ("graduate_id", "name", "school", "policy_id", "policy_name", "status", "reasons")
RESULT_HEADERS_ZH = ("毕业生编号", "姓名", "学校", "政策编号", "政策名称", "状态", "理由")
#: What the terminal lists for each graduate by default: what they can use or should check.
LISTED = (Status.ELIGIBLE, Status.NEEDS_REVIEW)
#: What the files (and the terminal with ``--show-ineligible``) list: 不符合 too, with why, so an
#: officer can answer 「为什么我不能申请」 from the command line as from the graduate's page.
ALL_STATUSES = (Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE)
#: The workbook's sheet of verdicts (every status, so no longer only 「可申请的政策」).
RESULT_SHEET = "政策核对结果"


def policy_dict(policy: Policy) -> dict:
    """One policy as the list shows it (the conditions as written)."""
    return {
        "policy_id": policy.id, "name": policy.name, "category": policy.category, "content": policy.content,
        "audience": policy.audience,
        "education": policy.education.describe() if policy.education is not None else None,
        "graduation": policy.graduation.text if policy.graduation is not None else None,
        "age": policy.age, "hardship": policy.hardship.text if policy.hardship is not None else None,
        "hukou": policy.hukou, "other": policy.other, "how_to_apply": policy.how_to_apply,
        "deadline": policy.deadline.isoformat() if policy.deadline is not None else None,
        "issuer": policy.issuer, "basis": policy.basis,
    }


def _who(graduate_id: str, graduates: Mapping[str, Graduate]) -> dict:
    """The graduate's 姓名 and 学校 as the file gives them ("" where it has none)."""
    graduate = graduates.get(graduate_id)
    return {"name": (graduate.name or "") if graduate else "", "school": (graduate.school or "") if graduate else ""}


def result_rows(results: Sequence[GraduatePolicies], policies: Mapping[str, Policy],
                graduates: Mapping[str, Graduate] | None = None) -> list[dict]:
    """One row per graduate and policy: 符合, 待核实 (what to check), then 不符合 (why not);
    ``graduates`` (id → record) gives each row's 姓名 and 学校."""
    graduates = graduates or {}
    return [{"graduate_id": r.graduate_id, **_who(r.graduate_id, graduates), "policy_id": m.policy_id,
             "policy_name": policies[m.policy_id].name, "status": m.status.label, "reasons": "；".join(m.reasons)}
            for r in results for m in r.with_status(*ALL_STATUSES)]


def counts(results: Sequence[GraduatePolicies], policies: Sequence[Policy]) -> dict[str, dict[Status, int]]:
    """Per policy id, how many graduates got each status."""
    out = {p.id: dict.fromkeys(Status, 0) for p in policies}
    for r in results:
        for m in r.matches:
            out[m.policy_id][m.status] += 1
    return out


def write_policy_list(path: str | os.PathLike, policies: Sequence[Policy]) -> int:
    """The policy list to ``path`` (format from its suffix); returns the number of policies."""
    path = check_output_path(path)
    rows = [policy_dict(p) for p in policies]
    write = {".csv": lambda tmp: write_csv_table(tmp, rows, LIST_COLUMNS),
             ".xlsx": lambda tmp: write_xlsx_tables(tmp, {"政策清单": rows}, LIST_COLUMNS, LIST_HEADERS_ZH),
             ".json": lambda tmp: tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")}
    write_atomically(path, write[path.suffix.lower()])
    return len(rows)


def write_policy_results(path: str | os.PathLike, results: Sequence[GraduatePolicies],
                         policies: Mapping[str, Policy], graduates: Mapping[str, Graduate] | None = None) -> int:
    """Each graduate's verdict on every policy (符合, 待核实, 不符合 with its reasons) to ``path``,
    each named by id, 姓名 and 学校 (``graduates``: id → record); returns the number of rows (JSON:
    graduates). The file is the owner's alone: a reason may rest on a graduate's hardship or
    ethnicity (the caller audits ``discloses()`` first)."""
    path = check_output_path(path)
    graduates = graduates or {}
    rows = result_rows(results, policies, graduates)
    nested = [{"graduate_id": r.graduate_id, **_who(r.graduate_id, graduates),
               "policies": [{"policy_id": m.policy_id, "policy_name": policies[m.policy_id].name,
                             "status": m.status.value, "status_label": m.status.label, "reasons": list(m.reasons)}
                            for m in r.with_status(*ALL_STATUSES)]}
              for r in results]
    write = {".csv": lambda tmp: write_csv_table(tmp, rows, RESULT_COLUMNS),
             ".xlsx": lambda tmp: write_xlsx_tables(tmp, {RESULT_SHEET: rows}, RESULT_COLUMNS, RESULT_HEADERS_ZH),
             ".json": lambda tmp: tmp.write_text(json.dumps(nested, ensure_ascii=False, indent=1), encoding="utf-8")}
    write_atomically(path, write[path.suffix.lower()])
    return len(nested) if path.suffix.lower() == ".json" else len(rows)
