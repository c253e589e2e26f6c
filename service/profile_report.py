"""A ``CohortProfile`` as plain data: one nested dict (the API answer and the CLI's JSON), a long
table ``section,item,count,share`` (the CLI's CSV) and one table per section (the XLSX sheets),
written through ``service.output``'s atomic, owner-only, formula-safe writers.

The graduates whose sensitive fields were counted (``SensitiveCounts.counted``) are the audit
log's business and appear in none of these.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from matching.cohort_cross import PUBLIC_SECTOR, CrossTable, GroupWishes
from matching.cohort_origins import YearRow
from matching.cohort_profile import CohortProfile, Count, PayWishes, SensitiveCounts
from matching.cohort_supply import SupplyDemand
from service.output import write_atomically, write_csv_table, write_xlsx_sheets, check_output_path

COLUMNS = ("section", "item", "count", "share")

#: Sections of the count tables: attribute of ``CohortProfile`` (or of its ``intentions``) → name.
SCALE = (("by_year", "毕业年份"), ("by_school", "学校"), ("by_education", "学历"), ("by_degree", "学位"),
         ("by_gender", "性别"))
#: 生源地 (``matching.cohort_origins``): by province, then by prefecture-level division.
ORIGINS = (("by_origin_province", "生源地（省份）"), ("by_origin_prefecture", "生源地（地市）"))
STRUCTURE = (("by_category", "学科门类"), ("by_class", "本科专业类"), ("unplaced_majors", "未归类的专业"),
             ("top_majors", "人数最多的专业"))
#: 政治面貌 (after 生源地) and the cross-tables (``matching.cohort_cross``): attribute → (name, what a row is).
POLITICAL = (("by_political", "政治面貌"),)
CROSS = (("category_by_education", "学科门类×学历", "学科门类"), ("school_by_education", "学校×学历", "学校"))
GROUP_WISHES = (("wishes_by_education", "就业意向（按学历）", "学历"),
                ("wishes_by_category", "就业意向（按学科门类）", "学科门类"))
WISHES = (("places", "意向地点"), ("kinds", "意向岗位类别"), ("industries", "意向行业"),
          ("refused_places", "不考虑的地点"), ("refused_kinds", "不愿从事的岗位"))


def filters_label(profile: CohortProfile) -> str:
    year = f"{profile.year} 届" if profile.year is not None else "各届"
    return f"{year}、{profile.school or '全部学校'}"


def _counts(items: Sequence[Count]) -> list[dict]:
    return [{"key": c.key, "label": c.label, "count": c.count, "share": round(c.share, 4)} for c in items]


def _pay(pay: PayWishes) -> dict:
    return {"stated": pay.stated, "median": pay.median, "lower_quartile": pay.lower_quartile,
            "upper_quartile": pay.upper_quartile, "lowest": pay.lowest, "highest": pay.highest,
            "bands": _counts(pay.bands)}


def _supply(supply: SupplyDemand) -> dict:
    limits = supply.limits
    return {
        "basis": supply.basis, "positions_total": supply.positions_total,
        "positions_unplaced": supply.positions_unplaced, "graduates_unplaced": supply.graduates_unplaced,
        "day": None if supply.day is None else supply.day.isoformat(), "positions_closed": supply.positions_closed,
        "limits": {"min_side": limits.min_side, "low_ratio": limits.low_ratio, "high_ratio": limits.high_ratio},
        "classes": [{"key": c.key, "label": c.label, "graduates": c.graduates, "positions": c.positions,
                     "headcount": c.headcount, "headcount_unknown": c.headcount_unknown, "openings": c.openings,
                     "ratio": None if c.ratio is None else round(c.ratio, 3), "flag": c.flag} for c in supply.classes],
        "surplus": [c.key for c in supply.surplus], "shortage": [c.key for c in supply.shortage],
    }


def _sensitive(counts: SensitiveCounts) -> dict:
    return {"hardship": _counts(counts.hardship), "hardship_any": counts.hardship_any,
            "hardship_none": counts.hardship_none, "hardship_unknown": counts.hardship_unknown,
            "hardship_groups": _counts(counts.hardship_groups), "student_loan": counts.student_loan,
            "student_loan_none": counts.student_loan_none, "student_loan_unknown": counts.student_loan_unknown,
            "disability": counts.disability, "ethnic_minority": counts.ethnic_minority,
            "ethnicity_unknown": counts.ethnicity_unknown}


def _cross(table: CrossTable | None) -> dict | None:
    if table is None:
        return None
    return {"rows": list(table.rows), "columns": list(table.columns), "cells": [list(line) for line in table.cells],
            "row_totals": list(table.row_totals), "column_totals": list(table.column_totals)}


def _group(row: GroupWishes) -> dict:
    return {"label": row.label, "total": row.total, "wishing": row.wishing, "public_sector": row.public_sector,
            "pay_stated": row.pay_stated, "pay_median": row.pay_median,
            "places": [{"label": place, "count": n} for place, n in row.places]}


def cross_rows(table: CrossTable, row_title: str) -> tuple[list[str], list[list]]:
    """A cross-table as (headers, rows): 合计 after each row's label, a 合计 row last."""
    headers = [row_title, "合计", *(f"{c}（人）" for c in table.columns)]
    rows = [[label, total, *line] for label, total, line in zip(table.rows, table.row_totals, table.cells)]
    return headers, rows + [["合计", sum(table.row_totals), *table.column_totals]]


def places_text(row: GroupWishes) -> str:
    return "、".join(f"{place} {n}" for place, n in row.places)


def group_rows(groups: Sequence[GroupWishes], row_title: str) -> tuple[list[str], list[list]]:
    """Intentions by group as (headers, rows); shares of the group's graduates stating an intention."""
    headers = [row_title, "人数", "填写就业意向（人）", f"意向{PUBLIC_SECTOR}（人）", "占有意向者比例",
               "期望最低月薪中位数（元）", "最多的意向地点（人）"]
    return headers, [[g.label, g.total, g.wishing, g.public_sector,
                      round(g.public_sector / g.wishing, 4) if g.wishing else None, g.pay_median, places_text(g)]
                     for g in groups]


def _year(row: YearRow) -> dict:
    return {"year": row.year, "total": row.total,
            "by_education": [{"label": label, "count": n} for label, n in row.by_education],
            "women": row.women, "men": row.men, "wishing": row.wishing, "pay_median": row.pay_median,
            "origin_top": None if row.origin_top is None else {"label": row.origin_top[0], "count": row.origin_top[1]}}


def year_table(profile: CohortProfile) -> tuple[list[str], list[list]]:
    """各届对比 as (headers, rows): one row per graduation year, shares of that year's graduates."""
    levels = [label for label, _ in profile.years[0].by_education] if profile.years else []
    headers = ["毕业年份", "人数", *(f"{label}（人）" for label in levels), "女（人）", "女性占比", "填写就业意向（人）",
               "期望最低月薪中位数（元）", "最多的生源省份", "该省生源（人）"]
    rows = []
    for row in profile.years:
        rows.append([str(row.year) if row.year is not None else "未注明", row.total, *(n for _, n in row.by_education),
                     row.women, round(row.women / row.total, 4) if row.total else None, row.wishing, row.pay_median,
                     row.origin_top[0] if row.origin_top else "", row.origin_top[1] if row.origin_top else None])
    return headers, rows


def profile_dict(profile: CohortProfile) -> dict:
    intentions = profile.intentions
    return {
        "year": profile.year, "school": profile.school, "filters": filters_label(profile), "total": profile.total,
        **{name: _counts(getattr(profile, name)) for name, _ in SCALE + ORIGINS + STRUCTURE},
        "years": [_year(row) for row in profile.years],
        "by_political": _counts(profile.by_political),
        **{name: _cross(getattr(profile, name)) for name, _, _ in CROSS},
        **{name: [_group(row) for row in getattr(profile, name)] for name, _, _ in GROUP_WISHES},
        "unplaced": profile.unplaced,
        "intentions": {"stated": intentions.stated, "share": round(intentions.share, 4),
                       **{name: _counts(getattr(intentions, name)) for name, _ in WISHES},
                       "pay": _pay(intentions.pay)},
        "supply": None if profile.supply is None else _supply(profile.supply),
        "sensitive": None if profile.sensitive is None else _sensitive(profile.sensitive),
    }


# --------------------------------------------------------------------------- tables


def _count_rows(items: Sequence[Count]) -> list[list]:
    return [[c.label, c.count, round(c.share, 4)] for c in items]


def sections(profile: CohortProfile) -> list[tuple[str, list[str], list[list]]]:
    """(title, headers, rows) per section: the XLSX sheets, and the long table's sources."""
    count_headers = ["项目", "人数", "占比"]
    wish_headers = ["项目", "人数", "占有意向者比例"]
    out = [("概况", ["项目", "数值"], [["范围", filters_label(profile)], ["毕业生人数", profile.total],
                                      ["专业未归入本科专业类", profile.unplaced],
                                      ["有就业意向", profile.intentions.stated]])]
    out += [(title, count_headers, _count_rows(getattr(profile, name))) for name, title in SCALE]
    if profile.years:
        out.append(("各届对比", *year_table(profile)))
    out += [(title, count_headers, _count_rows(getattr(profile, name)))
            for name, title in ORIGINS + POLITICAL + STRUCTURE]
    out += [(title, *cross_rows(getattr(profile, name), row_title)) for name, title, row_title in CROSS
            if getattr(profile, name) is not None]
    intentions = profile.intentions
    out += [(title, wish_headers, _count_rows(getattr(intentions, name))) for name, title in WISHES]
    pay = intentions.pay
    out.append(("期望月薪", ["项目", "数值", "占填写者比例"],
                [["填写人数", pay.stated, None], ["下四分位数（元）", pay.lower_quartile, None],
                 ["中位数（元）", pay.median, None], ["上四分位数（元）", pay.upper_quartile, None],
                 ["最低（元）", pay.lowest, None], ["最高（元）", pay.highest, None], *_count_rows(pay.bands)]))
    out += [(title, *group_rows(getattr(profile, name), row_title)) for name, title, row_title in GROUP_WISHES]
    if profile.supply is not None:
        supply = profile.supply
        out.append(("供需对比", ["专业类", "毕业生", "岗位数", "招聘人数", "未注明人数的岗位", "求人倍率", "标记"],
                    [[c.label, c.graduates, c.positions, c.openings, c.headcount_unknown,
                      None if c.ratio is None else round(c.ratio, 3), c.flag] for c in supply.classes]
                    + [["（说明）" + supply.basis, None, None, None, None, None, ""],
                       [f"（未归入专业类的岗位 {supply.positions_unplaced} 个，共 {supply.positions_total} 个）",
                        None, supply.positions_unplaced, None, None, None, ""]]
                    + ([[f"（{supply.closed_note}）", None, supply.positions_closed, None, None, None, ""]]
                       if supply.closed_note else [])))
    if profile.sensitive is not None:
        counts = profile.sensitive
        total = profile.total or 1
        extra = [("有困难类别（任一）", counts.hardship_any), ("登记无困难", counts.hardship_none),
                 ("未登记困难情况", counts.hardship_unknown), ("获得国家助学贷款", counts.student_loan),
                 ("登记未获得国家助学贷款", counts.student_loan_none),
                 ("未登记助学贷款情况", counts.student_loan_unknown), ("残疾", counts.disability),
                 ("民族为少数民族", counts.ethnic_minority), ("民族未登记或不在 56 个民族之列", counts.ethnicity_unknown)]
        # 「困难类别：少数民族」 (a registered support category) is not 「民族为少数民族」: one row each.
        hardship = [[f"困难类别：{c.label}", c.count, round(c.share, 4)] for c in counts.hardship]
        hardship += [[f"细分类别：{c.label}", c.count, round(c.share, 4)] for c in counts.hardship_groups]
        out.append(("敏感信息", count_headers, hardship + [[label, n, round(n / total, 4)] for label, n in extra]))
    return out


def profile_rows(profile: CohortProfile) -> list[dict]:
    """The long table: one row per (section, item); ``count`` holds the figure (a pay in yuan,
    a ratio for 求人倍率), ``share`` the share where one applies."""
    rows = []
    for title, headers, table in sections(profile):
        if title == "各届对比":
            for line in table:
                for header, value in zip(headers[1:], line[1:]):
                    if header == "女性占比":  # a share: beside the count of women, not a count of its own
                        rows[-1]["share"] = value
                    elif header == "最多的生源省份":  # a name: in the item of its count, not in ``count``
                        province = value
                    elif header == "该省生源（人）" and province:
                        rows.append({"section": title, "item": f"{line[0]}｜最多的生源省份：{province}", "count": value,
                                     "share": round(value / line[1], 4) if line[1] else None})
                    elif value not in (None, "") and header != "该省生源（人）":
                        rows.append({"section": title, "item": f"{line[0]}｜{header}", "count": value, "share": None})
            continue
        if title in _CROSS_TITLES:
            for label, total, *cells in table[:-1]:  # the 合计 row adds nothing a reader cannot sum
                rows += [{"section": title, "item": f"{label}｜{header.removesuffix('（人）')}", "count": n,
                          "share": round(n / total, 4) if total else None} for header, n in zip(headers[2:], cells)]
            continue
        if title in _GROUP_TITLES:
            rows += _group_long(title, getattr(profile, _GROUP_TITLES[title]))
            continue
        if title == "供需对比":
            for label, graduates, positions, openings, _, ratio, flag in table:
                if graduates is None:
                    continue  # notes
                share = round(graduates / profile.total, 4) if profile.total else None
                rows += [{"section": title, "item": f"{label}｜毕业生", "count": graduates, "share": share},
                         {"section": title, "item": f"{label}｜岗位数", "count": positions, "share": None},
                         {"section": title, "item": f"{label}｜招聘人数", "count": openings, "share": None},
                         {"section": title, "item": f"{label}｜求人倍率" + (f"（{flag}）" if flag else ""),
                          "count": ratio, "share": None}]
            continue
        for line in table:
            rows.append({"section": title, "item": line[0], "count": line[1],
                         "share": line[2] if len(headers) > 2 else None})
    return rows


_CROSS_TITLES = {title for _, title, _ in CROSS}
_GROUP_TITLES = {title: name for name, title, _ in GROUP_WISHES}


def _group_long(title: str, groups: Sequence[GroupWishes]) -> list[dict]:
    """Intentions by group in the long table: 填写就业意向 a share of the group, the rest of those wishing."""
    rows = []
    for g in groups:
        def share(n: int, base: int) -> float | None:
            return round(n / base, 4) if base else None
        rows += [{"section": title, "item": f"{g.label}｜人数", "count": g.total, "share": None},
                 {"section": title, "item": f"{g.label}｜填写就业意向", "count": g.wishing,
                  "share": share(g.wishing, g.total)},
                 {"section": title, "item": f"{g.label}｜意向{PUBLIC_SECTOR}", "count": g.public_sector,
                  "share": share(g.public_sector, g.wishing)}]
        if g.pay_median is not None:
            rows.append({"section": title, "item": f"{g.label}｜期望最低月薪中位数（元）", "count": g.pay_median, "share": None})
        rows += [{"section": title, "item": f"{g.label}｜意向地点：{place}", "count": n, "share": share(n, g.wishing)}
                 for place, n in g.places]
    return rows


def write_profile(path: str | os.PathLike, profile: CohortProfile) -> int:
    """Write ``profile`` to ``path`` by its suffix; returns rows (CSV), sheets (XLSX) or 1 (JSON)."""
    path = check_output_path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = profile_rows(profile)
        write_atomically(path, lambda tmp: write_csv_table(tmp, rows, COLUMNS))
        return len(rows)
    if suffix == ".xlsx":
        tables = sections(profile)
        write_atomically(path, lambda tmp: write_xlsx_sheets(tmp, tables))
        return len(tables)
    text = json.dumps(profile_dict(profile), ensure_ascii=False, indent=1)
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return 1
