"""Bulk imports over the API: check the uploaded file, read it with the command line's reader,
and store every row in one transaction (all or none), then update the ranker or graduate cache."""

from __future__ import annotations

from pathlib import PurePath

from sqlalchemy.orm import Session

from features.catalog import MajorCatalog
from service import audit
from service.api import request_day
from service.api import schemas as s
from service.api.caches import GraduateCache
from service.api.matching import Matcher
from service.api.problems import ApiProblem
from service.api.upload_checks import (checked_against_stored_graduates, require_rows, shared_id_number_refused,
                                      without_stored_case_twins)
from service.auth import User
from service.import_notes import no_major_notes
from service.import_tables import CSV_SUFFIXES, EXCEL_SUFFIXES, JSON_SUFFIXES
from service.storage import repository as repo

#: What an upload may be: every format the command line's importer reads (the same reader,
#: ``service.import_tables.read_table_file``), so that gkld's JSON Lines import here as there.
IMPORT_SUFFIXES = (*EXCEL_SUFFIXES, *CSV_SUFFIXES, *JSON_SUFFIXES)

#: A graduates' import of at most this many records puts them into the graduate cache, as a PATCH
#: does, and the subsidy warm-up judges them alone; a larger one drops the cache (read again, a
#: full warm-up pass). The warm-up's own bound (``subsidy_verdicts.WRITTEN_LIMIT``, equal; not
#: imported, a test holds them equal): more written graduates than that waiting make its next
#: pass a full one anyway, and each record put moves the copy once (O(n) for n graduates).
IMPORT_PUT_LIMIT = 1_000


def check_upload(filename: str | None, data: bytes) -> str:
    name = PurePath(filename or "").name
    if PurePath(name).suffix.lower() == ".xls":  # the old format: say what to do, as the CLI does
        raise ApiProblem(415, f"「{name}」是旧版 Excel（.xls）文件，不支持导入，请在 Excel 中另存为 .xlsx 后再上传")
    if not name or PurePath(name).suffix.lower() not in IMPORT_SUFFIXES:
        raise ApiProblem(415, f"不支持的文件类型「{name or '未命名'}」，请上传 .xlsx、.csv、.json 或 .jsonl 文件")
    if not data:
        raise ApiProblem(422, f"文件「{name}」是空的", title="文件内容有误")
    return name


def _report(result, *, kind: str, counts: repo.UpsertCounts) -> s.ImportReport:
    return s.ImportReport(
        source=result.source, kind=kind, created=counts.created, updated=counts.updated,
        skipped=[s.SkippedRow.of(e) for e in result.skipped],
        notes=result.notes(),  # rows read once as repeats of an earlier row
    )


def import_jobs(*, session: Session, matcher: Matcher, catalog: MajorCatalog, data: bytes, filename: str | None,
                strict: bool) -> s.ImportReport:
    """Every row of the file in one transaction: all stored, or (on any error) none."""
    from service.importers import read_jobs_bytes

    name = check_upload(filename, data)
    result = read_jobs_bytes(data, name, strict=strict, catalog=catalog)
    result = without_stored_case_twins(result, lambda ids: repo.job_case_twins(session=session, job_ids=ids),
                                       what="岗位编号", strict=strict)
    require_rows(result, "岗位")
    counts = repo.upsert_jobs(session=session, jobs=result.records)
    session.commit()
    matcher.upsert(result.records)
    return _report(result, kind="jobs", counts=counts)


def import_graduates(*, session: Session, cache: GraduateCache, catalog: MajorCatalog, user: User, data: bytes,
                     filename: str | None, strict: bool) -> s.ImportReport:
    from service.importers import read_graduates_bytes

    name = check_upload(filename, data)
    result = read_graduates_bytes(data, name, strict=strict, catalog=catalog, today=request_day.today())
    result = checked_against_stored_graduates(result, session=session, strict=strict)
    require_rows(result, "毕业生")
    # only the file's columns are written: a stored graduate keeps the fields of the others
    with shared_id_number_refused(session, result=result):  # stored since the check: 409, nothing written
        merged = repo.merged_with_stored(session=session, graduates=result.records, columns=result.columns)
        counts = repo.upsert_graduates(session=session, graduates=merged)
        audit.record_reads(session=session, user=user, graduates=result.records, action="import")
        session.commit()
    # as stored (what a reload would read: records round-trip whole), by id, the last of a repeated id
    stored = sorted({g.id: g for g in merged}.values(), key=lambda g: g.id)
    if len(stored) > IMPORT_PUT_LIMIT:
        cache.invalidate()
    elif stored:  # put into the copy: the warm-up re-judges these alone
        cache.put_many(stored)
    report = _report(result, kind="graduates", counts=counts)
    return report.model_copy(update={"notes": report.notes + no_major_notes(stored)})
