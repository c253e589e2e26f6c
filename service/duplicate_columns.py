"""Which columns of the original table tell apart two rows the checks read as one.

``matching.job_checks`` reports a 疑似重复岗位 when two posts agree in everything it compares, and the
importer reads a row once when it repeats an earlier one in everything it reads (but the update time); the table may still
tell them apart in a column the importer does not read, or one it reads but the comparison leaves out
(招聘人数, 所属公告). Told only 「未读入的列可能不同」 and shown the first five of them, an officer missed
the one that differed (Wuhan's row 239 and its twin differ in 岗位标签, the ninth unread column). Here
the columns whose cells differ are named first, from both rows' cells as written
(``RecordSource.cells``), then the unread columns that do not. Neither names the update time (招聘信息更新时间,
``record_sources.UPDATED_HEADERS``): a job board refreshes one post and not its twin, which tells no two posts
apart (Wuhan's 8 疑似重复岗位: it was named for 5, for one of them as the only column that differed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from matching.job_findings import Check, JobFinding
from matching.job_findings import short as _short
from service.record_sources import RecordSource, is_updated_header

#: Columns a note names before it says 「等 N 列」: all of a pair's in any real list (Wuhan's pairs differ
#: in at most a few), and not thirty unread ones no one reads through.
SHOWN_COLUMNS = 12
#: Differing columns whose two cells a finding quotes; the others it names.
QUOTED_CELLS = 3


def differing_columns(one: Mapping[str, str], other: Mapping[str, str], *,
                      ids: tuple[str, str] = ("", "")) -> list[str]:
    """Headers whose cells (``RecordSource.cells``) differ between two rows, one empty and the other not
    included, in the first row's column order then the other's. A cell differing only by holding its own
    row's id (``ids``: the id column itself, a 详情url ending in it) is no difference to look for."""
    def own(cells: Mapping[str, str], header: str, record_id: str) -> str | None:
        text = cells.get(header)
        return text.replace(record_id, "\0") if text is not None and record_id else text

    return [h for h in dict.fromkeys([*one, *other]) if own(one, h, ids[0]) != own(other, h, ids[1])]


def _twin_differences(one: Mapping[str, str], other: Mapping[str, str], *,
                     ids: tuple[str, str] = ("", "")) -> list[str]:
    """``differing_columns`` of two rows read as one post, but the update time (no difference between posts)."""
    return [h for h in differing_columns(one, other, ids=ids) if not is_updated_header(h)]


def pair_note(own: Mapping[str, str], twin: Mapping[str, str], *, ids: tuple[str, str] = ("", "")) -> str:
    """「原表中本行与该岗位在「岗位标签」列不同（岗位标签：本行「交通行业;熟悉设计软件」，该岗位「软件产品」）」, or
    that none differs. A pair of cells the quote would cut to one text (two long URLs) is named, not quoted."""
    differing = _twin_differences(own, twin, ids=ids)
    if not differing:
        return "原表中本行与该岗位除编号外各列都相同"
    cut = {h: (_short(own.get(h) or "（空）", 20), _short(twin.get(h) or "（空）", 20)) for h in differing}
    quoted = "；".join([f"{h}：本行「{a}」，该岗位「{b}」" for h, (a, b) in cut.items() if a != b][:QUOTED_CELLS])
    listed = names(differing)
    return (f"原表中本行与该岗位在{listed}{'' if len(differing) > SHOWN_COLUMNS else '列'}不同"
            + (f"（{quoted}）" if quoted else ""))


def columns_note(differing: Sequence[str], unread: Sequence[str]) -> str:
    """The columns to compare: those that differ first, then the unread ones not among them, each list
    cut at ``SHOWN_COLUMNS`` with 「等 N 列」."""
    rest = [h for h in unread if h not in differing and not is_updated_header(h)]
    parts = [f"原表中不同的列{names(differing)}"] if differing else []
    if rest:
        parts.append(f"{'其余' if differing else ''}未读入的列{names(rest)}也可能写有区别")
    return "；".join(parts)


def names(headers: Sequence[str], *, shown: int = SHOWN_COLUMNS) -> str:
    """「「岗位标签」「企业标签」」, past ``shown`` columns 「…」等 N 列」."""
    listed = "「" + "」「".join(headers[:shown]) + "」"
    return listed + (f"等 {len(headers)} 列" if len(headers) > shown else "")


def duplicates_note(findings: Iterable[JobFinding], sources: Mapping[str, RecordSource], unread: Sequence[str]) -> str:
    """The columns to compare over all 疑似重复岗位 pairs of a file (``JobFinding.value``: the earlier twin's
    id; ``sources`` by job id): those that differ in some pair, most pairs first, then the other unread ones."""
    counts: Counter[str] = Counter()
    pairs = 0
    for f in findings:
        one, other = sources.get(f.value or ""), sources.get(f.job_id or "")
        if f.check is Check.DUPLICATE and one is not None and other is not None:
            pairs += 1
            counts.update(_twin_differences(one.cells, other.cells, ids=(f.value or "", f.job_id or "")))
    return columns_note([h for h, _ in counts.most_common()], unread) if pairs else ""


def repeat_note(differs: Sequence[str]) -> str:
    """What a row read once differs in from the earlier row (``RepeatedRow.differs``)."""
    return f"；二者只在{names(differs)}{'' if len(differs) > SHOWN_COLUMNS else '列'}不同" if differs else "；二者各列都相同"
