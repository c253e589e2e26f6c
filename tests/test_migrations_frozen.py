"""Migrations run no live project code: an old revision must work the same on a fresh install years
later, whatever ``features`` then says. Revision 0012 only adds ``jobs.location_inferred``; the
service's start-up fills it (``refresh_inferred_places``), so that a fresh database and an upgraded
one end with the same inferred places, those the running code infers."""

from __future__ import annotations

import ast
from importlib import resources

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

import features.place_inference
from service.api import create_app
from service.api.ranker_factories import basic_ranker_factory
from service.settings import Settings
from service.storage import repository as repo
from service.storage.db import make_engine, make_session_factory, upgrade
from tests.test_place_filter_inferred import HENAN, POSTS
from tests.test_storage import downgrade, empty_engine, head_revision  # noqa: F401

PROJECT_PACKAGES = {"features", "matching", "service", "models"}


def _imported_packages(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_migration_imports_project_code():
    versions = resources.files("service").joinpath("migrations", "versions")
    scripts = sorted(p for p in versions.iterdir() if p.name.endswith(".py"))
    assert len(scripts) >= 12
    offending = {p.name: sorted(_imported_packages(p) & PROJECT_PACKAGES) for p in scripts}
    assert {name: found for name, found in offending.items() if found} == {}


def test_upgrading_past_0012_works_whatever_the_place_inference_becomes(empty_engine, monkeypatch):  # noqa: F811
    """A later ``infer_location`` with another signature (here: any call fails) leaves the upgrade of
    a database holding posts intact."""
    def changed(*args, **kwargs):
        raise TypeError("infer_location() takes other arguments now")

    monkeypatch.setattr(features.place_inference, "infer_location", changed)
    upgrade(empty_engine, "0011")
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO jobs (id, title, employer, announcement, education_any, headcount_open, description, "
            "conditions, created_at, updated_at) VALUES ('K1', '一级科员', '兰考县人民法院', :announcement, :no, :no, "
            "'', '[]', '2026-09-01', '2026-09-01')"), {"announcement": HENAN, "no": False})
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert connection.execute(text("SELECT location_inferred FROM jobs")).all() == [(None,)]


def _settings(folder) -> Settings:
    settings = Settings(data_dir=folder / "data", warm_recommendations=False, warm_subsidy_section=False)
    settings.prepare()
    return settings


def _places_after_start_up(settings: Settings) -> dict[str, str | None]:
    app = create_app(settings, ranker_factory=basic_ranker_factory)
    with TestClient(app):
        pass  # the lifespan: migrations, then the stored places brought up to date
    engine = make_engine(settings.resolved_database_url)
    with engine.connect() as connection:
        places = dict(connection.execute(text("SELECT id, location_inferred FROM jobs")).all())
    engine.dispose()
    return places


def _stored(settings: Settings, *, then_downgrade_to: str | None = None) -> None:
    engine = make_engine(settings.resolved_database_url)
    upgrade(engine)
    with make_session_factory(engine)() as session:
        repo.upsert_jobs(session=session, jobs=POSTS)
        session.commit()
    if then_downgrade_to is not None:
        downgrade(engine, then_downgrade_to)  # the posts as a database from before revision 0012 holds them
    engine.dispose()


@pytest.mark.parametrize("older", ["0011", "0010"])
def test_a_fresh_and_an_upgraded_database_end_with_the_same_places_after_start_up(tmp_path, older):
    fresh, upgraded = _settings(tmp_path / "fresh"), _settings(tmp_path / "upgraded")
    _stored(fresh)
    _stored(upgraded, then_downgrade_to=older)
    places = _places_after_start_up(fresh)
    assert _places_after_start_up(upgraded) == places
    assert (places["K-COUNTY"], places["Z-CITY"], places["H-PROV"], places["S-ZZ"]) == (
        "河南省开封市兰考县", "河南省郑州市", "河南省", "河南省郑州市金水区")  # S-ZZ: its stated place
