"""An account changed while the service runs (``jobmatch users deactivate`` / ``reissue``) drops that
account's cached login only: every other user's stays, so their next request needs no look-up
(``service/api/account_watch.py``, ``caches.TokenCache.forget``). The watch reads the accounts' mark
once per check. And the 「since/起始日期」 after today is refused by one helper (``request_day``)."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from service.api import account_watch, request_day
from service.api.account_watch import AccountWatch
from service.api.caches import TokenCache
from service.api.problems import ApiProblem
from service.auth import Role, User, hash_token
from service.storage import repository
from tests.test_account_issued_while_serving import _wait
from tests.test_account_revoked_while_serving import CHECK_SECONDS, _status, _users
from tests.test_api_fixtures import start_api


def _cached(app, token: str) -> User | None:
    return app.state.token_cache.get(hash_token(token))


def test_deactivating_one_account_keeps_the_other_logins_cached(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(account_watch, "ACCOUNT_CHECK_SECONDS", CHECK_SECONDS)
    app, tokens = start_api(tmp_path)
    with TestClient(app) as client:
        for who in ("officer", "organiser", "g1"):
            assert _status(client, tokens[who]) == 200
        assert _users(app, "deactivate", "王老师") == 0
        assert _wait(lambda: _status(client, tokens["officer"]) == 401, seconds=10 * CHECK_SECONDS)
        assert _cached(app, tokens["officer"]) is None
        # Not asked again since the change: still the logins read before it.
        assert _cached(app, tokens["organiser"]).name == "招聘会张"
        assert _cached(app, tokens["g1"]).graduate_id == "G1"


def test_a_reissued_token_drops_that_account_s_old_login_only(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(account_watch, "ACCOUNT_CHECK_SECONDS", CHECK_SECONDS)
    app, tokens = start_api(tmp_path)
    with TestClient(app) as client:
        for who in ("officer", "g1"):
            assert _status(client, tokens[who], "/api/graduates/G1") == 200
        assert _users(app, "reissue", "#3") == 0  # 阿依古丽, G1
        assert _wait(lambda: _status(client, tokens["g1"], "/api/graduates/G1") == 401, seconds=10 * CHECK_SECONDS)
        assert _cached(app, tokens["officer"]) is not None


def test_the_watch_reads_the_mark_once_per_check_and_names_the_changed_accounts(tmp_path, monkeypatch, capsys):
    # The app's own watch checks every 10 s, in its own thread; this watch has none (``read`` notes the
    # mark as ``start`` does), so no check but the test's can take the change or count as a read.
    app, tokens = start_api(tmp_path)
    with TestClient(app):
        sessions = app.state.session_factory
        watch = AccountWatch(sessions)
        changes = []
        watch.on_change(changes.append)
        with sessions() as session:
            assert watch.read(session=session) == {"G1", "G2"}
        marks = []
        real = repository.accounts_mark
        monkeypatch.setattr(repository, "accounts_mark", lambda **kw: marks.append(1) or real(**kw))
        assert not watch.check() and len(marks) == 1
        assert _users(app, "deactivate", "#3") == 0  # G1's account
        marks.clear()
        assert watch.check()
        assert len(marks) == 1
        with sessions() as session:
            g1_account = repository.users_named(session=session, name="阿依古丽")[0].id
        assert changes[-1].changed == {g1_account}
        assert changes[-1].with_account == {"G2"}
        assert not watch.check()


def test_account_states_are_read_in_storage_next_to_the_graduates_with_an_account(tmp_path, capsys):
    """``account_states`` lives in ``service.storage.account_logs`` (the watch holds no query): every
    account's (revision, active), deactivated ones too, and the same graduate ids as ``graduate_account_ids``."""
    from service.storage import account_logs

    app, tokens = start_api(tmp_path)
    with TestClient(app):
        sessions = app.state.session_factory
        with sessions() as session:
            before, with_account = account_logs.account_states(session=session)
            assert with_account == repository.graduate_account_ids(session=session) == {"G1", "G2"}
            g1 = repository.users_named(session=session, name="阿依古丽")[0].id
            officer = repository.users_named(session=session, name="王老师")[0].id
        assert len(before) == 4 and all(active for _, active in before.values())
        assert _users(app, "deactivate", "#3") == 0 and _users(app, "reissue", "王老师") == 0
        with sessions() as session:
            after, with_account = account_logs.account_states(session=session)
            assert with_account == repository.graduate_account_ids(session=session) == {"G2"}
        assert after[g1] == (before[g1][0] + 1, False)
        assert after[officer] == (before[officer][0] + 1, True)
        assert account_watch.changed_accounts(before, after) == {g1, officer}


def test_a_login_read_before_a_forget_is_not_put_back():
    cache = TokenCache()
    kept = User(id=1, name="王老师", role=Role.OFFICER, graduate_id=None)
    gone = User(id=3, name="阿依古丽", role=Role.GRADUATE, graduate_id="G1")
    cache.put("a", kept)
    cache.put("b", gone)
    generation = cache.generation
    cache.forget({3})  # the watch, while a look-up of account 3 ran
    cache.put("b", gone, generation=generation)
    assert cache.get("b") is None and cache.get("a") == kept
    cache.forget(set())  # nothing changed: nothing refused
    cache.put("b", gone, generation=cache.generation)
    assert cache.get("b") == gone


@pytest.mark.parametrize("parameter", [None, "since"])
def test_one_helper_refuses_a_since_after_today(parameter):
    today = request_day.today()
    request_day.refuse_future_since(None, parameter=parameter)
    request_day.refuse_future_since(today, parameter=parameter)
    with pytest.raises(ApiProblem) as raised:
        request_day.refuse_future_since(today + dt.timedelta(days=1), parameter=parameter)
    problem = raised.value
    assert problem.status == 422 and "晚于今天" in problem.detail and "起始日期" in problem.detail
    if parameter is None:  # a page: the form's 起始日期
        assert not problem.detail.startswith("查询参数")
    else:
        assert problem.detail.startswith("查询参数「since」：")
        assert problem.extensions["errors"][0]["loc"] == ["query", "since"]
