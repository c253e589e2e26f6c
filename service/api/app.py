"""The FastAPI application factory.

``create_app(settings)`` wires routes, error handlers and the body-size limit; its
lifespan prepares the data directory, runs the migrations, loads the catalog and
segmenter once, brings the stored inferred places up to date and fits the ranker on the
stored jobs, all before the first request.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from service.api.account_watch import AccountWatch
from service.api.caches import GraduateCache, RenderCache, TokenCache, VerdictCache
from service.api.headers import NoStoreApi
from service.api.request_day import AppClock
from service.api.limits import BodySizeLimit, NoControlCharacters
from service.api.matching import Matcher, RankerFactory, default_ranker_factory
from service.api.openapi_docs import DESCRIPTION
from service.api.problems import install_handlers, install_openapi
from service.api.query_params import refuse_unknown_query
from service.api.reclog import RecommendationLog
from service.api.subsidy_verdicts import SubsidyWarmup
from service.api.policy_views import load_policy_state
from service.engine import Clock, beijing_today
from service.api.routes import fairs, graduates, jobs, misc, policies, support
from service.settings import Settings
from service.storage import repository
from service.storage.db import make_engine, make_session_factory, upgrade

log = logging.getLogger("jobmatch.api")

def create_app(settings: Settings | None = None, *, ranker_factory: RankerFactory | None = None,
               clock: Clock | None = None) -> FastAPI:
    """``clock`` gives the day verdicts are judged on (default: today in Beijing,
    ``service.engine.beijing_today``); tests pass one they can move."""
    settings = settings or Settings()
    clock = clock or beijing_today

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from service.resources import load_major_catalog, load_segmenter

        settings.prepare()
        engine = make_engine(settings.resolved_database_url)
        upgrade(engine)
        app.state.engine = engine
        app.state.session_factory = make_session_factory(engine)
        app.state.catalog = load_major_catalog()
        app.state.segmenter = load_segmenter()
        app.state.graduate_cache = GraduateCache()
        app.state.token_cache = TokenCache()
        app.state.render_cache = RenderCache()
        app.state.subsidy_verdicts = VerdictCache()  # support_list.subsidy_outside_support
        # Read ``app.state.policies`` on each use: it is the app's, and a test may replace it.
        warmup = app.state.subsidy_warmup = SubsidyWarmup(
            verdicts=app.state.subsidy_verdicts, graduates=lambda: _all_graduates(app),
            graduate=lambda graduate_id: _one_graduate(app, graduate_id), policies=lambda: app.state.policies)
        app.state.graduate_cache.on_change(warmup.wake)
        app.state.reclog = RecommendationLog(app.state.session_factory)
        matcher = Matcher(factory=ranker_factory or default_ranker_factory, cache_k=max(settings.default_top_k, 20),
                          clock=clock)
        with app.state.session_factory() as session:
            stored_jobs = repository.all_jobs(session=session)
            if repository.refresh_inferred_places(session=session, jobs=stored_jobs):
                session.commit()
            matcher.load(stored_jobs)
        app.state.matcher = matcher
        # Accounts changed by ``jobmatch users`` while serving (``account_watch``), warming on or off: a
        # deactivated or replaced token is refused within ACCOUNT_CHECK_SECONDS, not when its cached login
        # expires; a deactivated graduate's own view is dropped; a new graduate's is warmed.
        accounts = app.state.account_watch = AccountWatch(app.state.session_factory)
        accounts.on_change(lambda change: app.state.token_cache.forget(change.changed))
        accounts.on_change(lambda change: matcher.drop_own_views(keep=change.with_account))
        if settings.warm_recommendations:
            from service.api import guidance_kept

            # Then each graduate's guidance, so that the cohort view answers from what is kept.
            accounts.on_change(lambda change: matcher.wake_warming())
            matcher.start_warming(lambda: _warm_targets(app), then=lambda stop: guidance_kept.warm_guidance(app, stop))
        accounts.start()
        if settings.warm_subsidy_section:
            warmup.start()  # the data are loaded (``jobmatch serve --load-samples`` loads before the app starts)
        try:
            yield
        finally:
            # Both threads asked first, then waited for: each may be inside a long read of every graduate.
            warmup.stop(wait=False)
            matcher.stop_warming(wait=False)
            accounts.stop()
            warmup.stop()
            matcher.stop_warming()
            app.state.reclog.close()
            engine.dispose()

    app = FastAPI(title="campus-jobmatch 岗位匹配服务", description=DESCRIPTION, version="0.1.0", lifespan=lifespan,
                  dependencies=[Depends(refuse_unknown_query)])  # /api/… refuses a query parameter it does not read
    app.state.settings = settings
    app.state.policies = load_policy_state(settings, clock=clock)  # a bad policy file stops start-up here
    install_handlers(app)
    install_openapi(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(NoControlCharacters)
    app.add_middleware(NoStoreApi)
    app.add_middleware(AppClock, clock=clock)  # request validation reads the app's day (birth dates)
    app.include_router(jobs.router)
    app.include_router(graduates.router)
    app.include_router(misc.router)
    app.include_router(fairs.router)
    from service.api.routes import job_checks as job_check_routes

    app.include_router(job_check_routes.router)
    app.include_router(policies.router)
    from service.api.routes import profile as cohort_profile

    app.include_router(cohort_profile.router)
    app.include_router(support.router)
    app.include_router(support.report_router)
    from service.api.routes import guidance as guidance_routes

    app.include_router(guidance_routes.router)

    from service.api import pages

    app.include_router(pages.router)
    from service.api import intention_form

    app.include_router(intention_form.router)
    from service.api import fair_pages

    app.include_router(fair_pages.router)
    from service.api import job_checks_page

    app.include_router(job_checks_page.router)
    from service.api import profile_page

    app.include_router(profile_page.router)
    from service.api import guidance_page

    app.include_router(guidance_page.router)
    from service.api import audit_page

    app.include_router(audit_page.router)
    from service.api import follow_ups_page

    app.include_router(follow_ups_page.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("service").joinpath("static"))), name="static")
    return app


def _all_graduates(app: FastAPI):
    with app.state.session_factory() as session:
        return app.state.graduate_cache.get(session=session)


def _warm_targets(app: FastAPI):
    """What the recommendation warm-up ranks: the copy without officer-only fields
    (``withheld.redact``) of each graduate with an active account, the view their own requests
    are judged on (cached apart: ``matcher_warming.result_key``), then every full record
    (officers' view). Own views first: each is one person waiting on their first request of the
    day (or after a job change), while an officer's list ranks what is missing of it in one
    block (``Matcher.rank_many``). Graduates without an account have no own view anyone reads
    (organisers' rankings are not cached), so warming theirs would only double the cache.
    Accounts are read on each pass and watched meanwhile (``account_watch``, which wakes the warm-up):
    one issued while the service runs is warmed within ``ACCOUNT_CHECK_SECONDS``."""
    with app.state.session_factory() as session:
        graduates = app.state.graduate_cache.get(session=session)
        with_account = repository.graduate_account_ids(session=session)
        redacted = app.state.graduate_cache.redacted(session=session)
    return [*(g for g in redacted if g.id in with_account), *graduates]


def _one_graduate(app: FastAPI, graduate_id: str):
    with app.state.session_factory() as session:
        return app.state.graduate_cache.one(session=session, graduate_id=graduate_id)
