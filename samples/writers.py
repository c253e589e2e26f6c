"""Writers for the sample files: CSV (UTF-8 with BOM), JSON, and an xlsx laid out like an
official table (title row, note row, header row) whose bytes depend only on its content."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)


def write_csv(rows: list[dict], path: Path, columns=None) -> None:
    """``columns``: the header in order (default: the first row's keys)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns or rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_json(rows: list[dict], path: Path) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _stable_zip(data: bytes) -> bytes:
    """Re-pack an xlsx with fixed member timestamps so identical content gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified whatever we set.
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            dst.writestr(member, data)
    return out.getvalue()


def write_table_xlsx(rows: list[dict], path: Path, columns, *, title: str, note: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "岗位信息汇总"
    last = get_column_letter(len(columns))
    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([note])
    ws.merge_cells(f"A2:{last}2")
    ws.append(list(columns))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row[c] for c in columns])
    widths = {"用人单位": 34, "职位描述": 60, "专业要求": 40, "其他要求": 30, "职位名称": 24, "工作地点": 22}
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(col, 12)
    ws.freeze_panes = "A4"
    wb.properties.creator = "campus-jobmatch samples/generate.py"
    wb.properties.lastModifiedBy = "campus-jobmatch samples/generate.py"
    wb.properties.title = title
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue()))


