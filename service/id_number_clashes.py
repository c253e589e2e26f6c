"""One 身份证号, one graduate: a second graduate id with a number another graduate has (an earlier
row of the file, or a stored graduate) is refused, naming that graduate's id.

An ID number identifies a person, so two graduate ids with one number are almost surely one person
entered twice, or a number copied onto the wrong row. Which record is right no program can tell,
so the later one (the file's row; the API's request) is refused and the officer chooses. The messages
name the other graduate's id, never the number: it is personal data and messages reach logs (only
officers may import or send ID numbers, and they may read both records). Numbers are compared as
``service.id_numbers.parse_id_number`` writes them (ASCII, upper-case X).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from features.records import Graduate
from service.errors import InputFileError
from service.import_rows import ImportResult, record_error, without_records
from service.record_sources import RecordSource

T = TypeVar("T", bound=Graduate)

_WHY = "一个身份证号只属于一人，请核对是否重复录入或号码抄错"


def shared_number_message(other_id: str, where: RecordSource | None = None) -> str:
    """Why a graduate is refused whose number ``other_id``'s is (of the row at ``where``, else stored)."""
    if where is None:
        return f"身份证号与已保存的毕业生「{other_id}」相同：{_WHY}"
    return f"身份证号与{where.where()}的毕业生「{other_id}」相同：{_WHY}"


def other_holder(graduate_id: str, holders: Sequence[str]) -> str | None:
    """The first of ``holders`` (stored graduates with one number) that is not ``graduate_id``, unless
    ``graduate_id`` holds the number already: a clash stored before this check is not made worse by
    storing the graduate again (an edit of another field, a re-import)."""
    if graduate_id in holders:
        return None
    return next(iter(holders), None)


def _refusals(result: ImportResult[T], holders: Mapping[str, Sequence[str]],
              renumbered: set[str]) -> dict[int, InputFileError]:
    """Each record whose number an earlier kept row or a stored graduate has, by index. A stored
    graduate in ``renumbered`` (its row of the file writes its 身份证号 column) no longer holds its number."""
    first: dict[str, int] = {}  # number → index of the first record with it
    refused: dict[int, InputFileError] = {}
    for index, graduate in enumerate(result.records):
        number = graduate.id_number
        if number is None or "id_number" not in result.columns[index]:
            continue  # no number, or one kept from the store as it was
        if (earlier := first.get(number)) is not None:
            message = shared_number_message(result.records[earlier].id, result.sources[earlier])
        elif other := other_holder(graduate.id, [h for h in holders.get(number, ()) if h not in renumbered]):
            message = shared_number_message(other)
        else:
            first[number] = index
            continue
        refused[index] = record_error(result, index, message, field="id_number", default="身份证号")
    return refused


def without_shared_id_numbers(result: ImportResult[T], *, holders: Mapping[str, Sequence[str]] | None = None,
                              strict: bool = False) -> ImportResult[T]:
    """``result`` with each graduate moved to ``skipped`` whose 身份证号 an earlier row's graduate has,
    or a stored graduate has (``holders``: number → the stored graduate ids holding it) that keeps it
    after this file (its row, if any, is kept and writes another number). ``strict``: the first raises."""
    holders = holders or {}
    renumbered = {g.id for g, fed in zip(result.records, result.columns, strict=True) if "id_number" in fed}
    while True:  # a refused row leaves its stored number in place, which may refuse another row
        refused = _refusals(result, holders, renumbered)
        kept_back = {result.records[i].id for i in refused} & renumbered
        if not kept_back:
            break
        renumbered -= kept_back
    if strict and refused:
        raise next(iter(refused.values()))
    return without_records(result, refused)
