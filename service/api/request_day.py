"""The app's clock, where request validation can read it.

A body is validated by FastAPI before any route code runs and without a validation context,
so a Pydantic validator (the birth-date check of ``schemas.graduates``) cannot be handed the
app's clock (``create_app(clock=...)``, the one the matcher judges on). ``AppClock`` sets it
for each request in a context variable (request-scoped, copied into the thread pool with the
request's context), and ``today()`` reads it, falling back to Beijing's day outside a
request (the CLI, a script).
"""

from __future__ import annotations

import datetime as dt
from contextvars import ContextVar

from service.api.problems import ApiProblem
from service.engine import Clock, beijing_today
from service.storage.follow_up_report import future_since

_CLOCK: ContextVar[Clock | None] = ContextVar("jobmatch_app_clock", default=None)


def today() -> dt.date:
    """The day of the app serving this request (Beijing's day outside one)."""
    return (_CLOCK.get() or beijing_today)()


def refuse_future_since(day: dt.date | None, *, parameter: str | None = None) -> None:
    """422 if ``day`` (a ``since`` filter) is after this request's day: it can match nothing yet, and an
    empty list would read as 「nothing since」 (``follow_up_report.future_since`` says why). ``parameter``:
    the API's query parameter, named in the detail and in ``errors``; ``None`` on a page, whose message
    names the form's 起始日期."""
    if (future := future_since(day, today())) is None:
        return
    if parameter is None:
        raise ApiProblem(422, future)
    raise ApiProblem(422, f"查询参数「{parameter}」：{future}",
                     errors=[{"loc": ["query", parameter], "type": "future_date", "message": future}])


class AppClock:
    """Pure ASGI middleware: the request runs with ``clock`` as the app's clock."""

    def __init__(self, app, *, clock: Clock):
        self.app = app
        self.clock = clock

    async def __call__(self, scope, receive, send):
        token = _CLOCK.set(self.clock)
        try:
            await self.app(scope, receive, send)
        finally:
            _CLOCK.reset(token)
