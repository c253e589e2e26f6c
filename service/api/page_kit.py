"""What every server-rendered page shares: the templates, the page headers, the visitor
read from the login cookie, the CSRF token of page forms, and rendering a page or an
error. Pages live in ``service.api.pages`` and in modules of their own that use these."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re
from importlib import resources

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from features.place_inference import places_said
from features.records import shown_degree, shown_location
from features.values import parse_year
from matching.deadlines import written_day
from service.api.problems import ApiProblem
from service.auth import User, authenticate
from service.beijing import beijing_minute, parse_day

log = logging.getLogger("jobmatch.api")

templates = Jinja2Templates(directory=str(resources.files("service").joinpath("templates")))
# Times on pages are Beijing time (``service.beijing``); stored times are UTC.
templates.env.filters["beijing"] = beijing_minute
# Days as the rules and announcements write them (「2026年12月6日」), one formatter for both.
templates.env.filters["written_day"] = written_day
#: A core job's place as lists show it: stated, else inferred and marked (「洛阳市西工区（据单位名称）」).
templates.env.filters["place"] = shown_location
templates.env.filters["degree_words"] = shown_degree  # 「与学历相对应的学位」 as the post words it
#: A fair's 地点 as one cell says it, each inference once (「信阳市息县、信阳市罗山县（据单位名称推断）」).
templates.env.filters["places_said"] = places_said


#: The phrases fair reasons and notes use to point at a list further down the /fairs page, and that
#: list's id there: the graduates a full fair or the per-graduate cap left out (``matching.fair_caps``),
#: those invited to no fair (``matching.fairs``), the posts in none (``matching.fair_absentees``).
_SEE_LISTS = {"未受邀毕业生": "uninvited", "未列入招聘会的毕业生": "absent", "未列入招聘会的岗位": "unplaced"}
_SEE_PHRASE = re.compile("见「(" + "|".join(map(re.escape, _SEE_LISTS)) + ")」")


def see_uninvited(text: str | None, linked: object = True) -> Markup:
    """``text`` escaped as ever, each 「见「…」」 naming a list of the /fairs page a link to it; the
    list of the uninvited only when ``linked`` (the page leaves that list out when it is empty).
    The links are the only markup: no data is trusted."""
    text = "" if text is None else str(text)
    pieces, start = [], 0
    for found in _SEE_PHRASE.finditer(text):
        name = found.group(1)
        if name == "未受邀毕业生" and not linked:
            continue
        pieces += [escape(text[start:found.start()]), Markup('见「<a href="#{}">{}</a>」').format(_SEE_LISTS[name], name)]
        start = found.end()
    return Markup("").join([*pieces, escape(text[start:])])


templates.env.filters["see_uninvited"] = see_uninvited

PAGE_SIZE = 20
#: Every page: not stored by the browser (after 退出, Back on a shared office computer
#: would show a graduate's phone, hardship and follow-up notes again) and never shown in
#: a frame (a site that framed the follow-up form could lure a click into submitting it;
#: SameSite=Lax only keeps the cookie from other sites, not from other ports or subdomains).
PAGE_HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                "Content-Security-Policy": "frame-ancestors 'none'"}


def page_user(request: Request, session) -> User | None:
    token = request.cookies.get(request.app.state.settings.cookie_name)
    return authenticate(session=session, token=token) if token else None


def csrf_token(token: str) -> str:
    """The token a page form must send back: an HMAC of the session's bearer token.

    It needs no server secret and no storage (the bearer token is 256 random bits that
    only the visitor's HttpOnly cookie holds), and it differs from the stored token hash."""
    return hmac.new(token.encode("utf-8"), b"jobmatch page form", hashlib.sha256).hexdigest()


def csrf_ok(request: Request, sent: str) -> bool:
    token = request.cookies.get(request.app.state.settings.cookie_name)
    return bool(token) and hmac.compare_digest(sent.encode("utf-8"), csrf_token(token).encode("utf-8"))


def render(request: Request, name: str, user: User | None, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"user": user, **context}, status_code=status,
                                      headers=PAGE_HEADERS)


def error_page(request: Request, user: User | None, problem: ApiProblem, back: str | None = None) -> HTMLResponse:
    return render(request, "error.html", user, status=problem.status, problem=problem, back=back)


#: What the pages call the fields of their addresses and forms, for an error page that names the
#: one at fault as the visitor knows it (「页码」), not as the code does (查询参数「page」).
PAGE_FIELD_LABELS = {
    "page": "页码", "q": "关键词", "location": "地点", "school": "学校", "major": "专业", "year": "毕业年份",
    "severity": "级别", "check": "检查项", "by": "分场方式", "major_class": "专业类", "sensitive": "显示敏感统计",
    "max_employers": "每场最多单位", "max_positions": "每场最多岗位", "min_positions": "成场最少岗位",
    "min_graduates": "成场最少毕业生", "max_graduates": "每场最多毕业生", "max_fairs_per_graduate": "每人最多受邀场数",
    "token": "令牌", "job_id": "岗位编号", "job": "岗位编号", "status": "跟进结果",
    "subsidy": "求职创业补贴", "note": "备注", "record_id": "毕业生编号", "user_id": "账号编号", "action": "操作",
    "since": "起始日期", "waiting": "只看尚无结果的", "graduate": "毕业生编号",
    "unplaced_page": "未列入招聘会的岗位的页码", "format": "下载格式", "subsidy_only": "只登记补贴申领",
    "stale_after_days": "更新超过（天）",
}


def is_page_request(request: Request) -> bool:
    """A browser's page, answered in HTML even when it fails; not the JSON API (which keeps its
    problem details), its documentation or a static file."""
    path = request.url.path
    return not (path == "/api" or path.startswith(("/api/", "/static/", "/docs", "/redoc")) or path == "/openapi.json")


def page_field_problem(errors: list[dict], message) -> ApiProblem:
    """A page address or form that failed validation (``RequestValidationError.errors()``), each
    field named by its label and the value received; ``message`` words one error (``problems._message``)."""
    parts = []
    for error in errors[:5]:
        name = str(error.get("loc", ("",))[-1])
        label = PAGE_FIELD_LABELS.get(name, f"参数「{name}」")
        text = message(error)
        if error.get("type") == "enum" and not any("\u4e00" <= ch <= "\u9fff" for ch in text.partition("可选：")[2]):
            text = "不是可选的值，请用页面上的选项"  # the choices are codes (pay_missing): no help to a visitor
        given = error.get("input")
        received = f"（收到「{given}」）" if isinstance(given, str) and given and len(given) <= 40 else ""
        parts.append(f"{label}{received}：{text}")
    return ApiProblem(422, "；".join(parts) + "。请改正后重新打开，或回到该页重新筛选",
                      title="页面地址中的参数有误")


async def problem_page(request: Request, problem: ApiProblem) -> HTMLResponse:
    """An error of a page as a page (``error.html``), with the visitor's menu when they are logged in
    and a link back to the page without its query."""
    user = await _visitor(request)
    back = request.url.path if request.url.query and problem.status == 422 else None
    response = error_page(request, user, problem, back=back)
    for name, value in (problem.headers or {}).items():
        response.headers[name] = value
    return response


#: The last resort of ``server_error_page``: no template, no database.
_PLAIN_SERVER_ERROR = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>服务器内部错误</title>'
                       '</head><body><h1>服务器内部错误</h1><p>页面出现意外错误，已记录日志。请稍后重试；如果一再出现，'
                       '请联系管理员。</p><p><a href="/">返回首页</a></p></body></html>')


async def server_error_page(request: Request) -> HTMLResponse:
    """A page that failed unexpectedly (the caller has logged the error): status 500 and a
    Chinese page saying so, with nothing of the error itself. It must not fail in turn, since the
    database or a template may be what broke: without the visitor's menu when the visitor cannot
    be read, and as plain HTML when the page cannot be drawn."""
    problem = ApiProblem(500, "页面出现意外错误，已记录日志。请稍后重试；如果一再出现，请联系管理员")
    try:
        user = await _visitor(request)
    except Exception:
        log.warning("the visitor of an error page could not be read", exc_info=True)
        user = None
    try:
        return error_page(request, user, problem)
    except Exception:
        log.exception("the error page could not be drawn")
        return HTMLResponse(_PLAIN_SERVER_ERROR, status_code=500, headers=PAGE_HEADERS)


async def _visitor(request: Request) -> User | None:
    """The logged-in visitor of a page being answered with an error, read off the event loop."""
    from starlette.concurrency import run_in_threadpool

    if not request.cookies.get(request.app.state.settings.cookie_name):
        return None

    def read() -> User | None:
        with request.app.state.session_factory() as session:
            return page_user(request, session)

    return await run_in_threadpool(read)


def to_login() -> RedirectResponse:
    return RedirectResponse("/login", status_code=303)


def form_year(text: str) -> int | None:
    """The graduation-year field of a page's filter form (/profile, /guidance): empty is every year."""
    text = text.strip()
    if not text:
        return None
    # Written as in the files (「2026届」「2026年」): ``parse_year`` reads the importers' spellings.
    try:
        year = parse_year(text)
    except ValueError:
        year = None
    if year is None or not 1950 <= year <= 2100:
        raise ApiProblem(422, f"毕业年份「{text}」无效：请填写 1950–2100 之间的年份（如 2026 或 2026届），或留空统计各届")
    return year


def form_day(text: str) -> dt.date | None:
    """The 起始日期 field of a page's filter form (/audit, /follow-ups): empty is all time."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_day(text)
    except ValueError:
        raise ApiProblem(422, f"起始日期「{text}」无效：请填写日期，如 2026-09-01，或留空查看全部时间") from None


def cohort_choices(graduates) -> tuple[list[int], list[str]]:
    """The years (newest first) and schools a cohort filter form offers, from the graduates held."""
    years = sorted({g.graduation_year for g in graduates if g.graduation_year}, reverse=True)
    schools = sorted({g.school.strip() for g in graduates if g.school and g.school.strip()})
    return years, schools
