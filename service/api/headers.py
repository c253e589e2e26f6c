"""Response headers every API answer carries, as pure ASGI middleware.

API answers hold graduates' records, reasons resting on their ethnicity or disability,
follow-up notes and subsidy states. ``Cache-Control: no-store`` keeps browsers and any
proxy between an office and the service from keeping a copy, as the pages already ask
(``service.api.page_kit.PAGE_HEADERS``): a shared office computer's cache would otherwise
hand the next user what the last one read.
"""

from __future__ import annotations

#: Path prefix of the JSON API (pages set their own headers; /static may be cached).
API_PREFIX = "/api/"
NO_STORE = (b"cache-control", b"no-store")


class NoStoreApi:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope.get("path", "").startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return

        async def with_no_store(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"cache-control"]
                message = {**message, "headers": [*headers, NO_STORE]}
            await send(message)

        await self.app(scope, receive, with_no_store)
