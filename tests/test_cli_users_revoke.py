"""``jobmatch users deactivate`` and ``jobmatch users reissue``: an account named by number or name as
``users list`` shows it loses its token (deactivate) or gets a new one printed once (reissue), with
Chinese errors for an unknown account and one already off, each change in the audit log (role ``cli``),
on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from service.auth import Role, authenticate, issue_user
from service.cli import main
from service.storage import repository
from service.storage.db import make_engine, make_session_factory, upgrade
from tests.test_storage import PG_URL, pg_engine_or_skip


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def accounts(request, tmp_path, monkeypatch):
    """(session factory, ``--data-dir`` arguments, tokens by name) on a database holding an officer
    (#1), an organiser (#2) and a graduate (#3); ``DATABASE_URL`` points the CLI at PostgreSQL."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    probe = schema = None
    if request.param == "sqlite":
        monkeypatch.delenv("DATABASE_URL", raising=False)
        url = f"sqlite:///{data_dir / 'jobmatch.sqlite3'}"
    else:
        probe, engine, schema = pg_engine_or_skip()
        engine.dispose()
        url = f"{PG_URL}?options=-csearch_path%3D{schema}"
        monkeypatch.setenv("DATABASE_URL", url)
    from service.settings import Settings

    url = Settings(data_dir=data_dir, database_url=None if schema is None else url).resolved_database_url
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions() as session:
        tokens = {"王老师": issue_user(session=session, name="王老师", role=Role.OFFICER).token,
                  "招聘会张": issue_user(session=session, name="招聘会张", role=Role.ORGANISER).token,
                  "李强": issue_user(session=session, name="李强", role=Role.GRADUATE, graduate_id="G1").token}
        session.commit()
    try:
        yield sessions, ["--data-dir", str(data_dir)], tokens
    finally:
        engine.dispose()
        if probe is not None:
            with probe.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            probe.dispose()


def _login(sessions, token: str):
    with sessions() as session:
        return authenticate(session=session, token=token)


def _account_audit(sessions) -> list[tuple[str, str, str, str]]:
    with sessions() as session:
        rows, _ = repository.list_audit(session=session, limit=50)
        return [(row.action, row.record_type, row.record_id, row.role) for row in rows if row.record_type == "account"]


def test_deactivate_by_number_or_name_stops_the_token_and_is_audited(accounts, capsys):
    sessions, data_dir, tokens = accounts
    assert main(["users", "deactivate", "#1", *data_dir]) == 0
    out = capsys.readouterr().out
    assert "已停用账号 #1：王老师（就业服务专员）" in out
    assert _login(sessions, tokens["王老师"]) is None
    assert _login(sessions, tokens["招聘会张"]) is not None  # only that account
    assert main(["users", "deactivate", "招聘会张", *data_dir]) == 0
    assert "已停用账号 #2：招聘会张" in capsys.readouterr().out
    assert _login(sessions, tokens["招聘会张"]) is None
    assert _login(sessions, tokens["李强"]) is not None
    assert main(["users", "list", *data_dir]) == 0
    listing = capsys.readouterr().out
    assert "#1 王老师 就业服务专员（已停用）" in listing and "#3 李强 毕业生 毕业生编号 G1\n" in listing
    assert _account_audit(sessions) == [("deactivate", "account", "2", "cli"), ("deactivate", "account", "1", "cli")]


def test_deactivate_refuses_an_unknown_or_already_inactive_account_in_chinese(accounts, capsys):
    sessions, data_dir, tokens = accounts
    assert main(["users", "deactivate", "#9", *data_dir]) == 2
    assert "没有编号为 #9 的账号" in capsys.readouterr().err
    assert main(["users", "deactivate", "张三", *data_dir]) == 2
    assert "没有名为「张三」的账号" in capsys.readouterr().err
    assert main(["users", "deactivate", "3", *data_dir]) == 0
    capsys.readouterr()
    assert main(["users", "deactivate", "李强", *data_dir]) == 2
    assert "账号 #3（李强）已经停用" in capsys.readouterr().err
    assert main(["users", "reissue", "#3", *data_dir]) == 2
    assert "已停用，不能重新签发令牌" in capsys.readouterr().err
    assert _account_audit(sessions) == [("deactivate", "account", "3", "cli")]  # refusals change and log nothing


def test_a_name_two_accounts_share_is_refused_unless_one_is_active(accounts, capsys):
    sessions, data_dir, _ = accounts
    with sessions() as session:
        issue_user(session=session, name="王老师", role=Role.OFFICER)  # #4, the same name
        session.commit()
    assert main(["users", "reissue", "王老师", *data_dir]) == 2
    assert "有 2 个账号名为「王老师」（#1、#4），请用编号指定" in capsys.readouterr().err
    assert main(["users", "deactivate", "1", *data_dir]) == 0
    capsys.readouterr()
    assert main(["users", "reissue", "王老师", *data_dir]) == 0  # the one still active: #4
    assert "已为账号 #4：王老师" in capsys.readouterr().out


def test_reissue_prints_a_new_token_once_and_the_old_one_stops_working(accounts, capsys):
    sessions, data_dir, tokens = accounts
    assert main(["users", "reissue", "李强", *data_dir]) == 0
    out = capsys.readouterr().out
    assert "已为账号 #3：李强（毕业生）重新签发访问令牌，旧令牌不再有效" in out
    new_token = out.strip().splitlines()[-1].split("：")[-1].strip()
    assert len(new_token) >= 40 and new_token != tokens["李强"]
    assert _login(sessions, tokens["李强"]) is None
    user = _login(sessions, new_token)
    assert (user.id, user.name, user.role, user.graduate_id) == (3, "李强", Role.GRADUATE, "G1")
    assert _account_audit(sessions) == [("reissue", "account", "3", "cli")]


def test_the_audit_page_and_api_show_an_account_change_as_the_account_not_a_graduate(tmp_path, capsys):
    from tests.test_api_fixtures import running_api
    from tests.test_api_followups import login
    from tests.test_audit_page import _table

    with running_api(tmp_path) as api:
        assert main(["users", "reissue", "招聘会张", "--data-dir", str(api.app.state.settings.data_dir)]) == 0
        [entry] = api.get("/api/audit", "officer", params={"action": "reissue"}).json()["items"]
        assert (entry["record_type"], entry["record_id"], entry["role"]) == ("account", "2", "cli")
        login(api, "officer")
        table = _table(api.client.get("/audit", params={"action": "reissue"}).text)
        assert "重新签发令牌" in table and "账号 #2" in table and "命令行" in table
        assert "/graduate/2" not in table and "已不在库中" not in table
