"""Import jobs and graduates from CSV, XLSX and JSON files into domain records.

``read_jobs``/``read_graduates`` read a path; ``read_jobs_bytes``/``read_graduates_bytes``
read an upload. An unreadable file or a missing required column raises ``InputFileError``.
A bad row (a cell that cannot be read, e.g. a 身份证号 with a wrong check digit (``service.id_numbers``),
or one an earlier row's graduate has (``service.id_number_clashes``); a duplicate id
or one differing from an earlier row's in letter case alone, a missing id or title, an id that
cannot be part of an API address, a text longer than its database column, an invisible
control character in a cell that feeds a field) is an ``InputFileError`` naming file, row
and column: by default it is collected in ``ImportResult.skipped`` and the import goes on;
``strict=True`` raises it. Rows ignored
without a report: fully blank rows, title rows above the header and a header row repeated
below it (see ``service.import_tables``); nothing else. A title row naming the table of posts
(「…2026年度…职位表」) is the announcement, and so the season, of each job whose row names none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from features.announcements import season_year
from features.catalog import MajorCatalog
from features.contacts import join_contacts, labelled, split_contact
from features.education import (
    asks_matching_degree,
    education_words,
    parse_degree,
    parse_degree_requirement,
    parse_education_level,
    parse_education_requirement,
)
from features.intentions import preferences_with_intention
from features.records import (
    GRADUATE_TEXT_LIMITS,
    JOB_TEXT_LIMITS,
    PREFERENCE_ITEM_LENGTH,
    PREFERENCE_ITEMS,
    RESERVED_JOB_IDS,
    Graduate,
    Hardship,
    HardshipGroup,
    Job,
)
from features.hardship import parse_hardship_group_list, read_hardship_cell
from features.registered_place import parse_hukou_place, parse_origin_place
from features.salary import parse_salary
from features.student_loan import parse_student_loan
from features.headcount import parse_headcount, states_open_headcount
from features.values import (
    infer_employer_type,
    parse_birth_date,
    parse_deadline,
    parse_employer_type,
    parse_ethnicity,
    parse_gender,
    parse_year,
    split_list,
)
from matching.closing_checks import updated_on
from service.beijing import beijing_today
from service.columns import GRADUATE_FIELDS, JOB_FIELDS, normalise_header
from service.id_number_clashes import without_shared_id_numbers
from service.id_numbers import parse_id_number
from service.preference_items import NO_PREFERENCE
from service.import_rows import (  # noqa: F401  (ImportResult, cell_text, read_file_bytes: part of this module's API)
    ImportResult,
    SourceRow,
    cell_text,
    exact_text,
    import_records,
    read_file_bytes,
    record_id,
)
from service.import_tables import read_table_file
from service.record_sources import is_updated_header, post_key_name, row_post_keys, row_updated
from service.settings import DEFAULT_MAX_BODY_BYTES

T = TypeVar("T")


#: A field read from a second column when the first is absent or empty (工作地点 from 行政区域).
_ALSO_FED_BY = {"location": "district"}


def _within_limits(row: SourceRow, record: T, limits: Mapping[str, int], labels: Mapping[str, str]) -> T:
    """``record`` once each text fits its database column (PostgreSQL refuses longer ones)."""
    for name, limit in limits.items():
        value = getattr(record, name)
        if isinstance(value, str) and len(value) > limit:
            source = name if row.raw(name) is not None else _ALSO_FED_BY.get(name, name)
            raise row.error(f"{labels.get(name, name)}超过 {limit} 字", row.header(source))
    return record


# --- jobs -----------------------------------------------------------------------------

_JOB_LABELS = {spec.name: spec.label for spec in JOB_FIELDS}


def _majors_text(row: SourceRow) -> str | None:
    parts = list(row.texts("majors"))
    for name, label in (("majors_college", "专科"), ("majors_bachelor", "本科"), ("majors_master", "研究生")):
        parts.extend(f"{label}：{text}" for text in row.texts(name))
    return "；".join(parts) or None


def _location(row: SourceRow) -> str | None:
    """工作地点, with 行政区域 after it; with the street (街道区域) after it when no district is given
    (「武汉 中南路街」): which district a street lies in no table of the project says (the national list
    stops at counties), so the street is shown as written, for a graduate to judge the commute."""
    city, district, street = row.text("location"), row.text("district"), row.text("street")
    if city and district and district not in city:
        return f"{city} {district}"
    place = city or district
    if place and street and not district and street not in place:
        return f"{place} {street}"
    return place


def _apply_by(value: object):
    return parse_deadline(value, label="报名截止日期")


def _season_year(value: object) -> int | None:
    """A 年度 cell: the year it names (2023, 「2023年度」); empty: unknown."""
    if cell_text(value) is None:
        return None
    if (year := season_year(value)) is None:
        raise ValueError(f"无法识别的招聘年度「{cell_text(value)}」（可写如：2023、2023年度）")
    return year


#: Contact columns whose header says nothing a reader needs (the cell is the whole contact).
_PLAIN_CONTACT_HEADERS = frozenset({"contact", "联系方式"})
_AGGREGATOR_PREFIX = re.compile(r"^[A-Za-z]+[:：]")  # gkld's ``other:单位网站``
#: A scraper's header for the employer's page, said as an organiser reads it (「单位主页：http://…」).
_CONTACT_LABELS = {"企业信息url": "单位主页", "公司信息url": "单位主页"}


def _contact(row: SourceRow, from_notes: Sequence[str]) -> str | None:
    """The employer's contact: each contact column labelled by its header (「单位网站：http://…」,
    「联系人：王老师」), then the contact numbers taken out of 备注 (``from_notes``)."""
    parts = []
    for index in row.table.columns.candidates("contact"):
        text = cell_text(row.cell(index))
        if text is None:
            continue
        header = row.table.columns.headers[index]
        plain = normalise_header(header) in _PLAIN_CONTACT_HEADERS
        label = None if plain else _CONTACT_LABELS.get(normalise_header(header), _AGGREGATOR_PREFIX.sub("", header).strip())
        parts.append(labelled(label, text))
    return join_contacts([*parts, *from_notes])


def _job(row: SourceRow, catalog: MajorCatalog | None) -> Job:
    # ``catalog`` is accepted for symmetry with graduates: the major list stays verbatim in
    # ``majors_text`` and is parsed by ``features.major_requirements`` downstream.
    del catalog
    employer = row.text("employer")
    education = parse_education_requirement(education_words(row.text("education")))
    conditions = []
    noted_contacts = []
    for index, name in row.table.columns.conditions:
        text = cell_text(row.cell(index))
        if text is not None and name == "备注":
            # 「…；咨询电话：0371-1234567」: the number is the employer's contact, not a condition.
            text, contact = split_contact(text)
            noted_contacts.extend([contact] if contact else [])
        if text is not None:
            conditions.append((name, text))
    job_id = row.required("id", "岗位编号", record_id)
    if job_id in RESERVED_JOB_IDS:
        raise row.error(f"「{job_id}」是保留字（/api/jobs/{job_id} 是接口地址），不能用作岗位编号", row.header("id"))
    try:
        job = Job(
            id=job_id,
            title=row.required("title", "职位名称"),
            employer=employer,
            employer_type=parse_employer_type(row.raw("employer_type")) or infer_employer_type(employer),
            category=row.text("category"),
            industry=row.text("industry"),
            location=_location(row),
            parent_unit=row.text("parent_unit"),
            exam_type=row.text("exam_type"),
            education=education,
            degree=parse_degree_requirement(degree_text := education_words(row.text("degree"), degree=True), education),
            degree_matching=asks_matching_degree(degree_text),
            majors_text=_majors_text(row),
            # The pay named by the file's own header (「薪资「8000-5000」的上限低于下限…」).
            salary=row.parse("salary", lambda cell: parse_salary(cell, column=row.header("salary") or "薪酬待遇")),
            # The cell as written; a file in the API's shape states it apart (``pay_text``).
            pay_text=row.text("pay_text") if row.has("pay_text") else row.text("salary"),
            contact=_contact(row, noted_contacts),
            work_type=row.text("work_type"),  # 全职, 兼职/临时, 实习: kept so stored posts are checked alike
            # 职位代码 and 内设机构/科室: kept so the duplicate check tells stored posts apart as a file's.
            position_code=(keys := row_post_keys(row)).get("position_code"), department=keys.get("department"),
            # 招聘信息更新时间: kept so stored posts are asked about when not updated for long (信息更新已久).
            # Read as the file check reads it: a text that is no day (「3天前」) states none, and refuses no row.
            updated_on=updated_on(row_updated(row)),
            headcount=(headcount := row.parse("headcount", parse_headcount)),
            # 「若干」「不限」 answered; an empty cell or a placeholder (「/」「—」) did not.
            headcount_open=headcount is None and states_open_headcount(row.text("headcount")),
            description="\n".join(row.texts("description")),
            conditions=tuple(conditions),
            apply_by=row.parse("apply_by", _apply_by),
            # A row naming no announcement is of the one the table's title row names, if any.
            announcement=(announcement := row.text("announcement") or row.table.title),
            # A 年度 column states the season; else the announcement's title may name it.
            season_year=row.parse("season_year", _season_year) or season_year(announcement),
        )
    except ValueError as error:  # a record invariant (e.g. a negative headcount)
        raise row.error(str(error), None) from None
    return _within_limits(row, job, JOB_TEXT_LIMITS, _JOB_LABELS)


# --- graduates ------------------------------------------------------------------------

_GRADUATE_LABELS = {"major_code": "专业代码"} | {spec.name: spec.label for spec in GRADUATE_FIELDS}


def _strict(parser: Callable[[object], T | None], what: str) -> Callable[[object], T | None]:
    """Wrap a lenient parser: a non-empty cell it cannot read is an error for graduates,
    whose registry data should be exact (a job table's wording is freer)."""

    def parse(value: object) -> T | None:
        result = parser(cell_text(value))
        if result is None and cell_text(value) is not None:
            raise ValueError(f"无法识别的{what}：「{cell_text(value)}」")
        return result

    return parse


def _id_number(value: object) -> str | None:
    text = exact_text(value)
    if text is None:
        return None
    return parse_id_number(text)  # the API's check too; its messages never echo the number


def _stated_list(row: SourceRow, name: str) -> tuple[str, ...] | None:
    """A preference column's items; ``()`` when it says 不限; ``None`` when the cell is empty.
    More items, or longer ones, than the API takes are refused: the record could not be shown."""
    if row.text(name) is None:
        return None
    items = tuple(item for item in split_list(row.raw(name)) if not NO_PREFERENCE.match(item))
    label = _GRADUATE_LABELS.get(name, name)
    if len(items) > PREFERENCE_ITEMS:
        raise row.error(f"{label}最多 {PREFERENCE_ITEMS} 项，此处有 {len(items)} 项", row.header(name))
    if (long := next((item for item in items if len(item) > PREFERENCE_ITEM_LENGTH), None)) is not None:
        raise row.error(f"{label}的一项超过 {PREFERENCE_ITEM_LENGTH} 字：「{long[:20]}…」", row.header(name))
    return items


def _min_salary(value: object) -> int | None:
    # The lowest pay the graduate accepts. 「4000以下」 states a ceiling, not a floor: no minimum.
    return parse_salary(value).minimum


def _hardship_cell(value: object) -> object:
    """A JSON list as the 困难类别 cell writes it: ``[]`` (the API's 'stated none') is 「无」."""
    if isinstance(value, (list, tuple)):
        return "、".join(str(item) for item in value) or "无"
    return value


def _hardship(row: SourceRow) -> tuple[frozenset[Hardship] | None, frozenset[HardshipGroup] | None, bool | None]:
    """Categories, narrower groups and student loan from the 困难类别 cell, the 助学贷款 column
    and, in the API's shape, a ``hardship_groups`` field. No hardship column: unknown (None),
    whatever the other rows say. The cell names groups (「城乡低保」 → 低收入家庭 and 低保家庭)
    and may name the loan too (「建档立卡、助学贷款」); when the 助学贷款 column says otherwise,
    the row is refused naming both columns rather than one of them believed."""
    cell = row.parse("hardship", lambda v: read_hardship_cell(_hardship_cell(v))) if row.has("hardship") else None
    loan = row.parse("student_loan", parse_student_loan)
    if cell is not None and cell.student_loan is not None:
        if loan is not None and loan != cell.student_loan:
            said = "获得" if cell.student_loan else "未获得"
            raise row.error(f"困难类别「{row.text('hardship')}」写明{said}助学贷款，与「{row.header('student_loan')}」列的"
                            f"「{row.text('student_loan')}」矛盾：请核对后只在一列填写", row.header("hardship"))
        loan = cell.student_loan
    categories = None if cell is None else cell.categories
    groups = set() if cell is None else set(cell.groups)
    for group in row.parse("hardship_groups", parse_hardship_group_list) or ():
        if categories is None or group.category not in categories:
            raise row.error(f"细分类别「{group.value}」属于{group.category.value}，但「{row.header('hardship') or '困难类别'}」"
                            f"中没有{group.category.value}", row.header("hardship_groups"))
        groups.add(group)
    return categories, frozenset(groups) or None, loan


def _graduate(row: SourceRow, catalog: MajorCatalog | None, *, today: dt.date) -> Graduate:
    major = row.text("major")
    major_code = None
    if catalog is not None and major is not None:
        resolved = catalog.resolve(major)
        major_code = resolved.code if resolved is not None else None
    intention = "；".join(row.texts("intention"))
    # A filled preference column wins over the intention text, even when it says 不限.
    stated = {field: value for field in ("locations", "categories", "industries")
              if (value := _stated_list(row, f"pref_{field}")) is not None}
    if row.text("min_salary"):
        stated["min_salary"] = row.parse("min_salary", _min_salary)
    preferences = preferences_with_intention(intention, stated, major=major)
    hardship, hardship_groups, student_loan = _hardship(row)
    try:
        graduate = Graduate(
            id=row.required("id", "编号", record_id),
            name=row.text("name"),
            school=row.text("school"),
            major=major,
            major_code=major_code,
            education=row.parse("education", _strict(lambda v: parse_education_level(education_words(v)), "学历")),
            degree=row.parse("degree", _strict(lambda v: parse_degree(education_words(v, degree=True)), "学位")),
            graduation_year=row.parse("graduation_year", parse_year),
            gender=row.parse("gender", parse_gender),
            ethnicity=row.parse("ethnicity", parse_ethnicity),
            birth_date=row.parse("birth_date", partial(parse_birth_date, today=today)),
            political_status=row.text("political_status"),
            hukou=row.parse("hukou", lambda v: parse_hukou_place(cell_text(v))),
            origin_place=row.parse("origin_place", lambda v: parse_origin_place(cell_text(v))),
            intention=intention,
            preferences=preferences,
            hardship=hardship,
            hardship_groups=hardship_groups,
            student_loan=student_loan,
            id_number=row.parse("id_number", _id_number),
            phone=row.parse("phone", exact_text),
        )
    except ValueError as error:
        raise row.error(str(error), row.header("graduation_year")) from None
    return _within_limits(row, graduate, GRADUATE_TEXT_LIMITS, _GRADUATE_LABELS)


def read_jobs_bytes(
    data: bytes, filename: str, *, strict: bool = False, catalog: MajorCatalog | None = None
) -> ImportResult[Job]:
    """Jobs from the bytes of an uploaded file; ``filename`` chooses the format."""
    raw = read_table_file(data, filename, "jobs")
    # A board's refresh scraped twice is one post, its later day kept (``Job.updated_on``).
    result = import_records(raw, _job, strict=strict, catalog=catalog, what="岗位编号", updated_field="updated_on")
    # 职位代码, 内设机构/科室 and the update time map to no column field but are read (``Job.position_code``,
    # ``department``, ``updated_on``).
    unread = tuple(h for h in result.ignored_columns if post_key_name(h) is None and not is_updated_header(h))
    return result if unread == result.ignored_columns else replace(result, ignored_columns=unread)


def read_graduates_bytes(
    data: bytes, filename: str, *, strict: bool = False, catalog: MajorCatalog | None = None,
    today: dt.date | None = None,
) -> ImportResult[Graduate]:
    """Graduates from the bytes of an uploaded file; majors resolved through ``catalog``.
    Birth dates after ``today`` (default: today in Beijing, read once per file) are refused."""
    raw = read_table_file(data, filename, "graduates")
    build = partial(_graduate, today=today or beijing_today())
    result = import_records(raw, build, strict=strict, catalog=catalog, what="毕业生编号")
    return without_shared_id_numbers(result, strict=strict)  # one 身份证号, one graduate id


def read_jobs(
    path: str | Path, *, strict: bool = False, catalog: MajorCatalog | None = None,
    max_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> ImportResult[Job]:
    """Jobs from a CSV, XLSX or JSON file; one larger than ``max_bytes`` is refused unread. The
    service and the commands pass their own limit (``Settings.max_body_bytes``,
    ``service.commands.options.upload_limit``); the default is the settings' default, never the
    environment read again here."""
    return read_jobs_bytes(read_file_bytes(path, max_bytes=max_bytes), str(path), strict=strict, catalog=catalog)


def read_graduates(
    path: str | Path, *, strict: bool = False, catalog: MajorCatalog | None = None,
    today: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> ImportResult[Graduate]:
    """Graduates from a CSV, XLSX or JSON file (``today`` as ``read_graduates_bytes``, ``max_bytes``
    as ``read_jobs``)."""
    return read_graduates_bytes(read_file_bytes(path, max_bytes=max_bytes), str(path), strict=strict,
                                catalog=catalog, today=today)


__all__: Sequence[str] = (
    "ImportResult",
    "cell_text",
    "read_graduates",
    "read_graduates_bytes",
    "read_jobs",
    "read_jobs_bytes",
)
