"""JSON files for ``service.import_tables``: a list of objects, ``{"jobs": [...]}`` /
``{"graduates": [...]}``, or JSON Lines (one object a line, numbered by line); a record that is no
object, or a line that does not parse, is kept as a row for the importer to report
(``non_object_problem``), a field nested too deeply is a ``BadCell``. Split from ``service.import_tables``."""

from __future__ import annotations

import json

from service.columns import condition_names, map_columns
from service.errors import InputFileError
from service.import_raw import BadCell, RawFile, RawTable, decode_text, require_columns


def read_json(data: bytes, name: str, kind: str) -> RawFile:
    text = decode_text(data, name)
    records: list[tuple[int, object]]
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as whole_error:
        records = _json_lines(text, name, whole_error)
    except RecursionError:  # brackets nested deeper than the parser's stack
        raise InputFileError("JSON 格式错误：括号嵌套层数过深，无法解析", file=name) from None
    else:
        # A JSON Lines file of one line parses whole as one object: it is that one record, not a
        # document missing its list (「JSON 顶层应为对象列表」 would send the user looking for brackets).
        one_line = (isinstance(parsed, dict) and name.lower().endswith((".jsonl", ".ndjson"))
                    and not any(isinstance(parsed.get(key), list) for key in _list_keys(kind)))
        records = [(1 + text[:len(text) - len(text.lstrip())].count("\n"), parsed)] if one_line \
            else _json_records(parsed, name, kind)
    stated_conditions: dict[str, str] = {}
    if kind == "jobs":
        records = [(number, _conditions_as_columns(record, stated_conditions)) for number, record in records]
    headers: list[str] = []
    for _, record in records:
        if isinstance(record, dict):
            headers.extend(k for k in record if k not in headers)
    table = RawTable(sheet=None, header_row=None,
                     columns=map_columns(headers, kind, stated_conditions=stated_conditions))
    require_columns(table, name, kind)
    for number, record in records:
        if isinstance(record, dict):
            values = [record.get(h) for h in headers]
            if any(isinstance(v, (list, dict)) for v in record.values()):
                values = [_json_cell(v) for v in values]
            table.rows.append((number, values))
        else:
            # Kept as a row so the importer reports it instead of dropping it.
            table.rows.append((number, [_NotAnObject(record)]))
    return RawFile(source=name, tables=[table])


def _conditions_as_columns(record: object, stated: dict[str, str]) -> object:
    """A job in the API's shape (``GET /api/jobs``) holds its conditions in one object,
    ``{"conditions": {"年龄要求": "30周岁以下", …}}``: each becomes a column ``conditions.年龄要求``
    kept as that condition (``stated`` gains header → name; 「备注（2）」 is 备注 again), so a saved job reads back with its
    conditions and the same verdicts. Any other record is returned as it is."""
    if not isinstance(record, dict) or not isinstance(record.get("conditions"), dict):
        return record
    flat = {key: value for key, value in record.items() if key != "conditions"}
    keys = [str(key).strip() for key in record["conditions"]]
    for key, name, text in zip(keys, condition_names(keys), record["conditions"].values()):
        header = f"conditions.{key}"
        stated[header] = name
        flat[header] = text
    return flat


#: Deepest nesting of lists and objects that one JSON field may hold (a list of majors is 1).
MAX_JSON_DEPTH = 20


def _json_cell(value: object) -> object:
    """A JSON field's value, or a ``BadCell`` when it nests too deeply to be read safely."""
    if not isinstance(value, (list, dict)):
        return value
    stack = [(value, 1)]
    while stack:  # iterative: a nesting of any depth cannot overflow the stack here
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return BadCell(f"嵌套层数过深（一个字段最多 {MAX_JSON_DEPTH} 层）")
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (list, dict)))
    return value


class _NotAnObject:
    """Marks a JSON record that is not an object; the importer reports it as a bad row."""

    def __init__(self, value: object):
        self.value = value


def non_object_problem(values: list[object]) -> str | None:
    """Why a JSON row is not a record, or ``None`` when it is an object."""
    if len(values) == 1 and isinstance(values[0], _NotAnObject):
        inner = values[0].value
        if isinstance(inner, _BadLine):
            return f"无法解析的 JSON（{inner.reason}）"
        return f"记录应为 JSON 对象，实际为 {type(inner).__name__}"
    return None


def _list_keys(kind: str) -> tuple[str, ...]:
    """The keys of a JSON object that hold the list of records."""
    return (kind, "records", "data", "items")


def _json_records(parsed: object, name: str, kind: str) -> list[tuple[int, object]]:
    if isinstance(parsed, dict):
        for key in _list_keys(kind):
            if isinstance(parsed.get(key), list):
                parsed = parsed[key]
                break
        else:
            if "id" in parsed:  # one record, as ``GET /api/jobs/{id}`` answers it and a user saves it
                return [(1, parsed)]
            raise InputFileError(f"JSON 顶层应为对象列表，或含有「{kind}」列表的对象", file=name)
    if not isinstance(parsed, list):
        raise InputFileError("JSON 顶层应为对象列表", file=name)
    return [(number, record) for number, record in enumerate(parsed, start=1) if record is not None]


def _json_lines(text: str, name: str, whole_error: json.JSONDecodeError) -> list[tuple[int, object]]:
    """JSON Lines: one object a line, numbered by line. Decided by the first non-blank line."""
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    try:
        first = json.loads(lines[0][1]) if lines else None
    except (json.JSONDecodeError, RecursionError):
        first = None
    # A .jsonl file is lines whatever its first line (cut short, it is one bad row, not a bad file).
    if (not isinstance(first, dict) and not name.lower().endswith((".jsonl", ".ndjson"))) or len(lines) < 2:
        raise InputFileError(
            f"JSON 格式错误：第 {whole_error.lineno} 行第 {whole_error.colno} 列（{json_problem(whole_error)}）", file=name
        ) from whole_error
    records: list[tuple[int, object]] = []
    for number, line in lines:
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            records.append((number, _BadLine(f"第 {error.colno} 个字符处{json_problem(error)}")))
        except RecursionError:
            records.append((number, _BadLine("括号嵌套层数过深")))
    return records


class _BadLine:
    """A JSON Lines line that does not parse; reported as a bad row, not dropped."""

    def __init__(self, reason: str):
        self.reason = reason


#: The JSON parser's messages (``json.decoder``), said in Chinese for the clerk.
_JSON_PROBLEMS = {
    "Expecting value": "缺少值",
    "Expecting property name enclosed in double quotes": "字段名应使用英文双引号",
    "Expecting ':' delimiter": "缺少冒号「:」",
    "Expecting ',' delimiter": "缺少逗号「,」",
    "Unterminated string starting at": "字符串没有结束引号（该行可能被截断）",
    "Invalid control character at": "字符串中含有控制字符或换行（该行可能被截断）",
    "Extra data": "有多余的内容",
    "Invalid \\escape": "无效的转义符「\\」",
    "Invalid \\uXXXX escape": "无效的「\\u」转义",
}


def json_problem(error: json.JSONDecodeError) -> str:
    """The parser's complaint in Chinese (an unknown one as the parser says it)."""
    return _JSON_PROBLEMS.get(error.msg, error.msg)
