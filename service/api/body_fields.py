"""The fields of a request body as a 422 names them: each by its Chinese name with its key beside it
(「字段「就业意向」（intention）应为文本」: the key is what an API client sends), and, where a field is
unknown, only the fields the caller's role may send.

The Chinese names are the column labels the importers already give the same fields
(``service.columns``: a table's 就业意向 column is the API's ``intention``) and, for follow-ups, the
headers of their export (``service.commands.follow_ups``); only the few fields no table has a
column for are named here. ``tests/test_api_field_names.py`` fails on a body field of any route
left unnamed.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping, Sequence
from functools import cache

from pydantic import BaseModel

from features.records import SENSITIVE_GRADUATE_FIELDS
from service.roles import Role
from service.columns import GRADUATE_FIELDS, JOB_FIELDS, normalise_header
from service.commands import follow_ups as follow_up_export
from service.record_sources import POST_KEY_HEADERS, UPDATED_HEADERS

#: What a graduate may change in their own record: their intentions, nothing the school or
#: the bureau vouches for (major, education, hardship …).
GRADUATE_EDITABLE = frozenset({"intention", "preferences"})


def _chinese(headers: Sequence[str]) -> str:
    """The first header written in Chinese (the English ones are the API's keys)."""
    return next(h for h in headers if any("\u4e00" <= ch <= "\u9fff" for ch in h))


def _by_alias(specs, key: str) -> str:
    """The label of the column whose aliases hold the API's key (``majors_text`` is read into 专业)."""
    return next(spec.label for spec in specs if normalise_header(key) in spec.aliases)


JOB_LABELS: Mapping[str, str] = {spec.name: spec.label for spec in JOB_FIELDS} | {
    "majors_text": _by_alias(JOB_FIELDS, "majors_text"),
    "position_code": _chinese(POST_KEY_HEADERS["position_code"]),
    "department": _chinese(POST_KEY_HEADERS["department"]),
    "updated_on": _chinese(UPDATED_HEADERS),
    # A table states the pay in one 薪资 cell; the API in two numbers, and its conditions in one object.
    "salary_min": "月薪下限", "salary_max": "月薪上限", "conditions": "报考条件",
    # Read-only: a body may bring them back from an answer (``schemas.jobs.READ_ONLY``).
    "location_inferred": "推断的工作地点", "location_inferred_from": "推断地点的依据",
}
#: The API's ``preferences`` object: its members are the graduate table's 意向… columns.
PREFERENCE_LABELS: Mapping[str, str] = {spec.name.removeprefix("pref_"): spec.label for spec in GRADUATE_FIELDS
                                        if spec.name.startswith("pref_") or spec.name == "min_salary"}
GRADUATE_LABELS: Mapping[str, str] = {spec.name: spec.label for spec in GRADUATE_FIELDS} | {
    "major_code": "专业代码", "preferences": "求职偏好"}
FOLLOW_UP_LABELS: Mapping[str, str] = dict(zip(follow_up_export.COLUMNS, follow_up_export.HEADERS_ZH)) | {
    "push_id": "推送记录编号", "last_seen_id": "所见最新跟进记录编号"}
#: Fields of a form body (an uploaded table).
FORM_LABELS: Mapping[str, str] = {"file": "上传的文件"}


@cache
def _tables() -> tuple[tuple[type[BaseModel], Mapping[str, str]], ...]:
    # Imported when first needed: the schemas import ``request_day``, which imports ``problems``, which imports this.
    from service.api import schemas as s

    return ((s.JobCreate, JOB_LABELS), (s.JobUpdate, JOB_LABELS), (s.GraduateCreate, GRADUATE_LABELS),
            (s.GraduateUpdate, GRADUATE_LABELS), (s.PreferencesModel, PREFERENCE_LABELS),
            (s.FollowUpCreate, FOLLOW_UP_LABELS))


def labels_of(model: type[BaseModel] | None) -> Mapping[str, str]:
    """The Chinese names of ``model``'s fields (a body model of the API); of a form's fields otherwise."""
    if model is not None:
        for base, labels in _tables():
            if issubclass(model, base):
                return labels
    return FORM_LABELS


def model_in(annotation: object) -> type[BaseModel] | None:
    """The model an annotation holds (``Model``, ``Model | None``, ``list[Model]``), or ``None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    models = [m for arg in typing.get_args(annotation) if (m := model_in(arg)) is not None]
    return models[0] if len(models) == 1 else None


def field_label(path: Sequence[object], model: type[BaseModel] | None) -> str | None:
    """The Chinese name of the body field at ``path`` (a validation error's place without ``body``):
    a nested one joined by 「·」 (``preferences.min_salary`` → 求职偏好·期望薪资), an item of a list
    counted from 1 (``hardship.0`` → 困难类别·第 1 项), a key of an object as written
    (``conditions.备注`` → 报考条件·备注). ``None`` where the first field has no name."""
    words: list[str] = []
    for part in path:
        if isinstance(part, int):
            words.append(f"第 {part + 1} 项")
            continue
        field = model.model_fields.get(str(part)) if model is not None else None
        if field is not None:
            label = labels_of(model).get(str(part))
        elif words and model is None:
            label = str(part)  # a key of an object the body names freely (a condition's name)
        else:
            label = None  # a field the model does not have: unknown, named by its key alone
        if label is None:
            return None
        words.append(label)
        model = model_in(field.annotation) if field is not None else None
    return "·".join(words) or None


def field_words(path: Sequence[object], model: type[BaseModel] | None) -> str:
    """「字段「就业意向」（intention）」; 「字段「foo」」 for a field without a name (an unknown one)."""
    key = ".".join(str(p) for p in path)
    label = field_label(path, model)
    return f"字段「{label}」（{key}）" if label else f"字段「{key}」"


def sendable(model: type[BaseModel], role: Role | None) -> list[str]:
    """The fields of ``model`` a caller of ``role`` may send, each as 「就业意向（intention）」: a graduate
    only their intentions, only an officer the sensitive ones (``services`` refuses the others 403), and
    no read-only field (taken back from an answer, ignored)."""
    names = [field.alias or name for name, field in model.model_fields.items() if not field.exclude]
    if issubclass(model, _graduate_models()):
        if role is Role.GRADUATE:
            names = [n for n in names if n in GRADUATE_EDITABLE]
        elif role is not Role.OFFICER:
            names = [n for n in names if n not in SENSITIVE_GRADUATE_FIELDS]
    labels = labels_of(model)
    return [f"{labels[n]}（{n}）" if n in labels else n for n in names]


def _graduate_models() -> tuple[type[BaseModel], ...]:
    return tuple(base for base, labels in _tables() if labels is GRADUATE_LABELS)
