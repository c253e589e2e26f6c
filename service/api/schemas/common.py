"""Shared pieces of the API schemas: strict models that refuse control characters, and
validated field types (record ids, money, years, dates written as text)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from features.records import JOB_TEXT_LIMITS, OPEN_HEADCOUNT, RECORD_ID_PATTERN
from features.headcount import MAX_HEADCOUNT
from features.values import control_character
from service.import_rows import id_problem

Short = Annotated[str, Field(min_length=1, max_length=JOB_TEXT_LIMITS["title"])]


def _an_id(value: object) -> object:
    # The importers' rule (``import_rows.id_problem``), said in Chinese. Checked before the model strips
    # the text: 「 J1」 would be stored as another id than the one sent.
    if isinstance(value, str):
        if value != value.strip():
            raise ValueError("编号前后不能有空格")
        if value and (problem := id_problem(value)) is not None:
            raise ValueError(problem)
    return value


#: A record's id: the pattern is stated for the OpenAPI document; ``_an_id`` checks it (and < > " ').
RecordId = Annotated[str, BeforeValidator(_an_id),
                     Field(min_length=1, max_length=JOB_TEXT_LIMITS["id"], pattern=RECORD_ID_PATTERN)]


def _a_number(value: object) -> object:
    # Pydantic would take true as 1 and "5" as 5; a JSON body states numbers as numbers.
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise ValueError(f"应为整数，收到 {json.dumps(value, ensure_ascii=False, default=str)}")
    return value


Number = BeforeValidator(_a_number)




def _a_headcount(value: object) -> object:
    # Checked here in full, so that a wrong value gets one message (not one per member of the union).
    if value is None or value == OPEN_HEADCOUNT:
        return value
    if isinstance(value, str):
        raise ValueError(f"应为整数，收到 {json.dumps(value, ensure_ascii=False)}（人数不定请写「{OPEN_HEADCOUNT}」）")
    _a_number(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"应为整数，收到 {value}")
        value = int(value)
    if not 0 <= value <= MAX_HEADCOUNT:
        raise ValueError(f"应在 0 至 {MAX_HEADCOUNT} 之间，收到 {value}")
    return value


#: A job's headcount in a body: a number, or 「若干」 (stated as not fixed). The bounds are checked
#: by ``_a_headcount`` and stated again for the OpenAPI document.
StatedHeadcount = Annotated[Annotated[int, Field(ge=0, le=MAX_HEADCOUNT)] | Literal["若干"],
                            BeforeValidator(_a_headcount)]


def _a_date_text(value: object) -> object:
    # Pydantic would read a number as days or seconds since 1970; a date is written as text.
    if value is not None and not isinstance(value, (str, dt.date)):
        raise ValueError(f"应为日期（YYYY-MM-DD），收到 {json.dumps(value, ensure_ascii=False, default=str)}")
    return value


Day = Annotated[dt.date, BeforeValidator(_a_date_text)]
Money = Annotated[int, Field(ge=0, le=10_000_000), Number]
Headcount = Annotated[int, Field(ge=0, le=MAX_HEADCOUNT), Number]
Year = Annotated[int, Field(ge=1950, le=2100), Number]


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: object) -> object:
        for text in _strings(value):
            if (found := control_character(text)) is not None:
                raise ValueError(f"含有不可见的控制字符（{found}）")
        return value
