"""What an uploaded file's rows must pass before anything of it is written: a usable row at all
(``require_rows``), no id that a stored record's id equals but for letter case
(``without_stored_case_twins``), and no 身份证号 that another stored graduate has
(``without_stored_id_numbers``; one sent to the API: ``refuse_shared_id_number``), and the same answer
when the database's unique index refuses a number stored since (``shared_id_number_refused``). Within one
file these are the importer's (``service.import_rows``, ``service.id_number_clashes``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from features.records import Graduate
from service.api import schemas as s
from service.api.problems import ApiProblem
from service.errors import InputFileError
from service.id_number_clashes import other_holder, shared_number_message, without_shared_id_numbers
from service.import_rows import ImportResult, case_twin_message, record_error, without_records
from service.storage import repository as repo

T = TypeVar("T")
G = TypeVar("G", bound=Graduate)


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
    refused = {}
    for index, record in enumerate(result.records):
        if (stored := twins.get(str(record.id))) is None:
            continue
        error = record_error(result, index, case_twin_message(what, str(record.id), stored), field="id")
        if strict:
            raise error
        refused[index] = error
    return without_records(result, refused)


def without_stored_id_numbers(result: ImportResult[G], *, session: Session, strict: bool) -> ImportResult[G]:
    """``result`` with each graduate moved to ``skipped`` whose 身份证号 a stored graduate of another id
    has (and keeps after this file), naming its row, its 身份证号 column and that graduate's id."""
    numbers = [g.id_number for g, fed in zip(result.records, result.columns, strict=True) if g.id_number and "id_number" in fed]
    holders = repo.id_number_holders(session=session, id_numbers=numbers) if numbers else {}
    return without_shared_id_numbers(result, holders=holders, strict=strict) if holders else result


def checked_against_stored_graduates(result: ImportResult[G], *, session: Session, strict: bool) -> ImportResult[G]:
    """A graduates file's records that pass both checks against the store: no case twin of a stored
    id, then no 身份证号 another stored graduate keeps."""
    result = without_stored_case_twins(result, lambda ids: repo.graduate_case_twins(session=session, graduate_ids=ids),
                                       what="毕业生编号", strict=strict)
    return without_stored_id_numbers(result, session=session, strict=strict)


def refuse_shared_id_number(*, session: Session, graduate: Graduate) -> None:
    """409 naming the field and the other graduate when another stored graduate has ``graduate``'s
    身份证号 (one it holds already, stored before this check, stays: another field may be edited)."""
    if graduate.id_number is None:
        return
    holders = repo.id_number_holders(session=session, id_numbers=[graduate.id_number.upper()])
    if other := other_holder(graduate.id, holders.get(graduate.id_number.upper(), [])):
        raise ApiProblem(409, shared_number_message(other), field="id_number", other_id=other)


@contextmanager
def shared_id_number_refused(session: Session, graduates: Sequence[Graduate] = (),
                             result: ImportResult[G] | None = None) -> Iterator[None]:
    """The write of ``graduates`` (or of an import's ``result``) in the block, its clash with a 身份证号 stored
    since the check above (another request checked at the same moment: the unique index of revision 0018
    refuses the second write) answered as the check answers it: the transaction rolled back, nothing of it
    written, and 409 naming the other graduate (never the number). Another integrity error is raised as it was."""
    try:
        yield
    except IntegrityError:
        session.rollback()
        if result is not None:
            try:
                without_stored_id_numbers(result, session=session, strict=True)
            except InputFileError as error:
                raise ApiProblem(409, error.describe(), field="id_number") from None
        for graduate in graduates:
            refuse_shared_id_number(session=session, graduate=graduate)
        raise
