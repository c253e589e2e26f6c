"""What every server-rendered page shares: the templates, the page headers, the visitor
read from the login cookie, the CSRF token of page forms, and rendering a page or an
error. Pages live in ``service.api.pages`` and in modules of their own that use these."""

from __future__ import annotations

import hashlib
import hmac
from importlib import resources

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from service.api.problems import ApiProblem
from service.auth import User, authenticate
from service.beijing import BEIJING

templates = Jinja2Templates(directory=str(resources.files("service").joinpath("templates")))
# Times on pages are Beijing time (``service.beijing``); stored times are UTC.
templates.env.filters["beijing"] = lambda moment: moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")

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


def to_login() -> RedirectResponse:
    return RedirectResponse("/login", status_code=303)


def form_year(text: str) -> int | None:
    """The graduation-year field of a page's filter form (/profile, /guidance): empty is every year."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not 1950 <= int(text) <= 2100:
        raise ApiProblem(422, f"毕业年份「{text}」无效：请填写 1950–2100 之间的年份，或留空统计各届")
    return int(text)


def cohort_choices(graduates) -> tuple[list[int], list[str]]:
    """The years (newest first) and schools a cohort filter form offers, from the graduates held."""
    years = sorted({g.graduation_year for g in graduates if g.graduation_year}, reverse=True)
    schools = sorted({g.school.strip() for g in graduates if g.school and g.school.strip()})
    return years, schools
