"""What an uploaded file's rows must pass before anything of it is written: a usable row at all
(``require_rows``), and no id that a stored record's id equals but for letter case
(``without_stored_case_twins``). Within one file both are the importer's (``service.import_rows``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TypeVar

from service.api import schemas as s
from service.api.problems import ApiProblem
from service.errors import InputFileError
from service.import_rows import ImportResult, case_twin_message

T = TypeVar("T")


def require_rows(result: ImportResult, what: str) -> None:
    """A file with no usable row: 422 in the CLI's words naming the file, nothing written; when every
    row was refused, with the row-by-row report in ``skipped`` (not a 200 that created nothing)."""
    from service.commands.options import require_records
    try:
        require_records(result, what)
    except InputFileError as error:
        raise ApiProblem(422, error.describe(), title="文件内容有误",
                         skipped=[s.SkippedRow.of(e).model_dump() for e in result.skipped]) from None


def without_stored_case_twins(result: ImportResult[T], twins_of: Callable[[list[str]], Mapping[str, str]], *,
                              what: str, strict: bool) -> ImportResult[T]:
    """``result`` with each record whose id a stored record's id equals but for letter case (「g001」
    when 「G001」 is stored; ``twins_of`` finds them) moved to ``skipped``, naming its row, its id column
    and the stored id: neither a second record for one id nor a silent merge into the stored one.
    ``strict``: the first one raises, as a bad row does."""
    twins = twins_of([str(record.id) for record in result.records]) if result.records else {}
    if not twins:
        return result
    kept, refused = [], []
    for index, record in enumerate(result.records):
        source = result.sources[index]
        if (stored := twins.get(str(record.id))) is None:
            kept.append(index)
            continue
        prefix = f"工作表「{source.sheet}」：" if source.sheet else ""
        error = InputFileError(prefix + case_twin_message(what, str(record.id), stored), file=result.source,
                               row=source.row, column=source.headers.get("id"))
        if strict:
            raise error
        refused.append(error)

    def pick(items: tuple | list) -> tuple:
        return tuple(items[i] for i in kept)

    return replace(result, records=list(pick(result.records)), skipped=[*result.skipped, *refused],
                   sources=pick(result.sources), columns=pick(result.columns))
