"""Refuse query parameters a JSON API route does not declare.

FastAPI ignores a query parameter no route parameter names, so ``GET /api/jobs?place=海南``
(the filter is ``location``) answered every job, and a caller took the unfiltered list for a
filtered one. ``refuse_unknown_query`` is one app-wide dependency: it reads the parameters the
matched route declares from its dependant (the endpoint's and every sub-dependency's, a
Pydantic query model's fields included) and answers 422 naming the stray ones and the accepted
ones. Pages (not /api) are left alone: a browser's address may carry what a page does not read.

Authentication comes first: on a route that needs a token, a caller without a valid one is
answered 401 whatever the address carries, and a caller whose role may not use the route 403, never
the 422 that would list the route's parameters.
``_`` is taken everywhere and ignored: jQuery's ``cache: false`` and many browsers' scripts append
``?_=<timestamp>`` to defeat caches (every answer is ``no-store`` anyway). What a route declares is
read once per route (``RouteQuery``), not on every request.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel

from service.api.deps import current_user, refuse_role
from service.api.headers import API_PREFIX
from service.api.problems import ApiProblem
from service.auth import Role

#: Taken on every route and ignored: the cache-buster jQuery (``cache: false``) and browsers' scripts add.
CACHE_BUSTER = "_"


def declared_query_params(dependant: Dependant) -> list[str]:
    """The query parameter names a route accepts, in declaration order, its dependencies' too."""
    names: list[str] = []
    pending = [dependant]
    while pending:
        current = pending.pop(0)
        for field in current.query_params:
            annotation = field.field_info.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                # A query model (``Annotated[Filters, Query()]``): its fields are the parameters.
                names.extend(info.validation_alias if isinstance(info.validation_alias, str)
                             else info.alias or name for name, info in annotation.model_fields.items())
            else:
                names.append(field.alias)
        pending.extend(current.dependencies)
    return list(dict.fromkeys(names))


def needs_login(dependant: Dependant) -> bool:
    """Whether the route reads the caller's token (``deps.current_user`` among its dependencies)."""
    pending = [dependant]
    while pending:
        current = pending.pop()
        if current.call is current_user:
            return True
        pending.extend(current.dependencies)
    return False


def allowed_roles(dependant: Dependant) -> frozenset[Role] | None:
    """The roles that may use the route (every ``deps.require`` among its dependencies), ``None``
    when any logged-in caller may."""
    allowed: frozenset[Role] | None = None
    pending = [dependant]
    while pending:
        current = pending.pop()
        roles = getattr(current.call, "allowed_roles", None)
        if roles is not None:
            allowed = roles if allowed is None else allowed & roles
        pending.extend(current.dependencies)
    return allowed


@dataclass(frozen=True, slots=True)
class RouteQuery:
    """What one route takes in its query string, read once from its dependant."""

    accepted: tuple[str, ...]
    needs_login: bool
    roles: frozenset[Role] | None  # ``None``: any logged-in caller (or anyone, without ``needs_login``)

    @classmethod
    def of(cls, route: APIRoute) -> RouteQuery:
        accepted = tuple(declared_query_params(route.dependant))
        return cls(accepted, needs_login(route.dependant), allowed_roles(route.dependant))


def route_query(request: Request, route: APIRoute) -> RouteQuery:
    """``RouteQuery.of(route)``, kept per app (in ``app.state``) after the first request to the route."""
    state = request.app.state
    # By id (routes are unhashable), the route kept beside its answer so that the id stays its own.
    kept: dict[int, tuple[APIRoute, RouteQuery]] | None = getattr(state, "route_queries", None)
    if kept is None:
        kept = state.route_queries = {}
    found = kept.get(id(route))
    if found is None or found[0] is not route:
        found = kept[id(route)] = (route, RouteQuery.of(route))
    return found[1]


async def _login_first(request: Request, roles: frozenset[Role] | None) -> None:
    """The route's own 401 (``deps.current_user``) for a caller without a valid token, and its own
    403 (``deps.require``) for a caller whose role may not use it."""
    session = request.app.state.session_factory()
    try:
        user = await current_user(request, session)
        if roles is not None:
            refuse_role(user, roles)
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


def unknown_query_problem(unknown: list[str], accepted: list[str]) -> ApiProblem:
    """The 422 for ``unknown`` parameters, listing ``accepted`` (the validation errors' shape:
    Chinese ``detail`` and one ``errors`` item per parameter, ``loc`` ``["query", name]``)."""
    shown = "、".join(name or "（空名）" for name in unknown)
    usable = f"可用的参数：{'、'.join(accepted)}" if accepted else "该地址不接受查询参数"
    return ApiProblem(422, f"未知的查询参数：{shown}；{usable}",
                      errors=[{"loc": ["query", name], "type": "unknown_parameter", "message": "未知的查询参数"}
                              for name in unknown],
                      accepted=accepted)


async def refuse_unknown_query(request: Request) -> None:
    """App-wide dependency (``create_app``): a JSON API request naming a query parameter its
    route does not declare (other than ``_``) is refused before the route runs, after its token
    is checked. ``async``: a plain ``def`` would cost every request a hop to the thread pool."""
    if not request.scope.get("query_string"):
        return
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.scope["path"].startswith(API_PREFIX):
        return
    rules = route_query(request, route)
    unknown = [name for name in dict.fromkeys(request.query_params.keys())
               if name not in rules.accepted and name != CACHE_BUSTER]
    if unknown:
        if rules.needs_login:
            await _login_first(request, rules.roles)  # raises the 401 of a missing or invalid token, the 403 of a wrong role
        raise unknown_query_problem(unknown, list(rules.accepted))
