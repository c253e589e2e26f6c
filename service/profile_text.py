"""A ``CohortProfile`` as a readable Chinese summary for the terminal: each section a table of
aligned text (a Chinese character takes two columns), long lists cut to their first lines with
a word on how many more there are (every line is in ``--out``)."""

from __future__ import annotations

from collections.abc import Sequence

from matching.cohort_profile import CohortProfile, Count
from service.profile_report import (CROSS, GROUP_WISHES, ORIGINS, POLITICAL, SCALE, STRUCTURE, WISHES, cross_rows,
                                    filters_label, group_rows, year_table)
from service.xlsx_layout import text_width

#: Lines of each table the terminal shows.
SHOWN = 12
BAR_WIDTH = 20


width = text_width  # one count of CJK columns for the terminal and the workbooks


def pad(text: str, size: int, *, right: bool = False) -> str:
    fill = " " * max(0, size - width(text))
    return fill + text if right else text + fill


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, numbers: Sequence[int]) -> list[str]:
    """Aligned lines: the columns ``numbers`` right-aligned, the others left."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    sizes = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    return ["  " + "  ".join(pad(cell, sizes[i], right=i in numbers) for i, cell in enumerate(row)).rstrip()
            for row in cells]


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def _bar(share: float) -> str:
    return "█" * round(share * BAR_WIDTH)


def count_table(title: str, items: Sequence[Count], *, of: str = "占比") -> list[str]:
    if not items:
        return [f"{title}：无"]
    rows = [(c.label, c.count, _percent(c.share), _bar(c.share)) for c in items[:SHOWN]]
    lines = [f"{title}："] + table(("", "人数", of, ""), rows, numbers=(1, 2))
    if len(items) > SHOWN:
        lines.append(f"  ……另有 {len(items) - SHOWN} 项（--out 保存全部）")
    return lines


def _yuan(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def summary_lines(profile: CohortProfile) -> list[str]:
    lines = [f"毕业生画像（{filters_label(profile)}）：共 {profile.total} 人"]
    lines.append("\n== 规模 ==")
    for name, title in SCALE:
        lines += count_table(title, getattr(profile, name))
    if profile.years:
        headers, rows = year_table(profile)
        shown = [[value if not isinstance(value, float) else (f"{value * 100:.1f}%" if header == "女性占比"
                  else f"{value:,.0f}") for header, value in zip(headers, row)] for row in rows]
        lines.append("各届对比：")
        lines += table(headers, shown, numbers=tuple(range(1, len(headers) - 2)) + (len(headers) - 1,))
    lines.append("\n== 生源地 ==")
    for name, title in ORIGINS:
        lines += count_table(title, getattr(profile, name))
    for name, title in POLITICAL:
        lines += count_table(title, getattr(profile, name))
    lines.append("\n== 结构与专业 ==")
    for name, title in STRUCTURE:
        if name == "unplaced_majors":
            if profile.unplaced:
                names = "、".join(map(_unplaced_text, profile.unplaced_majors))
                lines.append(f"未归入本科专业类的专业（{profile.unplaced} 人）：{names}")
            continue
        lines += count_table(title, getattr(profile, name))
    lines += cross_lines(profile)
    wishes = profile.intentions
    lines.append("\n== 就业意向 ==")
    lines.append(f"填写了就业意向：{wishes.stated} 人（{_percent(wishes.share)}）；以下比例以他们为基数")
    for name, title in WISHES:
        items = getattr(wishes, name)
        if items or not name.startswith("refused"):
            lines += count_table(title, items, of="比例")
    pay = wishes.pay
    if pay.stated:
        lines.append(f"期望最低月薪：{pay.stated} 人填写；中位数 {_yuan(pay.median)} 元，四分位 {_yuan(pay.lower_quartile)}"
                     f"–{_yuan(pay.upper_quartile)} 元，最低 {_yuan(pay.lowest)}，最高 {_yuan(pay.highest)}")
        lines += count_table("期望月薪区间", pay.bands, of="比例")
    else:
        lines.append("期望最低月薪：无人填写")
    lines += group_wish_lines(profile)
    if profile.supply is not None:
        lines += supply_lines(profile)
    if profile.sensitive is not None:
        lines += sensitive_lines(profile)
    return lines


def _unplaced_text(item: Count) -> str:
    """「量子炼金术 8 人（不在专业目录中）」: the name, its count, then why (the label's tail)."""
    if item.key and item.label.startswith(item.key):
        return f"{item.key} {item.count} 人{item.label[len(item.key):]}"
    return f"{item.label} {item.count} 人"


def _more(rows: int, what: str) -> list[str]:
    """How many rows past the SHOWN first the terminal leaves out."""
    return [f"  ……另有 {rows - SHOWN} {what}（--out 保存全部）"] if rows > SHOWN else []


def cross_lines(profile: CohortProfile) -> list[str]:
    """学科门类×学历 and 学校×学历: counts, each row's 合计 first."""
    lines = []
    for name, title, row_title in CROSS:
        cross = getattr(profile, name)
        if cross is None or not cross.rows:
            continue
        headers, rows = cross_rows(cross, row_title)
        headers = [h.removesuffix("（人）") for h in headers]
        shown = table(headers, rows[:-1][:SHOWN] + [rows[-1]], numbers=tuple(range(1, len(headers))))
        lines.append(f"{title}（人）：")
        # The rows left out are said above the 合计 line, which counts them: below it, a reader took
        # the 合计 for the rows shown only.
        lines += shown[:-1] + _more(len(rows) - 1, "项") + shown[-1:]
    return lines


def group_wish_lines(profile: CohortProfile) -> list[str]:
    """Intentions by 学历 and by 学科门类, shares of each group's graduates stating one."""
    lines = []
    for name, title, row_title in GROUP_WISHES:
        groups = getattr(profile, name)
        if not groups:
            continue
        headers, rows = group_rows(groups, row_title)
        headers = [h.removesuffix("（人）").removesuffix("（元）") for h in headers]
        headers[headers.index("占有意向者比例")] = "占有意向者"
        shown = [[label, total, wishing, public, "—" if share is None else _percent(share), _yuan(pay), places]
                 for label, total, wishing, public, share, pay, places in rows]
        lines.append(f"{title}（比例以该组填写了就业意向者为基数）：")
        lines += table(headers, shown[:SHOWN], numbers=(1, 2, 3, 4, 5)) + _more(len(rows), "组")
    return lines


def supply_lines(profile: CohortProfile) -> list[str]:
    supply = profile.supply
    lines = ["\n== 供需对比（按本科专业类）==", f"说明：{supply.basis}",
             f"岗位 {supply.positions_total} 个，其中 {supply.positions_unplaced} 个未归入专业类"
             + (f"（{supply.closed_note}）" if supply.closed_note else "") + "；"
             f"毕业生 {profile.total} 人，其中 {supply.graduates_unplaced} 人专业未归类、不参与对比"]
    rows = [(c.label, c.graduates, c.positions, c.openings, "—" if c.ratio is None else f"{c.ratio:.2f}", c.flag)
            for c in supply.classes]
    lines += table(("专业类", "毕业生", "岗位数", "招聘人数", "求人倍率", "标记"), rows[:SHOWN * 2], numbers=(1, 2, 3, 4))
    if len(rows) > SHOWN * 2:
        lines.append(f"  ……另有 {len(rows) - SHOWN * 2} 个专业类（--out 保存全部）")
    for title, flagged in (("毕业生多、岗位少", supply.surplus), ("岗位多、毕业生少", supply.shortage)):
        names = "、".join(f"{c.label}（毕业生 {c.graduates} 人，招聘 {c.openings} 人）" for c in flagged[:SHOWN]) or "无"
        more = f" 等 {len(flagged)} 个专业类" if len(flagged) > SHOWN else ""
        lines.append(f"{title}：{names}{more}")
    return lines


def sensitive_lines(profile: CohortProfile) -> list[str]:
    counts = profile.sensitive
    lines = ["\n== 敏感信息（仅限就业服务专员，已记录审计日志）=="]
    lines += count_table("困难类别（可多选）", counts.hardship)
    lines += count_table("细分类别（登记表写明的，属上列类别）", counts.hardship_groups)
    lines.append(f"有任一困难类别 {counts.hardship_any} 人，登记无困难 {counts.hardship_none} 人，"
                 f"未登记困难情况 {counts.hardship_unknown} 人")
    lines.append(f"获得国家助学贷款 {counts.student_loan} 人，登记未获得 {counts.student_loan_none} 人，"
                 f"未登记 {counts.student_loan_unknown} 人（助学贷款不是困难类别，不计入上列）")
    lines.append(f"残疾 {counts.disability} 人；"
                 f"民族为少数民族 {counts.ethnic_minority} 人，民族未登记或不在 56 个民族之列 {counts.ethnicity_unknown} 人")
    return lines
