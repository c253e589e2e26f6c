"""Request body size limit as a pure ASGI middleware.

A declared ``Content-Length`` over the limit is refused before reading anything; a
chunked body is counted as it streams and refused once it passes the limit, so an
oversized upload never sits whole in memory.
"""

from __future__ import annotations

import json

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


async def _send_413(scope, send, limit: int) -> None:
    body = json.dumps(
        {"type": "about:blank", "title": "请求内容过大", "status": 413, "detail": too_large_detail(limit),
         "instance": scope.get("path", "")},
        ensure_ascii=False,
    ).encode("utf-8")
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
