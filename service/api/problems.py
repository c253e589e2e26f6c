"""RFC 9457 problem details with Chinese ``title``/``detail`` for every error response.

Routes raise ``ApiProblem`` (or a domain error); the handlers here turn each into
``application/problem+json``. Client mistakes get 4xx; only a true bug reaches the
catch-all, which logs the traceback and answers 500 without internals. Pages (not /api)
answer their errors as Chinese pages instead (``service.api.page_kit``), a bug included.
"""

from __future__ import annotations

import ast
import json
import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from service.errors import InputFileError, JobmatchError, too_large
from service.api import body_fields, openapi_docs
from service.roles import Role

log = logging.getLogger("jobmatch.api")

PROBLEM_JSON = "application/problem+json"

_STATUS_TITLES = {
    400: "请求有误",
    401: "需要登录",
    403: "没有权限",
    404: "未找到",
    405: "不支持的请求方法",
    406: "无法提供所需的格式",
    409: "数据冲突",
    413: "请求内容过大",
    415: "不支持的文件类型",
    422: "请求内容不符合要求",
    429: "请求过于频繁",
    500: "服务器内部错误",
    503: "服务暂不可用",
}


class Problem(BaseModel):
    """The body of every error answer (RFC 9457), for the API documentation."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "type": "about:blank", "title": "未找到", "status": 404, "detail": "岗位「XJ001」不存在",
        "instance": "/api/jobs/XJ001"}]})

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route or router: these statuses answer with a ``Problem``."""
    return {status: {"model": Problem, "description": _STATUS_TITLES[status]} for status in statuses}


#: Every route that needs a token.
AUTH = (401, 403)
#: Routes with a JSON body: not JSON, too large, fails validation.
BODY = (400, 413, 422)


def install_openapi(app: FastAPI) -> None:
    """The OpenAPI document, with every documented error answer as ``application/problem+json``
    (FastAPI files a response model under ``application/json``), its tags, schemas, fields and
    parameters described in Chinese (``service.api.openapi_docs``)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes,
                                 tags=openapi_docs.TAGS)
            openapi_docs.describe_schemas(schema.get("components", {}).get("schemas", {}))
            openapi_docs.describe_fields(schema.get("components", {}).get("schemas", {}))
            openapi_docs.describe_parameters(schema.get("paths", {}))
            for path_item in schema.get("paths", {}).values():
                for operation in path_item.values():
                    for code, response in operation.get("responses", {}).items():
                        if response.get("description") == "Successful Response":  # FastAPI's default
                            response["description"] = "成功"
                        content = response.get("content", {})
                        if code[0] in "45" and "application/json" in content:
                            content[PROBLEM_JSON] = content.pop("application/json")
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi


class ApiProblem(Exception):
    """An error answer: HTTP status, Chinese title and detail, optional extension members."""

    def __init__(self, status: int, detail: str, *, title: str | None = None, headers: dict[str, str] | None = None,
                 **extensions: Any):
        self.status = status
        self.title = title or _STATUS_TITLES.get(status, "请求失败")
        self.detail = detail
        self.headers = headers
        self.extensions = extensions
        super().__init__(detail)


class BodyTooLarge(Exception):
    """Raised while reading a request body that exceeds ``Settings.max_body_bytes``."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(limit)


def not_found(what: str, record_id: str) -> ApiProblem:
    return ApiProblem(404, f"{what}「{record_id}」不存在")


def forbidden(detail: str) -> ApiProblem:
    return ApiProblem(403, detail)


def problem_response(request: Request, status: int, title: str, detail: str, *, headers=None, **extensions) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": request.url.path}
    body.update(extensions)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def too_large_detail(limit: int) -> str:
    return too_large(limit, "请求内容")


# --- translation of validation errors -------------------------------------------------

_ERROR_MESSAGES = {
    "missing": "缺少必填字段",
    "string_too_short": "不能为空",
    "string_too_long": "内容过长",
    "string_type": "应为文本",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "float_parsing": "应为数字",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
    "greater_than": "数值过小",
    "less_than": "数值过大",
    "enum": "取值无效",
    "literal_error": "取值无效",
    "date_from_datetime_parsing": "应为日期（YYYY-MM-DD）",
    "date_parsing": "应为日期（YYYY-MM-DD）",
    "date_type": "应为日期（YYYY-MM-DD）",
    "datetime_parsing": "应为时间（ISO 8601）",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    # A body that is JSON but not an object ([1], "x"): it read 「请求体取值无效」, naming no cause.
    "model_attributes_type": "应为 JSON 对象（{…}），不能是列表、文本或数字",
    # Said after a colon (「字段「statuz」：不认识的字段；可用的字段：…」): 「字段「statuz」不允许的字段」 read awkwardly.
    "extra_forbidden": "不认识的字段",
    "json_invalid": "不是合法的 JSON",
    "string_pattern_mismatch": "格式不正确",
    "missing_argument": "缺少必填字段",
    "value_error": "取值无效",
    "too_long": "条目过多",
}


def _where(loc: tuple, body_model: type[BaseModel] | None = None) -> str:
    parts = [p for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    kind = loc[0] if loc else ""
    if kind in ("query", "path", "header"):
        prefix = {"query": "查询参数", "path": "路径参数", "header": "请求头"}[kind]
        return f"{prefix}「{'.'.join(str(p) for p in parts)}」" if parts else "请求体"
    # A body field by its Chinese name, its key beside it for API clients (``body_fields``).
    return body_fields.field_words(parts, body_model) if parts else "请求体"


def _accepted_fields(loc: tuple, body_model: type[BaseModel] | None, role: Role | None) -> list[str] | None:
    """The fields the body's model takes where ``loc`` (an ``extra_forbidden`` error's place)
    names an unknown one, following nested models: those ``role`` may send; ``None`` where the
    schema does not say."""
    if body_model is None or not loc:
        return None
    model = body_model
    for part in loc[1 if loc[0] == "body" else 0:-1]:
        if isinstance(part, int):
            continue  # an item of a list of models: the list's model
        field = model.model_fields.get(str(part))
        inner = _model_in(field.annotation) if field is not None else None
        if inner is None:
            return None
        model = inner
    return body_fields.sendable(model, role)


_model_in = body_fields.model_in


def _message(error: dict, body_model: type[BaseModel] | None = None, role: Role | None = None) -> str:
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        accepted = _accepted_fields(tuple(error.get("loc", ())), body_model, role)
        return _ERROR_MESSAGES[kind] + (f"；可用的字段：{'、'.join(accepted)}" if accepted else "")
    if kind == "value_error":
        # Our own validators raise ValueError with a Chinese message: keep it. FastAPI's own
        # (a form field sent as text where a file belongs) are English: say it in Chinese.
        message = (str(error.get("ctx", {}).get("error", "")) or error.get("msg", "")).removeprefix("Value error, ")
        if "UploadFile" in message:
            return "应为上传的文件（multipart/form-data，且带文件名）"
        return message if _has_chinese(message) else _ERROR_MESSAGES["value_error"]
    text = _ERROR_MESSAGES.get(kind, "取值无效")
    if kind in ("enum", "literal_error") and "expected" in error.get("ctx", {}):
        text += f"，可选：{choices(str(error['ctx']['expected']))}"
    ctx = error.get("ctx", {})
    if kind in ("string_too_long", "too_long") and "max_length" in ctx:
        # The unit, lest 「最多 500」 leave one guessing: characters of a text, entries of a list.
        text += f"（最多 {ctx['max_length']} {'字' if kind == 'string_too_long' else '项'}）"
    for bound, words in (("ge", "不能小于"), ("gt", "须大于"), ("le", "不能大于"), ("lt", "须小于")):
        if bound in ctx:
            text += f"（{words} {ctx[bound]}）"
    return text


#: One allowed value as pydantic-core writes it in an enum or literal error: a Python
#: string literal or a bare word or number.
_CHOICE = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s,'"]+""")


def choices(expected: str) -> str:
    """The allowed values of an enum or literal error in Chinese: pydantic-core's
    ``'已推送', '已投递' or '放弃'`` becomes ``已推送、已投递、放弃``. Text that is not such a
    list is given back as it came."""
    values: list[str] = []
    position = 0
    while position < len(expected):
        if values:
            separator = next((s for s in (", ", " or ") if expected.startswith(s, position)), None)
            if separator is None:
                return expected
            position += len(separator)
        found = _CHOICE.match(expected, position)
        if found is None:
            return expected
        token = found.group()
        try:
            values.append(str(ast.literal_eval(token)) if token[0] in "'\"" else token)
        except (ValueError, SyntaxError):
            return expected
        position = found.end()
    return "、".join(values) or expected


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


#: Kinds whose message is said after a colon: our validators' own sentences (「字段「id_number」：身份证号校验位
#: 不正确」), and the unknown field's. The others read on from the field (「字段「x」应为整数」).
_AFTER_COLON = ("extra_forbidden", "value_error")


def describe_validation(errors: list[dict], body_model: type[BaseModel] | None = None,
                        role: Role | None = None) -> tuple[str, list[dict]]:
    """The detail line and the ``errors`` items of a 422. ``body_model`` (the route's body, or the model
    validated) names each field in Chinese and lets an unknown field's message list the fields
    accepted there: those a caller of ``role`` may send."""
    items = [{"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type"),
              "message": _message(e, body_model, role)} for e in errors]
    detail = "；".join(f"{_where(tuple(e.get('loc', ())), body_model)}{'：' if e.get('type') in _AFTER_COLON else ''}"
                      f"{_message(e, body_model, role)}" for e in errors[:5])
    if len(errors) > 5:
        detail += f"；另有 {len(errors) - 5} 处错误"
    return detail, items


# --- handlers -------------------------------------------------------------------------


def install_handlers(app: FastAPI) -> None:
    # Pages (not /api) answer their errors as pages: a visitor who edits an address (?page=0) or
    # mistypes one gets Chinese words and the field's label, not JSON naming a query parameter.
    from service.api import page_kit

    @app.exception_handler(ApiProblem)
    async def _api_problem(request: Request, error: ApiProblem):
        if page_kit.is_page_request(request):
            return await page_kit.problem_page(request, error)
        return problem_response(request, error.status, error.title, error.detail, headers=error.headers, **error.extensions)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, error: RequestValidationError):
        errors = list(error.errors())
        if page_kit.is_page_request(request):
            return await page_kit.problem_page(request, page_kit.page_field_problem(errors, _message))
        if any(e.get("type") == "json_invalid" for e in errors):
            return problem_response(request, 400, "请求体不是合法的 JSON", "请检查 JSON 格式（引号、逗号、括号）")
        # The caller (``deps.current_user``, solved before the body is validated): an unknown field's
        # message lists only the fields their role may send.
        user = getattr(request.state, "user", None)
        detail, items = describe_validation(errors, _body_model(request), getattr(user, "role", None))
        return problem_response(request, 422, _STATUS_TITLES[422], detail, errors=jsonable(items))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException):
        status = error.status_code
        if status == 404:
            detail = f"地址 {request.url.path} 不存在"
        elif status == 405:
            detail = f"{request.url.path} 不支持 {request.method} 请求"
        elif status == 400:
            # FastAPI's only 400: a body it could not decode (not UTF-8, a broken form).
            detail = "请求体无法解析：JSON 请使用 UTF-8 编码，文件请以 multipart/form-data 上传"
        else:
            detail = _STATUS_TITLES.get(status, "请求失败")
        headers = getattr(error, "headers", None)
        if status == 405:
            headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
        if page_kit.is_page_request(request):
            if status == 404:
                detail = f"没有 {request.url.path} 这个页面：请检查地址，或从首页的菜单进入"
            return await page_kit.problem_page(request, ApiProblem(
                status, detail, title="页面不存在" if status == 404 else None, headers=headers))
        return problem_response(request, status, _STATUS_TITLES.get(status, "请求失败"), detail, headers=headers)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, error: BodyTooLarge):
        return problem_response(request, 413, _STATUS_TITLES[413], too_large_detail(error.limit))

    @app.exception_handler(InputFileError)
    async def _input_file(request: Request, error: InputFileError):
        return problem_response(request, 422, "文件内容有误", error.describe(),
                                file=error.file, row=error.row, column=error.column)

    @app.exception_handler(JobmatchError)
    async def _domain(request: Request, error: JobmatchError):
        return problem_response(request, 400, _STATUS_TITLES[400], str(error))

    @app.exception_handler(Exception)
    async def _bug(request: Request, error: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        if page_kit.is_page_request(request):
            return await page_kit.server_error_page(request)
        return problem_response(request, 500, _STATUS_TITLES[500], "服务器出现意外错误，已记录日志，请联系管理员")


def _body_model(request: Request) -> type[BaseModel] | None:
    """The model of the matched route's JSON body, if it has one."""
    body = getattr(request.scope.get("route"), "body_field", None)
    return _model_in(getattr(getattr(body, "field_info", None), "annotation", None))


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app answers at this path.

    Starlette's 405 names only the methods of the first route that matched the path, but
    each method of a path (GET, PATCH, DELETE /api/jobs/{id}) is a route of its own here.
    Each method is tried against the routes' public ``matches``.
    """
    return [method for method in _METHODS
            if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in request.app.routes)]


def jsonable(value):
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))
