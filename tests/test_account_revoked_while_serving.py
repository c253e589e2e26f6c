"""A token revoked while the service runs (``jobmatch users deactivate`` / ``reissue``, another process on
the same database) is refused within the accounts' check interval (``service/api/account_watch.py``),
not when its cached login expires a minute later; with warming on or off. A deactivated graduate's
cached own view is dropped."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from service.api import account_watch
from service.cli import main
from tests.test_account_issued_while_serving import _wait
from tests.test_api_fixtures import start_api
from tests.test_graduate_view_warming import _own_entry, _wait_warm, _warm_app

CHECK_SECONDS = 0.3


def _users(app, *args: str) -> int:
    return main(["users", *args, "--data-dir", str(app.state.settings.data_dir)])


def _status(client, token: str, path: str = "/api/jobs") -> int:
    return client.get(path, headers={"Authorization": f"Bearer {token}"}).status_code


@pytest.mark.parametrize("warm", [False, True])
def test_a_deactivated_officer_token_is_refused_within_the_check_interval(tmp_path, monkeypatch, capsys, warm):
    monkeypatch.setattr(account_watch, "ACCOUNT_CHECK_SECONDS", CHECK_SECONDS)
    app, tokens = start_api(tmp_path, warm=warm)
    with TestClient(app) as client:
        assert _status(client, tokens["officer"]) == 200  # the login is now cached for 60 s
        assert _status(client, tokens["organiser"]) == 200
        assert app.state.token_cache.ttl >= 60
        assert _users(app, "deactivate", "王老师") == 0
        started = time.monotonic()
        assert _wait(lambda: _status(client, tokens["officer"]) == 401, seconds=10 * CHECK_SECONDS), \
            "the deactivated token was still accepted"
        assert time.monotonic() - started < 10 * CHECK_SECONDS  # not the cache's 60 s
        response = client.get("/api/graduates/G1", headers={"Authorization": f"Bearer {tokens['officer']}"})
        assert response.status_code == 401 and "访问令牌无效或已停用" in response.text
        assert _status(client, tokens["organiser"]) == 200  # other accounts keep working


def test_a_reissued_token_replaces_the_old_one_in_a_running_service(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(account_watch, "ACCOUNT_CHECK_SECONDS", CHECK_SECONDS)
    app, tokens = start_api(tmp_path)
    with TestClient(app) as client:
        assert _status(client, tokens["g1"], "/api/graduates/G1") == 200
        capsys.readouterr()
        assert _users(app, "reissue", "#3") == 0
        new_token = capsys.readouterr().out.strip().splitlines()[-1].split("：")[-1].strip()
        assert _status(client, new_token, "/api/graduates/G1") == 200  # at once: a new token is read
        assert _wait(lambda: _status(client, tokens["g1"], "/api/graduates/G1") == 401, seconds=10 * CHECK_SECONDS)


def test_a_deactivated_graduate_s_cached_own_view_is_dropped(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(account_watch, "ACCOUNT_CHECK_SECONDS", CHECK_SECONDS)
    app, tokens = _warm_app(tmp_path)
    with TestClient(app) as client:
        matcher = app.state.matcher
        _wait_warm(client, matcher)
        assert _own_entry(matcher, "G1") is not None and _own_entry(matcher, "G2") is not None
        assert _status(client, tokens["g1"], "/api/graduates/G1/recommendations") == 200
        assert _users(app, "deactivate", "3") == 0  # 阿依古丽, G1
        assert _wait(lambda: _own_entry(matcher, "G1") is None, seconds=10 * CHECK_SECONDS)
        assert _status(client, tokens["g1"], "/api/graduates/G1/recommendations") == 401
        time.sleep(3 * CHECK_SECONDS)  # a warm pass meanwhile does not rank it again
        assert _own_entry(matcher, "G1") is None
        assert _own_entry(matcher, "G2") is not None  # the other graduate's view is kept
        assert client.get("/api/health").json()["cached_own_views"] == 1


def test_a_login_read_before_the_accounts_changed_is_not_cached_after(tmp_path):
    """A request whose database look-up began before the watch emptied the cache must not put the
    login back (it may be of the very account just deactivated)."""
    from service.api.caches import TokenCache
    from service.auth import Role, User

    cache = TokenCache()
    user = User(id=1, name="王老师", role=Role.OFFICER, graduate_id=None)
    generation = cache.generation
    cache.forget({user.id})  # the watch, while the look-up ran
    cache.put("h", user, generation=generation)
    assert cache.get("h") is None
    cache.put("h", user, generation=cache.generation)
    assert cache.get("h") == user
