"""Dependencies as type aliases: session, current user, role checks, loaded artifacts; and
the query parameters that list routes share (paging, education level).

They are ``async def`` on purpose: FastAPI runs a plain ``def`` dependency in the thread
pool, and a hop per dependency (session, user, role, matcher …) cost more than the whole
cached recommendation. Only the token look-up on a cache miss does I/O, in the pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import AfterValidator
from sqlalchemy.orm import Session

from features.catalog import MajorCatalog
from features.education import EducationLevel, parse_education_level
from features.segment import Segmenter
from service.api.caches import GraduateCache, TokenCache
from service.api.matching import Matcher
from service.api.problems import ApiProblem
from service.api.reclog import RecommendationLog
from service.auth import Role, User, authenticate, hash_token
from service.settings import Settings


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request (it connects lazily, on first use). Writers commit
    explicitly; anything left is rolled back when the session closes."""
    session = request.app.state.session_factory()
    try:
        yield session
    finally:
        if session.in_transaction():  # a connection to give back (and maybe roll back)
            await run_in_threadpool(session.close)
        else:
            session.close()


SessionDep = Annotated[Session, Depends(get_session)]


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def current_user(request: Request, session: SessionDep) -> User:
    token = bearer_token(request)
    if token is None:
        raise ApiProblem(401, "请在 Authorization 请求头中提供 Bearer 访问令牌", headers={"WWW-Authenticate": "Bearer"})
    cache: TokenCache = request.app.state.token_cache
    key = hash_token(token)
    user = cache.get(key)
    if user is None:
        generation = cache.generation  # an account change seen during the look-up must not be undone
        user = await run_in_threadpool(authenticate, session=session, token=token)
        if user is not None:
            cache.put(key, user, generation=generation)
    if user is None:
        raise ApiProblem(401, "访问令牌无效或已停用", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    request.state.user = user  # for a 422 of the body (validated after): it lists the fields this role may send
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def refuse_role(user: User, allowed: frozenset[Role]) -> None:
    """The 403 of a caller whose role may not use the route."""
    if user.role not in allowed:
        raise ApiProblem(403, f"当前角色（{user.role.label}）无权执行此操作")


def require(*roles: Role):
    allowed = frozenset(roles)

    async def check(user: CurrentUser) -> User:
        refuse_role(user, allowed)
        return user

    # Read by ``query_params``: a caller of the wrong role is answered 403 before a stray parameter's 422.
    check.allowed_roles = allowed
    return check


Staff = Annotated[User, Depends(require(Role.OFFICER, Role.ORGANISER))]
Officer = Annotated[User, Depends(require(Role.OFFICER))]


async def get_matcher(request: Request) -> Matcher:
    return request.app.state.matcher


async def get_graduate_cache(request: Request) -> GraduateCache:
    return request.app.state.graduate_cache


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_catalog(request: Request) -> MajorCatalog:
    return request.app.state.catalog


async def get_segmenter(request: Request) -> Segmenter:
    return request.app.state.segmenter


async def get_reclog(request: Request) -> RecommendationLog:
    return request.app.state.reclog


RecLogDep = Annotated[RecommendationLog, Depends(get_reclog)]
MatcherDep = Annotated[Matcher, Depends(get_matcher)]
GraduateCacheDep = Annotated[GraduateCache, Depends(get_graduate_cache)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CatalogDep = Annotated[MajorCatalog, Depends(get_catalog)]
SegmenterDep = Annotated[Segmenter, Depends(get_segmenter)]


# --- query parameters shared by list routes -------------------------------------------

Offset = Annotated[int, Query(ge=0, le=10_000_000, description="跳过的条数")]
Limit = Annotated[int | None, Query(ge=1, description="每页条数")]


def filter_text(value: object) -> object:
    """A text filter of a list (school, major, a search text) as the pages read theirs: spaces around
    it (a pasted 「新疆大学 」, a full-width 「　」) are no part of the name, and a blank one is no filter.
    Before, ``/api/support?school=新疆大学%20`` found nobody where ``/officer`` found the school's graduates."""
    return (value.strip() or None) if isinstance(value, str) else value


#: Last in a text query parameter's ``Annotated`` (``Annotated[str | None, Query(...), FilterText]``): it
#: strips after the length check, which would refuse the ``None`` a blank filter becomes.
FilterText = AfterValidator(filter_text)


def page_limit(settings: Settings, limit: int | None, *, name: str = "limit") -> int:
    """The page size of a list: ``limit`` as asked, the settings' default when none is
    asked, and a 422 above the settings' maximum naming the query parameter ``name``."""
    if limit is None:
        return settings.default_page_size
    if limit > settings.max_page_size:
        raise ApiProblem(422, f"查询参数「{name}」不能超过 {settings.max_page_size}")
    return limit


def education_level(text: str | None) -> EducationLevel | None:
    """An ``education`` query parameter (「本科」「硕士研究生」…) read as a level; 422 when unknown."""
    if not text:
        return None
    level = parse_education_level(text)
    if level is None:
        raise ApiProblem(422, f"无法识别的学历「{text}」")
    return level
