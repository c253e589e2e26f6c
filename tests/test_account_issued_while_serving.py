"""A graduate account issued while the service runs (``jobmatch users add``, another process on the
same database) has its own view warmed without waiting for a change of the jobs or of the day
(``service/api/account_watch.py``); the warm-up ranks graduates' own views before officers' records."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from service.api import account_watch, app as app_module
from service.cli import main
from service.storage import repository
from tests.test_graduate_view_warming import _own_entry, _wait_warm, _warm_app


def _issue_graduate_account(app, graduate_id: str, capsys) -> str:
    """``jobmatch users add`` as an officer runs it, on the running app's data directory."""
    assert main(["users", "add", "--role", "graduate", "--name", "李强", "--graduate-id", graduate_id,
                 "--data-dir", str(app.state.settings.data_dir)]) == 0
    return capsys.readouterr().out.split("：")[-1].strip()


def _wait(predicate, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_an_account_issued_by_the_command_line_while_serving_is_warmed_before_its_first_request(
        tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(account_watch, "ACCOUNT_CHECK_SECONDS", 0.2)
    app, _ = _warm_app(tmp_path)
    with TestClient(app) as client:
        matcher = app.state.matcher
        _wait_warm(client, matcher)
        version = matcher.version
        assert _own_entry(matcher, "G4") is None  # no account yet
        token = _issue_graduate_account(app, "G4", capsys)
        assert _wait(lambda: _own_entry(matcher, "G4") is not None), "G4's own view was not warmed"
        assert matcher.version == version  # no job or day change brought it
        assert client.get("/api/health").json()["cached_own_views"] == 3
        warmed = _own_entry(matcher, "G4")
        response = client.get("/api/graduates/G4/recommendations?k=20", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        assert matcher._results[warmed_key(matcher, warmed)] is warmed  # served from the warmed entry


def warmed_key(matcher, entry):
    return next(key for key, value in matcher._results.items() if value is entry)


def test_the_watch_sees_an_account_of_any_role_issued_deactivated_or_given_a_new_token(tmp_path):
    """Every role since the watch also empties the token cache (``test_account_revoked_while_serving``);
    a watch of its own, so that the app's thread does not take the change first."""
    from service.api.account_watch import AccountWatch
    from service.auth import Role, deactivate_account, issue_user, reissue_token

    app, _ = _warm_app(tmp_path)
    with TestClient(app) as client:
        _wait_warm(client, app.state.matcher)
        sessions = app.state.session_factory
        watch = AccountWatch(sessions)
        with sessions() as session:
            watch.read(session=session)
        assert not watch.check()

        def changed(change) -> bool:
            with sessions() as session:
                change(session)
                session.commit()
            moved = watch.check()  # a watch without listeners: reads the accounts again when they moved
            assert not watch.check()
            return moved

        organiser = {}
        assert changed(lambda s: organiser.setdefault("user", issue_user(session=s, name="招聘会李", role=Role.ORGANISER).user))
        assert changed(lambda s: reissue_token(session=s, user=organiser["user"]))
        assert changed(lambda s: deactivate_account(session=s, user=organiser["user"]))
        assert changed(lambda s: issue_user(session=s, name="李强", role=Role.GRADUATE, graduate_id="G4"))
        with sessions() as session:
            assert "G4" in watch.read(session=session)
        assert not changed(lambda s: None)


def test_the_warm_up_ranks_graduates_own_views_before_the_full_records(tmp_path):
    app, _ = _warm_app(tmp_path)
    with TestClient(app) as client:
        _wait_warm(client, app.state.matcher)
        targets = app_module._warm_targets(app)
        with app.state.session_factory() as session:
            with_account = repository.graduate_account_ids(session=session)
        own = [g for g in targets if g.withheld]
        assert {g.id for g in own} == with_account == {"G1", "G2"}
        assert targets[:len(own)] == own  # every own view comes first
