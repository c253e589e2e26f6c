"""Request limits as pure ASGI middleware: the body size, and no control characters in the URL.

A declared ``Content-Length`` over the limit is refused before reading anything; a
chunked body is counted as it streams and refused once it passes the limit, so an
oversized upload never sits whole in memory.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from features.values import control_character
from service.api.problems import PROBLEM_JSON, BodyTooLarge, too_large_detail


class BodySizeLimit:
    def __init__(self, app, *, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _send_413(scope, send, self.max_bytes)
            return
        seen = 0
        started = False
        exceeded = False

        async def counting_receive():
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message):
            # Body parsers may catch the error and answer 400 themselves: whatever the app
            # answers once the limit was passed is replaced by the 413.
            nonlocal started
            if exceeded:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _send_413(scope, send, self.max_bytes)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            # Raised where no exception handler sees it (e.g. while parsing a form).
            if not started:
                await _send_413(scope, send, self.max_bytes)


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class NoControlCharacters:
    """A path or query parameter holding a control character (``%00``) is refused with 422
    naming it, before any route reads it: PostgreSQL cannot even compare such text."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            problem = url_control_character(scope.get("path", ""), scope.get("query_string", b""))
            if problem is not None:
                await _send_problem(scope, send, 422, "请求内容不符合要求", problem)
                return
        await self.app(scope, receive, send)


def url_control_character(path: str, query_string: bytes) -> str | None:
    """A Chinese description of the first control character in the path or a query parameter."""
    if (found := control_character(path)) is not None:
        return f"请求路径含有不可见的控制字符（{found}）"
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                                 errors="replace"):
        if (found := control_character(name)) is not None:
            return f"查询参数名含有不可见的控制字符（{found}）"
        if (found := control_character(value)) is not None:
            return f"查询参数「{name}」含有不可见的控制字符（{found}）"
    return None


async def _send_413(scope, send, limit: int) -> None:
    await _send_problem(scope, send, 413, "请求内容过大", too_large_detail(limit), close=True)


async def _send_problem(scope, send, status: int, title: str, detail: str, *, close: bool = False) -> None:
    body = json.dumps(
        {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": scope.get("path", "")},
        ensure_ascii=False,
    ).encode("utf-8")
    headers = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
