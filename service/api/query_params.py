"""Refuse query parameters a JSON API route does not declare.

FastAPI ignores a query parameter no route parameter names, so ``GET /api/jobs?place=海南``
(the filter is ``location``) answered every job, and a caller took the unfiltered list for a
filtered one. ``refuse_unknown_query`` is one app-wide dependency: it reads the parameters the
matched route declares from its dependant (the endpoint's and every sub-dependency's, a
Pydantic query model's fields included) and answers 422 naming the stray ones and the accepted
ones. Pages (not /api) are left alone: a browser's address may carry what a page does not read.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel

from service.api.headers import API_PREFIX
from service.api.problems import ApiProblem


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


def unknown_query_problem(unknown: list[str], accepted: list[str]) -> ApiProblem:
    """The 422 for ``unknown`` parameters, listing ``accepted`` (the validation errors' shape:
    Chinese ``detail`` and one ``errors`` item per parameter, ``loc`` ``["query", name]``)."""
    shown = "、".join(name or "（空名）" for name in unknown)
    usable = f"可用的参数：{'、'.join(accepted)}" if accepted else "该地址不接受查询参数"
    return ApiProblem(422, f"未知的查询参数：{shown}；{usable}",
                      errors=[{"loc": ["query", name], "type": "unknown_parameter", "message": "未知的查询参数"}
                              for name in unknown],
                      accepted=accepted)


def refuse_unknown_query(request: Request) -> None:
    """App-wide dependency (``create_app``): a JSON API request naming a query parameter its
    route does not declare is refused before the route runs (and before its token is read)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.url.path.startswith(API_PREFIX):
        return
    given = list(dict.fromkeys(request.query_params.keys()))
    if not given:
        return
    accepted = declared_query_params(route.dependant)
    unknown = [name for name in given if name not in accepted]
    if unknown:
        raise unknown_query_problem(unknown, accepted)
